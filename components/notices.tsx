/** What the page did with the URL it was given, in one sentence each. */
export function Notices({
  messages,
  id,
}: {
  messages: string[];
  /** Named, the box can take focus (tabindex -1), so a page can lead the keyboard to it. */
  id?: string;
}) {
  if (messages.length === 0) return null;
  return (
    <div
      id={id}
      tabIndex={id ? -1 : undefined}
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {/* Notices echo what the URL said (`add=` + a long word): it breaks rather than widen the page. */}
      <ul className="list-inside list-disc space-y-1 [overflow-wrap:anywhere]">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
