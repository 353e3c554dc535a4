import Link from "next/link";

/** "Parent › Current" above a page title. */
export function Breadcrumb({
  parent,
  current,
}: {
  parent: { href: string; label: string };
  current: string;
}) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      <Link href={parent.href} className="hover:underline">
        {parent.label}
      </Link>{" "}
      › <span aria-current="page">{current}</span>
    </nav>
  );
}
