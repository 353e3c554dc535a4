/*
 * Reads a privacy policy and prints what machine reading finds:
 *   npm run analyze -- FILE [--name "Acme"] [--format md|json|annotation] [--website URL] [--out FILE]
 * md (default): a readable report; json: the same JSON as POST /api/analyze; annotation: a
 * draft seeds/annotations file for a curator (FILE must be markdown, as seeds/policies holds).
 * --out writes the output to a file: `npm run` prints its "> policy-atlas@… analyze" banner on
 * stdout, so `npm run analyze -- … > x.json` (without --silent) would not be JSON.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analysisJson } from "../lib/reading/analysis-json";
import { analyzePolicy } from "../lib/reading/analyze-policy";
import { classifierInfo } from "../lib/reading/classifier";
import { draftAnnotation } from "../lib/reading/draft-annotation";
import { formatReport } from "../lib/reading/format-report";
import type { PolicyFormat } from "../lib/reading/ingest";
import { ReadingError } from "../lib/reading/reading-error";
import { segmentPolicy, slugify } from "../lib/seed/segment-policy";

const USAGE =
  'Usage: npm run analyze -- FILE [--name "Acme"] [--format md|json|annotation] [--website URL] [--out FILE]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function formatOf(file: string): PolicyFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".txt") return "text";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return undefined;
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string" },
      format: { type: "string", default: "md" },
      website: { type: "string" },
      out: { type: "string" },
    },
  });
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
const file = args.positionals[0];
if (!file || args.positionals.length > 1) fail(USAGE);
const output = args.values.format;
if (output !== "md" && output !== "json" && output !== "annotation")
  fail(`--format must be md, json or annotation, not "${output}".\n${USAGE}`);

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch {
  fail(`Cannot read ${file}: does the file exist?`);
}
const base = path.basename(file).replace(/\.[^.]+$/, "");
const name = args.values.name?.trim() || base;
const format = formatOf(file);
const outFile = args.values.out;

/** Writes the output to --out, or to stdout with a warning when npm's banner precedes it there. */
function emit(text: string) {
  if (outFile) {
    try {
      writeFileSync(outFile, text);
    } catch (e) {
      fail(`Cannot write ${outFile}: ${(e as Error).message}`);
    }
    console.error(`Wrote ${outFile}.`);
    return;
  }
  process.stdout.write(text);
  // Run by `npm run` without --silent into a file or pipe: npm's banner is already in it.
  const bannered =
    process.env.npm_lifecycle_event === "analyze" &&
    process.env.npm_config_loglevel !== "silent" &&
    !process.stdout.isTTY;
  if (bannered && output !== "md")
    console.error(
      'Note: npm printed its "> policy-atlas@… analyze" lines before this JSON, so the output is not JSON as it stands: write it with --out FILE (or npm run --silent analyze).',
    );
}

try {
  const analysis = analyzePolicy(bytes, { format });
  if (output === "json") emit(`${JSON.stringify(analysisJson(analysis), null, 2)}\n`);
  else if (output === "md") emit(formatReport(analysis, name, classifierInfo.kind));
  else {
    if (analysis.format === "html")
      fail(
        "A draft annotation needs the policy as markdown (seeds/policies holds markdown): convert the page first, or use --format md or json.",
      );
    const markdown = bytes.toString("utf8");
    const header = segmentPolicy(markdown);
    let website = args.values.website;
    if (!website && header.sourceUrl) website = new URL(header.sourceUrl).origin;
    if (!website)
      fail(
        "Give the company's website with --website https://… (the policy names no source address).",
      );
    const slug = slugify(name);
    const draft = draftAnnotation(analysis, markdown, {
      name,
      slug,
      website,
      policyFile: `${slugify(base) || slug}.md`,
    });
    emit(`${JSON.stringify(draft, null, 2)}\n`);
    if (!header.archivedOn)
      console.error(
        'Note: seed:check also needs the policy file to open with the archival note ("> *The following text is extracted … archived on YYYY-MM-DD …*").',
      );
  }
} catch (e) {
  if (e instanceof ReadingError) fail(`${file}: ${e.message}`);
  throw e;
}
