/** Ages policies write in words ("under thirteen"), shared by every rule that reads an age. */
export const AGE_WORDS: Record<string, number> = {
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  "twenty-one": 21,
};

/** "13" or "thirteen" as a number. */
export const ageOf = (written: string) => AGE_WORDS[written.toLowerCase()] ?? Number(written);
