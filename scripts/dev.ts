/**
 * `npm run dev`: the writers' preview. Next.js in development mode, behind a small server of our
 * own that watches the content folder and, on every save of an article, `knowledge-base.yaml` or
 * `published.json`:
 *
 * - loads the content with the build's own loader (the same checks, from the same code);
 * - writes the knowledge base the pages read (`lib/content/built.ts` reads it again when it
 *   changes), and serves the lookup's index and the palette's data made from it, from memory, by
 *   the functions the build writes them with (`lib/site/data-files.ts`);
 * - tells the open pages (Server-Sent Events, `lib/site/preview.ts`): they reload, or list the
 *   problems exactly as the build prints them; the terminal prints them too, and the server keeps
 *   running.
 *
 * Pages reach the browser as the build ships them: without the framework's runtime, taken out by
 * the build's own transform (`lib/site/strip-runtime.ts`), so only the islands run, as on the
 * site. (With the runtime, React hydrates the page while the islands enhance it, and the two race:
 * an island could lose its listeners to a hydration that replaced its elements.) Next.js itself
 * listens on a private port; this server forwards everything else to it.
 *
 * PORT (default 3000) and HOST (default 127.0.0.1) choose the address; CONTENT_DIR the content,
 * BASE_PATH a sub-path, KB_GENERATED_FILE where the pages' knowledge base is written.
 */
import { existsSync, statSync } from "node:fs";
import {
  createServer,
  type Server,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request as forward,
  type ServerResponse,
} from "node:http";
import path from "node:path";
import next from "next";
import { builtKbFile } from "@/lib/content/built";
import type { KnowledgeBase } from "@/lib/content/knowledge-base";
import { contentDir } from "@/lib/content/load";
import { ContentPreview, type PreviewLoad, watchContent } from "@/lib/content/preview";
import { lookupFiles, paletteFiles } from "@/lib/site/data-files";
import { islandPath } from "@/lib/site/islands";
import { articlePath } from "@/lib/site/paths";
import { CONTENT_VERSION_ATTR, PREVIEW_EVENTS_PATH } from "@/lib/site/preview";
import { stripRuntime } from "@/lib/site/strip-runtime";
import { buildIslands } from "./build-islands";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const basePath = process.env.BASE_PATH ?? "";

/**
 * Next.js answers an article address from its own list of the addresses `generateStaticParams`
 * gives, and refreshes that list in the background when an article page is requested: the first
 * request after an article is added (or renamed, or given a former slug) still gets the old list
 * and a 404. The list is one per route, so before the pages are told, one new address is
 * requested until it is served, up to WARM_ATTEMPTS times WARM_PAUSE_MS apart (the refresh takes
 * about a second on a 2-core machine; 40 × 100 ms leaves room for a busy one).
 */
const WARM_ATTEMPTS = 40;
const WARM_PAUSE_MS = 100;

/**
 * How often an open page's event stream gets a comment line when nothing happens, so that a
 * stream cut without a word (a laptop asleep, a proxy) is noticed and reopened by the browser.
 */
const KEEP_ALIVE_MS = 20_000;

function dataFiles(kb: KnowledgeBase): Map<string, string> {
  return new Map([...lookupFiles(kb), ...paletteFiles(kb)]);
}

/** A folder as the writer knows it: relative to the project when inside it, else absolute. */
function shown(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative === "" ? "." : relative.startsWith("..") ? dir : `${relative}/`;
}

/** Prints a load's outcome in the terminal: the build's own words for problems. */
function report(load: PreviewLoad, changed: string[]): void {
  const ms = Math.round(load.ms);
  if (changed.length > 0) console.error(`\ncontent: ${changed.join(", ")} changed`);
  if (!load.ok) {
    console.error(load.error.message);
    console.error(
      "content: the pages show the content as it was before these problems, and list them; " +
        "fix them and save",
    );
    return;
  }
  const { articles, entries } = load.kb;
  console.error(
    `content: ${articles.length} articles, ${entries.length} entries ready in ${ms} ms` +
      (changed.length > 0 ? "; the open pages update" : ""),
  );
}

/**
 * In development, a page that calls `notFound()` or throws while rendering comes back as an empty
 * shell that the framework's runtime fills in the browser. The preview ships no runtime, so it
 * puts the site's own not-found page there, or a page that says what failed.
 */
const ERROR_SHELL = 'id="__next_error__"';

/** An address no route has: Next.js answers it with the site's not-found page. */
const NOT_FOUND_PROBE = "/__preview/not-found/";

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A bare page for a render that failed: what failed, and the preview island to recover. */
function failurePage(html: string, version: string): string {
  const message = /data-next-error-message="([^"]*)"/.exec(html)?.[1] ?? "unknown error";
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>',
    "<title>The page could not be rendered</title></head>",
    `<body ${CONTENT_VERSION_ATTR}="${escapeHtml(version)}">`,
    "<main><h1>The page could not be rendered</h1>",
    `<p>${message}</p>`,
    "<p>The terminal running npm run dev shows the details. This page reloads after the next save.</p>",
    `</main><script type="module" src="${basePath}${islandPath("preview")}"></script>`,
    "</body></html>",
  ].join("");
}

type Upstream = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One request to Next.js on its private port, uncompressed so that a page can be rewritten. */
function ask(nextPort: number, req: IncomingMessage, path = req.url): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const upstream = forward(
      {
        host: "127.0.0.1",
        port: nextPort,
        method: req.method,
        path,
        headers: { ...req.headers, "accept-encoding": "identity" },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 502,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      },
    );
    upstream.on("error", reject);
    if (path === req.url) req.pipe(upstream);
    else upstream.end();
  });
}

/**
 * Hands a request to Next.js on its private port. Pages come back as the build ships them,
 * without the framework's runtime; everything else (CSS, icons, islands) passes as it is.
 */
async function toNext(
  req: IncomingMessage,
  res: ServerResponse,
  nextPort: number,
  version: string,
): Promise<void> {
  let answer = await ask(nextPort, req);
  const isPage = String(answer.headers["content-type"] ?? "").startsWith("text/html");
  if (!isPage) {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
    return;
  }
  let html = answer.body.toString("utf8");
  if (html.includes(ERROR_SHELL) && answer.status === 404) {
    answer = await ask(nextPort, req, `${basePath}${NOT_FOUND_PROBE}`);
    html = answer.body.toString("utf8");
  } else if (html.includes(ERROR_SHELL)) {
    html = failurePage(html, version);
  }
  let page = html;
  try {
    page = stripRuntime(html);
  } catch (error) {
    console.error(`preview: ${req.url} is served with its runtime: ${String(error)}`);
  }
  const headers = { ...answer.headers };
  delete headers["content-length"];
  delete headers["transfer-encoding"];
  res.writeHead(answer.status, { ...headers, "content-length": Buffer.byteLength(page) });
  res.end(page);
}

/** Every article address the knowledge base has: its articles and their former slugs. */
function addressesOf(kb: KnowledgeBase): Set<string> {
  return new Set(
    kb.articles.flatMap((a) => [a.slug, ...a.frontmatter.formerSlugs]).map(articlePath),
  );
}

/** Requests an address from Next.js until it stops answering 404 (see WARM_ATTEMPTS). */
async function warm(address: string, nextPort: number): Promise<void> {
  for (let attempt = 0; attempt < WARM_ATTEMPTS; attempt += 1) {
    const response = await fetch(`http://127.0.0.1:${nextPort}${basePath}${address}`);
    await response.arrayBuffer();
    if (response.status !== 404) return;
    await new Promise((resolve) => setTimeout(resolve, WARM_PAUSE_MS));
  }
}

function sitePathOf(req: IncomingMessage): string | undefined {
  const pathname = new URL(req.url ?? "/", "http://preview").pathname;
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  return pathname.slice(basePath.length);
}

/** Listens on the writer's address first, so that a taken port is said at once. */
function listen(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      console.error(
        error.code === "EADDRINUSE"
          ? `preview: port ${port} is taken, perhaps by another preview; stop it, or choose another port: PORT=${port + 1} npm run dev`
          : `preview: ${error.message}`,
      );
      process.exit(1);
    });
    server.listen(port, host, resolve);
  });
}

/** Starts Next.js in development mode on a private port; resolves to that port. */
async function startNext(): Promise<{ port: number; close: () => Promise<void> }> {
  const app = next({ dev: true, dir: process.cwd(), hostname: "127.0.0.1" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const nextServer = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => nextServer.listen(0, "127.0.0.1", resolve));
  const address = nextServer.address();
  if (address === null || typeof address === "string") throw new Error("Next.js has no port");
  return {
    port: address.port,
    close: async () => {
      nextServer.close();
      await app.close();
    },
  };
}

async function main(): Promise<void> {
  const dir = contentDir();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`${dir}: content folder not found; set CONTENT_DIR to a folder of .mdx files`);
    process.exit(1);
  }
  const preview = new ContentPreview(dir, builtKbFile());
  let files = new Map<string, string>();
  let nextStarted: ReturnType<typeof startNext> | undefined = undefined;
  const listeners = new Set<ServerResponse>();
  const send = (res: ServerResponse) => res.write(`data: ${JSON.stringify(preview.state)}\n\n`);

  const server = createServer((req, res) => {
    const sitePath = sitePathOf(req);
    if (sitePath === PREVIEW_EVENTS_PATH) {
      res.writeHead(200, {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store",
        Connection: "keep-alive",
      });
      listeners.add(res);
      send(res);
      req.on("close", () => listeners.delete(res));
      return;
    }
    const data = sitePath === undefined ? undefined : files.get(sitePath);
    if (data !== undefined) {
      res.writeHead(200, {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "no-store",
      });
      res.end(data);
      return;
    }
    if (!nextStarted) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "1" });
      res.end("The preview is starting; reload in a moment.");
      return;
    }
    nextStarted
      .then(({ port: nextPort }) => toNext(req, res, nextPort, preview.state.version))
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        res.end(`The preview could not reach Next.js: ${String(error)}`);
      });
  });
  await listen(server);

  report(await preview.load(), []);
  files = dataFiles(preview.knowledgeBase);
  await buildIslands({ preview: true });
  nextStarted = startNext();
  const nextPort = (await nextStarted).port;

  const keepAlive = setInterval(() => {
    for (const res of listeners) res.write(": still here\n\n");
  }, KEEP_ALIVE_MS);

  let addresses = addressesOf(preview.knowledgeBase);
  const watcher = watchContent(dir, async (changed) => {
    const load = await preview.load();
    report(load, changed);
    files = dataFiles(preview.knowledgeBase);
    const now = addressesOf(preview.knowledgeBase);
    const added = [...now].find((a) => !addresses.has(a));
    if (added) await warm(added, nextPort);
    addresses = now;
    for (const res of listeners) send(res);
  });

  const home = `http://${host}:${port}${basePath}/`;
  const first = preview.knowledgeBase.articles[0];
  console.error(`\npreview: ${home} (content from ${shown(dir)})`);
  if (first) console.error(`preview: an article: ${home.slice(0, -1)}${articlePath(first.slug)}`);
  console.error(
    "preview: saving an article, knowledge-base.yaml or published.json updates the open pages; Ctrl+C stops",
  );

  const stop = () => {
    clearInterval(keepAlive);
    watcher.close();
    for (const res of listeners) res.end();
    server.close();
    void nextStarted?.then((started) => started.close()).finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
