import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CompanyDirectoryCard } from "@/components/company-directory-card";
import type { CompanySummary } from "@/lib/model";
import type { OtherName } from "@/lib/name-match";

const summary = (over: Partial<CompanySummary>): CompanySummary => ({
  slug: "line",
  name: "LINE",
  legalName: "LINE",
  website: "https://terms.line.me",
  effectiveDate: null,
  effectiveDatePrecision: null,
  effectiveDateLabel: null,
  archivedOn: "2023-09-30",
  sector: "messaging",
  provenance: "machine",
  recordedBy: "Open Terms Archive",
  samePolicyAs: [],
  recordedLongAgo: true,
  mayNotBePrivacyPolicy: false,
  statedAfterRecorded: false,
  supersededBy: null,
  ...over,
});

const card = (company: CompanySummary, foundBy: OtherName | null = null) =>
  renderToStaticMarkup(
    createElement(CompanyDirectoryCard, {
      company,
      sectorHref: "/companies?sector=messaging",
      foundBy,
      regional: null,
      newerName: null,
    }),
  );
const words = (html: string) => html.replace(/<[^>]+>/g, "");

describe("a company in the /companies list", () => {
  it("warns, as the grid does, that a policy recorded long ago may have changed since", () => {
    const html = card(summary({}));
    expect(words(html)).toContain("Messaging · last recorded Sep 30, 2023");
    expect(html).toContain('data-testid="policy-may-differ"');
    expect(words(html)).toContain("Current policy may differ");
  });

  it("gives no warning for a recent recording, nor for a curated archive", () => {
    const recent = card(summary({ archivedOn: "2026-03-01", recordedLongAgo: false }));
    expect(words(recent)).toContain("· recorded Mar 1, 2026");
    expect(recent).not.toContain("may differ");
    const curated = card(
      summary({
        provenance: "curated",
        recordedBy: null,
        recordedLongAgo: false,
        archivedOn: "2016-11-27",
      }),
    );
    expect(words(curated)).toContain("· archived Nov 27, 2016");
    expect(curated).not.toContain("may differ");
  });

  it("names the other name a search found the company by", () => {
    const html = card(summary({ slug: "ibackup", name: "IBackup", recordedLongAgo: false }), {
      name: "Pro Softnet Corporation",
      kind: "legal",
    });
    expect(words(html)).toContain("Legal name: Pro Softnet Corporation");
    expect(
      words(card(summary({ slug: "code42" }), { name: "crashplan.com", kind: "site" })),
    ).toContain("Policy published at crashplan.com");
    expect(words(card(summary({})))).not.toContain("Legal name");
  });
});
