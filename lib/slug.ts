/** A slug as the URLs, the API and the seed files spell it: lowercase letters and digits, single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest slug anyone may use. */
export const MAX_SLUG_LENGTH = 64;
