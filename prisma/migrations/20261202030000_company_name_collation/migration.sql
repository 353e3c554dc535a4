-- Company names sort the way lib/company-name-order.ts sorts them in JavaScript: English
-- collation from ICU, primary strength (case and accents ignored), numbers by value.
-- Non-deterministic because primary strength makes "Mozy" and "MOZY" equal; queries break
-- such ties by slug.
CREATE COLLATION IF NOT EXISTS company_name (provider = icu, locale = 'en-u-kn-ks-level1', deterministic = false);
