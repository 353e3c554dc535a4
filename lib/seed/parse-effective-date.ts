/**
 * What the policy calls its date: "Effective" (effective, valid from, applies from), "Last
 * modified" (last updated, revised, modified…), or "Dated" when the date is labelled only
 * "Date:" or stands alone under the policy's heading.
 */
import type { DatePrecision } from "../date-precision";

export type StatedDateLabel = "Effective" | "Last modified" | "Dated";
/**
 * `date` is a day ("2026-06-30") or, for a policy that states only a month ("Last updated: June
 * 2026"), that month ("2026-06"): no day is ever made up. `precision` says which.
 */
export type StatedDate = {
  date: string;
  precision: DatePrecision;
  label: StatedDateLabel;
  stated: string;
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
// Month names are checked against MONTHS afterwards, so a word such as "Smarch" never counts.
const DATE = [
  String.raw`[A-Za-z]{3,9}\.? ${DAY}[,.]? \d{4}`, // August 5, 2026 · Sept. 5, 2011 · Apr 19th, 2025
  String.raw`${DAY}(?: of)? [A-Za-z]{3,9}\.?,? \d{4}`, // 30 November 2025 · 7th of May 2020
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`, // 06-21-2023 · 21.06.2023 · 1/17/2011
  String.raw`\d{4}[-./]\d{1,2}[-./]\d{1,2}`, // 2012-03-04 · 2020.12.07
].join("|");
// A month and year with no day: "June 2026", "May, 2023", "Sept. 2024", "03/2024", "04 - 2021"
// (FedEx). A year before the month is left alone ("2011-12" is as often a span of years as a
// month); a month is only ever read after a label, never standing alone.
const MONTH_DATE = [String.raw`[A-Za-z]{3,9}\.?,? \d{4}`, String.raw`\d{1,2}(?:/| ?- ?)\d{4}`].join(
  "|",
);

// A label with "last" before it may be followed by a few words ("Last Updated and Effective:",
// "last published on:"); a bare one only by connecting words, so that "we have updated our
// October 31, 2025 policy" or "the revised Act of 25 September 2020" are not read as its date.
const LOOSE_LABEL = String.raw`last (?:updated?|modified|modification|revised|revision|amended|changed?|published|reviewed)`;
const TIGHT_LABEL = String.raw`effective(?: date)?|revision date|updated|modified|revised|(?:valid|applies|applicable|in force) (?:from|since|as of)|(?:went|goes|came|comes) into effect|(?:version )?date(?= ?:)|version(?= ?:)`;
const CONNECTOR = String.raw`(?: ?[:,–-])?(?: (?:date|as of|from|on|starting|since|is|was|in|at)(?: ?:)?){0,3}`;
type Patterns = { labelled: RegExp; labelLine: RegExp; dateLine: RegExp };
const patterns = (date: string): Patterns => ({
  labelled: new RegExp(
    String.raw`(?<![\p{L}\d])(?:(${LOOSE_LABEL})(?!\p{L})[^\d.:\n]{0,30}?:?|(${TIGHT_LABEL})(?!\p{L})${CONNECTOR}) ?(${date})(?!\d)`,
    "giu",
  ),
  // A label ending its line, the date on the next ("Last Update of this Privacy Policy:").
  labelLine: new RegExp(
    String.raw`(?<![\p{L}\d])(?:(${LOOSE_LABEL})(?!\p{L})[^\d.:\n]{0,40}|(${TIGHT_LABEL})(?!\p{L})${CONNECTOR}) ?:?$`,
    "iu",
  ),
  dateLine: new RegExp(String.raw`^(?:${date})$`),
});
const DAY_PATTERNS = patterns(DATE);
const MONTH_PATTERNS = patterns(MONTH_DATE);
// A date is not the policy's own when the words just around it name a law ("the GDPR, effective
// 25 May 2018"; "as amended by Proposition 24, effective December 16, 2020"; "Effective January
// 1, 2020, the California Consumer Privacy Act allows…"; "KRS § 367.3611 [Effective January 1, 2026]").
const LAW = String.raw`\b(?:gdpr|ccpa|cpra|regulation|act|directive|law|code|ordinance|proposition|amended)\b|§`;
const LAW_BEFORE = new RegExp(String.raw`(?:${LAW}).{0,30}$`, "i");
const LAW_AFTER = new RegExp(String.raw`^,[^.]{0,40}(?:${LAW})`, "i");
// "effective from June 24, 2021, until October 6, 2025": a past version's span, not this one's date.
const RANGE_AFTER = /^,? ?(?:until|till|to|through|–|-) ?(?:\d|[a-z]{3,9}\.? \d)/i;
// "A new Privacy Policy becomes effective on January 1, 2023" (Nextdoor, under its own "effective
// June 15, 2021"): the date of a text announced, not of the one recorded. Since the latest labelled
// date wins, an announced one would otherwise be taken.
const ANNOUNCED_BEFORE =
  /\bnew (?:version of (?:this|our|the) )?(?:privacy )?(?:policy|notice|statement|version|terms)\b[^.]{0,30}$/i;
const HEADING_UNDERLINE = /^(?:=+|-+)$/;
// How far down a date standing alone under a heading still heads the policy (VR's sits under its
// third heading, 470 characters in); further down a bare date is more likely a section's own.
const BARE_DATE_REACH = 1500;
// Where a policy states its date: near the top, or in a closing line ("Last updated: 9 February
// 2024" ends HSBC's and Badoo's policies). Only a labelled date is taken from the end.
const HEAD = 5000;
const TAIL = 3000;

function isoDay(y: number, m: number, d: number): string | null {
  // Date.UTC maps years 0–99 to 1900–1999; no privacy policy predates the web anyway.
  if (y < 1990 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A numeric date whose day and month could be either way round (01/02/2026) is read only when
 * both readings agree (08.08.2023): the corpus mixes US and European policies and states no
 * locale we could trust, so a guess would be a wrong date half the time.
 */
function numericDay(a: number, b: number, y: number): string | null {
  if (a > 12) return isoDay(y, b, a);
  if (b > 12 || a === b) return isoDay(y, a, b);
  return null;
}

function toIso(raw: string): string | null {
  // Both separators must be the same: "2020.12-07" is not a date.
  const iso = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$/.exec(raw);
  if (iso) return isoDay(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const num = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/.exec(raw);
  if (num) return numericDay(Number(num[1]), Number(num[3]), Number(num[4]));
  const words =
    /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?[,.]? (\d{4})$/.exec(raw) ??
    /^(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]+)\.?,? (\d{4})$/.exec(raw);
  if (!words) return null;
  const [name, day] = /^\d/.test(words[1]!) ? [words[2]!, words[1]!] : [words[1]!, words[2]!];
  const month = monthNumber(name);
  return month ? isoDay(Number(words[3]), month, Number(day)) : null;
}

/** "June 2026" or "03/2024" as "2026-06" / "2024-03"; a month word must be capitalised ("may"). */
function toIsoMonth(raw: string): string | null {
  const m = /^([A-Za-z]+)\.?,? (\d{4})$/.exec(raw) ?? /^(\d{1,2})(?:\/| ?- ?)(\d{4})$/.exec(raw);
  if (!m) return null;
  const month = /^\d/.test(m[1]!) ? Number(m[1]) : /^[A-Z]/.test(m[1]!) ? monthNumber(m[1]!) : null;
  const day = month ? isoDay(Number(m[2]), month, 1) : null;
  return day ? day.slice(0, 7) : null;
}

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  if (index < 0) return null;
  // "Sept" and full names are months; "Mayday" or "Junk" are not.
  const full = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" })
    .format(new Date(Date.UTC(2000, index, 1)))
    .toLowerCase();
  return full.startsWith(lower) || lower === "sept" ? index + 1 : null;
}

function kindOf(label: string): StatedDateLabel {
  if (/^(?:effective|valid|appli|in force|went|goes|came|comes)/i.test(label)) return "Effective";
  // "Version: August 2026" (WeTransfer) dates the version, as "Date:" does.
  if (/^(?:version )?date$|^version$/i.test(label)) return "Dated";
  return "Last modified";
}

/**
 * One line as a reader sees it: markdown emphasis, escapes, link targets and list or quote
 * markers removed, spaces collapsed ("Last updated: _30 November 2025_" → "Last updated: 30
 * November 2025"). Every pattern here is linear: no nested or overlapping quantifiers.
 */
function plainLine(line: string): string {
  return line
    .replace(/\]\([^()\s\]]*\)/g, "")
    .replace(/\\(?=[^\w\s])/g, "")
    .replace(/[*_`[\]]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^ ?(?:#+ ?|> ?|[-+] |\d+\. )?/, "")
    .trim();
}

const bareDate = (line: string) => line.replace(/^\(|[).]$/g, "").trim();

const notItsOwn = (line: string, start: number, end: number) =>
  LAW_BEFORE.test(line.slice(Math.max(0, start - 60), start)) ||
  LAW_AFTER.test(line.slice(end, end + 60)) ||
  RANGE_AFTER.test(line.slice(end, end + 24)) ||
  ANNOUNCED_BEFORE.test(line.slice(Math.max(0, start - 80), start));

type Reading = {
  patterns: Patterns;
  toIso: (raw: string) => string | null;
  precision: DatePrecision;
};
const DAY_READING: Reading = { patterns: DAY_PATTERNS, toIso, precision: "day" };
const MONTH_READING: Reading = { patterns: MONTH_PATTERNS, toIso: toIsoMonth, precision: "month" };

/**
 * The latest of the labelled dates: "Effective date: March 1, 2025. Last updated: January 15,
 * 2026" is read as last updated on January 15, 2026, the version a reader has before them; on a
 * tie the first stated wins. ISO dates of one precision compare as strings.
 */
const latest = (dates: StatedDate[]): StatedDate | null =>
  dates.reduce<StatedDate | null>((best, d) => (best && best.date >= d.date ? best : d), null);

function scan(text: string, reading: Reading, bareDates: boolean): StatedDate | null {
  const { patterns: p, precision } = reading;
  let offset = 0;
  let previous = "";
  let previousRaw = "";
  let bare: StatedDate | null = null;
  const labelled: StatedDate[] = [];
  for (const raw of text.split("\n")) {
    const line = plainLine(raw);
    const lineStart = offset;
    offset += raw.length + 1;
    if (!line) continue;
    for (const m of line.matchAll(p.labelled)) {
      if (notItsOwn(line, m.index, m.index + m[0].length)) continue;
      const date = reading.toIso(m[3]!);
      if (date)
        labelled.push({ date, precision, label: kindOf(m[1] ?? m[2]!), stated: m[0].trim() });
    }
    if (p.dateLine.test(bareDate(line))) {
      const date = reading.toIso(bareDate(line));
      const above = p.labelLine.exec(previous);
      if (date && above && !notItsOwn(previous, above.index, previous.length)) {
        const label = kindOf(above[1] ?? above[2]!);
        labelled.push({ date, precision, label, stated: `${previous} ${line}` });
      }
      const underHeading =
        !previous || /^#/.test(previousRaw.trim()) || HEADING_UNDERLINE.test(previousRaw.trim());
      if (bareDates && date && !bare && underHeading && lineStart < BARE_DATE_REACH)
        bare = { date, precision, label: "Dated", stated: line };
    }
    previous = line;
    previousRaw = raw;
  }
  return latest(labelled) ?? bare;
}

function find(text: string, reading: Reading, bareDates: boolean): StatedDate | null {
  const head = scan(text.slice(0, HEAD), reading, bareDates);
  if (head || text.length <= HEAD) return head;
  const from = text.indexOf("\n", Math.max(HEAD, text.length - TAIL));
  return from < 0 ? null : scan(text.slice(from + 1), reading, false);
}

/**
 * Finds the date a policy states for itself ("Effective: 1/17/2011", "Last updated: _30
 * November 2025_", "Date last updated: 06-21-2023"): a date introduced by a label on its line or
 * on the line before, in the first 5,000 characters, the latest when there are several
 * ("Effective: March 1, 2025. Last updated: January 15, 2026" is last updated on January 15,
 * 2026); else a date standing alone under the policy's heading; else the latest labelled date in
 * the last 3,000 characters. A date without a label (a law's, a copyright year, "data from before
 * 1 May 2018") or a new version's the text announces is never taken.
 *
 * Failing a day, a labelled month ("Last updated: June 2026") by the same rules, as a month: a
 * day anywhere is read first so that a month never hides a fuller date, and a month standing alone
 * is not taken (a bare "June 2026" under a heading is as likely a newsletter's or an event's).
 */
export function parseEffectiveDate(text: string): StatedDate | null {
  return find(text, DAY_READING, true) ?? find(text, MONTH_READING, false);
}
