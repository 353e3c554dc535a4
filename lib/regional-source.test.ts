import { describe, expect, it } from "vitest";
import { regionalSource } from "./regional-source";

const note = (url: string | null) => regionalSource(url)?.note ?? null;

describe("regionalSource", () => {
  it("reads a region path segment: TikTok's EEA page, Spotify's US page, IKEA's Irish page", () => {
    expect(regionalSource("https://www.tiktok.com/legal/page/eea/privacy-policy/en")).toEqual({
      region: "EEA",
      kind: "region",
      note: "Recorded from the page for the EEA",
    });
    expect(note("https://www.spotify.com/us/legal/privacy-policy/")).toBe(
      "Recorded from the page for the US",
    );
    expect(note("https://www.ikea.com/ie/en/customer-service/privacy-policy/")).toBe(
      "Recorded from the page for Ireland",
    );
  });

  it("reads a region between hyphens, but not a word that only contains its letters", () => {
    expect(note("https://www.whatsapp.com/legal/updates/privacy-policy-eea?lang=en")).toBe(
      "Recorded from the page for the EEA",
    );
    expect(note("https://legal.nextdoor.com/gb-privacy-policy-2021/")).toBe(
      "Recorded from the page for the UK",
    );
    expect(note("https://myspace.com/pages/eeaprivacy")).toBe("Recorded from the page for the EEA");
    expect(note("https://example.com/about-us/privacy")).toBeNull();
    expect(note("https://example.com/legal/guide/privacy")).toBeNull();
  });

  it("reads an English locale as the page in that country's English", () => {
    expect(regionalSource("https://www.snap.com/en-GB/privacy/privacy-policy")).toEqual({
      region: "GB",
      kind: "locale",
      note: "Recorded from the UK English page",
    });
    expect(note("https://policies.google.com/privacy?hl=en-GB")).toBe(
      "Recorded from the UK English page",
    );
    expect(note("https://www.qobuz.com/us-en/discover/legals/privacy")).toBe(
      "Recorded from the US English page",
    );
    expect(note("https://terms.yelp.com/privacy/en_gb/20200101_en_gb/")).toBe(
      "Recorded from the UK English page",
    );
  });

  it("takes English for a country that does not speak it as that country's page", () => {
    expect(note("https://www.fedex.com/en-fr/privacy-policy.html")).toBe(
      "Recorded from the page for France",
    );
    expect(note("https://www.ibm.com/be-en/privacy?lnk=flg-priv-been")).toBe(
      "Recorded from the page for Belgium",
    );
    expect(note("https://docviewer.zoosk.com/legal-privacy-en_eu.html")).toBe(
      "Recorded from the page for the EU",
    );
  });

  it("prefers a country parameter to the language: Google's Irish page in British English", () => {
    expect(note("https://policies.google.com/privacy?hl=en-GB&gl=IE")).toBe(
      "Recorded from the page for Ireland",
    );
    expect(note("https://www.dailymotion.com/legal/privacy?localization=gb")).toBe(
      "Recorded from the page for the UK",
    );
  });

  it("reads a region subdomain, never the domain itself", () => {
    expect(note("https://uk.match.com/pages/misc/privacy")).toBe(
      "Recorded from the page for the UK",
    );
    expect(note("https://legal.eu.wargaming.net/en/privacy-policy/")).toBe(
      "Recorded from the page for the EU",
    );
    expect(note("https://noyb.eu/en/legal")).toBeNull();
    expect(note("https://www.bbc.co.uk/usingthebbc/privacy-policy/")).toBeNull();
    expect(note("https://deliveroo.ie/privacy")).toBeNull();
  });

  it("gives no note for a language alone, a worldwide page, an unknown code or no address", () => {
    expect(note("https://twitter.com/en/privacy")).toBeNull();
    expect(note("https://ask.fm/docs/privacy_policy/?lang=en")).toBeNull();
    expect(note("https://www.apple.com/legal/privacy/en-ww/")).toBeNull();
    expect(note("https://policies.tinder.com/privacy/intl/en")).toBeNull();
    expect(note("https://example.com/de/datenschutz")).toBeNull();
    expect(note("https://example.com/privacy?gl=zz")).toBeNull();
    expect(note(null)).toBeNull();
    expect(note("not a url")).toBeNull();
  });
});
