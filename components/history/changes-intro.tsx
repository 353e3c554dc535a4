import { FoldToggleWords } from "../fold-toggle-words";
/**
 * /changes's opening: what the list is, in one sentence, then, folded, the five kinds of recorded
 * version it leaves out and why. Spelled out in full it filled a 390 px phone's first screen before
 * the filters and the first change; folded as a company's history page folds its own (a native
 * <details>: no JavaScript needed), the list starts on the first screen.
 */
export function ChangesIntro() {
  return (
    <div className="max-w-prose space-y-1 text-slate-700 dark:text-slate-300">
      <p>
        Every change a company made to its privacy policy, as Open Terms Archive recorded it, newest
        first.
      </p>
      <details className="group" data-testid="changes-left-out">
        <summary className="cursor-pointer">
          Not listed: re-extractions, layout only, another language, failed captures, back and forth{" "}
          <FoldToggleWords />
        </summary>
        <p className="mt-2 text-sm">
          These five kinds of recorded version are left out, as they are not changes of policy:
          re-extractions (Open Terms Archive reading a page anew), versions that changed only the
          page&rsquo;s layout or typography and not a word of its clauses, versions recorded in
          another language than English (a translation the page showed for a while), failed captures
          (an error page, a cookie wall or a page cut short recorded in place of the policy), and a
          page going back and forth between texts within days (a variant served on alternate days, a
          text withdrawn soon after; where the page then kept a text, that change is listed, counted
          from the text it kept before). Each company&rsquo;s policy history still shows them all.
          Practices are the machine&rsquo;s tags of the changed clauses.
        </p>
      </details>
    </div>
  );
}
