import { holdsQuotes, quoteQuery } from "@/lib/search/quote-query";

/**
 * A search query in a sentence: in curly quotes, or, when it holds quotes of its own beside other
 * words, exactly as typed in a code style, so the reader sees the query and no quotes around quotes.
 */
export function SearchQueryText({ q }: { q: string }) {
  if (!holdsQuotes(q)) return <>{quoteQuery(q)}</>;
  return (
    <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.95em] break-words text-slate-900 dark:bg-slate-800 dark:text-slate-100">
      {q}
    </code>
  );
}
