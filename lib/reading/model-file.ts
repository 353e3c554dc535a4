import { z } from "zod";
import { PRACTICE_SLUGS } from "./practice-slugs";

/*
 * The trained model as committed in lib/reading/model/weights.json. Large float arrays are
 * little-endian float32 in base64: a quarter of the size of JSON numbers, and exact, so
 * retraining on the same labels gives a byte-identical file.
 */
const practiceRecord = <T extends z.ZodType>(value: T) =>
  z.strictObject(
    Object.fromEntries(PRACTICE_SLUGS.map((s) => [s, value])) as Record<
      (typeof PRACTICE_SLUGS)[number],
      T
    >,
  );

export const modelFileSchema = z.strictObject({
  format: z.literal(1),
  kind: z.string(),
  description: z.string(),
  features: z.strictObject({
    bigrams: z.boolean(),
    keywords: z.boolean(),
    minDf: z.number().int().min(1),
    /** Character n-gram lengths inside words (lib/reading/features.ts); absent for none. */
    chars: z.array(z.number().int().min(2).max(8)).optional(),
    /** Headings put in front of a clause by withHeadingContext; 1 when absent. */
    headingLevels: z.number().int().min(1).max(4).optional(),
  }),
  /** Hidden units of the shared layer; 0 for a linear model. */
  hidden: z.number().int().min(0),
  training: z.strictObject({
    clauses: z.number().int(),
    policies: z.number().int(),
    seedClauses: z.number().int(),
    labelsSha256: z.string(),
    config: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  }),
  practices: z.array(z.string()),
  vocabulary: z.array(z.string()),
  idf: z.string(),
  /** hidden = 0: practices × vocabulary; otherwise hidden × vocabulary, then practices × hidden. */
  weights: z.string(),
  outputWeights: z.string(),
  hiddenBias: z.array(z.number()),
  bias: z.array(z.number()),
  /** Platt scaling of each practice's raw probability (lib/reading/training/calibration.ts). */
  calibration: practiceRecord(z.strictObject({ a: z.number(), b: z.number() })),
  /** Operating thresholds, on the calibrated probabilities. */
  thresholds: practiceRecord(z.number().min(0).max(1)),
  crossValidation: z.strictObject({
    folds: z.number().int(),
    microF1: z.number(),
    macroF1: z.number(),
    perPractice: practiceRecord(z.number()),
  }),
});
export type ModelFile = z.infer<typeof modelFileSchema>;

export function encodeFloats(values: ArrayLike<number>): string {
  const f32 = Float32Array.from(values as ArrayLike<number>);
  const bytes = new Uint8Array(f32.buffer);
  // Fixed little-endian order whatever the platform, so the file is the same everywhere.
  const view = new DataView(f32.buffer);
  for (let i = 0; i < f32.length; i++) view.setFloat32(i * 4, f32[i]!, true);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function decodeFloats(base64: string): Float32Array {
  const binary = atob(base64);
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) view.setUint8(i, binary.charCodeAt(i));
  const out = new Float32Array(binary.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}
