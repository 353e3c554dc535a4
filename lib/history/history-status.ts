import { z } from "zod";

/** Progress of the history load, kept in app_meta so pages and the start-up log can show it. */
export const historyStatusSchema = z.object({
  state: z.enum(["loading", "done", "failed"]),
  done: z.number().int(),
  total: z.number().int(),
  versions: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  ms: z.number().nullable(),
  /** CPU time of the loading processes (not PostgreSQL's), once done. */
  cpuMs: z.number().nullable().optional(),
  message: z.string().nullable(),
});
export type HistoryStatus = z.infer<typeof historyStatusSchema>;

export const HISTORY_STATUS_KEY = "history_status";
export const HISTORY_FINGERPRINT_KEY = "history_fingerprint";

export function parseHistoryStatus(value: string | undefined | null): HistoryStatus | null {
  if (!value) return null;
  try {
    const parsed = historyStatusSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
