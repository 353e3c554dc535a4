/**
 * The Atom feeds of policy changes (app/feeds/), listed beside the JSON API on /api, in the
 * OpenAPI document's description and in the 404 of an unknown /api address. They are Atom 1.0,
 * not JSON, so they are not OpenAPI operations; docs/history.md says what an entry holds.
 */
export const API_FEEDS = [
  {
    path: "/feeds/changes.atom",
    description:
      "The latest 50 changes across the atlas; the filters of /changes apply (`practice`, `sector`, `since`, `until`).",
    example: "/feeds/changes.atom?sector=messaging",
  },
  {
    path: "/feeds/companies/{slug}.atom",
    description:
      "The latest 50 changes to one company's policy (a curated company's stays empty: its archived policy is never recorded again).",
    example: "/feeds/companies/telegram.atom",
  },
  {
    path: "/feeds/practices/{slug}.atom",
    description: "The latest 50 changes that touch one practice, across the atlas.",
    example: "/feeds/practices/retention.atom",
  },
] as const;
