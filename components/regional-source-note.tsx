import type { RegionalSource } from "@/lib/regional-source";

/**
 * That the recorded page is a regional copy (TikTok's EEA policy read by a parent in the US), as
 * its address says (lib/regional-source.ts). `short` for a list entry: the note alone.
 */
export function RegionalSourceNote({
  regional,
  short = false,
}: {
  regional: RegionalSource | null;
  short?: boolean;
}) {
  if (!regional) return null;
  return (
    <p
      data-testid="regional-source"
      className={`text-sm ${short ? "mt-1 text-slate-600 dark:text-slate-400" : "max-w-3xl text-slate-700 dark:text-slate-300"}`}
    >
      {short ? (
        regional.note
      ) : (
        <>
          <strong className="font-semibold">{regional.note}</strong>, as its address shows: people
          elsewhere may be shown another version of the policy.
        </>
      )}
    </p>
  );
}
