import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_DIST_DIR } from "./build-dir";

/*
 * The production build lists, per route, the files the server needs at run time (.nft.json).
 * A file read through a path built at run time makes the bundler list the whole project for
 * that route (and warn "Dynamic filesystem access causes tracing of the whole project"); the
 * app reads one file of its own, docs/evaluation.md, for the methodology page.
 */
const ROOT = path.resolve(import.meta.dirname, "..");
const SERVER = path.join(ROOT, E2E_DIST_DIR, "server", "app");

function traces(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? traces(path.join(dir, e.name))
      : e.name.endsWith(".nft.json")
        ? [path.join(dir, e.name)]
        : [],
  );
}

test("the build traces only docs/evaluation.md of the project's own files", () => {
  const own = new Map<string, string[]>();
  for (const trace of traces(SERVER)) {
    const { files } = JSON.parse(readFileSync(trace, "utf8")) as { files: string[] };
    const project = files
      .map((f) => path.relative(ROOT, path.resolve(path.dirname(trace), f)))
      .filter(
        (f) =>
          !f.startsWith("..") &&
          !f.startsWith("node_modules/") &&
          !f.startsWith(`${E2E_DIST_DIR}/`),
      );
    if (project.length) own.set(path.relative(SERVER, trace), project);
  }
  expect(Object.fromEntries(own)).toEqual({
    "methodology/page.js.nft.json": ["docs/evaluation.md"],
  });
});
