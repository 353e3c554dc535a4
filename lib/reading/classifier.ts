/*
 * TEMPORARY keyword-rule classifier, standing in for the trained model being built on the `ml`
 * branch, which replaces this file at merge with the same interface. Everything else reads
 * clauses only through PRACTICE_SLUGS, classifyClauses, assignPractices and classifierInfo.
 */

/** The 14 practices in taxonomy order (seeds/practices.json). */
export const PRACTICE_SLUGS = [
  "cookies",
  "retention",
  "disputes",
  "third-parties",
  "collection",
  "use",
  "choice",
  "access",
  "security",
  "children",
  "policy-changes",
  "international",
  "business-transfer",
  "law-enforcement",
] as const;

export type PracticeSlug = (typeof PRACTICE_SLUGS)[number];

/*
 * Each cue is a plain alternation of words anchored at word starts (no nested quantifiers, so
 * no catastrophic backtracking) with a weight; a clause's score is the sum of the weights of
 * the cues it contains, and its probability 1 - e^(-score).
 */
const CUES: Record<PracticeSlug, Array<[RegExp, number]>> = {
  cookies: [
    [/\bcookies?\b/i, 1.6],
    [
      /\b(web beacons?|pixel tags?|pixels|clear gifs?|flash cookies|local (shared )?objects|local storage|tracking technolog\w*|device fingerprint\w*|sdks?)\b/i,
      1.4,
    ],
    [/\b(do not track|dnt|global privacy control|gpc)\b/i, 1.4],
    [
      /\b(ad networks?|google analytics|analytics (providers?|services?|tools?)|log files?)\b/i,
      0.9,
    ],
  ],
  retention: [
    [/\b(retain\w*|retention)\b/i, 1.6],
    [/\b(backups?|back-ups?|archives?|archived)\b/i, 0.8],
    [
      /\b(indefinitely|as long as (is )?(necessary|needed|required|your account)|no longer (than )?(necessary|needed|required))\b/i,
      1.2,
    ],
    [/\bkeep\w* (your |the |this |such )?(personal |)(data|information)\b/i, 1.0],
    [/\b(delete[sd]?|purge[sd]?|erase[sd]?) (it |them |the data )?(after|within)\b/i, 0.9],
  ],
  disputes: [
    [/\b(arbitration|arbitrat\w+|dispute resolution|disputes?)\b/i, 1.5],
    [
      /\b(truste|better business bureau|bbb|jams|icdr|american arbitration association|ombudsman|mediat\w+)\b/i,
      1.3,
    ],
    [
      /\b(class action|lodge a complaint|file a complaint|supervisory authority|data protection authority|federal trade commission|small claims)\b/i,
      1.3,
    ],
    [/\b(complaints?|governing law|jurisdiction|courts? of)\b/i, 0.6],
  ],
  "third-parties": [
    [/\bthird[- ]part(y|ies)\b/i, 1.0],
    [
      /\b(share[sd]?|sharing|disclose[sd]?|disclosure|transfer to|provide (it |your information )?to)\b/i,
      0.7,
    ],
    [
      /\b(service providers?|vendors?|contractors?|partners?|affiliates?|advertisers?|processors?|subprocessors?)\b/i,
      0.8,
    ],
    [/\b(sell|sold|sale of (your )?(personal )?(data|information)|rent|trade)\b/i, 1.0],
  ],
  collection: [
    [/\b(collect\w*|gather\w*|obtain\w*|we receive|you provide|you give us|you submit)\b/i, 1.3],
    [
      /\b(email address|e-mail address|name|phone number|ip address|billing|payment information|location data|device information|browser type)\b/i,
      0.6,
    ],
  ],
  use: [
    [
      /\b(we (may )?use|is used|are used|used to|use (your|this|the|such) (personal )?(data|information)|process(es|ing)? (your )?(personal )?(data|information))\b/i,
      1.2,
    ],
    [
      /\b(to provide|improve|personali[sz]\w*|marketing|promotional|analy[sz]\w*|to communicate|send you)\b/i,
      0.6,
    ],
  ],
  choice: [
    [/\b(opt[- ]?out|opt[- ]?in|unsubscribe|withdraw (your )?consent)\b/i, 1.6],
    [
      /\b(consent|preferences?|choices?|you (may|can) (choose|elect|decline|refuse|disable))\b/i,
      0.9,
    ],
  ],
  access: [
    [
      /\b(access|correct|update|amend|rectif\w+|delete|deletion|erase|erasure|portab\w+|copy of)\b.{0,60}\b(your|personal|account|data|information)\b/i,
      1.3,
    ],
    [/\b(right to (access|know|delete|correct)|review (and|or) (update|correct|change))\b/i, 1.2],
  ],
  security: [
    [/\b(secur\w*|safeguards?|encrypt\w*|ssl|tls|firewalls?|unauthori[sz]ed access)\b/i, 1.6],
    [/\b(protect\w*)\b/i, 0.5],
  ],
  children: [
    [/\b(child(ren)?|minors?|kids|coppa|parental consent|parents?)\b/i, 1.6],
    [/\b(under (the age of )?(13|16|18)|younger than)\b/i, 1.4],
  ],
  "policy-changes": [
    [
      /\b(changes? (to|in) (this|our|the) (privacy )?(policy|statement|notice)|(update|modify|amend|revise|change)[sd]? (this|our|the) (privacy )?(policy|statement|notice))\b/i,
      1.8,
    ],
    [/\b(material changes?|effective date|last (updated|modified|revised))\b/i, 0.9],
  ],
  international: [
    [
      /\b(safe harbou?r|privacy shield|standard contractual clauses|data privacy framework|cross-border|adequacy)\b/i,
      1.8,
    ],
    [
      /\b(transfer\w*|processed|stored)\b.{0,80}\b(countr\w+|united states|u\.s\.|outside|abroad|eea|european)\b/i,
      1.3,
    ],
    [/\b(european (economic area|union)|eea|gdpr|switzerland|swiss)\b/i, 0.5],
  ],
  "business-transfer": [
    [
      /\b(merger|acquisition|acquired|bankruptcy|insolvency|reorgani[sz]ation|divestiture|sale of (all|substantially all|some|our|the company|assets|its assets|the business))\b/i,
      1.9,
    ],
    [
      /\b(buy or sell|sell or transfer|transferred business) (business )?(assets|business)|\bbusiness assets\b/i,
      1.6,
    ],
    [/\b(successor|assets)\b/i, 0.5],
  ],
  "law-enforcement": [
    [
      /\b(law enforcement|subpoenas?|court orders?|legal process|warrants?|government (agencies|authorities|requests?))\b/i,
      1.8,
    ],
    [
      /\b(required by law|comply with (the |any |applicable )?(law|laws|legal)|legal obligations?|public authorities)\b/i,
      1.3,
    ],
  ],
};

/** Clauses longer than this are scored on their first part: cues past it add little. */
const SCAN_CHARS = 4000;

/** Probability per practice for each clause, in input order. */
export function classifyClauses(texts: string[]): Array<Record<PracticeSlug, number>> {
  return texts.map((full) => {
    const text = full.slice(0, SCAN_CHARS);
    const probs = {} as Record<PracticeSlug, number>;
    for (const slug of PRACTICE_SLUGS) {
      let score = 0;
      for (const [cue, weight] of CUES[slug]) if (cue.test(text)) score += weight;
      probs[slug] = Math.round((1 - Math.exp(-score)) * 1000) / 1000;
    }
    return probs;
  });
}

/** Operating threshold: one strong cue (weight ≥ 1.2, probability ≥ 0.70) or two weaker ones. */
const THRESHOLD = 0.7;

/** The practices a clause is assigned at the operating threshold, in taxonomy order. */
export function assignPractices(probs: Record<PracticeSlug, number>): PracticeSlug[] {
  return PRACTICE_SLUGS.filter((s) => (probs[s] ?? 0) >= THRESHOLD);
}

export const classifierInfo = {
  name: "keyword rules (interim)",
  version: "keyword-rules-1",
  threshold: THRESHOLD,
  description:
    "Weighted keyword cues per practice; an interim stand-in until the trained model lands.",
} as const;
