import { loadPageDataset } from './load-dataset';

// Imported first by the entry module: the dataset request leaves before the rest of the app's
// code runs (the app picks the same promise up when it mounts).
loadPageDataset().catch(() => {
  // Reported by the app, which handles the same promise.
});
