// Type-only imports: the /analyze page's client bundle renders facts, without the extractors.
import type { FactKind } from "./extract-facts";
import { isBeaconName } from "./read-since-2027-02-11";

/** The value of an opt-out whose sentence does not say how to use it. */
export const OPT_OUT_HOW_UNSTATED = "offered, how not stated";

/**
 * An opt-out's value: what it covers when the sentence says so, then how ("of targeted
 * advertising, in account settings", "of marketing messages, how not stated"); without a subject,
 * how alone, as before the review of 2026-12-03 ("in account settings").
 */
export const optOutValue = (of: string | null, how: string) =>
  of ? `of ${of}, ${how === OPT_OUT_HOW_UNSTATED ? "how not stated" : how}` : how;

/** What an opt-out covers and how it is used, each null when its sentence does not say. */
export function optOutParts(value: string): { of: string | null; how: string | null } {
  const m = /^of ([^,]+), (.+)$/.exec(value);
  const how = m ? m[2]! : value;
  return {
    of: m ? m[1]! : null,
    how: how === OPT_OUT_HOW_UNSTATED || how === "how not stated" ? null : how,
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A fact as a person reads it: a plain label, and the detail the policy gives, if any. */
export type FactLabel = { label: string; detail: string | null };

/** "Label: detail" for kinds whose value is a detail (a period, a name, a way to opt out). */
const labelled =
  (label: string) =>
  (value: string): FactLabel => ({ label, detail: value });
/** The value is already the whole statement, in our words ("kept indefinitely"). */
const statement = (value: string): FactLabel => ({ label: capital(value), detail: null });

/*
 * How each kind of fact reads to a person: the kind's name is ours to say plainly, never the code
 * ("third-party-tracking"). A Record over FactKind, so a new kind cannot be left without words.
 */
const LABELS: Record<FactKind, (value: string) => FactLabel> = {
  "retention-period": labelled("Retention period"),
  "retention-indefinite": statement,
  "retention-backups": statement,
  "retention-deletion": statement,
  "retention-while-needed": (v) => statement(`kept ${v}`),
  "no-sale": labelled("Sale of data"),
  "no-sharing": statement,
  sale: labelled("Sale of data"),
  "sale-aggregated": labelled("Sale of data"),
  "advertising-sharing": statement,
  "no-marketing-sharing": statement,
  "marketing-sharing": statement,
  "marketing-use": statement,
  "service-providers": statement,
  "sharing-without-limits": statement,
  "third-party-collection": statement,
  "named-partner": labelled("Partners named"),
  "opt-out": (v) => {
    const { of, how } = optOutParts(v);
    const what = of ? `opt-out of ${of}` : "opt-out";
    return how ? labelled(capital(what))(how) : statement(`${what} offered; how is not stated`);
  },
  // The value names the signal, then the answer: "Global Privacy Control: honoured".
  "do-not-track": (v) => {
    const at = v.indexOf(": ");
    return at > 0 ? { label: v.slice(0, at), detail: v.slice(at + 2) } : statement(v);
  },
  // A beacon's generic name says no one else runs it (read-since-2027-02-11.ts).
  "third-party-tracking": (v) =>
    labelled(isBeaconName(v) ? "Tracking technology" : "Tracking by third parties")(v),
  "cookies-persistent": labelled("First-party cookies or analytics"),
  "cookies-session-only": statement,
  "credentials-in-cookies": statement,
  "children-age": labelled("Age threshold for children"),
  "minors-protections": statement,
  "change-notice": (v) =>
    statement(
      v === "direct notice"
        ? "users are told of changes directly"
        : "changes are posted on the site",
    ),
  "change-notice-period": labelled("Notice before changes"),
  "change-consent": statement,
  "change-without-notice": statement,
  "change-reserved": statement,
  "data-location": labelled("Where data is stored"),
  arbitration: statement,
  "class-action-waiver": statement,
  "independent-body": labelled("Independent body"),
  regulator: labelled("Regulator named"),
  "court-recourse": statement,
  "recourse-elsewhere": statement,
  "company-recourse": statement,
  "legal-process": labelled("Disclosure under legal process"),
  "discretionary-disclosure": statement,
  "process-required": statement,
  "successor-bound": statement,
  "transfer-as-asset": statement,
  encryption: (v) =>
    /^encrypt\w*$/i.test(v) ? statement("encryption") : labelled("Encryption")(v),
  "breach-notice": statement,
  safeguards: labelled("Safeguards"),
  "deletion-right": statement,
  "correction-right": statement,
};

/**
 * A fact's plain label and detail ("Tracking by third parties" / "interest based advertising";
 * "Deleted when the account is closed" / none). A kind stored before it had words
 * here reads as its value.
 */
export function factLabel(fact: { kind: string; value: string }): FactLabel {
  const label = (LABELS as Record<string, ((value: string) => FactLabel) | undefined>)[fact.kind];
  return label ? label(fact.value) : statement(fact.value);
}

/** The fact as one line: "Tracking by third parties: interest based advertising". */
export function factText(fact: { kind: string; value: string }): string {
  const { label, detail } = factLabel(fact);
  return detail ? `${label}: ${detail}` : label;
}
