import { TextLink } from "@/components/text-link";
import type { CorrectionsContact } from "@/lib/corrections-contact";
import { OTA_ATTRIBUTION } from "@/lib/provenance";

/**
 * The methodology's answer to a company (or anyone) who finds a machine finding wrong: which text
 * was read, what happens when the policy changes, how a finding is corrected, and where to write.
 * Linked from every machine-read company page, since that is where the question arises.
 */
export function Corrections({ contact }: { contact: CorrectionsContact | null }) {
  return (
    <section
      id="corrections"
      aria-labelledby="corrections-title"
      className="scroll-mt-24 space-y-2"
    >
      <h2 id="corrections-title" className="text-xl font-semibold">
        Is a finding about your service wrong?
      </h2>
      <p>
        <strong>Which text was read.</strong> Each company page names the copy its findings rest on:
        who recorded it and on what day, with a link to that copy, and says so when the copy is more
        than a year older than the newest. Every quote links to the clause it comes from.
      </p>
      <p>
        <strong>When your policy changes.</strong> {OTA_ATTRIBUTION.credit} record the new version;
        the atlas reads it, by the same rules as every other policy, when its data is next updated,
        and the company&rsquo;s policy history lists the change with the clauses that changed. Until
        then the page shows the findings of the copy it names, not of today&rsquo;s policy.
      </p>
      <p>
        <strong>How a finding is corrected.</strong> Never by changing one company&rsquo;s rating by
        hand. Either the rule that misread the policy is fixed for every policy, tested on the
        sentence it misread and on one it must not change, and the finding changes with the next
        update; or a person reviews the whole policy, every finding against its words, and the
        company becomes curated: its findings then carry no machine-read mark.
      </p>
      <p>
        <strong>What to send.</strong> The company page&rsquo;s address, the practice, and the
        clause the finding misreads or misses (each clause has a &ldquo;Copy link&rdquo;). If the
        recorded text itself is wrong (an error page or an old page recorded as the policy), that
        record is {OTA_ATTRIBUTION.credit}&rsquo;; tell them at{" "}
        <TextLink href={OTA_ATTRIBUTION.url}>
          {OTA_ATTRIBUTION.url.replace("https://", "")}
        </TextLink>
        .
      </p>
      <p>
        {contact ? (
          <>
            Write to <TextLink href={contact.href}>{contact.label}</TextLink> to ask for a
            correction or a review by a person.
          </>
        ) : (
          <>This copy of the atlas publishes no address for corrections.</>
        )}
      </p>
    </section>
  );
}
