import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const REPO_SEED_DIR = path.resolve(import.meta.dirname, "..", "..", "seeds");

export type SeedCopy = {
  dir: string;
  read: (relative: string) => string;
  write: (relative: string, content: string) => void;
  /**
   * Parses a JSON seed file, lets `edit` change it in place, and writes it back. Typed `any`
   * on purpose: tests write values the seed schemas reject.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  editJson: <T = any>(relative: string, edit: (data: T) => void) => void;
  remove: () => void;
};

function makeWritable(dir: string) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) makeWritable(full);
    else chmodSync(full, 0o644);
  }
}

/** A private, writable copy of seeds/ that a test may break without touching the real files. */
export function copySeeds(): SeedCopy {
  const dir = mkdtempSync(path.join(tmpdir(), "policy-atlas-seeds-"));
  cpSync(REPO_SEED_DIR, dir, { recursive: true });
  // Policy files are checked in read-only.
  makeWritable(dir);
  const read = (relative: string) => readFileSync(path.join(dir, relative), "utf8");
  const write = (relative: string, content: string) =>
    writeFileSync(path.join(dir, relative), content);
  return {
    dir,
    read,
    write,
    editJson: (relative, edit) => {
      const data = JSON.parse(read(relative));
      edit(data);
      write(relative, JSON.stringify(data, null, 2));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
