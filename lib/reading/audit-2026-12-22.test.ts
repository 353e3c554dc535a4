import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-22 (26 machine-read companies, every 12th
 * from the 1st; collection, security, children, policy changes, international transfer, business
 * transfer and legal disclosure), each on the policy's own sentence, with a counter-example the
 * fix must leave alone.
 */
const JUDGEMENT =
  "concerning: disclosure on the company's own judgement, beyond what the law requires";

describe("policy changes: notices read where they are the policy's, and as they are given", () => {
  it("reads no notice from a purpose's lettered list (Zoosk)", () => {
    const zoosk =
      "To manage our relationship with you which will include: (a) Notifying you about changes to our terms or privacy policy (b) Communicating with you — (a) Profile Data (b) Transaction Data — (a) Performance of a contract with you";
    expect(valuesOf(zoosk, "change-notice")).toEqual([]);
    expect(
      valuesOf(
        "If we make changes to this Policy, we will notify you by email, which will include a summary of the changes.",
        "change-notice",
      ),
    ).toEqual(["direct notice"]);
  });

  it("reads 'this Notice' in the sentence or its heading as the policy (Overleaf), not a question (Bolt)", () => {
    const overleaf = [
      "We reserve the right to modify or replace this Notice at any time by posting the revised Notice on our website.",
    ];
    expect(valuesOf(overleaf, "change-notice", [["Changes to this Notice"]])).toEqual([
      "posted on the site",
    ]);
    expect(rate("policy-changes", overleaf, [["Changes to this Notice"]]).reason).toBe(
      "neutral: changes are posted on the site",
    );
    expect(
      valuesOf(["How do we notify you of changes to this Notice?"], "change-notice", [["Changes"]]),
    ).toEqual([]);
    // A notice that is something else's: a cookie banner, not the policy.
    expect(
      valuesOf(
        "We may change the cookie notice shown on our website at any time.",
        "change-notice",
      ),
    ).toEqual([]);
  });

  it("reads changes posted 'here' (Vanco) and all users notified by email (PrivacySpy)", () => {
    const vanco = [
      "Please note that we may change this Policy from time to time. We will post change here and update the “Last Updated” date at the top of this document.",
    ];
    const privacyspy = [
      "Your continued use of our website will be regarded as acceptance of our practices around privacy and personal information. If we modify this privacy policy in any significant way, we will notify all users via email.",
    ];
    expect(valuesOf(vanco, "change-notice")).toEqual(["posted on the site"]);
    expect(valuesOf(privacyspy, "change-notice")).toEqual(["direct notice"]);
    // Not a post or notice about something else.
    expect(
      valuesOf("We post new recipes here every week, and users can subscribe.", "change-notice"),
    ).toEqual([]);
    expect(
      valuesOf("We notify all users via email when their order has shipped.", "change-notice"),
    ).toEqual([]);
  });

  it("reads no notice of the policy's changes from a change of the terms of service (PrivacySpy), but does from one that cites them (Wix)", () => {
    const tos =
      "PrivacySpy (Politiwatch, Inc.) may revise these terms of service for its website at any time, though users will be notified of any substantial modifications.";
    const wix =
      "If we make any changes that we deem as “material” (in our sole good faith discretion), we will notify you (using one of the notification methods set forth in Section 15.3 of the Terms of Use) prior to the change becoming effective.";
    expect(valuesOf(tos, "change-notice")).toEqual([]);
    expect(valuesOf(wix, "change-notice")).toEqual(["direct notice"]);
  });
});

describe("legal disclosure at the company's discretion, or on a crime it suspects", () => {
  it("reads a listed occasion 'to, in our discretion, satisfy … subpoena' (Zoosk) and cooperation with law enforcement 'in our discretion' (Sony, 123Greetings)", () => {
    const zoosk =
      "to, in our discretion, (i) satisfy any applicable law, regulation, subpoena/court order, legal process or other government request, (ii) enforce our Terms of Use Agreement, including the investigation of potential violations thereof, (iii) investigate and defend ourselves against any third party claims or allegations.";
    const sony =
      "We may also use Device Identifiers to identify users, and may do so in cooperation with copyright owners, Internet service providers, wireless service providers or law enforcement agencies, in our discretion.";
    expect(rate("law-enforcement", zoosk).reason).toBe(JUDGEMENT);
    expect(rate("law-enforcement", sony).reason).toBe(JUDGEMENT);
  });

  it("leaves discretion to refuse or notify, and cooperation without discretion", () => {
    for (const text of [
      "We may, in our discretion, refuse or challenge requests from law enforcement that we consider overbroad.",
      "to, in our discretion, notify you of any subpoena or court order we receive about your account.",
      "We cooperate with law enforcement agencies when we receive a valid subpoena.",
    ]) {
      expect(valuesOf(text, "discretionary-disclosure"), text).toEqual([]);
    }
  });

  it("reads disclosure to law enforcement when a crime is suspected (Stripchat), not a disclosure the law compels", () => {
    const stripchat =
      "We specifically reserve the right to disclose any and all information to law enforcement in the event that a crime is committed or suspected or if we are compelled to do so by lawful criminal, civil or administrative process, discovery requests, subpoenas, court orders or writs.";
    expect(rate("law-enforcement", stripchat).reason).toBe(JUDGEMENT);
    for (const text of [
      "We disclose information to law enforcement only when we are compelled to do so by a subpoena or court order.",
      "Suspected fraud is reviewed by our own team, and we do not share it with law enforcement unless required by a court order.",
    ]) {
      expect(valuesOf(text, "discretionary-disclosure"), text).toEqual([]);
    }
  });

  it("reads no warrant from 'you represent, warrant and agree' (Facebook)", () => {
    expect(
      valuesOf(
        "By providing photos to improve your AI Images from Meta AI, you represent, warrant and agree that the photos that you provide are of you.",
        "legal-process",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "We may disclose your information in response to a search warrant or court order.",
        "legal-process",
      ),
    ).not.toEqual([]);
  });
});

describe("business transfer: occasions of giving listed under a lead-in or heading of sharing", () => {
  it("reads a business sold in part as a listed occasion (Overleaf)", () => {
    const overleaf = [
      "if part of our business is sold to or integrated with another business, to our advisers and any prospective purchasers (and their advisers);",
    ];
    const heading = [["Who we share your personal data with"]];
    expect(valuesOf(overleaf, "transfer-as-asset", heading)).toEqual([
      "data passes with the business's assets",
    ]);
    expect(rate("business-transfer", overleaf, heading).rating).toBe("concerning");
    // The company buying is not its business sold.
    expect(
      valuesOf(
        ["if we acquire part of another business, to that business's former owners;"],
        "transfer-as-asset",
        heading,
      ),
    ).toEqual([]);
  });

  it("reads a lead-in that shares 'the information we collect' as the company giving (Revcontent), not one where it receives", () => {
    const items = [
      "With vendors, consultants and other service providers who need access to such information to carry out work on our behalf;",
      "In connection with, or during negotiations of, any merger, sale of company assets, financing or acquisition of all or a portion of our business by another company;",
    ];
    const headings = [["Cookies"], ["Cookies"], ["Cookies"]];
    const revcontent = [
      "We may share the information we collect as follows or as otherwise described in this Privacy Policy:",
      ...items,
    ];
    expect(valuesOf(revcontent, "transfer-as-asset", headings)).toEqual([
      "data passes with the business's assets",
    ]);
    const received = [
      "We may receive information from partners, who may share it with us as follows:",
      ...items,
    ];
    expect(valuesOf(received, "transfer-as-asset", headings)).toEqual([]);
  });
});

describe("security: hashed data given for advertising is no safeguard", () => {
  it("reads no encryption from a hashed email address for custom audiences (Badoo, Bumble), but from hashing that protects", () => {
    expect(
      valuesOf(
        "Encrypted (hashed) email address (only to create “custom audiences”)*",
        "encryption",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "We also use measures like encryption and hashing to help protect sensitive information when in transmission.",
        "encryption",
      ),
    ).not.toEqual([]);
  });
});
