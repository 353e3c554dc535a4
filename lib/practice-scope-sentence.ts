/**
 * The practice page's opening: "A clause belongs here when it says how long data is kept…".
 * Half the taxonomy's descriptions are questions a clause answers (What, How, Who, Where), half
 * are subjects ("Collection of data from children under 13."), which "says" does not fit.
 */
export function practiceScopeSentence(description: string): string {
  const lower = description.charAt(0).toLowerCase() + description.slice(1);
  return /^(what|how|who|where|whether|when|which)\b/i.test(description)
    ? `A clause belongs here when it says ${lower}`
    : `A clause belongs here when it is about ${lower}`;
}
