import { z } from "zod";

/**
 * A whole number from 1 to `max` as it arrives in a query string: digits only (no sign,
 * exponent, hex, spaces or fractions), and one message for every way it can be wrong.
 */
export function wholeNumber(base: z.ZodString, name: string, max: number) {
  const message = `${name} must be a whole number from 1 to ${max}.`;
  return base
    .regex(new RegExp(`^[0-9]{1,${String(max).length}}$`), message)
    .transform(Number)
    .pipe(z.number().int().min(1, message).max(max, message));
}
