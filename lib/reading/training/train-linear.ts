import { sigmoid, type Network } from "../network";
import type { SparseVector } from "../vectorize";
import { seededRandom, shuffledIndices } from "./random";

export type LinearConfig = {
  /** L2 penalty. */
  lambda: number;
  epochs: number;
  /** Positives of a practice weigh (negatives/positives)^power, capped at maxPositiveWeight. */
  positiveWeightPower: number;
  maxPositiveWeight: number;
  seed: number;
  /**
   * Scale each feature, per practice, by its naive-Bayes log-count ratio before fitting
   * (Wang & Manning's NB-SVM idea, 2012); the scale folds into the weights afterwards, so the
   * committed model stays a plain linear one.
   */
  nbScaling: boolean;
};

/** Per feature and output: log of how much likelier the feature is in positives than negatives. */
export function nbRatios(
  X: readonly SparseVector[],
  targets: readonly Uint8Array[],
  inputs: number,
  outputs: number,
): Float64Array {
  const pos = new Float64Array(inputs * outputs).fill(1);
  const neg = new Float64Array(inputs * outputs).fill(1);
  const posTotal = new Float64Array(outputs).fill(inputs);
  const negTotal = new Float64Array(outputs).fill(inputs);
  X.forEach((x, n) => {
    const y = targets[n]!;
    for (let k = 0; k < x.index.length; k++) {
      const base = x.index[k]! * outputs;
      for (let c = 0; c < outputs; c++) {
        if (y[c]) pos[base + c]!++;
        else neg[base + c]!++;
      }
    }
    for (let c = 0; c < outputs; c++) {
      if (y[c]) posTotal[c]! += x.index.length;
      else negTotal[c]! += x.index.length;
    }
  });
  const r = new Float64Array(inputs * outputs);
  for (let i = 0; i < inputs; i++)
    for (let c = 0; c < outputs; c++) {
      const j = i * outputs + c;
      // The magnitude, not the sign: the weights still learn direction; rare, uninformative
      // features get little room, telling ones more.
      r[j] = Math.abs(Math.log(pos[j]! / posTotal[c]! / (neg[j]! / negTotal[c]!)));
    }
  return r;
}

/** How much each positive example of each output weighs against a negative one. */
export function positiveWeights(
  targets: readonly Uint8Array[],
  outputs: number,
  power: number,
  cap: number,
): Float64Array {
  const w = new Float64Array(outputs);
  for (let c = 0; c < outputs; c++) {
    let pos = 0;
    for (const t of targets) pos += t[c]!;
    const neg = targets.length - pos;
    w[c] = pos ? Math.min(cap, Math.max(1, (neg / pos) ** power)) : 1;
  }
  return w;
}

/**
 * One-vs-rest L2-regularised logistic regression by stochastic gradient descent (Bottou's
 * scaled-weight form, so the penalty costs nothing per step on sparse inputs), with a seeded
 * shuffle each epoch: the same data and config give the same weights, bit for bit.
 */
export function trainLinear(
  X: readonly SparseVector[],
  targets: readonly Uint8Array[],
  inputs: number,
  outputs: number,
  config: LinearConfig,
): Network {
  const { lambda, epochs } = config;
  const W = new Float64Array(inputs * outputs);
  const b = new Float64Array(outputs);
  const scale = new Float64Array(outputs).fill(1);
  const posW = positiveWeights(
    targets,
    outputs,
    config.positiveWeightPower,
    config.maxPositiveWeight,
  );
  const random = seededRandom(config.seed);
  const r = config.nbScaling ? nbRatios(X, targets, inputs, outputs) : null;
  const z = new Float64Array(outputs);
  const eta0 = 0.5;
  let t = 0;

  const foldScale = (c: number) => {
    for (let i = 0; i < inputs; i++) W[i * outputs + c]! *= scale[c]!;
    scale[c] = 1;
  };

  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffledIndices(X.length, random);
    for (const n of order) {
      const x = X[n]!;
      const y = targets[n]!;
      const eta = eta0 / (1 + lambda * eta0 * t++);
      z.fill(0);
      for (let k = 0; k < x.index.length; k++) {
        const base = x.index[k]! * outputs;
        const v = x.value[k]!;
        if (r) for (let c = 0; c < outputs; c++) z[c]! += v * r[base + c]! * W[base + c]!;
        else for (let c = 0; c < outputs; c++) z[c]! += v * W[base + c]!;
      }
      for (let c = 0; c < outputs; c++) {
        const p = sigmoid(b[c]! + scale[c]! * z[c]!);
        const g = (p - y[c]!) * (y[c] ? posW[c]! : 1);
        scale[c]! *= 1 - eta * lambda;
        if (scale[c]! < 1e-6) foldScale(c);
        z[c] = (-eta * g) / scale[c]!;
        b[c]! -= eta * g;
      }
      for (let k = 0; k < x.index.length; k++) {
        const base = x.index[k]! * outputs;
        const v = x.value[k]!;
        if (r) for (let c = 0; c < outputs; c++) W[base + c]! += v * r[base + c]! * z[c]!;
        else for (let c = 0; c < outputs; c++) W[base + c]! += v * z[c]!;
      }
    }
  }
  for (let c = 0; c < outputs; c++) foldScale(c);
  if (r) for (let j = 0; j < W.length; j++) W[j]! *= r[j]!;
  return {
    inputs,
    hidden: 0,
    outputs,
    weights: Float32Array.from(W),
    hiddenBias: new Float32Array(0),
    outputWeights: new Float32Array(0),
    bias: Float32Array.from(b),
  };
}
