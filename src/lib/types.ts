/**
 * Every data contract that crosses a stage of the sourceline pipeline lives here:
 * documents -> paragraphs -> date mentions -> events -> the `sourceline/1` dataset.
 * Offsets are JavaScript string indices (UTF-16 code units) into a document's text.
 */

/** How finely a date is known. */
export type Precision = 'day' | 'month' | 'year' | 'decade' | 'century';

/** When a document was written, as far as is known. `value` is an ISO prefix ("2024-07"). */
export interface PublishedDate {
  value: string | null;
  precision: Precision | 'unknown';
  /** Free text, e.g. "after February 2022". */
  note?: string;
}

/** Metadata an editor attaches to a document (sidecar `*.meta.yaml`). */
export interface DocumentMeta {
  title: string;
  author?: string;
  kind?: string;
  published: PublishedDate;
  /** Where the text came from (a URL or a citation), shown, never fetched. */
  source?: string;
  language?: string;
}

/** A document as read from `data/` (or dropped in the browser), before any analysis. */
export interface SourceDocument {
  /** Slug from the file name: lower case, a-z 0-9 and hyphens. */
  id: string;
  /** File name it came from. */
  file: string;
  text: string;
  meta: DocumentMeta;
}

/** One paragraph; `text === document.text.slice(start, end)`. */
export interface Paragraph {
  /** `${documentId}#p${index}`, index from 1. */
  id: string;
  index: number;
  start: number;
  end: number;
  /** Reply depth in a forum thread, from indentation; 0 for ordinary prose. */
  depth: number;
  text: string;
}

/** TIMEX3 type of a temporal expression. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Granularity of a TIMEX3 value. */
export type Granularity =
  | 'day'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'millennium'
  | 'time'
  | 'reference'
  | 'duration'
  | 'set'
  | 'unknown';

/** TIMEX3 modifiers kept apart from the value ("the late 1930s" -> value 193, mod LATE). */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/** How an underspecified or relative expression got its value. */
export interface Anchor {
  /** The value it was resolved against ("2023-07-09"), or null when nothing was available. */
  value: string | null;
  /** `dct`: the document date; `narrative`: the last date mentioned before it; `none`. */
  source: 'dct' | 'narrative' | 'none';
  /** A short human explanation: "last year = year before the document date 2023-07-09". */
  reason: string;
}

/** Why a number-like expression was found but must not become an event. */
export type NonEventReason = 'title-of-work';

/**
 * One temporal expression found by the date engine.
 * `text === input.slice(start, end)`; `value` is a TIMEX3 value (`1954-03-31`, `195`, `BC0499`,
 * `XXXX-09`, `PRESENT_REF`, `P10Y`, ...).
 */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  granularity: Granularity;
  mod?: TimexMod;
  /** For ranges ("1950-1953", "June 28-30", "from 1967 to 1974"): the TIMEX3 value of the end. */
  endValue?: string;
  /** For anchored durations ("over the past 10 years"): the dates the duration covers. */
  range?: { start: string; end: string };
  /** Present when the value depended on something outside the expression itself. */
  anchor?: Anchor;
  /** Set when the expression is not a date of the world (a year inside a book title). */
  nonEvent?: NonEventReason;
}

/** Options for the date engine. */
export interface FindDatesOptions {
  /** Document creation time as an ISO prefix ("1998-02-13", "2024-07", "2022") or null. */
  dct?: string | null;
}

// ---------------------------------------------------------------------------------------------
// The dataset: `sourceline/1`. This is what `dist/timeline.json` holds and what the app, the
// embed and the benchmarks read. Documented in the README.
// ---------------------------------------------------------------------------------------------

export const DATASET_FORMAT = 'sourceline/1';

/** A paragraph as stored in the dataset. */
export interface DatasetParagraph {
  id: string;
  start: number;
  end: number;
  depth: number;
  text: string;
}

/** A document as stored in the dataset. */
export interface DatasetDocument {
  id: string;
  title: string;
  author?: string;
  kind?: string;
  source?: string;
  published: PublishedDate;
  /** File name in `data/`, when it came from there. */
  file?: string;
  paragraphs: DatasetParagraph[];
}

/** The words in a document that date an event. Offsets are into the document text. */
export interface Citation {
  document: string;
  paragraph: string;
  start: number;
  end: number;
  /** The cited date expression, exactly as written. */
  text: string;
  /** The date this citation gives, in EDTF (may differ between citations: see disagreements). */
  date?: string;
  /** Offsets (into the document text) of the sentence or clause the date expression dates. */
  sentence?: { start: number; end: number };
}

/** Citations of one event that give a date different from others. */
export interface Disagreement {
  /** EDTF date these citations give. */
  date: string;
  /** Indices into the event's `citations`. */
  citations: number[];
}

/** An event on the timeline. */
export interface TimelineEvent {
  /** Stable across rebuilds for the same sources. */
  id: string;
  title: string;
  /** Extended Date/Time Format: `1954-03-31`, `1954`, `195X`, `1952~`, `1967/1974`. */
  date: string;
  /** Earliest day the date can mean, ISO 8601 with astronomical years (`-0499-01-01`). */
  start: string;
  /** Latest day the date can mean (inclusive). */
  end: string;
  precision: Precision;
  /** True when the event has a duration of its own (a range), not just an uncertain day. */
  isRange?: boolean;
  approximate?: boolean;
  tags: string[];
  era?: string;
  citations: Citation[];
  disagreements?: Disagreement[];
  /** True when an editor named or placed this event in the curation file. */
  curated?: boolean;
}

/** Why a date mention is not on the timeline. */
export type UnplacedReason =
  | 'hidden'
  | 'vague'
  | 'title-of-work'
  | 'duration'
  | 'set'
  | 'time'
  | 'not-an-event'
  | 'reference'
  | 'comparison';

/** A date mention that does not appear as (part of) an event, with the reason. */
export interface UnplacedMention {
  document: string;
  paragraph: string;
  start: number;
  end: number;
  text: string;
  value: string;
  reason: UnplacedReason;
  detail?: string;
}

/** An era: a named span drawn behind the events. */
export interface Era {
  id: string;
  title: string;
  start: string;
  end: string;
}

/** The whole dataset. */
export interface Dataset {
  format: typeof DATASET_FORMAT;
  title: string;
  description?: string;
  documents: DatasetDocument[];
  events: TimelineEvent[];
  unplaced: UnplacedMention[];
  eras?: Era[];
  /** Event ids in the order an editor tells them (presentation mode); time order when absent. */
  story?: string[];
  /** Problems found while building that did not stop it (a skipped file, ...). */
  warnings?: string[];
}

// ---------------------------------------------------------------------------------------------
// Internal stage contracts (not part of the dataset format).
// ---------------------------------------------------------------------------------------------

/** A document after the text stages: its paragraphs and every date mention found in it. */
export interface AnalyzedDocument {
  document: SourceDocument;
  paragraphs: Paragraph[];
  mentions: DateMention[];
}

/** What the events stage returns: every mention is in exactly one event or in `unplaced`. */
export interface EventsResult {
  events: TimelineEvent[];
  unplaced: UnplacedMention[];
  eras: Era[];
  story?: string[];
}

// ---------------------------------------------------------------------------------------------
// Curation: the editor's file `data/curation.yaml`, parsed and checked (src/lib/events/curation.ts).
// Every place is found by quoting a few words of a document; offsets are resolved at parse time.
// ---------------------------------------------------------------------------------------------

/** A place in a document an editor points at by quoting a few words of it. */
export interface CurationQuote {
  document: string;
  quote: string;
  /** Offsets of the quoted words in the document text (the quote matched exactly once). */
  start: number;
  end: number;
  /** 1-based line of the entry in the curation file, for messages. */
  line: number;
}

/** An event as an editor names, dates or assembles it; its citations are pinned by quotes. */
export interface CuratedEvent {
  id: string;
  title?: string;
  /** EDTF, checked at parse time. */
  date?: string;
  tags?: string[];
  era?: string;
  /** Date mentions quoted here are this event's citations (merge: several quotes; split: one). */
  cite: CurationQuote[];
  line: number;
}

/** A date mention an editor keeps off the timeline, with why. */
export interface CuratedHide extends CurationQuote {
  reason?: string;
}

/** The whole curation file, checked. */
export interface Curation {
  /** Path of the file, for messages. */
  file: string;
  title?: string;
  description?: string;
  events: CuratedEvent[];
  hide: CuratedHide[];
  eras: Era[];
  /** Event ids in presentation order. */
  story?: string[];
}
