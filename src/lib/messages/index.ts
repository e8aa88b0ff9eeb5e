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

/** Strings of reading: the event panel, the reader, search, the list, the link notice (issue 6). */
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
  noMatches: 'No event matches. Clear the search or show more documents.',
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
  givenBy: 'given by',
  gives: (date: string) => `This source gives ${date}`,
  givenIn: (text: string, title: string, paragraph: number | null) =>
    `“${text}” in ${title}${paragraph ? `, paragraph ${paragraph}` : ''}`,
  eventPanel: 'Selected event',
  selected: (title: string, date: string) => `Selected: ${title}, ${date}`,
  paragraph: (n: number) => `paragraph ${n}`,
  documentList: 'Documents',
  documentEvents: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  documentMentions: (n: number) => (n === 1 ? '1 date mention' : `${n} date mentions`),
  chooseDocument: 'Choose a document to read it with every date it mentions highlighted.',
  closeReader: 'Close the document',
  source: 'Source',
  kind: 'Kind',
  mentionOfEvent: (text: string, title: string) => `${text}: ${title}`,
  mentionUnplaced: (text: string) => `${text}: not on the timeline`,
  unplaced: (text: string, reason: string) => `“${text}” is not on the timeline: ${reason}.`,
  unplacedReasons: {
    hidden: 'an editor kept it off',
    vague: 'it is too vague to place',
    'title-of-work': 'it is part of the title of a work',
    duration: 'it is a length of time, not a date',
    set: 'it is a repeating time, not a date',
    time: 'it is a time of day',
    'not-an-event': 'it dates a state or what the document covers, not a happening',
    reference: 'it dates a source the document cites, or the document itself',
  } as Record<string, string>,
  listHeading: 'Events in time order',
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

/** Strings of the embed, the share dialog and the custom element (issue 7). */
export const embedMessages = {
  share: 'Share / Embed',
  shareShort: 'Share',
  shareTitle: 'Share this view',
  close: 'Close',
  linkLabel: 'Link to this view',
  embedLabel: 'Embed code for a web page',
  embedHelp:
    'Paste this into the HTML of a blog post or a course page. The frame shows the selected event, time window and filters you see now.',
  heightLabel: 'Height',
  heightPx: (px: number) => `${px} px`,
  copy: 'Copy',
  /** Names of the two Copy buttons for screen readers; each starts with the visible word. */
  copyLink: 'Copy the link',
  copyCode: 'Copy the embed code',
  copied: 'Copied',
  copyFallback: 'Selected: press Ctrl+C (⌘+C on a Mac) to copy',
  openFull: 'Open full view',
  openFullShort: 'Full view',
  newTab: '(opens in a new tab)',
  frameTitle: (title: string) => `${title}: timeline with sources`,
  /** After a title that ends in ! ? or …, where a colon would read badly. */
  frameTitleAfterMark: (title: string) => `${title} (timeline with sources)`,
  /** A timeline with no title of its own, named by its documents' titles. */
  frameTitleOfDocuments: (documents: readonly string[]) =>
    documents.length === 0
      ? 'Timeline with sources'
      : documents.length <= 2
        ? `Timeline with sources: ${documents.join(' and ')}`
        : `Timeline with sources: ${documents[0]} and ${documents.length - 1} more documents`,
  timelineHelp:
    'Ctrl + scroll or pinch to zoom, drag to move. Keys: + and − zoom, arrows move or step through events, Home shows all.',
  timelineHelpMac:
    '⌘ + scroll or pinch to zoom, drag to move. Keys: + and − zoom, arrows move or step through events, Home shows all.',
  wheelHint: 'Use Ctrl + scroll to zoom',
  wheelHintMac: 'Use ⌘ + scroll to zoom',
  elementLoading: 'Loading the timeline…',
  readerBack: 'Back to the event',
} as const;

/** Strings of presentation mode (issue 7). */
export const presentMessages = {
  present: 'Present',
  presentTitle: 'Present the events one at a time, full screen',
  presentation: 'Presentation',
  slide: 'Slide',
  slideCounter: (n: number, total: number) => `${n} / ${total}`,
  titleSlide: 'Title',
  previous: 'Previous',
  next: 'Next',
  play: 'Play',
  pause: 'Pause',
  pace: 'Seconds per slide',
  exit: 'Leave presentation (Esc)',
  exitShort: 'Exit',
  documentsLine: (documents: number, events: number) =>
    `${documents === 1 ? '1 document' : `${documents} documents`} · ${events === 1 ? '1 event' : `${events} events`}`,
  storyOrder: 'Told in the order the editor chose.',
  timeOrder: 'Told in time order.',
  keysHelp: 'Arrows, Page Up/Down, space or swipe to move; Esc to leave.',
  source: (title: string, author?: string) => (author ? `${title}, ${author}` : title),
  moreSources: (n: number) => (n === 1 ? '1 more source' : `${n} more sources`),
  noSources: 'No source cites this event.',
  slideLabel: (n: number, total: number, title: string) => `Slide ${n} of ${total}: ${title}`,
} as const;

/**
 * Why a file of a data folder was not read, or what is wrong with its metadata: shown under
 * "Problems found while building" and by the CLI, after the file's name.
 */
export const documentMessages = {
  empty: 'the file is empty; add text or remove it.',
  binary: 'this looks like a binary file (it has NUL bytes), not text.',
  notUtf8: 'the file is not valid UTF-8; save it as UTF-8 and try again.',
  blank: 'the file holds only white space.',
  emptyPage: 'the web page has no text to read (only markup or scripts).',
  publishedShape: 'published must be a date like 2022-05-18 or an object.',
  publishedValue: (value: string) =>
    `published.value "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD.`,
  publishedPrecision: (allowed: readonly string[]) =>
    `published.precision must be one of ${allowed.join(', ')}.`,
  notYaml: (reason: string) => `metadata is not valid YAML: ${reason}`,
  notText: (key: string) => `${key} must be text.`,
  skipped: (problem: string) => `Skipped ${problem}`,
  notADocument: (file: string, extensions: readonly string[]) =>
    `Skipped ${file}: not a document sourceline reads (${extensions.join(', ')}); save its text in one of these.`,
  orphanMeta: (file: string, base: string, extensions: readonly string[]) =>
    `${file}: metadata for a document that is not there (expected ${base} with one of ${extensions.join(', ')}).`,
} as const;

/** Strings of export and print (issue 7). */
export const exportMessages = {
  export: 'Export',
  exportTitle: 'Export this view',
  close: 'Close',
  imageHeading: 'Picture of the timeline',
  imageHelp: 'The time window you see now, with a title and the sources named in their colours.',
  png: 'PNG (for slides)',
  svg: 'SVG (sharp at any size)',
  dataHeading: 'Events with their citations',
  dataHelp: (n: number) =>
    n === 1
      ? 'The 1 event shown now (filters apply).'
      : `The ${n} events shown now (filters apply).`,
  csv: 'CSV (spreadsheets)',
  json: 'JSON',
  printHeading: 'Print',
  printHelp: 'The timeline and the list of events with their citations.',
  printA4: 'Print on A4',
  printLetter: 'Print on Letter',
  working: 'Preparing…',
  failed: (reason: string) => `The export failed: ${reason}`,
  sources: 'Sources: ',
  andMore: (n: number) => `and ${n} more`,
  windowRange: (from: string, to: string) => `${from} – ${to}`,
  printedFrom: (title: string) => `Printed from sourceline: ${title}`,
  citationsOf: 'Cited from',
  /** A date in a spreadsheet cell that reaches a year below 1000 AD: "4 April 98 AD". */
  adDate: (date: string) => `${date} AD`,
} as const;

/** Axis words at the era boundary: historians write 1 BC, then AD 1 (there is no year 0). */
export const eraMessages = {
  /** A year of the common era named as such, where the axis crosses from BC. */
  adYear: (year: string) => `AD ${year}`,
} as const;
