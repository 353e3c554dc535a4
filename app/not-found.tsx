import Link from "@/components/app-link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-slate-500 uppercase">404</p>
      <h1 className="text-2xl font-bold">We couldn&rsquo;t find that page</h1>
      <p className="text-slate-700 dark:text-slate-300">
        The company or practice may be spelled differently, or not in Policy Atlas yet.
      </p>
      <ul className="flex flex-wrap justify-center gap-4 text-sky-800 dark:text-sky-300">
        <li>
          <Link href="/" className="underline">
            Compare all companies
          </Link>
        </li>
        <li>
          <Link href="/practices" className="underline">
            Browse practices
          </Link>
        </li>
        <li>
          <Link href="/search" className="underline">
            Search every clause
          </Link>
        </li>
      </ul>
    </div>
  );
}
