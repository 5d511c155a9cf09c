import { availableParallelism } from "node:os";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

// BASE_PATH lets the export live under a sub-path such as /kb.
const basePath = process.env.BASE_PATH ?? "";

/** @type {import("next").NextConfig} */
const nextConfig = {
  output: "export",
  // A second development server (the preview's end-to-end tests) needs a folder of its own:
  // Next.js locks the one a development server uses.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  trailingSlash: true,
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc; a second check inside every build only
  // adds time to large builds.
  typescript: { ignoreBuildErrors: true },
  // Pages render in workers; the default leaves one core idle, which on a 2-core builder halves
  // the speed of rendering a large knowledge base.
  experimental: { cpus: availableParallelism() },
};

/**
 * The preview (`npm run dev`) renders pages on request, without `output: "export"`: with it, the
 * development server answers an address no article has (one just deleted or renamed, a typo)
 * with a 500 error ("missing param in generateStaticParams()") instead of the not-found page.
 * The build keeps the export and all its checks.
 */
export default function config(phase) {
  return phase === PHASE_DEVELOPMENT_SERVER ? { ...nextConfig, output: undefined } : nextConfig;
}
