/**
 * What a plain form post to /analyze sent, given back so the page re-rendered without
 * JavaScript shows the form as it was sent. The page renders it with React (the text as the
 * textarea's value, escaped), never as markup.
 */
export type SentForm = { policy: string; name: string; companies: string[] };

/** The field the scripted form adds: it keeps its own fields, so nothing need come back. */
export const SCRIPTED_FIELD = "scripted";

/**
 * `readText` is the uploaded file's text when it was read (it goes in the text box, since a file
 * input cannot be given a file back); otherwise the pasted text comes back.
 */
export function formSentBack(form: FormData, readText?: string): SentForm | undefined {
  if (form.has(SCRIPTED_FIELD)) return undefined;
  const pasted = form.get("policy");
  const name = form.get("name");
  return {
    policy: readText ?? (typeof pasted === "string" ? pasted : ""),
    name: typeof name === "string" ? name.slice(0, 80) : "",
    companies: form.getAll("companies").filter((c): c is string => typeof c === "string"),
  };
}
