import type { SvgPalette } from '../lib/export/timeline-svg';

/**
 * Concrete colours for exported pictures, from the app's CSS variables: as on screen now
 * (`read` = the computed style of the page), or the light ones for paper.
 */

/** Reads a colour variable; `fallback` when it is not set. */
type Read = (name: string) => string;

/** Builds the palette and the document colours from a variable reader. */
export function resolvePalette(
  read: Read,
  colorOf: ReadonlyMap<string, string>,
): { palette: SvgPalette; colors: Map<string, string> } {
  const v = (name: string, fallback: string) => read(name).trim() || fallback;
  const palette: SvgPalette = {
    background: v('--bg', '#ffffff'),
    plot: v('--tl-bg', '#fcfcfd'),
    text: v('--fg', '#1b1f24'),
    muted: v('--muted', '#57606a'),
    grid: v('--tl-grid', '#eceff3'),
    gridStrong: v('--tl-grid-strong', '#c9d1d9'),
    cluster: v('--tl-cluster', '#eef2f6'),
    clusterBorder: v('--tl-cluster-border', '#8c99a6'),
  };
  const colors = new Map<string, string>();
  for (const [id, color] of colorOf) {
    const variable = /^var\((--[\w-]+)\)$/.exec(color);
    colors.set(id, variable ? v(variable[1], palette.muted) : color);
  }
  return { palette, colors };
}

/** A reader of the variables as the page has them now. */
export function screenColors(): Read {
  const style = getComputedStyle(document.documentElement);
  return (name) => style.getPropertyValue(name);
}

/** A reader of the light variables of a stylesheet's `:root`. */
export function lightColors(variables: ReadonlyMap<string, string>): Read {
  return (name) => variables.get(name) ?? '';
}
