/**
 * The page's side of the lookup worker: starts it on first intent, sends each paste, and settles
 * only the newest run. A newer run supersedes the older ones, which resolve to `undefined`.
 */
import type { Report } from "@/lib/lookup";
import type { LookupAnswer, WorkerRequest, WorkerResponse } from "./protocol";

type Pending = {
  run: number;
  resolve: (answer: LookupAnswer | undefined) => void;
  reject: (error: Error) => void;
};

type PendingReport = { resolve: (report: Report) => void; reject: (error: Error) => void };

export class WorkerClient {
  private worker: Worker | undefined;
  private runs = 0;
  private pending: Pending | undefined;
  private reports = new Map<number, PendingReport>();
  private reportRequests = 0;

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

  /**
   * The report for the paste of run `run` (an answer's `run`), redacted in the worker by the
   * module at `module`. A newer lookup does not cancel it; a changed paste makes it fail.
   */
  report(run: number, module: string): Promise<Report> {
    const worker = this.start();
    this.reportRequests += 1;
    const request = this.reportRequests;
    const answer = new Promise<Report>((resolve, reject) => {
      this.reports.set(request, { resolve, reject });
    });
    this.send(worker, { type: "report", request, run, module });
    return answer;
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
      if (message.type === "report" || message.type === "report-error") {
        const waiting = this.reports.get(message.request);
        this.reports.delete(message.request);
        if (message.type === "report") waiting?.resolve(message.report);
        else waiting?.reject(new Error(message.message));
        return;
      }
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
      const failure = new Error(event.message || "the lookup worker could not start");
      this.pending?.reject(failure);
      this.pending = undefined;
      for (const waiting of this.reports.values()) waiting.reject(failure);
      this.reports.clear();
    };
    this.send(worker, { type: "warm" });
    this.worker = worker;
    return worker;
  }
}
