/**
 * Starts the writers' preview (`scripts/dev.ts`) as a child process over a content folder, with
 * its prepared knowledge base and Next.js folder of its own, so that it never touches the
 * checkout's: for the preview's end-to-end tests and its benchmark.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export function spawnPreview(options: {
  port: number;
  content: string;
  /** A folder of the caller's for the prepared knowledge base. */
  work: string;
  env?: Record<string, string>;
}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts"], {
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      CONTENT_DIR: options.content,
      KB_GENERATED_FILE: path.join(options.work, "kb.json"),
      NEXT_DIST_DIR: ".next/preview-test",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
