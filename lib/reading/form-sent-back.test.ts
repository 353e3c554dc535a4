import { describe, expect, it } from "vitest";
import { formSentBack, SCRIPTED_FIELD } from "./form-sent-back";

function form(fields: Array<[string, string | File]>): FormData {
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  return data;
}

describe("formSentBack", () => {
  it("gives back the pasted text, the column's name and every company ticked", () => {
    expect(
      formSentBack(
        form([
          ["policy", "# Acme\n\nWe keep data <b>30 days</b>."],
          ["name", "Acme"],
          ["companies", "paypal"],
          ["companies", "zoom"],
        ]),
      ),
    ).toEqual({
      policy: "# Acme\n\nWe keep data <b>30 days</b>.",
      name: "Acme",
      companies: ["paypal", "zoom"],
    });
  });

  it("gives back an uploaded file's text when it was read, in place of the box's", () => {
    const file = new File(["<h1>Beta</h1>"], "beta.html", { type: "text/html" });
    expect(
      formSentBack(
        form([
          ["policy", ""],
          ["file", file],
        ]),
        "<h1>Beta</h1>",
      )?.policy,
    ).toBe("<h1>Beta</h1>");
  });

  it("gives back empty fields for a form sent without them", () => {
    expect(formSentBack(form([]))).toEqual({ policy: "", name: "", companies: [] });
  });

  it("gives nothing back to the scripted form, which keeps its own fields", () => {
    expect(
      formSentBack(
        form([
          ["policy", "text"],
          [SCRIPTED_FIELD, "1"],
        ]),
      ),
    ).toBeUndefined();
  });
});
