/**
 * Years written with two digits and an apostrophe: "in '68", "the class of '92", "since '05".
 * The century comes from the reference (the story, else the document date): the latest year
 * with those two digits no more than ten years after it ("'68" near 1969 is 1968; "'25" in a
 * text of 2024 is 2025). With no reference, the 1900s, the usual sense in English prose.
 */
import { wordBefore, type Candidate, type Completion, type Need, type Rule } from './candidate';
import { formatYear, type CalPoint } from './timex';

/** Words right before "'68" that make it a year ("in '68"; not a quote that begins "'68 ..."). */
const BEFORE = new Set(
  'in of since until till from by during before after circa c class summer spring autumn fall winter'.split(
    ' ',
  ),
);

/** The century of a clipped year from the reference; `rest` follows the year in the value ("-SU"). */
export class CenturyNeed implements Need {
  kind = 'anaphoric' as const;
  reason = 'century taken from';
  fallback: string;
  settled = true;
  digits: number;
  rest: string;
  constructor(digits: number, rest = '') {
    this.digits = digits;
    this.rest = rest;
    this.fallback = formatYear(1900 + digits) + rest;
  }
  complete(ref: CalPoint): Completion | null {
    if (ref.y === null || ref.y < 100) return null;
    let year = Math.floor(ref.y / 100) * 100 + this.digits;
    while (year > ref.y + 10) year -= 100;
    while (year + 100 <= ref.y + 10) year += 100;
    return { value: formatYear(year) + this.rest };
  }
}

const CLIPPED_YEAR = /(?<![\w'’])['’](\d{2})(?![\w'’%]|[.,]\d)/g;
/** A full year and a word or dash of a span right before: "between 1939 and '45", "1914–'18". */
const SPAN_END = /\b\d{4}[ \u00a0]*(?:(?:and|to|until|till|through)[ \u00a0]+|[-–—][ \u00a0]*)$/;

/** The rule: "'68" after a preposition of time or ending a span, its century from the reference. */
export const CLIPPED_YEAR_RULE: Rule = {
  re: CLIPPED_YEAR,
  starts: ["'"],
  map: (m, text): Candidate | null => {
    const spanEnd = SPAN_END.test(text.slice(Math.max(0, m.index - 16), m.index));
    if (!spanEnd && !BEFORE.has(wordBefore(text, m.index))) return null;
    const digits = Number(m[1]);
    const need = new CenturyNeed(digits);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: need.fallback,
      granularity: 'year',
      need,
    };
  },
};
