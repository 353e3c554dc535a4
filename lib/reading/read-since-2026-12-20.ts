/**
 * Rules added after the audit of 2026-12-20 (offset 5 of the machine-read companies: cookies,
 * retention, disputes, third parties, access, children and policy changes). Each is a pure test on
 * one sentence, kept in its own file so that the rules in `extract-facts.ts` change by a few lines.
 * Every quantifier is bounded (the suite's adversarial inputs run over them).
 */

const SEE_OR_CORRECT = "access|view|see|review|correct|update|amend|modify|edit|rectify";
const DELETE = "delete|erase|remove";
const RIGHT_VERB = `(?:${SEE_OR_CORRECT}|${DELETE})`;
const THE_USERS_DATA = String.raw`(?:(?:your|any|all|the) (?:[\w-]+ ){0,3}?(?:personal )?(?:data|information|details)|personal (?:data|information))\b`;

/**
 * Rights offered as the user's wish, the verbs in a row before the user's data: "If you would like
 * to: access, correct, amend or delete any personal information we have about you, register a
 * complaint, … contact our Privacy Compliance Officer …" (jacksfilms), "If you wish to delete your
 * profile information and any personal data you provided during account creation …, please Click
 * Here" (MouthShut). Until the audit of 2026-12-20 both read "no fact found" ("if you would like us
 * to delete" already read). Not a child's data (a parent's request), nor data that is not the
 * user's ("if you wish to access the Services"), nor data another's application holds ("… you must
 * login into such application or contact its provider if you want to remove the Personal
 * Information you posted on that platform", Wix).
 */
const WISHED_RIGHTS = new RegExp(
  String.raw`\bif you (?:would like|wish|want|['’]d like) to:? ((?:${RIGHT_VERB}(?:,? (?:and\/or|and|or) |, | ?\/ ?)){0,5}${RIGHT_VERB}) ${THE_USERS_DATA}`,
  "i",
);

/**
 * Data the user can see and correct, said in a relative clause on it: "This includes account and
 * payment information, which you can access and update on the Apple Store app account page."
 * (App Store; until the audit of 2026-12-20 its access read "no clause found"). The data is the
 * user's own by its name (account, profile, personal, payment …); not "information that you can
 * access through third-party sites".
 */
const SEEN_IN_A_RELATIVE = new RegExp(
  String.raw`\b(?:account|profile|personal|registration|billing|payment|contact) (?:data|information|details),? (?:which|that) you (?:can|may|are able to) ((?:${RIGHT_VERB}(?:,? (?:and\/or|and|or) |, )){0,3}${RIGHT_VERB})\b(?! (?:to|through|via|from) (?:third|other)\b)`,
  "i",
);

/** Cheap gate for both rules: a wish, or a relative clause on what the user can do. */
export const RIGHTS_WISHED_WORDS = /\b(?:if you (?:would|wish|want|['’]d)|(?:which|that) you (?:can|may|are able))\b/i;

const THIRD_PARTY_APP =
  /\bthird[- ]party (?:application|app|service|site|website|platform)s?\b|\bits provider\b/i;

/** The rights a wish or a relative clause offers: seeing or correcting, deleting, or both. */
export function rightsWished(s: string): { see: boolean; delete: boolean } | null {
  if (/\bchild/i.test(s) || THIRD_PARTY_APP.test(s)) return null;
  const m = WISHED_RIGHTS.exec(s) ?? SEEN_IN_A_RELATIVE.exec(s);
  if (!m) return null;
  const verbs = m[1]!.toLowerCase();
  return {
    see: new RegExp(`\\b(?:${SEE_OR_CORRECT})\\b`).test(verbs),
    delete: new RegExp(`\\b(?:${DELETE})\\b`).test(verbs),
  };
}
