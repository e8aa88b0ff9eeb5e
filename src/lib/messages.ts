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
  day: 'd MMMM y',
  month: 'MMMM y',
  year: 'yyyy',
  axisDay: 'd MMM',
  axisMonth: 'MMM',
  axisYear: 'yyyy',
  dayMonth: 'd MMMM',
  monthOnly: 'MMMM',
} as const;

/** Words that turn numbers into dates as people write them (see format-date.ts). */
export const dateWords = {
  bc: (year: number) => `${year} BC`,
  decade: (year: string) => `the ${year}s`,
  century: (ordinal: string) => `the ${ordinal} century`,
  centuryName: (ordinal: string) => `${ordinal} century`,
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

const countFormat = new Intl.NumberFormat('en');

/** Strings and patterns of the zoomable timeline (issue 5). */
export const timelineMessages = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Show the whole timeline',
  controls: 'Timeline zoom',
  help: 'Scroll or pinch to zoom, drag to move. Keys: + and − zoom, arrows move, Home shows all.',
  overview: 'Overview of the whole timeline; drag the highlighted window to move',
  event: (title: string, date: string, documents: number) =>
    documents > 1 ? `${title}, ${date}, cited by ${documents} documents` : `${title}, ${date}`,
  cluster: (count: number, from: string, to: string) =>
    from === to
      ? `${count} events in ${from}; zoom in to see them`
      : `${count} events from ${from} to ${to}; zoom in to see them`,
  moreDocuments: (n: number) => `+${n}`,
  /** A count on a cluster: "12,345" (one formatter, made once: toLocaleString is slow). */
  count: (n: number) => countFormat.format(n),
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
  } as Record<string, string>,
  listHeading: 'Events in time order',
  linkNotice: (params: string) =>
    `Parts of this link could not be used and were ignored: ${params}.`,
  notFound: (what: string) => `${what} (not in this timeline)`,
  dismiss: 'Dismiss',
} as const;
