import { nameList } from "../name-list";

/** The most companies a reading is compared with: more columns would not fit beside it. */
export const MAX_COMPARED = 4;

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight"];

/**
 * What the page says when more companies were picked than fit (possible only without
 * JavaScript, where nothing stops a fifth tick): which ones it left out, by name, since a
 * reader looking at four columns would not otherwise know a fifth was dropped.
 */
export function leftOutNotice(pickedNames: string[], max = MAX_COMPARED): string | null {
  if (pickedNames.length <= max) return null;
  const out = pickedNames.slice(max);
  return `Showing ${max} of the ${pickedNames.length} you picked: the reading is compared with at most ${NUMBER_WORDS[max] ?? max}; ${nameList(out)} ${out.length === 1 ? "was" : "were"} left out.`;
}
