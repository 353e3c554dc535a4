/** Shown while a search runs: the page's outline, so nothing jumps when the results arrive. */
export default function SearchLoading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Search every clause</h1>
        <p role="status" className="mt-1 text-slate-600 dark:text-slate-400">
          Searching…
        </p>
      </div>
      <div className="h-20 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none dark:bg-slate-900" />
      <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <div className="hidden h-48 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none lg:block dark:bg-slate-900" />
        <div className="space-y-4">
          {[0, 1, 2].map((i) => (
            <div key={i} className="h-32 animate-pulse rounded-lg border border-slate-200 motion-reduce:animate-none dark:border-slate-800" />
          ))}
        </div>
      </div>
    </div>
  );
}
