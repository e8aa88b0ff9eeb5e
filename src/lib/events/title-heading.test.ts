import { describe, expect, it } from 'vitest';
import { buildOne } from './test-build';
import { readDateHeading } from './title-heading';
import { titleClause } from './titles';

/** A line with its date blanked, as the events stage hands it over, and the date's offset. */
function blanked(line: string, date: string): [string, number] {
  const at = line.indexOf(date);
  return [line.slice(0, at) + ' '.repeat(date.length) + line.slice(at + date.length), at];
}

describe('readDateHeading', () => {
  it.each([
    ['## [3.1.0] - 2024-02-14', '2024-02-14', ['3.1.0']],
    [
      '## [2.1.0](https://example.com/compare/v2.0.0...v2.1.0) (2024-03-01)',
      '2024-03-01',
      ['2.1.0'],
    ],
    ['### 1914 – Outbreak of war', '1914', ['Outbreak of war']],
    ['2.0.0 (2023-05-01)', '2023-05-01', ['2.0.0']],
    ['1.2.0 / 2020-01-01', '2020-01-01', ['1.2.0']],
    ['v1.2 – 2022-12-24 – Holiday release', '2022-12-24', ['v1.2', 'Holiday release']],
  ])('readDateHeading(%j) gives the words beside the date', (line, date, parts) => {
    expect(readDateHeading(...blanked(line, date))).toEqual(parts);
  });

  it.each([
    ['## 2024-02-14', '2024-02-14'],
    ['## The 1990s in review', '1990s'],
    ['The war began in 1914 – and ended in 1918', '1914'],
    ['1917 — The United States entered the war', '1917'],
  ])(
    'readDateHeading(%j) is null: a date alone, a date in a clause, or words with a verb',
    (line, date) => {
      expect(readDateHeading(...blanked(line, date))).toBeNull();
    },
  );
});

describe('titleClause() of a heading beside its date', () => {
  it.each([
    ['## [3.1.0] - 2024-02-14', '2024-02-14', 'Version 3.1.0'],
    ['v2.3 (2021-06-01)', '2021-06-01', 'Version 2.3'],
    ['v1.2 – 2022-12-24 – Holiday release', '2022-12-24', 'Version 1.2: Holiday release'],
    ['## [1.0.0]: 2017-05-05', '2017-05-05', 'Version 1.0.0'],
    // A name keeps its own words: not "Invasion of Greece", "Troop surge", "... the Long".
    ['First invasion of Greece (492-490 BC)', '492-490 BC', 'First invasion of Greece'],
    ['2007: US troop surge', '2007', 'US troop surge'],
    ['CPC vs KMT and the Long March (1927-1937)', '1927-1937', 'CPC vs KMT and the Long March'],
  ])('titleClause(%j) is the heading’s name', (line, date, title) => {
    expect(titleClause(...blanked(line, date))).toEqual({ title, happening: true });
  });
});

describe('buildEvents() and headings that are a date and a name', () => {
  it('titles the releases of a changelog by their versions; a heading of a date alone is none', () => {
    const text = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '## [3.1.0] - 2024-02-14',
      '',
      '### Added',
      '- Export of the timeline as CSV.',
      '',
      '## 2.0.0 (2023-05-01)',
      '',
      '- First public release.',
      '',
      '## 2022-11-30',
      '',
      'Nothing but a date above this line.',
    ].join('\n');
    expect(buildOne('CHANGELOG.md', text)).toEqual({
      events: [
        ['2023-05-01', 'Version 2.0.0'],
        ['2024-02-14', 'Version 3.1.0'],
      ],
      unplaced: [['2022-11-30', 'not-an-event']],
    });
  });

  it('titles a chronology’s headings by their words, and a date alone still dates the line under it', () => {
    const text = [
      'A chronology of the war',
      '',
      '### 1914 – The first shots',
      '',
      '1916: Battle of Verdun',
      '',
      '1918',
      'The guns fell silent in the west.',
    ].join('\n');
    expect(buildOne('war.md', text).events).toEqual([
      ['1914', 'First shots'],
      ['1916', 'Battle of Verdun'],
      ['1918', 'Guns fell silent in the west'],
    ]);
  });
});
