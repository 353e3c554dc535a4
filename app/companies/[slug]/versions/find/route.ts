import { NextResponse, type NextRequest } from "next/server";
import { parseClauseAnchor } from "@/lib/clause-anchor";
import { versionPageHref } from "@/lib/history/version-href";
import { slugParamSchema } from "@/lib/params/slug-list";
import { findLatestVersionWithClause } from "@/lib/queries/latest-with-clause";

export const dynamic = "force-dynamic";

// Relative: the app sits behind its front server (scripts/serve.ts), whose host it need not know.
const seeOther = (location: string) =>
  new NextResponse(null, { status: 303, headers: { Location: location } });

/*
 * A clause link that names nothing on the company page (its text changed since the link was
 * made) is sent here by the page's notice: on to the clause in the latest recorded version that
 * had it, else to the policy's history, which then says that no version had it. A redirect, not a page: the reader wants the clause.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugParamSchema.safeParse((await params).slug);
  if (!slug.success) return new NextResponse("Unknown company.\n", { status: 404 });
  const history = `/companies/${slug.data}/changes`;
  const clauses = request.nextUrl.searchParams.getAll("clause");
  const anchor = clauses.length === 1 ? clauses[0]! : "";
  // The history page says which clause no version had (its `missing` notice), so the reader
  // does not land on a list of versions wondering where the clause went.
  const notFound = anchor ? `${history}?missing=${encodeURIComponent(anchor)}` : history;
  if (!parseClauseAnchor(anchor)) return seeOther(notFound);
  const found = await findLatestVersionWithClause(slug.data, anchor);
  return seeOther(found ? versionPageHref(slug.data, found.id, anchor) : notFound);
}
