/**
 * Draws the marketplace icon `media/icon.png` (128 × 128): a podium — first place in the middle with a
 * star, second on the left, third on the right — on a rounded navy tile, the leaderboard the extension shows.
 * The activity bar keeps its monochrome `media/icon.svg` (three bars), which VS Code tints with the theme.
 * Usage: npx tsc -p . && node out/scripts/buildIcon.js
 * test/unit/marketplaceManifest.test.ts checks that the committed file is what this script draws.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodePng } from './pngFile';

/** Side of the icon in pixels, as both marketplaces ask for. */
export const ICON_SIZE = 128;
/** Samples per pixel along each axis: edges are anti-aliased by averaging 4 × 4 samples. */
const SUPERSAMPLE = 4;

type Rgba = readonly [number, number, number, number];
type Paint = (x: number, y: number) => Rgba | undefined;

const hex = (value: string, alpha = 1): Rgba => [parseInt(value.slice(1, 3), 16), parseInt(value.slice(3, 5), 16), parseInt(value.slice(5, 7), 16), alpha];

/** Whether (x, y) is inside the rectangle with rounded corners (only the top ones when `topOnly`). */
function inRoundedRect(x: number, y: number, left: number, top: number, right: number, bottom: number, radius: number, topOnly = false): boolean {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = topOnly ? Math.max(y, top + radius) : Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The corners of a five-pointed star, first point straight up. */
function starPolygon(cx: number, cy: number, outer: number, inner: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
}

function inPolygon(x: number, y: number, points: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] ?? [0, 0];
    const [xj, yj] = points[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const TOP = hex('#2f3f73');
const BOTTOM = hex('#151c36');
const GOLD = hex('#f7c948');
const SILVER = hex('#cfd8e6');
const BRONZE = hex('#e0945a');
const GROUND = hex('#ffffff', 0.22);
const STAR = starPolygon(64, 25, 13, 5.4);
const BASE = 102;

/** The layers, back to front; each answers the colour it paints at (x, y), if any. */
const LAYERS: readonly Paint[] = [
  (x, y) => {
    if (!inRoundedRect(x, y, 0, 0, ICON_SIZE, ICON_SIZE, 26)) return undefined;
    const t = y / ICON_SIZE;
    return [TOP[0] + (BOTTOM[0] - TOP[0]) * t, TOP[1] + (BOTTOM[1] - TOP[1]) * t, TOP[2] + (BOTTOM[2] - TOP[2]) * t, 1];
  },
  (x, y) => (inRoundedRect(x, y, 14, BASE, 114, BASE + 5, 2.5) ? GROUND : undefined),
  (x, y) => (inRoundedRect(x, y, 21, 62, 47, BASE, 4, true) ? SILVER : undefined),
  (x, y) => (inRoundedRect(x, y, 51, 44, 77, BASE, 4, true) ? GOLD : undefined),
  (x, y) => (inRoundedRect(x, y, 81, 75, 107, BASE, 4, true) ? BRONZE : undefined),
  (x, y) => (inPolygon(x, y, STAR) ? GOLD : undefined),
];

/** The colour at one sample point: each layer painted over the ones below it ("over" compositing). */
function sample(x: number, y: number): Rgba {
  let [r, g, b, a] = [0, 0, 0, 0];
  for (const layer of LAYERS) {
    const c = layer(x, y);
    if (!c) continue;
    const [cr, cg, cb, ca] = c;
    const out = ca + a * (1 - ca);
    r = (cr * ca + r * a * (1 - ca)) / out;
    g = (cg * ca + g * a * (1 - ca)) / out;
    b = (cb * ca + b * a * (1 - ca)) / out;
    a = out;
  }
  return [r, g, b, a];
}

/** Draws the icon: ICON_SIZE² RGBA pixels, rows top to bottom. */
export function drawIcon(): Uint8Array {
  const pixels = new Uint8Array(ICON_SIZE * ICON_SIZE * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < ICON_SIZE; py++) {
    for (let px = 0; px < ICON_SIZE; px++) {
      // Average with premultiplied alpha, so the transparent corners do not darken the tile's edge.
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const [cr, cg, cb, ca] = sample(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const at = (py * ICON_SIZE + px) * 4;
      pixels.set(a === 0 ? [0, 0, 0, 0] : [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / n) * 255)], at);
    }
  }
  return pixels;
}

/** The icon as the PNG file `media/icon.png` holds. */
export function iconPng(): Buffer {
  return encodePng(ICON_SIZE, ICON_SIZE, drawIcon());
}

if (require.main === module) {
  const out = resolve(__dirname, '..', '..', 'media', 'icon.png');
  writeFileSync(out, iconPng());
  console.log(`wrote ${out}`);
}
