import { listSomeCompanies } from "@/lib/queries/companies";
import { TextLink } from "@/components/text-link";

/**
 * An unknown company: say so and offer some we do have. Next renders this boundary with every
 * company page, so it reads a few rows, not the whole list.
 */
export default async function CompanyNotFound() {
  const companies = await listSomeCompanies(30).catch(() => []);
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-slate-500 uppercase">404</p>
      <h1 className="text-2xl font-bold">No such company in Policy Atlas</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Check the spelling, or pick one of the companies we cover:
      </p>
      <ul className="flex flex-wrap justify-center gap-3">
        {companies.map((c) => (
          <li key={c.slug}>
            <TextLink href={`/companies/${c.slug}`}>{c.name}</TextLink>
          </li>
        ))}
      </ul>
      <p>
        <TextLink href="/">Back to the comparison</TextLink>
      </p>
    </div>
  );
}
