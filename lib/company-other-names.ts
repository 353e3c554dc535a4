import type { OtherName } from "./name-match";

/** A URL's host without "www.", or null for no URL or one that does not parse. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/**
 * The names a company goes by besides its own, as its metadata states them (nothing is guessed):
 * its legal name when that is not its name ("Pro Softnet Corporation" for IBackup), and the site
 * its policy was published on when that is not its website (Code 42's policy was CrashPlan's, at
 * crashplan.com). A machine-read company's website is its policy's site, and its legal name its
 * name, so it has none.
 */
export function companyOtherNames(company: {
  name: string;
  legalName: string;
  website: string;
  policySourceUrl: string | null;
}): OtherName[] {
  const out: OtherName[] = [];
  const squeeze = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
  if (company.legalName && squeeze(company.legalName) !== squeeze(company.name))
    out.push({ name: company.legalName, kind: "legal" });
  const site = hostOf(company.policySourceUrl);
  if (site && site !== hostOf(company.website)) out.push({ name: site, kind: "site" });
  return out;
}
