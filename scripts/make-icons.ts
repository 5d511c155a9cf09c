/**
 * `npx tsx scripts/make-icons.ts`: renders `public/icon.svg` into the raster icons in `public/`
 * (`apple-touch-icon.png`, `icon-192.png`, `icon-512.png`, and `favicon.ico` with 16 and 32 px
 * PNGs inside) with the test suite's Chromium. Run it after changing the SVG and commit the
 * results: the build only copies them.
 */
import { readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SVG = "public/icon.svg";
/** iOS fills an apple-touch-icon's transparent corners with black, so that one is opaque. */
const PNGS: [file: string, size: number, opaque: boolean][] = [
  ["public/apple-touch-icon.png", 180, true],
  ["public/icon-192.png", 192, false],
  ["public/icon-512.png", 512, false],
];
const ICO_SIZES = [16, 32];

/** An ICO file whose images are PNGs, which every current browser reads. */
export function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

async function main(): Promise<void> {
  const svg = await readFile(SVG, "utf8");
  const browser = await chromium.launch({
    executablePath: [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((c): c is string =>
      Boolean(c && existsSync(c)),
    ),
  });
  const page = await browser.newPage();
  const render = async (size: number, opaque = false): Promise<Buffer> => {
    const background = opaque ? "#1d4ed8" : "transparent";
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:${background}}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    return page.screenshot({ omitBackground: !opaque });
  };
  for (const [file, size, opaque] of PNGS) await writeFile(file, await render(size, opaque));
  const ico = [];
  for (const size of ICO_SIZES) ico.push({ size, png: await render(size) });
  await writeFile("public/favicon.ico", icoOf(ico));
  await browser.close();
}

void main();
