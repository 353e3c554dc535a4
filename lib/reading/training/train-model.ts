import { encodeFloats, type ModelFile } from "../model-file";
import { forward, type Network } from "../network";
import { PRACTICE_SLUGS, type PracticeSlug } from "../practice-slugs";
import { featureCounts } from "../features";
import { headingContext } from "../heading-context";
import { vectorize, vectorizeCounts } from "../vectorize";
import { policyFolds } from "./folds";
import { labelsDigest, type LabelledClause } from "./labels";
import { multiLabelReport } from "./metrics";
import { calibrate, plattScaling, type Calibration } from "./calibration";
import { bestThreshold } from "./thresholds";
import { trainLinear, type LinearConfig } from "./train-linear";
import { trainMlp, type MlpConfig } from "./train-mlp";
import { buildVocabulary, type Vocabulary } from "./vocabulary";

export type TrainConfig = {
  bigrams: boolean;
  keywords: boolean;
  /** Also train on each clause with its nearest heading in front ("Cookies. We use …"). */
  headingAugment: boolean;
  /** How many of the nearest headings go in front (1 when absent). */
  headingLevels?: number;
  /** Character n-gram lengths inside words (features.ts); none when absent. */
  chars?: readonly number[];
  /**
   * Tune thresholds and calibration on bare and headed held-out text pooled, so one operating
   * point serves clauses read with their heading (the reading pipeline) and without (classify).
   */
  poolThresholds?: boolean;
  minDf: number;
  maxTerms: number;
  folds: number;
  linear: LinearConfig;
  /**
   * Also fit the same logistic regression without naive-Bayes scaling and average the two
   * models' log-odds (weights and biases), which is again one linear model.
   */
  ensemble?: boolean;
  /** When set, a one-hidden-layer network instead of the linear model. */
  mlp?: MlpConfig;
};

export type Fitted = { vocabulary: Vocabulary; network: Network; config: TrainConfig };

const targetsOf = (clauses: readonly LabelledClause[]) =>
  clauses.map((c) => Uint8Array.from(PRACTICE_SLUGS, (s) => (c.practices.includes(s) ? 1 : 0)));

/*
 * Cross-validation reads every clause six times (five folds and the final fit); its features
 * are computed once per text and options and kept here, which is a large part of training time.
 */
const countsCache = new Map<string, Map<string, ReadonlyMap<string, number>>>();
function countsFor(config: TrainConfig): (text: string) => ReadonlyMap<string, number> {
  const key = `${config.bigrams}/${config.keywords}/${config.chars?.join() ?? ""}`;
  let cache = countsCache.get(key);
  if (!cache) countsCache.set(key, (cache = new Map()));
  return (text) => {
    let c = cache.get(text);
    if (!c) cache.set(text, (c = featureCounts(text, config)));
    return c;
  };
}

/** The clause with its nearest heading(s) in front, as the reading pipeline passes it. */
export const withHeading = (c: LabelledClause, levels = 1) =>
  headingContext(c.text, c.headingPath, levels);

/** Vocabulary, IDF and weights learnt from these clauses only. */
export function fit(clauses: readonly LabelledClause[], config: TrainConfig): Fitted {
  if (config.headingAugment)
    clauses = [
      ...clauses,
      ...clauses
        .filter((c) => c.headingPath.length > 0)
        .map((c) => ({ ...c, text: withHeading(c, config.headingLevels) })),
    ];
  const texts = clauses.map((c) => c.text);
  const counts = countsFor(config);
  const vocabulary = buildVocabulary(texts, config, counts);
  const X = texts.map((t) => vectorizeCounts(counts(t), vocabulary.index, vocabulary.idf));
  const targets = targetsOf(clauses);
  const inputs = vocabulary.terms.length;
  const outputs = PRACTICE_SLUGS.length;
  const network = config.mlp
    ? trainMlp(X, targets, inputs, outputs, config.mlp)
    : trainLinear(X, targets, inputs, outputs, config.linear);
  if (config.ensemble && !config.mlp) {
    const other = trainLinear(X, targets, inputs, outputs, {
      ...config.linear,
      nbScaling: !config.linear.nbScaling,
    });
    for (let j = 0; j < network.weights.length; j++)
      network.weights[j] = (network.weights[j]! + other.weights[j]!) / 2;
    for (let c = 0; c < outputs; c++) network.bias[c] = (network.bias[c]! + other.bias[c]!) / 2;
  }
  return { vocabulary, network, config };
}

export function predict(fitted: Fitted, texts: readonly string[]): Float64Array[] {
  const { vocabulary, network, config } = fitted;
  return texts.map((t) => forward(network, vectorize(t, vocabulary.index, vocabulary.idf, config)));
}

/**
 * Probabilities for every clause from a model that never saw its policy: k folds of whole
 * policies, each predicted by a model fitted on the others (vocabulary included). `headed` holds
 * the same model's probabilities for each clause with its heading(s) in front, as the reading
 * pipeline passes it; `probabilities` are those of the bare text.
 */
export function outOfFold(
  clauses: readonly LabelledClause[],
  config: TrainConfig,
): { probabilities: Float64Array[]; headed: Float64Array[]; folds: number[] } {
  const folds = policyFolds(
    clauses.map((c) => c.policy),
    config.folds,
  );
  const bare = new Array<Float64Array>(clauses.length);
  const headed = new Array<Float64Array>(clauses.length);
  for (let f = 0; f < config.folds; f++) {
    const train = clauses.filter((_, i) => folds[i] !== f);
    const testIdx = clauses.flatMap((_, i) => (folds[i] === f ? [i] : []));
    const fitted = fit(train, config);
    const probs = predict(
      fitted,
      testIdx.map((i) => clauses[i]!.text),
    );
    const headedProbs = predict(
      fitted,
      testIdx.map((i) => withHeading(clauses[i]!, config.headingLevels)),
    );
    testIdx.forEach((i, k) => {
      bare[i] = probs[k]!;
      headed[i] = headedProbs[k]!;
    });
  }
  return { probabilities: bare, headed, folds };
}

export function thresholdsFrom(
  probabilities: readonly Float64Array[],
  clauses: readonly LabelledClause[],
): Record<PracticeSlug, number> {
  return Object.fromEntries(
    PRACTICE_SLUGS.map((s, c) => [
      s,
      bestThreshold(
        probabilities.map((p) => p[c]!),
        clauses.map((cl) => cl.practices.includes(s)),
      ).threshold,
    ]),
  ) as Record<PracticeSlug, number>;
}

/**
 * Honest cross-validated predictions: each fold's clauses are judged at thresholds tuned on the
 * other folds' out-of-fold probabilities, so no clause's own label sets its threshold.
 * `tuneOn` (default: the judged probabilities) lists the probability sets, one per clause each,
 * pooled to tune the thresholds — bare and headed text together for one threshold serving both.
 */
export function crossValidatedPredictions(
  clauses: readonly LabelledClause[],
  probabilities: readonly Float64Array[],
  folds: readonly number[],
  k: number,
  tuneOn: ReadonlyArray<readonly Float64Array[]> = [probabilities],
): Array<Set<PracticeSlug>> {
  const predicted = new Array<Set<PracticeSlug>>(clauses.length);
  for (let f = 0; f < k; f++) {
    const others = clauses.flatMap((_, i) => (folds[i] !== f ? [i] : []));
    const t = thresholdsFrom(
      tuneOn.flatMap((set) => others.map((i) => set[i]!)),
      tuneOn.flatMap(() => others.map((i) => clauses[i]!)),
    );
    clauses.forEach((_, i) => {
      if (folds[i] !== f) return;
      predicted[i] = new Set(PRACTICE_SLUGS.filter((s, c) => probabilities[i]![c]! >= t[s]));
    });
  }
  return predicted;
}

const roundCalibration = ({ a, b }: Calibration): Calibration => ({
  a: Math.round(a * 1e6) / 1e6,
  b: Math.round(b * 1e6) / 1e6,
});

export type TrainOutcome = {
  file: ModelFile;
  probabilities: Float64Array[];
  folds: number[];
  cvPredicted: Array<Set<PracticeSlug>>;
};

/** Cross-validation (thresholds and figures), then the final fit on every clause. */
export function trainModel(clauses: readonly LabelledClause[], config: TrainConfig): TrainOutcome {
  const { probabilities, headed, folds } = outOfFold(clauses, config);
  // Thresholds and calibration from the bare text, or from bare and headed text pooled.
  const tuneOn = config.poolThresholds ? [probabilities, headed] : [probabilities];
  const tuneProbs = tuneOn.flat();
  const tuneClauses = tuneOn.flatMap(() => clauses);
  const rawThresholds = thresholdsFrom(tuneProbs, tuneClauses);
  const calibration = Object.fromEntries(
    PRACTICE_SLUGS.map((s, c) => [
      s,
      roundCalibration(
        plattScaling(
          tuneProbs.map((p) => p[c]!),
          tuneClauses.map((cl) => cl.practices.includes(s)),
        ),
      ),
    ]),
  ) as Record<PracticeSlug, Calibration>;
  // The same decisions as the raw thresholds, expressed on the calibrated scale.
  const thresholds = Object.fromEntries(
    PRACTICE_SLUGS.map((s) => [s, calibrate(rawThresholds[s], calibration[s])]),
  ) as Record<PracticeSlug, number>;
  const cvPredicted = crossValidatedPredictions(
    clauses,
    probabilities,
    folds,
    config.folds,
    tuneOn,
  );
  const report = multiLabelReport(
    PRACTICE_SLUGS,
    cvPredicted,
    clauses.map((c) => new Set(c.practices)),
  );
  const fitted = fit(clauses, config);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const file: ModelFile = {
    format: 1,
    kind: config.mlp ? "mlp" : "logistic-regression",
    description: config.mlp
      ? `A small neural network (one hidden layer of ${config.mlp.hidden} units, a logistic output per practice) on TF-IDF word and word-pair features.`
      : config.ensemble
        ? "One-vs-rest L2 logistic regression on TF-IDF word and word-pair features: the average of two fits, one with each feature scaled per practice by its naive-Bayes log-count ratio (NB-LR) and one without, which is again one linear model."
        : config.linear.nbScaling
          ? "One-vs-rest L2 logistic regression on TF-IDF word and word-pair features, each scaled per practice by its naive-Bayes log-count ratio (NB-LR)."
          : "One-vs-rest L2 logistic regression on TF-IDF word and word-pair features.",
    features: {
      bigrams: config.bigrams,
      keywords: config.keywords,
      minDf: config.minDf,
      ...(config.chars?.length ? { chars: [...config.chars] } : {}),
      ...(config.headingLevels && config.headingLevels > 1
        ? { headingLevels: config.headingLevels }
        : {}),
    },
    hidden: fitted.network.hidden,
    training: {
      clauses: clauses.length,
      policies: new Set(clauses.map((c) => c.policy)).size,
      seedClauses: clauses.filter((c) => c.policy.startsWith("seeds/")).length,
      labelsSha256: labelsDigest(clauses),
      config: {
        maxTerms: config.maxTerms,
        ...(config.mlp
          ? Object.fromEntries(Object.entries(config.mlp).map(([k, v]) => [`mlp.${k}`, v]))
          : {}),
        lambda: config.linear.lambda,
        epochs: config.linear.epochs,
        positiveWeightPower: config.linear.positiveWeightPower,
        maxPositiveWeight: config.linear.maxPositiveWeight,
        seed: config.linear.seed,
        nbScaling: config.linear.nbScaling,
        headingAugment: config.headingAugment,
        ...(config.ensemble ? { ensemble: true } : {}),
        ...(config.poolThresholds ? { poolThresholds: true } : {}),
      },
    },
    practices: [...PRACTICE_SLUGS],
    vocabulary: fitted.vocabulary.terms,
    idf: encodeFloats(fitted.vocabulary.idf),
    weights: encodeFloats(fitted.network.weights),
    outputWeights: encodeFloats(fitted.network.outputWeights),
    hiddenBias: [...fitted.network.hiddenBias],
    bias: [...fitted.network.bias],
    calibration,
    thresholds,
    crossValidation: {
      folds: config.folds,
      microF1: round(report.micro.f1),
      macroF1: round(report.macroF1),
      perPractice: Object.fromEntries(
        PRACTICE_SLUGS.map((s) => [s, round(report.perLabel[s].f1)]),
      ) as Record<PracticeSlug, number>,
    },
  };
  return { file, probabilities, folds, cvPredicted };
}
