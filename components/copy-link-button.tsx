"use client";

import { useState } from "react";

/** A link to the clause; with JavaScript it also copies the full URL to the clipboard. */
export function CopyLinkButton({ anchor, label }: { anchor: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={`#${anchor}`}
      onClick={async (e) => {
        const url = `${window.location.origin}${window.location.pathname}#${anchor}`;
        try {
          await navigator.clipboard.writeText(url);
          e.preventDefault();
          history.replaceState(null, "", `#${anchor}`);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          // Without clipboard access the plain link still puts the address in the location bar.
        }
      }}
      className="no-print inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-sky-300"
      aria-label={`Copy link to ${label}`}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 014 4l-1 1M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1" strokeLinecap="round" />
      </svg>
      <span aria-live="polite">{copied ? "Copied" : "Copy link"}</span>
    </a>
  );
}
