import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { FIXTURE_KB } from "../support/fixture-kb";

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/lookup.ts", ...args], {
    input: input ?? "",
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run lookup", () => {
  it("prints exactly one JSON object with the documented fields, exit 0 on a match", () => {
    const { status, stdout } = cli(["--json", "2026-11-24 ERROR The token provided is invalid"]);
    expect(status).toBe(0);
    const data = JSON.parse(stdout);
    expect(Object.keys(data)).toEqual(["matches", "related", "ambiguous"]);
    expect(data.matches).toEqual([
      {
        id: "invalid-token",
        name: "Invalid token",
        article: "troubleshoot-siem-agent",
        url: "/articles/troubleshoot-siem-agent/#invalid-token",
        appears: "agent-console",
        line: 1,
        score: expect.any(Number),
        product: "Microsoft Defender for Cloud Apps",
        lifecycle: { status: "deprecated", since: "2025-11", note: expect.any(String) },
      },
    ]);
    expect(data.ambiguous).toEqual([]);
  });

  it("reads standard input when TEXT is absent", () => {
    const log =
      "noise\nData server send error\nmore noise\nThe proxy address provided isn't valid.\n";
    const { status, stdout } = cli(["--json"], log);
    expect(status).toBe(0);
    expect(
      JSON.parse(stdout).matches.map((m: { id: string; line: number }) => [m.id, m.line]),
    ).toEqual([
      ["data-server-send-error", 2],
      ["invalid-proxy-address", 4],
    ]);
  });

  it("prints readable results with the fix", () => {
    const { status, stdout } = cli(["Invalid token"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /MATCH\s+Invalid token \(Microsoft Defender for Cloud Apps, agent console\)/,
    );
    expect(stdout).toMatch(/How to fix it:\n\s+1\. /);
    expect(stdout).toMatch(/Why: name "\[Invalid\] \[token\]": all words, in order/);
    expect(stdout).toMatch(/Note: Microsoft Defender for Cloud Apps is deprecated since 2025-11\./);
  });

  it("shows why a result matched, with the words found in brackets", () => {
    const { stdout } = cli(["ERROR The token provided is invalid"]);
    expect(stdout).toContain(
      'Why: documented message "The [token] [provided] [isn\'t] [valid.]": all words, in order',
    );
  });

  it("--markdown prints every match as Markdown, with absolute links under SITE_URL", () => {
    const { status, stdout } = cli(
      ["--markdown", "The token provided is invalid. Data server send error"],
      undefined,
      { SITE_URL: "https://kb.example.com/" },
    );
    expect(status).toBe(0);
    const [token, send] = stdout.split("\n\n---\n\n");
    expect(token).toMatch(
      /^\*\*Invalid token\*\*\n\nPermanent link: <https:\/\/kb\.example\.com\/articles\/troubleshoot-siem-agent\/#invalid-token>\n\n/,
    );
    expect(token).toContain("`--token`");
    expect(token).toMatch(/How to fix it:\n\n1\. .*\n2\. .*\*\*SIEM Agent\*\*.*\n3\. /);
    expect(send).toMatch(/^\*\*Data server send error\*\*/);
    const none = cli(["--markdown", "Token expired"]);
    expect(none.status).toBe(1);
    expect(none.stdout).toBe("");
  });

  it("exits 1 and says so honestly when nothing matches", () => {
    const { status, stdout } = cli(["Token expired"]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^No documented error matches\./);
    expect(stdout).toMatch(/Related entries, worth a look:\nRELATED Invalid token/);
    expect(JSON.parse(cli(["--json", "WiFi disconnected"]).stdout).matches).toEqual([]);
  });

  it("exits 2 on bad usage", () => {
    expect(cli(["--frobnicate", "x"]).status).toBe(2);
    const empty = cli([], "   \n");
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/empty/);
  });

  it("honours CONTENT_DIR", () => {
    const { status, stdout } = cli(["--json", "The widget is jammed at position 42."], undefined, {
      CONTENT_DIR: FIXTURE_KB,
    });
    expect(status).toBe(0);
    expect(JSON.parse(stdout).matches[0]).toMatchObject({
      id: "widget-jammed",
      article: "alpha-widget",
    });
  });
});

describe("npm run lookup and products", () => {
  it("narrows to a product, refuses an unknown one, and names the language it recognised", () => {
    const ok = cli(["--json", "--product", "MCAS", "Desconectado"]);
    expect(ok.status).toBe(0);
    const hit = JSON.parse(ok.stdout).matches[0];
    expect(hit).toMatchObject({ id: "disconnected", languages: ["pt", "es"] });
    const bad = cli(["--product", "Outlook", "Disconnected"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/no product "Outlook"; products: Microsoft Defender for Cloud Apps/);
  });
});
