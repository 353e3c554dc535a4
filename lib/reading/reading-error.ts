/** Why a policy could not be read; `message` is written for the person who sent it. */
export type ReadingErrorCode = "too-large" | "binary" | "empty" | "too-complex" | "timeout";

export class ReadingError extends Error {
  constructor(
    readonly code: ReadingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ReadingError";
  }
}

/** 2 MB: the largest real policy in the corpus is about 0.3 MB, so this leaves room without inviting abuse. */
export const MAX_POLICY_BYTES = 2 * 1024 * 1024;

export const tooLargeMessage = (bytes: number) =>
  `The policy is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB. ` +
  "Paste or upload the privacy policy alone (its text or the page's HTML).";
