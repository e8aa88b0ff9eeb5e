/**
 * Every user-visible string and date pattern of the app, in one place, so that a locale can
 * replace them together. Patterns are date-fns format strings.
 */
export const messages = {
  /** Opens the workspace (its own strings are in ./ingest). */
  yourDocuments: 'Your documents',
  appName: 'sourceline',
  loading: 'Loading the timeline…',
  loadFailed: (reason: string) => `The timeline could not be loaded: ${reason}`,
  /** Why a dataset could not be read from an address (the reason in `loadFailed`). */
  unreachable: (url: string) => `could not reach ${url}.`,
  answered: (url: string, status: number, detail: string) =>
    `${url} answered ${status}. ${detail}`.trim(),
  webPageNotDataset: (url: string) =>
    `${url} is a web page, not a sourceline dataset: is the address right?`,
  notJson: (url: string) => `${url} is not JSON.`,
  inlineNotJson: 'the dataset in this page is not JSON.',
  datasetFromUrl: (url: string) => `Showing the dataset from ${url}`,
  eventsCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  documentsCount: (n: number) => (n === 1 ? '1 document' : `${n} documents`),
  citedBy: (n: number) => (n === 1 ? 'Cited by 1 document' : `Cited by ${n} documents`),
  citations: 'Sources',
  closePanel: 'Close',
  noSelection: 'Select an event to read its sources.',
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
  day: 'd MMMM y',
  month: 'MMMM y',
  year: 'yyyy',
  axisDay: 'd MMM',
  axisMonth: 'MMM',
  axisYear: 'yyyy',
  dayMonth: 'd MMMM',
  monthOnly: 'MMMM',
} as const;

/** Month names for date patterns (`MMMM`, `MMM`); see format-pattern.ts. */
export const monthNames = {
  long: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/** Words that turn numbers into dates as people write them (see format-date.ts). */
export const dateWords = {
  bc: (year: number) => `${year} BC`,
  decade: (year: string) => `the ${year}s`,
  century: (ordinal: string) => `the ${ordinal} century`,
  centuryName: (ordinal: string) => `${ordinal} century`,
  millennium: (ordinal: string) => `the ${ordinal} millennium`,
  /** A decade or century before AD 1: "the 5th century BC", "the 490s BC". */
  bcUnit: (unit: string) => `${unit} BC`,
  /** "early 1930s", "mid-1930s", "late 1930s"; `of` is "1930s" or "20th century". */
  partOf: (part: 'early' | 'mid' | 'late', of: string) =>
    part === 'mid' ? `mid-${of}` : `${part} ${of}`,
  ordinal: (n: number) => {
    const tens = n % 100;
    if (tens >= 11 && tens <= 13) return `${n}th`;
    return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
  },
  circa: 'c. ',
  uncertain: '?',
  /** Joins the two ends of a range. */
  range: (from: string, to: string) => `${from}–${to}`,
  /** Joins ends that contain spaces ("28 June – 2 July 2022"). */
  wideRange: (from: string, to: string) => `${from} – ${to}`,
  openStart: (to: string) => `until ${to}`,
  openEnd: (from: string) => `from ${from}`,
} as const;

/**
 * An integer with English digit groups ("12,345"). Written out because making an
 * Intl.NumberFormat at start-up cost 15-25 ms of the first draw, and counts are all it formats.
 */
function groupDigits(n: number): string {
  const rounded = Math.round(n);
  const digits = String(Math.abs(rounded));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return rounded < 0 ? `-${out}` : out;
}

/** Strings and patterns of the zoomable timeline (issue 5). */
export const timelineMessages = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Show the whole timeline',
  controls: 'Timeline zoom',
  /** The how-to line for a mouse and keyboard; always the plot's accessible description. */
  help: 'Scroll or pinch to zoom, drag to move. Keys: + and − zoom, arrows move or step through events, Home shows all.',
  /** The how-to line shown on a touch screen instead: only what a finger does, in one line. */
  touchHelp: 'Pinch to zoom, drag to move.',
  overview: 'Overview of the whole timeline; drag the highlighted window to move',
  noEvents: 'No events to show.',
  event: (title: string, date: string, documents: number) =>
    documents > 1 ? `${title}, ${date}, cited by ${documents} documents` : `${title}, ${date}`,
  cluster: (count: number, from: string, to: string) =>
    from === to
      ? `${count} events in ${from}; zoom in to see them`
      : `${count} events from ${from} to ${to}; zoom in to see them`,
  moreDocuments: (n: number) => `+${n}`,
  /** A count on a cluster: "12,345". */
  count: (n: number) => groupDigits(n),
} as const;

/** Labels of the time axis; date patterns for it are in `datePatterns`. */
export const axisLabels = {
  /** A decade or century from its first year: "1950s". */
  period: (year: string) => `${year}s`,
  range: (from: string, to: string) => `${from}–${to}`,
  monthOfYear: (month: string, year: string) => `${month} ${year}`,
  /** Pattern for the day-of-month ticks under a month context row. */
  axisDayOfMonth: 'd',
} as const;

/**
 * Strings of reading: the event panel, search, the views, the link notice (issue 6). The list
 * view's and the document reader's own are in ./event-list and ./document-reader.
 */
export const readerMessages = {
  search: 'Search events and sources',
  searchPlaceholder: 'Search (press /)',
  clearSearch: 'Clear the search',
  matchCount: (shown: number, total: number) =>
    shown === total
      ? total === 1
        ? '1 event'
        : `${total} events`
      : shown === 1
        ? `1 of ${total} events matches`
        : `${shown} of ${total} events match`,
  tagFilter: 'Tags',
  filters: (active: number) =>
    active ? `Documents and tags (${active} filters on)` : 'Documents and tags',
  tagToggle: (tag: string) => `Only events tagged ${tag}`,
  documentToggle: (title: string) => `Show events cited by ${title}`,
  views: 'Views',
  viewNames: { timeline: 'Timeline', list: 'List', reader: 'Documents' },
  previousEvent: 'Previous',
  nextEvent: 'Next',
  neighbours: 'Events before and after',
  readInDocument: 'Read in document',
  showParagraph: 'Show the whole paragraph',
  showLess: 'Show less',
  readInDocumentOf: (title: string) => `Read in document: ${title}`,
  gives: (date: string) => `This source gives ${date}`,
  givenIn: (text: string, title: string, paragraph: number | null) =>
    `“${text}” in ${title}${paragraph ? `, paragraph ${paragraph}` : ''}`,
  eventPanel: 'Selected event',
  selected: (title: string, date: string) => `Selected: ${title}, ${date}`,
  documentList: 'Documents',
  documentEvents: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  chooseDocument: 'Choose a document to read it with every date it mentions highlighted.',
  linkNotice: (params: string) =>
    `Parts of this link could not be used and were ignored: ${params}.`,
  notFound: (what: string) => `${what} (not in this timeline)`,
  dismiss: 'Dismiss',
  showOnTimeline: 'Show on timeline',
  chosenEvent: 'Chosen event',
  showSources: 'Sources',
} as const;

// The workspace's strings are a module of their own: only the workspace (loaded on demand)
// uses them, and here they would be a sixth of the first load's messages.
export { ingestMessages } from './ingest';
export { titleMessages } from './titles';
// So are the strings that only other parts loaded on demand use (./share, ./export,
// ./presentation, ./event-list, ./document-reader, ./element, ./documents), but they are
// imported from their own module, not re-exported here: re-exporting one that lands in a single
// on-demand chunk made the bundler split the entry into more chunks (+1.4 KB gzip first load).

/** Strings of the embed mode and the Share button (issue 7); the dialog's are in ./share. */
export const embedMessages = {
  share: 'Share / Embed',
  shareShort: 'Share',
  openFull: 'Open full view',
  openFullShort: 'Full view',
  newTab: '(opens in a new tab)',
  timelineHelp:
    'Ctrl + scroll or pinch to zoom, drag to move. Keys: + and − zoom, arrows move or step through events, Home shows all.',
  timelineHelpMac:
    '⌘ + scroll or pinch to zoom, drag to move. Keys: + and − zoom, arrows move or step through events, Home shows all.',
  wheelHint: 'Use Ctrl + scroll to zoom',
  wheelHintMac: 'Use ⌘ + scroll to zoom',
} as const;

/** Strings of the Present button; presentation mode's own are in ./presentation (issue 7). */
export const presentMessages = {
  present: 'Present',
  presentTitle: 'Present the events one at a time, full screen',
} as const;

/** Strings of the Export button; the dialog's, the picture's and print's are in ./export (issue 7). */
export const exportMessages = {
  export: 'Export',
} as const;

/** Axis words at the era boundary: historians write 1 BC, then AD 1 (there is no year 0). */
export const eraMessages = {
  /** A year of the common era named as such, where the axis crosses from BC. */
  adYear: (year: string) => `AD ${year}`,
} as const;
