/**
 * Where a user can take a complaint when the policy names no independent body, regulator or
 * arbitration: a court, the company itself, or somewhere the policy only points to. The rubric
 * rates "no recourse beyond the company" concerning, as the curated findings do (Centercode,
 * IBackup, Mozy: "everyone else has no recourse beyond the company"); until 2026-12-19 the machine
 * read every such policy "the policy speaks to this practice; no fact found" (32 of the 302).
 * Each is a test on one sentence; every quantifier is bounded (the adversarial suite runs them).
 */

/**
 * A data-protection regulator described rather than titled: "the Swedish Authority for Privacy
 * Protection" (Mullvad), "the supervisor authority concerned" (npm); one "responsible for data
 * protection" (ASUS, happn) is the audit of 2026-12-18's (read-since-2026-12-18.ts). Not a legal
 * basis, "the legal authority for data processing": the words of protection must follow.
 */
const AUTHORITY_DESCRIBED =
  /\b(?:supervisor authorit(?:y|ies)|authorit(?:y|ies) for (?:the )?(?:(?:personal )?(?:data|privacy) protection|protection of (?:personal )?data))\b/i;
export function authorityDescribed(s: string): { index: number; text: string } | null {
  const m = AUTHORITY_DESCRIBED.exec(s);
  return m ? { index: m.index, text: m[0] } : null;
}

/**
 * A regulator the company says oversees it, in words the complaint rules do not read: "We're
 * regulated by the Information Commissioner's Office." (BBC), "gives full authority to the French
 * Data Protection Agency, la Commission Nationale de l'Informatique et des Libertés (CNIL)"
 * (Hugging Face). Not a body the company reports to or registers with.
 */
export const OVERSEEN_BY =
  /\b(?:regulated by|supervised by|under the supervision of|full authority to)\b/i;

/** The dispute's words, so a court named for another reason ("courts … may be entitled to access your personal information") is not recourse. */
const DISPUTE_WORDS =
  /\b(?:disputes?|claims?|litigation|lawsuits?|suits?|actions?|proceedings?|submit|jurisdiction|aggrieved|enforce|remed(?:y|ies)|venue|worked out)\b/i;
/**
 * A court the user may take a dispute to: "you may enforce the limitations imposed by the Cable Act
 * through a civil action in a United States district court" (Verizon; Xfinity's "civil lawsuit"),
 * "you irrevocably submit to the exclusive jurisdiction of the courts in that State" (PrivacySpy),
 * "it belongs in the state or federal courts located in Portland, Maine" (LibraryThing). An
 * independent mechanism that may cost the user, as the rubric's arbitration providers. Not the
 * right to court waived, nor arbitration in its place.
 */
const COURT =
  /\b(?:civil (?:action|lawsuit|suit)|(?:file|bring|commence|initiate|take) (?:a |an )?(?:lawsuit|legal action|legal proceedings)|jurisdiction of (?:the |any )?(?:state or federal |federal or state |competent )?courts?|(?:belongs?|brought|heard|resolved|settled|decided) (?:exclusively |only )?(?:in|before|by) (?:the |a |any )?(?:state or federal |federal or state |competent |local )?courts?|courts? (?:of competent jurisdiction|located in|situated in|sitting in))\b/i;
const NOT_TO_COURT =
  /\b(?:waive\w*|arbitrat\w*|instead of (?:going to )?(?:a )?court|rather than (?:in )?(?:a )?court|small claims)\b/i;
/** The cheap gates: a word every court, and every pointer elsewhere, must have. */
export const COURT_WORDS =
  /\b(?:courts?|civil|lawsuits?|jurisdiction|legal (?:action|proceedings))\b/i;
export const ELSEWHERE_WORDS = /\b(?:terms|conditions|agreement|options|remedies)\b/i;
export const COURT_RECOURSE_VALUE = "disputes may be taken to court";
/** The user's court, not the company's action "against persons who may be causing injury" (Brevo). */
const THE_USER = /\b(?:you|your)\b/i;
const AGAINST_OTHERS =
  /\bagainst (?:you|persons?|someone|anyone|those|users?|individuals?|people|a person|third parties)\b/i;
export function courtRecourse(s: string): string | null {
  return DISPUTE_WORDS.test(s) &&
    COURT.test(s) &&
    THE_USER.test(s) &&
    !NOT_TO_COURT.test(s) &&
    !AGAINST_OTHERS.test(s)
    ? COURT_RECOURSE_VALUE
    : null;
}

/**
 * Recourse the policy points to without naming: "Any dispute concerning the Site … will be
 * resolved per the dispute resolution provision in the Terms of Use" (Hearst), "such disputes will
 * be governed by the current provisions of Windstream’s Terms and Conditions" (Windstream), "If
 * contacting us does not resolve your complaint, you have more options." (LinkedIn). Not the
 * company's recourse alone, and not a rating either way: what the other text says is not read.
 */
const IN_THE_TERMS =
  /\b(?:dispute resolution|arbitration) (?:provisions?|sections?|clauses?|terms) (?:in|of) (?:the|our) |\b(?:disputes?|claims?|complaints?)\b[^.;]{0,80}?\b(?:governed|resolved|handled|settled) (?:by|per|under|in accordance with|as set out in) (?:the )?(?:[\w’'-]+ ){0,5}?(?:terms of (?:use|service)|terms and conditions|user agreement|written agreement)\b/i;
const FURTHER_OPTIONS =
  /\b(?:you have|may have|there are) (?:more|other|further) options\b|\b(?:other )?(?:rights and )?remedies (?:may|might) (?:also )?be available\b/i;
export const IN_THE_TERMS_VALUE = "disputes are left to the service's terms";
export const FURTHER_OPTIONS_VALUE = "further options are mentioned, not named";
export function recourseElsewhere(s: string): string | null {
  if (IN_THE_TERMS.test(s)) return IN_THE_TERMS_VALUE;
  return FURTHER_OPTIONS.test(s) ? FURTHER_OPTIONS_VALUE : null;
}

/**
 * A complaint, an appeal or a dispute the user has or makes — not one the company handles as a
 * purpose of processing ("managing complaints, claims and/or disputes", AliExpress), a kind of
 * record ("complaint history", Blizzard) or a trip's "disputes regarding transactions" (Bolt).
 */
export const GRIEVANCE =
  /\b(?:complain\w*|appeal\w*|disputes?|grievances?|aggrieved|(?:sole|only|exclusive) remedy)\b/i;
const USERS_GRIEVANCE =
  /\b(?:(?:you|users?|individuals?|members?|customers?|residents?|consumers?)\b[^.;]{0,40}?\b(?:have|has|wish to|would like to|want to|may|can|might|should|are entitled to|have the right to|the right to) (?:[\w,-]+ ){0,5}?(?:complaints?|concerns? or complaints?|grievances?|disputes?|appeal\w*|contest\w*)|your (?:complaints?|appeals?|grievances?|disputes?)|(?:register|raise|make|lodge|file|submit|send) (?:a |an |any |your )?(?:complaints?|appeals?|grievances?)|(?:complaints?|appeals?|appeal requests?|grievances?|disputes?)(?: [\w-]+){0,6} (?:should|must|may|can|will) be (?:directed|addressed|sent|submitted|made|raised|referred)|right to appeal|(?:request|submit|file|lodge) an appeal|to appeal (?:a|our|the|this|that|such|any)|appeal (?:a|our|the|this|that|such a|any) (?:decision|response|denial|refusal)|sole remedy)\b/i;
/**
 * Addressed to the company: "If you have questions or complaints regarding our privacy policy or
 * practices, please contact us at …" (Ning), "To submit an appeal request, please contact us at
 * gm.datacompliance@gm.com" (ACDelco), "All appeal requests should be submitted via email to
 * privacy@zillow.com" (Zillow), "we will provide you with instructions regarding how to appeal such
 * a decision" (Bumble), "your sole remedy in these cases is to have MouthShut.com try to rectify the
 * problem" (MouthShut). An appeal of the company's own decision on a request goes to the company.
 */
const TO_THE_COMPANY =
  /\b(?:contact(?:ing)? (?:us|our)|e-?mail(?:ing)? us|write to us|reach out to us|let us know|notify(?:ing)? us|to us at|(?:submitted|sent|addressed|directed|made) (?:[\w-]+ ){0,3}?to (?:us|our|privacy@)|please (?:contact|email|e-mail|write|call)|we will (?:attempt|try|endeavou?r|work|respond|investigate|review|address)|(?:our|the) (?:privacy|data protection|compliance|grievance) (?:team|officer|office|department)|(?:privacy compliance|data protection) officer|customer (?:care|service|support)|instructions (?:regarding|on|for|about) how to appeal|in accordance with the instructions|try to rectify|appeal (?:a|our|the|this|that|such a|any) (?:decision|response|denial|refusal))\b/i;
export const COMPANY_RECOURSE_VALUE = "complaints and appeals go to the company";
/**
 * Not a complaint taken elsewhere: "To lodge a complaint with your national or regional data
 * protection supervisory authority, please contact the competent authority" (Honkai: Star Rail),
 * "please contact our U.S.-based third-party dispute resolution provider" (Glassdoor); nor a
 * lawful basis for answering those who write in ("when you contact us directly …", XVideos).
 */
const TAKEN_ELSEWHERE =
  /\b(?:authorit(?:y|ies)|regulators?|commission(?:er)?|ombuds\w*|dispute resolution provider|third[- ]party dispute|jamsadr|truste|verasafe|better business bureaus?|lawful bas[ie]s|legal bas[ie]s|when you contact us)\b/i;
export function companyRecourse(s: string): string | null {
  return USERS_GRIEVANCE.test(s) && TO_THE_COMPANY.test(s) && !TAKEN_ELSEWHERE.test(s)
    ? COMPANY_RECOURSE_VALUE
    : null;
}
