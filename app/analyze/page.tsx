import type { Metadata } from "next";
import { AnalyzeForm } from "@/components/analyze-form";
import { MachineReadMark } from "@/components/machine-read-mark";
import { listCompanies } from "@/lib/queries/companies";
import { analyzeAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Read a policy",
  description:
    "Paste or upload any privacy policy and see it read by machine: its clauses per practice, the facts that decide a rating, and suggested ratings beside the companies in the atlas.",
};

export default async function AnalyzePage() {
  const companies = await listCompanies();
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2 leading-relaxed">
        <h1 className="text-3xl font-bold tracking-tight">Read a policy</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Paste a privacy policy or upload it (markdown, HTML or text, up to 2 MB). Software finds
          the clauses for each practice and the facts that decide a rating, and suggests a rating by
          documented rules — shown beside up to four companies of the atlas. Nothing you send is
          stored.
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <MachineReadMark /> Suggestions are not reviewed by a person and can be wrong: see{" "}
          <a
            href="/methodology#machine-reading"
            className="text-sky-800 underline dark:text-sky-300"
          >
            how accurate machine reading is
          </a>
          .
        </p>
      </header>
      <AnalyzeForm
        action={analyzeAction}
        companies={companies.map((c) => ({ slug: c.slug, name: c.name }))}
      />
    </div>
  );
}
