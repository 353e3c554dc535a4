import { afterEach, describe, expect, it, vi } from "vitest";
import { openOnWideScreensScript, openOnceIfWide, WIDE_SCREEN } from "./open-on-wide-screens";

/** Just enough of a <details> element: attributes and `open`. */
function fakeDetails() {
  const attributes = new Map<string, string>();
  return {
    open: false,
    hasAttribute: (name: string) => attributes.has(name),
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
  };
}

/** A window whose screen is `width` px wide, answering only min-width queries in rem. */
function stubWindow(width: number, byId: Record<string, unknown> = {}) {
  const matchMedia = (query: string) => {
    const rem = /\(min-width: ([\d.]+)rem\)/.exec(query);
    return { matches: rem ? width >= Number(rem[1]) * 16 : false };
  };
  vi.stubGlobal("window", { matchMedia });
  vi.stubGlobal("document", { getElementById: (id: string) => byId[id] ?? null });
}

afterEach(() => vi.unstubAllGlobals());

describe("opening the filter panel on wide screens only", () => {
  it("the inline script opens it at 1280 px and leaves it closed on a 390 px phone", () => {
    for (const [width, open] of [
      [1280, true],
      [640, true],
      [390, false],
    ] as const) {
      const panel = fakeDetails();
      stubWindow(width, { "grid-filters": panel });
      new Function(openOnWideScreensScript("grid-filters"))();
      expect(panel.open, `${width} px`).toBe(open);
    }
  });

  it("once the script has run, hydration leaves the panel as the reader set it", () => {
    const panel = fakeDetails();
    stubWindow(1280, { "grid-filters": panel });
    new Function(openOnWideScreensScript("grid-filters"))();
    panel.open = false; // closed by the reader before hydration
    openOnceIfWide(panel as unknown as HTMLDetailsElement, true);
    expect(panel.open).toBe(false);
  });

  it("after a client-side navigation the effect decides once: wide and wanted opens it", () => {
    stubWindow(1280);
    const wanted = fakeDetails();
    openOnceIfWide(wanted as unknown as HTMLDetailsElement, true);
    expect(wanted.open).toBe(true);
    const unwanted = fakeDetails();
    openOnceIfWide(unwanted as unknown as HTMLDetailsElement, false);
    // A filter set later (a link on the page) does not unfold a panel the page arrived without.
    openOnceIfWide(unwanted as unknown as HTMLDetailsElement, true);
    expect(unwanted.open).toBe(false);
    stubWindow(390);
    const phone = fakeDetails();
    openOnceIfWide(phone as unknown as HTMLDetailsElement, true);
    expect(phone.open).toBe(false);
  });

  it("writes the id as a string literal a policy text cannot break out of, and uses the sm: width", () => {
    const script = openOnWideScreensScript('x"</script><script>alert(1)');
    expect(script).not.toContain("</script>");
    expect(script).toContain(JSON.stringify(WIDE_SCREEN));
    expect(WIDE_SCREEN).toBe("(min-width: 40rem)");
  });
});
