/**
 * "2 modified · 1 added", in words as well as signs (not colour alone). A version with none is
 * badged "Layout only" (or "Re-extraction") beside it, so the words here need not say why.
 */
export function ChangeCounts({
  added,
  removed,
  modified,
}: {
  added: number;
  removed: number;
  modified: number;
}) {
  const parts = [
    modified ? `${modified} modified` : null,
    added ? `${added} added` : null,
    removed ? `${removed} removed` : null,
  ].filter(Boolean);
  if (parts.length === 0)
    return <span className="text-slate-600 dark:text-slate-400">no clause changed</span>;
  return <span>{parts.join(" · ")}</span>;
}
