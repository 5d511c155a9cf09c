/**
 * Runs the content step's costly tasks (`pool-tasks.ts`: parsing and compiling articles) on every
 * core. Both are mostly JavaScript: remark and rehype run on the thread that called them, even
 * inside esbuild's plugin callbacks, so one thread does them at one core's pace however many are
 * in flight. Here each core's thread takes its share. Results are in the order of the jobs.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { eachInFlight } from "./in-flight";
import { TASKS, type TaskKind, type Tasks, taskFailure } from "./pool-tasks";

/**
 * Fewer jobs than this run on the calling thread: a thread takes about half a second to load
 * the parser and mdx-bundler, which 200 articles (2 to 3 s of work) repay.
 */
export const POOL_MIN_JOBS = 200;

/**
 * Jobs each thread has in flight: esbuild's own process compiles while the thread waits (with
 * one in flight a thread idles during each of esbuild's bundles; four kept it busy).
 */
export const IN_FLIGHT_PER_THREAD = 4;

/** The threads' file, loaded through tsx as the build's scripts are. */
const WORKER_FILE = path.join(__dirname, "pool-worker.ts");

/** tsx's loader, resolved from here, so that a build started from any folder finds it. */
const TSX_LOADER = createRequire(__filename).resolve("tsx/cjs");

function isAnswer<K extends TaskKind>(
  value: unknown,
): value is { index: number; result: Tasks[K]["result"] } {
  if (typeof value !== "object" || value === null) return false;
  const result: unknown = Reflect.get(value, "result");
  return (
    typeof Reflect.get(value, "index") === "number" &&
    typeof result === "object" &&
    result !== null &&
    typeof Reflect.get(result, "ok") === "boolean"
  );
}

/** Runs `jobs` on this thread, a few in flight; `onDone` is called after each. */
async function runHere<K extends TaskKind>(
  kind: K,
  jobs: Tasks[K]["job"][],
  onDone: () => void,
): Promise<Tasks[K]["result"][]> {
  const task: (job: Tasks[K]["job"]) => Promise<Tasks[K]["result"]> = TASKS[kind];
  const results = new Array<Tasks[K]["result"]>(jobs.length);
  await eachInFlight(jobs, IN_FLIGHT_PER_THREAD, async (job, i) => {
    results[i] = await task(job);
    onDone();
  });
  return results;
}

/** Runs `jobs` over `threads` threads; `onDone` is called after each. */
export async function runInThreads<K extends TaskKind>(
  kind: K,
  jobs: Tasks[K]["job"][],
  onDone: () => void,
  threads: number,
): Promise<(Tasks[K]["result"] | undefined)[]> {
  const results = new Array<Tasks[K]["result"] | undefined>(jobs.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const send = () => {
        while (inFlight < IN_FLIGHT_PER_THREAD && next < jobs.length) {
          const index = next++;
          inFlight += 1;
          worker.postMessage({ index, kind, ...jobs[index] });
        }
        if (inFlight === 0) resolve();
      };
      worker.on("message", (answer: unknown) => {
        if (!isAnswer<K>(answer)) {
          reject(new Error("a content thread answered something that is not a result"));
          return;
        }
        results[answer.index] = answer.result;
        inFlight -= 1;
        onDone();
        send();
      });
      worker.on("error", reject);
      worker.on("messageerror", reject);
      worker.on("exit", (code) => {
        if (inFlight > 0) reject(new Error(`a content thread stopped (exit code ${code})`));
      });
      send();
    });
  const count = Math.min(threads, Math.ceil(jobs.length / IN_FLIGHT_PER_THREAD));
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(
        `require(${JSON.stringify(TSX_LOADER)}); require(${JSON.stringify(WORKER_FILE)});`,
        {
          eval: true,
        },
      ),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * Runs `jobs` of one kind, on every core when they are many (`POOL_MIN_JOBS`); `onDone` is
 * called after each.
 */
export async function runAll<K extends TaskKind>(
  kind: K,
  jobs: Tasks[K]["job"][],
  onDone: () => void = () => {},
): Promise<Tasks[K]["result"][]> {
  const threads = availableParallelism();
  if (jobs.length < POOL_MIN_JOBS || threads < 2) return runHere(kind, jobs, onDone);
  const results = await runInThreads(kind, jobs, onDone, threads);
  return results.map((result, i) => result ?? taskFailure(jobs[i]?.file ?? "", "no result"));
}
