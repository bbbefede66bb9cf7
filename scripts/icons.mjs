// The extension's icon: one SVG in the repo (assets/icon.svg), rasterised to PNGs at build time
// by the WXT hook in wxt.config.ts, so no binary image is committed and the sizes never drift
// from the drawing. resvg renders SVG alone (no fonts, no system libraries) from a binary that
// ships inside its npm package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const ICON_SVG = path.join(root, 'assets', 'icon.svg');

/** The sizes browsers ask for: toolbar (16, 32 on high-density screens), extensions page (48), store (128). */
export const ICON_SIZES = [16, 32, 48, 128];

/** Where each size goes in the built extension (WXT also recognises this layout). */
/** @param {number} size */
export const iconPath = (size) => `icon/${size}.png`;

/** `{ "16": "icon/16.png", … }` for the manifest's `icons` and `action.default_icon`. */
export const ICON_MANIFEST = Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));

/**
 * The icon as a PNG `size` pixels square.
 * @param {number} size
 * @param {Buffer | string} [svg]
 */
export function renderIcon(size, svg = readFileSync(ICON_SVG)) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * Writes every size into `dir`; returns [absolute file, path in the extension] pairs.
 * @returns {Array<[string, string]>}
 */
export function writeIcons(/** @type {string} */ dir) {
  mkdirSync(dir, { recursive: true });
  const svg = readFileSync(ICON_SVG);
  return ICON_SIZES.map((size) => {
    const file = path.join(dir, `${size}.png`);
    writeFileSync(file, renderIcon(size, svg));
    return [file, iconPath(size)];
  });
}

/**
 * Width and height from a PNG's header (the IHDR chunk), or undefined if it is not a PNG.
 * @param {Buffer} bytes
 * @returns {{ width: number, height: number } | undefined}
 */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
