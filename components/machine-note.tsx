import { formatConfidence } from "@/lib/provenance";

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
   * "No clause found": the confidence is then how sure the reading is that no clause speaks to
   * the practice (one minus the highest probability any clause got), and says so.
   */
  silent?: boolean;
  className?: string;
}) {
  if (confidence === null && !reason) return null;
  return (
    <p className={`machine-note ${className}`}>
      {confidence !== null && (
        <span className="font-medium">
          Confidence {formatConfidence(confidence)}
          {silent ? " that no clause speaks to it" : ""}
        </span>
      )}
      {confidence !== null && reason ? " · " : ""}
      {reason && <span>Why: {reason}</span>}
    </p>
  );
}
