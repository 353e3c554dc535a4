/**
 * Text copied out of a PDF often keeps each printed line as a paragraph of its own: "As Required
 * By Law and Similar Disclosures. We may access, preserve, and disclose your" ⏎⏎ "Personal
 * Information if we believe doing so is required or appropriate to: (a) comply with law" ⏎⏎
 * "enforcement requests and legal process, …" (Parler). Read so, every sentence is cut into
 * clauses of a line each and no rule sees its verb beside its conditions: until the audit of
 * 2026-12-11 Parler's legal disclosure missed its "if we believe doing so is required or
 * appropriate" and its business transfer its "will be governed by the provisions of this Privacy
 * Policy". In a document written so — at least 20 paragraphs, a quarter of them, ending without
 * punctuation before one that goes on in lower case — a printed line (one line of 50 characters
 * or more, ending in a letter or a comma) is joined to the paragraph after it when that opens
 * with a letter, not a list's "(a)" or a number, and, after a numbered line ("2.1.2 For the
 * purpose of …", a heading, or "3.4 In case you grant consent for marketing purposes (including
 * possible profiling for the purpose", a clause), only with a lower-case letter.
 */
const MIN_WRAPPED = 20;
const MIN_SHARE = 0.25;
const ENDS_MID_SENTENCE = /[\p{L},]$/u;
const NUMBERED_HEADING = /^\d{1,3}(\.\d{1,3}){0,3}\.?\s/;
const GOES_ON = /^\p{L}/u;
/**
 * A numbered line of twelve words or more is a sentence begun, not a heading, and goes on whatever
 * the case of the line after it: "5.2 Your personal data may be transferred and stored within the
 * countries of the European" ⏎ "Economic Area (the “EEA”), which are considered as having a
 * comparable level of personal data protection …" (Uschovna; until the audit of 2026-12-15 two
 * clauses neither of which was read as about international transfer). The corpus's numbered
 * headings before a capital have nine words at most ("12. Your Additional Rights in the European
 * Economic Area", Parler).
 */
const SENTENCE_WORDS = 12;
const numberedSentence = (line: string) => line.split(/\s+/).length - 1 >= SENTENCE_WORDS;

export function joinHardWrappedLines(text: string): string {
  const parts = text.split(/(\n[ \t]*\n\s*)/);
  // parts: paragraph, separator, paragraph, separator, …
  const paras: string[] = [];
  for (let i = 0; i < parts.length; i += 2) paras.push(parts[i]!);
  let wrapped = 0;
  for (let i = 0; i + 1 < paras.length; i++)
    if (ENDS_MID_SENTENCE.test(paras[i]!.trimEnd()) && /^\p{Ll}/u.test(paras[i + 1]!)) wrapped++;
  if (wrapped < MIN_WRAPPED || wrapped < MIN_SHARE * paras.length) return text;
  let out = paras[0]!;
  for (let i = 1; i < paras.length; i++) {
    const before = paras[i - 1]!.trimEnd();
    const line = before.slice(before.lastIndexOf("\n") + 1);
    const join =
      !before.includes("\n") &&
      line.length >= 50 &&
      ENDS_MID_SENTENCE.test(line) &&
      (!NUMBERED_HEADING.test(line) || /^\p{Ll}/u.test(paras[i]!) || numberedSentence(line)) &&
      GOES_ON.test(paras[i]!);
    out = join ? `${out.trimEnd()} ${paras[i]}` : `${out}${parts[2 * i - 1]}${paras[i]}`;
  }
  return out;
}
