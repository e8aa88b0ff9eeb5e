import { parseDataset } from '../lib/dataset';
import { INLINE_DATASET_ID } from '../lib/export/single-html';
import { messages } from '../lib/messages';
import type { Dataset } from '../lib/types';

/** Where the app reads its dataset: `?data=URL`, or `timeline.json` beside the app. */
export function datasetUrl(location: Location): { url: string; custom: boolean } {
  const custom = new URLSearchParams(location.search).get('data');
  if (custom) return { url: new URL(custom, location.href).href, custom: true };
  return { url: new URL('timeline.json', location.href).href, custom: false };
}

/**
 * The dataset written into the page itself (`<script type="application/json"
 * id="sourceline-dataset">`, as the single-file build does), unless `?data=` asks for another.
 */
function inlineDataset(): unknown {
  if (typeof document === 'undefined') return undefined;
  if (new URLSearchParams(location.search).has('data')) return undefined;
  const element = document.getElementById(INLINE_DATASET_ID);
  if (!element || element.getAttribute('type') !== 'application/json') return undefined;
  try {
    return JSON.parse(element.textContent ?? '');
  } catch {
    throw new Error(messages.inlineNotJson);
  }
}

/**
 * Reads and checks a `sourceline/1` dataset: the one inlined in the page when there is one,
 * else fetched from `url`. Errors say what went wrong in plain words.
 */
export async function loadDataset(url: string): Promise<Dataset> {
  const inline = inlineDataset();
  if (inline !== undefined) return parseDataset(inline);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(messages.unreachable(url));
  }
  if (!response.ok) {
    const detail = (await response.text()).slice(0, 500);
    throw new Error(messages.answered(url, response.status, detail));
  }
  // What `response.json()` does (UTF-8, BOM dropped), at less cost on the main thread for a
  // big file: the body is gathered as bytes, then decoded and parsed in one go each.
  const text = new TextDecoder().decode(await response.arrayBuffer());
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A mistyped address on a host that answers every path with its start page.
    if (/^\s*</.test(text)) throw new Error(messages.webPageNotDataset(url));
    throw new Error(messages.notJson(url));
  }
  return parseDataset(json);
}

let started: Promise<Dataset> | null = null;

/**
 * The page's own dataset (`datasetUrl`), read once: the first call starts reading it, later
 * calls get the same promise. The entry module calls it before anything else runs, so the
 * request is on its way while the app's code is still being compiled and mounted.
 */
export function loadPageDataset(): Promise<Dataset> {
  return (started ??= loadDataset(datasetUrl(window.location).url));
}

/** A load that has finished: the dataset, or what went wrong in plain words. */
export type SettledLoad = { dataset: Dataset } | { error: string };

/** The page's dataset once read (or the reason it could not be). */
export function settlePageDataset(): Promise<SettledLoad> {
  return loadPageDataset().then(
    (dataset) => ({ dataset }),
    (failure: unknown) => ({ error: failure instanceof Error ? failure.message : String(failure) }),
  );
}

/** The page's dataset if it is read within `ms`, else null (it is still on its way). */
export function settlePageDatasetWithin(ms: number): Promise<SettledLoad | null> {
  return Promise.race([
    settlePageDataset(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ms)),
  ]);
}
