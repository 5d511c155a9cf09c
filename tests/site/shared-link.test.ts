import { describe, expect, it } from "vitest";
import { readSharedFragment, SHARED_MAX_IDS, sharedLink } from "@/lib/site/shared-link";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `entry-${i + 1}`);

describe("a shared result's link", () => {
  it("holds the ids, and says how many it had to leave out", () => {
    expect(sharedLink(["invalid-token", "internal-error"])).toEqual({
      fragment: "match=invalid-token,internal-error",
      kept: 2,
      dropped: 0,
    });
    const many = sharedLink(ids(SHARED_MAX_IDS + 3));
    expect(many.kept).toBe(SHARED_MAX_IDS);
    expect(many.dropped).toBe(3);
    expect(many.fragment.split(",")).toHaveLength(SHARED_MAX_IDS);
    expect(sharedLink(["Not An Id", "ok-1", "ok-1"])).toEqual({
      fragment: "match=ok-1",
      kept: 1,
      dropped: 0,
    });
  });

  it("reads back the ids, and counts what it dropped: past the limit, and what is no id", () => {
    expect(readSharedFragment("#lookup")).toBeUndefined();
    expect(readSharedFragment("#match=invalid-token,internal-error")).toEqual({
      ids: ["invalid-token", "internal-error"],
      overLimit: 0,
      notIds: 0,
    });
    const many = readSharedFragment(`#match=${ids(SHARED_MAX_IDS + 5).join(",")}`);
    expect(many?.ids).toEqual(ids(SHARED_MAX_IDS));
    expect(many?.overLimit).toBe(5);
    const odd = readSharedFragment("#match=ok-1,<script>,ok-1,%20,Hello World,ok-2");
    expect(odd).toEqual({ ids: ["ok-1", "ok-2"], overLimit: 0, notIds: 2 });
    expect(readSharedFragment("#match=%E0%A4%A")).toEqual({ ids: [], overLimit: 0, notIds: 1 });
  });
});
