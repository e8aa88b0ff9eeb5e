/**
 * The list and reader views, loaded when first shown rather than with the app: most visits
 * start on the timeline, and these are a fifth of the app's code. `prefetchViews` asks for them
 * once the browser is idle after the first draw, so that switching views does not wait.
 */
export const loadEventList = () => import('./EventList.svelte');
export const loadDocumentList = () => import('./DocumentList.svelte');
export const loadDocumentReader = () => import('./DocumentReader.svelte');

export function prefetchViews(): void {
  const load = () => {
    loadEventList();
    loadDocumentList();
    loadDocumentReader();
  };
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1500);
}
