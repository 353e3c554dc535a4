/**
 * Rules added after the re-audit of 2027-01-17 (the 226th to 250th machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy changes
 * and choice). Each widens a rule that reads the same cause, so that no cause has two rules; the
 * patterns are kept here so that the rules in `extract-facts.ts` change by a line each. Every
 * quantifier is bounded (the suite's adversarial inputs run over them), and each is gated on a
 * plain word before its pattern runs.
 */

/**
 * The providers a company shares with, named as organisations that provide services on its
 * behalf: "We may share your information with organisations that provide services on our behalf,
 * such as those that host the Site or the Service, solely for the purposes of their providing
 * those services to us." (Polyfill.io, whose third parties read "no fact found" until the re-audit
 * of 2027-01-17). Widens the gate of the `service-providers` rule, which already reads "companies
 * that help (assist, perform, provide)"; only services provided for the company ("on our behalf",
 * "for us", "to us"), not organisations that provide services to the user or that provide the
 * company with data.
 */
export const ORGANISATIONS_PROVIDING_SERVICES =
  /\b(?:organi[sz]ations|businesses|entities) (?:that|which|who) (?:provide|perform) (?:(?:certain|various|some) )?services (?:on our behalf|for us|to us)\b/;

/**
 * Cookies said to last a stated time, with the cookies after the lifetime: "The life span of
 * cookies is thirteen (13) months maximum." (Lydia, whose cookies read "no fact found" until the
 * re-audit of 2027-01-17). Widens the rule of 2027-01-05 (`cookiesSetForATime`, "Cookies with a
 * duration of 13 months are set"); both give "cookies that last …", a persistent cookie. Only the
 * cookies themselves, not a partner's ("the lifetime of the partner's cookies is 30 days" names
 * another company's), nor a consent's storage ("the lifetime of your consent is 13 months").
 */
const COOKIES_LAST_FOR_A_TIME =
  /\b(?:the )?(?:maximum )?(?:duration|lifetime|life ?span|storage period|expiry period) of (?:the |our |these |such |all )?cookies (?:is|are|will be|does not exceed|do not exceed|shall not exceed) (?:up to |at most |a maximum of )?(\d{1,3}|one|two|three|six|twelve|thirteen|twenty-five)(?: \(\d{1,3}\))? (days?|weeks?|months?|years?)\b/i;
export function cookiesLastForATime(s: string): string | null {
  if (!s.includes("ookies")) return null;
  const m = COOKIES_LAST_FOR_A_TIME.exec(s);
  return m ? `cookies that last ${m[1]!.toLowerCase()} ${m[2]}` : null;
}
