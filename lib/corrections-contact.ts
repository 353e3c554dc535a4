import { z } from "zod";
import { optionalSetting } from "./optional-setting";

export type CorrectionsContact = { href: string; label: string };

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;

/**
 * CORRECTIONS_CONTACT: where a reader (often the company itself) asks for a finding to be
 * corrected or its policy reviewed by a person, as an e-mail address or an http(s) address (an
 * issue tracker, a form). It differs from one installation to the next, so it is configured,
 * never written into the page; unset, the page says no address is given rather than invent one.
 */
export const correctionsContactSchema = optionalSetting(
  z
    .string()
    .refine(
      (v) => EMAIL.test(v) || (/^https?:\/\//i.test(v) && URL.canParse(v)),
      "must be an e-mail address (corrections@example.org) or an http(s):// address",
    )
    .optional(),
);

/** The configured contact as a link, or null when none is configured (or it is malformed). */
export function correctionsContact(
  source: Partial<Record<string, string>> = process.env,
): CorrectionsContact | null {
  const parsed = correctionsContactSchema.safeParse(source.CORRECTIONS_CONTACT);
  if (!parsed.success || !parsed.data) return null;
  const value = parsed.data;
  return EMAIL.test(value)
    ? { href: `mailto:${value}`, label: value }
    : { href: value, label: value.replace(/^https?:\/\//i, "").replace(/\/$/, "") };
}
