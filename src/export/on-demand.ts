/**
 * Everything the Share, Export and Present buttons open, as one module loaded on first use.
 * One chunk rather than one per dialog: separate chunks made the bundler split the app's own
 * code into shared chunks, which cost more at first load (about 1.6 kB gzip) than they saved.
 */
export { default as ShareDialog } from '../embed/ShareDialog.svelte';
export { default as ExportDialog } from './ExportDialog.svelte';
export { default as PrintView } from './PrintView.svelte';
export { default as Presentation } from '../present/Presentation.svelte';
export { presentationEvents, readStep } from '../present/slides';
