/*
 * Writes a corpus service's latest recorded policy as a curated seed policy, the first step of
 * promoting it to curated (docs/corpus.md):
 *   npm run corpus:export -- SLUG        → seeds/policies/SLUG.md (refuses to overwrite)
 * then: npm run analyze -- seeds/policies/SLUG.md --name "Name" --website https://… --format annotation
 *         --out seeds/annotations/SLUG.json
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { servicesFileSchema } from "../lib/corpus/corpus-schemas";
import { latestVersion } from "../lib/corpus/read-history";

const ROOT = path.resolve(import.meta.dirname, "..");
const slug = process.argv[2];
if (!slug || process.argv.length > 3) {
  console.error("Usage: npm run corpus:export -- SLUG   (a slug from seeds/corpus/services.json)");
  process.exit(1);
}
const services = servicesFileSchema.parse(
  JSON.parse(readFileSync(path.join(ROOT, "seeds/corpus/services.json"), "utf8")),
);
const service = services.services.find((s) => s.slug === slug);
if (!service) {
  console.error(`No service "${slug}" in seeds/corpus/services.json.`);
  process.exit(1);
}
const out = path.join(ROOT, "seeds/policies", `${slug}.md`);
if (existsSync(out)) {
  console.error(`${path.relative(ROOT, out)} exists already; remove it first to export again.`);
  process.exit(1);
}
const source = services.sources.find((s) => s.collection === service.collection)!;
const latest = latestVersion(
  readFileSync(path.join(ROOT, "seeds/corpus/history", `${slug}.jsonl.br`)),
);
const day = new Date(latest.recordedAt).toISOString().slice(0, 10);
const host = service.sourceUrl ? new URL(service.sourceUrl).host.replace(/^www\./, "") : slug;
const versions = `https://github.com/${source.repository}/tree/${source.commit}`;
// The seed reads this note for the archive date and link (lib/seed/segment-policy.ts).
const note = `> *The following text is extracted and transformed from the ${host} privacy policy that was archived on ${day}. Please check the [version recorded by Open Terms Archive](${versions}) for the most accurate reproduction. Data by Open Terms Archive contributors (https://opentermsarchive.org), ODC-BY 1.0.${service.sourceUrl ? ` The page recorded: ${service.sourceUrl}.` : ""}*`;
const hasTitle = /^# \S/m.test(latest.text);
const body = hasTitle ? latest.text : `# ${service.name} Privacy Policy\n\n${latest.text}`;
writeFileSync(out, `${note}\n\n${body.trimEnd()}\n`);
console.log(
  `Wrote ${path.relative(ROOT, out)} (recorded ${day}). Next:\n  npm run analyze -- ${path.relative(ROOT, out)} --name "${service.name}"${service.sourceUrl ? ` --website ${new URL(service.sourceUrl).origin}` : " --website https://…"} --format annotation --out seeds/annotations/${slug}.json`,
);
