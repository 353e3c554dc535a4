import type { HistoryVersion } from "../corpus/corpus-schemas";
import { ownNames } from "../reading/extract-facts";
import { assignPractices, classifyClauses, PRACTICE_SLUGS } from "../reading/classifier";
import { findBackAndForth } from "./back-and-forth";
import { ClauseOccurrences, type Occurrence } from "./clause-occurrences";
import { matchClauses } from "./match-clauses";
import { isFailedCapture, type CaptureShape } from "./failed-capture";
import { undoneReExtractions } from "./undone-re-extraction";
import { englishShare, isOtherLanguageShare } from "./other-language";
import { VersionRater } from "./rate-versions";
import { HistorySegmenter } from "./segment-history";

export type VersionKind = "first" | "change" | "technical";

/** A stored clause this company's history needs (a text under its heading), and its tags. */
export type KnownClause = { id: number; practices: string[] };

/** Reads the clause store (key → id and tags) and adds the clauses it lacks; returns their ids. */
export type ClauseStore = {
  get(hash: string): KnownClause | undefined;
  add(
    clauses: Array<{ hash: string; text: string; heading: string; practices: string[] }>,
  ): Promise<Map<string, KnownClause>>;
};

export type BuiltVersion = {
  seq: number;
  recordedAt: string;
  kind: VersionKind;
  sha256: string;
  clauseIds: number[];
  added: number;
  removed: number;
  modified: number;
  changedPractices: string[];
  /** Machine-read companies: the suggested rating of each practice at this version. */
  ratings: Record<string, string> | null;
  ratingChanges: RatingChange[];
  /**
   * A change back to clauses in force within BACK_AND_FORTH_DAYS before it: the seq of the
   * latest version that had them. Null for every other version.
   */
  returnsToSeq: number | null;
  /** Part of a page going back and forth between texts: left out of the atlas's changes. */
  backAndForth: boolean;
  /**
   * The seq of the version the counts, practices and rating changes compare this one with: the
   * one before it, or, for a change that stuck after the page went back and forth, the text the
   * page last kept (lib/history/back-and-forth.ts). Null for the first version.
   */
  comparedToSeq: number | null;
  /**
   * Recorded in another language than English (a translation the page served for a while): not
   * a change by the company. Its ratings are those of the English text before it, and the next
   * English version is compared with that text (lib/history/other-language.ts).
   */
  otherLanguage: boolean;
  /**
   * Holds no policy (an error page, a cookie wall, a truncated capture): not a change by the
   * company, and treated as a translation is — its ratings are those of the text before it, and
   * the next version is compared with that text (lib/history/failed-capture.ts).
   */
  captureFailed: boolean;
};

export type RatingChange = { practice: string; before: string; after: string };

const practiceOrder = new Map<string, number>(PRACTICE_SLUGS.map((s, i) => [s, i]));
const inPracticeOrder = (set: Set<string>) =>
  [...set].sort((a, b) => (practiceOrder.get(a) ?? 99) - (practiceOrder.get(b) ?? 99));

/**
 * Turns one company's recorded versions into stored versions: each version segmented as the
 * corpus segments a policy, each distinct clause classified once with its heading in front
 * (clauses the store already holds are not classified again), and each version compared with
 * the one before it (a change that stuck after the page went back and forth: with the text the
 * page last kept).
 */
export async function buildCompanyHistory(
  versions: Array<Pick<HistoryVersion, "recordedAt" | "kind" | "sha256" | "text">>,
  store: ClauseStore,
  /** Clauses a person tagged (the curated five): their tags are used instead of the classifier's. */
  curatedClauses?: Array<{ text: string; heading: string; practices: string[] }>,
): Promise<BuiltVersion[]> {
  const segmenter = new HistorySegmenter();
  const occurrences = new ClauseOccurrences(curatedClauses !== undefined);
  const bySha = new Map<string, Occurrence[]>();
  const versionClauses: Occurrence[][] = [];
  /*
   * The names the company calls itself by, never its own named partner: each version's, read from
   * its title and opening clauses as analyzePolicy reads them (ownNames), and the names in any
   * version's title, so a company renamed is not its own partner under its other name ("X Privacy
   * Policy" saying "when you use Twitter"). Opening clauses count for their own version only: some
   * captures open with page furniture ("Prefer the Guardian on Google", a forum listing), and one
   * of those would strike a real partner from every version (docs/history.md).
   */
  const ownBySha = new Map<string, Set<string>>();
  const otherLanguageBySha = new Map<string, boolean>();
  const wordsBySha = new Map<string, number>();
  const titleNames = new Set<string>();
  for (const v of versions) {
    let clauses = bySha.get(v.sha256);
    if (!clauses) {
      // A curated company's one version has no text of its own: its clauses are the curated ones.
      const read = curatedClauses ? null : segmenter.segment(v.text);
      // One pass over the text gives both its language and its length.
      const share = curatedClauses ? null : englishShare(v.text);
      otherLanguageBySha.set(v.sha256, share ? isOtherLanguageShare(share) : false);
      wordsBySha.set(v.sha256, share?.words ?? 0);
      const title = read?.title ?? "";
      const segmented =
        curatedClauses?.map((c) => ({ text: c.text, headingPath: c.heading ? [c.heading] : [] })) ??
        read!.clauses;
      ownBySha.set(
        v.sha256,
        ownNames(
          title,
          segmented.map((c) => c.text),
        ),
      );
      for (const name of ownNames(title, [])) titleNames.add(name);
      clauses = segmented.map((c) => occurrences.of(c.text, c.headingPath));
      bySha.set(v.sha256, clauses);
    }
    versionClauses.push(clauses);
  }

  const missing = new Map<string, Occurrence>();
  for (const o of occurrences.all)
    if (!store.get(o.key) && !missing.has(o.key)) missing.set(o.key, o);
  const toAdd = [...missing.values()];
  const curatedTags = new Map(curatedClauses?.map((c) => [c.text, c.practices]));
  const probabilities = curatedClauses ? [] : classifyClauses(toAdd.map((o) => o.input));
  const added = await store.add(
    toAdd.map((o, i) => ({
      hash: o.key,
      text: o.text,
      heading: o.heading,
      practices: curatedClauses
        ? (curatedTags.get(o.text) ?? [])
        : assignPractices(probabilities[i]!),
    })),
  );
  for (const o of occurrences.all) {
    const k = store.get(o.key) ?? added.get(o.key)!;
    o.id = k.id;
    o.practices = k.practices;
  }

  for (const names of ownBySha.values()) for (const name of titleNames) names.add(name);
  const rater = new VersionRater(ownBySha);

  const built: BuiltVersion[] = [];
  const otherLanguage = versions.map((v) => otherLanguageBySha.get(v.sha256) ?? false);
  // A failed capture is judged against the last text the page really held.
  const captureFailed: boolean[] = [];
  let kept: CaptureShape | null = null;
  versions.forEach((v, i) => {
    const shape = {
      words: wordsBySha.get(v.sha256) ?? 0,
      practices: new Set(versionClauses[i]!.flatMap((o) => o.practices)).size,
    };
    const failed = !curatedClauses && !otherLanguage[i] && isFailedCapture(shape, kept);
    captureFailed.push(failed);
    if (!failed && !otherLanguage[i]) kept = shape;
  });
  /*
   * A capture fails and the page comes back; a page that never comes back changed. Swiss Post's
   * page has been a hub of links to its policies since 2023: that is what its address now holds,
   * and what its company page reads, so the short texts at the end of a history are its latest
   * texts, not failed captures.
   */
  for (let i = versions.length - 1; i >= 0 && (captureFailed[i] || otherLanguage[i]); i--)
    captureFailed[i] = false;
  // Neither a translation nor a failed capture is a text of the company's the atlas can read.
  const unread = versions.map((_, i) => otherLanguage[i]! || captureFailed[i]!);
  // A re-extraction the next recording undoes is, like them, the text before it.
  undoneReExtractions(
    versions.map((v, i) => ({
      kind: v.kind,
      at: Date.parse(v.recordedAt),
      key: versionClauses[i]!.map((o) => o.textIndex).join(","),
    })),
    unread,
  ).forEach((undone, i) => {
    if (undone) unread[i] = true;
  });
  /*
   * A text in another language, or a failed capture, is, to the back-and-forth, the text before
   * it, so the page "returning" to its policy after one is no change; and every version that
   * would be compared with one is compared with the latest text read before it instead (none: the
   * first such text, counted from nothing, like a first recording).
   */
  const keys: string[] = [];
  versions.forEach((_, i) => {
    const own = versionClauses[i]!.map((o) => o.textIndex).join(",");
    keys.push(unread[i] && i > 0 ? keys[i - 1]! : own);
  });
  const backAndForth = findBackAndForth(
    versions.map((v, i) => ({ key: keys[i]!, at: Date.parse(v.recordedAt), kind: v.kind })),
  );
  backAndForth.forEach((b, i) => {
    let to = b.comparedTo;
    if (unread[i]) return;
    while (to !== null && unread[to]) to = to > 0 ? to - 1 : null;
    b.comparedTo = to;
  });
  const ratingsOf: Array<Record<string, string> | null> = [];
  versions.forEach((v, i) => {
    const clauses = versionClauses[i]!;
    const comparedTo = backAndForth[i]!.comparedTo;
    const previous = comparedTo === null ? null : versionClauses[comparedTo]!;
    const previousRatings = comparedTo === null ? null : ratingsOf[comparedTo]!;
    let counts = { added: 0, removed: 0, modified: 0 };
    const practices = new Set<string>();
    if (previous) {
      const changes = matchClauses(previous, clauses);
      counts = {
        added: changes.added.length,
        removed: changes.removed.length,
        modified: changes.modified.length,
      };
      const touched = [
        ...changes.added,
        ...changes.removed,
        ...changes.modified.flatMap((m) => [m.before, m.after]),
      ];
      for (const c of touched) for (const p of c.practices) practices.add(p);
    }
    // A translation or failed capture keeps the ratings of the text before it.
    const ratings = curatedClauses
      ? null
      : unread[i] && i > 0
        ? ratingsOf[i - 1]!
        : rater.rate(v.sha256, clauses);
    const ratingChanges: RatingChange[] =
      ratings && previousRatings && ratings !== previousRatings
        ? PRACTICE_SLUGS.filter((p) => ratings[p] !== previousRatings[p]).map((p) => ({
            practice: p,
            before: previousRatings[p] ?? "not-addressed",
            after: ratings[p] ?? "not-addressed",
          }))
        : [];
    ratingsOf.push(ratings);
    built.push({
      seq: i + 1,
      recordedAt: v.recordedAt,
      kind: v.kind,
      sha256: v.sha256,
      clauseIds: clauses.map((o) => o.id),
      ...counts,
      changedPractices: inPracticeOrder(practices),
      ratings,
      ratingChanges,
      returnsToSeq: backAndForth[i]!.returnsTo === null ? null : backAndForth[i]!.returnsTo! + 1,
      backAndForth: backAndForth[i]!.hidden,
      comparedToSeq: comparedTo === null ? null : comparedTo + 1,
      otherLanguage: otherLanguage[i]!,
      captureFailed: captureFailed[i]!,
    });
  });
  return built;
}
