import type { KbEntry } from "@/lib/lookup/types";

export type EntryTableProps = { entries: KbEntry[] };

/** The errors of a section at a glance, each linking to its entry. */
export function EntryTable({ entries }: EntryTableProps) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Error</th>
          <th scope="col">What the software shows</th>
          <th scope="col">In short</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <a href={`#${entry.id}`}>{entry.name}</a>
            </td>
            <td>
              <code>{entry.messages.join(" / ")}</code>
            </td>
            <td>{entry.description.split(/(?<=\.)\s/)[0]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
