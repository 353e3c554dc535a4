export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4 py-6">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-full max-w-2xl animate-pulse rounded bg-slate-100 dark:bg-slate-900" />
      <div className="h-64 w-full animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />
    </div>
  );
}
