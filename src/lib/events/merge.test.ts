import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtf, type DateSpan } from './edtf';
import {
  areDatesCompatible,
  findPairsToScore,
  mergeCandidates,
  scoreMerge,
  type Mergeable,
} from './merge';
import { extractTerms } from './terms';

const span = (edtf: string): DateSpan => {
  const parsed = parseEdtf(edtf);
  if (!parsed) throw new Error(edtf);
  return parsed;
};
let counter = 0;
const candidate = (date: string, text: string): Mergeable => ({
  key: `c${counter++}`,
  span: span(date),
  terms: extractTerms(text),
  text,
});
const none = new Set<string>();

describe('areDatesCompatible()', () => {
  it.each([
    ['the same day', '1954-03-31', '1954-03-31', true],
    ['a day and the year that contains it', '1954-03-31', '1954', true],
    ['a range and a day inside it', '2022-06-28/2022-06-30', '2022-06-29', true],
    ['two overlapping ranges', '2022-06-28/2022-06-30', '2022-06-29/2022-06-30', true],
    ['two different days', '1954-03-19', '1954-03-31', false],
    ['a day and a year that does not contain it', '1954-03-31', '1955', false],
    ['a day and its decade (too loose)', '1954-03-31', '195X', false],
    ['a ten-year period and a year inside it', '2012/2022', '2014', false],
    ['a war and the same war to the month', '1939/1945', '1939-09/1945-09', true],
    ['a war and a campaign within it', '1939/1945', '1940-09/1941-05', false],
  ])('%s: %s and %s -> %s', (_, a, b, expected) => {
    expect(areDatesCompatible(span(a), span(b))).toBe(expected);
  });
});

describe('scoreMerge()', () => {
  it.each([
    [
      'merges two sentences on the Madrid summit',
      ['2022-06-28/2022-06-30', 'NATO held a three-day summit in Madrid, Spain.'],
      ['2022', "Last year's NATO summit in Madrid set its sights on China."],
      true,
    ],
    [
      'merges one shared name under the very same date',
      ['1952', 'new members are strictly European (+ Turkey since 1952)'],
      ['1952', 'after the inclusion of Turkey, NATO crept up to the borders'],
      true,
    ],
    [
      'keeps one shared name apart when one date is only a year',
      ['1952', 'Turkey joined'],
      ['1952-05-01', 'Turkey voted'],
      false,
    ],
    [
      'merges a repeated caption',
      ['2022-06-28', 'Activists hold a rally on June 28. Photo: CGV'],
      ['2022-06-28', 'Activists hold a rally on June 28. Photo: CGV'],
      true,
    ],
    [
      'keeps apart sentences that share words but not dates',
      ['1954-03-19', 'a note on joining NATO was sent'],
      ['1954-03-31', 'a note on joining NATO was sent'],
      false,
    ],
    [
      'keeps apart sentences that share one common word',
      ['1955', 'West Germany joined the alliance'],
      ['1955', 'the Warsaw alliance was founded'],
      false,
    ],
  ])('%s', (_, [dateA, textA], [dateB, textB], expected) => {
    expect(scoreMerge(candidate(dateA, textA), candidate(dateB, textB), none) > 0).toBe(expected);
  });

  it('ignores terms that are common in the corpus', () => {
    const a = candidate('1999', 'NATO expansion eastward');
    const b = candidate('1999', 'NATO expansion talks');
    expect(scoreMerge(a, b, new Set(['nato', 'expans']))).toBe(0);
  });
});

describe('mergeCandidates()', () => {
  it('does not chain two different days through the year that contains both', () => {
    const year = candidate('1954', 'the Soviet note asking to join the alliance');
    const march19 = candidate(
      '1954-03-19',
      'a Soviet note asking to join the alliance was drafted',
    );
    const march31 = candidate('1954-03-31', 'the Soviet note asking to join the alliance was sent');
    const groups = mergeCandidates([year, march19, march31], { common: none });
    expect(groups).toHaveLength(2);
    expect(groups.some((g) => g.includes(march19) && g.includes(march31))).toBe(false);
  });

  it('keeps candidates an editor pinned to different events apart', () => {
    const a = candidate('2022', 'the summit in Madrid');
    const b = candidate('2022', 'the summit in Madrid');
    const groups = mergeCandidates([a, b], {
      common: none,
      pinned: new Map([
        [a.key, 'one'],
        [b.key, 'two'],
      ]),
    });
    expect(groups).toHaveLength(2);
  });

  it('joins candidates an editor pinned to one event even when the machine would not', () => {
    const a = candidate('1949', 'founded');
    const b = candidate('1954', 'something else');
    const groups = mergeCandidates([a, b], {
      common: none,
      pinned: new Map([
        [a.key, 'one'],
        [b.key, 'one'],
      ]),
    });
    expect(groups).toEqual([[a, b]]);
  });
});

describe('findPairsToScore()', () => {
  const dates = ['1952', '1952-03', '1952-03-01', '1953', '195X', '1952/1954', '1960-05-05'];
  const words = ['Turkey joins', 'Madrid summit', 'Turkey summit held', 'Greece joins', 'war'];

  it('offers every pair the merge rule accepts, as checking all pairs would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...words)), {
          maxLength: 30,
        }),
        (specs) => {
          const candidates = specs.map(([date, text]) => candidate(date, text));
          const offered = new Set(findPairsToScore(candidates, none).map(([i, j]) => `${i}-${j}`));
          for (let i = 0; i < candidates.length; i++)
            for (let j = i + 1; j < candidates.length; j++)
              if (scoreMerge(candidates[i], candidates[j], none) > 0)
                expect(offered.has(`${i}-${j}`)).toBe(true);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('merges 8,000 candidates telling one thing on one day into one, pairing each with a few', () => {
    const candidates = Array.from({ length: 8_000 }, () =>
      candidate('2021-05-03', 'The council met in Millbrook'),
    );
    // All pairs would be 32 million (more than a Set holds): a chain of neighbours joins them.
    expect(findPairsToScore(candidates, none).length).toBeLessThan(8_000 * 50);
    expect(mergeCandidates(candidates, { common: none }).map((group) => group.length)).toEqual([
      8_000,
    ]);
    // About 1 s alone; a busy shared core may take several.
  }, 30_000);

  it('merges 20,000 candidates of distinct topics without comparing every pair', () => {
    const word = (n: number) =>
      Array.from({ length: 4 }, (_, k) =>
        String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26)),
      ).join('');
    const candidates = Array.from({ length: 20_000 }, (_, i) =>
      candidate(String(1000 + (i % 900)), `Zq${word(i)} met Kx${word(i)} in Vw${word(i)}`),
    );
    const started = performance.now();
    const groups = mergeCandidates(candidates, { common: none });
    expect(groups.length).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
