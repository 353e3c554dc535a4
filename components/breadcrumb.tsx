import { Fragment } from "react";
import Link from "@/components/app-link";

type Crumb = { href: string; label: string };

/** "Parent › Current" (or "Grandparent › Parent › Current") above a page title. */
export function Breadcrumb({ parent, current }: { parent: Crumb | Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      {(Array.isArray(parent) ? parent : [parent]).map((p) => (
        <Fragment key={p.href}>
          <Link href={p.href} className="hover:underline">
            {p.label}
          </Link>{" "}
          ›{" "}
        </Fragment>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
