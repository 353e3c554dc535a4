import type { RubricRule } from "@/lib/rubric";

/** The rubric's close calls: each rule's title, then how we settle it and the wording that decides. */
export function RubricRules({
  rules,
  className = "",
}: {
  rules: RubricRule[];
  className?: string;
}) {
  if (rules.length === 0) return null;
  return (
    <dl className={`mt-3 space-y-2 ${className}`}>
      {rules.map((rule) => (
        <div key={rule.title}>
          <dt className="font-semibold">{rule.title}</dt>
          <dd className="text-slate-700 dark:text-slate-300">{rule.text}</dd>
        </div>
      ))}
    </dl>
  );
}
