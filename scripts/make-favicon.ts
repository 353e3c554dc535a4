/*
 * Writes app/favicon.ico from app/icon.svg, drawn by the Chromium the end-to-end tests use (no
 * download, no image library): `npx tsx scripts/make-favicon.ts`. Run it after changing the icon.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { icoFile, icoSizes } from "../lib/ico-file";

const SIZES = [16, 32, 48];
const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const images = [];
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    images.push({ size, png: await page.screenshot({ omitBackground: true }) });
    await page.close();
  }
  const ico = icoFile(images);
  icoSizes(ico);
  writeFileSync(path.join(root, "app/favicon.ico"), ico);
  console.log(`app/favicon.ico: ${SIZES.join(", ")} px, ${ico.length} bytes`);
} finally {
  await browser.close();
}
