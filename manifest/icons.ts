/**
 * The app's icons, drawn in code so they are reproducible byte for byte: the Teams color icon
 * (192x192), the Teams outline icon (32x32, white on transparent) and the Outlook ribbon/add-in
 * icons (16, 32, 64, 80, 128). The glyph is a "contact trail": four stops joined by a path.
 *
 * `npx tsx manifest/icons.ts` rewrites the PNG files in manifest/; `npm run package` draws any
 * that are missing. A designer may replace the files: packaging uses what is on disk, and
 * validation checks sizes and transparency, not the drawing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pngjs from 'pngjs';

const { PNG } = pngjs;

/** The accent color of the app (manifest `accentColor`, color icon background). */
export const ACCENT_COLOR = '#0B6A6B';

/** Sizes of the add-in icons served at /addin/icons/icon-<size>.png (ribbon: 16, 32, 80; XML IconUrl 64, HighResolutionIconUrl 128). */
export const ADDIN_ICON_SIZES = [16, 32, 64, 80, 128] as const;

export interface IconFile {
  /** File name in manifest/ and in the app package. */
  name: string;
  size: number;
  kind: 'color' | 'outline' | 'tile';
}

export const ICON_FILES: readonly IconFile[] = [
  { name: 'color.png', size: 192, kind: 'color' },
  { name: 'outline.png', size: 32, kind: 'outline' },
  ...ADDIN_ICON_SIZES.map((size) => ({ name: `icon-${size}.png`, size, kind: 'tile' as const })),
];

export const MANIFEST_DIR = fileURLToPath(new URL('.', import.meta.url));

type Point = readonly [number, number];

// The trail in unit coordinates (0..1, y down): from bottom left to top right.
const TRAIL: readonly Point[] = [
  [0.2, 0.76],
  [0.42, 0.46],
  [0.62, 0.62],
  [0.8, 0.26],
];
const STROKE = 0.075; // half width of the path
const STOP = 0.095; // radius of the inner stops
const END_STOP = 0.13; // radius of the first and last stop

function segmentDistance(p: Point, a: Point, b: Point): number {
  const [px, py] = p;
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** True when a point (unit coordinates) lies on the glyph. */
function onGlyph(p: Point): boolean {
  for (let i = 0; i < TRAIL.length; i++) {
    const stop = TRAIL[i]!;
    const radius = i === 0 || i === TRAIL.length - 1 ? END_STOP : STOP;
    if (Math.hypot(p[0] - stop[0], p[1] - stop[1]) <= radius) return true;
    if (i > 0 && segmentDistance(p, TRAIL[i - 1]!, stop) <= STROKE) return true;
  }
  return false;
}

/** True inside a rounded square covering the unit square, corner radius r. */
function inRoundedSquare(p: Point, r: number): boolean {
  const qx = Math.max(Math.abs(p[0] - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(p[1] - 0.5) - (0.5 - r), 0);
  return Math.hypot(qx, qy) <= r;
}

function hex(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

const SAMPLES = 4; // 4x4 supersampling per pixel: smooth edges, still deterministic

/**
 * Draws one icon. `color`: accent background filling the square, white glyph in the middle
 * (Teams rounds the corners itself). `outline`: white glyph on transparent. `tile`: accent
 * rounded square with a white glyph, transparent corners (Outlook ribbon and add-in icons).
 */
export function drawIcon(kind: IconFile['kind'], size: number): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const [ar, ag, ab] = hex(ACCENT_COLOR);
  // Where the glyph sits inside the square: Teams wants the color icon's symbol in the middle half.
  const inset = kind === 'color' ? 0.2 : kind === 'outline' ? 0.02 : 0.12;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let glyph = 0;
      let shape = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const u = (x + (sx + 0.5) / SAMPLES) / size;
          const v = (y + (sy + 0.5) / SAMPLES) / size;
          const g: Point = [(u - inset) / (1 - 2 * inset), (v - inset) / (1 - 2 * inset)];
          if (onGlyph(g)) glyph += 1;
          if (kind === 'tile' ? inRoundedSquare([u, v], 0.18) : true) shape += 1;
        }
      }
      const total = SAMPLES * SAMPLES;
      const offset = (y * size + x) * 4;
      if (kind === 'outline') {
        // Only white or fully transparent pixels: partly covered edge pixels are white, partly opaque.
        const alpha = Math.round((glyph / total) * 255);
        png.data[offset] = alpha ? 255 : 0;
        png.data[offset + 1] = alpha ? 255 : 0;
        png.data[offset + 2] = alpha ? 255 : 0;
        png.data[offset + 3] = alpha;
        continue;
      }
      // White glyph over the accent background, then the background's own coverage as alpha.
      const mix = shape === 0 ? 0 : Math.min(glyph, shape) / shape;
      png.data[offset] = Math.round(ar + (255 - ar) * mix);
      png.data[offset + 1] = Math.round(ag + (255 - ag) * mix);
      png.data[offset + 2] = Math.round(ab + (255 - ab) * mix);
      png.data[offset + 3] = Math.round((shape / total) * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** Writes the icon files into `dir`; with `onlyMissing`, keeps files that exist. Returns what was written. */
export function writeIcons(dir: string = MANIFEST_DIR, options: { onlyMissing?: boolean } = {}): string[] {
  const written: string[] = [];
  for (const icon of ICON_FILES) {
    const path = join(dir, icon.name);
    if (options.onlyMissing && existsSync(path)) continue;
    writeFileSync(path, drawIcon(icon.kind, icon.size));
    written.push(path);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const path of writeIcons()) console.log(`wrote ${path}`);
}
