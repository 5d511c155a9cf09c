import type { RendererProps } from "@/lib/content/components";
import { languageName } from "@/lib/site/format";

export type TranslatedNamesProps = RendererProps<"Translated">;

/** The entry's name as a localised user interface shows it, in that language's markup. */
export function TranslatedNames({ lang, names }: TranslatedNamesProps) {
  const language = languageName(lang);
  return (
    <p className="!my-0.5 text-sm text-slate-700 dark:text-slate-300">
      <span className="font-medium">{language}:</span>{" "}
      {names.map((name, i) => (
        <span key={name}>
          {i > 0 ? ", " : null}
          <span lang={lang} className="font-mono">
            {name}
          </span>
        </span>
      ))}
    </p>
  );
}
