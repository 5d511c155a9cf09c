/**
 * `npm run new -- --product "…" --title "…" [--slug …]`: writes a new article with valid
 * frontmatter and one example entry into the content folder (CONTENT_DIR), checks it as the build
 * does, and says where it is. Refuses a slug that is not valid or is taken, and says why.
 * Exit codes: 0 written, 1 refused, 2 bad usage.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ContentBuildError, formatIssue } from "@/lib/content/errors";
import { contentDir, parseContentDir, RECORD_FILE } from "@/lib/content/load";
import {
  articleSource,
  declaredProduct,
  exampleId,
  slugOf,
  slugProblem,
  takenBy,
} from "@/lib/content/new-article";
import { parseArticle, type ParsedArticle } from "@/lib/content/parse";
import { CONFIG_FILE, readConfig } from "@/lib/content/products";
import { publishedRecordSchema } from "@/lib/content/schema";
import { DEFAULT_SURFACES } from "@/lib/kb/products";
import { articlePath } from "@/lib/site/paths";

const USAGE =
  'usage: npm run new -- --product "Product name" --title "Article title" [--slug slug]';

function fail(message: string, code: 1 | 2): never {
  process.stderr.write(`new: ${message}\n`);
  process.exit(code);
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

/** The articles as they parse now; those with problems are skipped (the build reports them). */
async function articlesIn(dir: string): Promise<ParsedArticle[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".mdx"));
  const parsed = await Promise.all(
    names.map(async (name) =>
      parseArticle(await readFile(path.join(dir, name), "utf8"), name, name.slice(0, -4)),
    ),
  );
  return parsed.flatMap((r) => (r.ok ? [r.article] : []));
}

async function publishedSlugs(dir: string): Promise<string[]> {
  const file = path.join(dir, RECORD_FILE);
  if (!existsSync(file)) return [];
  const parsed = publishedRecordSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  return parsed.success ? Object.keys(parsed.data.articles) : [];
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        product: { type: "string" },
        title: { type: "string" },
        slug: { type: "string" },
      },
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const title = values.title?.trim();
  const productName = values.product?.trim();
  if (!title || !productName) fail(`give both --product and --title\n${USAGE}`, 2);

  const dir = contentDir();
  if (!existsSync(dir)) fail(`${dir}: content folder not found; set CONTENT_DIR`, 1);
  const slug = values.slug ?? slugOf(title);
  const file = path.join(dir, `${slug}.mdx`);
  const articles = await articlesIn(dir);
  const taken = takenBy(articles, await publishedSlugs(dir));
  const problem = slugProblem(slug, taken, existsSync(file));
  if (problem) fail(problem, 1);

  const configFile = path.join(dir, CONFIG_FILE);
  const { config } = readConfig(
    existsSync(configFile) ? await readFile(configFile, "utf8") : undefined,
    shown(configFile),
  );
  const declared = declaredProduct(config, productName);
  const surfaces = declared?.surfaces ?? DEFAULT_SURFACES;
  const appears = surfaces[0]?.id ?? "log";
  const product = declared?.name ?? productName;
  const today = new Date().toISOString().slice(0, 10);
  const id = exampleId(product, taken.ids);
  await writeFile(file, articleSource({ slug, title, product, appears, id, today }));

  // The build's own checks, over the whole folder with the new article in it.
  try {
    await parseContentDir(dir);
  } catch (error) {
    if (!(error instanceof ContentBuildError)) throw error;
    const own = error.issues.filter((i) => path.resolve(i.file) === path.resolve(file));
    if (own.length > 0) {
      await rm(file);
      fail(
        `the new article would not build, so it was not kept:\n${own.map((i) => `  - ${formatIssue(i)}`).join("\n")}`,
        1,
      );
    }
    process.stderr.write(
      `new: the content has other problems already (npm run check lists them):\n${error.message}\n`,
    );
  }

  const lines = [
    `new: wrote ${shown(file)}`,
    `new: its example entry "${id}" appears in "${appears}"; the product's surfaces are ${surfaces.map((s) => s.id).join(", ")}`,
    declared
      ? `new: product "${product}" as ${shown(configFile)} declares it`
      : `new: product "${product}" is not declared in ${shown(configFile)}: the article gets the default surfaces; declare it there to give it its own`,
    `new: with npm run dev running, open http://127.0.0.1:${process.env.PORT || 3000}${process.env.BASE_PATH ?? ""}${articlePath(slug)}`,
    "new: replace the example entry (WRITING.md shows how), then run npm run check",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

void main();
