import { hasVerb } from './grammar/word-classes';

/**
 * Headings that are a date and a name, as changelogs and chronologies write them: "## [3.1.0] -
 * 2024-02-14", "### 1914 – Outbreak of war", "2.0.0 (2023-05-01)", "v1.2 – 2022-12-24 – Holiday
 * release". The name is what the heading tells of its date.
 */

/** The marks of a Markdown heading at the start of its line. */
const HEADING_MARK = /^\s*#{1,6}\s+/;
/** What may stand between a date and the name beside it: blanks, a dash, a colon, a slash, a bar. */
const SEPARATOR_AFTER = /^[\s\-–—:|/]+/;
const SEPARATOR_BEFORE = /[\s\-–—:|/]+$/;
/** A Markdown link or reference ("[3.1.0](https://...)", "[3.1.0]"): its text is the name. */
const LINK = /!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/g;

const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);
const unwrap = (text: string) => text.replace(LINK, '$1').replace(/[*`]+/g, ' ').trim();

/**
 * The name a heading gives beside its date, in its parts (the words before the date, the words
 * after it; one part when the date opens or ends the heading): `line` is one line with its dates
 * blanked to spaces, `at` the date's offset. The date goes with its brackets and separator. Null
 * when `line` is no such heading: the date stands alone, sits inside a clause ("## The 1990s in
 * review"), or the words tell with a verb of their own (the clause's title says that).
 */
export function readDateHeading(line: string, at: number): string[] | null {
  if (line.includes('\n')) return null;
  let before = line.slice(0, at);
  const marked = HEADING_MARK.test(before);
  before = before.replace(HEADING_MARK, '');
  let after = line.slice(at).trimStart();
  // "2.0.0 (2023-05-01)", "[2024-02-14] Launch": the date's own brackets.
  const bracketed = /[([]\s*$/.test(before) && /^[)\]]/.test(after);
  if (bracketed) [before, after] = [before.replace(/[([]\s*$/, ''), after.slice(1)];
  const separatedBefore = /[-–—:|/]\s*$/.test(before);
  const separatedAfter = /^\s*[-–—:|/]/.test(after);
  before = before.replace(SEPARATOR_BEFORE, '');
  after = after.replace(SEPARATOR_AFTER, '');
  const parts = [before, after].map(unwrap).filter(hasWords);
  if (!parts.length) return null;
  if (parts.length === 2 && !(separatedBefore && separatedAfter)) return null;
  if (parts.length === 1 && !marked && !bracketed && !separatedBefore && !separatedAfter)
    return null;
  if (parts.some((part) => hasVerb(part.split(/\s+/)))) return null;
  return parts;
}
