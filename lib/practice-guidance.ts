import type { Rating } from "./ratings";

/** What each rating means for the four core practices (from DESIGN.md); shown on the methodology and practice pages. */
export const CORE_GUIDANCE: Record<string, Partial<Record<Rating, string>>> = {
  cookies: {
    protective:
      "Only session or first-party cookies needed for the service; no third-party tracking.",
    neutral: "Persistent first-party cookies for login and preferences; aggregate analytics.",
    concerning:
      "Third-party advertising or cross-site tracking (ad networks, Flash cookies, beacons), or credentials stored in cookies.",
  },
  retention: {
    protective: "A specific short period, and deletion on cancellation.",
    neutral:
      "Kept while the account is active; deleted within a stated time after cancellation, with legal exceptions.",
    concerning:
      "Kept indefinitely, or kept after cancellation in archives or backups with no limit stated.",
  },
  disputes: {
    protective: "A free independent body the user can turn to, and a regulator named.",
    neutral:
      "An independent mechanism that may cost the user (for example an arbitration provider).",
    concerning:
      "Binding arbitration with a waiver of class actions, or no recourse beyond the company.",
  },
  "third-parties": {
    protective: "Only named processors under contract; data never sold.",
    neutral:
      "Unnamed service providers under confidentiality; legal disclosure; business transfer.",
    concerning: "Sharing for others' marketing or advertising, sale, or sharing without limits.",
  },
};
