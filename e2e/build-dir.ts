/**
 * The e2e suite's own build folder (next.config.js reads it as NEXT_DIST_DIR): building for the
 * tests never replaces the build an `npm start` in the same checkout is serving.
 */
export const E2E_DIST_DIR = ".data/next-e2e";
