/**
 * Island, loaded on first use: the command palette ("Go to an error or article"). The shortcuts
 * island imports this file on the first Ctrl/Cmd+K and then signals each opening with an event.
 * The palette's core (`palette/core.json`, a list of word keys) is fetched at the first opening
 * too; each query then fetches the few files its words need (`lib/palette/sharded.ts`). A page
 * that never opens the palette pays for none of it.
 */
import { isPaletteCore, PALETTE_CORE_PATH, paletteFilePath } from "@/lib/palette/format";
import type { PaletteSearch } from "@/lib/palette/search";
import { createShardedPaletteSearch } from "@/lib/palette/sharded";
import { PALETTE_OPEN_EVENT } from "@/lib/site/dom";
import { fetchJson, MissingFile } from "./fetch-json";
import { PaletteController } from "./palette/controller";
import { buildPaletteView } from "./palette/view";

let controller: PaletteController | undefined;

async function openIndex(): Promise<PaletteSearch> {
  const core = await fetchJson(PALETTE_CORE_PATH, "the list of errors");
  if (!isPaletteCore(core)) throw new Error("unexpected palette core");
  return createShardedPaletteSearch(core, (name) =>
    fetchJson(paletteFilePath(core.folder, name), "a part of the list of errors"),
  );
}

/**
 * The search, read again from a new core when one of its files has gone (a deploy since the
 * core was read puts the files in a new folder), and the query retried once. Queries that fail
 * together share one new core.
 */
function onSite(first: PaletteSearch): PaletteSearch {
  let current = first;
  let reopening: Promise<PaletteSearch> | undefined;
  return async (query) => {
    const used = current;
    try {
      return await used(query);
    } catch (error) {
      if (!(error instanceof MissingFile)) throw error;
      if (current === used) {
        reopening ??= openIndex().finally(() => {
          reopening = undefined;
        });
        current = await reopening;
      }
      return current(query);
    }
  };
}

async function load(into: PaletteController): Promise<void> {
  try {
    into.ready(onSite(await openIndex()));
  } catch {
    into.fail();
  }
}

document.addEventListener(PALETTE_OPEN_EVENT, (event) => {
  if (!controller) {
    const view = buildPaletteView();
    document.body.append(view.dialog);
    controller = new PaletteController(view);
    void load(controller);
  }
  // What was typed while this file loaded.
  controller.open(
    event instanceof CustomEvent && typeof event.detail === "string" ? event.detail : "",
  );
});
