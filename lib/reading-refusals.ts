/*
 * What the front server says when it refuses a reading before it reaches the app
 * (lib/server/analyze-gate.ts): too many readings from one address, or a body over the cap. The
 * /analyze form shows these words as they are; the browser must be able to tell them from any
 * other failure, so they are written once, here.
 */

export const tooManyReadingsMessage = (waitSeconds: number) =>
  `Too many readings from your address: try again in ${waitSeconds} seconds.`;

export const OVER_THE_CAP_MESSAGE =
  "The policy is over the 2 MB limit: send the privacy policy alone (its text or the page's HTML).";

/** True for a message the front server wrote for the person who sent the policy. */
export function isReadingRefusal(message: string): boolean {
  return (
    message === OVER_THE_CAP_MESSAGE ||
    /^Too many readings from your address: try again in \d+ seconds\.$/.test(message)
  );
}
