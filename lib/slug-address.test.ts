import { describe, expect, it } from "vitest";
import { slugAddress } from "./slug-address";

describe("the address of a company or practice", () => {
  it("gives the lower-case address of a slug typed in capitals, the rest of the path kept", () => {
    expect(slugAddress("/companies/MOZY")?.lowercase).toBe("/companies/mozy");
    expect(slugAddress("/companies/WhatsApp")?.lowercase).toBe("/companies/whatsapp");
    expect(slugAddress("/practices/Cookies")?.lowercase).toBe("/practices/cookies");
    expect(slugAddress("/companies/Mozy/changes")?.lowercase).toBe("/companies/mozy/changes");
    expect(slugAddress("/companies/Proton-Mail/versions/12")?.lowercase).toBe(
      "/companies/proton-mail/versions/12",
    );
  });

  it("names the slug as typed, and no other address when it is already lower case", () => {
    expect(slugAddress("/companies/signall")).toEqual({
      kind: "companies",
      slug: "signall",
      lowercase: null,
    });
    expect(slugAddress("/practices/cookies")?.lowercase).toBeNull();
  });

  it("leaves alone what lower case would not make a slug, and other addresses", () => {
    expect(slugAddress("/companies/M%C3%96ZY")?.lowercase).toBeNull();
    expect(slugAddress("/companies/Mozy_Backup")?.lowercase).toBeNull();
    expect(slugAddress(`/companies/${"A".repeat(65)}`)?.lowercase).toBeNull();
    expect(slugAddress("/companies")).toBeNull();
    expect(slugAddress("/Companies/Mozy")).toBeNull();
    expect(slugAddress("/feeds/companies/Mozy.atom")).toBeNull();
  });
});
