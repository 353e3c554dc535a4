"use client";

import Link from "@/components/app-link";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="text-slate-700 dark:text-slate-300">
        The page could not be loaded just now. Try again in a moment, or go back to the comparison.
      </p>
      <div className="flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          Try again
        </button>
        <Link
          href="/"
          className="rounded-md border border-slate-300 px-4 py-2 dark:border-slate-700"
        >
          Back to the comparison
        </Link>
      </div>
    </div>
  );
}
