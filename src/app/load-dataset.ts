import { parseDataset } from '../lib/dataset';
import type { Dataset } from '../lib/types';

/** Where the app reads its dataset: `?data=URL`, or `timeline.json` beside the app. */
export function datasetUrl(location: Location): { url: string; custom: boolean } {
  const custom = new URLSearchParams(location.search).get('data');
  if (custom) return { url: new URL(custom, location.href).href, custom: true };
  return { url: new URL('timeline.json', location.href).href, custom: false };
}

/** Fetches and checks a `sourceline/1` dataset; errors say what went wrong in plain words. */
export async function loadDataset(url: string): Promise<Dataset> {
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
    json = await response.json();
  } catch {
    throw new Error(`${url} is not JSON.`);
  }
  return parseDataset(json);
}
