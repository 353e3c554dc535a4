import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { servicesFileSchema } from "./corpus-schemas";

const file = path.resolve(import.meta.dirname, "../../seeds/corpus/services.json");
const { services } = servicesFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
const nameOf = new Map(services.map((s) => [s.slug, s.name]));

describe("the names of the corpus services", () => {
  it("are unique, so no two entries of the directory read alike", () => {
    const names = services.map((s) => s.name.toLowerCase());
    expect(names.length - new Set(names).size).toBe(0);
  });

  it("are not bare web addresses, unless the service calls itself so in its policy", () => {
    const addresses = services.map((s) => s.name).filter((n) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(n));
    expect(addresses.sort()).toEqual(["meet.jit.si", "timeanddate.com"]);
  });

  // Open Terms Archive's service names, corrected to what each policy's latest recorded text
  // calls its company or product; the slugs, which are in URLs, stay as they were.
  it.each([
    ["thomsonreuters-com", "Thomson Reuters"],
    ["vodafone-ie", "Vodafone Ireland"],
    ["sony-com", "Sony"],
    ["ubuntu-com", "Canonical (Ubuntu)"],
    ["ucla-edu", "UCLA"],
    ["hearst-com", "Hearst"],
    ["urbandictionary-com", "Urban Dictionary"],
    ["userdrive-com", "UsersDrive"],
    ["honkai-star-rail", "Honkai: Star Rail"],
    ["womans-day", "Woman's Day"],
    ["youtube-kids", "YouTube Kids"],
    ["ikea", "IKEA"],
    ["coindesk", "CoinDesk"],
    ["wpengine", "WP Engine"],
    ["noyb", "noyb"],
    ["xing", "XING"],
    ["blizzard-entertainment", "Blizzard Entertainment"],
    ["blizzard", "Blizzard Entertainment (Privacy World)"],
  ])("names %s %s", (slug, name) => {
    expect(nameOf.get(slug)).toBe(name);
  });
});
