import type { CompanySummary } from "./model";

type Shown = Pick<CompanySummary, "slug" | "name" | "samePolicyAs">;

/**
 * The names of the other columns of a comparison whose policy text is this company's: identical
 * columns side by side (Gmail and Google Voice in messaging) need a word of why. A company
 * sharing its text with none of those shown gets none: its page says so.
 */
export function samePolicyShown(company: Shown, shown: readonly Shown[]): string[] {
  const same = new Set(company.samePolicyAs);
  return shown.filter((c) => same.has(c.slug)).map((c) => c.name);
}
