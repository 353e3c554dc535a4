import { ProvenanceIcon } from "./provenance-mark";

/**
 * The machine-read mark with its warning spelled out, "Machine-read, not reviewed", for headings
 * and introductions (a finding carries the short ProvenanceMark): the same dashed outline, chip
 * icon and print style, linking to what machine reading can and cannot do.
 */
export function MachineReadMark({ compact = false }: { compact?: boolean }) {
  return (
    <a
      href="/methodology#machine-reading"
      title="Read by software, not checked by a person: how accurate is it?"
      /* The long form may wrap in a narrow column rather than run out of it. */
      className={`provenance-mark provenance-machine px-2 py-0.5 ${compact ? "" : "whitespace-normal!"}`}
      data-provenance="machine"
    >
      <ProvenanceIcon provenance="machine" className={compact ? "h-3 w-3" : "h-3.5 w-3.5"} />
      {compact ? "Machine-read" : "Machine-read, not reviewed"}
    </a>
  );
}
