import weightsJson from "./model/weights.json" with { type: "json" };
import { modelFileSchema, decodeFloats, type ModelFile } from "./model-file";
import { headingContext } from "./heading-context";
import { forward, networkFromFile, type Network } from "./network";
import { calibrate } from "./training/calibration";
import { PRACTICE_SLUGS, withImplied, type PracticeSlug } from "./practice-slugs";
import { indexVocabulary, vectorizeIndexed, type VocabularyIndex } from "./vectorize";

/*
 * The clause classifier: plain TypeScript inference over the committed weights
 * (lib/reading/model/weights.json, written by `npm run train`). Used by the app, the `classify`
 * and `analyze` commands and the reading pipeline; nothing is downloaded or compiled.
 */
export { PRACTICE_SLUGS, type PracticeSlug };

export type PracticeProbabilities = Record<PracticeSlug, number>;

type Loaded = {
  file: ModelFile;
  network: Network;
  vocabulary: VocabularyIndex;
  idf: Float32Array;
};

let loaded: Loaded | null = null;

/** Decoded on first use, not at import: pages that never classify pay nothing. */
function model(): Loaded {
  if (loaded) return loaded;
  const file = modelFileSchema.parse(weightsJson);
  if (file.practices.join() !== PRACTICE_SLUGS.join())
    throw new Error("weights.json was trained on another practice list: run npm run train");
  loaded = {
    file,
    network: networkFromFile(file),
    vocabulary: indexVocabulary(new Map(file.vocabulary.map((t, i) => [t, i]))),
    idf: decodeFloats(file.idf),
  };
  return loaded;
}

/**
 * The text to classify for a clause that sits under a heading: the nearest heading(s) in front
 * ("Data retention. complying with our legal obligations"), as many as the model was trained
 * with. The model was trained on clauses both with and without them; with them, list items that
 * only make sense under their heading are read correctly far more often (see
 * docs/machine-reading.md).
 */
export function withHeadingContext(text: string, headingPath: readonly string[]): string {
  return headingContext(text, headingPath, model().file.features.headingLevels ?? 1);
}

/**
 * A probability per practice for each clause text, in the order given: calibrated on held-out
 * clauses, so a 0.8 is right about four times in five on policies like those we labelled.
 */
export function classifyClauses(texts: string[]): PracticeProbabilities[] {
  const { file, network, vocabulary, idf } = model();
  return texts.map((text) => {
    const p = forward(network, vectorizeIndexed(text, vocabulary, idf, file.features));
    const probs = {} as PracticeProbabilities;
    for (let c = 0; c < PRACTICE_SLUGS.length; c++) {
      const s = PRACTICE_SLUGS[c]!;
      probs[s] = calibrate(p[c]!, file.calibration[s]);
    }
    return probs;
  });
}

/**
 * The practices a clause is assigned: those at or above their operating threshold, plus the
 * practices they imply (a business transfer or legal disclosure is third-party sharing too).
 */
export function assignPractices(probs: PracticeProbabilities): PracticeSlug[] {
  const { thresholds } = model().file;
  return withImplied(PRACTICE_SLUGS.filter((s) => probs[s] >= thresholds[s]));
}

/** What the committed model is, for reports and the methodology page. */
export const classifierInfo: {
  /** A short human name for reports ("NB-LR trained on 3,359 labelled clauses"). */
  name: string;
  /** Changes whenever the weights do: the model kind and the training labels' digest. */
  version: string;
  kind: string;
  description: string;
  trainingSize: number;
  trainingPolicies: number;
  thresholds: Record<PracticeSlug, number>;
  crossValidation: { folds: number; microF1: number; macroF1: number };
} = {
  name: `${weightsJson.kind === "mlp" ? "neural network" : (weightsJson.training.config as Record<string, unknown>).ensemble === true ? "NB-LR and LR ensemble" : "NB-LR"} trained on ${weightsJson.training.clauses.toLocaleString("en")} labelled clauses`,
  version: `${weightsJson.kind}-${weightsJson.training.labelsSha256.slice(0, 8)}`,
  kind: weightsJson.kind,
  description: weightsJson.description,
  trainingSize: weightsJson.training.clauses,
  trainingPolicies: weightsJson.training.policies,
  thresholds: weightsJson.thresholds as Record<PracticeSlug, number>,
  crossValidation: {
    folds: weightsJson.crossValidation.folds,
    microF1: weightsJson.crossValidation.microF1,
    macroF1: weightsJson.crossValidation.macroF1,
  },
};
