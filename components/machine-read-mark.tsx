/**
 * The mark every machine-read finding carries (DESIGN.md: a distinct mark and the word, never
 * colour alone): a dashed outline, a scan icon and "Machine-read, not reviewed", linking to
 * what machine reading can and cannot do.
 */
export function MachineReadMark({ compact = false }: { compact?: boolean }) {
  return (
    <a
      href="/methodology#machine-reading"
      title="Read by software, not checked by a person: how accurate is it?"
      className={`inline-flex items-center gap-1 rounded border border-dashed border-violet-500 bg-violet-50 font-medium text-violet-900 no-underline hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-violet-400 dark:bg-violet-950 dark:text-violet-100 ${compact ? "px-1 py-0 text-[0.7rem]" : "px-1.5 py-0.5 text-xs"}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="h-3 w-3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      >
        <path d="M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3" strokeLinecap="round" />
        <path d="M5 8h6" strokeLinecap="round" />
      </svg>
      {compact ? "Machine-read" : "Machine-read, not reviewed"}
    </a>
  );
}
