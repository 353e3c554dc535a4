/** "Gmail", "Gmail and Google Voice", "AdSense, Google Ads and Google Analytics". */
export function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
