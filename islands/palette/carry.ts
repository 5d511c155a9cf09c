/**
 * Carrying a paste from the palette to the lookup, without the text ever entering the URL, the
 * history or any storage (the project's privacy rule). On the home page the text goes straight
 * into the lookup's box; elsewhere it goes on the clipboard (where a paste usually came from
 * anyway) and the browser opens the lookup, whose box takes focus, ready for Ctrl+V.
 */
import { LOOKUP_INPUT_ID } from "@/lib/site/dom";
import { withBasePath } from "@/lib/site/paths";

/** The lookup's box on this page, if this is the home page. */
export function lookupBox(): HTMLTextAreaElement | undefined {
  const box = document.getElementById(LOOKUP_INPUT_ID);
  return box instanceof HTMLTextAreaElement ? box : undefined;
}

/** What the carry option says, here. */
export function carryLabel(lines: number): string {
  const what = lines > 1 ? `these ${lines} lines` : "this text";
  return lookupBox()
    ? `Look up ${what} in the error lookup`
    : `Copy ${what} and open the error lookup, then paste with Ctrl+V`;
}

/** Whether the text reached the lookup, or why not. */
export type Carried = { done: true } | { done: false; reason: string };

/** Why the clipboard refused, in the reader's words. */
function refusal(error: unknown): string {
  if (error instanceof DOMException && error.name === "NotAllowedError")
    return "the browser did not let this page write to the clipboard";
  if (error instanceof TypeError) return "this browser gives the page no clipboard to write to";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Hands the text to the lookup. On the home page it is given as a paste, so that the lookup treats
 * a large one as it treats any large paste (kept out of the box, previewed); a small one, which
 * the lookup leaves to the browser to insert, is put in the box and announced as input.
 * Elsewhere it goes on the clipboard and the lookup opens; when the clipboard refuses, nothing
 * opens and the text stays where it is, for the palette to offer by hand.
 */
export async function carryToLookup(text: string): Promise<Carried> {
  const box = lookupBox();
  if (box) {
    box.value = "";
    const data = new DataTransfer();
    data.setData("text/plain", text);
    const paste = new ClipboardEvent("paste", {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    if (box.dispatchEvent(paste)) {
      box.value = text;
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }
    box.scrollIntoView({ block: "center" });
    box.focus();
    return { done: true };
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    return { done: false, reason: refusal(error) };
  }
  window.location.assign(lookupAddress());
  return { done: true };
}

/** The lookup's address on this site. */
export function lookupAddress(): string {
  return withBasePath("/#lookup");
}
