import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANY_PRODUCTS_DIR, readCorpus } from "@/scripts/corpus/corpus";
import { FIXTURE_KB, fixtureCopy, replaceIn } from "../support/fixture-kb";

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
        lifecycle: {
          status: "deprecated",
          since: "2025-11",
          note: expect.any(String),
          scope: "product",
        },
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

describe("npm run lookup and a name several products document", () => {
  it("lists every product's entry as a match, says so, and --product narrows it", () => {
    const env = { CONTENT_DIR: MANY_PRODUCTS_DIR };
    const text = cli(["Invalid token"], undefined, env);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^"Invalid token" is documented for 5 products \(Apache Kafka client, Elastic Agent, Keycloak, Okta, Splunk HTTP Event Collector\); the text does not say which one it comes from/,
    );
    const json = JSON.parse(cli(["--json", "Invalid token"], undefined, env).stdout);
    expect(json.matches).toHaveLength(5);
    expect(json.ambiguous).toEqual([
      expect.objectContaining({
        name: "Invalid token",
        ids: expect.arrayContaining(["okta-invalid-token"]),
      }),
    ]);
    const one = JSON.parse(
      cli(["--json", "--product", "Okta", "Invalid token"], undefined, env).stdout,
    );
    expect(one.matches.map((m: { id: string }) => m.id)).toEqual(["okta-invalid-token"]);
    expect(one.ambiguous).toEqual([]);
  });
});

describe("npm run lookup when something goes wrong", () => {
  it("exits 3 with the cause on an internal error, never 1, which means nothing matched", () => {
    // A folder where an article should be: reading it fails, which no text could cause.
    const kb = fixtureCopy((dir) => mkdirSync(path.join(dir, "zz-unreadable.mdx")));
    try {
      for (const args of [["--json", "Invalid token"], ["Invalid token"]]) {
        const run = cli(args, undefined, { CONTENT_DIR: kb.dir });
        expect(run.status).toBe(3);
        expect(run.stdout).toBe("");
        expect(run.stderr).toMatch(/^lookup: internal error: EISDIR/);
        expect(run.stderr).toMatch(/no answer about the text \(exit status 3\)/);
      }
    } finally {
      kb.cleanup();
    }
  });

  it("exits 2 when the knowledge base does not build, naming the problem", () => {
    const kb = fixtureCopy((dir) =>
      replaceIn(dir, "alpha-widget.mdx", "<Resolution>", "<Resolutoin>"),
    );
    try {
      const run = cli(["--json", "x"], undefined, { CONTENT_DIR: kb.dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/alpha-widget\.mdx:\d+/);
    } finally {
      kb.cleanup();
    }
  });
});

describe("npm run lookup -- --jsonl", () => {
  const jsonl = (records: string[], args: string[] = [], env: Record<string, string> = {}) =>
    cli(["--jsonl", ...args], `${records.join("\n")}\n`, env);

  it("answers each record on its line, in order; a bad record gets its error and the rest go on", () => {
    const records = [
      JSON.stringify({ text: "2026-11-24 ERROR The token provided is invalid" }),
      "not json",
      "",
      JSON.stringify({ text: "Data server send error", prodcut: "MCAS" }),
      JSON.stringify({ text: 5 }),
      JSON.stringify({ product: "MCAS" }),
      JSON.stringify({ text: "Disconnected", product: "Outlook" }),
      JSON.stringify({ text: "Desconectado", product: "MCAS" }),
      JSON.stringify(["Invalid token"]),
      JSON.stringify({ text: "WiFi disconnected" }),
    ];
    const run = jsonl(records);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(records.length);
    expect(lines[0].matches.map((m: { id: string }) => m.id)).toEqual(["invalid-token"]);
    expect(lines[1]).toEqual({ error: expect.stringMatching(/^line 2: not JSON/) });
    expect(lines[2]).toEqual({ error: expect.stringMatching(/^line 3: empty line/) });
    expect(lines[3]).toEqual({ error: expect.stringMatching(/^line 4: unknown field "prodcut"/) });
    expect(lines[4]).toEqual({ error: 'line 5: "text" must be a string' });
    expect(lines[5]).toEqual({ error: expect.stringMatching(/^line 6: "text" is missing/) });
    expect(lines[6]).toEqual({
      error: 'line 7: no product "Outlook"; products: Microsoft Defender for Cloud Apps',
    });
    expect(lines[7].matches[0]).toMatchObject({ id: "disconnected", languages: ["pt", "es"] });
    expect(lines[8]).toEqual({ error: expect.stringMatching(/^line 9: not an object/) });
    expect(lines[9]).toEqual({ matches: [], related: expect.any(Array), ambiguous: [] });
  });

  it("applies --product to records that name none", () => {
    const run = jsonl([JSON.stringify({ text: "Invalid token" })], ["--product", "Keycloak"], {
      CONTENT_DIR: MANY_PRODUCTS_DIR,
    });
    expect(run.status).toBe(0);
    const [line] = run.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(line.matches.map((m: { product: string }) => m.product)).toEqual(["Keycloak"]);
  });

  it("refuses TEXT and a second output format", () => {
    expect(cli(["--jsonl", "Invalid token"]).status).toBe(2);
    expect(cli(["--jsonl", "--json"], "{}\n").status).toBe(2);
  });

  // One --json run per paste is slow (a process each), so a sample: every 12th paste of the
  // corpora, with and without a product, on the real knowledge base and the 27-product one.
  const sample = (name: string, every: number) =>
    readCorpus(name).filter((_, i) => i % every === 0);
  const CASES: { env: Record<string, string>; records: { text: string; product?: string }[] }[] = [
    {
      env: {},
      records: [
        ...sample("tuning", 24).map((p) => ({ text: p.text })),
        ...sample("held-out-products", 26).map((p) => ({ text: p.text, product: "MCAS" })),
      ],
    },
    {
      env: { CONTENT_DIR: MANY_PRODUCTS_DIR },
      records: [
        ...sample("multi-tuning", 25).map((p) => ({ text: p.text })),
        { text: "Connection error", product: "Apache Kafka client" },
      ],
    },
  ];

  it.each(CASES)(
    "prints for each paste exactly what one --json call prints ($records.length pastes)",
    ({ env, records }) => {
      expect(records.length).toBeGreaterThanOrEqual(5);
      const batch = jsonl(
        records.map((r) => JSON.stringify(r)),
        [],
        env,
      );
      expect(batch.status).toBe(0);
      const lines = batch.stdout.trimEnd().split("\n");
      expect(lines).toHaveLength(records.length);
      records.forEach((record, i) => {
        const product = record.product ? ["--product", record.product] : [];
        const single = cli(["--json", ...product], record.text, env);
        expect(single.stdout.trimEnd(), record.text).toBe(lines[i]);
      });
    },
    120_000,
  );
});

describe("npm run lookup and an entry's own lifecycle", () => {
  it("says the entry is retired, not its product, and links to the entry", () => {
    const kb = fixtureCopy((dir) =>
      replaceIn(
        dir,
        "alpha-widget.mdx",
        "The widget stopped moving.",
        '<Lifecycle status="retired" since="2025-11" note="Use the gamma widget." />\n\nThe widget stopped moving.',
      ),
    );
    try {
      const json = cli(["--json", "The widget is jammed at position 42."], undefined, {
        CONTENT_DIR: kb.dir,
      });
      expect(JSON.parse(json.stdout).matches[0]).toMatchObject({
        id: "widget-jammed",
        lifecycle: { status: "retired", since: "2025-11", scope: "entry" },
      });
      const text = cli(["The widget is jammed at position 42."], undefined, {
        CONTENT_DIR: kb.dir,
        SITE_URL: "https://kb.example.com",
      });
      expect(text.stdout).toContain(
        "Note: this entry is retired since 2025-11. Use the gamma widget. See https://kb.example.com/articles/alpha-widget/#widget-jammed",
      );
      expect(text.stdout).not.toMatch(/Note: .* Widget.* is retired/);
    } finally {
      kb.cleanup();
    }
  });
});
