import { BLANK, isMidAdverb, isVerb, MARK } from './grammar/word-classes';
import { STOPWORDS } from './terms';

/** The dates of a title's clause marked: the date itself, and the words that belonged to it. */

/** What marking the dates reads besides the clause (see `TitleContext` in `titles.ts`). */
export interface DateContext {
  /** This sentence before the clause. */
  lead?: string;
  /** Offsets in the clause of the candidate's other date expressions (their "on", "in" go too). */
  otherDates?: readonly number[];
  /** The date as written ("1453"): kept after "until", "the empire lasted until 1453". */
  dateText?: string;
}

/** Prepositions and modifiers that belong to a removed date expression ("in", "the late"). */
const DATE_LEAD =
  /(?:\b(?:in|on|at|by|for|from|since|during|until|till|around|about|before|after|of|over|within|throughout|as of|back in|(?:starting|beginning|ending) (?:in|on)|shortly after)\s+){0,2}(?:\b(?:the|early|late|mid)\s+)*$/i;

/** Words that mark a time of day or a time zone after a removed date ("on Monday evening", "5:34 AM Baghdad time"). */
const DAY_PART =
  /^\s*(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|(?:local|\p{Lu}\p{Ll}+)\s+time|UTC|GMT|[A-Z]{2,3}T)\b/u;
/** A date written relative to a happening ("eight days after"): the happening named next belongs to it. */
const RELATIVE_DATE = /\b(?:after|before|since|following)$/i;
/**
 * Length of the happening a relative date is counted from, at the start of `text`: "Fort Sumter",
 * "the invasion", "the fall of Paris". Names, or up to two nouns after a determiner.
 */
function anchorLength(text: string): number {
  const words = [...text.matchAll(/\S+/g)];
  let k = 0;
  const end = (w: string) => /[,;:.!?)]$/.test(w);
  if (/^(?:the|his|her|its|their)$/i.test(words[0]?.[0] ?? '')) k++;
  const nouns = words.map((m) => m[0].replace(/[,;:.!?)]+$/, ''));
  const start = k;
  while (k < words.length && k - start < 4) {
    const w = nouns[k];
    const name = /^\p{Lu}/u.test(w);
    const linked = /^of$/i.test(w) && /^\p{Lu}/u.test(nouns[k + 1] ?? '') && k > start;
    if (
      !linked &&
      (STOPWORDS.has(w.toLowerCase()) || isVerb(nouns, k) || !/^[\p{L}'’-]+$/u.test(w))
    )
      break;
    if (!name && !linked && k - start >= 2) break;
    k++;
    if (end(words[k - 1][0])) break;
  }
  if (k === start) return 0;
  const last = words[k - 1];
  return last.index + last[0].replace(/[,;:.!?)]+$/, '').length;
}

/**
 * Replaces the date by `MARK` (after "until", the date stays written: the event is an end) and the
 * candidate's other dates by `BLANK`, each without the words that belonged to it ("in", "on the", "evening").
 */
export function markDates(clause: string, dateAt: number, context: DateContext): string {
  const edits: { from: number; to: number; text: string }[] = [];
  const mark = (at: number, isDate: boolean) => {
    const lead = DATE_LEAD.exec(clause.slice(0, at))?.[0] ?? '';
    let to = at;
    while (to < clause.length && clause[to] === ' ') to++;
    to += DAY_PART.exec(clause.slice(to))?.[0].length ?? 0;
    const written = context.dateText?.replace(/,/g, '');
    const until = isDate && /\b(?:until|till)\s+$/i.test(lead) && written && /\d/.test(written);
    // "2007 also saw a sharp increase": the date is the subject and stays (its words marked, so
    // they count as the date, not as a subject, everywhere else).
    const subject =
      isDate && written && /\d/.test(written) && isDateSubject(clause, at, to, context);
    if (isDate && RELATIVE_DATE.test(context.dateText ?? '')) to += anchorLength(clause.slice(to));
    const text = !isDate
      ? BLANK
      : until
        ? `${MARK} until ${written}`
        : subject
          ? written
              .split(/\s+/)
              .map((w) => MARK + w)
              .join(' ')
          : MARK;
    edits.push({ from: at - lead.length, to, text: ` ${text} ` });
  };
  mark(dateAt, true);
  for (const at of context.otherDates ?? []) if (at !== dateAt) mark(at, false);
  edits.sort((a, b) => a.from - b.from);
  let out = '';
  let done = 0;
  for (const edit of edits) {
    if (edit.from < done) continue;
    out += clause.slice(done, edit.from) + edit.text;
    done = edit.to;
  }
  return out + clause.slice(done);
}

/** True when the date opens its sentence and a verb follows it: "1945 marked the end of the war". */
function isDateSubject(clause: string, at: number, end: number, context: DateContext): boolean {
  if (clause.slice(0, at).trim() || context.lead?.trim()) return false;
  const next = clause.slice(end).trim().split(/\s+/);
  const verb = next.findIndex((w) => !isMidAdverb(w));
  return verb >= 0 && isVerb(next, verb) && !/^(?:was|were|is|are)$/i.test(next[verb]);
}
