import Link from "next/link";
import { listCompanies } from "@/lib/queries/companies";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const companies = await listCompanies();
  return (
    <ul>
      {companies.map((c) => (
        <li key={c.slug}>
          <Link href={`/companies/${c.slug}`}>{c.name}</Link>
        </li>
      ))}
    </ul>
  );
}
