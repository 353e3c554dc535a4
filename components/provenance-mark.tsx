import { PROVENANCE_LABELS, PROVENANCE_MEANINGS, type Provenance } from "@/lib/provenance";

/** A chip for the machine, a person for a reviewer: the shape says it before the word or colour. */
export function ProvenanceIcon({
  provenance,
  className = "h-3.5 w-3.5",
}: {
  provenance: Provenance;
  className?: string;
}) {
  const common = {
    "aria-hidden": true,
    viewBox: "0 0 16 16",
    className,
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 1.6,
  } as const;
  return provenance === "machine" ? (
    <svg {...common}>
      <rect x="3.5" y="3.5" width="9" height="9" rx="1.5" />
      <rect x="6.2" y="6.2" width="3.6" height="3.6" />
      <path d="M6 1.5v2M10 1.5v2M6 12.5v2M10 12.5v2M1.5 6h2M1.5 10h2M12.5 6h2M12.5 10h2" />
    </svg>
  ) : (
    <svg {...common}>
      <circle cx="8" cy="5" r="2.6" />
      <path d="M2.8 14.2c.6-3 2.7-4.6 5.2-4.6s4.6 1.6 5.2 4.6" />
    </svg>
  );
}

/**
 * Who stands behind a finding or a company, as icon + word + outline style (dashed for the
 * machine), never colour alone; it leads to the methodology section on machine reading.
 */
export function ProvenanceMark({
  provenance,
  size = "md",
  link = true,
}: {
  provenance: Provenance;
  size?: "sm" | "md";
  /** False inside another link (a link may not hold a link). */
  link?: boolean;
}) {
  const pad = size === "sm" ? "px-1.5 py-0 text-xs" : "px-2 py-0.5 text-xs";
  const mark = {
    className: `provenance-mark provenance-${provenance} ${pad}`,
    "data-provenance": provenance,
    children: (
      <>
        <ProvenanceIcon
          provenance={provenance}
          className={size === "sm" ? "h-3 w-3" : "h-3.5 w-3.5"}
        />
        {PROVENANCE_LABELS[provenance]}
      </>
    ),
  };
  if (!link) return <span {...mark} />;
  return (
    <a
      href={provenance === "machine" ? "/methodology#machine-reading" : "/methodology#curated"}
      title={PROVENANCE_MEANINGS[provenance]}
      {...mark}
    />
  );
}
