import type { RendererProps } from "@/lib/content/components";

export type EntryLifecycleProps = RendererProps<"Lifecycle">;

/** An entry's own lifecycle, when it differs from its article's. */
export function EntryLifecycle({ status, since, note }: EntryLifecycleProps) {
  return (
    <p className="!my-2 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-1 text-sm dark:bg-amber-950">
      <span className="font-semibold capitalize">{status}</span>
      {since ? <> since {since}</> : null}
      {note ? <>: {note}</> : null}
    </p>
  );
}
