/**
 * A thread of `pool.ts`: runs the tasks it is sent, several in flight, and answers each with its
 * result and the number it was sent with.
 */
import { parentPort } from "node:worker_threads";
import { TASK_KINDS, TASKS, type Tasks, taskFailure } from "./pool-tasks";

function field(message: object, key: string): string | undefined {
  const value: unknown = Reflect.get(message, key);
  return typeof value === "string" ? value : undefined;
}

parentPort?.on("message", (message: unknown) => {
  if (typeof message !== "object" || message === null) return;
  const index: unknown = Reflect.get(message, "index");
  const kind = TASK_KINDS.find((k) => k === Reflect.get(message, "kind"));
  const source = field(message, "source");
  const file = field(message, "file");
  if (typeof index !== "number" || !kind || source === undefined || file === undefined) return;
  const answer = (result: Tasks[typeof kind]["result"]) =>
    parentPort?.postMessage({ index, result });
  // A task that throws answers as a failure of its file, so that the build names the file.
  const failed = (error: unknown) => answer(taskFailure(file, String(error)));
  if (kind === "parse") {
    TASKS.parse({ source, file, slug: field(message, "slug") ?? "" }).then(answer, failed);
  } else {
    TASKS.compile({ source, file }).then(answer, failed);
  }
});
