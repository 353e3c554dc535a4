import { beforeEach, describe, expect, it, vi } from "vitest";

/** The data version the front server stamped on the current request; null: no request. */
let version: string | null = null;
vi.mock("next/headers", () => ({
  headers: async () => {
    if (version === null) throw new Error("`headers` was called outside a request scope.");
    return new Headers({ "x-policy-atlas-data-version": version });
  },
}));

const { perDataVersion, perDataVersionBatch, perDataVersionKeyed } =
  await import("./per-data-version");

let loads = 0;
beforeEach(() => {
  loads = 0;
  version = null;
});

describe("perDataVersion", () => {
  it("loads afresh on every call outside a request (tests, scripts, the dev server)", async () => {
    const get = perDataVersion("t1", async () => ++loads);
    expect([await get(), await get()]).toEqual([1, 2]);
  });

  it("loads once per data version, shared between requests, and again after a seed", async () => {
    const get = perDataVersion("t2", async () => ++loads);
    version = "1";
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    version = "2";
    expect(await get()).toBe(2);
    expect(await get()).toBe(2);
  });

  it("forgets a failed load, so the next call tries again", async () => {
    let fail = true;
    const get = perDataVersion("t3", async () => {
      loads++;
      if (fail) throw new Error("database down");
      return loads;
    });
    version = "1";
    await expect(get()).rejects.toThrow("database down");
    fail = false;
    expect(await get()).toBe(2);
  });

  it("lets Next's own control-flow errors through", async () => {
    vi.resetModules();
    vi.doMock("next/headers", () => ({
      headers: async () => {
        throw Object.assign(new Error("Dynamic server usage"), { digest: "DYNAMIC_SERVER_USAGE" });
      },
    }));
    const fresh = await import("./per-data-version");
    await expect(fresh.perDataVersion("t4", async () => 1)()).rejects.toThrow(
      "Dynamic server usage",
    );
    vi.doUnmock("next/headers");
  });
});

describe("perDataVersionKeyed", () => {
  it("keeps each key per data version", async () => {
    const get = perDataVersionKeyed("k1", 10, async (key) => `${key}${++loads}`);
    version = "1";
    expect([await get("a"), await get("a"), await get("b")]).toEqual(["a1", "a1", "b2"]);
    version = "2";
    expect(await get("a")).toBe("a3");
  });
});

describe("perDataVersionBatch", () => {
  const asked: string[][] = [];
  const load = async (keys: string[]) => {
    asked.push(keys);
    loads++;
    // "none" has no value: kept as absent, and left out of the answer.
    return new Map(keys.filter((k) => k !== "none").map((k) => [k, `${k}${loads}`]));
  };
  beforeEach(() => {
    asked.length = 0;
  });

  it("loads the keys not kept yet in one call, and none the next time", async () => {
    const get = perDataVersionBatch("b1", 10, load);
    version = "1";
    expect([...(await get(["a", "b"]))]).toEqual([
      ["a", "a1"],
      ["b", "b1"],
    ]);
    expect([...(await get(["b", "c", "none", "c"]))]).toEqual([
      ["b", "b1"],
      ["c", "c2"],
    ]);
    expect(await get(["a", "b", "c", "none"])).toEqual(
      new Map([
        ["a", "a1"],
        ["b", "b1"],
        ["c", "c2"],
      ]),
    );
    expect(asked).toEqual([
      ["a", "b"],
      ["c", "none"],
    ]);
    version = "2";
    expect((await get(["a"])).get("a")).toBe("a3");
  });

  it("loads every key afresh outside a request", async () => {
    const get = perDataVersionBatch("b2", 10, load);
    await get(["a"]);
    await get(["a"]);
    expect(asked).toEqual([["a"], ["a"]]);
  });

  it("forgets a failed batch, so the next call tries again", async () => {
    let fail = true;
    const get = perDataVersionBatch("b3", 10, async (keys) => {
      if (fail) throw new Error("database down");
      return load(keys);
    });
    version = "1";
    await expect(get(["a", "b"])).rejects.toThrow("database down");
    fail = false;
    expect([...(await get(["a", "b"])).keys()]).toEqual(["a", "b"]);
  });
});
