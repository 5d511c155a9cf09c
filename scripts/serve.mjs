// Serves the static export in out/ on 127.0.0.1, honouring PORT (default 3000) and BASE_PATH.
// With TLS_KEY and TLS_CERT (PEM files) it serves HTTPS with HTTP/2, as CDNs do, HTTP/1.1 too.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createSecureServer } from "node:http2";
import path from "node:path";
import { createGzip } from "node:zlib";

const root = path.resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const basePath = process.env.BASE_PATH ?? "";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

/** Folders whose file names carry a content hash: Next.js's CSS and media, and the islands. */
const IMMUTABLE = ["/_next/static/", "/islands/", "/lookup/s-", "/palette/p-"];

if (!existsSync(path.join(root, "index.html"))) {
  console.error(`No export in ${root}: run "npm run build" first.`);
  process.exit(1);
}

function fileFor(urlPath) {
  if (!urlPath.startsWith(`${basePath}/`)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(basePath.length));
  const full = path.join(root, path.normalize(relative));
  if (!full.startsWith(root)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return { file: full };
  if (existsSync(path.join(full, "index.html"))) {
    return relative.endsWith("/")
      ? { file: path.join(full, "index.html") }
      : { redirect: `${urlPath}/` };
  }
  return undefined;
}

function handle(req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  let found;
  try {
    found = fileFor(url.pathname);
  } catch {
    found = undefined;
  }
  if (found?.redirect) {
    res.writeHead(308, { Location: found.redirect + url.search });
    res.end();
    return;
  }
  const file = found?.file ?? path.join(root, "404.html");
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  // As a CDN would: compress text, cache hashed assets for good, revalidate everything else.
  const gzip =
    /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) &&
    /text|javascript|json|svg/.test(type);
  res.writeHead(found ? 200 : 404, {
    "Content-Type": type,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": IMMUTABLE.some((dir) => url.pathname.startsWith(`${basePath}${dir}`))
      ? "public, max-age=31536000, immutable"
      : "no-cache",
    ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  // A data file's gzip copy, made by the build (scripts/write-data-files.ts), goes as it is.
  if (gzip && existsSync(`${file}.gz`)) createReadStream(`${file}.gz`).pipe(res);
  else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
  else createReadStream(file).pipe(res);
}

const tls = process.env.TLS_KEY && process.env.TLS_CERT;
const server = tls
  ? createSecureServer(
      {
        key: readFileSync(process.env.TLS_KEY),
        cert: readFileSync(process.env.TLS_CERT),
        allowHTTP1: true,
      },
      handle,
    )
  : createServer(handle);

server.listen(port, "127.0.0.1", () => {
  console.log(
    `Serving ${path.relative(process.cwd(), root) || root}/ at ${tls ? "https" : "http"}://127.0.0.1:${port}${basePath}/${tls ? " (HTTP/2)" : ""}`,
  );
});
