/**
 * Levenshtein distance of `a` and `b` if it is at most `max`, else null; cut off as soon as every
 * path costs more, so comparing one word with every company's name stays cheap.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    if (Math.min(...row) > max) return null;
    prev = row;
  }
  return prev[b.length]! <= max ? prev[b.length]! : null;
}
