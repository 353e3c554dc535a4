import { OTA_ATTRIBUTION } from "@/lib/provenance";
import { TextLink } from "./text-link";

/**
 * Where the policies quoted on the site come from, for each kind that is loaded: the curated
 * ones are Wayback Machine snapshots, the machine-read ones Open Terms Archive's records (whose
 * licence asks for its credit wherever its data is shown).
 */
export function PolicySources({ curated, machine }: { curated: number; machine: number }) {
  const wayback = (
    <>
      {curated === 1
        ? "The curated policy is an archived copy"
        : `The ${curated} curated policies are archived copies`}{" "}
      from the Internet Archive&rsquo;s Wayback Machine
    </>
  );
  const ota = (
    <>
      copies recorded by <TextLink href={OTA_ATTRIBUTION.url}>Open Terms Archive</TextLink> (data by{" "}
      {OTA_ATTRIBUTION.credit}, licensed under{" "}
      <TextLink href={OTA_ATTRIBUTION.licenceUrl}>{OTA_ATTRIBUTION.licence}</TextLink>)
    </>
  );
  if (machine === 0) return <>{wayback}.</>;
  if (curated === 0)
    return (
      <>
        The {machine} machine-read policies are {ota}.
      </>
    );
  return (
    <>
      {wayback}; the other {machine}, machine-read, are {ota}.
    </>
  );
}
