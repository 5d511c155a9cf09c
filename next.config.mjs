import { availableParallelism } from "node:os";

// BASE_PATH lets the export live under a sub-path such as /kb.
const basePath = process.env.BASE_PATH ?? "";

/** @type {import("next").NextConfig} */
const nextConfig = {
  output: "export",
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

export default nextConfig;
