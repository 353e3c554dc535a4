/**
 * A link to a clause. Plain HTML (it puts the address in the location bar without JavaScript);
 * CopyLinkHandler adds copying to the clipboard for every one of them with a single listener.
 */
export function CopyLink({ anchor, label }: { anchor: string; label: string }) {
  return (
    <a
      href={`#${anchor}`}
      data-copy-link=""
      aria-label={`Copy link to ${label}`}
      className="no-print inline-block rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-sky-300"
    >
      Copy link
    </a>
  );
}
