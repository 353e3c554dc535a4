import { describe, expect, it } from "vitest";
import { directoryElsewhere } from "./company-directory-elsewhere";

const view = (over: Partial<Parameters<typeof directoryElsewhere>[0]>) =>
  directoryElsewhere({
    q: "mail",
    sector: null,
    provenance: null,
    explicitSort: null,
    unfiltered: { sector: null, provenance: null, both: null },
    ...over,
  });

describe("the way out of an empty /companies view", () => {
  it("says the search matches companies in other sectors, linking to the list without the sector", () => {
    expect(
      view({ sector: "dating", unfiltered: { sector: 12, provenance: null, both: null } }),
    ).toEqual([{ text: "12 companies match “mail” in other sectors", href: "/companies?q=mail" }]);
    expect(
      view({
        q: "signal",
        sector: "dating",
        provenance: "machine",
        explicitSort: "recorded",
        unfiltered: { sector: 1, provenance: 0, both: 1 },
      }),
    ).toEqual([
      {
        text: "1 machine-read company matches “signal” in other sectors",
        href: "/companies?q=signal&provenance=machine&sort=recorded",
      },
    ]);
  });

  it("says the search matches companies of the other kind, linking to the list without the kind", () => {
    expect(
      view({ provenance: "curated", unfiltered: { sector: null, provenance: 7, both: null } }),
    ).toEqual([{ text: "7 machine-read companies match “mail”", href: "/companies?q=mail" }]);
    expect(
      view({
        sector: "messaging",
        provenance: "machine",
        unfiltered: { sector: 0, provenance: 1, both: 3 },
      }),
    ).toEqual([
      {
        text: "1 curated company matches “mail” in Messaging",
        href: "/companies?q=mail&sector=messaging",
      },
    ]);
  });

  it("drops both filters only when neither alone finds a company", () => {
    expect(
      view({
        sector: "dating",
        provenance: "curated",
        unfiltered: { sector: 0, provenance: 0, both: 5 },
      }),
    ).toEqual([
      {
        text: "5 companies match “mail” in other sectors, of either kind",
        href: "/companies?q=mail",
      },
    ]);
  });

  it("names both ways out when each finds companies, and speaks of filters alone without a search", () => {
    expect(
      view({
        q: "",
        sector: "adult",
        provenance: "curated",
        unfiltered: { sector: 5, provenance: 4, both: 300 },
      }).map((e) => e.text),
    ).toEqual(["5 curated companies in other sectors", "4 machine-read companies in Adult"]);
  });

  it("offers nothing when the search matches no company anywhere", () => {
    expect(
      view({ sector: "dating", unfiltered: { sector: 0, provenance: null, both: null } }),
    ).toEqual([]);
    expect(view({})).toEqual([]);
  });
});
