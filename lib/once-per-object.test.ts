import { describe, expect, it } from "vitest";
import { oncePerObject } from "./once-per-object";

describe("oncePerObject", () => {
  it("builds once per key object, with the arguments of the first call", () => {
    let builds = 0;
    const label = oncePerObject(
      (o: { n: number }, suffix: string) => `${o.n}${suffix}#${++builds}`,
    );
    const a = { n: 1 };
    expect(label(a, "x")).toBe("1x#1");
    expect(label(a, "y")).toBe("1x#1");
    expect(label({ n: 1 }, "y")).toBe("1y#2");
  });

  it("forgets a rejected promise, so the next call builds again", async () => {
    let builds = 0;
    const load = oncePerObject(async (_: object) => {
      builds++;
      if (builds === 1) throw new Error("first fails");
      return "ok";
    });
    const key = {};
    await expect(load(key)).rejects.toThrow("first fails");
    await expect(load(key)).resolves.toBe("ok");
    await expect(load(key)).resolves.toBe("ok");
    expect(builds).toBe(2);
  });
});
