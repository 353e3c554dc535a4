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

/**
 * Whether a stated date ("2026-08-17", or a month "2026-08") is later than a day a version was
 * recorded ("2026-04-21…"). A month is later only when its month is: "August 2026" is not later
 * than Aug 5, 2026. Policies are often published ahead of the date they give (the day they take
 * effect), and a reader seeing that date after the recording needs to be told it is no error.
 */
export const statedAfterRecorded = (stated: string, recorded: string): boolean =>
  precisionOf(stated) === "month" ? stated > recorded.slice(0, 7) : stated > recorded.slice(0, 10);
