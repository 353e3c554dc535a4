import { describe, expect, it } from "vitest";
import { withReadingProgress } from "./reading-progress";

async function* batchesOf(sizes: number[]) {
  for (const size of sizes) yield Array.from({ length: size }, (_, i) => i);
}

const run = async (sizes: number[], total: number) => {
  const lines: string[] = [];
  const seen: number[] = [];
  for await (const batch of withReadingProgress(batchesOf(sizes), total, (m) => lines.push(m)))
    seen.push(batch.length);
  return { lines, seen };
};

describe("withReadingProgress", () => {
  it("says how far the reading is at each quarter passed, and passes every batch on", async () => {
    const { lines, seen } = await run([40, 40, 40, 40, 40, 40, 40, 22], 302);
    expect(seen).toEqual([40, 40, 40, 40, 40, 40, 40, 22]);
    expect(lines).toEqual([
      "Corpus: 80 of 302 policies read…",
      "Corpus: 160 of 302 policies read…",
      "Corpus: 240 of 302 policies read…",
    ]);
  });

  it("says a quarter once however many a batch passes, and nothing for a small reading", async () => {
    expect((await run([200, 102], 302)).lines).toEqual(["Corpus: 200 of 302 policies read…"]);
    expect((await run([3], 3)).lines).toEqual([]);
  });
});
