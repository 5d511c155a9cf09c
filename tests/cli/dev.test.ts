import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";

function dev(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/dev.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm run dev says why it cannot start", () => {
  it("a content folder that does not exist", () => {
    const run = dev({ CONTENT_DIR: "/nonexistent/kb" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "/nonexistent/kb: content folder not found; set CONTENT_DIR to a folder of .mdx files",
    );
  });

  it("a port another server holds, before any work", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const address = holder.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const run = dev({ PORT: String(port), HOST: "127.0.0.1" });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        `preview: port ${port} is taken, perhaps by another preview; stop it, or choose another port: PORT=${port + 1} npm run dev`,
      );
      expect(run.stderr).not.toContain("content:");
    } finally {
      holder.close();
    }
  });
});
