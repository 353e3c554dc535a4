import type { Rating } from "./ratings";

/*
 * The rating rubric, in one place: the methodology and practice pages render it, and the seed
 * checks the curated findings against it (core practices, summary length). Change a rule here
 * and both follow.
 */

/** What each rating means for any practice. */
export const RATING_MEANINGS: Record<Rating, string> = {
  protective: "Goes beyond the minimum in the user's favour.",
  neutral: "Common practice, with the usual limits stated.",
  concerning: "Exposes the user more than common practice, or leaves a door open without limits.",
  "not-addressed": "The policy says nothing on this; silence is information.",
};

/** A close call and how we settle it, with the policy wording that decides it. */
export type RubricRule = { title: string; text: string };

export type PracticeRubric = {
  /** What each rating means for this practice (not-addressed always means silence). */
  ratings: Partial<Record<Rating, string>>;
  rules: RubricRule[];
};

/** The four core practices (the grid's default rows) each have their own guidance. */
export const CORE_RUBRIC: Record<string, PracticeRubric> = {
  cookies: {
    ratings: {
      protective:
        "Only session or first-party cookies needed for the service; no third-party tracking.",
      neutral:
        "Persistent first-party cookies for login (holding an identifier or token, not the password) and preferences; aggregate analytics.",
      concerning:
        "Third-party advertising or cross-site tracking (ad networks, Flash cookies, beacons), or credentials (the password itself) stored in cookies.",
    },
    rules: [
      {
        title: "Login cookies or credentials in cookies",
        text: "What decides it is what the policy says the cookie holds. A cookie that keeps you signed in with something the company issues (a session ID, \u201csession validators\u201d, an \u201cencrypted authorization token\u201d, an \u201cencrypted, unique identifier\u201d, \u201cencrypted authentication information\u201d) is a login cookie: neutral, whether it lasts a session or persists. A cookie the policy says saves your password (\u201cpersistent cookies to save your registration ID and login password\u201d) stores credentials: concerning, even where the policy also says its cookies hold no personal information. A policy that says its cookies do not hold the password (\u201cdoes not store account numbers or passwords in persistent cookies\u201d) is taken at its word.",
      },
    ],
  },
  retention: {
    ratings: {
      protective: "A specific short period, and deletion on cancellation.",
      neutral:
        "Kept while the account is active; deleted within a stated time after cancellation, with legal exceptions.",
      concerning:
        "Kept indefinitely, or kept after cancellation in archives or backups with no limit stated.",
    },
    rules: [
      {
        title: "Deletion requests are not a retention period",
        text: "How fast a request to delete is handled belongs to access. A policy that states no period and says nothing about cancellation or backups is not addressed, whatever it says about requests; the summary says what little it does say.",
      },
    ],
  },
  disputes: {
    ratings: {
      protective: "A free independent body that every user can turn to, and a regulator named.",
      neutral:
        "An independent body every user can turn to, where the policy does not say it is free or names no regulator (for example an arbitration provider).",
      concerning:
        "Binding arbitration with a waiver of class actions, or no recourse beyond the company, including when an outside body is open only to some users and the rest have none.",
    },
    rules: [
      {
        title: "A body open to only some users",
        text: "We rate what every user is offered. When the policy\u2019s words confine an outside body to some users, by where they live (\u201cIf you are a European consumer\u201d, \u201ccomplaints by European Union citizens\u201d) or by the kind of complaint (\u201ccomplaints under the US-EU and US-Swiss Safe Harbor Principles\u201d), it counts for those users only, and the rating follows what everyone else has: with nothing beyond the company, that is concerning, and the summary names who can use the body. A body offered in words that confine it to no one counts for everyone, even when it sits in a Safe Harbor section.",
      },
      {
        title: "A regulator only named",
        text: "A regulator the policy names without inviting complaints to it (\u201csubject to the jurisdiction of the U.S. Federal Trade Commission\u201d) is not a route for complaints. It lifts an open, free body to protective; it does not stand in for a body.",
      },
      {
        title: "The privacy policy, not the terms",
        text: "We read privacy policies. Many services put binding arbitration and class-action waivers in their terms of service, which the atlas does not read: a rating here says what the privacy policy offers for complaints about personal data, not that the service binds no one to arbitration.",
      },
    ],
  },
  "third-parties": {
    ratings: {
      protective: "Only named processors under contract; data never sold.",
      neutral:
        "Unnamed service providers under confidentiality; legal disclosure; business transfer.",
      concerning: "Sharing for others' marketing or advertising, sale, or sharing without limits.",
    },
    rules: [
      {
        title: "\u201cOther than as disclosed\u201d",
        text: "A promise not to sell \u201cother than as disclosed\u201d is read against what the policy discloses: if it discloses no sale, the data is not sold; if it does, that sale decides the rating.",
      },
    ],
  },
};

/** Rules for every practice, core or not. */
export const GENERAL_RULES: RubricRule[] = [
  {
    title: "Limits in one place, a door in another",
    text: "Where a policy sets its own limits in one place and opens a door in another, the summary says both and the rating follows the wider door.",
  },
];

/** A summary is our words, kept short enough to read in a grid cell. */
export const SUMMARY_MAX_SENTENCES = 2;

/** Abbreviations whose full stop ends no sentence ("e.g.", "U.S." are caught as initials). */
const ABBREVIATIONS = new Set([
  "inc",
  "ltd",
  "co",
  "corp",
  "etc",
  "vs",
  "no",
  "mr",
  "ms",
  "dr",
  "st",
]);

/**
 * Sentences in a summary: a full stop, question or exclamation mark ends one when it is followed
 * by the end of the text or by a space and a capital, digit or opening quote, and is not the
 * stop of an abbreviation or of initials such as "U.S." or "e.g.".
 */
export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  let count = 0;
  for (const m of trimmed.matchAll(
    /[.!?]+["\u201d\u2019')\]]*(?=\s+["\u201c\u2018(\[]?[A-Z0-9]|$)/g,
  )) {
    const before = trimmed.slice(0, m.index);
    const word = /([A-Za-z]+)$/.exec(before)?.[1] ?? "";
    const initials = /(?:^|[^A-Za-z])(?:[A-Za-z]\.)+[A-Za-z]$/.test(before);
    const atEnd = m.index + m[0].length === trimmed.length;
    if (!atEnd && m[0].startsWith(".") && (initials || ABBREVIATIONS.has(word.toLowerCase())))
      continue;
    count++;
  }
  return Math.max(count, 1);
}

/** Problems between the taxonomy's core practices and the rubric's, for the seed check. */
export function rubricCoverageProblems(
  practices: Array<{ slug: string; core: boolean }>,
): string[] {
  const core = new Set(practices.filter((p) => p.core).map((p) => p.slug));
  const guided = Object.keys(CORE_RUBRIC);
  return [
    ...[...core]
      .filter((s) => !guided.includes(s))
      .map(
        (s) => `"${s}" is a core practice but the rubric (lib/rubric.ts) has no guidance for it`,
      ),
    ...guided
      .filter((s) => !core.has(s))
      .map((s) => `the rubric (lib/rubric.ts) guides "${s}", which is not a core practice here`),
  ];
}
