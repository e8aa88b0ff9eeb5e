import { MARK } from './grammar/word-classes';

/** Quotes and brackets in a title's clause: what goes, and what a cut left open. */

/**
 * Removes quoted passages, bracketed asides and the date expressions (blanked to spaces). An
 * aside cut by the clause's edge goes too ("December 8 in Asian time zones), Japan attacked",
 * "the legacy reader (reported"), and a quote mark left without its pair.
 */
export function stripAsides(text: string): string {
  // An aside that holds the date leaves the date where it was: "in Korea (1950-1953)".
  const drop = (aside: string) => (aside.includes(MARK) ? ` ${MARK} ` : ' ');
  return text
    .replace(/[“"][^“”"]{0,200}[”"]/g, drop)
    .replace(/‘[^‘’]{0,40}’(?!\w)/g, drop)
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, drop)
    .replace(/^[^()[\]]*[)\]]/, drop)
    .replace(/[([][^()[\]]*$/, drop)
    .replace(/[“”"]/g, ' ')
    .replace(/[‘’']/g, "'");
}

/** True when `text` opens a bracket it does not close. */
export const opensAside = (text: string) =>
  (text.match(/[([]/g)?.length ?? 0) > (text.match(/[)\]]/g)?.length ?? 0);
