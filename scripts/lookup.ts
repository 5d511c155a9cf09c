/**
 * `npm run --silent lookup -- [--json | --markdown] [--product NAME] [TEXT]`: looks up TEXT, or standard input, against the
 * knowledge base in CONTENT_DIR. Exit codes: 0 something matched, 1 nothing did, 2 bad usage.
 */
import { ContentBuildError } from "@/lib/content/errors";
import { contentDir, type ParsedContent, parseContentDir } from "@/lib/content/load";
import { entryMarkdown } from "@/lib/kb/markdown";
import {
  buildLookupIndex,
  findProduct,
  kindLabel,
  type KbEntry,
  type LookupHit,
  type LookupResult,
  lookup,
  lookupSource,
  type Product,
  surfaceOf,
  type Why,
} from "@/lib/lookup";
import { languageName } from "@/lib/site/format";

const USAGE = `Usage: npm run --silent lookup -- [--json | --markdown] [--product NAME] [TEXT]

Looks up an error message, log line or whole log in the knowledge base.
Reads TEXT, or standard input when TEXT is absent:

  npm run --silent lookup -- "The token provided isn't valid."
  npm run --silent lookup < agent.log
  npm run --silent lookup -- --json < agent.log

Options:
  --json          print one JSON object: {"matches":[...],"related":[...],"ambiguous":[...]}
  --markdown      print each matched entry as Markdown for a ticket: name, permanent link,
                  description and numbered steps
  --product NAME  only entries of this product (its name, an alias or its id); the text is
                  read as being about it
  --products      list the products of the knowledge base
  -h, --help      show this help

Exit codes: 0 a documented error matched, 1 none did, 2 bad usage.
Environment: CONTENT_DIR (default content/), SITE_URL (prefix for links).`;

function usageError(message: string): never {
  process.stderr.write(`lookup: ${message}\n\n${USAGE}\n`);
  process.exit(2);
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

function toJson(hit: LookupHit) {
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
    ...(hit.lifecycle ? { lifecycle: hit.lifecycle } : {}),
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
    lines.push(`        Note: ${hit.product} is ${hit.lifecycle.status}${since}.${note}`);
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
    process.stderr.write(
      `lookup: ${error instanceof ContentBuildError ? error.message : String(error)}\n`,
    );
    process.exit(2);
  }
}

/** "Invalid token" is documented for 3 products: say so before listing them. */
function ambiguityNotes(result: LookupResult): string[] {
  return result.ambiguous.map(
    (group) =>
      `"${group.name}" is documented for ${group.products.length} products (${group.products.join(", ")}); ` +
      "the text does not say which one it comes from, so each is listed. Add --product NAME to choose.\n",
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let json = false;
  let markdown = false;
  let listProducts = false;
  let product: string | undefined;
  const words: string[] = [];
  let literal = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (!literal && arg === "--") literal = true;
    else if (!literal && arg === "--json") json = true;
    else if (!literal && arg === "--markdown") markdown = true;
    else if (!literal && arg === "--products") listProducts = true;
    else if (!literal && (arg === "--product" || arg.startsWith("--product="))) {
      product = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      if (!product?.trim()) usageError("--product needs a product name");
    } else if (!literal && (arg === "-h" || arg === "--help")) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (!literal && arg.startsWith("-") && arg.length > 1)
      usageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  if (json && markdown) usageError("give --json or --markdown, not both");
  const content = await loadContent();
  if (listProducts) {
    for (const p of content.products) process.stdout.write(`${p.name}\t${p.id}\n`);
    process.exit(0);
  }
  const index = buildLookupIndex(
    lookupSource(content.entries, content.products, content.vocabulary),
  );
  if (product !== undefined && findProduct(index, product) < 0) {
    usageError(
      `no product "${product}"; products: ${content.products.map((p) => p.name).join(", ")}`,
    );
  }
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
    process.stdout.write(
      `${JSON.stringify({
        matches: result.matches.map(toJson),
        related: result.related.map(toJson),
        ambiguous: result.ambiguous,
      })}\n`,
    );
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
  process.exit(result.matches.length > 0 ? 0 : 1);
}

void main();
