import type { RendererProps } from "@/lib/content/components";

export type NoteProps = RendererProps<"Note">;

/**
 * A note beside the text. `role="note"` rather than an `<aside>` landmark: an article may hold
 * several notes, and landmarks must be unique.
 */
export function Note({ children }: NoteProps) {
  return (
    <div
      role="note"
      className="my-6 rounded-lg border border-blue-200 bg-blue-50 px-4 py-1 dark:border-blue-800 dark:bg-blue-950"
    >
      {children}
    </div>
  );
}
