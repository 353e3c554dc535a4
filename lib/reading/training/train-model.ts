import { encodeFloats, type ModelFile } from "../model-file";
import { forward, type Network } from "../network";
import { PRACTICE_SLUGS, type PracticeSlug } from "../practice-slugs";
import { vectorize } from "../vectorize";
import { policyFolds } from "./folds";
import { labelsDigest, type LabelledClause } from "./labels";
import { multiLabelReport } from "./metrics";
import { bestThreshold } from "./thresholds";
import { trainLinear, type LinearConfig } from "./train-linear";
import { trainMlp, type MlpConfig } from "./train-mlp";
import { buildVocabulary, type Vocabulary } from "./vocabulary";

export type TrainConfig = {
  bigrams: boolean;
  keywords: boolean;
  /** Also train on each clause with its nearest heading in front ("Cookies. We use …"). */
  headingAugment: boolean;
  minDf: number;
  maxTerms: number;
  folds: number;
  linear: LinearConfig;
  /** When set, a one-hidden-layer network instead of the linear model. */
  mlp?: MlpConfig;
};

export type Fitted = { vocabulary: Vocabulary; network: Network; config: TrainConfig };

const targetsOf = (clauses: readonly LabelledClause[]) =>
  clauses.map((c) => Uint8Array.from(PRACTICE_SLUGS, (s) => (c.practices.includes(s) ? 1 : 0)));

/** Vocabulary, IDF and weights learnt from these clauses only. */
/** The clause with its nearest heading in front, as the reading pipeline can pass it. */
export const withHeading = (c: LabelledClause) =>
  c.headingPath.length ? `${c.headingPath[c.headingPath.length - 1]}. ${c.text}` : c.text;

export function fit(clauses: readonly LabelledClause[], config: TrainConfig): Fitted {
  if (config.headingAugment)
    clauses = [
      ...clauses,
      ...clauses
        .filter((c) => c.headingPath.length > 0)
        .map((c) => ({ ...c, text: withHeading(c) })),
    ];
  const texts = clauses.map((c) => c.text);
  const vocabulary = buildVocabulary(texts, config);
  const X = texts.map((t) => vectorize(t, vocabulary.index, vocabulary.idf, config));
  const train = config.mlp
    ? (x: typeof X, y: Uint8Array[], i: number, o: number) => trainMlp(x, y, i, o, config.mlp!)
    : (x: typeof X, y: Uint8Array[], i: number, o: number) =>
        trainLinear(x, y, i, o, config.linear);
  const network = train(X, targetsOf(clauses), vocabulary.terms.length, PRACTICE_SLUGS.length);
  return { vocabulary, network, config };
}

export function predict(fitted: Fitted, texts: readonly string[]): Float64Array[] {
  const { vocabulary, network, config } = fitted;
  return texts.map((t) => forward(network, vectorize(t, vocabulary.index, vocabulary.idf, config)));
}

/**
 * Probabilities for every clause from a model that never saw its policy: k folds of whole
 * policies, each predicted by a model fitted on the others (vocabulary included).
 */
export function outOfFold(
  clauses: readonly LabelledClause[],
  config: TrainConfig,
  options: { headingAtTest?: boolean } = {},
): { probabilities: Float64Array[]; folds: number[] } {
  const folds = policyFolds(
    clauses.map((c) => c.policy),
    config.folds,
  );
  const probabilities = new Array<Float64Array>(clauses.length);
  for (let f = 0; f < config.folds; f++) {
    const train = clauses.filter((_, i) => folds[i] !== f);
    const testIdx = clauses.flatMap((_, i) => (folds[i] === f ? [i] : []));
    const fitted = fit(train, config);
    const probs = predict(
      fitted,
      testIdx.map((i) => (options.headingAtTest ? withHeading(clauses[i]!) : clauses[i]!.text)),
    );
    testIdx.forEach((i, k) => (probabilities[i] = probs[k]!));
  }
  return { probabilities, folds };
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
 */
export function crossValidatedPredictions(
  clauses: readonly LabelledClause[],
  probabilities: readonly Float64Array[],
  folds: readonly number[],
  k: number,
): Array<Set<PracticeSlug>> {
  const predicted = new Array<Set<PracticeSlug>>(clauses.length);
  for (let f = 0; f < k; f++) {
    const others = clauses.flatMap((_, i) => (folds[i] !== f ? [i] : []));
    const t = thresholdsFrom(
      others.map((i) => probabilities[i]!),
      others.map((i) => clauses[i]!),
    );
    clauses.forEach((_, i) => {
      if (folds[i] !== f) return;
      predicted[i] = new Set(PRACTICE_SLUGS.filter((s, c) => probabilities[i]![c]! >= t[s]));
    });
  }
  return predicted;
}

export type TrainOutcome = {
  file: ModelFile;
  probabilities: Float64Array[];
  folds: number[];
  cvPredicted: Array<Set<PracticeSlug>>;
};

/** Cross-validation (thresholds and figures), then the final fit on every clause. */
export function trainModel(clauses: readonly LabelledClause[], config: TrainConfig): TrainOutcome {
  const { probabilities, folds } = outOfFold(clauses, config);
  const thresholds = thresholdsFrom(probabilities, clauses);
  const cvPredicted = crossValidatedPredictions(clauses, probabilities, folds, config.folds);
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
      : config.linear.nbScaling
        ? "One-vs-rest L2 logistic regression on TF-IDF word and word-pair features, each scaled per practice by its naive-Bayes log-count ratio (NB-LR)."
        : "One-vs-rest L2 logistic regression on TF-IDF word and word-pair features.",
    features: { bigrams: config.bigrams, keywords: config.keywords, minDf: config.minDf },
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
      },
    },
    practices: [...PRACTICE_SLUGS],
    vocabulary: fitted.vocabulary.terms,
    idf: encodeFloats(fitted.vocabulary.idf),
    weights: encodeFloats(fitted.network.weights),
    outputWeights: encodeFloats(fitted.network.outputWeights),
    hiddenBias: [...fitted.network.hiddenBias],
    bias: [...fitted.network.bias],
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
