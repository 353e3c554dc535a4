/** Words joined as prose says "or": "a", "a or b", "a, b or c". */
export const orList = (words: readonly string[]) =>
  words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
