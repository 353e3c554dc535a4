/** Lower case, accents and punctuation gone, words separated by one space: "Proton Mail" → "proton mail". */
export function normaliseName(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A company's name other than its own, from its metadata (lib/company-other-names.ts). */
export type OtherName = {
  name: string;
  /** `legal`: its legal name; `site`: the site its policy was published on, not its website. */
  kind: "legal" | "site";
};

/** What name matching reads of a company. */
export type NameMatched = {
  name: string;
  slug: string;
  supersededBy?: string | null;
  /** Matched after the name: a search for "Pro Softnet" finds IBackup (CompanySummary has it). */
  legalName?: string;
  otherNames?: readonly OtherName[];
};

/** A legal form closing a legal name: "Pro Softnet Corporation" is found as "Pro Softnet". */
const LEGAL_FORM = / (inc|incorporated|corp|corporation|llc|ltd|limited|gmbh|plc|co)$/;

/** The company's other names, normalised, each once and none equal to its name. */
function otherNamesOf(company: NameMatched): Array<{ other: OtherName; normalised: string }> {
  const own = normaliseName(company.name);
  const all: OtherName[] = [
    ...(company.legalName ? [{ name: company.legalName, kind: "legal" as const }] : []),
    ...(company.otherNames ?? []),
  ];
  const seen = new Set([own]);
  return all.flatMap((other) => {
    const normalised = normaliseName(other.name).replace(LEGAL_FORM, "");
    if (!normalised || seen.has(normalised)) return [];
    seen.add(normalised);
    return [{ other, normalised }];
  });
}

/** How well a normalised name matches a normalised term: 0 exact … 3 anywhere, null not at all. */
function textScore(t: string, name: string): number | null {
  const compactTerm = t.replace(/ /g, "");
  const compactName = name.replace(/ /g, "");
  if (name === t || compactName === compactTerm) return 0;
  if (name.startsWith(t) || compactName.startsWith(compactTerm)) return 1;
  if (name.split(" ").some((w) => w.startsWith(t)) || ` ${name}`.includes(` ${t}`)) return 2;
  if (compactName.includes(compactTerm)) return 3;
  return null;
}

/*
 * An other name ranks just after the same kind of match on a name, so "crashplan" lists Code 42
 * (its policy was at crashplan.com) after any company named CrashPlan, before names that merely
 * contain the word.
 */
const OTHER_NAME = 0.5;

/**
 * How well a company's name (or slug, or other names) matches what someone typed: 0 is best,
 * null no match. Exact name, then a name starting with the term, then a word of the name starting
 * with it, then the term anywhere — so "x" ranks X before Xanga, Xbox before Foxnews, at any
 * number of companies. Spaces and punctuation are ignored ("wetransfer" finds WeTransfer, "we
 * transfer" too).
 */
export function nameMatchScore(term: string, company: NameMatched): number | null {
  const t = normaliseName(term);
  if (!t) return null;
  const compactTerm = t.replace(/ /g, "");
  const slug = company.slug.replace(/-/g, "");
  if (slug === compactTerm) return 0;
  const scores = [
    textScore(t, normaliseName(company.name)),
    slug.includes(compactTerm) ? 4 : null,
    ...otherNamesOf(company).map((o) => {
      const score = textScore(t, o.normalised);
      return score === null ? null : score + OTHER_NAME;
    }),
  ].filter((s): s is number => s !== null);
  return scores.length ? Math.min(...scores) : null;
}

/**
 * The other name a term found the company by, when its own name and slug do not match it: shown
 * with the company, lest a search for "Pro Softnet" seem to answer IBackup at random.
 */
export function otherNameMatched(term: string, company: NameMatched): OtherName | null {
  const t = normaliseName(term);
  if (!t) return null;
  const compactTerm = t.replace(/ /g, "");
  if (
    textScore(t, normaliseName(company.name)) !== null ||
    company.slug.replace(/-/g, "").includes(compactTerm)
  )
    return null;
  let best: { other: OtherName; score: number } | null = null;
  for (const o of otherNamesOf(company)) {
    const score = textScore(t, o.normalised);
    if (score !== null && (!best || score < best.score)) best = { other: o.other, score };
  }
  return best?.other ?? null;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

const superseded = (c: { supersededBy?: string | null }) => (c.supersededBy ? 1 : 0);

/**
 * The companies matching the term, best match first; among equal matches an old recording a
 * newer one replaced comes after the rest ("protonmail" suggests Proton Mail before ProtonMail's
 * 2022 recording), then shorter names, then alphabetically.
 */
export function rankByName<T extends NameMatched>(term: string, companies: T[]): T[] {
  return companies
    .map((c) => ({ c, score: nameMatchScore(term, c) }))
    .filter((x): x is { c: T; score: number } => x.score !== null)
    .sort(
      (a, b) =>
        a.score - b.score ||
        superseded(a.c) - superseded(b.c) ||
        a.c.name.length - b.c.name.length ||
        collator.compare(a.c.name, b.c.name) ||
        a.c.slug.localeCompare(b.c.slug),
    )
    .map((x) => x.c);
}
