import type { BackAndForthNote, VersionRef } from "./back-and-forth-notes";

/** A note's words, with the versions it names left for the page to link to their rows. */
export type NotePart = string | VersionRef;

const NOT_LISTED = "not listed among the atlas’s changes";

/**
 * The sentence a timeline row shows for its part in a page going back and forth (the table in
 * docs/history.md). Kept apart from the markup so the wording of each case can be tested.
 */
export function backAndForthNoteText(note: BackAndForthNote): NotePart[] {
  switch (note.kind) {
    case "returns":
      if (!note.kept) return ["Back to the text of ", note.to, ` (${NOT_LISTED}).`];
      // Badged "Layout only": the text that stuck is the one the page kept before the flickering.
      if (note.noClauseChanged)
        return [
          "Back to the text of ",
          note.to,
          ", which the page kept; no clause differs from the text it kept before, so no change is listed.",
        ];
      return ["Back to the text of ", note.to, ", and this time the page kept it."];
    case "undone":
      return [
        "Short-lived: on ",
        note.on,
        " the page went back to the text of ",
        note.backTo,
        ` (${NOT_LISTED}).`,
      ];
    case "came-back":
      return note.kept
        ? [
            "Shown briefly, then another text; the page came back to this one on ",
            note.on,
            " and kept it: the change is listed there, not here.",
          ]
        : [
            "Shown briefly, then another text, then this one again on ",
            note.on,
            ` (${NOT_LISTED}).`,
          ];
    case "flicker":
      return [`The page went back and forth between texts within days (${NOT_LISTED}).`];
  }
}
