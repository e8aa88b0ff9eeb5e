import { titleMessages } from '../messages';
import { statesOnly } from './happenings';
import { stripAsides } from './title-asides';
import { cutAtPhrase } from './title-cut';
import { dropJudging, isEdgeWord, isParticle, joinTitle } from './title-words';
import type { ClauseTitle } from './titles';

/** A name that stands beside a date (a heading's, a table cell's) made a title. */

/** A release number that stands for a name: "3.1.0", "v2.3", "2.0.0-beta.1", "v2". */
const VERSION = /^v?(\d+(?:\.\d+)+(?:[-+][0-9a-z.-]+)?)$|^v(\d+)$/i;

const saysNothing = (word: string) => !/[\p{L}\p{N}]/u.test(word);

/**
 * Cuts what says nothing at the edges of a name: punctuation, an article before it, small words
 * after it ("Fought off Trafalgar on"). Unlike a clause's edges, a name's own words stay ("First
 * Battle of the Marne", "After the war").
 */
function trimName(words: readonly string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && (saysNothing(words[from]) || /^(?:the|an?)$/i.test(words[from]))) from++;
  const small = (k: number) => /^\p{Ll}/u.test(words[k]) && isEdgeWord(words[k]);
  while (to > from && (saysNothing(words[to - 1]) || (small(to - 1) && !isParticle(words, to - 1))))
    to--;
  const kept = words.slice(from, to);
  // "prototype written over a weekend.": the end of a sentence, not of an abbreviation ("D.C.").
  const last = kept.at(-1) ?? '';
  if (/\p{L}{2}[.!?…]+$/u.test(last)) kept[kept.length - 1] = last.replace(/[.!?…]+$/, '');
  return kept;
}

/** The words of a name as a title keeps them: no asides, no judging words, at most nine. */
function nameWords(text: string): string[] {
  return trimName(
    cutAtPhrase(trimName(dropJudging(stripAsides(text).split(/\s+/).filter(Boolean)))),
  );
}

/**
 * The title of a name in parts (see `readDateHeading`; a cell is one part): its words, the parts
 * joined by a colon, or a release number read as one ("Version 3.1.0", "Version 1.2: Holiday
 * release"). Null when no words are left.
 */
export function titleName(parts: readonly string[]): ClauseTitle | null {
  const version = VERSION.exec(parts[0]?.trim() ?? '');
  const words = nameWords(parts.slice(version ? 1 : 0).join(': '));
  if (version) {
    const name = words.length ? joinTitle(words) : undefined;
    return { title: titleMessages.version(version[1] ?? version[2], name), happening: true };
  }
  if (!words.length) return null;
  return { title: joinTitle(words), happening: !statesOnly(words) };
}
