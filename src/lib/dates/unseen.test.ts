/**
 * Cases found by running the engine on documents unlike the corpus it was tuned on (a server
 * log, minutes of a meeting, a chronology, an ancient history).
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './index';

function values(input: string, dct: string | null = null): Array<[string, string]> {
  return findDates(input, { dct }).map((m) => [
    m.text,
    m.endValue ? `${m.value}..${m.endValue}` : m.value,
  ]);
}

describe('numeric dates', () => {
  it('reads an ISO date with a time whole', () => {
    expect(values('- 2023-05-03T18:30 – last backup deleted')).toEqual([
      ['2023-05-03T18:30', '2023-05-03T18:30'],
    ]);
  });

  it('reads year/month/day with slashes', () => {
    expect(values('Update 2023/05/08: comments are back.')).toEqual([['2023/05/08', '2023-05-08']]);
  });

  it('reads ambiguous slash dates day first when the document writes days first', () => {
    const text = 'We tried again on 29/04/2023.\n- 02/05/2023 – old server shut down';
    expect(values(text)).toEqual([
      ['29/04/2023', '2023-04-29'],
      ['02/05/2023', '2023-05-02'],
    ]);
    // Without such evidence the US order stays.
    expect(values('- 02/05/2023 – old server shut down')).toEqual([['02/05/2023', '2023-02-05']]);
  });

  it('does not read a version number as a date', () => {
    expect(values('It ran version 2.4.10 of Apache.')).toEqual([]);
  });
});

describe('numbers that are labels, not years', () => {
  it.each([
    'He cited Regulation No. 1945 on lorry weights.',
    'See pp. 1984 and Vol. 1950 of the statute book.',
    'A resident of 1918 Elm Street complained.',
    'Another asked about the 1500 block of Main Street.',
  ])('rejects %j', (input) => {
    expect(values(input)).toEqual([]);
  });

  it('keeps a year before a street name after a preposition', () => {
    expect(values('In 1918 Downing Street announced the armistice.')).toEqual([['1918', '1918']]);
  });
});

describe('month spans', () => {
  it('reads "March–July 1918" at the start of a line as one span', () => {
    expect(values('3 March 1918 – Treaty\nMarch–July 1918 – German offensive')).toEqual([
      ['3 March 1918', '1918-03-03'],
      ['March–July 1918', '1918-03..1918-07'],
    ]);
  });
});

describe('lengths of time before "after"', () => {
  it('reads "for three days after ..." as a duration, not a date', () => {
    const text =
      'In June 1940 police closed the lanes for three days after a lorry struck. Two days after the crash it reopened.';
    expect(values(text)).toEqual([
      ['June 1940', '1940-06'],
      ['three days', 'P3D'],
      ['Two days after', '1940-06'],
    ]);
  });
});

describe('hundreds', () => {
  it('reads "the 1800s" as the century, "the 2000s" still as the decade', () => {
    expect(values('In the 1800s, the 400s BC and the 2000s.')).toEqual([
      ['the 1800s', '18'],
      ['the 400s BC', 'BC04'],
      ['the 2000s', '200'],
    ]);
  });
});

describe('seasons', () => {
  it('reads a winter across two years whole', () => {
    expect(values('The winter of 1941–42 was the low point; the winter of 1944/45 too.')).toEqual([
      ['The winter of 1941–42', '1941-WI'],
      ['the winter of 1944/45', '1944-WI'],
    ]);
  });

  it('takes the year of "the spring of next year" from "next year"', () => {
    expect(values('A second phase, scheduled for the spring of next year.', '2025-09-17')).toEqual([
      ['the spring of next year', '2026-SP'],
    ]);
  });
});

describe('parts of the writer’s day', () => {
  it('reads "this morning" and "tonight" on the document date, not the last date mentioned', () => {
    const text =
      'Yesterday I walked. She said in a statement released this morning that tonight it ends.';
    expect(values(text, '2025-09-17')).toEqual([
      ['Yesterday', '2025-09-16'],
      ['this morning', '2025-09-17TMO'],
      ['tonight', '2025-09-17TNI'],
    ]);
  });
});

describe('running years with a slash', () => {
  it('reads "2024/25" and "508/507 BC" as spans of two years', () => {
    expect(values('The budget for 2024/25 is set. In 508/507 BC Cleisthenes acted.')).toEqual([
      ['2024/25', '2024..2025'],
      ['508/507 BC', 'BC0508..BC0507'],
    ]);
  });
});

describe('years of three digits', () => {
  it('reads a bare year after a preposition of time, in a text that writes of early times', () => {
    const text =
      'The 5th century was the empire’s last. Odoacer deposed Romulus Augustulus in 476, and ' +
      'in the year 493 Theodoric killed him. A council met c. 500 at Rome.';
    expect(values(text)).toEqual([
      ['The 5th century', '04'],
      ['476', '0476'],
      ['the year 493', '0493'],
      ['c. 500', '0500'],
    ]);
  });

  it('takes BC from the narrative and reads reigns and spans', () => {
    const text =
      'The First Punic War began in 264 BC. In 256, Rome landed in Africa. The second war ' +
      'lasted from 218 to 201. Later, Alfred (871–899) ruled Wessex between 878 and 899.';
    expect(values(text)).toEqual([
      ['264 BC', 'BC0264'],
      ['256', 'BC0256'],
      ['218 to 201', 'BC0218..BC0201'],
      ['871–899', '0871..0899'],
      ['878 and 899', '0878..0899'],
    ]);
  });

  it('does not read counts as years', () => {
    const text =
      'By the 3rd century the army had grown. It lost 300 men in 250 battles; one in 100, ' +
      'perhaps, deserted. Rations rose from 150 to 300 loaves, and after 200 marches in 300 ' +
      'ships they landed since 400 more had come. In 300 Roman towns, tax fell from 300 to 200.';
    expect(values(text)).toEqual([['the 3rd century', '02']]);
  });

  it('reads dates whose year has three digits', () => {
    const text =
      'In the 5th century the west fell. On 31 December 406 Vandals, Alans and Suebi crossed ' +
      'the Rhine. In August 410 the Visigoths sacked Rome; on 4 ' +
      'September 476 Odoacer took Ravenna. Charlemagne was crowned on Christmas Day 800 by ' +
      'the pope. After 264 BC the wars began; in August 218, Hannibal crossed the Alps.';
    expect(values(text)).toEqual([
      ['the 5th century', '04'],
      ['31 December 406', '0406-12-31'],
      ['August 410', '0410-08'],
      ['4 September 476', '0476-09-04'],
      ['Christmas Day 800', '0800-12-25'],
      ['264 BC', 'BC0264'],
      ['August 218', 'BC0218-08'],
    ]);
    // Elsewhere, what follows a date is counted.
    expect(values('On Christmas Day 200 guests came.', '2024-01-10')).toEqual([
      ['Christmas Day', '2023-12-25'],
    ]);
  });

  it('needs evidence of early times besides the number', () => {
    expect(values('Shares fell in 476, then rose from 150 to 300.')).toEqual([]);
  });
});
