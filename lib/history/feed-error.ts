/**
 * A feed's error: plain text, for a feed reader or a person who pasted the address, with the
 * status the API gives the same mistake (400 for a bad filter, 404 for no such feed).
 */
export function feedError(status: 400 | 404, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
