import practices from "../../seeds/practices.json";
import { closestClauseNote } from "../provenance";
import type { PolicyAnalysis } from "./analyze-policy";
import { factText } from "./fact-text";

const nameOf = new Map(practices.map((p) => [p.slug, p.name]));
const pct = (p: number) => `${Math.round(p * 100)} %`;
const quote = (text: string) => `> ${text.replace(/\n/g, " ")}`;
/*
 * "No clause found" has no rating to be sure of: its stored confidence is one minus the closest
 * clause's probability, and 0.99 would read as near-certain silence. Say what the page says.
 */
const silent = (f: PolicyAnalysis["findings"][number]) => f.rating === "not-addressed";

/** A readable markdown report of a reading (`npm run analyze -- FILE --format md`). */
export function formatReport(a: PolicyAnalysis, name: string, classifier: string): string {
  const lines: string[] = [
    `# ${name}: machine-read, not reviewed`,
    "",
    `${a.title ? `“${a.title}”, ` : ""}${a.clauses.length} clauses read from ${a.format}. ` +
      `Suggested ratings come from documented rules (docs/machine-reading-rules.md) applied to facts found by ${classifier}; a person has not checked them.`,
    "",
    a.statedDate
      ? `Date the policy states for itself (read by machine): ${a.statedDate.label.toLowerCase()} ${a.statedDate.date}${a.statedDate.precision === "month" ? " (a month: the policy states no day)" : ""}, from “${a.statedDate.stated}”.`
      : "Date the policy states for itself (read by machine): none found.",
    "",
    "| practice | suggested rating | confidence | reason |",
    "|---|---|--:|---|",
    ...a.findings.map(
      (f) =>
        `| ${nameOf.get(f.practice) ?? f.practice} | ${silent(f) ? "no clause found" : f.rating} | ${silent(f) ? "—" : f.confidence.toFixed(2)} | ${f.reason} |`,
    ),
  ];
  for (const f of a.findings) {
    lines.push("", `## ${nameOf.get(f.practice) ?? f.practice}`, "");
    lines.push(
      silent(f)
        ? `Suggested: ${f.reason} (${closestClauseNote(f.confidence).toLowerCase()}).`
        : `Suggested: ${f.reason} (confidence ${f.confidence.toFixed(2)}).`,
    );
    if (f.facts.length) {
      lines.push("", "Facts:", "");
      for (const fact of f.facts) lines.push(`- ${factText(fact)}`, `  ${quote(fact.quote)}`);
    }
    if (f.supporting.length) {
      lines.push("", `Clauses (${f.supporting.length}, best first):`, "");
      for (const s of f.supporting.slice(0, 5)) {
        const c = a.clauses[s.clause]!;
        const where = c.headingPath.length ? ` — ${c.headingPath.join(" › ")}` : "";
        lines.push(`- ${pct(s.probability)}${where}`, `  ${quote(c.text)}`);
      }
      if (f.supporting.length > 5) lines.push(`- … and ${f.supporting.length - 5} more`);
    }
  }
  return lines.join("\n") + "\n";
}
