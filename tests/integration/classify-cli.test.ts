import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PRACTICE_SLUGS } from "../../lib/reading/practice-slugs";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const dir = mkdtempSync(path.join(tmpdir(), "classify-"));

function file(name: string, content: string): string {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
}

/** `npm run --silent classify -- FILE`, exactly as outside evaluations call it. */
async function classify(...args: string[]) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "classify", "--", ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("npm run classify", () => {
  it("prints one JSON array of practice arrays, in input order, and nothing else", async () => {
    const texts = [
      "We use cookies and web beacons to track your visits and show you ads.",
      "Contact us",
      "If we are involved in a merger or acquisition, your personal data may be transferred to the acquiring company.",
      "",
    ];
    const { code, stdout, stderr } = await classify(file("clauses.json", JSON.stringify(texts)));
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const out = JSON.parse(stdout) as string[][];
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(out).toHaveLength(texts.length);
    for (const practices of out)
      for (const p of practices) expect(PRACTICE_SLUGS as readonly string[]).toContain(p);
    expect(out[0]).toContain("cookies");
    expect(out[2]).toContain("business-transfer");
    expect(out[3]).toEqual([]);
  });

  it("prints [] for an empty array", async () => {
    const { code, stdout } = await classify(file("empty.json", "[]"));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("fails with a message on stderr, and nothing on stdout, for bad input", async () => {
    for (const [name, content, message] of [
      ["bad.json", '["unterminated', /not valid JSON/],
      ["object.json", '{"a": 1}', /JSON array of strings/],
      ["numbers.json", '["ok", 3]', /at \[1\]/],
    ] as const) {
      const { code, stdout, stderr } = await classify(file(name, content));
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toMatch(message);
    }
    const missing = await classify(path.join(dir, "nope.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*ENOENT/);
  });

  it("explains its usage when given no file", async () => {
    const { code, stdout, stderr } = await classify();
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/usage: npm run --silent classify -- FILE/);
  });
});
