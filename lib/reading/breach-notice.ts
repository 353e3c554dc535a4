/**
 * Whether users are told of a breach of their data: the first question of a security review, which
 * the facts did not answer until 2026-12-19 (a user review as a security lead found "Data security"
 * listing safeguards only). Said by the company of the people whose data it is: "we will notify you
 * and any applicable regulator of a breach where we are legally required to do so" (Stack Overflow,
 * Starlink, Zoosk), "Dune will also notify affected individuals without undue delay", "we will
 * inform you about the breach as soon as reasonably possible" (Better Stack), "will notify you via
 * push notifications, announcements, etc." (Tencent), "We will make any legally-required disclosures
 * of any breach of the security … to you via email" (Buffer). Not a user told to notify the company
 * ("please notify us in the event you suspect … any other breach of security", LINE), a breach of
 * terms or of the law ("using our content in breach of the terms"), nor a disclaimer ("no security
 * system can prevent all potential security breaches"). Every quantifier is bounded.
 */
const BREACH_WORDS =
  /\b(?:(?:data|security|personal (?:data|information)|privacy) breach(?:es)?|breach(?:es)? of (?:security|(?:your |the )?(?:personal )?(?:data|information))|security (?:incident|systems breach)s?|breach notification|the breach)\b/i;
const TOLD =
  /\b(?:we|us|[A-Z][\w.&'’-]{1,30})\b[^.;]{0,60}?\b(?:will|shall|may|would|must|to)\b[^.;]{0,40}?\b(?:notify|inform|tell|alert|contact|advise)(?: \w+){0,3}? (?:you|affected (?:users?|individuals?|persons?|people|customers?|members?|parties)|(?:our )?(?:users?|customers?|members?|individuals?|data subjects)(?: affected)?|the (?:affected )?(?:users?|individuals?|persons?|parents?))\b|\b(?:notify|notification to|inform) (?:you|affected (?:users?|individuals?))\b|\bdisclosures? of (?:any )?breach[^.;]{0,120}? to you\b/i;
const USER_TELLS_US =
  /\b(?:please|you should|you must|you agree to) (?:\w+ ){0,2}?(?:notify|inform|tell|contact) us\b/i;
const AS_THE_LAW_REQUIRES =
  /\b(?:where|when|if|as|to the extent) (?:we are |it is |is )?(?:legally |otherwise )?required\b|\b(?:in accordance with|in compliance with|consistent with|as required by|required by|under) (?:the |applicable |relevant )?(?:laws?|legal)\b|\blegally[- ]required\b/i;
const WHEN_TOLD =
  /\bwithin (?:\d{1,3}|seventy-two|forty-eight|twenty-four) (?:\(\d{1,3}\) )?(?:hours|days|business days)\b|\bwithout (?:undue|unreasonable) delay\b|\bas soon as (?:reasonably )?(?:possible|practicable)\b|\bin the most expedient time possible\b|\bpromptly\b/i;
const ONLY_MAY = /\bmay (?:attempt to |try to )?(?:notify|inform|tell|alert|contact)\b/i;

/** "users are told of a breach" with when, as the sentence says; null when it does not say so. */
export function breachNotice(s: string): string | null {
  if (!BREACH_WORDS.test(s) || !TOLD.test(s) || USER_TELLS_US.test(s)) return null;
  const when = WHEN_TOLD.exec(s)?.[0];
  const told = ONLY_MAY.test(s) ? "users may be told of a breach" : "users are told of a breach";
  const law = AS_THE_LAW_REQUIRES.test(s) ? " where the law requires" : "";
  return `${told}${law}${when ? `, ${when.toLowerCase()}` : ""}`;
}
