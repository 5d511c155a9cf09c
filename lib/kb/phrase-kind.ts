/** The kinds of phrase an entry is matched on, in words: the matcher's "why" and the page share them. */
export const PHRASE_KINDS = ["name", "message", "alias", "translation"] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];

const KIND_LABEL: Record<PhraseKind, string> = {
  name: "name",
  message: "documented message",
  alias: "alias",
  translation: "translated name",
};

export function kindLabel(kind: PhraseKind): string {
  return KIND_LABEL[kind];
}
