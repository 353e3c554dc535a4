import { OTA_ATTRIBUTION } from "@/lib/provenance";

/** Said once at the top of a machine-read company's page: what the reader is looking at. */
export function MachineReadNotice() {
  return (
    <p className="max-w-3xl rounded-md border border-dashed border-violet-500 bg-violet-50 px-3 py-2 text-sm text-violet-950 dark:border-violet-400 dark:bg-violet-950 dark:text-violet-100">
      <strong>Machine-read, not reviewed.</strong> These findings were drafted by our classifier and
      rating rules from the policy&rsquo;s text; they can be wrong or miss a clause, so &ldquo;no
      clause found&rdquo; is not proof of silence.{" "}
      <a href="/methodology#machine-reading" className="underline">
        How machine reading works and how accurate it is
      </a>
      . Policy text recorded by{" "}
      <a href={OTA_ATTRIBUTION.url} className="underline" rel="noopener noreferrer">
        {OTA_ATTRIBUTION.credit}
      </a>{" "}
      ({OTA_ATTRIBUTION.licence}).{" "}
      <a href="/methodology#corrections" className="underline">
        Is a finding wrong? How it is corrected, or reviewed by a person
      </a>
      .
    </p>
  );
}
