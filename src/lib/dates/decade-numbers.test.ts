import { describe, expect, it } from 'vitest';
import { findDates } from './index';

/** The mentions of `input` as [text, value]. */
function read(input: string, dct: string | null = null) {
  return findDates(input, { dct }).map((m) => [m.text, m.value]);
}

describe('"the 30s" after a measure is a number', () => {
  it.each([
    'Temperatures in the 30s made it hard.',
    'It was in the 30s Celsius all week.',
    'It stayed in the 80s Fahrenheit.',
    'Expect highs in the 80s.',
    'Overnight lows in the 30s are likely.',
    'Prices in the 90s were common.',
    'Temperatures will be in the 30s.',
    'The temperature downtown will be in the 30s.',
    'Temperatures fell into the mid-thirties.',
    'The temperature hovered in the thirties.',
    'Expect a high in the 80s.',
    'Winds in the 40s mph battered the coast.',
    'Inflation ran in the 20s percent.',
    'His approval rating sank into the 30s.',
    'Her test scores were in the 90s.',
    'Temperatures dropped to the 30s.',
    'Temperatures rose from the low 20s to the 30s.',
    'Temperatures ranged from the twenties to the thirties.',
  ])('reads no decade in %j', (input) => {
    expect(read(input)).toEqual([]);
  });
});

describe('"the 30s" without a measure stays a decade', () => {
  it.each([
    ['In the 30s, the economy collapsed.', 'the 30s', '193'],
    ['Prices rose and unemployment soared in the 30s.', 'the 30s', '193'],
    ['The price of wheat collapsed in the 30s.', 'the 30s', '193'],
    ['The Jazz Age flowered in the 20s.', 'the 20s', '192'],
    ['Jazz spread from the 20s to the 30s.', 'the 20s to the 30s', '192'],
    ['He reached a career high in the 90s.', 'the 90s', '199'],
    // The apostrophe stands for the century: a decade even after a measure.
    ["Prices in the '90s soared.", "the '90s", '199'],
    ['Jazz spread in the thirties, when prices fell.', 'the thirties', '193'],
  ])('reads %j as a decade, and a measure beside it as a number', (input, text, value) => {
    expect(read(`${input} Temperatures were in the 30s.`)).toEqual([[text, value]]);
  });
});
