import { formatConfidence } from "@/lib/provenance";

/**
 * What a machine finding rests on: how sure the reading is and why the rules chose the rating
 * ("concerning: data kept in backups with no limit stated"). Curated findings have neither.
 */
export function MachineNote({
  confidence,
  reason,
  className = "",
}: {
  confidence: number | null;
  reason: string | null;
  className?: string;
}) {
  if (confidence === null && !reason) return null;
  return (
    <p className={`machine-note ${className}`}>
      {confidence !== null && (
        <span className="font-medium">Confidence {formatConfidence(confidence)}</span>
      )}
      {confidence !== null && reason ? " · " : ""}
      {reason && <span>Why: {reason}</span>}
    </p>
  );
}
