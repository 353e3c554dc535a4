export type StatedDate = { date: string; label: "Effective" | "Last modified"; stated: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE = String.raw`(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})`;
const PATTERN = new RegExp(
  String.raw`\b(effective(?: date)?|last (?:modified|updated|revised))\b[^\n.]{0,20}?(?:is |on |as of )?(${DATE})`,
  "i",
);

function toIso(raw: string): string | null {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  const words = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(raw);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [y, m, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else if (words) {
    const month = MONTHS.indexOf(words[1]!.slice(0, 3).toLowerCase());
    if (month < 0) return null;
    [y, m, d] = [Number(words[3]), month + 1, Number(words[2])];
  } else return null;
  // Date.UTC maps years 0–99 to 1900–1999; no privacy policy predates the web anyway.
  if (y < 1990 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Finds the date a policy states for itself ("Effective: 1/17/2011", "Last Modified: Jan 09, 2012"). */
export function parseEffectiveDate(text: string): StatedDate | null {
  const m = PATTERN.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const date = toIso(m[2]);
  if (!date) return null;
  const label = /^effective/i.test(m[1]) ? "Effective" : "Last modified";
  return { date, label, stated: m[0].trim() };
}
