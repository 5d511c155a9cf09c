/**
 * Line formats: where the message stands in a log line, as its product documents the line, and
 * what a template that is that whole message is worth.
 */
import { describe, expect, it } from "vitest";
import { makeEntry } from "@/lib/kb/entries";
import { DEFAULT_SURFACES, productId } from "@/lib/kb/products";
import { buildLookupIndex, lookup, lookupSource } from "@/lib/lookup";
import { compileTemplate, fitsWhole, fitText } from "@/lib/lookup/fit";
import { compileLineFormat, lineFormatProblem, messageSpans } from "@/lib/lookup/line-format";
import { fromWire, toWire } from "@/lib/lookup/wire";
import { surfaceSchema } from "@/lib/content/schema";

const messageOf = (format: string, line: string) => {
  const compiled = compileLineFormat(format, 0);
  if (!compiled) throw new Error(`cannot compile ${format}`);
  const normalised = fitText(line);
  return messageSpans([compiled], normalised).map((s) => normalised.slice(s.start, s.end));
};

describe("a line format delimits the message", () => {
  it("reads fields up to the literal text after them, and the rest as the message", () => {
    expect(
      messageOf(
        "<month> <day> <time> <host> <component>: <message>",
        "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: session opened for user root by (uid=0)",
      ),
    ).toEqual(["session opened for user root by (uid=0)"]);
    expect(
      messageOf(
        "[<weekday> <month> <day> <time> <year>] [<level>] <message>",
        "[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties",
      ),
    ).toEqual(["workerenv.init() ok /etc/httpd/conf/workers2.properties"]);
    expect(
      messageOf(
        "<time>|<component>|<pid>|<message>",
        "20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579",
      ),
    ).toEqual(["onstandstepchanged 3579"]);
  });

  it("may stand between fields, and ends before trailing white space", () => {
    expect(messageOf("<time> <message> (<file>:<line>)", "12:00:01 Disk full (io.c:42)  ")).toEqual(
      ["disk full"],
    );
  });

  it("fits only from the start of the line, with every literal character in place", () => {
    const format = "<date> <time> - <level> [<node>:<component>@<line>] - <message>";
    const line =
      "2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774] - Notification time out: 3200";
    expect(messageOf(format, line)).toEqual(["notification time out: 3200"]);
    expect(messageOf(format, `zookeeper said ${line}`)).toEqual([]);
    expect(messageOf(format, line.replace(" - INFO", " INFO"))).toEqual([]);
  });

  it("needs a digit in its fields: a sentence with as many words is not a log line", () => {
    const hpc = "<logid> <node> <component> <state> <time> <flag> <message>";
    expect(messageOf(hpc, "2559971 gige7 gige temperature 1073151998 1 normal")).toEqual([
      "normal",
    ]);
    expect(messageOf(hpc, "we can see that it is now normal")).toEqual([]);
  });

  it("names the message once and at least one field, or says what is wrong", () => {
    expect(lineFormatProblem("<time> <message>")).toBeUndefined();
    expect(lineFormatProblem("<time> <level>")).toMatch(/names the message once/);
    expect(lineFormatProblem("<message> <message>")).toMatch(/found 2/);
    expect(lineFormatProblem("<message>")).toMatch(/at least one field/);
    expect(lineFormatProblem("<date><time> <message>")).toMatch(/nothing between them/);
    const parsed = surfaceSchema.safeParse({ id: "log", label: "Log", lineFormats: ["<time>"] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/<message>/);
  });
});

describe("a template that is the whole message", () => {
  const whole = (template: string, message: string) => {
    const t = compileTemplate(0, template);
    return t !== undefined && fitsWhole(t, fitText(message));
  };

  it("fills it from end to end, as an anchored regular expression would", () => {
    expect(whole("normal", "normal")).toBe(true);
    expect(whole("normal", "not normal")).toBe(false);
    expect(whole("normal", "normal again")).toBe(false);
    expect(whole("Link <*>", "Link in reset")).toBe(true);
    expect(whole("<*> ok", "ok ok")).toBe(true);
    expect(whole("session closed for user <*>", "session closed for user root")).toBe(true);
    expect(whole("session closed for user <*>", "pam: session closed for user root")).toBe(false);
    expect(whole("Found child <*> in slot <*>", "Found child 6725 in slot 10")).toBe(true);
    expect(whole("Found child <*> in slot <*>", "Found child 6725 in scoreboard")).toBe(false);
  });
});

/** A system: its product, with a log surface in `format`, and one entry per event. */
function system(name: string, format: string, events: string[]) {
  const product = {
    id: productId(name),
    name,
    aliases: [],
    terms: [],
    surfaces: DEFAULT_SURFACES.map((s) => (s.id === "log" ? { ...s, lineFormats: [format] } : s)),
  };
  const article = { slug: product.id, title: `${name} log events`, product: product.id };
  const entries = events.map((message, k) =>
    makeEntry(article, {
      id: `${product.id}-e${k + 1}`,
      name: `${name} event ${k + 1}`,
      appears: "log",
      messages: [message],
      aliases: [],
      formerly: [],
      translations: [],
      reviewed: "2026-12-01",
      description: `The ${name} event.`,
      resolution: [],
    }),
  );
  return { product, entries };
}

/** Two systems that log the same events, each with lines of its own shape. */
function twoSystems() {
  const events = ["session closed for user <*>", "normal", "critical", "Link error"];
  const linux = system("Linux", "<month> <day> <time> <host> <component>: <message>", events);
  const cluster = system(
    "Cluster",
    "<logid> <node> <component> <state> <time> <flag> <message>",
    events,
  );
  const products = [linux.product, cluster.product];
  return buildLookupIndex(lookupSource([...linux.entries, ...cluster.entries], products));
}

describe("a framed template stands where the message does", () => {
  it("so a template of another product fitting the message is related, not the header", () => {
    // A's template also fits the header ("started" is the component there); framed, it stands on
    // the message, where B's template fits too.
    const a = system("Alpha", "<time> <component> <message>", ["<*> started"]);
    const b = system("Beta", "<time> [<component>] <message>", ["job <*>"]);
    const index = buildLookupIndex(
      lookupSource([...a.entries, ...b.entries], [a.product, b.product]),
    );
    const result = lookup(index, "10:00 started job started");
    expect(result.matches.map((h) => h.entry.id)).toEqual(["alpha-e1"]);
    expect(result.related.map((h) => h.entry.id)).toContain("beta-e1");
  });
});

describe("framed templates in a lookup", () => {
  const index = twoSystems();
  const matches = (paste: string) => lookup(index, paste).matches.map((h) => h.entry.id);
  const related = (paste: string) => lookup(index, paste).related.map((h) => h.entry.id);

  it("the same message logged by two systems is the one whose line shape the paste has", () => {
    const line = "Jun 14 15:16:01 combo crond(pam_unix)[2915]: session closed for user root";
    expect(matches(line)).toEqual(["linux-e1"]);
    expect(related(line)).toContain("cluster-e1");
    // Without a header, nothing tells the two apart: both are shown, as one ambiguity.
    expect(matches("session closed for user root").sort()).toEqual(["cluster-e1", "linux-e1"]);
  });

  it("a one-word message is a match when it is the whole message of a line in its format", () => {
    expect(matches("2559971 gige7 gige temperature 1073151998 1 normal")).toEqual(["cluster-e2"]);
    expect(
      matches("30700 Interconnect-1T00 switch_module bcast-error 1076189965 1 Link error"),
    ).toEqual(["cluster-e4"]);
    expect(matches("Jun 14 15:16:01 combo kernel: critical")).toEqual(["linux-e3"]);
  });

  it("the same word in a sentence, or after a header that is not the product's, is not", () => {
    expect(matches("we can see that it is now normal")).toEqual([]);
    expect(matches("2559971 gige7 gige temperature 1073151998 1 back to normal")).toEqual([]);
    expect(matches("the WiFi status went critical")).toEqual([]);
  });

  it("line formats travel to the browser with their surfaces", () => {
    const linux = lookupSource([], twoSystems().products);
    const back = fromWire(
      JSON.parse(JSON.stringify(toWire(linux))),
      (slug, id) => `/${slug}/#${id}`,
    );
    expect(back.products.map((p) => p.surfaces.find((s) => s.id === "log")?.lineFormats)).toEqual(
      linux.products.map((p) => p.surfaces.find((s) => s.id === "log")?.lineFormats),
    );
  });
});
