import { chromium } from "@playwright/test";
const base = "http://localhost:4300";
const only = process.argv[2];
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const shots = [
  ["grid-1280-light", "/", 1280, "light"],
  ["grid-1280-dark", "/", 1280, "dark"],
  ["grid-1000-light", "/", 1000, "light"],
  ["grid-375-light", "/", 375, "light"],
  ["grid-375-two-dark", "/?companies=mozy,ibackup", 375, "dark"],
  ["grid-1280-all-rating", "/?practices=all&rating=concerning", 1280, "light"],
  ["grid-print", "/", 1123, "print"],
  ["company-1280-light", "/companies/mozy", 1280, "light", true],
  ["company-375-dark", "/companies/dotcloud", 375, "dark"],
  ["company-marked", "/companies/mozy?finding=retention#personal-data-335504", 1280, "light", true],
  ["company-search", "/companies/centercode?q=arbitration#enforcement-and-dispute-resolution-251c71", 375, "light", true],
  ["methodology-row", "/methodology#rubric-retention-concerning", 1280, "dark", true],
  ["practice-1280", "/practices/retention", 1280, "light"],
];
for (const [name, url, width, mode, viewportOnly] of shots) {
  if (only && !name.includes(only)) continue;
  const p = await b.newPage({ viewport: { width, height: 900 }, colorScheme: mode === "dark" ? "dark" : "light" });
  if (mode === "print") await p.emulateMedia({ media: "print" });
  await p.goto(base + url);
  await p.waitForTimeout(600);
  await p.screenshot({ path: `/tmp/uxgrid-shots/${name}.png`, fullPage: !viewportOnly });
  await p.close();
}
await b.close();
