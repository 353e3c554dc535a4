/**
 * That `count` characters of the policy's text were unreadable when it was recorded (or archived)
 * and are shown as the replacement character: the quotes are verbatim, so the page cannot mend
 * them, and a reader should not take "�Nissan�" for the policy's own spelling.
 */
export function UnreadableTextNote({ count, recorded }: { count: number; recorded: boolean }) {
  if (count === 0) return null;
  const one = count === 1;
  return (
    <p
      role="note"
      data-testid="unreadable-text"
      className="mt-2 max-w-prose text-sm text-slate-700 dark:text-slate-300"
    >
      {count.toLocaleString("en")} character{one ? "" : "s"} of the{" "}
      {recorded ? "recorded" : "archived"} text could not be read when it was{" "}
      {recorded ? "recorded" : "archived"}, and {one ? "is" : "are"} shown as
      &ldquo;&#xFFFD;&rdquo;.
    </p>
  );
}
