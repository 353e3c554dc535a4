import { decodeFloats, type ModelFile } from "./model-file";
import type { SparseVector } from "./vectorize";

/*
 * The forward pass of a trained model: linear (one logistic unit per practice) or one shared
 * hidden layer of rectified units under the practices. Input weights are feature-major
 * (weights[feature * width + unit]) so a sparse clause touches one contiguous run per word.
 */
export type Network = {
  inputs: number;
  hidden: number;
  outputs: number;
  weights: Float32Array;
  hiddenBias: Float32Array;
  outputWeights: Float32Array;
  bias: Float32Array;
};

export function networkFromFile(file: ModelFile): Network {
  const inputs = file.vocabulary.length;
  const outputs = file.practices.length;
  const weights = decodeFloats(file.weights);
  const width = file.hidden || outputs;
  if (weights.length !== inputs * width)
    throw new Error(`weights.json: ${weights.length} weights for ${inputs}×${width}`);
  return {
    inputs,
    hidden: file.hidden,
    outputs,
    weights,
    hiddenBias: Float32Array.from(file.hiddenBias),
    outputWeights: decodeFloats(file.outputWeights),
    bias: Float32Array.from(file.bias),
  };
}

export const sigmoid = (z: number) =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

/** Probabilities per output unit; `hiddenOut`, when given, receives the hidden activations. */
export function forward(net: Network, x: SparseVector, hiddenOut?: Float64Array): Float64Array {
  const { hidden, outputs, weights } = net;
  const out = new Float64Array(outputs);
  if (hidden === 0) {
    for (let c = 0; c < outputs; c++) out[c] = net.bias[c]!;
    for (let k = 0; k < x.index.length; k++) {
      const base = x.index[k]! * outputs;
      const v = x.value[k]!;
      for (let c = 0; c < outputs; c++) out[c]! += v * weights[base + c]!;
    }
  } else {
    const h = hiddenOut ?? new Float64Array(hidden);
    for (let j = 0; j < hidden; j++) h[j] = net.hiddenBias[j]!;
    for (let k = 0; k < x.index.length; k++) {
      const base = x.index[k]! * hidden;
      const v = x.value[k]!;
      for (let j = 0; j < hidden; j++) h[j]! += v * weights[base + j]!;
    }
    for (let j = 0; j < hidden; j++) if (h[j]! < 0) h[j] = 0;
    for (let c = 0; c < outputs; c++) {
      let z = net.bias[c]!;
      for (let j = 0; j < hidden; j++) z += h[j]! * net.outputWeights[c * hidden + j]!;
      out[c] = z;
    }
  }
  for (let c = 0; c < outputs; c++) out[c] = sigmoid(out[c]!);
  return out;
}
