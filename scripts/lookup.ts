/**
 * `npm run --silent lookup -- [--json | --jsonl | --markdown] [--product NAME] [TEXT]`: looks up
 * TEXT, or standard input, against the knowledge base in CONTENT_DIR. `--jsonl` reads one JSON
 * record per line of standard input and answers each on a line of its own, loading the knowledge
 * base once. Exit codes: 0 something matched (with --jsonl: every record was read), 1 nothing
 * did, 2 bad usage or a knowledge base that does not build, 3 an internal error: never an answer
 * about the text.
 */
import { createInterface } from "node:readline";
import { z } from "zod";
import { ContentBuildError } from "@/lib/content/errors";
import { contentDir, type ParsedContent, parseContentDir } from "@/lib/content/load";
import { entryMarkdown } from "@/lib/kb/markdown";
import {
  buildLookupIndex,
  findProduct,
  kindLabel,
  type KbEntry,
  type LookupHit,
  type LookupIndex,
  type LookupResult,
  lookup,
  lookupSource,
  type Product,
  surfaceOf,
  type Why,
} from "@/lib/lookup";
import { languageName } from "@/lib/site/format";

const USAGE = `Usage: npm run --silent lookup -- [--json | --jsonl | --markdown] [--product NAME] [TEXT]

Looks up an error message, log line or whole log in the knowledge base.
Reads TEXT, or standard input when TEXT is absent:

  npm run --silent lookup -- "The token provided isn't valid."
  npm run --silent lookup < agent.log
  npm run --silent lookup -- --json < agent.log
  npm run --silent lookup -- --jsonl < pastes.jsonl

Options:
  --json          print one JSON object: {"matches":[...],"related":[...],"ambiguous":[...]}
  --jsonl         read one JSON record per line of standard input, {"text": "...", "product":
                  "..."} (product optional), and print one result per line, in order, as
                  --json does; a record that cannot be read gets {"error": "..."} on its line
  --markdown      print each matched entry as Markdown for a ticket: name, permanent link,
                  description and numbered steps
  --product NAME  only entries of this product (its name, an alias or its id); the text is
                  read as being about it (with --jsonl: for records that name no product)
  --products      list the products of the knowledge base
  -h, --help      show this help

Exit codes: 0 a documented error matched (--jsonl: every record was read), 1 none did,
2 bad usage or a knowledge base that does not build, 3 an internal error (no answer).
Environment: CONTENT_DIR (default content/), SITE_URL (prefix for links).`;

/** What the exit status says. 1 is an answer ("nothing matched"), so a failure is never 1. */
const EXIT = { matched: 0, nothing: 1, usage: 2, internal: 3 } as const;

function usageError(message: string): never {
  process.stderr.write(`lookup: ${message}\n\n${USAGE}\n`);
  process.exit(EXIT.usage);
}

/** An unexpected failure: say what it was, and exit with a status no answer uses. */
function internalError(error: unknown): never {
  const cause = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `lookup: internal error: ${cause}\n` +
      `The lookup did not finish, so this is no answer about the text (exit status ${EXIT.internal}).\n`,
  );
  process.exit(EXIT.internal);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

const siteUrl = () => (process.env.SITE_URL ?? "").replace(/\/$/, "");

function urlOf(hit: LookupHit): string {
  return `${siteUrl()}${hit.entry.url}`;
}

/** The decisive phrase with the words found in the line in brackets: `The [token] [provided] …`. */
function whyLine(why: Why): string {
  const words = why.words.map((w) => (w.found ? `[${w.text}]` : w.text)).join(" ");
  return `Why: ${kindLabel(why.kind)} "${words}": ${why.summary}`;
}

function hitJson(hit: LookupHit) {
  return {
    id: hit.entry.id,
    name: hit.entry.name,
    article: hit.entry.article,
    url: urlOf(hit),
    appears: hit.entry.appears,
    line: hit.line,
    score: hit.score,
    product: hit.product,
    ...(hit.languages ? { languages: hit.languages } : {}),
    ...(hit.lifecycle ? { lifecycle: { ...hit.lifecycle, scope: lifecycleScope(hit) } } : {}),
  };
}

/** Whose lifecycle a hit's note gives; the content always says, the default is the product's. */
function lifecycleScope(hit: LookupHit): "entry" | "product" {
  return hit.lifecycle?.scope === "entry" ? "entry" : "product";
}

/** The result as `--json` and each line of `--jsonl` print it. */
function resultJson(result: LookupResult) {
  return {
    matches: result.matches.map(hitJson),
    related: result.related.map(hitJson),
    ambiguous: result.ambiguous,
  };
}

function describe(hit: LookupHit, detail: KbEntry | undefined, products: Product[]): string {
  const product = products.find((p) => p.id === hit.entry.product);
  const where = surfaceOf(product, hit.entry.appears).label.toLowerCase();
  const lines = [
    `${hit.tier === "match" ? "MATCH  " : "RELATED"} ${hit.entry.name} (${hit.product}, ${where}) · line ${hit.lines.join(", ")} · score ${hit.score.toFixed(2)}`,
    `        ${hit.entry.articleTitle}: ${urlOf(hit)}`,
  ];
  if (hit.why) {
    lines.push(`        ${whyLine(hit.why)}`);
  }
  if (hit.languages) {
    const names = hit.languages.map(languageName).join(" or ");
    lines.push(`        Recognised in ${names}; the entry is in English.`);
  }
  if (hit.lifecycle) {
    const since = hit.lifecycle.since ? ` since ${hit.lifecycle.since}` : "";
    const note = hit.lifecycle.note ? ` ${hit.lifecycle.note}` : "";
    // An entry's own lifecycle is the entry's, and the entry tells more; a product's is told by
    // the article's banner.
    lines.push(
      lifecycleScope(hit) === "entry"
        ? `        Note: this entry is ${hit.lifecycle.status}${since}.${note} See ${urlOf(hit)}`
        : `        Note: ${hit.product} is ${hit.lifecycle.status}${since}.${note}`,
    );
  }
  if (detail) {
    lines.push(`        ${detail.description}`, "        How to fix it:");
    detail.resolution.forEach((step, i) => lines.push(`          ${i + 1}. ${step}`));
  }
  return lines.join("\n");
}

async function loadContent(): Promise<ParsedContent> {
  try {
    return await parseContentDir(contentDir());
  } catch (error) {
    // Content that does not build is the reader's to fix, as bad usage is; anything else is ours.
    if (!(error instanceof ContentBuildError)) throw error;
    process.stderr.write(`lookup: ${error.message}\n`);
    process.exit(EXIT.usage);
  }
}

/** One line of `--jsonl` input. */
const recordSchema = z.strictObject({
  text: z.string().min(1, { error: '"text" is empty' }),
  product: z.string().min(1, { error: '"product" is empty' }).optional(),
});

/** What a record that cannot be read gets: its line number and why. */
function recordError(line: number, why: string): { error: string } {
  return { error: `line ${line}: ${why}` };
}

/** Why a record is not `{"text": "…", "product": "…"}`, in one sentence. */
function describeRecordIssues(issues: z.core.$ZodIssue[]): string {
  const shape = 'a record is {"text": "…", "product": "…"}, product optional';
  return issues
    .map((issue) => {
      if (issue.code === "unrecognized_keys")
        return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}; ${shape}`;
      if (issue.code === "invalid_type" && issue.path.length === 0)
        return `not an object; ${shape}`;
      const field = issue.path.map(String).join(".");
      if (issue.code === "invalid_type") return `"${field}" must be a string`;
      return issue.message;
    })
    .join("; ");
}

type Answer = ReturnType<typeof resultJson> | { error: string };

/** One record's answer: the result as --json prints it, or why the record could not be read. */
export function answerRecord(
  index: LookupIndex,
  products: Product[],
  line: string,
  number: number,
  fallbackProduct: string | undefined,
): Answer {
  if (!line.trim())
    return recordError(number, 'empty line; each line is one JSON record, {"text": "…"}');
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return recordError(
      number,
      `not JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof data === "object" && data !== null && !Array.isArray(data) && !("text" in data))
    return recordError(number, '"text" is missing; a record is {"text": "…", "product": "…"}');
  const record = recordSchema.safeParse(data);
  if (!record.success) return recordError(number, describeRecordIssues(record.error.issues));
  const product = record.data.product ?? fallbackProduct;
  if (product !== undefined && findProduct(index, product) < 0) {
    return recordError(
      number,
      `no product "${product}"; products: ${products.map((p) => p.name).join(", ")}`,
    );
  }
  return resultJson(lookup(index, record.data.text, { product }));
}

/**
 * `--jsonl`: answers every line of standard input in order, one line of JSON each, with the
 * index built once. Every record read is an answer, so the exit status is 0.
 */
async function batch(
  index: LookupIndex,
  products: Product[],
  fallbackProduct: string | undefined,
): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    const answer = answerRecord(index, products, line, number, fallbackProduct);
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }
  return EXIT.matched;
}

/** "Invalid token" is documented for 3 products: say so before listing them. */
function ambiguityNotes(result: LookupResult): string[] {
  return result.ambiguous.map(
    (group) =>
      `"${group.name}" is documented for ${group.products.length} products (${group.products.join(", ")}); ` +
      "the text does not say which one it comes from, so each is listed. Add --product NAME to choose.\n",
  );
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  let json = false;
  let jsonl = false;
  let markdown = false;
  let listProducts = false;
  let product: string | undefined;
  const words: string[] = [];
  let literal = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (!literal && arg === "--") literal = true;
    else if (!literal && arg === "--json") json = true;
    else if (!literal && arg === "--jsonl") jsonl = true;
    else if (!literal && arg === "--markdown") markdown = true;
    else if (!literal && arg === "--products") listProducts = true;
    else if (!literal && (arg === "--product" || arg.startsWith("--product="))) {
      product = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      if (!product?.trim()) usageError("--product needs a product name");
    } else if (!literal && (arg === "-h" || arg === "--help")) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.matched;
    } else if (!literal && arg.startsWith("-") && arg.length > 1)
      usageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  if ([json, jsonl, markdown].filter(Boolean).length > 1)
    usageError("give one of --json, --jsonl and --markdown");
  if (jsonl && words.length > 0)
    usageError("--jsonl reads its records from standard input, not from TEXT");
  if (jsonl && process.stdin.isTTY) usageError("--jsonl needs records on standard input");
  const content = await loadContent();
  if (listProducts) {
    for (const p of content.products) process.stdout.write(`${p.name}\t${p.id}\n`);
    return EXIT.matched;
  }
  const index = buildLookupIndex(
    lookupSource(content.entries, content.products, content.vocabulary),
  );
  if (product !== undefined && findProduct(index, product) < 0) {
    usageError(
      `no product "${product}"; products: ${content.products.map((p) => p.name).join(", ")}`,
    );
  }
  if (jsonl) return batch(index, content.products, product);
  let text: string;
  if (words.length > 0) {
    text = words.join(" ");
  } else if (process.stdin.isTTY) {
    usageError("give TEXT, or pipe a log into standard input");
  } else {
    text = await readStdin();
  }
  if (!text.trim()) usageError("the text to look up is empty");

  const result = lookup(index, text, { product });
  const byId = new Map(content.entries.map((e) => [e.id, e]));

  if (markdown) {
    const found = result.matches.flatMap((hit) => byId.get(hit.entry.id) ?? []);
    if (found.length === 0) process.stderr.write("No documented error matches.\n");
    const site = siteUrl();
    const out = found.map((entry) => entryMarkdown(entry, { site }));
    if (out.length > 0) process.stdout.write(`${out.join("\n\n---\n\n")}\n`);
  } else if (json) {
    process.stdout.write(`${JSON.stringify(resultJson(result))}\n`);
  } else {
    const out: string[] = [];
    if (result.matches.length === 0) {
      out.push(
        "No documented error matches.",
        "Try pasting the whole line or message as the software printed it, or browse the articles.",
      );
    }
    out.push(...ambiguityNotes(result));
    for (const hit of result.matches)
      out.push(describe(hit, byId.get(hit.entry.id), content.products));
    if (result.related.length > 0) {
      out.push(result.matches.length > 0 ? "\nAlso related:" : "\nRelated entries, worth a look:");
      for (const hit of result.related) out.push(describe(hit, undefined, content.products));
    }
    if (result.linesRead < result.linesTotal) {
      out.push(`\nOnly the first ${result.linesRead} of ${result.linesTotal} lines were read.`);
    }
    process.stdout.write(`${out.join("\n")}\n`);
  }
  return result.matches.length > 0 ? EXIT.matched : EXIT.nothing;
}

// Run as a command (from any folder), not when a benchmark imports it.
if (/(?:^|[\\/])scripts[\\/]lookup\.ts$/.test(process.argv[1] ?? "")) {
  // A reader that stops reading (`| head`) has all it wants; any other failure is an internal
  // one, and says so.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.matched);
    internalError(error);
  });
  process.on("uncaughtException", internalError);
  process.on("unhandledRejection", internalError);
  main().then((code) => {
    process.exitCode = code;
  }, internalError);
}
