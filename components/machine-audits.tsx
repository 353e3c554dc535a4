import {
  AUDITS,
  auditTotals,
  DOUBLE_READINGS,
  doubleReadingMadeOn,
  doubleReadingTotals,
  REAUDITS,
  HISTORY_AUDITS,
  historyAuditTotals,
  SECOND_READINGS,
  type SecondReading,
} from "@/lib/reading/audit-record";
import { DisclosedTable } from "./disclosed-table";

const percent = (part: number, whole: number) =>
  `${((100 * part) / whole).toLocaleString("en", { maximumFractionDigits: 1 })}\u00a0%`;

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

/**
 * The classifier's F1 says how well clauses are tagged; a reader acts on the rating. This is
 * what checking ratings against the policies' words found (lib/reading/audit-record.ts).
 */
const secondReadingTotals = () => {
  const sum = (key: keyof SecondReading) =>
    SECOND_READINGS.reduce((n, s) => n + (typeof s[key] === "number" ? s[key] : 0), 0);
  return {
    readings: SECOND_READINGS.length,
    companies: sum("companies"),
    findings: sum("findings"),
    wrongRatings: sum("wrongRatings"),
    wrongRatingsFoundFirst: sum("wrongRatingsFoundFirst"),
    firstCountedNotWrong: sum("firstCountedNotWrong"),
    falseNoClauseFound: sum("falseNoClauseFound"),
    falseNoClauseFoundFirst: sum("falseNoClauseFoundFirst"),
    wrongReasons: sum("wrongReasons"),
    wrongReasonsFoundFirst: sum("wrongReasonsFoundFirst"),
  };
};

export function MachineAudits({ practiceNames }: { practiceNames: Map<string, string> }) {
  const t = auditTotals();
  const r = auditTotals(REAUDITS);
  const h = historyAuditTotals();
  const s = secondReadingTotals();
  const doubles = doubleReadingTotals();
  const firstCounted = s.wrongRatingsFoundFirst + s.firstCountedNotWrong;
  const names = (slugs: string[]) => slugs.map((s) => practiceNames.get(s) ?? s).join(", ");
  return (
    <div className="space-y-2" id="audits">
      <h3 className="pt-2 font-semibold">Checked by hand: the suggested ratings</h3>
      <p className="text-sm">
        In each audit we take every 12th machine-read company in alphabetical order, read seven or
        eight of its practices in the policy (a sample no earlier audit read), and count every
        rating the policy&rsquo;s words do not bear out. So far:{" "}
        <strong>
          {t.findings.toLocaleString("en")} findings in {t.audits} audits;{" "}
          {t.wrongRatings.toLocaleString("en")} ratings wrong ({percent(t.wrongRatings, t.findings)}
          ),{" "}
          {t.twoStepsOff === 0
            ? "every one a single step off"
            : `${t.twoStepsOff} of them two steps off`}
        </strong>{" "}
        (neutral where the words make it protective, for instance;{" "}
        {t.twoStepsOff === 0 ? "never" : "rarely"} concerning where they make it protective), and{" "}
        {t.falseNoClauseFound} &ldquo;no clause found&rdquo; where the policy does speak to the
        practice. Each cause found was then fixed by a rule that reads every policy, never a
        correction of one company, so each rate is of findings no rule had yet been written for.
      </p>
      {r.audits > 0 && (
        <p id="re-audits" className="scroll-mt-24 text-sm">
          These audits have now read every machine-read company for every practice. What is left
          after all their rules is measured by reading fresh samples again, each for all 14
          practices: {[...new Set(REAUDITS.map((a) => a.sample))].join("; ")}.{" "}
          <strong>
            Of {r.findings.toLocaleString("en")} findings, {r.wrongRatings} ratings were wrong (
            {percent(r.wrongRatings, r.findings)}),{" "}
            {r.twoStepsOff === 0 ? "none two steps off" : `${r.twoStepsOff} of them two steps off`}
          </strong>
          , and {r.falseNoClauseFound} &ldquo;no clause found&rdquo; where the policy does speak to
          the practice: the rate one careful reading finds. Their causes were then fixed too.
        </p>
      )}
      {s.readings > 0 && (
        <p id="second-reading" className="scroll-mt-24 text-sm">
          A second reading checks the re-audits themselves: {s.findings} of their findings (
          {s.companies} companies, all 14 practices) were read again by readers who had not seen the
          first verdicts, and a third reading of the policy&rsquo;s words settled every
          disagreement.{" "}
          <strong>
            It found {s.wrongRatings} ratings wrong ({percent(s.wrongRatings, s.findings)})
          </strong>{" "}
          where the re-audits had counted {firstCounted} ({percent(firstCounted, s.findings)})
          {s.firstCountedNotWrong > 0 &&
            `, and ${s.firstCountedNotWrong === firstCounted ? (firstCounted === 1 ? "that one was" : "those were") : `${s.firstCountedNotWrong} of those ${s.firstCountedNotWrong === 1 ? "was" : "were"}`} debatable, not wrong`}
          ; {s.falseNoClauseFound} &ldquo;no clause found&rdquo; where the policy does speak to the
          practice (the re-audits had found {s.falseNoClauseFoundFirst}); and {s.wrongReasons}{" "}
          reasons or facts that misread the words (they had found {s.wrongReasonsFoundFirst}). So
          the re-audits&rsquo; rate is a floor, not the rate to expect: one reading misses wrong
          ratings. These causes were fixed too.
        </p>
      )}
      {DOUBLE_READINGS.length > 0 && (
        <div id="double-reading" className="scroll-mt-24 space-y-2 text-sm">
          <p>
            Double readings measure what the rules still misread after all of that: two readers,
            blind to each other, read the same findings (all 14 practices of each company drawn) as
            the rules read them at the time; a third reading of the policy&rsquo;s words settled
            every finding they judged differently and checked every rating both called wrong, since
            two readers can share a bias.{" "}
            <strong>
              In all, {doubles.wrong} of {doubles.findings.toLocaleString("en")} ratings wrong (
              {percent(doubles.wrong, doubles.findings)}),{" "}
              {doubles.twoStepsOff === 0
                ? "none two steps off"
                : `${doubles.twoStepsOff} of them two steps off`}
            </strong>
            , and {doubles.wrongReasons} reasons or facts that misread the words, over{" "}
            {doubles.companies} companies. This is the rate to expect of a machine-read finding
            today. Each reading&rsquo;s causes were fixed in turn, except those the rules document
            leaves open.
          </p>
          <DisclosedTable
            summary="Each double reading"
            caption="Blind double readings of machine-read ratings, oldest first"
            columns={[
              { label: "Reading" },
              { label: "Findings", numeric: true },
              { label: "Judged differently", numeric: true },
              { label: "Both called wrong (upheld)", numeric: true },
              { label: "Wrong ratings", numeric: true },
              { label: "Overturning earlier calls", numeric: true },
              { label: "Reasons misread", numeric: true },
            ]}
            note={
              <>
                Wrong ratings include a &ldquo;no clause found&rdquo; where the policy does speak to
                the practice. A call is overturned when a wrong rating is one an earlier reading had
                recorded as debatable, left open, or a true &ldquo;no clause found&rdquo;.
              </>
            }
          >
            {DOUBLE_READINGS.map((d, i) => {
              const wrong = d.wrongRatings + d.falseNoClauseFound;
              return (
                <tbody key={d.label} className="border-t border-slate-200 dark:border-slate-800">
                  <tr>
                    <th scope="row" className="py-1 pr-3 text-left align-top font-normal">
                      <span className="font-semibold">{ordinal(i + 1)}</span>
                      <span className="block whitespace-nowrap text-slate-600 dark:text-slate-400">
                        {doubleReadingMadeOn(d.madeOn)}
                      </span>
                    </th>
                    <td className="py-1 pr-3 text-right align-top font-mono">{d.findings}</td>
                    <td className="py-1 pr-3 text-right align-top font-mono">{d.disagreements}</td>
                    <td className="py-1 pr-3 text-right align-top font-mono whitespace-nowrap">
                      {d.bothCalledWrong} ({d.bothCalledWrongUpheld})
                    </td>
                    <td className="py-1 pr-3 text-right align-top whitespace-nowrap">
                      <strong className="font-mono">
                        {wrong} ({percent(wrong, d.findings)})
                      </strong>
                      {d.falseNoClauseFound > 0 && (
                        <span className="block text-slate-600 dark:text-slate-400">
                          {d.falseNoClauseFound} &ldquo;no clause found&rdquo;
                        </span>
                      )}
                      {d.twoStepsOff > 0 && (
                        <span className="block text-slate-600 dark:text-slate-400">
                          {d.twoStepsOff} two steps off
                        </span>
                      )}
                    </td>
                    <td className="py-1 pr-3 text-right align-top font-mono">
                      {d.againstEarlierCalls}
                    </td>
                    <td className="py-1 text-right align-top font-mono">{d.wrongReasons}</td>
                  </tr>
                  <tr>
                    <td colSpan={7} className="pb-2 text-slate-600 dark:text-slate-400">
                      {d.companies} companies: {d.sample}
                    </td>
                  </tr>
                </tbody>
              );
            })}
          </DisclosedTable>
        </div>
      )}
      <DisclosedTable
        summary="Each audit"
        caption="Hand audits of machine-read ratings"
        columns={[
          { label: "Companies" },
          { label: "Practices" },
          { label: "Findings", numeric: true },
          { label: "Wrong ratings", numeric: true },
        ]}
      >
        <tbody>
          {AUDITS.map((a) => (
            <tr key={a.label} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1 pr-3 align-top">
                {a.companies}, every 12th from the {a.from.map(ordinal).join(" and the ")}
              </td>
              <td className="py-1 pr-3 align-top">{names(a.practices)}</td>
              <td className="py-1 pr-3 text-right align-top font-mono">{a.findings}</td>
              <td className="py-1 text-right align-top font-mono whitespace-nowrap">
                {a.wrongRatings} ({percent(a.wrongRatings, a.findings)})
              </td>
            </tr>
          ))}
        </tbody>
      </DisclosedTable>
      <p id="history-audits" className="scroll-mt-24 text-sm">
        The policy history&rsquo;s alerts, a suggested rating that moved between two recorded
        versions, are audited the same way, each read against both versions&rsquo; words: of{" "}
        {h.ratingChanges} in {h.audits} audits, <strong>{h.truthful} were true</strong> (
        {percent(h.truthful, h.ratingChanges)}), {h.artifacts} were artifacts (the same commitment
        in other words read differently, or a page captured badly), and {h.wrongRating} moved where
        one version&rsquo;s rating was wrong. Older recordings hold more capture glitches, so the
        rate depends on the years:{" "}
        {HISTORY_AUDITS.map((a, i) => (
          <span key={a.label}>
            {i ? "; " : ""}
            {a.truthful} of {a.ratingChanges} true for the alerts {a.period}
          </span>
        ))}
        . Their causes were fixed the same way; an alert is a reason to read the two versions, which
        its comparison shows side by side.
      </p>
    </div>
  );
}
