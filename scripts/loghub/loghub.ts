/**
 * Loghub-2.0's corrected 2k sets as a benchmark knowledge base: one product and one article per
 * system, one entry per event template, the template as its documented message with `<*>` as the
 * placeholder. The data set is read from `../shared/loghub/` and never copied into the repository
 * (its licence asks for a citation: see README.md, "How well it matches").
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { makeEntry } from "@/lib/kb/entries";
import type { KbEntry, Product } from "@/lib/kb/model";
import { DEFAULT_SURFACES, productId } from "@/lib/kb/products";
import { escapeRegExp } from "@/lib/lookup/regexp";

export const LOGHUB_FILE = path.resolve(
  process.env.LOGHUB_FILE ?? "../shared/loghub/loghub-2k.json.gz",
);

const loghubSchema = z.object({
  source: z.string(),
  license: z.string(),
  systems: z.record(
    z.string(),
    z.object({
      templates: z.record(z.string(), z.string()),
      lines: z.array(z.tuple([z.string(), z.string()])),
    }),
  ),
});
export type Loghub = z.infer<typeof loghubSchema>;

export function loghubAvailable(): boolean {
  return existsSync(LOGHUB_FILE);
}

export function readLoghub(file = LOGHUB_FILE): Loghub {
  return loghubSchema.parse(JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")));
}

/** The id of a template's entry: `loghub-openssh-e27`. */
export function templateId(system: string, event: string): string {
  return `loghub-${productId(system)}-${event.toLowerCase()}`;
}

/**
 * How each system writes its lines, as its product's log surface documents it (`lineFormats`).
 * They restate the `log_format` of Loghub-2.0's benchmark settings (logpai/loghub-2.0), where a
 * field may hold spaces, in this knowledge base's syntax, where a field is one run without white
 * space: a timestamp with spaces is written as its parts (Apache's `[Sun Dec 04 04:47:44 2005]`),
 * and a field that is optional there is a second format here (Mac's address). Lines whose
 * fields hold spaces all the same (Hadoop's `[RMCommunicator Allocator]`) fit no format and are
 * read as any line is.
 */
export const LOGHUB_LINE_FORMATS: Record<string, string[]> = {
  Apache: ["[<weekday> <month> <day> <time> <year>] [<level>] <message>"],
  BGL: [
    "<label> <timestamp> <date> <node> <time> <noderepeat> <type> <component> <level> <message>",
  ],
  HDFS: ["<date> <time> <pid> <level> <component>: <message>"],
  HPC: ["<logid> <node> <component> <state> <time> <flag> <message>"],
  Hadoop: ["<date> <time> <level> [<process>] <component>: <message>"],
  HealthApp: ["<time>|<component>|<pid>|<message>"],
  Linux: ["<month> <day> <time> <host> <component>: <message>"],
  Mac: [
    "<month> <day> <time> <user> <component>[<pid>]: <message>",
    "<month> <day> <time> <user> <component>[<pid>] (<address>): <message>",
  ],
  OpenSSH: ["<month> <day> <time> <host> sshd[<pid>]: <message>"],
  OpenStack: ["<logrecord> <date> <time> <pid> <level> <component> [<request>] <message>"],
  Proxifier: ["[<date> <time>] <program> - <message>"],
  Spark: ["<date> <time> <level> <component>: <message>"],
  Thunderbird: [
    "<label> <timestamp> <date> <user> <month> <day> <time> <location> <component>: <message>",
  ],
  Zookeeper: ["<date> <time> - <level> [<node>:<component>@<line>] - <message>"],
};

/**
 * The knowledge base: entries and products, as the build would give them; without the systems'
 * line formats when `lineFormats` is false (the templates alone).
 */
export function loghubKnowledgeBase(
  data: Loghub,
  { lineFormats = true }: { lineFormats?: boolean } = {},
): { entries: KbEntry[]; products: Product[] } {
  const entries: KbEntry[] = [];
  const products: Product[] = [];
  for (const [system, { templates }] of Object.entries(data.systems)) {
    const product = productId(system);
    products.push({
      id: product,
      name: system,
      aliases: [],
      terms: [],
      surfaces: DEFAULT_SURFACES.map((surface) =>
        surface.id === "log"
          ? { ...surface, lineFormats: lineFormats ? (LOGHUB_LINE_FORMATS[system] ?? []) : [] }
          : surface,
      ),
    });
    const article = { slug: `loghub-${product}`, title: `${system} log events`, product };
    for (const [event, template] of Object.entries(templates)) {
      entries.push(
        makeEntry(article, {
          id: templateId(system, event),
          name: `${system} event ${event}`,
          appears: "log",
          messages: [template],
          aliases: [],
          formerly: [],
          translations: [],
          reviewed: "2026-12-01",
          description: `The ${system} log event ${event}.`,
          resolution: [],
        }),
      );
    }
  }
  return { entries, products };
}

/**
 * The baseline a log engineer would write: each template as a regular expression (`<*>` any
 * text, white space flexible, case as logged), searched anywhere in the line; of the templates
 * that match, the one with the most literal characters wins.
 */
export class RegexBaseline {
  private readonly compiled: { id: string; regex: RegExp; literal: number; probes: string[] }[];

  constructor(templates: { id: string; template: string }[]) {
    this.compiled = templates.map(({ id, template }) => {
      const parts = template.split("<*>");
      const literal = parts.map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+"));
      // `<*>` is `.*?`, written `(?=(.*?next))\k` so that each step is atomic: the leftmost place
      // of each literal part is tried once, and a line that does not match fails in linear time
      // rather than backtracking through every split (the plain form took 70 ms on some lines).
      const source =
        (literal[0] ?? "") +
        literal
          .slice(1)
          .map((p, k) => `(?=(.*?${p}))\\${k + 1}`)
          .join("");
      return {
        id,
        regex: new RegExp(source),
        literal: parts.join("").replace(/\s+/g, "").length,
        // Every literal word must be in the line: a cheap test before the expression.
        probes: parts.flatMap((p) => p.split(/\s+/)).filter(Boolean),
      };
    });
  }

  /** The templates whose expressions match the line, most specific first. */
  private matches(line: string): { id: string; literal: number }[] {
    return this.compiled
      .filter((c) => c.probes.every((p) => line.includes(p)) && c.regex.test(line))
      .sort((a, b) => b.literal - a.literal);
  }

  /** Ids of the templates whose expressions match the line, most specific first. */
  matching(line: string): string[] {
    return this.matches(line).map((c) => c.id);
  }

  /** The baseline's answer: the most specific match, when no other is as specific. */
  best(line: string): string | undefined {
    const [first, second] = this.matches(line);
    if (!first || (second && second.literal === first.literal)) return undefined;
    return first.id;
  }
}
