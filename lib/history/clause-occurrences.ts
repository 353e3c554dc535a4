import { createHash } from "node:crypto";
import { machineFingerprint } from "../corpus/machine-fingerprint";
import { withHeadingContext } from "../reading/classifier";
import type { RatedClause } from "./rate-versions";

/** A clause text at one place in a company's policy (its heading path), as its versions hold it. */
export type Occurrence = RatedClause & {
  /** The stored clause's id, once the store has it. */
  id: number;
  /** The clause store's key (see clauseKey). */
  key: string;
  /** The text the classifier reads: the clause with its nearest heading in front. */
  input: string;
  heading: string;
  /** Equal for equal texts, whatever their headings: versions are compared by their words. */
  textIndex: number;
};

export const hashText = (text: string) => createHash("sha256").update(text).digest("hex");

/*
 * A stored clause is a text as the classifier reads it, with its heading in front, because its
 * machine tags are of that reading: "to comply with the law" is retention under one heading and
 * use under another (in the corpus, 11,612 of 110,000 texts stand under more than one heading,
 * and 2,099 of them are tagged differently). Keyed so, the tags shown with a clause, the practices
 * a change touches and the ratings are all the company page's for the same text and heading, in
 * every company that shares it. The key also holds the reading code's fingerprint (classifier
 * weights and rules), so tags stored by an earlier model are never reused.
 */
const clauseKey = (input: string, text: string) =>
  hashText(JSON.stringify([machineFingerprint(), input, text]));

/** The distinct clauses of one company's versions: one per text and heading path. */
export class ClauseOccurrences {
  readonly all: Occurrence[] = [];
  private readonly byText = new Map<string, Map<string, Occurrence>>();
  private readonly textIndex = new Map<string, number>();

  /** `curated`: the tags are a person's, not the classifier's, so a clause is keyed by its text alone. */
  constructor(private readonly curated: boolean) {}

  of(text: string, headingPath: string[]): Occurrence {
    let byPath = this.byText.get(text);
    if (!byPath) this.byText.set(text, (byPath = new Map()));
    const pathKey = headingPath.join("\u0000");
    let o = byPath.get(pathKey);
    if (o) return o;
    const input = this.curated ? text : withHeadingContext(text, headingPath);
    let t = this.textIndex.get(text);
    if (t === undefined) this.textIndex.set(text, (t = this.textIndex.size));
    o = {
      occurrence: this.all.length,
      id: 0,
      text,
      headingPath,
      practices: [],
      key: this.curated ? hashText(text) : clauseKey(input, text),
      input,
      heading: headingPath[headingPath.length - 1] ?? "",
      textIndex: t,
    };
    this.all.push(o);
    byPath.set(pathKey, o);
    return o;
  }
}
