/*
 * A clause of three words or fewer with no punctuation and no figure ("Store Locator", "Plans and
 * Services", "Data Retention") is a menu entry or a heading captured as a line: it names a topic
 * and says nothing on it. The classifier may still tag it ("Store Locator" as retention), and a
 * practice whose only tagged clause was such a label was "neutral: the policy speaks to this
 * practice" instead of "no clause found" — in the history, a menu that came and went moved the
 * rating (World Market, Oct 2012; Aetna's "Plans and Services" as children, Oct 2012). Such a
 * label keeps its tag (it is shown under the clause) but does not count as the policy speaking to
 * the practice: the rating reads the other clauses and the facts.
 */
import type { PracticeSlug } from "./classifier";
import { isRegionLabel } from "./read-since-2027-01-19";
import { onlyAContactForQuestions } from "./read-since-2027-01-30";
import { onlyARepresentative } from "./read-since-2027-02-09";
import { onlyAVersionLine } from "./read-since-2027-02-14";

const MAX_LABEL_WORDS = 3;

export function isBareLabel(text: string): boolean {
  const trimmed = text.trim();
  // A region's label before an address ("In the EEA and Switzerland:"), the second reading of
  // 2027-01-19 (read-since-2027-01-19.ts).
  if (isRegionLabel(trimmed)) return true;
  if (trimmed.length === 0 || trimmed.length > 60) return false;
  if (/[.,;:!?()\d]/.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= MAX_LABEL_WORDS;
}

/**
 * A tagged clause that does not count as the policy speaking to the practice: a bare label, for
 * disputes a contact for questions alone (the double reading of 2027-01-29, timeanddate.com:
 * read-since-2027-01-30.ts), and for international the EU representative's address alone (the
 * double reading of 2027-02-08, IMDb: read-since-2027-02-09.ts), and for policy changes a line that
 * only dates the policy (the double reading of 2027-02-13, MDN Plus: read-since-2027-02-14.ts). The
 * history counts the same clauses (lib/history/rate-versions.ts).
 */
export function countsNotFor(practice: PracticeSlug, text: string): boolean {
  return (
    isBareLabel(text) ||
    (practice === "disputes" && onlyAContactForQuestions(text)) ||
    (practice === "international" && onlyARepresentative(text)) ||
    (practice === "policy-changes" && onlyAVersionLine(text))
  );
}
