/**
 * The page's side of the lookup worker: starts it on first intent, sends each paste, and settles
 * only the newest run. A newer run supersedes the older ones, which resolve to `undefined`.
 */
import type { LookupAnswer, WorkerRequest, WorkerResponse } from "./protocol";

type Pending = {
  run: number;
  resolve: (answer: LookupAnswer | undefined) => void;
  reject: (error: Error) => void;
};

export class WorkerClient {
  private worker: Worker | undefined;
  private runs = 0;
  private pending: Pending | undefined;

  constructor(private readonly url: string) {}

  /** Starts the worker, which fetches and builds the index, ahead of the first lookup. */
  warm(): void {
    this.start();
  }

  /** Looks up `text`, among one product's entries when `product` (its id) is given. */
  run(text: string, product?: string): Promise<LookupAnswer | undefined> {
    return this.request((run) => ({ type: "run", run, text, ...(product ? { product } : {}) }));
  }

  /** The entries a shared link names (entry ids only), as a result. */
  shared(ids: string[]): Promise<LookupAnswer | undefined> {
    return this.request((run) => ({ type: "shared", run, ids }));
  }

  private request(make: (run: number) => WorkerRequest): Promise<LookupAnswer | undefined> {
    const worker = this.start();
    this.pending?.resolve(undefined);
    this.runs += 1;
    const run = this.runs;
    const answer = new Promise<LookupAnswer | undefined>((resolve, reject) => {
      this.pending = { run, resolve, reject };
    });
    this.send(worker, make(run));
    return answer;
  }

  private send(worker: Worker, request: WorkerRequest): void {
    worker.postMessage(request);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.url, { type: "module", name: "lookup" });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const pending = this.pending;
      if (!pending || pending.run !== message.run) return;
      this.pending = undefined;
      if (message.type === "done") pending.resolve(message.answer);
      else pending.reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // The script failed to load or crashed: report it, and start afresh on the next lookup.
      this.worker = undefined;
      worker.terminate();
      this.pending?.reject(new Error(event.message || "the lookup worker could not start"));
      this.pending = undefined;
    };
    this.send(worker, { type: "warm" });
    this.worker = worker;
    return worker;
  }
}
