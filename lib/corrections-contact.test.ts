import { describe, expect, it } from "vitest";
import { correctionsContact } from "./corrections-contact";
import { readEnv } from "./env";

describe("correctionsContact", () => {
  it("is null when the installation gives no address, so the page invents none", () => {
    expect(correctionsContact({})).toBeNull();
    expect(correctionsContact({ CORRECTIONS_CONTACT: "  " })).toBeNull();
  });

  it("links an e-mail address by mailto and a web address as it is", () => {
    expect(correctionsContact({ CORRECTIONS_CONTACT: " fixes@atlas.example.org " })).toEqual({
      href: "mailto:fixes@atlas.example.org",
      label: "fixes@atlas.example.org",
    });
    expect(
      correctionsContact({ CORRECTIONS_CONTACT: "https://example.org/atlas/issues/" }),
    ).toEqual({ href: "https://example.org/atlas/issues/", label: "example.org/atlas/issues" });
  });

  it("never links a script or a malformed value, and start-up names the variable", () => {
    for (const bad of ["javascript:alert(1)", "not an address", "ftp://example.org"]) {
      expect(correctionsContact({ CORRECTIONS_CONTACT: bad })).toBeNull();
      expect(() => readEnv({ CORRECTIONS_CONTACT: bad } as unknown as NodeJS.ProcessEnv)).toThrow(
        /CORRECTIONS_CONTACT: must be/,
      );
    }
  });
});
