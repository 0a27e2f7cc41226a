/**
 * Proportions shown by CSS (bar widths, cell shading) as classes, never as
 * `style` attributes: the Content-Security-Policy blocks inline styles, so
 * each proportion is rounded to a step that claims.css (share) or coverage.css (shade) defines.
 */

/** Bar widths in steps of 5%: `share-0` … `share-20`. */
export const SHARE_STEPS = 20;
/** Shading in steps of 10%: `shade-0` … `shade-10`. */
export const SHADE_STEPS = 10;

function step(fraction: number, steps: number): number {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return Math.round(clamped * steps);
}

/** The class for a bar `fraction` (0–1) of its track long. */
export function shareClass(fraction: number): string {
  return `share-${step(fraction, SHARE_STEPS)}`;
}

/** The class for a cell shaded `fraction` (0–1) of the full tint. */
export function shadeClass(fraction: number): string {
  return `shade-${step(fraction, SHADE_STEPS)}`;
}
