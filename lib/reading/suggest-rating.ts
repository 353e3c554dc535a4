import { nameList } from "../name-list";
import type { Rating } from "../ratings";
import { asWritten } from "./as-written";
import type { PracticeSlug } from "./classifier";
import {
  CANNOT_DECRYPT_VALUE,
  CONSENT_IF_REQUIRED_VALUE,
  DEEMED_SALE_VALUE,
  EXAMPLES_ONLY,
  INDEFINITE_VALUE,
  KEPT_CONFIDENTIAL_VALUE,
  SOME_USERS_ONLY,
  WITH_A_PARENT_VALUE,
  type Fact,
  type FactKind,
  OWN_MARKETING_SHARED_VALUE,
} from "./extract-facts";
import { optOutParts } from "./fact-text";
import { namedByTheirKind } from "./read-since-2027-01-01";
import { NO_COOKIES_USED } from "./read-since-2027-01-03";
import { sameBodyNamed } from "./read-since-2027-01-11";
import {
  complaintToDataProtectionAuthority,
  regulatorOfAnotherKind,
} from "./read-since-2027-01-19";
import { IN_THE_TERMS_VALUE } from "./recourse";
import { SCOPED_NO_SALE } from "./sale-statement";
import { saidFreeOfCharge } from "./read-since-2027-01-25";
import { SEEN_ONLY } from "./read-since-2027-01-26";
import { ERASED_ON_A_CYCLE } from "./read-since-2027-01-30";
import { PRIOR_VERSIONS_KEPT_VALUE } from "./read-since-2027-02-10";
import { beaconsAlone, ownBeacon } from "./read-since-2027-02-11";
import { onlyMayNotify } from "./read-since-2027-02-13";
import { KEPT_PAST_CLOSING_VALUE } from "./read-since-2027-02-17";
import {
  durationText,
  isShortPeriod,
  periodSentence,
  readRetentionPeriod,
  type RetentionPeriod,
} from "./retention-period";

export type Suggestion = {
  rating: Rating;
  /** Our words: the rule that fired and the fact it rests on ("concerning: …"). */
  reason: string;
  /** The facts the rule used (shown with their quotes first). */
  decisive: Fact[];
  /** How strongly the rule is grounded: a stated fact (0.9) or only clauses on the topic (0.6). */
  strength: number;
};

type Facts = { has: (k: FactKind) => boolean; get: (k: FactKind) => Fact[] };

const FACT = 0.9;
const TOPIC = 0.6;

function rule(rating: Rating, reason: string, decisive: Fact[], strength = FACT): Suggestion {
  decisive = decisive.slice(0, 3);
  return {
    rating,
    reason: `${rating === "not-addressed" ? "no clause found" : rating}: ${reason}`,
    decisive,
    strength,
  };
}

const quoted = (f: Fact | undefined) => (f ? f.value : "");

/**
 * A detail in brackets after a headline, left out when it only repeats the headline ("legal
 * process (valid legal process)"). Details are single names or phrases, so brackets never nest.
 */
function aside(headline: string, detail: string): string {
  const h = headline.toLowerCase();
  const d = detail.toLowerCase();
  return !d || h.includes(d) || d.includes(h) ? "" : ` (${detail})`;
}

/*
 * A company named as one that serves ads or promotions ("Google is one of the third-party
 * advertising companies we may use to serve ads when you visit our website", Xanga; "We participate
 * in the Adobe Marketing Cloud Device Co-op … to deliver tailored promotions", Allstate 2017) is an
 * advertising partner, not one of "only named processors" (DESIGN.md): named, it made third-party
 * sharing protective in the history, where a policy that named no one stayed neutral.
 */
// … and ad-serving technology by its makers' names (the double reading of 2027-02-13, Wordfeud).
const ADS_SENTENCE =
  /\b(?:ads|advert\w{0,12}|promotions?|remarketing|retargeting|ad[- ](?:serving|servers?|networks?|tech\w*|placements?|delivery))\b/i;
const namedForAds = (x: Fact) => ADS_SENTENCE.test(x.quote.slice(0, 1000));
const namedAs = (facts: Fact[]) =>
  facts.every((x) => x.value.endsWith(EXAMPLES_ONLY))
    ? "as examples"
    : facts.every((x) => !x.value.endsWith(EXAMPLES_ONLY))
      ? "as advertising partners"
      : "as examples or as advertising partners";

/** The first four names of named-partner facts, each once, without "(as examples)". */
const partnerNames = (facts: Fact[]) =>
  [...new Set(facts.flatMap((x) => x.value.replace(EXAMPLES_ONLY, "").split(", ")))].slice(0, 4);

/** A no-sale confined to some people, data or purposes (read from the sentence, else the value). */
const scopedNoSale = (x: Fact) => (x.sale ? x.sale.scope !== null : SCOPED_NO_SALE.test(x.value));

const periodOf = (f: Fact): RetentionPeriod | null => f.period ?? readRetentionPeriod(f.quote);

/**
 * Disputes when no body, regulator or arbitration is named: a court is a mechanism that may cost
 * the user (neutral, as the rubric's arbitration providers); recourse left to other terms or said
 * to exist without a name decides nothing (neutral, said so); complaints that go only to the
 * company are the rubric's "no recourse beyond the company" (concerning), as the curated findings
 * read it (recourse.ts).
 */
/** "a regulator is named" or, for a plural body ("data protection authorities"), "regulators are named". */
const regulatorsNamed = (regulator: string) =>
  /(ies|s)$/i.test(regulator) ? "regulators are named" : "a regulator is named";

function recourseBeyondNothing(f: Facts): Suggestion | null {
  const court = f.get("court-recourse");
  if (court.length)
    return rule(
      "neutral",
      "disputes may be taken to court; no independent body or regulator is named",
      court,
    );
  const elsewhere = f.get("recourse-elsewhere");
  if (elsewhere.length)
    return rule(
      "neutral",
      elsewhere[0]!.value === IN_THE_TERMS_VALUE
        ? "disputes are left to the service's terms, which this reading does not cover"
        : "further options are mentioned but not named",
      elsewhere,
    );
  const company = f.get("company-recourse");
  if (company.length)
    return rule(
      "concerning",
      "complaints and appeals go only to the company; no outside body, regulator, arbitration or court is named",
      company,
    );
  return null;
}

/** Security by its safeguards: encryption the company cannot read, or safeguards stated. */
function securityBySafeguards(f: Facts): Suggestion | null {
  const strong = f
    .get("encryption")
    .filter((x) => /end-to-end|zero|private|only\)? you|key|cannot decrypt/i.test(x.value))
    // The policy's own words ("end-to-end encrypted") lead; "data it cannot decrypt" is ours.
    .sort(
      (a, b) => Number(a.value === CANNOT_DECRYPT_VALUE) - Number(b.value === CANNOT_DECRYPT_VALUE),
    );
  if (strong.length)
    return rule("protective", `encryption the company cannot read (${strong[0]!.value})`, strong);
  if (f.has("encryption")) {
    const how = quoted(f.get("encryption")[0]);
    return rule(
      "neutral",
      /^encrypt\w*$/i.test(how)
        ? "safeguards are stated, including encryption"
        : `safeguards are stated (${how})`,
      f.get("encryption").slice(0, 1),
    );
  }
  // Other safeguards decide nothing, but say what the policy states rather than "no fact found".
  const stated =
    f.get("safeguards").find((x) => namedByTheirKind(x.value)) ?? f.get("safeguards")[0]; // re-audit of 2027-01-01
  if (stated) return rule("neutral", `safeguards are stated (${stated.value})`, [stated]);
  return null;
}

/*
 * One function per practice, each a short ordered list of rules: the first that applies gives
 * the rating. Concerning rules come first (a door left open outweighs a limit stated
 * elsewhere), then protective, then neutral; a practice with clauses but no deciding fact is
 * neutral at lower confidence. The rules are written from the rubric in DESIGN.md and the
 * methodology page, never from the curated ratings (docs/machine-reading-rules.md).
 */
const ageOf = (value: string) => Number(/\d+/.exec(value)?.[0] ?? 0);
/** A period counted from the end of the account, subscription or contract. */
const AFTER_ACCOUNT_ENDS =
  /\b(after|following|from|upon|once|when|if)\b[^.;]{0,60}\b(cancel\w*|clos(e|es|ed|ing|ure)|delet\w*|terminat\w*|deactivat\w*)\b[^.;]{0,30}\b(account|subscription|membership|contract|relationship|service)\b|\b(account|subscription|membership|contract|relationship)\b[^.;]{0,30}\b(cancel\w*|clos(ed|ure)|delet\w*|terminat\w*|deactivat\w*|ends?)\b/i;

const RULES: Record<PracticeSlug, (f: Facts) => Suggestion | null> = {
  cookies(f) {
    if (f.has("credentials-in-cookies"))
      return rule(
        "concerning",
        "login credentials are stored in cookies",
        f.get("credentials-in-cookies"),
      );
    if (f.has("third-party-tracking")) {
      // Following the user across websites is the rubric's own words for the concern: it leads
      // over a tracker only named ("Advertising Partners").
      const all = f.get("third-party-tracking");
      const crossSite = all
        .filter((x) => /across websites$/.test(x.value))
        .sort(
          (a, b) =>
            Number(b.value.startsWith("advertising")) - Number(a.value.startsWith("advertising")),
        );
      // A third party's tracker leads over the company's own beacons (the double reading of
      // 2027-02-12: Blizzard's email clear gifs headed its reason beside its ad networks).
      const others = all.filter((x) => !crossSite.includes(x));
      const tracking = [
        ...crossSite,
        ...others.filter((x) => !ownBeacon(x)),
        ...others.filter((x) => ownBeacon(x)),
      ];
      // "third-party cookies" under the headline "third-party tracking": only "cookies" is new.
      const named = quoted(tracking[0]);
      // "third-parties cookies", "third parties' cookies" (hide.me, the double reading of 2027-01-29).
      const rest = named.replace(/^third[- ]part(?:y|ies)(?:['’]s?)? /i, "");
      // What is left opens the phrase now: "Cookies" of "Third-party Cookies" is not a name.
      const what = rest === named ? named : asWritten(rest, 0, rest);
      // Beacons alone, no one else named: the rubric's tracker, not a third party's
      // (the double reading of 2027-02-10, read-since-2027-02-11.ts).
      if (beaconsAlone(tracking))
        return rule(
          "concerning",
          `tracking by ${named.toLowerCase().replace(/\bgif(s?)\b/g, "GIF$1")}`,
          tracking,
        );
      return rule(
        "concerning",
        `third-party tracking${aside("third-party tracking", what)}`,
        tracking,
      );
    }
    if (f.has("cookies-session-only"))
      return rule(
        "protective",
        // "runs cookie-free domains" (Proctorio, the re-audit of 2027-01-03) says no cookies at all.
        `${f.get("cookies-session-only").every((x) => x.value === NO_COOKIES_USED) ? NO_COOKIES_USED : "only session or essential cookies"}, no third-party tracking found`,
        f.get("cookies-session-only"),
      );
    if (f.has("cookies-persistent"))
      return rule(
        "neutral",
        `first-party cookies or analytics (${quoted(f.get("cookies-persistent")[0])}), no third-party tracking found`,
        f.get("cookies-persistent"),
      );
    /*
     * Do Not Track is no level of the rubric, which rates the cookies and trackers used; a reason
     * of "no fact found" above the policy's "we do not respond to Do Not Track signals" read as a
     * contradiction, so the reason says what was found and why it does not decide.
     */
    const signals = f.get("do-not-track");
    if (signals.length) {
      const said = signals.find((x) => !x.value.endsWith(": mentioned")) ?? signals[0]!;
      const [signal, answer] = said.value.split(": ");
      const what =
        answer === "mentioned" ? `${signal} is mentioned` : `${signal} signals are ${answer}`;
      return rule(
        "neutral",
        `${what}, which does not decide the rating; no fact found on the cookies or trackers used`,
        // Nothing decisive to quote: a signal mentioned where no clause is about cookies ("named
        // after the Do Not Track movement") leaves the practice with no clause found, as before.
        [],
        TOPIC,
      );
    }
    return null;
  },
  retention(f) {
    const all = f.get("retention-indefinite").filter((x) => x.value !== KEPT_PAST_CLOSING_VALUE);
    if (all.length) {
      // Data in general leads; else the kind of data the policy says it keeps so.
      const general = all.filter((x) => x.value === INDEFINITE_VALUE);
      const what = general.length
        ? "data"
        : all[0]!.value.slice(0, -INDEFINITE_VALUE.length).trim();
      return rule("concerning", `${what} may be kept indefinitely`, general.length ? general : all);
    }
    /*
     * Some data kept past the account's end with no bound (the double reading of 2027-02-16, npm)
     * is no limit stated only where the policy states no period and no keeping while needed either
     * ("We store your personal information for as long as needed … This means we might retain your
     * personal information even after you close your account", The New York Times); said in its
     * own words.
     */
    const pastClosing = f
      .get("retention-indefinite")
      .filter((x) => x.value === KEPT_PAST_CLOSING_VALUE);
    if (pastClosing.length && !f.has("retention-period") && !f.has("retention-while-needed"))
      return rule(
        "concerning",
        "some data is kept after the account is closed, with no limit stated",
        pastClosing,
      );
    const stated = f.get("retention-period").flatMap((fact) => {
      const period = periodOf(fact);
      return period ? [{ fact, period }] : [];
    });
    // A period for data said to identify no one ("anonymous user data", Shockwave) is not the
    // period of the personal data rated: said only when the policy states nothing else.
    // Nor copies a backup system keeps of deleted data ("residual copies of your deleted Content
    // for up to one year", Evernote): they say how long a remnant lasts, not how long data is kept.
    const periods = stated.filter((p) => !p.period.anonymous && !p.period.backup);
    const backups = f.get("retention-backups").filter((x) => x.value.endsWith("no limit stated"));
    if (backups.length && !periods.length)
      return rule("concerning", keptInArchives(backups), backups);
    const short = periods.filter((p) => isShortPeriod(p.period));
    // Data erased "every few hours", no figure: said, never the deletion or the short period the
    // rubric's protective needs (the double reading of 2027-01-29, hide.me).
    const cycles = f.get("retention-deletion").filter((x) => ERASED_ON_A_CYCLE.test(x.value));
    const deletion = f.get("retention-deletion").filter((x) => !cycles.includes(x));
    const whileNeeded = broadWhileNeededFirst(f.get("retention-while-needed"));
    /*
     * The rubric's protective is a short period for data in use and deletion on cancellation; a
     * period counted from the account's end is that deletion's "stated time", its neutral: "If you
     * cancel your account, your data … may be retained in our archive or backup record until
     * deleted after 90 days" (Jottacloud) says when deletion comes, not how briefly data is kept.
     */
    const inUse = short.filter(
      (p) =>
        !AFTER_ACCOUNT_ENDS.test(p.period.from ?? "") && !AFTER_ACCOUNT_ENDS.test(p.fact.quote),
    );
    // Protective only when nothing is kept open-ended ("as long as necessary") elsewhere.
    if (inUse.length && deletion.length && !whileNeeded.length && !longerKept(periods)) {
      // As for the neutral headline below: data in general, then one kind of data, then a period
      // whose sentence names none ("Veriff will retain your selfie … for up to 72 hours", Bumble).
      const p =
        inUse.find((x) => x.period.general && x.period.what) ??
        inUse.find((x) => !x.period.general) ??
        inUse[0]!;
      const rest = p.period.general
        ? `data is also ${deletion[0]!.value}`
        : `other data is ${deletion[0]!.value}`;
      return rule("protective", `${periodSentence(p.period)}; ${rest}`, [p.fact, deletion[0]!]);
    }
    /*
     * The headline is a period for data in general; a period for one kind of data ("search
     * queries are deleted after 90 days") is said with what it applies to, and with what the
     * policy says of the rest, so it never reads as the policy's retention period.
     */
    // A cookie's lifetime follows a period for data (audit of 2026-12-20: xvideos' cookie table).
    const specific =
      periods.find((p) => !p.period.general && !cookieLifetime(p)) ??
      periods.find((p) => !p.period.general);
    const unsaid = periods.find((p) => !p.period.what);
    /*
     * A period of inactivity ("the account is deleted after 2 years of inactivity") says when an
     * unused account ends, not how long data is kept while it is used: it follows a period for
     * named data and what the policy keeps "as long as necessary". Until the review of 2026-12-03
     * it led Tinder's summary over its periods for transaction data, logs and the rest.
     */
    const inactive = periods.find((p) => p.period.general && p.period.what && p.period.inactive);
    const general =
      periods.find((p) => p.period.general && p.period.what && !p.period.inactive) ??
      (specific || whileNeeded.length ? undefined : inactive);
    if (general) {
      // A short period leads, but other data kept longer is why it is not protective: said too
      // ("data is kept for up to 20 days after you terminate the Service; …saved for 10 years").
      const longer = isShortPeriod(general.period)
        ? periods.find((p) => p !== general && keptLonger(p.period) && p.period.what)
        : undefined;
      return longer
        ? rule("neutral", `${periodSentence(general.period)}; ${periodSentence(longer.period)}`, [
            general.fact,
            longer.fact,
          ])
        : rule("neutral", periodSentence(general.period), [general.fact]);
    }
    if (inactive && !specific)
      return rule(
        "neutral",
        `data is kept ${whileNeeded[0]!.value}; ${periodSentence(inactive.period)}`,
        [whileNeeded[0]!, inactive.fact],
      );
    if (specific) {
      /*
       * A second period for other data is said too ("financial information is kept for 7 years"),
       * and "no period is stated for other data" only when the policy states no other period at
       * all: until the review of 2026-12-03 WeTransfer's summary said so beside a quoted clause
       * "retaining financial information for 7 years for tax purposes".
       */
      const what = (p: { period: RetentionPeriod }) => p.period.what?.toLowerCase() ?? "";
      // Said only when it names its data and says something new ("logs" and "log data" for the
      // same 14 days is one statement; Evernote's 3 and 5 years for some personal data are two).
      const other = (p: (typeof periods)[number]) =>
        p !== specific &&
        !!p.period.what &&
        durationText(p.period) !== durationText(specific.period);
      // A period for data before one of inactivity (Tinder's logs before its unused accounts).
      const second =
        periods.find((p) => other(p) && !p.period.inactive && !cookieLifetime(p)) ??
        periods.find((p) => other(p) && !p.period.inactive) ??
        periods.find(other);
      const said = second ? [specific, second] : [specific];
      const others = stated.some((p) => !said.includes(p) && what(p) !== what(specific));
      const [rest, restFacts] = whileNeeded.length
        ? [`other data is kept ${whileNeeded[0]!.value}`, whileNeeded.slice(0, 1)]
        : deletion.length
          ? [`other data is ${deletion[0]!.value}`, deletion.slice(0, 1)]
          : others || second
            ? ["", []]
            : ["no period is stated for other data", []];
      const text = [...said.map((p) => periodSentence(p.period)), rest].filter(Boolean).join("; ");
      return rule("neutral", text, [...said.map((p) => p.fact), ...restFacts]);
    }
    if (unsaid) return rule("neutral", periodSentence(unsaid.period), [unsaid.fact]);
    if (deletion.length)
      return cycles.length
        ? rule("neutral", `data is ${deletion[0]!.value}; ${cycles[0]!.value}`, [
            ...deletion,
            cycles[0]!,
          ])
        : rule(
            "neutral",
            `${deletedData(deletion[0]!)} is ${deletion[0]!.value}; no period is stated`,
            deletion,
          );
    if (whileNeeded.length)
      return rule("neutral", `data is kept ${quoted(whileNeeded[0])}`, whileNeeded);
    if (backups.length) return rule("concerning", keptInArchives(backups), backups);
    const anonymous = stated[0];
    if (anonymous) return rule("neutral", periodSentence(anonymous.period), [anonymous.fact]);
    if (cycles.length) return rule("neutral", `${cycles[0]!.value}; no figure is stated`, cycles);
    return null;
  },
  disputes(f) {
    // A transfer framework's arbitration is the individual's option, not one imposed on every user.
    const arbitration = f.get("arbitration").filter((a) => !a.value.endsWith(SOME_USERS_ONLY));
    if (arbitration.length && f.has("class-action-waiver"))
      return rule("concerning", "binding arbitration with a waiver of class actions", [
        ...arbitration,
        ...f.get("class-action-waiver"),
      ]);
    const bodies = f.get("independent-body").filter((b) => !b.value.endsWith(SOME_USERS_ONLY));
    const confined = f.get("independent-body").filter((b) => b.value.endsWith(SOME_USERS_ONLY));
    // Named bodies known to hear complaints free of charge; arbitration providers may charge. The
    // second reading of 2027-01-25: or a body the policy itself calls free, "our … third-party
    // dispute resolution provider (free of charge)" (Cloudant).
    const free = bodies.filter(
      (b) =>
        /truste|better business bureau|bbb|data protection authorities|dpa panel|ombudsman/i.test(
          b.value,
        ) || saidFreeOfCharge(b.quote),
    );
    // A regulator offered only to some regions' people (the double reading of 2027-02-05) is
    // recourse for some users only, as a confined body is.
    const openRegulators = f.get("regulator").filter((r) => !r.value.endsWith(SOME_USERS_ONLY));
    const confinedRegulators = f.get("regulator").filter((r) => r.value.endsWith(SOME_USERS_ONLY));
    const regulators = openRegulators
      // One body named twice, in the singular and the plural, is no different regulator (TP-Link,
      // the re-audit of 2027-01-11).
      .filter((r) => !free.some((b) => sameBodyNamed(b.value, r.value)));
    if (free.length && regulators.length)
      return rule(
        "protective",
        `a free independent body (${free[0]!.value}) and a regulator (${regulators[0]!.value}) are named`,
        [free[0]!, regulators[0]!],
      );
    // A data protection authority every user may complain to, beside a regulator of another kind
    // (the FTC): the free body and the regulator the rubric asks for (the second reading of
    // 2027-01-19, Amazon Advertising). Alone, the authority is the one regulator named.
    if (!bodies.length && !confined.length) {
      const authority = openRegulators.find((r) =>
        complaintToDataProtectionAuthority(r.value, r.quote),
      );
      const other = openRegulators.find(
        (r) => r.quote !== authority?.quote && regulatorOfAnotherKind(r.value, r.quote),
      );
      if (authority && other)
        return rule(
          "protective",
          `a data protection authority users may complain to (${authority.value}) and a regulator of another kind (${other.value}) are named`,
          [authority, other],
        );
    }
    if (bodies.length) {
      // A free body first (the double reading of 2027-02-14: Cloudflare's TRUSTe behind a CBPR
      // provider the policy names first).
      const shown = [...free, ...bodies.filter((b) => !free.includes(b))];
      const body = shown[0]!.value;
      // "an independent dispute resolution mechanism" or "mediation" names no one.
      return rule(
        "neutral",
        /^independent /i.test(body)
          ? `an ${body} is mentioned`
          : /^(alternative dispute resolution|mediation)$/i.test(body)
            ? `an independent mechanism is mentioned (${body.toLowerCase()})`
            : `an independent mechanism is named (${body})`,
        shown.slice(0, 2),
      );
    }
    // A regulator named beside a body confined to some users is recourse beyond the company;
    // not the body itself read again as a regulator ("… resolved through EU Data Protection
    // Authorities", IBackup), which is the same recourse for the same users.
    const beside = openRegulators.filter((r) => !confined.some((b) => b.quote === r.quote));
    const strip = (x: Fact) => x.value.replace(SOME_USERS_ONLY, "");
    if (confined.length && beside.length)
      return rule(
        "neutral",
        `an outside body only for some users (${strip(confined[0]!)}); a regulator is named (${beside[0]!.value})`,
        [confined[0]!, beside[0]!],
      );
    // Not the confined body's own words read again as a regulator (IBackup, above).
    if (beside.length)
      return rule("neutral", `${regulatorsNamed(beside[0]!.value)} (${beside[0]!.value})`, beside);
    if (arbitration.length)
      return rule(
        "neutral",
        "binding arbitration, without a class-action waiver found",
        arbitration,
      );
    /*
     * Recourse for some users only — a body, a regulator (since the double reading of 2027-02-05)
     * or a framework's arbitration — leaves the rest "no recourse beyond the company"
     * (concerning), unless a court or other terms are open to all (neutral, said beside it).
     */
    const beyond = recourseBeyondNothing(f);
    const confinedArbitration = f
      .get("arbitration")
      .filter((a) => a.value.endsWith(SOME_USERS_ONLY));
    const some = confined.length
      ? {
          said: `an outside body only for some users (${strip(confined[0]!)})`,
          rest: "none named for the rest",
          facts: confined,
        }
      : confinedRegulators.length
        ? {
            said: `${regulatorsNamed(strip(confinedRegulators[0]!))} only for some users (${strip(confinedRegulators[0]!)})`,
            rest: "none for the rest",
            facts: confinedRegulators,
          }
        : confinedArbitration.length
          ? {
              said: "binding arbitration is offered to some users only",
              rest: "none for the rest",
              facts: confinedArbitration,
            }
          : null;
    if (!some) return beyond;
    if (beyond?.rating === "neutral")
      return rule(
        "neutral",
        `${beyond.reason.replace(/^neutral: /, "").replace("; no independent body or regulator is named", "")}; ${some.said}`,
        [...beyond.decisive.slice(0, 1), some.facts[0]!],
      );
    return rule("concerning", `${some.said}; ${some.rest}`, some.facts.slice(0, 2));
  },
  "third-parties"(f) {
    /*
     * A stated sale is concerning whatever else the policy denies: "We may have sold … to online
     * advertising service and analytics providers" stands beside "We do not knowingly sell the
     * personal information of minors under the age of 16" (Vinted), and beside a general denial
     * the policy's own "may sell" still leaves the door open (until the review of 2026-12-03 any
     * no-sale cancelled a sale).
     */
    const sales = f.get("sale").filter((x) => x.value !== DEEMED_SALE_VALUE);
    if (sales.length) return rule("concerning", `the company ${quoted(sales[0])}`, sales);
    if (f.has("sharing-without-limits"))
      return rule(
        "concerning",
        "data may be shared without stated limits",
        f.get("sharing-without-limits").slice(0, 1),
      );
    if (f.has("advertising-sharing"))
      return rule(
        "concerning",
        "data shared for others' marketing or advertising",
        f.get("advertising-sharing"),
      );
    // The policy's word that its sharing may count as a sale ("may be considered “sales”",
    // Outbrain) is its own label on what it gives, said when the sharing itself was not read.
    if (f.has("sale"))
      return rule("concerning", `the company ${quoted(f.get("sale")[0])}`, f.get("sale"));
    /*
     * Personal data given to no third party at all (the double reading of 2027-02-08, Jottacloud):
     * more than "only named processors under contract, never sold", so protective — where nothing
     * else the policy says gives data to anyone (providers, partners, marketing, others collecting
     * on the site, a sale of aggregated data).
     */
    if (
      f.has("no-sharing") &&
      !f.has("service-providers") &&
      !f.has("named-partner") &&
      !f.has("marketing-sharing") &&
      !f.has("third-party-collection") &&
      !f.has("sale-aggregated")
    )
      return rule("protective", "personal data is not disclosed to any third party", [
        ...f.get("no-sharing").slice(0, 1),
        ...f.get("no-sale").slice(0, 1),
      ]);
    const contract = f.get("service-providers").filter((x) => x.value.includes("under contract"));
    /*
     * The rubric's "only named processors": names given as examples of a kind of recipient
     * ("service providers such as Google Analytics and Stripe") leave the rest of it unnamed, so
     * they name no list of processors.
     */
    const named = f
      .get("named-partner")
      .filter((x) => !x.value.endsWith(EXAMPLES_ONLY) && !namedForAds(x));
    // Only a denial for all data and everyone: one for minors or sensitive data says nothing of the rest.
    const noSale = f.get("no-sale").filter((x) => !scopedNoSale(x));
    const notSold = noSale.length > 0 && !f.has("sale-aggregated");
    /*
     * Data given to third parties for marketing, the company's own or theirs, is more than "only
     * named processors" (DESIGN.md): it keeps the practice from protective, whatever is denied.
     */
    const marketing = f.get("marketing-sharing");
    /*
     * Third parties that collect on the site for themselves ("These analytics providers may set
     * tracking technologies … across other websites", UptimeRobot) are no processors working for
     * the company: since the double reading of 2027-01-29 they keep the practice from protective
     * (whether they make it concerning is left to the rubric).
     */
    const othersCollect = f.get("third-party-collection");
    /*
     * Advertising partners named beside the processors ("We use ad serving technology from Google,
     * Facebook and MoPub/Twitter", Wordfeud, whose personalised ads those companies deliver) are
     * more than "only named processors": since the double reading of 2027-02-13 they keep the
     * practice from protective, as marketing does.
     */
    const adPartners = f
      .get("named-partner")
      .filter((x) => !x.value.endsWith(EXAMPLES_ONLY) && namedForAds(x));
    if (notSold && contract.length && named.length && !marketing.length)
      return othersCollect.length
        ? rule(
            "neutral",
            "processors under contract, and data not sold; but third parties also collect data on the site for their own use",
            [othersCollect[0]!, contract[0]!, noSale[0]!],
          )
        : adPartners.length
          ? rule(
              "neutral",
              `processors under contract, and data not sold; but advertising partners are also named (${adPartners[0]!.value})`,
              [adPartners[0]!, contract[0]!, noSale[0]!],
            )
          : rule("protective", "named processors under contract, and data not sold", [
              noSale[0]!,
              contract[0]!,
              named[0]!,
            ]);
    // Marketing of unstated whose leads over the company's own ("to market its own products").
    const lead = marketing.find((x) => x.value !== OWN_MARKETING_SHARED_VALUE) ?? marketing[0];
    if (lead)
      return rule(
        "neutral",
        `data is ${lead.value}${notSold ? "; data not sold" : ""}`,
        notSold ? [lead, noSale[0]!] : [lead],
      );
    // Aggregated or de-identified data is not the personal data the practice is about: a sale
    // of it is stated, not concerning, and it is not "never sold" either.
    if (f.has("sale-aggregated"))
      return rule(
        "neutral",
        `the company ${quoted(f.get("sale-aggregated")[0])}${f.has("sale") ? "" : "; no sale of personal data found"}`,
        f.get("sale-aggregated"),
      );
    if (contract.length && notSold && f.has("named-partner"))
      return rule(
        "neutral",
        `service providers under contract or confidentiality, and data not sold; partners are named only ${namedAs(f.get("named-partner"))} (${partnerNames(f.get("named-partner")).join(", ")})`,
        [contract[0]!, noSale[0]!, f.get("named-partner")[0]!],
      );
    if (contract.length)
      return rule(
        "neutral",
        "service providers under contract or confidentiality",
        contract.slice(0, 2),
      );
    if (f.has("service-providers"))
      return rule(
        "neutral",
        `shared with service providers${notSold ? "; data not sold" : ""}`,
        notSold
          ? [...f.get("service-providers").slice(0, 1), noSale[0]!]
          : f.get("service-providers").slice(0, 2),
      );
    /*
     * A denial of sharing, not only of sale, leaves no "other sharing" to speak of: "MDN Plus
     * doesn’t share any of your data with third parties." beside the payment providers the user
     * pays through (the double reading of 2027-02-13: "other sharing is not limited in detail").
     * The names it gives are said instead.
     */
    if (noSale.length && /\bshare\b/.test(noSale[0]!.value) && f.has("named-partner"))
      return rule(
        "neutral",
        `the company ${quoted(noSale[0])}; partners are named (${partnerNames(f.get("named-partner")).join(", ")})`,
        [noSale[0]!, f.get("named-partner")[0]!],
      );
    if (noSale.length)
      return rule(
        "neutral",
        `the company ${quoted(noSale[0])}; other sharing is not limited in detail`,
        noSale,
      );
    // Names alone decide nothing, but a reason that says "no fact found" beside "Partners named:
    // Google" reads as a contradiction: the reason names them and says why they do not decide.
    if (f.has("named-partner")) {
      const examples = f.get("named-partner").every((x) => x.value.endsWith(EXAMPLES_ONLY));
      return rule(
        "neutral",
        `partners are named${examples ? " as examples" : ""} (${partnerNames(f.get("named-partner")).join(", ")}); no fact found that would raise or lower the rating`,
        f.get("named-partner"),
        TOPIC,
      );
    }
    return null;
  },
  collection: () => null,
  use(f) {
    // Data given for others' advertising, or the company's own use of it to market others'
    // products (the double reading of 2027-02-25): both the rubric's "others' marketing".
    const others = [...f.get("advertising-sharing"), ...f.get("marketing-use")];
    if (others.length)
      return rule("concerning", "used for others' marketing or advertising", others);
    return null;
  },
  choice(f) {
    const offered = f.get("opt-out").map((x) => ({ x, ...optOutParts(x.value) }));
    if (!offered.length) return null;
    // What the opt-out covers and how it is used, both said where a sentence says both.
    const best =
      offered.find((o) => o.of && o.how) ??
      offered.find((o) => o.how) ??
      offered.find((o) => o.of) ??
      offered[0]!;
    const what = best.of ? `an opt-out of ${best.of}` : "an opt-out";
    const others = [...new Set(offered.flatMap((o) => (o.of && o.of !== best.of ? [o.of] : [])))];
    const also =
      others.length === 1
        ? `; an opt-out of ${others[0]!} is also offered`
        : others.length
          ? `; opt-outs of ${nameList(others.slice(0, 2))} are also offered`
          : "";
    const rest = [best, ...offered.filter((o) => o !== best && o.of && o.of !== best.of)];
    return rule(
      "neutral",
      `${best.how ? `${what} is offered ${best.how}` : `${what} is offered; the policy does not say how`}${also}`,
      rest.map((o) => o.x).slice(0, 2),
    );
  },
  access(f) {
    // A right to see (a copy of) data alone is said so: "users can see their data" (the second
    // reading of 2027-01-26, DuckDuckGo's "a copy of your personal information").
    const seen = f.has("correction-right")
      ? f.get("correction-right").every((x) => x.value === SEEN_ONLY)
        ? "users can see their data"
        : "users can see and correct their data"
      : "";
    if (f.has("deletion-right") && f.has("correction-right"))
      return rule("protective", `${seen} and have it deleted`, [
        f.get("correction-right")[0]!,
        f.get("deletion-right")[0]!,
      ]);
    if (f.has("correction-right")) return rule("neutral", seen, f.get("correction-right"));
    if (f.has("deletion-right"))
      return rule("neutral", "users can have their data deleted", f.get("deletion-right"));
    return null;
  },
  security(f) {
    // Whether users are told of a breach is said beside the rating, which it does not move: the
    // first question of a security review (breach-notice.ts).
    const breach = f.get("breach-notice")[0];
    const rated = securityBySafeguards(f);
    if (!breach) return rated;
    if (!rated) return rule("neutral", breach.value, [breach]);
    return {
      ...rated,
      reason: `${rated.reason}; ${breach.value}`,
      decisive: [...rated.decisive.slice(0, 2), breach],
    };
  },
  children(f) {
    const ages = f.get("children-age");
    // What the policy does for older minors is said after the age (it decides nothing: the
    // rubric's practice is children under 13), so a parent of teenagers sees it.
    const teens = f.get("minors-protections")[0];
    // An age below which children need a parent's consent leads only when no other is stated.
    const limit = ages.find((x) => !x.value.endsWith(WITH_A_PARENT_VALUE));
    /*
     * What the age is for is the sentence's to say: a limit on who may use the service, a
     * definition of a child (Apple), a bar on registering (Dailymotion), consent a parent must give
     * (National Geographic). Until the double reading of 2027-02-10 the reason said "not meant for
     * children under 13" of each, which the words bear out only for the first; the rubric's neutral
     * is the threshold stated, and the fact's quote says the rest.
     */
    const threshold = (x: Fact) => `an age threshold for children is stated (${x.value})`;
    if (limit)
      return teens && ageOf(teens.value) > ageOf(limit.value)
        ? rule("neutral", `${threshold(limit)}; ${teens.value}`, [limit, teens])
        : rule("neutral", threshold(limit), [limit]);
    if (ages.length)
      return rule(
        "neutral",
        `children ${ages[0]!.value.replace(WITH_A_PARENT_VALUE, "")} may use it only with a parent's consent or involvement`,
        ages.slice(0, 1),
      );
    return null;
  },
  "policy-changes"(f) {
    if (f.has("change-without-notice") && !f.has("change-notice"))
      return rule(
        "concerning",
        "the policy may change without notice",
        f.get("change-without-notice"),
      );
    // Direct notice the company only may give promises nothing (the double reading of 2027-02-12,
    // read-since-2027-02-13.ts): said as possible, beside the notice it commits to.
    const anyDirect = f.get("change-notice").filter((x) => x.value === "direct notice");
    const direct = anyDirect.filter((x) => !onlyMayNotify(x.quote));
    const mayAlso = direct.length === 0 && anyDirect.length > 0;
    // Consent only where the law requires it is the minimum the rubric calls common practice.
    const consent = f.get("change-consent").filter((x) => x.value !== CONSENT_IF_REQUIRED_VALUE);
    const ifRequired = f.get("change-consent").filter((x) => x.value === CONSENT_IF_REQUIRED_VALUE);
    if (consent.length) return rule("protective", "consent is sought for changes", consent);
    if (direct.length && f.has("change-notice-period"))
      return rule(
        "protective",
        `direct notice ${f.get("change-notice-period")[0]!.value} changes take effect`,
        [direct[0]!, f.get("change-notice-period")[0]!],
      );
    if (direct.length && ifRequired.length)
      return rule(
        "neutral",
        "users are notified directly of changes, and consent is sought where the law requires it",
        [direct[0]!, ifRequired[0]!],
      );
    if (direct.length)
      return rule("neutral", "users are notified directly of changes", direct.slice(0, 1));
    if (ifRequired.length)
      return rule(
        "neutral",
        "consent is sought for changes where the law requires it",
        ifRequired.slice(0, 1),
      );
    const posted = f.get("change-notice").filter((x) => x.value !== "direct notice");
    if (posted.length)
      return rule(
        "neutral",
        mayAlso
          ? "changes are posted on the site; users may also be told directly"
          : "changes are posted on the site",
        mayAlso ? [posted[0]!, anyDirect[0]!] : posted.slice(0, 1),
      );
    if (mayAlso)
      return rule("neutral", "users may be told of changes directly", anyDirect.slice(0, 1));
    // The review of 2027-01-02: the change reserved "at any time", no notice said either way.
    if (f.has("change-reserved"))
      return rule(
        "neutral",
        "the policy may be changed at any time; no notice of changes found",
        f.get("change-reserved").slice(0, 1),
      );
    return null;
  },
  // The review of 2027-01-02: where the servers or the data are, said as a place, is stated.
  international: (f) =>
    f.has("data-location")
      ? rule(
          "neutral",
          `where data is stored is stated (${f.get("data-location")[0]!.value})`,
          f.get("data-location").slice(0, 1),
        )
      : null,
  "business-transfer"(f) {
    if (f.has("successor-bound")) {
      // A buyer bound or users told leads; the company's word that the data stays confidential
      // says less, and is said as it is.
      const bound = f.get("successor-bound").filter((x) => x.value !== KEPT_CONFIDENTIAL_VALUE);
      return bound.length
        ? rule("neutral", "users notified or the successor bound by the policy", bound.slice(0, 1))
        : rule(
            "neutral",
            "the company says the data stays confidential through a business transfer",
            f.get("successor-bound").slice(0, 1),
          );
    }
    if (f.has("transfer-as-asset"))
      return rule(
        "concerning",
        "data may pass to a buyer with the business's assets, with no commitment that this policy still applies",
        f.get("transfer-as-asset").slice(0, 1),
      );
    return null;
  },
  "law-enforcement"(f) {
    if (f.has("discretionary-disclosure"))
      return rule(
        "concerning",
        "disclosure on the company's own judgement, beyond what the law requires",
        f.get("discretionary-disclosure").slice(0, 1),
      );
    if (f.has("process-required"))
      return rule(
        "protective",
        "disclosed to authorities only under legal process",
        f.get("process-required").slice(0, 1),
      );
    if (f.has("legal-process"))
      return rule(
        "neutral",
        `disclosure in response to legal process${aside("legal process", quoted(f.get("legal-process")[0]))}`,
        f.get("legal-process").slice(0, 1),
      );
    return null;
  },
};

/**
 * Kinds another practice finds that a practice's rules also read. Data given for others'
 * advertising is a third-party fact ("we may share your information with advertisers") and the
 * very thing the use rule names, "used for others' marketing or advertising": until the audit of
 * 2026-12-05 the use rule saw only use facts, of which there are none, so it never applied and
 * every such policy read "use: no fact found" (Bolt, XING, Wix …).
 */
const ALSO_READ: Partial<Record<PracticeSlug, ReadonlySet<FactKind>>> = {
  use: new Set<FactKind>(["advertising-sharing"]),
};

/** The facts a practice's rules read: its own, and the kinds of another's it also reads (ALSO_READ). */
/**
 * A period the policy states that is not short (and not one of inactivity): "If your account will
 * be closed the personal data will be stored for an additional 3 year period" beside recordings
 * "deleted after 24 hours" (Bolt), "6 years plus current year for invoices" beside call records
 * "kept for 12 months" (Vodafone Ireland). The rubric's protective is a short period: a policy
 * that keeps other data for years is not, whatever one kind of data it deletes soon. The history
 * audit of 2026-12-09 found these rated protective in one version and neutral in the next.
 */
function longerKept(periods: ReadonlyArray<{ period: RetentionPeriod }>): boolean {
  return periods.some(({ period }) => keptLonger(period));
}
function keptLonger(period: RetentionPeriod): boolean {
  // A cookie's lifetime is the cookies practice ("cookies are kept for 10 years").
  if (period.inactive || /\bcookies?\b/i.test(period.what ?? "")) return false;
  const { n, unit } = period.to ?? period;
  // Longer than a year: "1 year" is the rubric's twelve months, not a longer keeping.
  return period.open === true || (unit === "year" && n > 1) || (unit === "month" && n > 12);
}

/**
 * What a deletion is said of: "We keep some data until you delete your Google Account" (Gmail,
 * "data is deleted when the account is closed" until the double reading of 2027-02-13) is some.
 */
const SOME_DATA = /\b(?:some|certain) (?:of (?:your|the) )?(?:personal )?(?:data|information)\b/i;
const deletedData = (x: Fact) => (SOME_DATA.test(x.quote) ? "some data" : "data");

export function factsFor<F extends Fact>(practice: PracticeSlug, facts: readonly F[]): F[] {
  const also = ALSO_READ[practice];
  return facts.filter((f) => f.practice === practice || (also?.has(f.kind) ?? false));
}

/**
 * The suggested rating for a practice from its facts: not addressed when no clause reaches the
 * threshold and no fact was found, else the first rule that applies, else neutral.
 */
export function suggestRating(
  practice: PracticeSlug,
  facts: Fact[],
  clauseCount: number,
): Suggestion {
  const by = new Map<FactKind, Fact[]>();
  for (const f of facts) {
    const list = by.get(f.kind);
    if (list) list.push(f);
    else by.set(f.kind, [f]);
  }
  // "Not disclosed to any third party" holds only where every clause read as about third parties
  // says so or denies a sale (the review of 2027-02-09): a clause beside it that gives data to
  // partners, a host or a buyer, in words no fact reads, keeps it from protective.
  if (practice === "third-parties" && by.has("no-sharing")) {
    const denying = new Set(
      facts
        .filter((f) => f.kind === "no-sharing" || f.kind === "no-sale")
        .map((f) => (f as Fact & { clause?: number }).clause ?? -1),
    );
    if (clauseCount > denying.size) by.delete("no-sharing");
  }
  const view: Facts = { has: (k) => (by.get(k)?.length ?? 0) > 0, get: (k) => by.get(k) ?? [] };
  if (clauseCount === 0 && facts.length === 0)
    // Says what the reading found, not that the policy is silent: a clause can be missed.
    return rule("not-addressed", "no clause was read as about this practice", [], 1);
  return (
    RULES[practice](view) ??
    rule(
      "neutral",
      "the policy speaks to this practice; no fact found that would raise or lower the rating",
      [],
      TOPIC,
    )
  );
}

/**
 * What is kept with no limit: backups or archives, or, where that is all the policy says of it,
 * copies of the versions the user replaced (Amazon.com, the double reading of 2027-02-09).
 */
const keptInArchives = (backups: readonly Fact[]) =>
  backups.every((x) => x.value === PRIOR_VERSIONS_KEPT_VALUE)
    ? "copies of earlier versions of data kept for its records with no limit stated"
    : "data kept in backups or archives with no limit stated";

/** A period said of cookies: how long a cookie lasts, not how long data is kept. */
function cookieLifetime(p: { period: RetentionPeriod }): boolean {
  return /^cookies?$/i.test(p.period.what ?? "");
}

const DATA_OF_A_REQUEST =
  /\b(?:submit|provide|send|give)s? (?:to us )?(?:with|in|as part of) (?:your|a|the|such|this) (?:[\w-]+ )?requests?\b/i;
/**
 * Kept while needed, the whole account's or data's first: "for the duration of the importation"
 * (Proton Mail's import credentials) is one feature's, so "while the account is active" leads the
 * summary's "other data is kept …" (audit of 2026-12-20). Otherwise in the policy's order.
 */
function broadWhileNeededFirst<T extends { value: string; quote?: string }>(facts: T[]): T[] {
  // … and the data sent with a request (the double reading of 2027-02-13: ACDelco's "We may retain
  // the Personal Information you submit with your request for as long as required …" led its
  // summary over "the Personal Information we collect for as long as necessary").
  const narrow = (x: T) =>
    /^for the duration of (?!(?:your|the|our|a|this) (?:relationship|account|contract|membership|subscription|use|business relationship|contractual relationship)\b)/i.test(
      x.value,
    ) || DATA_OF_A_REQUEST.test(x.quote ?? "");
  return [...facts.filter((x) => !narrow(x)), ...facts.filter(narrow)];
}
