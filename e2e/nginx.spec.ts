import { type ChildProcess, spawn } from "node:child_process";
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * Serves a copy of out/ through Debian's nginx with deploy/nginx/kb.conf and checks the headers
 * and a real page load. nginx's workers run as an unprivileged user, which cannot enter a checkout
 * that only its owner may (a `mktemp -d` folder, a home folder such as /root): so the site is
 * served from a world-readable copy in its own temporary folder.
 */
const PORT = Number(process.env.NGINX_TEST_PORT ?? 3290);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const basePath = process.env.BASE_PATH ?? "";

let nginx: ChildProcess | undefined;
let dir = "";

test.describe.configure({ mode: "serial" });
test.skip(basePath !== "", "deploy/nginx/kb.conf serves a site built without BASE_PATH");

/** Lets any user read `target` and everything in it (folders 0755, files 0644). */
function worldReadable(target: string): void {
  chmodSync(target, 0o755);
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) worldReadable(full);
    else chmodSync(full, 0o644);
  }
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kb-nginx-"));
  const root = path.join(dir, "site");
  cpSync("out", root, { recursive: true });
  worldReadable(dir);
  const headers = readFileSync("deploy/nginx/kb-headers.conf", "utf8").replace(
    "/etc/nginx/snippets/kb-csp.conf",
    path.resolve(".generated/nginx-csp.conf"),
  );
  writeFileSync(path.join(dir, "kb-headers.conf"), headers);
  const server = readFileSync("deploy/nginx/kb.conf", "utf8")
    .replace("listen 80;", `listen 127.0.0.1:${PORT};`)
    .replace("root /srv/kb/out;", `root ${root};`)
    .replaceAll("/etc/nginx/snippets/kb-headers.conf", path.join(dir, "kb-headers.conf"));
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${server}
}
`,
  );
  nginx = spawn(
    "/usr/sbin/nginx",
    ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"],
    {
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || nginx.exitCode !== null) {
      throw new Error(`nginx did not start: ${readFileSync(path.join(dir, "error.log"), "utf8")}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
});

test.afterAll(() => {
  nginx?.kill("SIGQUIT");
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("nginx sends the security headers and the build's policy on every response", async () => {
  for (const url of ["/", "/articles/troubleshoot-siem-agent/", "/errors.json"]) {
    const response = await fetch(`${ORIGIN}${url}`);
    expect(response.status, url).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
    expect(csp).toMatch(/worker-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-cache");
  }
  const missing = await fetch(`${ORIGIN}/articles/nope/`);
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain("Page not found");
  expect(missing.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
});

test("hashed assets are cached for a year, immutable", async () => {
  const island = readdirSync("out/islands").find((f) => f.endsWith(".js"));
  const css = readdirSync("out/_next/static/chunks").find((f) => f.endsWith(".css"));
  const { folder } = JSON.parse(readFileSync("out/lookup/core.json", "utf8"));
  const palette = JSON.parse(readFileSync("out/palette/core.json", "utf8")).folder;
  for (const [url, type] of [
    [`/islands/${island}`, /javascript/],
    [`/_next/static/chunks/${css}`, /css/],
    [`/lookup/${folder}/e0.json`, /json/],
    [`/palette/${palette}/c0.json`, /json/],
  ] as const) {
    const response = await fetch(`${ORIGIN}${url}`);
    expect(response.status, url).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-type")).toMatch(type);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    // Data files go as the build compressed them (gzip_static).
    if (url.endsWith(".json")) expect(response.headers.get("content-encoding"), url).toBe("gzip");
  }
});

test("a page served by nginx loads and looks up with no policy violation", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(`${ORIGIN}/`);
  await page.getByRole("textbox", { name: /error/i }).fill("The token provided isn't valid.");
  await expect(page.locator('[data-match-id="invalid-token"]')).toBeVisible();
  await page.goto(`${ORIGIN}/articles/troubleshoot-siem-agent/#invalid-token`);
  await expect(page.getByRole("region", { name: "Invalid token", exact: true })).toBeInViewport();
  expect(refused).toEqual([]);
});
