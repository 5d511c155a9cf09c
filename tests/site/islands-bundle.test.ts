import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ISLANDS } from "@/lib/site/islands";
import { islandsBuildOptions } from "@/scripts/build-islands";

/** Text only the redaction rules hold: the private-key marker and a rule's example host. */
const REDACTION_MARKERS = ["PRIVATE KEY", "OneDrive - "];

let outdir = "";
const bundles = new Map<string, string>();

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), "islands-"));
  const result = await build({ ...islandsBuildOptions(), outdir, write: false });
  for (const file of result.outputFiles) {
    const output = result.metafile.outputs[path.relative(".", file.path)];
    const name = Object.entries(ISLANDS).find(([, input]) => input === output?.entryPoint)?.[0];
    if (name) bundles.set(name, file.text);
  }
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("the islands' bundles", () => {
  it("bundle every island", () => {
    expect([...bundles.keys()].sort()).toEqual(Object.keys(ISLANDS).sort());
  });

  it("leave the redaction out of the worker and of every island a page loads", () => {
    for (const [name, code] of bundles) {
      if (name === "lookup-redact") continue;
      for (const marker of REDACTION_MARKERS) expect(code, name).not.toContain(marker);
    }
  });

  it("hold it in a module of its own, which exports what the worker imports", () => {
    const code = bundles.get("lookup-redact") ?? "";
    for (const marker of REDACTION_MARKERS) expect(code).toContain(marker);
    expect(code).toMatch(/export\s*\{[^}]*\bas prepareReport\b/);
  });
});
