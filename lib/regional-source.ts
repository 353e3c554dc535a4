/**
 * What a policy's recorded address says about the region it was written for: Open Terms Archive
 * records one page per service, and for some that page is a regional copy (TikTok's EEA policy,
 * Snapchat's en-GB site). Read from the address only, never from the text: a note appears only
 * where the address itself names a region or an English locale, and an address that names none
 * (or only a language, or "worldwide") gets none.
 *
 * Left out on purpose: country domains (bbc.co.uk, deliveroo.ie), which name where a company is
 * at home more often than a regional copy, and words that could be something else ("us" inside
 * "about-us").
 */
export type RegionalSource = {
  /** The region's code as the address gives it: "EEA", "EU" or a country ("GB", "IE", "US"…). */
  region: string;
  /** "region": the page for a region; "locale": the page in a country's English. */
  kind: "region" | "locale";
  /** One sentence for the reader, e.g. "Recorded from the page for the EEA". */
  note: string;
};

/** Country codes the atlas can name, with their name and, where English is spoken, its adjective. */
const COUNTRIES: Record<string, { name: string; english?: string }> = {
  US: { name: "the US", english: "US" },
  GB: { name: "the UK", english: "UK" },
  IE: { name: "Ireland", english: "Irish" },
  CA: { name: "Canada", english: "Canadian" },
  AU: { name: "Australia", english: "Australian" },
  NZ: { name: "New Zealand", english: "New Zealand" },
  IN: { name: "India", english: "Indian" },
  SG: { name: "Singapore", english: "Singapore" },
  ZA: { name: "South Africa", english: "South African" },
  AT: { name: "Austria" },
  BE: { name: "Belgium" },
  BR: { name: "Brazil" },
  CH: { name: "Switzerland" },
  CZ: { name: "Czechia" },
  DE: { name: "Germany" },
  DK: { name: "Denmark" },
  ES: { name: "Spain" },
  FI: { name: "Finland" },
  FR: { name: "France" },
  IT: { name: "Italy" },
  JP: { name: "Japan" },
  MX: { name: "Mexico" },
  NL: { name: "the Netherlands" },
  NO: { name: "Norway" },
  PL: { name: "Poland" },
  PT: { name: "Portugal" },
  SE: { name: "Sweden" },
};

const AREAS: Record<string, string> = { EEA: "the EEA", EU: "the EU" };

/** Codes that name a region however they appear; "UK" is the common spelling of GB. */
const region = (code: string): string | null => {
  const c = code.toUpperCase();
  if (c === "UK") return "GB";
  return c in AREAS || c in COUNTRIES ? c : null;
};

/**
 * A whole path segment or host label that is a region on its own. Only codes that are no
 * language: "/de/" or "/fr/" may be a language, "/us/", "/uk/", "/ie/" and "/eea/" are not.
 */
const BARE = new Set(["eea", "eu", "uk", "gb", "us", "ie", "cz"]);
/** Inside a segment, between hyphens ("privacy-policy-eea", "gb-privacy-policy-2021"). */
const TOKEN = new Set(["eea", "eu", "uk", "gb"]);
/** Query parameters that name a country ("gl=IE", "regionCode=IE", "localization=gb"). */
const COUNTRY_PARAMS = ["gl", "regioncode", "region", "country", "localization"];
/** Query parameters that hold a locale ("hl=en-GB", "locale.x=en_CZ", "lang=en"). */
const LOCALE_PARAMS = ["hl", "lang", "locale", "locale.x"];
/** An English locale in either order: "en-GB", "en_us", "us-en", "be-en". */
const LOCALE = /(?:^|[^a-z])(?:en[-_]([a-z]{2})|([a-z]{2})[-_]en)(?![a-z])/i;
const LOCALES = new RegExp(LOCALE.source, "gi");

function localeRegion(text: string): string | null {
  const m = LOCALE.exec(text);
  const code = m?.[1] ?? m?.[2];
  return code ? region(code) : null;
}

function regionNote(code: string): RegionalSource {
  const name = AREAS[code] ?? COUNTRIES[code]!.name;
  return { region: code, kind: "region", note: `Recorded from the page for ${name}` };
}

function localeNote(code: string): RegionalSource {
  const english = COUNTRIES[code]?.english;
  // English for a country that does not speak it (en-FR, be-en) is that country's page.
  if (!english) return regionNote(code);
  return { region: code, kind: "locale", note: `Recorded from the ${english} English page` };
}

/** The region a recorded address names, or null when it names none (see the module comment). */
export function regionalSource(sourceUrl: string | null): RegionalSource | null {
  if (!sourceUrl) return null;
  let url: URL;
  try {
    url = new URL(sourceUrl);
  } catch {
    return null;
  }
  const params = new Map([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v]));

  // A country named outright wins over a locale: Google's "?hl=en-GB&gl=IE" is the Irish page.
  for (const p of COUNTRY_PARAMS) {
    const code = region(params.get(p) ?? "");
    if (code) return regionNote(code);
  }
  const segments = url.pathname.toLowerCase().split("/").filter(Boolean);
  for (const s of segments) {
    const bare = BARE.has(s) ? region(s) : null;
    if (bare) return regionNote(bare);
    // "en-gb" is a locale, read below, not the region "gb" between hyphens.
    const token = s
      .replace(LOCALES, " ")
      .split(/[-_. ]/)
      .find((t) => TOKEN.has(t) || t.startsWith("eea"));
    if (token) return regionNote(token.startsWith("eea") ? "EEA" : region(token)!);
  }
  // A subdomain such as uk.match.com or legal.eu.wargaming.net (never the domain itself).
  for (const label of url.hostname.toLowerCase().split(".").slice(0, -2)) {
    const code = BARE.has(label) ? region(label) : null;
    if (code) return regionNote(code);
  }

  const locale =
    segments.map(localeRegion).find((c) => c !== null) ??
    LOCALE_PARAMS.map((p) => localeRegion(params.get(p) ?? "")).find((c) => c !== null);
  if (!locale) return null;
  return locale in AREAS ? regionNote(locale) : localeNote(locale);
}
