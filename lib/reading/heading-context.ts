/**
 * A clause's text with its nearest `levels` headings in front ("Your rights. Objection. You
 * can ask us to stop …"): the form the model reads when the heading is known. Shared by
 * training and inference so the two build the same text.
 */
export function headingContext(text: string, headingPath: readonly string[], levels = 1): string {
  const headings = headingPath
    .slice(-Math.max(1, levels))
    .map((h) => h.trim())
    .filter(Boolean);
  return headings.length ? `${headings.join(". ")}. ${text}` : text;
}
