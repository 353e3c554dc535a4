/**
 * Known processors and advertising companies, by the names policies write them. Each pattern
 * here is a flat alternation of words with bounded gaps, and the windows around a name are
 * sliced to a fixed length, so reading a sentence stays linear in its length.
 */
export const NAMED_PARTNERS =
  /\b(Google Analytics|Google|DoubleClick|AdSense|Facebook|Meta|Instagram|Amazon Web Services|AWS|Microsoft|Azure|Apple|Stripe|PayPal|Braintree|Authorize\.net|Salesforce|HubSpot|Mailchimp|SendGrid|Zendesk|Intercom|Twilio|Cloudflare|Akamai|Rackspace|Oracle|Adobe|Omniture|Criteo|AppNexus|Quantcast|comScore|Nielsen|Hotjar|Mixpanel|Amplitude|TikTok|LinkedIn|Twitter|Pinterest|Snapchat|Reddit|Yahoo|Bing|Taboola|Outbrain|LiveRamp|Lotame|Experian|Equifax|Acxiom|Klaviyo|Shopify|Optimizely|New Relic|Datadog|Sentry|Auth0|Okta|Plaid|Adyen|Worldpay|Chase Paymentech|Cybersource|Zuora|Recurly|Marketo|Pardot|Eloqua|Unbounce|Wistia|Vimeo|YouTube)\b/g;

/**
 * A sentence in which the company uses or shares with the named party ("we use Google Ads",
 * "payment processor services (such as Stripe)"), not one in which the user meets it elsewhere
 * ("search engines like Google", "register using Apple or Google", "links or buttons that lead to
 * third-party services like Twitter").
 */
const USES_OR_SHARES =
  /\b(we|us|our)\b.{0,80}\b(use|uses|using|share[sd]?|sharing|disclose[sd]?|provide[sd]?|partner\w*|work with|engage[sd]?|rely on)\b|\b(processors?|providers?|vendors?|subprocessors?|hosted (by|on|with)|powered by|services? of)\b/i;
/**
 * Data given, said without who gives it: the names after it receive it ("may be shared with Google
 * or Microsoft"); a name before it may be the one giving — "Some of those sites, such as Facebook,
 * are notorious wholesale collectors of private data, and it has been reported that such data are
 * freely shared with national spy organizations" (Project Gutenberg).
 */
const GIVEN_TO = /\b(shared|disclosed|provided|transferred) (with|to)\b/i;
/** The extractor's gate: a sentence that may name partners. */
export const SHARING_CONTEXT = new RegExp(`${USES_OR_SHARES.source}|${GIVEN_TO.source}`, "i");

/**
 * The company gives data in the sentence: "we will share certain Technical Information to
 * facilitate this", "we'll share your information with the app", "Information will be shared
 * with social media platforms where you log in". Not data given to it ("share with us"), nor a
 * user asked to give ("we may ask some users to provide an email address").
 */
const COMPANY_GIVES =
  /\bwe(['’]ll| (may|will|can|might|would|could|also|then|only|do|does|shall|must|sometimes|automatically)){0,3} (share|disclose|provide|send|transfer|pass)\b(?! (\w+ ){0,2}(with|to) us\b)|\b(shared|disclosed|provided|sent|transferred|passed on) (with|to)\b(?! us\b)/i;

/**
 * Signing in with another company's account: "Sign in with Apple", "log in using your Facebook ID";
 * since 2027-02-07 also an account reached through one, "(including if you access it through
 * Facebook, LinkedIn, Twitter, Google, or an open IP provider …)" (O'Reilly, read as partners).
 */
const SIGN_IN =
  /\b(sign(ed|ing|s)?[- ]?(in|on|up)|log(ged|ging|s)?[- ]?(in|on)(to)?|logins?|single sign-on|access(es|ed|ing)? (it|your account) (through|via|using))\b/i;
/**
 * Logged in at a known service, not with it: "even if you are … not currently logged in to
 * Facebook". Only before a known name: "accounts you use to log in to Bumble" is signing in to
 * the company's own app, and blanking it hid that "Facebook" before it is the account used.
 */
const LOGGED_IN_AT = new RegExp(
  `\\b([Ss]ign|[Ll]og)(ged|ging|s)?[- ]?in ?to (your |their )?(?=${NAMED_PARTNERS.source})`,
  "g",
);
/** Between two names of one list: "Meta or Google", "Facebook/LinkedIn/Microsoft", "Google Account or Apple". */
const LIST_GLUE =
  /^(['’"”]? ?(ID|account|Account|logins?|Login))?['’"”]?(,? (and|or)|,|\/| \/ ) ?['’"“]?$/;
/**
 * The user's own account at another service, a sign-in option in all but name: "the member name
 * from your Google, Facebook or Apple ID account" (Vinted). "your" (or "their") just before the
 * first name of a list, an account word just after the last.
 */
const YOUR_BEFORE = /\b([Yy]our|[Tt]heir)( own)? $/;
const ACCOUNT_AFTER =
  /^( ID\b| (ID |Play )?(accounts?|profiles?|credentials|logins?|log-in details)\b)/i;
/** How far from a sign-in phrase a name is read as the account signed in with ("… using third-party platform credentials like Apple, Facebook or Google"). */
const SIGN_IN_REACH = 70;
/**
 * Names given as examples of accounts or social media the user signs in with may sit further from
 * the sign-in words: "If you choose to log in to our services via your social media account(s),
 * we may receive your social media account information (including your username or nickname)
 * from third party social media providers (such as Facebook, X, Google Play, Game Center)"
 * (Honkai: Star Rail). Within this reach, in the same sentence, only such examples count.
 */
const SIGN_IN_SENTENCE_REACH = 240;
const ACCOUNT_KIND_EXAMPLES =
  /\b(social (media|networks?|networking|logins?)|third[- ]party (accounts?|platforms?|logins?)|accounts?|identity providers?)( (accounts?|platforms?|providers?|services?|sites?|networks?|credentials))?,? \(?(such as|like|including|e\.g\.,?|for example,?) $/i;
/** The company names a tool it uses, whatever else the sentence says: "we use Google Analytics to recognize you when you … log in". */
const USED_BY_COMPANY = /\b(we|us)( \w+){0,2} (use|uses|using|rely on|work with|engage)( the)? $/i;

/**
 * Names given as examples of a kind of recipient, not a list of them: "service providers such as
 * Google Analytics and Stripe", "payment processor services (such as Stripe)", "Service providers
 * include Zendesk …, Basecamp … and Twitter", "third parties such as Google Analytics etc.". The
 * rest of the kind stays unnamed, so the company has not named its processors.
 */
const EXAMPLE_BEFORE =
  /\b([Ss]uch as|[Ll]ike|[Ii]ncluding|[Ii]ncludes?|e\.g\.|[Ff]or example|[Ff]or instance)(,? but not limited to)?[,:]? ?\(?([A-Z][\w&.'’-]*( [A-Z][\w&.'’-]*){0,2}( ?\([^()]{0,60}\))?(,? (and|or) |, |\/)){0,3}$/;
const EXAMPLE_AFTER = /^[^.;:]{0,80}?\b(etc|among others|and others)\b/i;
/** Between two names of a list of examples: "Google Analytics and Stripe", "Zendesk (for Support ticket management), Basecamp". */
const IN_LIST =
  /^( ?\([^()]{0,60}\))?((,? (and|or) |, |\/)[A-Z][\w&.'’-]*( [A-Z][\w&.'’-]*){0,2}( ?\([^()]{0,60}\))?){0,3}(,? (and|or) |, |\/)$/;

/**
 * A service the user chooses and whose own terms apply: "If you use other Third-Party Services
 * like YouTube, Spotify, Giphy, etc. in connection with our Services, their Terms and Privacy
 * Policies govern your use of those services" (Signal). The user's choice, and the service's own
 * terms or policy, must both be said.
 */
const USERS_CHOICE =
  /\b(if|when|where|once) you (choose to |decide to |elect to )?(use|access|connect|link|enable|visit|interact|click|follow|install|sign up)\b|\byou (choose|decide|elect) to\b|\byour use of\b/i;
const OWN_TERMS =
  /\b(their|its|(that|the|such|those) (third[- ]part(y|ies)|services?|compan(y|ies)|provider)['’]?s?) (own )?(terms|privacy (polic(y|ies)|notices?|statements?)|polic(y|ies)|practices)\b|\b(governed by|subject to) the (\w+ ){0,2}(terms|privacy polic(y|ies))\b/i;

/**
 * Content the user shares elsewhere, not data the company gives: "other users can … share such
 * content on other social networks such as Facebook and X" (Honkai: Star Rail). A name given as
 * an example of the networks or sites something is shared or posted on.
 */
const SHARED_ON_NETWORKS =
  /\b(share|shares|sharing|post|posts|posting|publish\w*|forward\w*)( [\w'’-]+){0,4} (on|to|via|through) (other |third[- ]party |external |your |their )?(social (networks?|media|platforms?|sites?)|networks|platforms|sites|websites|services)(,? \(?(such as|like|including|e\.g\.,?|for example,?) )$/i;
/**
 * A device maker named for its devices, not as a recipient: "your device manufacturer (for example
 * Apple devices using iOS 14.5)" (Badoo). A name followed by a word for a device or its system.
 * Since the double reading of 2027-02-10 also a device's advertising identifier: "identification
 * numbers associated with your device (such as a unique device ID, IDFA, Google AdID)" (Zoosk).
 */
const DEVICES_AFTER =
  /^['’]?s? (devices?|iPhones?|iPads?|phones?|smartphones?|tablets?|computers?|Macs?|hardware|operating systems?|ad ?ids?|advertising ids?|advertising identifiers?)\b/i;

export type NamedPartner = {
  name: string;
  /** Given only as an example of a kind of recipient ("service providers such as Stripe"). */
  example: boolean;
};

/**
 * The known companies a sentence names as partners the company uses or gives data to, in order,
 * each once. Not a sign-in option — "Sign in With Google' / 'Sign in with Apple'" (Telegram) —
 * unless the company gives data in the sentence or says it uses the name; not a third-party
 * service the user chooses whose own terms govern it (Signal's YouTube), with the same exception.
 * A name is an example when every mention of it is one.
 */
export function partnersNamed(sentence: string): NamedPartner[] {
  const from = USES_OR_SHARES.test(sentence) ? 0 : (GIVEN_TO.exec(sentence)?.index ?? -1);
  if (from < 0) return [];
  const gives = COMPANY_GIVES.test(sentence);
  if (!gives && USERS_CHOICE.test(sentence) && OWN_TERMS.test(sentence)) return [];
  const read = sentence.replace(LOGGED_IN_AT, (m) => " ".repeat(m.length));
  const used = new Set<string>();
  const signedInWith = new Set<string>();
  const mentions: Array<{ name: string; index: number; example: boolean }> = [];
  const accounts: Array<{ your: boolean; account: boolean }> = [];
  let last: { end: number; signIn: boolean; example: boolean; elsewhere: boolean } | null = null;
  for (const m of read.matchAll(NAMED_PARTNERS)) {
    const name = m[0];
    const end = m.index + name.length;
    const before = read.slice(Math.max(0, m.index - SIGN_IN_REACH), m.index);
    const next = read.slice(end, end + SIGN_IN_REACH);
    if (USED_BY_COMPANY.test(before)) used.add(name);
    const listed: boolean =
      last !== null && m.index - last.end <= 80 && IN_LIST.test(read.slice(last.end, m.index));
    // A name listed with one signed in with is one too: "third-party accounts, such as Meta or Google".
    const signIn: boolean =
      SIGN_IN.test(before) ||
      SIGN_IN.test(next) ||
      (ACCOUNT_KIND_EXAMPLES.test(before) &&
        SIGN_IN.test(read.slice(Math.max(0, m.index - SIGN_IN_SENTENCE_REACH), m.index))) ||
      (last !== null &&
        last.signIn &&
        (listed || (m.index - last.end <= 20 && LIST_GLUE.test(read.slice(last.end, m.index)))));
    if (signIn) signedInWith.add(name);
    const glued: boolean =
      last !== null && m.index - last.end <= 20 && LIST_GLUE.test(read.slice(last.end, m.index));
    // Neither the networks a user shares content on (nor the rest of their list) nor a device
    // maker is given data by the company.
    const elsewhere: boolean =
      !gives &&
      (SHARED_ON_NETWORKS.test(read.slice(Math.max(0, m.index - 120), m.index)) ||
        (last !== null && last.elsewhere && (listed || glued)));
    if (elsewhere || (!used.has(name) && DEVICES_AFTER.test(next))) {
      last = { end, signIn, example: false, elsewhere };
      continue;
    }
    accounts.push({
      your: YOUR_BEFORE.test(before) || (glued && (accounts.at(-1)?.your ?? false)),
      account: ACCOUNT_AFTER.test(next),
    });
    const example: boolean =
      EXAMPLE_BEFORE.test(before) || EXAMPLE_AFTER.test(next) || (listed && last!.example);
    mentions.push({ name, index: m.index, example });
    last = { end, signIn, example, elsewhere };
  }
  // A list whose last name is followed by "etc." makes examples of the names before it too.
  for (let i = mentions.length - 1; i > 0; i--) {
    const [prev, cur] = [mentions[i - 1]!, mentions[i]!];
    const gap = read.slice(prev.index + prev.name.length, cur.index);
    if (cur.example && !prev.example && gap.length <= 80 && IN_LIST.test(gap)) prev.example = true;
  }
  // "your Google, Facebook or Apple ID account": the account word after the last name is the
  // account of each name listed before it.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const cur = mentions[i]!;
    const next = mentions[i + 1];
    if (
      next &&
      accounts[i + 1]!.account &&
      next.index - (cur.index + cur.name.length) <= 20 &&
      LIST_GLUE.test(read.slice(cur.index + cur.name.length, next.index))
    )
      accounts[i]!.account = true;
    if (accounts[i]!.your && accounts[i]!.account) signedInWith.add(cur.name);
  }
  const names = new Map<string, boolean>();
  for (const x of mentions)
    if (x.index >= from && (gives || used.has(x.name) || !signedInWith.has(x.name)))
      names.set(x.name, (names.get(x.name) ?? true) && x.example);
  return [...names].map(([name, example]) => ({ name, example }));
}
