import { parseDataset } from '../lib/dataset';
import { INLINE_DATASET_ID } from '../lib/export/single-html';
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
    throw new Error('the dataset in this page is not JSON.');
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
    throw new Error(`could not reach ${url}.`);
  }
  if (!response.ok) {
    const detail = (await response.text()).slice(0, 500);
    throw new Error(`${url} answered ${response.status}. ${detail}`);
  }
  let json: unknown;
  try {
    // What `response.json()` does (UTF-8, BOM dropped), at less cost on the main thread for a
    // big file: the body is gathered as bytes, then decoded and parsed in one go each.
    json = JSON.parse(new TextDecoder().decode(await response.arrayBuffer()));
  } catch {
    throw new Error(`${url} is not JSON.`);
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
