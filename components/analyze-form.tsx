"use client";

import {
  Fragment,
  useActionState,
  useEffect,
  useRef,
  useState,
  useTransition,
  type FormEvent,
} from "react";
import { useHydrated } from "./use-hydrated";
import type { AnalyzeState } from "@/lib/reading/analysis-view";
import { SCRIPTED_FIELD } from "@/lib/reading/form-sent-back";
import { MAX_COMPARED } from "@/lib/reading/left-out-notice";
import { isReadingRefusal } from "@/lib/reading-refusals";
import { AnalysisResult } from "./analysis-result";

const MAX_BYTES = 2 * 1024 * 1024;
const ERROR =
  "rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100";

type Props = {
  action: (previous: AnalyzeState, form: FormData) => Promise<AnalyzeState>;
  companies: Array<{ slug: string; name: string }>;
};

const IDLE: AnalyzeState = { status: "idle" };
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** What to tell the reader when a reading did not come back. */
function failureMessage(e: unknown): string {
  // The front server's refusals (rate limit, size cap) arrive as the error's text.
  if (e instanceof Error && isReadingRefusal(e.message)) return e.message;
  return "The reading did not come back: the connection failed or the server is restarting. The form still holds what you sent; press Read the policy to try again.";
}

/** The short status a screen reader announces, instead of the whole reading. */
function statusOf(state: AnalyzeState, pending: boolean): string {
  if (pending) return "Reading the policy…";
  if (state.status !== "done") return "";
  const rated = state.machine.filter((m) => m.rating !== "not-addressed").length;
  const clauses = state.clauseCount === 1 ? "1 clause" : `${state.clauseCount} clauses`;
  return `Read: ${clauses}, a rating suggested for ${rated} of ${state.machine.length} practices; the reading is below.`;
}

/**
 * The policy form: a plain multipart form posting to a Server Action, so it works before (and
 * without) JavaScript; with it, the size cap and the four-company limit are checked as you go.
 * With JavaScript the form calls the action itself, so that a post the front server refuses
 * (429, 413, lib/server/analyze-gate.ts) or a lost connection is said in the page instead of
 * falling to the error page, and the text stays in the box.
 */
export function AnalyzeForm({ action, companies }: Props) {
  // Without JavaScript the form posts and the page comes back rendered with this state.
  // Without JavaScript the form posts to this address: its fragment brings the reading's heading
  // into view when the page comes back, past the form.
  const [posted, formAction, posting] = useActionState(action, IDLE, "/analyze#reading-title");
  const [read, setRead] = useState<AnalyzeState | null>(null);
  const [reading, startReading] = useTransition();
  const [fileError, setFileError] = useState<string | null>(null);
  // Without JavaScript the page comes back with the form as it was sent (`sent`): the text,
  // the column's name and the companies ticked stay as they were.
  const sent = posted.status === "idle" ? undefined : posted.sent;
  const [picked, setPicked] = useState<string[]>(() =>
    (sent?.companies ?? []).filter((slug) => companies.some((c) => c.slug === slug)),
  );
  const [find, setFind] = useState("");
  // The name filter and the four-company limit need the script: without it the form shows the
  // whole list, none disabled (a page that came back with four ticked could not swap one).
  const hydrated = useHydrated();
  const state = read ?? posted;
  const wanted = fold(find.trim());
  const matches = (c: { slug: string; name: string }) => !wanted || fold(c.name).includes(wanted);
  const shown = (c: { slug: string; name: string }) => matches(c) || picked.includes(c.slug);
  // The matches first, then the picked ones that do not match: a Tab from the box lands on the
  // first company matching what was typed, not on one picked earlier (whose Space would untick
  // it). Keyed, so React moves each checkbox with its state rather than making a new one.
  const alsoPicked = wanted ? companies.filter((c) => !matches(c) && picked.includes(c.slug)) : [];
  const ordered = wanted
    ? [...companies.filter(matches), ...alsoPicked, ...companies.filter((c) => !shown(c))]
    : companies;
  const pending = posting || reading;
  const pickedNames = companies.filter((c) => picked.includes(c.slug)).map((c) => c.name);

  // A reading that comes back takes the focus to its heading, scrolled to the top of the window
  // (clear of the sticky header, by the page's scroll-padding): focus alone would bring it in
  // only as far as the bottom edge, with the grid below the fold.
  const resultHeading = useRef<HTMLDivElement>(null);
  const policyBox = useRef<HTMLTextAreaElement>(null);
  // Nothing to read: the error is said under the text box, which is marked and takes the focus,
  // so the keyboard is where the fix is (not on the button, with the message below the fold).
  const policyError = state.status === "error" && state.field === "policy" ? state.message : null;
  useEffect(() => {
    if (read?.status === "error" && read.field === "policy") policyBox.current?.focus();
  }, [read]);
  // Any other refusal (a binary file, the server's limits) is said under the button, which keeps
  // the focus: brought into view, or a window of 900 px or less left it just below the fold.
  const readError = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (read?.status === "error" && read.field !== "policy")
      readError.current?.scrollIntoView({ block: "nearest" });
  }, [read]);
  useEffect(() => {
    if (read?.status !== "done") return;
    const heading = resultHeading.current?.querySelector<HTMLElement>("#reading-title");
    heading?.scrollIntoView({ block: "start" });
    heading?.focus({ preventScroll: true });
  }, [read]);

  // Set at once, where `pending` waits for the next render: a second Enter pressed before it would
  // post the policy again (seen in the end-to-end test of a double press).
  const sending = useRef(false);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // The button is not disabled while reading (focus would fall to the page), so say no here.
    if (pending || sending.current) return;
    sending.current = true;
    const data = new FormData(e.currentTarget);
    // The form keeps its own fields here: the action need not send them back.
    data.set(SCRIPTED_FIELD, "1");
    startReading(async () => {
      let next: AnalyzeState;
      try {
        // The previous result is not sent back: the action does not read it.
        next = await action(IDLE, data);
      } catch (err) {
        next = { status: "error", message: failureMessage(err) };
      }
      sending.current = false;
      startReading(() => setRead(next));
    });
  };

  return (
    <div className="space-y-8">
      <form
        action={formAction}
        onSubmit={submit}
        encType="multipart/form-data"
        className="max-w-3xl space-y-5"
      >
        <div className="space-y-1">
          <label htmlFor="policy" className="block font-semibold">
            Policy text
          </label>
          <textarea
            ref={policyBox}
            id="policy"
            name="policy"
            aria-invalid={policyError ? true : undefined}
            aria-describedby={policyError ? "policy-error" : undefined}
            rows={10}
            defaultValue={sent?.policy}
            className="block w-full rounded-md border border-slate-300 bg-white p-3 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
            placeholder="Paste the privacy policy here: its text, markdown or the page's HTML."
          />
          {policyError && (
            <p id="policy-error" role="alert" className={ERROR}>
              {policyError}
            </p>
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor="file" className="block font-semibold">
            Or upload a file{" "}
            <span className="font-normal text-slate-600 dark:text-slate-400">
              (.md, .html, .txt; up to 2 MB)
            </span>
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".md,.markdown,.html,.htm,.txt,text/plain,text/markdown,text/html"
            aria-describedby={fileError ? "file-error" : undefined}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              setFileError(
                f && f.size > MAX_BYTES
                  ? `That file is ${(f.size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.`
                  : null,
              );
            }}
            className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:border-slate-700 dark:file:bg-slate-800 dark:file:text-slate-100"
          />
          {fileError && (
            <p id="file-error" role="alert" className="text-sm text-amber-900 dark:text-amber-200">
              {fileError}
            </p>
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor="name" className="block font-semibold">
            Name for the column{" "}
            <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
          </label>
          <input
            id="name"
            name="name"
            maxLength={80}
            defaultValue={sent?.name}
            className="block w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-1.5 dark:border-slate-700 dark:bg-slate-900"
            placeholder="e.g. Acme"
          />
        </div>
        {/* 307 checkboxes would be 307 tab stops between the text and the button: the list
            stays folded until opened, and works without JavaScript as a plain <details>. */}
        <details className="group rounded-md border border-slate-200 dark:border-slate-800">
          <summary className="cursor-pointer rounded-md px-3 py-2 font-semibold focus-visible:outline-2 focus-visible:outline-sky-600">
            Compare with companies of the atlas{" "}
            <span className="font-normal text-slate-600 dark:text-slate-400">
              (optional, up to four
              {pickedNames.length ? `; picked: ${pickedNames.join(", ")}` : ""})
            </span>
          </summary>
          <fieldset className="space-y-2 px-3 pb-3">
            <legend className="sr-only">Companies to compare with, up to four</legend>
            {hydrated && (
              <input
                type="search"
                value={find}
                onChange={(e) => setFind(e.currentTarget.value)}
                aria-label="Find a company to compare with"
                aria-controls="compare-with"
                placeholder="Find a company, e.g. Signal"
                className="block w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-1.5 dark:border-slate-700 dark:bg-slate-900"
              />
            )}
            <div
              id="compare-with"
              className="flex max-h-48 flex-wrap gap-x-5 gap-y-1 overflow-auto rounded-md border border-slate-200 p-2 dark:border-slate-800"
            >
              {!companies.some(matches) && (
                <p className="w-full text-sm text-slate-600 dark:text-slate-400">
                  No company&rsquo;s name holds &ldquo;{find.trim()}&rdquo;.
                </p>
              )}
              {ordered.map((c) => (
                <Fragment key={c.slug}>
                  {c === alsoPicked[0] && (
                    <span className="w-full text-sm text-slate-600 dark:text-slate-400">
                      Also picked:
                    </span>
                  )}
                  <label className="inline-flex items-center gap-2" hidden={!shown(c)}>
                    <input
                      type="checkbox"
                      name="companies"
                      value={c.slug}
                      defaultChecked={sent?.companies.includes(c.slug)}
                      disabled={
                        hydrated && picked.length >= MAX_COMPARED && !picked.includes(c.slug)
                      }
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setPicked((p) => (on ? [...p, c.slug] : p.filter((s) => s !== c.slug)));
                      }}
                    />
                    {c.name}
                  </label>
                </Fragment>
              ))}
            </div>
          </fieldset>
        </details>
        <button
          type="submit"
          disabled={fileError !== null}
          aria-disabled={pending || undefined}
          className="rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-60 aria-disabled:cursor-wait aria-disabled:opacity-60"
        >
          {pending ? "Reading…" : "Read the policy"}
        </button>
      </form>

      {/* Announced in a sentence: the reading itself is too long to be read out as it arrives. */}
      <p role="status" className="sr-only">
        {statusOf(state, pending)}
      </p>
      <div ref={resultHeading}>
        {state.status === "error" && !policyError && (
          <p ref={readError} role="alert" className={`max-w-3xl ${ERROR}`}>
            {state.message}
          </p>
        )}
        {state.status === "done" && <AnalysisResult result={state} />}
      </div>
    </div>
  );
}
