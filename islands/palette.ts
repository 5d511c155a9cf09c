/**
 * Island, loaded on first use: the command palette ("Go to an error or article"). The shortcuts
 * island imports this file on the first Ctrl/Cmd+K and then signals each opening with an event.
 * The data, `palette.json`, is fetched at the first opening too; a page that never opens the
 * palette pays for neither.
 */
import { isPaletteData, PALETTE_DATA_PATH } from "@/lib/palette/data";
import { createPaletteSearch } from "@/lib/palette/search";
import { PALETTE_OPEN_EVENT } from "@/lib/site/dom";
import { withBasePath } from "@/lib/site/paths";
import { PaletteController } from "./palette/controller";
import { buildPaletteView } from "./palette/view";

let controller: PaletteController | undefined;

async function load(into: PaletteController): Promise<void> {
  try {
    const response = await fetch(withBasePath(PALETTE_DATA_PATH));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data: unknown = await response.json();
    if (!isPaletteData(data)) throw new Error("unexpected palette data");
    into.ready(createPaletteSearch(data));
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
