import { describe, expect, it } from "vitest";
import { closestCompanies } from "./closest-companies";

const companies = [
  { slug: "123greetings", name: "123Greetings" },
  { slug: "signal", name: "Signal" },
  { slug: "spark", name: "Spark" },
  { slug: "slack", name: "Slack" },
  { slug: "mozy", name: "Mozy" },
  { slug: "mozilla", name: "Mozilla" },
  { slug: "proton-mail", name: "Proton Mail" },
  { slug: "protonvpn", name: "ProtonVPN" },
  { slug: "whatsapp", name: "WhatsApp" },
  {
    slug: "code42",
    name: "Code 42",
    otherNames: [{ name: "crashplan.com", kind: "site" as const }],
  },
];
const closest = (typed: string) => closestCompanies(typed, companies, 6).map((c) => c.slug);

describe("the companies an unknown slug most likely meant", () => {
  it("offers a name a typing slip away", () => {
    expect(closest("signall")).toEqual(["signal"]);
    expect(closest("whatsap")).toEqual(["whatsapp"]);
    expect(closest("mzoy")).toEqual([]);
    expect(closest("mozyy")).toEqual(["mozy"]);
  });

  it("allows one slip in a short word, so slack is not offered Spark", () => {
    expect(closest("slack")).toEqual(["slack"]);
    expect(closest("slak")).toEqual(["slack"]);
  });

  it("puts names containing what was typed first, as the name search ranks them", () => {
    expect(closest("proton")).toEqual(["protonvpn", "proton-mail"]);
    expect(closest("moz")).toEqual(["mozy", "mozilla"]);
  });

  it("finds a company by its other names, and by a name the slug starts with", () => {
    expect(closest("crashplan")).toEqual(["code42"]);
    expect(closest("signal-messenger")).toEqual(["signal"]);
  });

  it("offers nothing for what is close to no name, and at most the limit", () => {
    expect(closest("zzzzzz")).toEqual([]);
    expect(closestCompanies("o", companies, 2)).toHaveLength(2);
  });
});
