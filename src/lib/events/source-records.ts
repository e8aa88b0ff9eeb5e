import type { AnalyzedDocument, Paragraph } from '../types';
import type { PlacedMention } from './candidates';

/**
 * Dates that record sources rather than tell events: when a cited work appeared or was read
 * ("Smith, John (12 March 2003) ... Retrieved 5 June 2020"), when a page was archived or last
 * edited. A saved encyclopedia page or a paper ends in dozens of them; none is a happening of
 * the story the document tells.
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

/**
 * The placed mentions of a document (in text order) that record sources: in its list of
 * sources, after words of record, or attached to such a date.
 */
export function findSourceRecords(
  analyzed: AnalyzedDocument,
  placed: readonly PlacedMention[],
): Set<PlacedMention> {
  const text = analyzed.document.text;
  const listed = sourceListParagraphs(analyzed.paragraphs);
  const records = new Set<PlacedMention>();
  let last: PlacedMention | undefined;
  for (const m of placed) {
    const attached =
      last !== undefined &&
      records.has(last) &&
      ATTACHED.test(text.slice(last.mention.end, m.mention.start));
    if (attached || listed.has(m.paragraph) || followsRecordWords(text, m.mention.start))
      records.add(m);
    last = m;
  }
  return records;
}
