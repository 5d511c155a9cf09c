"use client";

import {
  type ChangeEvent,
  type ClipboardEvent,
  useCallback,
  useEffect,
  useRef,
  useState,
} from "react";
import type { LookupIndex, LookupResult } from "@/lib/lookup";
import { formatCount } from "@/lib/site/format";
import { entryPath, withBasePath } from "@/lib/site/paths";
import { LOOKUP_INPUT_ID } from "./keyboard-shortcuts";
import { LookupResults } from "./lookup-results";

/** Work done per slice before yielding to the browser, so typing never waits on a big paste. */
const SLICE_MS = 8;
/**
 * Pastes from this size on stay out of the text box, which only previews them: laying out a
 * megabyte of text in a textarea blocks the page for hundreds of milliseconds by itself.
 */
const LARGE_PASTE_CHARS = 100_000;
/** Lines of a large paste shown in the box. */
const PREVIEW_LINES = 200;

/** The first `count` lines of `text`, and how many lines it has in all. */
function preview(text: string, count: number): { head: string; lines: number } {
  let lines = 1;
  let cut = -1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (lines === count) cut = i;
    lines += 1;
  }
  return { head: cut === -1 ? text : text.slice(0, cut), lines };
}

type Details = Map<string, { description: string; resolution: string[] }>;

type Engine = {
  index: LookupIndex;
  run: (index: LookupIndex, text: string) => AsyncGenerator<LookupResult>;
  /** Descriptions and steps of the entries of these articles, fetched once per article. */
  details: (slugs: string[]) => Promise<Details>;
};

type View = {
  status: "idle" | "searching" | "done" | "error";
  /** Length of the text the shown results reflect. */
  length: number;
  text: string;
  result?: LookupResult;
  details?: Details;
  message?: string;
};

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

let enginePromise: Promise<Engine> | undefined;

/** Loads the matcher and the entry index once, on demand, so they never delay the first paint. */
function loadEngine(): Promise<Engine> {
  enginePromise ??= (async () => {
    const [lookup, response] = await Promise.all([
      import("@/lib/lookup"),
      fetch(withBasePath("/lookup/index.json"), { credentials: "omit" }),
    ]);
    if (!response.ok) {
      throw new Error(`the lookup index could not be loaded (HTTP ${response.status})`);
    }
    const source = lookup.fromWire(await response.json(), entryPath);
    const index = lookup.buildLookupIndex(source);
    const shards = new Map<string, Promise<Details>>();
    const shard = (slug: string): Promise<Details> => {
      let found = shards.get(slug);
      if (!found) {
        const url = withBasePath(`/lookup/details/${encodeURIComponent(slug)}.json`);
        found = fetch(url, { credentials: "omit" }).then(async (r) => {
          if (!r.ok)
            throw new Error(`the details of ${slug} could not be loaded (HTTP ${r.status})`);
          return lookup.parseDetails(await r.json());
        });
        found.catch(() => shards.delete(slug));
        shards.set(slug, found);
      }
      return found;
    };
    const details = async (slugs: string[]): Promise<Details> =>
      new Map((await Promise.all([...new Set(slugs)].map(shard))).flatMap((m) => [...m]));
    async function* run(idx: LookupIndex, text: string): AsyncGenerator<LookupResult> {
      const job = new lookup.LookupRun(idx, text);
      while (!job.step(performance.now() + SLICE_MS)) {
        await nextTask();
        yield job.result();
      }
      yield job.result();
    }
    return { index, run, details };
  })();
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
}

/** The paste box: the text stays in this page; nothing is sent or stored. */
export function ErrorLookup() {
  const [text, setText] = useState("");
  const [large, setLarge] = useState<{ chars: number; lines: number } | null>(null);
  const [view, setView] = useState<View>({ status: "idle", length: 0, text: "" });
  const generation = useRef(0);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  const search = useCallback(async (value: string) => {
    generation.current += 1;
    const mine = generation.current;
    if (!value.trim()) {
      setView({ status: "done", length: value.length, text: value });
      return;
    }
    setView((v) => ({ ...v, status: "searching" }));
    try {
      const engine = await loadEngine();
      let last: LookupResult | undefined;
      for await (const partial of engine.run(engine.index, value)) {
        if (generation.current !== mine) return;
        last = partial;
      }
      if (generation.current === mine && last) {
        const shown = [...last.matches, ...last.related].map((h) => h.entry.article);
        const details = await engine.details(shown);
        if (generation.current !== mine) return;
        setView({ status: "done", length: value.length, text: value, result: last, details });
      }
    } catch (error) {
      if (generation.current === mine) {
        setView({
          status: "error",
          length: value.length,
          text: value,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }, []);

  useEffect(() => {
    // Honour /#lookup from the keyboard shortcut on other pages. The browser's own scroll to the
    // fragment and the end of hydration can land after the first attempt, so it tries again
    // until the box has focus (for about a second at most).
    let tries = 0;
    let timer = 0;
    const focus = () => {
      if (window.location.hash !== "#lookup" || document.activeElement === inputRef.current) return;
      inputRef.current?.focus();
      if (++tries < 10) timer = window.setTimeout(focus, 100);
    };
    focus();
    window.addEventListener("hashchange", focus);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("hashchange", focus);
    };
  }, []);

  /** Fetch the matcher as soon as someone shows intent to use it, not during page load. */
  function warm() {
    void loadEngine().catch(() => {});
  }

  function onChange(event: ChangeEvent<HTMLTextAreaElement>) {
    setText(event.target.value);
    void search(event.target.value);
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const box = event.currentTarget;
    const pasted = event.clipboardData.getData("text/plain");
    const whole =
      box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
    if (whole.length < LARGE_PASTE_CHARS) return;
    event.preventDefault();
    const { head, lines } = preview(whole, PREVIEW_LINES);
    setLarge({ chars: whole.length, lines });
    setText(head);
    void search(whole);
  }

  function clear() {
    setLarge(null);
    setText("");
    void search("");
    inputRef.current?.focus();
  }

  return (
    <div>
      <label htmlFor={LOOKUP_INPUT_ID} className="block font-medium">
        Paste an error message or log
      </label>
      <p id="lookup-help" className="text-sm text-slate-600 dark:text-slate-400">
        A console line, a log excerpt, a stack trace, a portal notification or a status. It never
        leaves your browser. Press <kbd>/</kbd> or <kbd>Ctrl</kbd>+<kbd>K</kbd> to come back here.
      </p>
      <textarea
        id={LOOKUP_INPUT_ID}
        ref={inputRef}
        value={text}
        onChange={onChange}
        onPaste={onPaste}
        onFocus={warm}
        onPointerEnter={warm}
        readOnly={large !== null}
        aria-describedby={large ? "lookup-help lookup-large" : "lookup-help"}
        rows={6}
        spellCheck={false}
        wrap="off"
        autoComplete="off"
        placeholder="2026-11-24 10:15:32 ERROR [main] The token provided isn't valid."
        className="mt-2 w-full rounded-lg border border-slate-400 bg-white p-3 font-mono text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
      {large ? (
        <p
          id="lookup-large"
          role="status"
          className="mt-2 flex flex-wrap items-center gap-3 text-sm"
        >
          <span>
            Large paste: {formatCount(large.chars / 1024)} KB, {formatCount(large.lines)} lines. The
            box shows the first {Math.min(PREVIEW_LINES, large.lines)} lines; the lookup reads the
            whole paste.
          </span>
          <button
            type="button"
            onClick={clear}
            className="rounded border border-slate-400 px-2 py-1 hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
          >
            Clear
          </button>
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {view.status === "done" && view.result && view.text.trim()
          ? `${view.result.matches.length} documented errors found, ${view.result.related.length} related`
          : ""}
      </p>
      <div
        aria-busy={view.status === "searching"}
        data-lookup-status={view.status}
        data-lookup-length={view.length}
        className="mt-4"
      >
        {view.status === "searching" ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Searching…</p>
        ) : null}
        {view.status === "error" ? (
          <p role="alert" className="text-red-700 dark:text-red-300">
            The lookup could not run: {view.message}. Reload the page to try again.
          </p>
        ) : null}
        {view.result && view.text.trim() ? (
          <LookupResults result={view.result} text={view.text} details={view.details} />
        ) : null}
      </div>
    </div>
  );
}
