/** Screens at least this wide open the grid's filter panel at first; the same 40rem as `sm:`. */
export const WIDE_SCREEN = "(min-width: 40rem)";

/** Set on a disclosure once its width has been checked, so a later check leaves it as it is. */
export const WIDTH_CHECKED = "data-width-checked";

/**
 * Opens the <details> with this id when the screen is wide, once. The server cannot know the
 * width, so the panel is sent closed (right for phones, and without JavaScript) and this runs
 * as the document is parsed, before the grid below it is drawn: no panel unfolding after load.
 * FilterDisclosure does the same on a client-side navigation, where this never runs.
 */
export function openOnWideScreensScript(id: string): string {
  const el = JSON.stringify(id).replace(/</g, "\\u003c");
  return (
    `(function(){var d=document.getElementById(${el});` +
    `if(!d||d.hasAttribute("${WIDTH_CHECKED}"))return;d.setAttribute("${WIDTH_CHECKED}","");` +
    `if(window.matchMedia("${WIDE_SCREEN}").matches)d.open=true})()`
  );
}

/**
 * The first call for `el` (a <details>) opens it when `wanted` and the screen is wide, and marks
 * it; later calls, and calls after the script above ran, leave it as the reader has it.
 */
export function openOnceIfWide(el: HTMLDetailsElement, wanted: boolean): void {
  if (el.hasAttribute(WIDTH_CHECKED)) return;
  el.setAttribute(WIDTH_CHECKED, "");
  if (wanted && window.matchMedia(WIDE_SCREEN).matches) el.open = true;
}
