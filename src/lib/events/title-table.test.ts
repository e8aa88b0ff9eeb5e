import { describe, expect, it } from 'vitest';
import { buildOne } from './test-build';
import { readTableHeaders, readTableRow, splitTableRow } from './title-table';

describe('splitTableRow', () => {
  it.each([
    ['| 1914 | Battle of the Marne | 12,000 |', ['1914', 'Battle of the Marne', '12,000']],
    ['1850 | Harvest failure | 12', ['1850', 'Harvest failure', '12']],
    ['1860\tRailway reaches the city\t7', ['1860', 'Railway reaches the city', '7']],
    // A date blanked to spaces before the first bar is a cell, not a margin.
    ['     | Harvest failure', ['', 'Harvest failure']],
    ['| a \\| b | c |', ['a \\| b', 'c']],
  ])('splitTableRow(%j) gives its cells', (line, cells) => {
    expect(splitTableRow(line)?.map((c) => c.text.trim())).toEqual(cells);
  });

  it('splitTableRow() is null for a line of prose or a single cell', () => {
    expect(splitTableRow('The war began in 1914.')).toBeNull();
    expect(splitTableRow('| 1914 |')).toBeNull();
  });
});

describe('readTableRow', () => {
  const row = '| 1805 | HMS Victory | Flagship at Trafalgar under Nelson | 104 |';
  const blanked = row.replace('1805', '    ');
  it('readTableRow() tells a row by its wordiest cell that is neither a number nor the date', () => {
    expect(readTableRow(blanked, 2)?.titleCell?.text.trim()).toBe(
      'Flagship at Trafalgar under Nelson',
    );
  });

  it('readTableRow() takes the cell under a header that names what happened', () => {
    const header = '| Year | Ship | Event | Guns |';
    expect(readTableRow(blanked, 2, header)?.titleCell?.text.trim()).toBe(
      'Flagship at Trafalgar under Nelson',
    );
    const named = readTableRow(
      '|      | Vasa | Sank in 1628 harbour | 64 |',
      2,
      '| Y | Event | B | C |',
    );
    expect(named?.titleCell?.text.trim()).toBe('Vasa');
  });

  it('readTableRow() finds no telling cell in a row of numbers', () => {
    expect(readTableRow('|      | 9,000 | $1.5 million | 12% |', 2)?.titleCell).toBeUndefined();
  });
});

describe('readTableHeaders', () => {
  it('readTableHeaders() gives the rows of a table the row that names their columns', () => {
    const text = [
      'Intro line.',
      '',
      '| Year | Battle | Losses |',
      '| ---- | ------ | ------ |',
      '| 1914 | Marne | 12,000 |',
      '| 1915 | Gallipoli | 45,000 |',
      '',
      '1805\tHMS Victory\tTrafalgar',
      '1628\tVasa\tStockholm',
    ].join('\n');
    const headerAt = readTableHeaders(text);
    expect(headerAt(text.indexOf('| 1914'))).toBe('| Year | Battle | Losses |');
    expect(headerAt(text.indexOf('1915'))).toBe('| Year | Battle | Losses |');
    // A table whose first row is a row of data has no header.
    expect(headerAt(text.indexOf('1628'))).toBeUndefined();
    expect(headerAt(text.indexOf('Intro'))).toBeUndefined();
  });
});

describe('buildEvents() and tables', () => {
  it('titles each row of a Markdown table by its words, and a row of numbers is no event', () => {
    const text = [
      '# Battles and losses',
      '',
      '| Year | Battle | Losses |',
      '| ---- | ------ | ------ |',
      '| 1914 | Battle of the Marne | 12,000 |',
      '| 1915 | Gallipoli landings | 45,000 |',
      '| 1918 | 9,000 | 4,000 |',
    ].join('\n');
    expect(buildOne('wars.md', text)).toEqual({
      events: [
        ['1914', 'Battle of the Marne'],
        ['1915', 'Gallipoli landings'],
      ],
      unplaced: [['1918', 'not-an-event']],
    });
  });

  it('titles the rows of a plain-text table, with bars or with tabs, headed or not', () => {
    const text = [
      'Prices of bread in the city.',
      '',
      'Year | Event | Price',
      '1850 | Harvest failure | 12',
      '1852 | 10 | 8',
      '',
      '1860\tRailway reaches the city\t7',
      '1861\t8\t7',
    ].join('\n');
    expect(buildOne('prices.txt', text)).toEqual({
      events: [
        ['1850', 'Harvest failure'],
        ['1860', 'Railway reaches the city'],
      ],
      unplaced: [
        ['1852', 'not-an-event'],
        ['1861', 'not-an-event'],
      ],
    });
  });

  it('titles the rows of a web page’s table, with a header row and without one', () => {
    const headed = `<h1>Western Front</h1><table>
      <thead><tr><th>Year</th><th>Event</th><th>Casualties</th></tr></thead>
      <tr><td>1914</td><td>First Battle of the Marne</td><td>263,000</td></tr>
      <tr><td>July 1, 1916</td><td>First day on the Somme</td><td>57,470</td></tr>
      <tr><td>1918</td><td>12,000</td><td>4,000</td></tr></table>`;
    expect(buildOne('front.html', headed)).toEqual({
      events: [
        ['1914', 'First Battle of the Marne'],
        ['1916-07-01', 'First day on the Somme'],
      ],
      unplaced: [['1918', 'not-an-event']],
    });
    const bare = `<h1>Ships</h1><table>
      <tr><td>1805</td><td>HMS Victory</td><td>Flagship at Trafalgar under Nelson</td><td>104</td></tr>
      <tr><td>1628</td><td>Vasa</td><td>Sank on her maiden voyage</td><td>64</td></tr></table>`;
    expect(buildOne('ships.html', bare).events).toEqual([
      ['1628', 'Sank on her maiden voyage'],
      ['1805', 'Flagship at Trafalgar under Nelson'],
    ]);
  });

  it('titles a row by the column its header names for what happened, not the wordiest', () => {
    const page = `<table><tr><th>Date</th><th>Ship</th><th>What happened</th></tr>
      <tr><td>21 October 1805</td><td>HMS Victory, a first-rate ship of the line</td><td>Trafalgar</td></tr>
      </table>`;
    expect(buildOne('ships.html', page).events).toEqual([['1805-10-21', 'Trafalgar']]);
  });

  it('titles a cell that is a clause around its date as a clause', () => {
    const text = '| Olympic | Collided with HMS Hawke on 20 September 1911 off the Isle of Wight |';
    expect(buildOne('ships.md', text).events).toEqual([
      ['1911-09-20', 'Collided with HMS Hawke off the Isle of Wight'],
    ]);
  });

  it('titles a cell that is a clause around a date the row gives again as a clause', () => {
    const text = '| 1911 | Collided with HMS Hawke on 20 September 1911 off the Isle of Wight |';
    expect(buildOne('ships.md', text).events).toEqual([
      ['1911-09-20', 'Collided with HMS Hawke off the Isle of Wight'],
    ]);
  });
});
