/**
 * How many U+FFFD replacement characters the texts hold: what a decoder writes where bytes were
 * not text in the encoding it read. Open Terms Archive recorded Nissan's, Steam's and UserDrive's
 * policies so ("Nissan Motor Co., LTD (�Nissan�)"); the letters are lost, and the page says so
 * rather than let them pass for the policy's own words.
 */
export function countUnreadable(texts: Iterable<string>): number {
  let n = 0;
  for (const text of texts)
    for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}
