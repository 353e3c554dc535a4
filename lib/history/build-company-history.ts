import { createHash } from "node:crypto";
import type { HistoryVersion } from "../corpus/corpus-schemas";
import { extractFacts, ownNames, type Fact } from "../reading/extract-facts";
import { suggestRating } from "../reading/suggest-rating";
import { assignPractices, classifyClauses, PRACTICE_SLUGS } from "../reading/classifier";
import { findBackAndForth } from "./back-and-forth";
import { matchClauses } from "./match-clauses";
import { HistorySegmenter } from "./segment-history";

export type VersionKind = "first" | "change" | "technical";

/** A distinct clause text this company's history needs, and what the store knows of it. */
export type KnownClause = { id: number; practices: string[] };

/** Reads the clause store (hash → id and tags) and adds the texts it lacks; returns their ids. */
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
};

export type RatingChange = { practice: string; before: string; after: string };

export const hashText = (text: string) => createHash("sha256").update(text).digest("hex");

const practiceOrder = new Map<string, number>(PRACTICE_SLUGS.map((s, i) => [s, i]));
const inPracticeOrder = (set: Set<string>) =>
  [...set].sort((a, b) => (practiceOrder.get(a) ?? 99) - (practiceOrder.get(b) ?? 99));

/**
 * Turns one company's recorded versions into stored versions: each version segmented as the
 * corpus segments a policy, each distinct clause text classified once (texts the store already
 * holds are not classified again), and each version compared with the one before it.
 */
export async function buildCompanyHistory(
  versions: Array<Pick<HistoryVersion, "recordedAt" | "kind" | "sha256" | "text">>,
  store: ClauseStore,
  /** Clauses a person tagged (the curated five): their tags are used instead of the classifier's. */
  curatedClauses?: Array<{ text: string; heading: string; practices: string[] }>,
): Promise<BuiltVersion[]> {
  const segmenter = new HistorySegmenter();
  const hashOf = new Map<string, string>();
  const textOf = new Map<string, { text: string; heading: string }>();
  const bySha = new Map<string, string[]>();
  const hashLists: string[][] = [];
  /*
   * The names the company calls itself by, never its own named partner: each version's, read from
   * its title and opening clauses as analyzePolicy reads them (ownNames), and the names in any
   * version's title, so a company renamed is not its own partner under its other name ("X Privacy
   * Policy" saying "when you use Twitter"). Opening clauses count for their own version only: some
   * captures open with page furniture ("Prefer the Guardian on Google", a forum listing), and one
   * of those would strike a real partner from every version (docs/history.md).
   */
  const ownBySha = new Map<string, Set<string>>();
  const titleNames = new Set<string>();
  for (const v of versions) {
    let hashes = bySha.get(v.sha256);
    if (!hashes) {
      // A curated company's one version has no text of its own: its clauses are the curated ones.
      const read = curatedClauses ? null : segmenter.segment(v.text);
      const title = read?.title ?? "";
      const clauses: Array<{ text: string; heading: string }> =
        curatedClauses ??
        read!.clauses.map((c) => ({
          text: c.text,
          heading: c.headingPath[c.headingPath.length - 1] ?? "",
        }));
      const clauseTexts = clauses.map((c) => c.text);
      ownBySha.set(v.sha256, ownNames(title, clauseTexts));
      for (const name of ownNames(title, [])) titleNames.add(name);
      hashes = clauses.map((c) => {
        let h = hashOf.get(c.text);
        if (!h) {
          h = hashText(c.text);
          hashOf.set(c.text, h);
          if (!textOf.has(h)) textOf.set(h, { text: c.text, heading: c.heading });
        }
        return h;
      });
      bySha.set(v.sha256, hashes);
    }
    hashLists.push(hashes);
  }

  const missing = [...textOf.keys()].filter((h) => !store.get(h));
  const curatedTags = new Map(curatedClauses?.map((c) => [c.text, c.practices]));
  const texts = missing.map((h) => textOf.get(h)!.text);
  const probabilities = curatedClauses ? [] : classifyClauses(texts);
  const added = await store.add(
    missing.map((h, i) => ({
      hash: h,
      text: texts[i]!,
      heading: textOf.get(h)!.heading,
      practices: curatedClauses
        ? (curatedTags.get(texts[i]!) ?? [])
        : assignPractices(probabilities[i]!),
    })),
  );
  const known = (h: string) => store.get(h) ?? added.get(h)!;
  const textById = new Map<number, string>();
  for (const [h, t] of textOf) textById.set(known(h).id, t.text);
  const practicesById = new Map<number, string[]>();
  for (const h of textOf.keys()) practicesById.set(known(h).id, known(h).practices);

  /*
   * Suggested ratings per version, by the corpus's rules (lib/reading/: facts per clause, then
   * a rating per practice from its facts and its tagged clauses). Facts are read once per
   * distinct clause text and set of own names (a company has few of those); a version whose
   * clauses and own names are those of the version before it keeps its ratings.
   */
  type OwnReading = { own: ReadonlySet<string>; factsById: Map<number, Fact[]> };
  const readingByOwn = new Map<string, OwnReading>();
  const readingBySha = new Map<string, OwnReading>();
  for (const [sha, names] of ownBySha) {
    const own = new Set([...names, ...titleNames]);
    const key = [...own].sort().join("\n");
    let reading = readingByOwn.get(key);
    if (!reading) readingByOwn.set(key, (reading = { own, factsById: new Map() }));
    readingBySha.set(sha, reading);
  }
  const factsOf = (c: { id: number; text: string }, reading: OwnReading) => {
    let facts = reading.factsById.get(c.id);
    if (!facts) {
      facts = extractFacts([c.text], undefined, reading.own);
      reading.factsById.set(c.id, facts);
    }
    return facts;
  };
  let previousKey = "";
  let previousReading: OwnReading | null = null;
  let previousRatings: Record<string, string> | null = null;
  const rate = (clauses: Array<{ id: number; text: string }>, reading: OwnReading) => {
    const key = clauses.map((c) => c.id).join(",");
    if (previousRatings && key === previousKey && reading === previousReading)
      return previousRatings;
    previousKey = key;
    previousReading = reading;
    const ratings: Record<string, string> = {};
    const facts = clauses.flatMap((c) => factsOf(c, reading));
    for (const practice of PRACTICE_SLUGS) {
      const tagged = clauses.filter((c) => practicesById.get(c.id)?.includes(practice)).length;
      ratings[practice] = suggestRating(
        practice,
        facts.filter((f) => f.practice === practice),
        tagged,
      ).rating;
    }
    return ratings;
  };

  const built: BuiltVersion[] = [];
  let previous: Array<{ id: number; text: string }> | null = null;
  const idLists = hashLists.map((hashes) => hashes.map((h) => known(h).id));
  const backAndForth = findBackAndForth(
    versions.map((v, i) => ({
      key: idLists[i]!.join(","),
      at: Date.parse(v.recordedAt),
      kind: v.kind,
    })),
  );
  versions.forEach((v, i) => {
    const ids = idLists[i]!;
    const clauses = ids.map((id) => ({ id, text: textById.get(id)! }));
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
      for (const c of touched) for (const p of practicesById.get(c.id) ?? []) practices.add(p);
    }
    const ratings = curatedClauses ? null : rate(clauses, readingBySha.get(v.sha256)!);
    const ratingChanges: RatingChange[] =
      ratings && previousRatings && ratings !== previousRatings
        ? PRACTICE_SLUGS.filter((p) => ratings[p] !== previousRatings![p]).map((p) => ({
            practice: p,
            before: previousRatings![p] ?? "not-addressed",
            after: ratings[p] ?? "not-addressed",
          }))
        : [];
    previousRatings = ratings;
    built.push({
      seq: i + 1,
      recordedAt: v.recordedAt,
      kind: v.kind,
      sha256: v.sha256,
      clauseIds: ids,
      ...counts,
      changedPractices: inPracticeOrder(practices),
      ratings,
      ratingChanges,
      returnsToSeq: backAndForth[i]!.returnsTo === null ? null : backAndForth[i]!.returnsTo! + 1,
      backAndForth: backAndForth[i]!.hidden,
    });
    previous = clauses;
  });
  return built;
}
