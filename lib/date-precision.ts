/**
 * How much of its date a policy states: a day ("2026-06-30") or only a month ("2026-06", from
 * "Last updated: June 2026"). The database keeps a month as its 1st with precision 'month'
 * (policy.effective_date_precision); everywhere else a month is written "YYYY-MM", so no day
 * the policy does not state is ever shown, exported or served.
 */
export type DatePrecision = "day" | "month";

/** The stored column's value; the migration's CHECK allows only these two. */
export const datePrecisionFromDb = (value: string): DatePrecision =>
  value === "month" ? "month" : "day";

/** The precision an ISO day ("2026-06-30") or month ("2026-06") is written with. */
export const precisionOf = (iso: string): DatePrecision => (iso.length === 7 ? "month" : "day");

/** A stated date as the database stores it: a day at UTC midnight, a month as its 1st. */
export const storedDay = (iso: string | null): Date | null =>
  iso ? new Date(`${precisionOf(iso) === "month" ? `${iso}-01` : iso}T00:00:00Z`) : null;

/** A stored date written back at its precision: "2026-06-30", or "2026-06" for a month. */
export const statedIso = (date: Date | null, precision: DatePrecision): string | null =>
  date ? date.toISOString().slice(0, precision === "month" ? 7 : 10) : null;
