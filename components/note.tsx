import type { ReactNode } from "react";

export type NoteProps = { children: ReactNode };

export function Note({ children }: NoteProps) {
  return (
    <aside
      aria-label="Note"
      className="my-6 rounded-lg border border-blue-200 bg-blue-50 px-4 py-1 dark:border-blue-800 dark:bg-blue-950"
    >
      {children}
    </aside>
  );
}
