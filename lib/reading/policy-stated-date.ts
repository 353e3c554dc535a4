import { parseEffectiveDate, type StatedDate } from "../seed/parse-effective-date";
import type { PolicyFormat } from "./ingest";

type Read = {
  title: string;
  format: PolicyFormat;
  clauses: ReadonlyArray<{ text: string; headingPath: string[] }>;
};

/**
 * The date a read policy states for itself, by the rules that date the atlas's companies
 * (lib/seed/parse-effective-date.ts). Markdown and text are read as sent, as the corpus is, so a
 * corpus policy pasted here gets its company page's date. Those rules read lines of markdown, so
 * HTML is written back as its title, headings and clauses in order (a date in a heading that no
 * clause follows is then not seen).
 */
export function policyStatedDate(text: string, policy: Read): StatedDate | null {
  if (policy.format !== "html") return parseEffectiveDate(text);
  const lines: string[] = policy.title ? [`# ${policy.title}`] : [];
  let path: string[] = [];
  for (const c of policy.clauses) {
    let same = 0;
    while (same < path.length && path[same] === c.headingPath[same]) same++;
    for (let i = same; i < c.headingPath.length; i++)
      lines.push(`${"#".repeat(Math.min(i + 2, 6))} ${c.headingPath[i]}`);
    path = c.headingPath;
    lines.push(c.text);
  }
  return parseEffectiveDate(lines.join("\n\n"));
}
