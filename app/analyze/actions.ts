"use server";

import { listCompanies } from "@/lib/queries/companies";
import { getCells } from "@/lib/queries/matrix";
import { listPractices } from "@/lib/queries/practices";
import { analyzePolicy } from "@/lib/reading/analyze-policy";
import { machineView, type AnalyzeState } from "@/lib/reading/analysis-view";
import { decodeInput } from "@/lib/reading/decode-input";
import { formSentBack } from "@/lib/reading/form-sent-back";
import type { PolicyFormat } from "@/lib/reading/ingest";
import { leftOutNotice, MAX_COMPARED } from "@/lib/reading/left-out-notice";
import { practiceCoverage } from "@/lib/reading/practice-coverage";
import { MAX_POLICY_BYTES, ReadingError, tooLargeMessage } from "@/lib/reading/reading-error";

const TIME_LIMIT_MS = 10_000;

function formatOfFile(file: File): PolicyFormat | undefined {
  const name = file.name.toLowerCase();
  if (/\.html?$/.test(name) || file.type === "text/html") return "html";
  if (/\.txt$/.test(name) || file.type === "text/plain") return "text";
  if (/\.(md|markdown)$/.test(name) || file.type === "text/markdown") return "markdown";
  return undefined;
}

/**
 * Reads a pasted or uploaded policy for the /analyze page (a form post, with or without
 * JavaScript) and returns what the page shows. Nothing is stored; the front server caps the
 * body and rate-limits the posts (lib/server/analyze-gate.ts).
 */
export async function analyzeAction(
  _previous: AnalyzeState,
  form: FormData,
): Promise<AnalyzeState> {
  const file = form.get("file");
  const pasted = form.get("policy");
  let input: Uint8Array | string;
  let format: PolicyFormat | undefined;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_POLICY_BYTES)
      return { status: "error", message: tooLargeMessage(file.size), sent: formSentBack(form) };
    input = new Uint8Array(await file.arrayBuffer());
    format = formatOfFile(file);
  } else if (typeof pasted === "string" && pasted.trim()) {
    input = pasted;
  } else {
    return {
      status: "error",
      field: "policy",
      message: "Paste a policy into the box or choose a file, then press Read the policy.",
      sent: formSentBack(form),
    };
  }

  const rawName = form.get("name");
  const given = typeof rawName === "string" ? rawName.trim().slice(0, 80) : "";
  const picked = form.getAll("companies").filter((c): c is string => typeof c === "string");

  try {
    const analysis = analyzePolicy(input, { format, timeLimitMs: TIME_LIMIT_MS });
    const [practices, all] = await Promise.all([listPractices(), listCompanies()]);
    // In name order, as the form lists them: the first four by name are shown.
    const known = all.filter((c) => picked.includes(c.slug));
    const leftOut = leftOutNotice(known.map((c) => c.name));
    const notices = leftOut ? [leftOut] : [];
    const companies = known.slice(0, MAX_COMPARED);
    const cells = companies.length ? await getCells(practices, companies) : [];
    return {
      status: "done",
      sent: formSentBack(form, typeof input === "string" ? undefined : decodeInput(input)),
      // The column is named as the user named it, else by the title the reading found.
      name: given || analysis.title.trim().slice(0, 80) || "This policy",
      title: analysis.title,
      format: analysis.format,
      formatDeclared: format !== undefined,
      clauseCount: analysis.clauses.length,
      speakingCount: practiceCoverage(
        analysis.clauses.map((c) => ({ practices: Object.keys(c.practices) })),
      ).speaking,
      statedDate: analysis.statedDate,
      ...machineView(analysis),
      practices,
      companies,
      cells,
      notices,
    };
  } catch (e) {
    if (e instanceof ReadingError)
      return { status: "error", message: e.message, sent: formSentBack(form) };
    throw e;
  }
}
