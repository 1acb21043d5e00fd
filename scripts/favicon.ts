// `npx tsx scripts/favicon.ts`: writes app/favicon.ico from app/icon.svg (16, 32 and 48 px), for the browsers and
// tools that ask for /favicon.ico without reading the page's icon link. Run it again after changing the mark.
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { runMain } from "./lib/cli";

const SIZES = [16, 32, 48];

/** An ICO file holding PNG images (read by every browser since 2007): a 6-byte header, 16 bytes per image, the PNGs. */
function ico(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size, entry);
    header.writeUInt8(size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

runMain(async () => {
  const svg = readFileSync("app/icon.svg", "utf8");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const pngs = [];
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
      pngs.push({ size, png: await page.screenshot({ omitBackground: true }) });
      await page.close();
    }
    writeFileSync("app/favicon.ico", ico(pngs));
  } finally {
    await browser.close();
  }
});
