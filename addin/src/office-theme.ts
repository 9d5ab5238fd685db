/** The pane's theme from what Office tells about its own. No React, no Office. */

/** Outlook gives no isDarkTheme: a dark body background ("#1f1f1f") means a dark theme. */
export function isDarkBackground(color: string | null | undefined): boolean {
  const hex = color?.trim().replace(/^#/, '') ?? '';
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return (0.299 * r! + 0.587 * g! + 0.114 * b!) / 255 < 0.5;
}
