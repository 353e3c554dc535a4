/*
 * `npm run --silent classify -- FILE`: FILE holds a JSON array of clause texts; stdout gets one
 * JSON array, in the same order, of the practice slugs assigned to each. Nothing else goes to
 * stdout (outside evaluations parse it); problems go to stderr with exit code 1 or 2.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { assignPractices, classifyClauses } from "../../lib/reading/classifier";

const USAGE = "usage: npm run --silent classify -- FILE   (FILE: a JSON array of clause texts)";
const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1 || args[0] === "--help" || args[0] === "-h") {
  console.error(USAGE);
  process.exit(2);
}
const file = args[0]!;

function fail(message: string): never {
  console.error(`classify: ${message}`);
  process.exit(1);
}

let raw: string;
try {
  raw = file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
} catch (e) {
  fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
let json: unknown;
try {
  json = JSON.parse(raw);
} catch (e) {
  fail(`${file} is not valid JSON (${(e as Error).message})`);
}
const parsed = z.array(z.string()).safeParse(json);
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` at [${issue.path.join("][")}]` : "";
  fail(`${file} must hold a JSON array of strings${where}: ${issue.message}`);
}
const assigned = classifyClauses(parsed.data).map(assignPractices);
process.stdout.write(JSON.stringify(assigned) + "\n");
