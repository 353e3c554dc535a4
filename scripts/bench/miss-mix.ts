import { gridHref, searchHref } from "../../lib/params/hrefs";
import { seededRandom } from "../../lib/reading/training/random";

/*
 * The URLs of the miss-heavy mix (issue 11, "the miss path"): first visits, the kind most URLs
 * are once 307 companies can be compared in any combination. Drawn from a seeded generator, so
 * every run (and every branch) loads exactly the same URLs and runs can be compared.
 */

/** `n` distinct items drawn at random from `xs`, in the order of `xs`. */
function sample<T>(xs: readonly T[], n: number, random: () => number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, xs.length)) chosen.add(Math.floor(random() * xs.length));
  return [...chosen].sort((a, b) => a - b).map((i) => xs[i]!);
}

/** An integer from `min` to `max`, both included. */
const between = (min: number, max: number, random: () => number) =>
  min + Math.floor(random() * (max - min + 1));

/**
 * Realistic searches: what a reader of privacy policies types, from single words to phrases,
 * exclusions and alternatives (websearch syntax, see the README's search section).
 */
export const MIX_QUERIES = [
  "arbitration",
  "class action",
  "delete account",
  "delete my data",
  '"third parties"',
  "sell personal information",
  '"do not sell"',
  "cookies",
  "cookies -session",
  "cookies or beacons",
  "advertising partners",
  "targeted advertising",
  "data retention",
  "how long we keep",
  "retained backups",
  "children under 13",
  "parental consent",
  "law enforcement",
  "subpoena",
  "court order",
  "government request",
  "data breach",
  "security measures",
  "encryption",
  "end-to-end encryption",
  "location data",
  "precise location",
  "biometric",
  "facial recognition",
  "health data",
  "contacts address book",
  "phone number",
  "email address",
  "ip address",
  "device identifiers",
  "do not track",
  "global privacy control",
  "opt out",
  "unsubscribe marketing",
  "consent withdraw",
  "gdpr",
  "ccpa",
  "california residents",
  "data protection officer",
  "supervisory authority",
  "international transfer",
  '"standard contractual clauses"',
  "privacy shield",
  "safe harbor",
  "merger acquisition",
  "bankruptcy",
  "business transfer",
  "changes to this policy",
  "notify you by email",
  "access your data",
  "correct inaccurate",
  "data portability",
  "right to erasure",
  "legitimate interest",
  "service providers",
  "analytics",
  "google analytics",
  "social media plugins",
  "facebook pixel",
  "payment information",
  "credit card",
  "voice recordings",
  "camera microphone",
  "artificial intelligence",
  "machine learning training",
  "profiling automated decision",
  "affiliates share",
  "anonymized aggregated",
  "pseudonymised",
  "log files",
  "browser fingerprint",
  "web beacons pixels",
  "local storage",
  "retention period months",
  "deleted within 30 days",
  "backup copies",
  "account closure",
  "inactive accounts",
  "minors",
  "age verification",
  "sensitive personal data",
  "political opinions",
  "sexual orientation",
  "criminal records",
  "credit reference agencies",
  "fraud prevention",
  "customer support chats",
  "messages content",
  "metadata",
  "uploaded files",
  "shared publicly",
  "search history",
  "purchase history",
  "loyalty program",
  "complaint",
] as const;

export type MixUrls = { grids: string[]; searches: string[] };

/**
 * `grids` distinct comparisons of 2–5 of `companies` on a random subset of `practices`, and
 * `searches` distinct searches: the fixed queries in turn, without the provenance filter or
 * with one of its two values.
 */
export function missMixUrls(opts: {
  companies: readonly string[];
  practices: readonly string[];
  grids: number;
  searches: number;
  seed: number;
  /** Paths requested elsewhere in the run, which the cache may therefore hold: never drawn. */
  exclude?: ReadonlySet<string>;
}): MixUrls {
  const excluded = opts.exclude ?? new Set<string>();
  const random = seededRandom(opts.seed);
  const grids = new Set<string>();
  for (let tries = 0; grids.size < opts.grids && tries < opts.grids * 100; tries++) {
    const companies = sample(opts.companies, between(2, 5, random), random);
    const practiceCount = between(1, opts.practices.length, random);
    const practices =
      practiceCount === opts.practices.length
        ? ("all" as const)
        : sample(opts.practices, practiceCount, random);
    const href = gridHref({ companies, practices });
    if (!excluded.has(href)) grids.add(href);
  }
  // Query i with filter i mod 3: distinct pairs for as many searches as queries × 3.
  const filters = [null, "curated", "machine"] as const;
  const searches: string[] = [];
  for (let i = 0; searches.length < opts.searches && i < MIX_QUERIES.length * filters.length; i++) {
    const href = searchHref({
      q: MIX_QUERIES[i % MIX_QUERIES.length]!,
      provenance: filters[i % 3]!,
    });
    if (!excluded.has(href)) searches.push(href);
  }
  return { grids: [...grids], searches };
}

/** The same items in an order drawn from `seed` (Fisher–Yates). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
