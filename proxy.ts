import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_SLUG_HEADER, slugAddress } from "./lib/slug-address";

/*
 * One place for every page named by a slug, the ones under /companies/{slug}/… too: a slug typed
 * in capitals is sent, for good, to its lower-case address with its query kept (an unknown one
 * then gets the not-found page there, which suggests close names). The front server is not the
 * place: `npm run dev` runs without it (docs/decisions/0009-slug-case-in-proxy.md).
 */
export function proxy(request: NextRequest) {
  const address = slugAddress(request.nextUrl.pathname);
  if (!address) return NextResponse.next();
  if (address.lowercase) {
    const url = request.nextUrl.clone();
    url.pathname = address.lowercase;
    return NextResponse.redirect(url, 308);
  }
  const headers = new Headers(request.headers);
  // Enough of it to suggest names from; a slug is at most 64 characters.
  if (address.kind === "companies") headers.set(REQUESTED_SLUG_HEADER, address.slug.slice(0, 100));
  else headers.delete(REQUESTED_SLUG_HEADER);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/companies/:path+", "/practices/:path+"] };
