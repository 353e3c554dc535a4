/** "+2 added · 1 removed · 3 modified", in words as well as signs (not colour alone). */
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
    return (
      <span className="text-slate-600 dark:text-slate-400">no clause changed (layout only)</span>
    );
  return <span>{parts.join(" · ")}</span>;
}
