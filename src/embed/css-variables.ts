/**
 * Reads the app's stylesheet as text and separates the colour variables of `:root` (light, and
 * dark under `prefers-color-scheme: dark`) from the other rules. The custom element turns them
 * into `light-dark()` values on `:host`, so it follows the colour scheme of the page it sits in;
 * print and export take the light ones. Pure; handles comments, strings and nested blocks.
 */

/** The stylesheet split up: variables by scheme, and every other rule as it was. */
export interface SplitStylesheet {
  light: Map<string, string>;
  dark: Map<string, string>;
  /** Rules other than the `:root` ones, in order (at-rules included). */
  rest: string[];
}

interface Block {
  prelude: string;
  body: string;
}

/** Top-level blocks `prelude { body }` of a stylesheet, comments removed. */
function blocks(css: string): Block[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Block[] = [];
  let depth = 0;
  let quote: string | null = null;
  let preludeStart = 0;
  let bodyStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') {
      if (depth === 0) bodyStart = i + 1;
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) {
        out.push({
          prelude: text.slice(preludeStart, bodyStart - 1).trim(),
          body: text.slice(bodyStart, i),
        });
        preludeStart = i + 1;
      }
    } else if (ch === ';' && depth === 0) {
      preludeStart = i + 1; // a statement at-rule such as @import: dropped
    }
  }
  return out;
}

/** The `--name: value` declarations of a block body. */
function variables(body: string, into: Map<string, string>) {
  for (const match of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)/g)) {
    into.set(match[1], match[2]);
  }
}

const DARK = /^@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)$/;

/** Splits the stylesheet; see the module comment. */
export function splitStylesheet(css: string): SplitStylesheet {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  const rest: string[] = [];
  for (const block of blocks(css)) {
    if (block.prelude === ':root') variables(block.body, light);
    else if (DARK.test(block.prelude)) {
      for (const inner of blocks(block.body)) {
        if (inner.prelude === ':root') variables(inner.body, dark);
        else rest.push(`${block.prelude}{${inner.prelude}{${inner.body}}}`);
      }
    } else rest.push(`${block.prelude}{${block.body}}`);
  }
  return { light, dark, rest };
}

/**
 * A stylesheet for a shadow root: the variables on `:host` as `light-dark(light, dark)` (the
 * page's `color-scheme` decides), font and colour inherited from the page, the other rules kept.
 */
export function hostStylesheet(css: string): string {
  const { light, dark, rest } = splitStylesheet(css);
  const declarations = [...light].map(([name, value]) => {
    const other = dark.get(name);
    return `${name}:${other && other !== value ? `light-dark(${value},${other})` : value};`;
  });
  for (const [name, value] of dark) if (!light.has(name)) declarations.push(`${name}:${value};`);
  const host = `:host{display:block;font:inherit;color:inherit;line-height:1.5;${declarations.join('')}}`;
  return [host, ...rest.filter((rule) => !/^(body|html)\b/.test(rule))].join('\n');
}
