import { closestClauseNote, formatConfidence } from "@/lib/provenance";

/**
 * What a machine finding rests on: how sure the reading is and why the rules chose the rating
 * ("concerning: data kept in backups with no limit stated"). Curated findings have neither.
 */
export function MachineNote({
  confidence,
  reason,
  silent = false,
  className = "",
}: {
  confidence: number | null;
  reason: string | null;
  /**
   * "No clause found": the confidence is then one minus the highest probability any clause got,
   * shown as that closest clause's probability (closestClauseNote).
   */
  silent?: boolean;
  className?: string;
}) {
  if (confidence === null && !reason) return null;
  return (
    <p className={`machine-note ${className}`}>
      {confidence !== null && (
        <span className="font-medium">
          {silent ? closestClauseNote(confidence) : `Confidence ${formatConfidence(confidence)}`}
        </span>
      )}
      {confidence !== null && reason ? " · " : ""}
      {reason && <span>Why: {reason}</span>}
    </p>
  );
}
