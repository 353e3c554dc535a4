import type { Metadata } from "next";
import { Corrections } from "@/components/corrections";
import { MachineReadingAccuracy } from "@/components/machine-reading-accuracy";
import { MachineReadMark } from "@/components/machine-read-mark";
import { MachineReadingMethod } from "@/components/machine-reading-method";
import { PolicySources } from "@/components/policy-sources";
import { RatingBadge } from "@/components/rating-badge";
import { RubricRules } from "@/components/rubric-rules";
import { listCompanies } from "@/lib/queries/companies";
import { listPractices } from "@/lib/queries/practices";
import { RATING_LABELS, RATINGS } from "@/lib/ratings";
import { CORE_RUBRIC, GENERAL_RULES, RATING_MEANINGS, SUMMARY_MAX_SENTENCES } from "@/lib/rubric";
import { TextLink } from "@/components/text-link";
import { NO_CLAUSE_FOUND_ANCHOR, rubricAnchor } from "@/lib/rubric-links";
import { correctionsContact } from "@/lib/corrections-contact";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Methodology: how we rate",
  description:
    "The rubric behind every Policy Atlas rating — protective, neutral, concerning, not addressed — and how findings are drawn from the policies' own words.",
};

export default async function MethodologyPage() {
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const core = practices.filter((p) => CORE_RUBRIC[p.slug]);
  const practiceNames = new Map(practices.map((p) => [p.slug, p.name]));
  // Counted, not written in: which copies the policies are depends on what the seed loaded.
  const curated = companies.filter((c) => c.provenance === "curated").length;
  const machine = companies.length - curated;
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">How we rate</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Each finding is one company × one practice: a rating, a summary in our words of at most{" "}
          {SUMMARY_MAX_SENTENCES === 2 ? "two sentences" : `${SUMMARY_MAX_SENTENCES} sentences`},
          and the clauses it rests on, quoted exactly. We judge by what the policy says, not by what
          a company may do in practice. This is not legal advice.
        </p>
      </header>

      <section aria-labelledby="ratings-title" className="space-y-4">
        <h2 id="ratings-title" className="text-xl font-semibold">
          The four ratings
        </h2>
        <dl className="space-y-4">
          {RATINGS.map((r) => (
            <div
              key={r}
              id={`rating-${r}`}
              className="scroll-mt-24 rounded-lg border border-slate-200 p-4 target:ring-2 target:ring-sky-400 dark:border-slate-800"
            >
              <dt className="flex items-center gap-3">
                <RatingBadge rating={r} />
                <span className="sr-only">{RATING_LABELS[r]}</span>
              </dt>
              <dd className="mt-2 text-slate-800 dark:text-slate-200">
                {RATING_MEANINGS[r]}
                {r === "not-addressed" &&
                  " Where a policy is silent we say so, with no evidence, rather than guess; silence is itself worth comparing. Only a person says this: machine reading says “No clause found”, which is not a finding of silence (see "}
                {r === "not-addressed" && (
                  <a
                    href={`#${NO_CLAUSE_FOUND_ANCHOR}`}
                    className="text-sky-800 underline dark:text-sky-300"
                  >
                    what it means
                  </a>
                )}
                {r === "not-addressed" && ")."}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="core-title" className="space-y-4">
        <h2 id="core-title" className="text-xl font-semibold">
          The four core practices
        </h2>
        {core.map((p) => (
          <div key={p.slug} className="space-y-2">
            <h3 className="font-semibold">
              <TextLink href={`/practices/${p.slug}`}>{p.name}</TextLink>
            </h3>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Rating guidance for {p.name}</caption>
              <tbody>
                {RATINGS.filter((r) => CORE_RUBRIC[p.slug]?.ratings[r]).map((r) => (
                  <tr
                    key={r}
                    id={rubricAnchor(p.slug, r)}
                    className="border-t border-slate-200 target:bg-sky-50 target:outline-2 target:outline-sky-500 dark:border-slate-800 dark:target:bg-sky-950/60"
                  >
                    <th scope="row" className="w-40 py-2 pr-3 align-top font-normal">
                      <RatingBadge rating={r} size="sm" />
                    </th>
                    <td className="py-2">{CORE_RUBRIC[p.slug]?.ratings[r]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <RubricRules rules={CORE_RUBRIC[p.slug]?.rules ?? []} className="text-sm" />
          </div>
        ))}
      </section>

      <section aria-labelledby="general-title" className="space-y-2">
        <h2 id="general-title" className="text-xl font-semibold">
          For every practice
        </h2>
        <p>
          The other practices follow the general meanings above, and every practice these rules:
        </p>
        <RubricRules rules={GENERAL_RULES} />
        <p>
          The &ldquo;at a glance&rdquo; line on the grid and on each company page counts a
          company&rsquo;s findings by rating, among the practices shown. It is a count, not a score:
          no rating weighs more than another, and nothing is added up into a grade.
        </p>
      </section>

      <MachineReadingMethod practiceNames={practiceNames} />

      <Corrections contact={correctionsContact()} />

      <section aria-labelledby="process-title" className="space-y-2">
        <h2 id="process-title" className="text-xl font-semibold">
          Where the words come from
        </h2>
        <p>
          <PolicySources curated={curated} machine={machine} /> Each company page links to that copy
          and to the original address. We split each policy into clauses — one per paragraph or list
          item, labelled with the headings above it — and give every clause a stable link. Every
          quote in a finding is checked, when the data is loaded, to occur word for word in the
          clause it links to.
        </p>
        <p>
          The practice taxonomy is aligned with the OPP-115 corpus of privacy practices (Wilson et
          al., 2016). See the <TextLink href="/practices">practices</TextLink> for what each one
          covers.
        </p>
      </section>

      <section
        id="reading-a-policy"
        aria-labelledby="machine-title"
        className="scroll-mt-24 space-y-3"
      >
        <h2 id="machine-title" className="text-xl font-semibold">
          Machine reading and its accuracy
        </h2>
        <p>
          <TextLink href="/analyze">Read a policy</TextLink> reads any policy by software: it splits
          it into clauses the same way, assigns each clause its practices, finds the facts that
          decide a rating (retention periods, sale, opt-outs, Do Not Track, children&rsquo;s age,
          change notice, arbitration, named partners) and suggests a rating by written rules, with
          the reason and a confidence. Its findings carry the mark <MachineReadMark compact /> and
          the words &ldquo;machine-read, not reviewed&rdquo;; where it finds nothing it says
          &ldquo;no clause found&rdquo; rather than &ldquo;not addressed&rdquo;.
        </p>
        <p>
          It can miss a clause worded unusually, take a clause for the wrong practice, and misread a
          negation or a condition; it cannot weigh what a policy implies without saying. It reads
          whatever text it is given as a policy: where fewer than one clause in five speaks to any
          practice (terms of service, a documentation page, an index of notices kept elsewhere), the
          page says the text may not be a privacy policy, since its findings then say little. On the
          curated policies its suggested ratings agree with ours for most findings, but its rules
          were written while reading those same policies, so that agreement flatters it. The
          accuracy of the clause classifier, practice by practice:
        </p>
        <MachineReadingAccuracy practiceNames={practiceNames} />
      </section>
    </article>
  );
}
