import type { DateMention } from '../types';

const RANGE_SPLIT =
  /^((?:from|between)[ \u00a0]+)?(.+?)([ \u00a0]*(?:[-–—]|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)[ \u00a0]*)(\S.*)$/i;

/** Which end of a range a split mention is. */
export type RangeEnd = 'start' | 'end';

/**
 * TIMEX3 annotates the two ends of a range as two expressions ("1950" and "1953" in
 * "1950-1953"); sourceline keeps a range as one mention with `endValue`. This splits range
 * mentions into their ends, each with its own span, text and value, the rest kept.
 */
export function splitRanges(
  text: string,
  mentions: readonly DateMention[],
): (DateMention & { rangeEnd?: RangeEnd })[] {
  return mentions.flatMap((m) => {
    const parts = m.endValue === undefined ? null : RANGE_SPLIT.exec(m.text);
    if (!parts || m.endValue === undefined) return [m];
    const { endValue, ...rest } = m;
    const aStart = m.start + (parts[1]?.length ?? 0);
    const aEnd = aStart + parts[2].length;
    const bStart = aEnd + parts[3].length;
    return [
      {
        ...rest,
        start: aStart,
        end: aEnd,
        text: text.slice(aStart, aEnd),
        rangeEnd: 'start' as const,
      },
      {
        ...rest,
        start: bStart,
        end: m.end,
        text: text.slice(bStart, m.end),
        value: endValue,
        rangeEnd: 'end' as const,
      },
    ];
  });
}
