import { randomBytes } from "node:crypto";

export function newNonce(): string {
  return randomBytes(16).toString("hex");
}

/** The nonce in a policy contentSecurityPolicy wrote (a page's own inline script needs it). */
export function nonceOf(policy: string | null | undefined): string | undefined {
  return /'nonce-([0-9a-f]+)'/.exec(policy ?? "")?.[1];
}

/**
 * The policy every response carries. Scripts run only from our origin or with this response's
 * nonce; styles allow inline attributes because React sets `style` props (no script can use them).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
