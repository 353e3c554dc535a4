import type { TrainConfig } from "./train-model";

/** The configuration `npm run train` uses; chosen by `npm run train:compare` (see docs/machine-reading.md). */
export const TRAIN_CONFIG: TrainConfig = {
  bigrams: true,
  keywords: true,
  headingAugment: true,
  poolThresholds: true,
  minDf: 2,
  maxTerms: 40_000,
  folds: 5,
  ensemble: true,
  linear: {
    lambda: 1e-5,
    epochs: 10,
    positiveWeightPower: 0.5,
    maxPositiveWeight: 5,
    seed: 1,
    nbScaling: true,
  },
};
