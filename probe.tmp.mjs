import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 760, height: 700 } });
await p.goto("http://localhost:4300/");
const info = () => p.evaluate(() => { const el = document.activeElement; const r = el.getBoundingClientRect(); const gs = document.querySelector(".grid-scroll"); return `${el.tagName} ${el.textContent.trim().slice(0,20)} ${Math.round(r.left)}-${Math.round(r.right)} scrollLeft=${gs.scrollLeft} gsRight=${Math.round(gs.getBoundingClientRect().right)} sw=${gs.scrollWidth} cw=${gs.clientWidth}`; });
await p.locator("thead a").nth(3).focus();
console.log(await info());
for (let i = 0; i < 10; i++) { await p.keyboard.press("Tab"); console.log(await info()); }
await b.close();
