import { SECTORS } from "@/lib/sectors";

/** The options of a sector select: one for no sector (worded by the form), then the fixed list. */
export function SectorOptions({ anyLabel }: { anyLabel: string }) {
  return (
    <>
      <option value="">{anyLabel}</option>
      {SECTORS.map((s) => (
        <option key={s.slug} value={s.slug}>
          {s.name}
        </option>
      ))}
    </>
  );
}
