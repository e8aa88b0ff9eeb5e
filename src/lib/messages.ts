/**
 * Every user-visible string and date pattern of the app, in one place, so that a locale can
 * replace them together. Patterns are date-fns format strings.
 */
export const messages = {
  appName: 'sourceline',
  loading: 'Loading the timeline…',
  loadFailed: (reason: string) => `The timeline could not be loaded: ${reason}`,
  datasetFromUrl: (url: string) => `Showing the dataset from ${url}`,
  eventsCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  documentsCount: (n: number) => (n === 1 ? '1 document' : `${n} documents`),
  citedBy: (n: number) => (n === 1 ? 'Cited by 1 document' : `Cited by ${n} documents`),
  citations: 'Sources',
  closePanel: 'Close',
  noSelection: 'Select an event on the timeline to read its sources.',
  legend: 'Documents',
  timeline: 'Timeline',
  published: (date: string) => `Published ${date}`,
  publishedUnknown: 'Date of publication unknown',
  disagreement: 'The sources disagree on the date',
  warnings: 'Problems found while building',
  tags: 'Tags',
  circa: 'c.',
} as const;

/** date-fns patterns for each precision, as people write dates in English. */
export const datePatterns = {
  day: 'd MMMM yyyy',
  month: 'MMMM yyyy',
  year: 'yyyy',
  axisDay: 'd MMM',
  axisMonth: 'MMM',
  axisYear: 'yyyy',
} as const;
