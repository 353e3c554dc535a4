import { splitHighlights } from "@/lib/search/highlight";

/** A search snippet with its matches in <mark>; text is rendered by React, never as HTML. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  return (
    <>
      {splitHighlights(snippet).map((part, i) =>
        part.hit ? (
          <mark
            key={i}
            className="rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-400/30 dark:text-amber-50"
          >
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
