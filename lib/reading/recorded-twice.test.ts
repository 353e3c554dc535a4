import { describe, expect, it } from "vitest";
import { readPolicy } from "./ingest";
import { dropRecordedTwice } from "./recorded-twice";
import { cpuMs } from "../../tests/helpers/cpu-time";

const clause = (i: number, heading = "Privacy Policy") => ({
  text: `Clause number ${i} of the policy says something of its own.`,
  headingPath: [heading],
});
const policy = (n: number) => Array.from({ length: n }, (_, i) => clause(i));

describe("dropRecordedTwice", () => {
  it("drops a second copy of the policy at the end of the page (DuckDuckGo, World Market)", () => {
    const once = policy(24);
    expect(dropRecordedTwice([...once, ...once])).toEqual(once);
    // Other text between the two copies stays (Shein).
    const between = [clause(100, "Other"), clause(101, "Other")];
    expect(dropRecordedTwice([...once, ...between, ...once])).toEqual([...once, ...between]);
  });

  it("keeps a repeat that is short, a small part of the text, or not at the end (Instagram's lists)", () => {
    const list = policy(9);
    const rest = Array.from({ length: 30 }, (_, i) => clause(i + 50, "Elsewhere"));
    expect(dropRecordedTwice([...rest, ...list, ...list])).toHaveLength(48);
    const long = Array.from({ length: 200 }, (_, i) => clause(i + 500, "Long"));
    const block = policy(12);
    expect(dropRecordedTwice([...block, ...long, ...block])).toHaveLength(224);
    expect(dropRecordedTwice([...block, ...block, clause(999)])).toHaveLength(25);
    // The same words under another heading are another clause.
    const other = block.map((c) => ({ ...c, headingPath: ["Annex"] }));
    expect(dropRecordedTwice([...block, ...other])).toHaveLength(24);
  });

  it("reads a page whose policy was recorded twice as one policy", () => {
    const body = Array.from(
      { length: 12 },
      (_, i) => `## Section ${i}\n\nWe keep data of kind ${i} for ${i + 1} days.`,
    ).join("\n\n");
    const twice = readPolicy(`# Privacy Policy\n\n${body}\n\n${body}`, "markdown");
    expect(twice.clauses).toEqual(readPolicy(`# Privacy Policy\n\n${body}`, "markdown").clauses);
  });

  it("stays linear on a hostile text of one clause repeated", () => {
    const same = Array.from({ length: 5000 }, () => clause(1));
    expect(cpuMs(() => dropRecordedTwice(same))).toBeLessThan(200);
  });
});
