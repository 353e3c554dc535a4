import { createHash } from "node:crypto";
import type { Rating } from "../../ratings";
import type { PlannedClause, PlannedCompany, PlannedFinding, SeedPlan } from "../build-seed-plan";
import { anchorFor, squashWhitespace as squash } from "../segment-policy";
import { syntheticIdentity, type SyntheticIdentity } from "./names";
import { createRandom, type Random } from "./random";

export type SyntheticOptions = { companies: number; seed?: number };

/** How often each rating is drawn: mostly common practice, some concerning, a little silence. */
const RATING_WEIGHTS: Record<Rating, number> = {
  protective: 15,
  neutral: 45,
  concerning: 25,
  "not-addressed": 15,
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Wording pairs a company's copy may use either way; each company picks one side of each. */
const SYNONYMS: Array<[RegExp, string]> = [
  [/\bpersonal information\b/g, "personal data"],
  [/\bWeb site\b/g, "website"],
  [/\bweb site\b/g, "website"],
  [/\be-mail\b/g, "email"],
  [/\bthird parties\b/g, "other companies"],
  [/\bwe may\b/g, "we might"],
];

/** A standalone count: not part of a word, a decimal, a web address or a date. */
const NUMBER = new RegExp(
  `(?<![\\w.,$/:#-]|(?:${MONTHS.join("|")}) )(\\d{1,3})(?![\\w%]|[.,]\\d|,? \\d{4})`,
  "g",
);

type PoolClause = { source: PlannedCompany; clause: PlannedClause };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/*
 * Each company draws from its own stream, derived from the seed and its number, so company
 * 0042 is the same whether 100 or 1,000 companies are generated.
 */
const streamFor = (seed: number, n: number) =>
  createRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(n, 0x85ebca6b)) >>> 0);

/** Rewrites a real clause as the synthetic company's: names, web addresses and some numbers and wording. */
function reworder(sources: PlannedCompany[], who: SyntheticIdentity, random: Random) {
  const replacements: Array<[RegExp, string]> = [];
  for (const s of sources) {
    const host = new URL(s.website).host.replace(/^www\./, "");
    replacements.push([new RegExp(`\\bwww\\.${escape(host)}`, "gi"), `www.${who.host}`]);
    replacements.push([new RegExp(`\\b${escape(host)}`, "gi"), who.host]);
    if (s.legalName !== s.name)
      replacements.push([new RegExp(`\\b${escape(s.legalName)}`, "g"), who.legalName]);
    for (const n of new Set([s.name, s.name.replace(/\s+/g, "")])) {
      replacements.push([new RegExp(`\\b${escape(n)}\\b`, "gi"), who.name]);
      // Product names built on the company name: "MozyPro" becomes "NorthwindBackupPro".
      replacements.push([new RegExp(`\\b${escape(n)}(?=[A-Z])`, "g"), who.brand]);
    }
  }
  const wording = SYNONYMS.filter(() => random.next() < 0.5);
  const names = (text: string) => replacements.reduce((t, [re, to]) => t.replace(re, to), text);
  return {
    heading: names,
    text: (text: string) => {
      const worded = wording.reduce((t, [re, to]) => t.replace(re, to), names(text));
      // Small counts (days, months, years of retention) vary; dates and four-digit years stay as they are.
      return worded.replace(NUMBER, (m, digits: string) => {
        if (random.next() < 0.5) return m;
        const n = Number(digits);
        return String(Math.max(1, Math.round(n * (0.5 + random.next()))));
      });
    },
  };
}

/** The first sentence of a clause (whitespace squashed), cut to a readable length: an exact substring. */
function quoteFrom(text: string): string {
  const flat = squash(text);
  const sentence = flat.split(/(?<=[.!?])\s+/)[0] ?? flat;
  if (sentence.length >= 12 && sentence.length <= 300) return sentence;
  if (flat.length <= 300) return flat;
  const cut = flat.slice(0, 240);
  return cut.slice(0, cut.lastIndexOf(" ") > 12 ? cut.lastIndexOf(" ") : 240);
}

function templateSummary(name: string, practice: string, rating: Rating): string {
  switch (rating) {
    case "protective":
      return `${name} goes beyond common practice on ${practice}: the policy sets clear limits in the user's favour.`;
    case "neutral":
      return `${name} describes its ${practice} in the usual terms, with the common limits stated.`;
    case "concerning":
      return `${name} leaves ${practice} open-ended: the policy allows more than common practice and states no limit.`;
    default:
      return `The policy does not say anything about ${practice}.`;
  }
}

function policyMarkdown(title: string, clauses: PlannedClause[]): string {
  const lines = [`# ${title}`, ""];
  let heading: string[] = [];
  for (const c of clauses) {
    c.headingPath.forEach((h, depth) => {
      if (heading[depth] !== h) {
        lines.push(`${"#".repeat(Math.min(depth + 2, 6))} ${h}`, "");
        heading = c.headingPath.slice(0, depth + 1);
      }
    });
    lines.push(c.text, "");
  }
  return lines.join("\n");
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function planCompany(
  n: number,
  seed: number,
  source: SeedPlan,
  pool: PoolClause[],
  summaries: Map<string, string[]>,
): PlannedCompany {
  const random = streamFor(seed, n);
  const who = syntheticIdentity(n, random);
  const reword = reworder(source.companies, who, random);

  const ratings = new Map(source.practices.map((p) => [p.slug, random.weighted(RATING_WEIGHTS)]));
  const chosen = new Set(random.sample(pool, random.int(36, 44)));
  for (const [practice, rating] of ratings) {
    if (rating === "not-addressed") continue;
    if ([...chosen].some((c) => c.clause.practices.includes(practice))) continue;
    const speaking = pool.filter((c) => c.clause.practices.includes(practice));
    if (speaking.length) chosen.add(random.pick(speaking));
    else ratings.set(practice, "not-addressed");
  }

  // Sections stay in their source order, so the policy reads as a policy; sources are shuffled.
  const sourceOrder = new Map(random.shuffle(source.companies).map((c, i) => [c.slug, i]));
  const ordered = [...chosen].sort(
    (a, b) =>
      sourceOrder.get(a.source.slug)! - sourceOrder.get(b.source.slug)! ||
      a.clause.position - b.clause.position,
  );

  const taken = new Set<string>();
  const lastSuffix = new Map<string, number>();
  const clauses: PlannedClause[] = ordered.map((c, i) => {
    const headingPath = c.clause.headingPath.map(reword.heading);
    const text = reword.text(c.clause.text);
    // A practice the company is silent on has, by definition, no clause speaking to it.
    const practices = c.clause.practices.filter((p) => ratings.get(p) !== "not-addressed");
    return {
      position: i + 1,
      headingPath,
      text,
      anchor: anchorFor(headingPath, text, taken, lastSuffix),
      practices,
    };
  });

  const findings: PlannedFinding[] = source.practices.map((p) => {
    const rating = ratings.get(p.slug)!;
    const candidates = summaries.get(`${p.slug}|${rating}`) ?? [];
    const summary = candidates.length
      ? reword.heading(random.pick(candidates))
      : templateSummary(who.name, p.name.toLowerCase(), rating);
    if (rating === "not-addressed") return { practice: p.slug, rating, summary, evidence: [] };
    const speaking = clauses.filter((c) => c.practices.includes(p.slug));
    const evidence = random
      .sample(speaking, random.int(1, Math.min(3, speaking.length)))
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ anchor: c.anchor, quote: quoteFrom(c.text) }));
    return { practice: p.slug, rating, summary, evidence };
  });

  const effective = new Date(
    Date.UTC(random.int(2006, 2014), random.int(0, 11), random.int(1, 28)),
  );
  const archived = new Date(effective.getTime() + random.int(30, 900) * 86_400_000);
  const title = `${who.name} Privacy Policy`;
  const text = policyMarkdown(title, clauses);
  return {
    slug: who.slug,
    name: who.name,
    // Made-up backup services, like the five real ones they are reworded from.
    sector: "cloud-storage",
    legalName: who.legalName,
    website: who.website,
    policy: {
      file: `${who.slug}.md`,
      title,
      sourceUrl: `${who.website}/privacy`,
      archiveUrl: null,
      archivedOn: isoDay(archived),
      recordedBy: null,
      effectiveDate: isoDay(effective),
      effectiveDatePrecision: "day",
      // The label, like the real seed's, is the kind of date; the page formats the date itself.
      effectiveDateLabel: "Last modified",
      text,
      contentHash: createHash("sha256").update(text).digest("hex"),
    },
    clauses,
    findings,
  };
}

/**
 * Plans `companies` made-up companies from the real seed plan: each gets ~40 real clauses
 * (reworded, with their practice tags), a finding for every practice with 1–3 evidence
 * clauses of its own (none when not addressed). Pure and deterministic for a given seed.
 */
export function buildSyntheticPlan(source: SeedPlan, opts: SyntheticOptions): PlannedCompany[] {
  if (!Number.isInteger(opts.companies) || opts.companies < 0 || opts.companies > 9999)
    throw new Error("companies must be a whole number from 0 to 9999");
  const seed = opts.seed ?? 1;
  const pool: PoolClause[] = source.companies.flatMap((s) =>
    s.clauses.map((clause) => ({ source: s, clause })),
  );
  const summaries = new Map<string, string[]>();
  for (const s of source.companies)
    for (const f of s.findings) {
      const key = `${f.practice}|${f.rating}`;
      summaries.set(key, [...(summaries.get(key) ?? []), f.summary]);
    }
  return Array.from({ length: opts.companies }, (_, i) =>
    planCompany(i + 1, seed, source, pool, summaries),
  );
}
