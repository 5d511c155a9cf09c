/**
 * A thread of `pool.ts`: runs the tasks it is sent, several in flight, and answers each with its
 * result and the number it was sent with.
 */
import { parentPort } from "node:worker_threads";
import { TASK_KINDS, TASKS, type Tasks } from "./pool-tasks";

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
  if (kind === "parse") {
    void TASKS.parse({ source, file, slug: field(message, "slug") ?? "" }).then(answer);
  } else {
    void TASKS.compile({ source, file }).then(answer);
  }
});
