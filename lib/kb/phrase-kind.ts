/** The kinds of phrase an entry is matched on, in words: the matcher's "why" and the page share them. */
export type PhraseKind = "name" | "message" | "alias" | "translation";

const KIND_LABEL: Record<PhraseKind, string> = {
  name: "name",
  message: "documented message",
  alias: "alias",
  translation: "translated name",
};

export function kindLabel(kind: PhraseKind): string {
  return KIND_LABEL[kind];
}
