/** Acronyms and names whose letters a lower-cased or shouted sentence would lose. */
const ACRONYMS: Record<string, string> = {
  eu: "EU",
  eea: "EEA",
  uk: "UK",
  ftc: "FTC",
  bbb: "BBB",
  jams: "JAMS",
  aaa: "AAA",
  icdr: "ICDR",
  cnil: "CNIL",
  dpa: "DPA",
  dpas: "DPAs",
  gpc: "GPC",
  dnt: "DNT",
  aes: "AES",
  ssl: "SSL",
  tls: "TLS",
  truste: "TRUSTe",
  doubleclick: "DoubleClick",
  adsense: "AdSense",
};

/** Names that may open a sentence: their capital is not the sentence's. */
const NAMES =
  /^(Google|Facebook|Meta|Microsoft|Apple|Amazon|Adobe|Twitter|LinkedIn|YouTube|TikTok|Mozilla|European|Federal|Swiss|British|American|Irish|French|German|Californian?)$/;

const restoreAcronyms = (text: string) =>
  text.replace(/[A-Za-z]+/g, (w) => (w === w.toLowerCase() ? (ACRONYMS[w] ?? w) : w));

/** Most of a sentence's letters in capitals: legal boilerplate, whose case says nothing. */
export function shouting(sentence: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of sentence) {
    if (ch >= "A" && ch <= "Z") upper++;
    if ((ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z")) letters++;
  }
  return letters >= 20 && upper / letters > 0.7;
}

/**
 * Words of a policy sentence as the policy writes them ("EU data protection authorities",
 * "Google Analytics"), for facts and summaries that quote a name: only a capital that marks the
 * start of the sentence (or of a list item) is lowered, and a sentence in capitals is lowered
 * whole. Acronyms the policy wrote in lower case (a web address, "truste") get their capitals.
 */
export function asWritten(sentence: string, start: number, text: string): string {
  if (shouting(sentence)) return restoreAcronyms(text.toLowerCase());
  const before = sentence.slice(0, start).trimEnd();
  const opensSentence = before === "" || /[.:;!?—–*•"“(]$/.test(before);
  const [firstWord = "", secondWord = ""] = text.split(/\s+/, 2);
  // "Federal Trade Commission", "Web Beacons": a run of capitals is the policy's own naming.
  const named = NAMES.test(firstWord) || /^[A-Z]/.test(secondWord);
  const lowered =
    opensSentence && /^[A-Z][a-z]/.test(firstWord) && !named
      ? text.charAt(0).toLowerCase() + text.slice(1)
      : text;
  return restoreAcronyms(lowered);
}
