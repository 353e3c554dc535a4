-- The companies suggested by the company not-found page, in their order (lib/queries/companies.ts,
-- listSomeCompanies). Next renders that page's server component with every company page, so
-- without this index each company page sorted the whole company table with the ICU collation
-- (about 1 ms a call, and 10 ms on a connection's first use of the collation); with it the
-- first rows are read straight from the index.
CREATE INDEX "company_listing_idx" ON "company" ("synthetic", "provenance", "name" COLLATE company_name, "slug");
