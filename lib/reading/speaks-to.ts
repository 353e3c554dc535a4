import type { PracticeSlug } from "./classifier";

/**
 * A heading or a link's words alone, "Cookie Notice", "Vendors", "Opt-out from targeted
 * advertising" (Evernote's links at the foot of its policy; AdSupply's bold list heading): up to
 * six words and no sentence's end. It names a topic and states nothing: no opt-out is read from it,
 * and it is a practice's evidence only where nothing else is (analyzePolicy).
 */
const HEADING_ALONE = /^[\s*_#>·•▪-]*(?:[^\s.!?;:]+\s+){0,5}[^\s.!?;:]+[\s*_]*$/;
export const isHeadingAlone = (clause: string) => HEADING_ALONE.test(clause.slice(0, 200));

const KEPT =
  /\b(retain\w*|retention|keep|keeps|kept|stor(e|es|ed|ing|age)|held|hold|maintain\w*|delet\w*|eras\w*|purg\w*|destroy\w*|remov\w*|archiv\w*|backups?|period|long|until|days|months|years)\b/i;
const COOKIE = /\bcookies?\b/i;
const SENTENCE = /[^.!?]+[.!?]*/g;

/**
 * Whether a clause the classifier assigned to a practice speaks to it, so that it may stand as the
 * practice's evidence. Retention is how long the company keeps data: a clause whose words on
 * keeping are all said of cookies, "Persistent cookies are stored on your computer for a longer
 * period of time" (Jottacloud), speaks of the cookie's life on the user's device instead.
 */
export function speaksTo(practice: PracticeSlug, clause: string): boolean {
  if (isHeadingAlone(clause)) return false;
  if (practice !== "retention" || !COOKIE.test(clause)) return true;
  for (const m of clause.slice(0, 4000).matchAll(SENTENCE))
    if (KEPT.test(m[0]) && !COOKIE.test(m[0])) return true;
  return false;
}
