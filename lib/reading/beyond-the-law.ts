/**
 * Legal requests answered where the law does not require it: "Legitimate Interests, such as:
 * Complying with regulatory requests, court orders, search warrants, or subpoenas when not
 * specifically dictated by applicable law" (WeTransfer, whose legal disclosure read "in response to
 * legal process", neutral, until 2026-12-19). The company's own judgement, as "without a subpoena"
 * and "where we are not compelled by applicable laws" already read; a verb of answering, not of
 * sharing, so the sharing rule's gate did not reach it. Not a duty to refuse ("we do not comply
 * with requests that are not required by law"), nor requests the law does require.
 */
export const NOT_REQUIRED_BY_LAW =
  /\b(?:when|where|if|even if|even when|though|whether or not|even where)\b[^.;]{0,20}?\bnot (?:specifically |strictly |legally |otherwise )?(?:dictated|required|mandated|compelled|obliged|obligated) (?:by|under) (?:the |any )?(?:applicable |relevant |local )?(?:laws?|regulations?|legal)\b/i;
/** Answering an authority or a court, not a user's request ("we may not be able to fully comply with your request … if it is not required by law"). */
const ANSWERING_REQUESTS =
  /\b(?:comply|complying|complies|respond|responding|responds|answer|answering|cooperat\w+|support|supporting) (?:with |to )?(?:[\w-]+,? ){0,4}?(?:(?:regulatory|legal|government\w*|law enforcement|judicial|court|official) (?:or (?:regulatory|legal|government\w*) )?(?:requests?|process\w*|orders?|inquir\w+|demands?)|court orders?|(?:search )?warrants?|subpoenas?)\b/i;
const REFUSED =
  /\b(?:do|does|will|shall|may|might|can) not (?:be able to )?(?:fully )?(?:comply|respond|answer|cooperate)|\bnever (?:comply|respond|answer)|\brefus\w+/i;

export const GATE_NOT_REQUIRED =
  /\bnot (?:specifically |strictly |legally |otherwise )?(?:dictated|required|mandated|compelled|obliged|obligated)\b/i;
export function answeredBeyondTheLaw(s: string): boolean {
  return NOT_REQUIRED_BY_LAW.test(s) && ANSWERING_REQUESTS.test(s) && !REFUSED.test(s);
}
