import type { Network } from "../network";
import type { SparseVector } from "../vectorize";
import { seededRandom, shuffledIndices } from "./random";
import { positiveWeights } from "./train-linear";

export type MlpConfig = {
  hidden: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights (input rows decay when their feature is seen). */
  lambda: number;
  positiveWeightPower: number;
  maxPositiveWeight: number;
  seed: number;
};

/**
 * One shared hidden layer of rectified units under the 14 logistic outputs, so practices that
 * travel together (cookies with third parties, retention with deletion) share what they learn.
 * Plain SGD with a decaying rate and seeded initialisation and order: deterministic.
 */
export function trainMlp(
  X: readonly SparseVector[],
  targets: readonly Uint8Array[],
  inputs: number,
  outputs: number,
  config: MlpConfig,
): Network {
  const H = config.hidden;
  const random = seededRandom(config.seed);
  const W1 = new Float64Array(inputs * H);
  for (let i = 0; i < W1.length; i++) W1[i] = (random() * 2 - 1) * 0.1;
  const b1 = new Float64Array(H).fill(0.05);
  const limit = Math.sqrt(6 / (H + outputs));
  const W2 = new Float64Array(outputs * H);
  for (let i = 0; i < W2.length; i++) W2[i] = (random() * 2 - 1) * limit;
  const b2 = new Float64Array(outputs);
  const posW = positiveWeights(
    targets,
    outputs,
    config.positiveWeightPower,
    config.maxPositiveWeight,
  );
  const h = new Float64Array(H);
  const dh = new Float64Array(H);
  const total = config.epochs * X.length;
  let t = 0;

  for (let epoch = 0; epoch < config.epochs; epoch++) {
    for (const n of shuffledIndices(X.length, random)) {
      const x = X[n]!;
      const y = targets[n]!;
      const lr = config.learningRate * (1 - t++ / total) + 1e-3;
      for (let j = 0; j < H; j++) h[j] = b1[j]!;
      for (let k = 0; k < x.index.length; k++) {
        const base = x.index[k]! * H;
        const v = x.value[k]!;
        for (let j = 0; j < H; j++) h[j]! += v * W1[base + j]!;
      }
      for (let j = 0; j < H; j++) if (h[j]! < 0) h[j] = 0;
      dh.fill(0);
      for (let c = 0; c < outputs; c++) {
        let z = b2[c]!;
        const row = c * H;
        for (let j = 0; j < H; j++) z += W2[row + j]! * h[j]!;
        const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        const g = (p - y[c]!) * (y[c] ? posW[c]! : 1);
        for (let j = 0; j < H; j++) {
          dh[j]! += g * W2[row + j]!;
          W2[row + j]! -= lr * (g * h[j]! + config.lambda * W2[row + j]!);
        }
        b2[c]! -= lr * g;
      }
      for (let j = 0; j < H; j++) if (h[j] === 0) dh[j] = 0;
      for (let k = 0; k < x.index.length; k++) {
        const base = x.index[k]! * H;
        const v = x.value[k]!;
        for (let j = 0; j < H; j++)
          W1[base + j]! -= lr * (v * dh[j]! + config.lambda * W1[base + j]!);
      }
      for (let j = 0; j < H; j++) b1[j]! -= lr * dh[j]!;
    }
  }
  return {
    inputs,
    hidden: H,
    outputs,
    weights: Float32Array.from(W1),
    hiddenBias: Float32Array.from(b1),
    outputWeights: Float32Array.from(W2),
    bias: Float32Array.from(b2),
  };
}
