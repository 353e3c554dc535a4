import { describe, expect, it } from "vitest";
import { practiceScopeSentence } from "./practice-scope-sentence";

describe("practiceScopeSentence", () => {
  it("lets a clause say what a question-like description asks", () => {
    expect(practiceScopeSentence("How long data is kept.")).toBe(
      "A clause belongs here when it says how long data is kept.",
    );
  });

  it("makes a subject-like description what the clause is about", () => {
    expect(practiceScopeSentence("Collection of data from children under 13.")).toBe(
      "A clause belongs here when it is about collection of data from children under 13.",
    );
    expect(practiceScopeSentence("Opt-outs, consent and communication preferences.")).toBe(
      "A clause belongs here when it is about opt-outs, consent and communication preferences.",
    );
  });
});
