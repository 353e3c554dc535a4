/*
 * Server-side search latency: times lib/queries/search-clauses.ts itself (its one statement,
 * no HTTP, no rendering) over a fixed mix of searches against DATABASE_URL, and prints JSON.
 * Each is searched as /search asks: spread across companies (SEARCH_PER_COMPANY each) unless
 * narrowed to one company.
 * Run with `node --conditions=react-server --import tsx` so `server-only` resolves as on the server.
 */
import { SEARCH_PER_COMPANY } from "../../lib/params/search-page-params";
import { searchClauses, type SearchInput } from "../../lib/queries/search-clauses";

const WORDS = [
  "arbitration",
  "cookies",
  "retention",
  "third parties",
  "delete account",
  "safe harbor",
  "children",
  "law enforcement",
  "encryption",
  "opt out",
];
const MIX: SearchInput[] = [
  ...WORDS.map((q) => ({ q })),
  { q: '"third parties" -advertising' },
  { q: "cookies or beacons" },
  { q: "sell personal information" },
  { q: "arbitration", practices: ["disputes"] },
  { q: "cookies", practices: ["cookies", "third-parties"] },
  { q: "backup deleted after cancellation" },
  { q: "court order subpoena", practices: ["law-enforcement"] },
  { q: "retained", companies: ["mozy", "ibackup"] },
];
const INPUTS = MIX.map((input) =>
  input.companies?.length === 1 ? input : { ...input, perCompany: SEARCH_PER_COMPANY },
);

const rounds = Number(process.argv[2] ?? 15);
for (const input of INPUTS) await searchClauses(input);
const times: number[] = [];
for (let r = 0; r < rounds; r++)
  for (const input of INPUTS) {
    const t = performance.now();
    await searchClauses(input);
    times.push(performance.now() - t);
  }
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
console.log(
  JSON.stringify({
    searches: times.length,
    distinct: INPUTS.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: times.at(-1),
  }),
);
process.exit(0);
