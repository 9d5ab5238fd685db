/** The app icons in the package: sizes, and the outline icon white on transparent. */
import pngjs from 'pngjs';

const { PNG } = pngjs;

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

export function iconErrors(file: string, bytes: Buffer | undefined, expected: number, outline: boolean): string[] {
  if (!bytes) return [`${file}: missing from the app package (named in manifest.json icons)`];
  let png: InstanceType<typeof PNG>;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    return [`${file}: not a readable PNG (${(error as Error).message})`];
  }
  const errors: string[] = [];
  if (png.width !== expected || png.height !== expected) {
    errors.push(`${file}: is ${png.width}x${png.height}, must be ${expected}x${expected}`);
  }
  if (outline) {
    let transparent = 0;
    let white = 0;
    let other = 0;
    let first: string | null = null;
    for (let i = 0; i < png.width * png.height; i++) {
      const [r, g, b, a] = [png.data[i * 4]!, png.data[i * 4 + 1]!, png.data[i * 4 + 2]!, png.data[i * 4 + 3]!];
      if (a === 0) transparent += 1;
      else if (r === 255 && g === 255 && b === 255) white += 1;
      else {
        other += 1;
        first ??= `(${i % png.width}, ${Math.floor(i / png.width)}) is rgba(${r}, ${g}, ${b}, ${a})`;
      }
    }
    if (other > 0)
      errors.push(
        `${file}: the outline icon must be white on transparent, but ${other} pixel(s) are neither; first at ${first}`,
      );
    if (transparent === 0)
      errors.push(`${file}: the outline icon needs a transparent background, but no pixel is transparent`);
    if (white === 0) errors.push(`${file}: the outline icon has no white pixels: nothing would show`);
  }
  return errors;
}
