import { describe, expect, it } from "vitest";
import { PRACTICE_SLUGS, type PracticeSlug } from "../practice-slugs";
import type { LabelledClause } from "./labels";
import { crossValidatedPredictions, outOfFold, trainModel, type TrainConfig } from "./train-model";

const CONFIG: TrainConfig = {
  bigrams: true,
  keywords: true,
  headingAugment: false,
  minDf: 1,
  maxTerms: 5000,
  folds: 3,
  linear: {
    lambda: 1e-4,
    epochs: 4,
    positiveWeightPower: 0.5,
    maxPositiveWeight: 5,
    seed: 7,
    nbScaling: false,
  },
};

const TEMPLATES: Array<[string, PracticeSlug[]]> = [
  ["We use cookies to remember your {x} preferences.", ["cookies", "collection", "use"]],
  ["We keep your {x} data for thirty days after you close your account.", ["retention"]],
  ["We share your {x} information with service providers.", ["third-parties"]],
  ["You can opt out of {x} marketing emails at any time.", ["choice"]],
  ["Contact us about {x} at the address below.", []],
  [
    "If we are acquired, {x} data may be transferred to the buyer.",
    ["third-parties", "business-transfer"],
  ],
];

function corpus(policies: number, flip = false): LabelledClause[] {
  const out: LabelledClause[] = [];
  for (let p = 0; p < policies; p++)
    TEMPLATES.forEach(([text, practices], i) => {
      const t = text.replace("{x}", ["account", "profile", "usage"][(p + i) % 3]!);
      out.push({
        id: `${p}-${i}`,
        policy: `policy-${p}`,
        headingPath: [],
        text: t,
        practices: flip && i === 0 ? ["choice"] : practices,
        source: "test",
      });
    });
  return out;
}

describe("trainModel", () => {
  it("is deterministic: the same labels give byte-identical weights", () => {
    const a = JSON.stringify(trainModel(corpus(6), CONFIG).file);
    const b = JSON.stringify(trainModel(corpus(6), CONFIG).file);
    expect(a).toBe(b);
  });

  it("gives different weights when a label changes", () => {
    const a = trainModel(corpus(6), CONFIG).file;
    const b = trainModel(corpus(6, true), CONFIG).file;
    expect(a.weights).not.toBe(b.weights);
    expect(a.training.labelsSha256).not.toBe(b.training.labelsSha256);
  });

  it("averages NB-LR with plain LR into one linear model when asked, deterministically", () => {
    const config = { ...CONFIG, ensemble: true, linear: { ...CONFIG.linear, nbScaling: true } };
    const a = trainModel(corpus(6), config).file;
    const b = trainModel(corpus(6), config).file;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.hidden).toBe(0);
    expect(a.training.config.ensemble).toBe(true);
    expect(a.weights).not.toBe(trainModel(corpus(6), { ...config, ensemble: false }).file.weights);
    expect(a.crossValidation.microF1).toBeGreaterThan(0.9);
  });

  it("tunes one operating point on bare and headed text together when asked", () => {
    const headed = corpus(9).map((c, i) => ({
      ...c,
      headingPath: i % 2 ? ["Cookies and similar technologies"] : [],
    }));
    const { file } = trainModel(headed, { ...CONFIG, headingAugment: true, poolThresholds: true });
    expect(file.training.config.poolThresholds).toBe(true);
    expect(file.crossValidation.microF1).toBeGreaterThan(0.9);
  });

  it("learns the templates well enough to separate them", () => {
    const { file } = trainModel(corpus(9), CONFIG);
    expect(file.crossValidation.microF1).toBeGreaterThan(0.9);
    expect(file.practices).toEqual([...PRACTICE_SLUGS]);
  });
});

describe("outOfFold", () => {
  it("never lets a policy's clauses inform their own predictions", () => {
    // Each policy's clauses use words no other policy uses; a leak would let the model
    // recognise them. Without one, every held-out clause looks the same to its model.
    const clauses: LabelledClause[] = [];
    for (let p = 0; p < 6; p++)
      for (let i = 0; i < 5; i++)
        clauses.push({
          id: `${p}-${i}`,
          policy: `policy-${p}`,
          headingPath: [],
          text: `zq${p}word zq${p}other`,
          practices: p % 2 ? ["cookies"] : ["retention"],
          source: "test",
        });
    const { probabilities, folds } = outOfFold(clauses, { ...CONFIG, keywords: false });
    for (let f = 0; f < CONFIG.folds; f++) {
      const held = probabilities.filter((_, i) => folds[i] === f).map((p) => [...p]);
      for (const p of held) expect(p).toEqual(held[0]);
    }
    // …whereas a model that saw them tells the two groups apart.
    const { file } = trainModel(clauses, { ...CONFIG, keywords: false });
    expect(file.vocabulary).toContain("zq0word");
  });
});

describe("crossValidatedPredictions", () => {
  it("tunes each fold's thresholds on the probability sets it is given", () => {
    const clauses = corpus(6).filter((c) => c.text.includes("cookies") || c.text.includes("keep"));
    const folds = clauses.map((c) => Number(c.policy.slice(-1)) % 3);
    const cookies = PRACTICE_SLUGS.indexOf("cookies");
    const probs = (pos: number, neg: number) =>
      clauses.map((c) =>
        Float64Array.from(PRACTICE_SLUGS, (_, k) =>
          k === cookies ? (c.practices.includes("cookies") ? pos : neg) : 0,
        ),
      );
    const judged = probs(0.6, 0.4);
    const own = crossValidatedPredictions(clauses, judged, folds, 3);
    expect(own.map((p) => p.has("cookies"))).toEqual(
      clauses.map((c) => c.practices.includes("cookies")),
    );
    // Tuned on a set where every probability is higher, the threshold lands above 0.6.
    const other = crossValidatedPredictions(clauses, judged, folds, 3, [probs(0.9, 0.7)]);
    expect(other.some((p) => p.has("cookies"))).toBe(false);
  });
});
