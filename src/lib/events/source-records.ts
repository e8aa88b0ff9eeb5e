import type { AnalyzedDocument, DateMention, Paragraph } from '../types';
import { findAuthorCitations } from '../dates/author-citations';
import type { PlacedMention } from './candidates';

/**
 * Dates that record sources rather than tell events: when a cited work appeared or was read
 * ("Smith, John (12 March 2003) ... Retrieved 5 June 2020"), when a page was archived or last
 * edited, the year of a work cited by its authors ("(Stroeve et al., 2012)"). A saved
 * encyclopedia page or a paper ends in dozens of them; none is a happening of the story the
 * document tells.
 */

/** Words of record-keeping right before a date: "Retrieved", "Archived from the original on". */
const RECORD_BEFORE =
  /\b(?:retrieved|accessed|consulted|archived(?:[ \u00a0]+from[ \u00a0]+the[ \u00a0]+original)?|(?:last[ \u00a0]+)?(?:edited|modified|updated|revised|reviewed))(?:[ \u00a0]+on)?[ \u00a0]*[:,]?[ \u00a0]*$/i;
/** How far before a date its record words may start. */
const RECORD_REACH = 48;

/** Headings of the part of a document that lists its sources. */
const SOURCES_HEADING =
  /^(?:#{1,6}[ \t]*)?(?:references|notes|footnotes|endnotes|notes and references|citations|sources|bibliography|select bibliography|works cited|literature cited|further reading|external links)[ \t]*:?$/i;
/** A heading of another part: a short capitalised line with no sentence mark and no number. */
const OTHER_HEADING = /^(?:#{1,6}[ \t]*)?\p{Lu}[^\n.!?:;,\d]{0,60}$/u;
const MAX_HEADING_WORDS = 6;

/** True when the words right before `start` keep a record: "Retrieved 5 June 2020". */
export function followsRecordWords(text: string, start: number): boolean {
  // Only the words on the date's own line count (and never more than the reach).
  const lead = text.slice(Math.max(0, start - RECORD_REACH), start);
  return RECORD_BEFORE.test(lead.slice(lead.lastIndexOf('\n') + 1));
}

/** True when a line heads the part of a document that lists its sources ("References"). */
export const headsSourceList = (line: string) => SOURCES_HEADING.test(line.trim());

const isOtherHeading = (text: string) =>
  OTHER_HEADING.test(text) && text.split(/\s+/).length <= MAX_HEADING_WORDS;

/**
 * The paragraphs that list sources: those after a heading such as "References" or "Further
 * reading", up to the heading of another part.
 */
export function sourceListParagraphs(paragraphs: readonly Paragraph[]): Set<string> {
  const listed = new Set<string>();
  let inList = false;
  for (const paragraph of paragraphs) {
    const line = paragraph.text.trim();
    if (headsSourceList(line)) inList = true;
    else if (inList && isOtherHeading(line)) inList = false;
    else if (inList) listed.add(paragraph.id);
  }
  return listed;
}

/** A date this close after a record's date belongs to it: "on 14 November 2024, at 10:12". */
const ATTACHED = /^[ \u00a0]*,?[ \u00a0]*(?:at[ \u00a0]+)?$/;

/** The year a date has, if its value starts with one: "2018-SU" -> "2018". */
const yearOf = (value: string | null | undefined) => /^\d{4}/.exec(value ?? '')?.[0];

/** A sentence ends between two offsets: a sentence mark before a space, or a line break. */
const SENTENCE_END = /[.!?]["'’”)]*\s|\n/;

/**
 * "As Kwok (2018) showed, the ice that survives the summer": the rest of the sentence of a work
 * cited by its authors' names (its brackets hold the year alone) tells what the work found.
 */
function reportsWork(text: string, cited: DateMention, m: DateMention): boolean {
  return text[cited.start - 1] === '(' && !SENTENCE_END.test(text.slice(cited.end, m.start));
}

/**
 * Mentions (in text order) that take their year from a cited work or tell what it found. The date
 * engine never takes a citation's year as the story's ("(Jones et al., 2004). That summer" is the
 * story's summer), but it reads each year once, in order: a lone "(Paris, 1920)" it cannot yet
 * know for a citation (the document cites surely only further on, or lists its sources) may
 * still have given a later date its year, which is then that citation's and not also the story's.
 * And a date right after a citation by name, in its sentence, is part of what the work reports.
 */
function findCitationAnchored(
  text: string,
  mentions: readonly DateMention[],
  cited: ReadonlySet<DateMention>,
): Set<DateMention> {
  const borrowed = new Set<DateMention>();
  let last: DateMention | undefined;
  let lastOfStory: DateMention | undefined;
  for (const m of mentions) {
    const anchor = m.anchor?.source === 'narrative' ? yearOf(m.anchor.value) : undefined;
    const fromCitation =
      last !== undefined &&
      (cited.has(last) || borrowed.has(last)) &&
      ((anchor === yearOf(last.value) && anchor !== yearOf(lastOfStory?.value)) ||
        (cited.has(last) && reportsWork(text, last, m)));
    if (anchor && fromCitation) borrowed.add(m);
    if (!yearOf(m.value)) continue;
    last = m;
    if (!cited.has(m) && !borrowed.has(m)) lastOfStory = m;
  }
  return borrowed;
}

/**
 * The placed mentions of a document (in text order) that record sources: in its list of
 * sources, after words of record, attached to such a date, the year of a work cited by its
 * authors, or a date that takes its year from such a citation.
 */
export function findSourceRecords(
  analyzed: AnalyzedDocument,
  placed: readonly PlacedMention[],
): Set<PlacedMention> {
  const text = analyzed.document.text;
  const listed = sourceListParagraphs(analyzed.paragraphs);
  const mentions = [...analyzed.mentions].sort((a, b) => a.start - b.start);
  const cited = findAuthorCitations(text, mentions, listed.size > 0);
  const borrowed = findCitationAnchored(text, mentions, cited);
  const records = new Set<PlacedMention>();
  let last: PlacedMention | undefined;
  for (const m of placed) {
    const attached =
      last !== undefined &&
      records.has(last) &&
      ATTACHED.test(text.slice(last.mention.end, m.mention.start));
    const citing = cited.has(m.mention) || borrowed.has(m.mention);
    if (attached || citing || listed.has(m.paragraph) || followsRecordWords(text, m.mention.start))
      records.add(m);
    last = m;
  }
  return records;
}
