/**
 * The words after a fold's summary that say what a click does: "(what these are)" while it is
 * closed, "(hide)" once open. CSS alone (the <details> needs the `group` class), so they need no
 * JavaScript, and they stay off paper.
 */
export function FoldToggleWords({ closed = "what these are" }: { closed?: string }) {
  return (
    <span className="no-print text-sky-800 underline dark:text-sky-300">
      <span className="group-open:hidden">({closed})</span>
      <span className="hidden group-open:inline">(hide)</span>
    </span>
  );
}
