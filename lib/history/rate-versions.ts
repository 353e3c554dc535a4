import type { Rating } from "../ratings";
import { extractFacts, sharingLeadIns, signalNamesOf, type Fact } from "../reading/extract-facts";
import { regionLeadIns } from "../reading/read-since-2027-02-08";
import { PRACTICE_SLUGS } from "../reading/classifier";
import { factsFor, suggestRating } from "../reading/suggest-rating";
import { countsNotFor } from "../reading/bare-label";
import { sentencesOf, type Sentence } from "../reading/sentences";

/** A clause of a version as it is rated: one per distinct text and heading path in a company. */
export type RatedClause = {
  /** Distinct per text and heading path within one company's history. */
  occurrence: number;
  text: string;
  headingPath: readonly string[];
  /** The classifier's tags, read with the clause's heading in front as analyzePolicy reads it. */
  practices: readonly string[];
};

/** Facts per clause occurrence, under one set of own names; keyed by occurrence and the version's signal names. */
type OwnReading = { own: ReadonlySet<string>; facts: Map<string, Fact[]> };
const isDenial = (f: Fact) => f.kind === "no-sharing" || f.kind === "no-sale";

/**
 * Suggested ratings per version, read as the corpus seed reads a company's latest policy
 * (analyzePolicy, then readMachinePolicy), so the latest version's ratings are the company
 * page's. Facts are read once per clause occurrence, set of own names and reading of "GPC" and
 * "DNT": extractFacts reads each clause on its own (its heading path for a table row's verb), so a
 * policy's facts are its clauses' facts in order, except what it reads over the whole policy —
 * own names, whether "GPC" or "DNT" names something else ("Google Payment Corp. (“GPC”)"), whether
 * the policy names a correction anywhere (so an access-only sentence says "data can be seen"),
 * the lead-in of sharing a listed clause stands under (sharingLeadIns), and whether a clause
 * follows a lead-in of rights for some regions' people (regionLeadIns) — which are read from the
 * whole version and passed in. A version whose clauses and own names
 * are those of the version before it keeps its ratings.
 */
export class VersionRater {
  private readonly bySha = new Map<string, OwnReading>();
  private previousKey = "";
  private previousReading: OwnReading | null = null;
  private previousRatings: Record<string, Rating> | null = null;
  /** Each clause occurrence's sentences, split once for every version that has it. */
  private readonly sentences = new Map<number, Sentence[]>();

  /** `ownBySha`: each version's own names (ownNames, plus any version's title names). */
  constructor(ownBySha: ReadonlyMap<string, ReadonlySet<string>>) {
    const byNames = new Map<string, OwnReading>();
    for (const [sha, own] of ownBySha) {
      const key = [...own].sort().join("\n");
      let reading = byNames.get(key);
      if (!reading) byNames.set(key, (reading = { own, facts: new Map() }));
      this.bySha.set(sha, reading);
    }
  }

  rate(sha: string, clauses: readonly RatedClause[]): Record<string, Rating> {
    const reading = this.bySha.get(sha)!;
    const key = clauses.map((c) => c.occurrence).join(",");
    if (this.previousRatings && key === this.previousKey && reading === this.previousReading)
      return this.previousRatings;
    const texts = clauses.map((c) => c.text);
    const signals = signalNamesOf(texts);
    const signalKey = `${signals.gpcNamesSomethingElse ? "g" : ""}${signals.dntNamesSomethingElse ? "d" : ""}${signals.correctionNamed ? "c" : ""}`;
    const split = clauses.map((c) => {
      let sentences = this.sentences.get(c.occurrence);
      if (!sentences) this.sentences.set(c.occurrence, (sentences = sentencesOf(c.text)));
      return sentences;
    });
    const leadIns = sharingLeadIns(
      texts,
      clauses.map((c) => c.headingPath),
      split,
    );
    const afterRegionLeadIn = regionLeadIns(
      split,
      clauses.map((c) => c.headingPath),
    );
    const facts = clauses.flatMap((c, i) => {
      const leadIn = leadIns[i]!;
      const region = afterRegionLeadIn[i]!;
      const at = `${c.occurrence}|${signalKey}|${leadIn}|${region ? "r" : ""}`;
      let found = reading.facts.get(at);
      if (!found) {
        found = extractFacts(
          [c.text],
          undefined,
          reading.own,
          [c.headingPath],
          signals,
          [leadIn],
          [region],
        );
        reading.facts.set(at, found);
      }
      // A denial's clause is its place in this version, as in a whole reading: the "no-sharing"
      // rule counts the clauses its denials stand in (suggest-rating.ts). Only those facts.
      return found.some(isDenial)
        ? found.map((f): Fact => (isDenial(f) ? ({ ...f, clause: i } as Fact) : f))
        : found;
    });
    const ratings: Record<string, Rating> = {};
    for (const practice of PRACTICE_SLUGS) {
      const tagged = clauses.filter(
        (c) => c.practices.includes(practice) && !countsNotFor(practice, c.text),
      ).length;
      const suggestion = suggestRating(practice, factsFor(practice, facts), tagged);
      // The seed shows a finding with no evidence as not addressed (readMachinePolicy): its
      // evidence is the decisive facts' sentences and the tagged clauses, so it has none when
      // both are missing (a stray fact: "GPC" read as Global Privacy Control).
      ratings[practice] =
        tagged === 0 && suggestion.decisive.length === 0 ? "not-addressed" : suggestion.rating;
    }
    this.previousKey = key;
    this.previousReading = reading;
    this.previousRatings = ratings;
    return ratings;
  }
}
