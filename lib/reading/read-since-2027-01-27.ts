/**
 * Rules added after the blind second reading of 2027-01-27 (140 machine findings of 10 companies,
 * the third-party and use facts the re-audits of 2027-01-23 and 2027-01-24 had passed). Each widens
 * a rule that already read its kind; each is a pure test on one sentence, every quantifier bounded
 * (the suite's adversarial inputs run over them), and each gated on a plain word before its pattern
 * runs.
 */

/**
 * Advertisers named as a source of data, not as its receiver: "… along with other information
 * you’ve provided when you first signed up and information from our partners and advertisers to
 * make inferences about you and your preferences." (Pinterest, whose third parties and use listed
 * it as "shared for others' marketing or advertising" until the second reading of 2027-01-27: the
 * company uses what it receives). `advertisingSharing` (extract-facts.ts) reads the sentence with
 * these words blanked, so a giving to advertisers said elsewhere in it still reads ("we share data
 * we get from advertisers with other advertisers"). Not "share information with our partners and
 * advertisers", nor "advertisers from whom …".
 */
const ADVERTISERS_AS_SOURCE =
  /\b(?:received |obtained |collected |comes |coming |derived )?from (?:our |the |its |their |other |certain |selected |third[- ]party ){0,2}(?:[\w-]{1,20},? (?:and|or|and\/or) ){0,2}(?:advertisers|ad networks|advertising networks|(?:marketing|advertising|promotional) (?:partners|providers|companies))\b/gi;
export function blankAdvertisersAsSource(s: string): string {
  return s.includes("from ") &&
    (s.includes("dvertis") ||
      s.includes("networks") ||
      s.includes("partners") ||
      s.includes("providers") ||
      s.includes("companies"))
    ? s.replace(ADVERTISERS_AS_SOURCE, (m) => " ".repeat(m.length))
    : s;
}

/**
 * Information about advertising campaigns, given to the advertisers or publishers who run them:
 * "we may provide publishers with information about what advertisers may appear on their network
 * or advertisers with information about which publisher websites their campaigns have appeared on"
 * and "… may provide advertisers with information about conversion rates for analytics purposes"
 * (Taboola, both "shared for others' marketing or advertising" until the second reading of
 * 2027-01-27). Where ads appeared and how they converted are the campaigns' own figures, as the
 * "reports, statistics, insights or measurement" `advertisingSharing` already leaves; the rule
 * reads the clause of the giving. Not a clause that names the user or what the user did ("which
 * ads you clicked", "information about your visits"), nor information about people.
 */
const CAMPAIGN_INFORMATION =
  /\binformation (?:about|on|regarding) (?:what|which|where|how (?:many|often|well)|the (?:performance|reach|placement|viewing|delivery)|conversion rates?|(?:their|its) (?:own )?(?:campaigns?|ads|advertisements|content))\b/i;
const ABOUT_A_PERSON =
  /\b(?:you|your|yours|users?['’]?|individuals?|persons?|people|visitors?['’]?|consumers?|customers?['’] (?:activity|behaviou?r)|personal(?:ly)?|identif\w{0,8})\b/i;
export function campaignInformationOnly(clause: string): boolean {
  return (
    clause.includes("information") &&
    CAMPAIGN_INFORMATION.test(clause) &&
    !ABOUT_A_PERSON.test(clause)
  );
}

/**
 * The company as a vendor of an advertising framework, by its number: "Taboola participates in the
 * IAB Europe Transparency & Consent Framework and complies with its Specifications and Policies as
 * vendor number 42; and the" (Taboola, "shared with service providers, limits not stated" until
 * the second reading of 2027-01-27). Widens the words of `vendorsNamedAsNoRecipient`
 * (read-since-2027-01-03.ts), which read "TCF Vendor ID" and "a registered vendor under the IAB
 * Europe Transparency & Consent Framework". Not "we share data with vendors of the framework".
 */
export const FRAMEWORK_VENDOR_NUMBER =
  /\bas (?:a |an )?(?:registered |participating )?vendor (?:number|no\.?|#)\s?\d{1,5}\b/gi;

/**
 * A provider that is a property of the user's device or connection, in a list of what is
 * collected: "Device information: We collect information about the device you use to access our
 * Services, including the type of device, operating system, network service provider, settings,
 * and unique device identifiers." (Pinterest, "shared with service providers, limits not stated"
 * until the second reading of 2027-01-27). Widens "internet service provider" in
 * `NOT_SHARING_WITH_PROVIDERS` (extract-facts.ts) to the "network service provider" (and "mobile
 * network provider"); read, as it is, only where the sentence gives providers nothing. Not "ad
 * network providers", nor wireless or mobile service providers, which policies list as recipients
 * ("Wireless service providers, to deliver cellular or Wi-Fi connectivity to your vehicle").
 */
export const CONNECTION_PROVIDER =
  /\b(?:internet|(?<!\b(?:ad|advertising) )network) (?:service )?providers?\b/;

/**
 * An obligation of law, read as one binding providers by contract: "However, we and/or our service
 * providers, could incidentally process Personal Data related to minors when carrying out our age
 * verification process, in strict accordance with the locally applicable legal obligations which
 * Pornhub is subject to" (Pornhub, "shared with service providers under contract or
 * confidentiality" until the second reading of 2027-01-27: "obligations" of law bind the company,
 * not the providers to it). The `service-providers` rule reads the sentence with these words taken
 * out, as it does agreements the company enforces (`withoutEnforcedAgreements`). Not
 * "confidentiality obligations", nor "contractual and legal obligations" ("contractual" stays).
 */
const LEGAL_OBLIGATIONS =
  /\b(?:(?:locally |otherwise )?(?:applicable |relevant )?(?:legal|statutory|regulatory|lawful) obligations?|obligations? (?:under|imposed by|arising from) (?:the |applicable |relevant )?(?:law|laws|legislation|regulations?))\b/gi;
export function withoutLegalObligations(s: string): string {
  return s.includes("bligation") ? s.replace(LEGAL_OBLIGATIONS, "") : s;
}

/**
 * Providers named only as parties with privacy practices or terms of their own, a disclaimer or an
 * invitation to read them: "This Privacy Notice does not apply to the privacy practices of these
 * third-party age verification service providers." and "Read the privacy terms and conditions of
 * these third-party service providers carefully." (Pornhub, both "shared with service providers,
 * limits not stated" until the second reading of 2027-01-27). A clause of
 * `providersNamedNotGiven` (read-since-2027-01-21.ts), read only where the sentence gives
 * providers nothing. Not "we require our service providers to follow privacy practices". Since
 * 2027-02-02 also other professionals' or third parties' notices the user is pointed to, where
 * the sentence has no verb of giving: "… please refer to the privacy notice of the real estate
 * professional with whom you have a relationship …" (Zillow).
 */
const PROVIDERS_OWN_PRACTICES =
  /\b(?:not (?:apply|applicable) to|not (?:cover|govern)|(?:read|review|consult|refer to|check)) (?:the )?(?:privacy |data )?(?:practices|polic(?:y|ies)|terms(?: and conditions)?|notices?|statements?) of (?:these |those |such |the |any |its |our |their )?(?:[\w-]{1,25} ){0,4}?(?:service providers?|vendors?|processors?|contractors)\b/i;
const OTHERS_NOTICE_REFERRED_TO =
  /\b(?:read|review|consult|refer to|check) (?:the )?(?:privacy |data )?(?:practices|polic(?:y|ies)|terms(?: and conditions)?|notices?|statements?) of (?:these |those |such |the |any |its |our |their )?(?:[\w-]{1,25} ){0,4}?(?:professionals?|third[- ]part(?:y|ies))\b/i;
const GIVING_VERB =
  /\b(?:share[sd]?|sharing|disclos\w{0,4}|transfer\w{0,4}|sell|sold|give|provide (?:it|them|your|personal|such|this))\b/i;
export function providersOwnPracticesNamed(s: string): boolean {
  return (
    s.includes(" of ") &&
    (s.includes("ractices") ||
      s.includes("erms") ||
      s.includes("olic") ||
      s.includes("otice") ||
      s.includes("tatement")) &&
    (PROVIDERS_OWN_PRACTICES.test(s) || (OTHERS_NOTICE_REFERRED_TO.test(s) && !GIVING_VERB.test(s)))
  );
}

/**
 * The company's own support staff, read as providers by "agents": "If you contact our support
 * channels in the future, the system will not recognize your account and support agents will not
 * be able to locate the deleted account." (Wix, "shared with service providers, limits not stated"
 * until the second reading of 2027-01-27). Widens `NO_RECIPIENT` of `providersNamedAsNoRecipient`
 * (read-since-2026-12-31.ts), which reads AI and software agents; a sentence that names a
 * recipient besides them ("our support agents and service providers") is left to the rule.
 */
export const SUPPORT_AGENTS =
  /\b(?:customer (?:support|service|care|success)|(?:technical |tech |our )?(?:support|care|help ?desk)) agents?\b/gi;

/**
 * A name the policy defines as its own services: "When you use Pinterest websites, apps, services,
 * … or features we offer (“Pinterest” or the “Services”), you voluntarily share certain
 * information." (Pinterest, whose third parties named "Pinterest" as a partner six times until the
 * second reading of 2027-01-27: its title, "State Privacy Law Disclosure & Notice at Collection",
 * and its opening clauses do not name it). `selfNames` (extract-facts.ts) reads the quoted name
 * defined beside the "Services" (Service, Platform, Site, Website, Products) as the company's, as
 * it reads a name defined as "we". Not a third party's name defined alone ("(“Google Analytics”)"),
 * nor "Third-Party Services".
 */
export const DEFINES_SERVICES =
  /\([^()\n]{0,20}?["“]([A-Z][\p{L}\p{N}&’'-]{1,30})["”],? (?:or|and) (?:the |our )?["“](?:Services?|Platform|Sites?|Websites?|Products?|Apps?)["”]/gu;
