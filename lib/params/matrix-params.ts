import { z } from "zod";

/** Without a `companies` list the matrix comes a page of companies at a time, so it stays small at any scale. */
export const DEFAULT_MATRIX_PER_PAGE = 50;

export const matrixPagingSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(DEFAULT_MATRIX_PER_PAGE),
});

/** Every parameter /api/matrix reads: the grid filter and the paging. */
export const MATRIX_PARAMS = [
  // The two lists resolveGridFilter (grid-filter.ts) reads.
  "practices",
  "companies",
  ...(Object.keys(matrixPagingSchema.shape) as Array<keyof typeof matrixPagingSchema.shape>),
] as const;
