import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hostPolicy, inlineScriptHashes, policy, withCspMeta } from "@/lib/content/csp";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("Content-Security-Policy", () => {
  const page =
    '<!DOCTYPE html><html><head><meta charset="utf-8"/><script src="/_next/a.js" async=""></script>' +
    '<script>self.__next_f.push([0])</script></head><body><script id="_R_">x()</script></body></html>';

  it("hashes exactly the inline scripts, not the external ones", () => {
    expect(inlineScriptHashes(page)).toEqual([sha("self.__next_f.push([0])"), sha("x()")].sort());
  });

  it("puts the policy first in <head>, never allowing unsafe-inline or unsafe-eval", () => {
    const { html } = withCspMeta(page);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    expect(html).toContain("default-src 'self'");
    expect(html).toContain("object-src 'none'");
    expect(html).toContain("base-uri 'self'");
    expect(html).toContain("form-action 'self'");
    expect(html).not.toMatch(/unsafe-(inline|eval)/);
    expect(() => withCspMeta(html)).toThrow(/already carries/);
  });

  it("adds header-only directives to the host policy", () => {
    expect(policy([], ["frame-ancestors 'none'"])).toMatch(
      /script-src 'self'; frame-ancestors 'none'$/,
    );
  });

  it("gives hosts every hash while the header stays small, and the rest of the policy beyond", () => {
    const few = Array.from({ length: 10 }, (_, i) => sha(`s${i}`));
    expect(hostPolicy(few)).toBe(policy(few, ["frame-ancestors 'none'"]));
    const many = Array.from({ length: 2000 }, (_, i) => sha(`s${i}`));
    const header = hostPolicy(many);
    expect(header.length).toBeLessThan(1024);
    expect(header).not.toMatch(/default-src|script-src/);
    expect(header).toMatch(/object-src 'none'.*frame-ancestors 'none'/);
  });
});
