const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * How many of `evaluated` also appear, word for word (case and spacing aside), among
 * `trained`: an evaluation set that shares text with the training labels is no clean look
 * (a policy can reach the corpus under another name, as Meredith's did as Allrecipes').
 */
export function countSharedTexts(evaluated: readonly string[], trained: readonly string[]): number {
  const seen = new Set(trained.map(normalise));
  return evaluated.filter((text) => seen.has(normalise(text))).length;
}
