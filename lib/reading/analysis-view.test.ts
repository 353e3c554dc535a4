import { describe, expect, it } from "vitest";
import type { MachineFinding, PolicyAnalysis } from "./analyze-policy";
import { machineView } from "./analysis-view";

const finding = (over: Partial<MachineFinding>): MachineFinding => ({
  practice: "business-transfer",
  rating: "neutral",
  reason: "business transfer: the policy speaks to this practice",
  confidence: 0.5,
  facts: [],
  evidence: [],
  supporting: [],
  closest: 0.4,
  ...over,
});

const SALE = "If Acme is acquired, your data may be transferred to the buyer.";
const analysis: PolicyAnalysis = {
  title: "Acme Privacy Policy",
  format: "markdown",
  statedDate: null,
  clauses: [
    {
      text: `We share data with service providers. ${SALE}`,
      headingPath: ["Sharing"],
      practices: {},
    },
    { text: "We use cookies to keep you signed in.", headingPath: ["Cookies"], practices: {} },
  ],
  findings: [
    // The fact's sentence sits in a clause the classifier gave to sharing alone.
    finding({ evidence: [{ quote: SALE }], supporting: [] }),
    finding({
      practice: "cookies",
      evidence: [{ quote: "We use cookies to keep you signed in." }],
      supporting: [{ clause: 1, probability: 0.9 }],
    }),
  ],
};

describe("what the /analyze page shows of a reading", () => {
  const view = machineView(analysis);
  const of = (practice: string) => view.byPractice.find((p) => p.practice === practice)!;

  it("counts the grid's quotes from clauses the classifier gave to other practices", () => {
    expect(of("business-transfer")).toMatchObject({ total: 0, quotedElsewhere: 1 });
  });

  it("does not count a quote of the practice's own clause as found elsewhere", () => {
    expect(of("cookies")).toMatchObject({ total: 1, quotedElsewhere: 0 });
  });

  it("numbers each quote and clause by its place in the text as sent, for finding it in a draft", () => {
    const cell = (practice: string) => view.machine.find((m) => m.practice === practice)!;
    expect(cell("business-transfer").evidence).toEqual([{ quote: SALE, clause: 1 }]);
    expect(cell("cookies").evidence).toEqual([
      { quote: "We use cookies to keep you signed in.", clause: 2 },
    ]);
    expect(of("cookies").clauses.map((c) => c.number)).toEqual([2]);
  });
});
