import { holdsQuotes, quoteQuery } from "@/lib/search/quote-query";

/**
 * A search query in a sentence: in curly quotes, or, when it holds quotes of its own beside other
 * words, exactly as typed in a code style, so the reader sees the query and no quotes around quotes.
 * Either way it may break anywhere: a word longer than the line (pasted, or a key held down) would
 * otherwise widen the page, and `break-words` does not narrow the grid column that holds it.
 */
export function SearchQueryText({ q }: { q: string }) {
  if (!holdsQuotes(q)) return <span className="[overflow-wrap:anywhere]">{quoteQuery(q)}</span>;
  return (
    <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.95em] [overflow-wrap:anywhere] text-slate-900 dark:bg-slate-800 dark:text-slate-100">
      {q}
    </code>
  );
}
