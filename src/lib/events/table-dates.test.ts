import { describe, expect, it } from 'vitest';
import { buildOne } from './test-build';
import { parseEdtf } from './edtf';
import { nameDateColumn, readDatedRow, relateRowDates } from './table-dates';

/** How the dates `a` and `b` (written as EDTF) of `row` relate under `header`. */
function relate(row: string, header: string | undefined, [a, b]: [string, string]) {
  const dated = readDatedRow(row, 0, row.length, header);
  const date = (text: string) => {
    const start = row.indexOf(text);
    return { mention: { start, end: start + text.length }, span: parseEdtf(text)! };
  };
  return dated && relateRowDates(row, dated, [date(a)], date(a).span, date(b));
}

describe('relateRowDates', () => {
  it.each([
    ['| 1914 | 1918 | War |', '| Start | End | Name |', 'range'],
    ['| 1914 | 1918 | War |', '| From | To | Name |', 'range'],
    ['| 1914 | 1918 | Lincoln |', '| Born | Died | Name |', 'range'],
    ['| 1914 | War | 1918 |', '| Began | Name | Ended |', 'range'],
    ['| 1914 | 1918 | War |', undefined, 'range'],
    ['| 1914 | 1918 | War |', '| Year | Year | Name |', 'range'],
    ['| 1914 | 1918 | Versailles |', '| Signed | Ratified | Treaty |', 'apart'],
    ['| 1918 | 1914 | War |', '| Start | End | Name |', 'apart'],
    ['| 1918 | 1914 | War |', undefined, null],
    ['| 1914 | War | 1918 |', undefined, null],
    ['| 1914 | Began 1918 |', undefined, null],
  ])('relateRowDates() reads the dates of %j under %j as %j', (row, header, relation) => {
    const [a, b] = row.indexOf('1914') < row.indexOf('1918') ? ['1914', '1918'] : ['1918', '1914'];
    expect(relate(row, header, [a, b])).toBe(relation);
  });

  it('relateRowDates() reads one date under Start and End as one date', () => {
    const row = '| 1914 | 1914 | War |';
    const dated = readDatedRow(row, 0, row.length, '| Start | End | Name |')!;
    const date = (start: number) => ({
      mention: { start, end: start + 4 },
      span: parseEdtf('1914')!,
    });
    expect(relateRowDates(row, dated, [date(2)], date(2).span, date(9))).toBe('same');
  });

  it('nameDateColumn() names a column that tells what happened, not one that says "date"', () => {
    const row = '| Rome | 1957 | 1958 |';
    const dated = readDatedRow(row, 0, row.length, '| Treaty | Signed | Date |')!;
    expect(nameDateColumn(dated, [{ start: row.indexOf('1957') }])).toBe('Signed');
    expect(nameDateColumn(dated, [{ start: row.indexOf('1958') }])).toBeUndefined();
  });
});

describe('buildEvents() and the two dates of a table row', () => {
  it('makes one event from 1914 to 1918 of a Markdown row under Start and End', () => {
    const text = [
      '| Start | End | War | Deaths |',
      '| ----- | --- | --- | ------ |',
      '| 1914 | 1918 | First World War | 20,000,000 |',
      '| June 25, 1950 | July 27, 1953 | Korean War | 3,000,000 |',
    ].join('\n');
    expect(buildOne('wars.md', text)).toEqual({
      events: [
        ['1914/1918', 'First World War'],
        ['1950-06-25/1953-07-27', 'Korean War'],
      ],
      unplaced: [],
    });
  });

  it('joins two dates side by side in a row without a header, with bars or with tabs', () => {
    const expected = {
      events: [
        ['1914/1918', 'First World War'],
        ['1939/1945', 'Second World War'],
      ],
      unplaced: [],
    };
    const bars = '| 1914 | 1918 | First World War |\n| 1939 | 1945 | Second World War |';
    expect(buildOne('wars.md', bars)).toEqual(expected);
    const tabs = 'Wars\n\n1914\t1918\tFirst World War\n1939\t1945\tSecond World War';
    expect(buildOne('wars.txt', tabs)).toEqual(expected);
  });

  it('joins the From and To cells of a web page’s table', () => {
    const page = `<h1>Kings</h1><table>
      <thead><tr><th>From</th><th>To</th><th>King</th><th>House</th></tr></thead>
      <tr><td>1066</td><td>1087</td><td>William the Conqueror</td><td>Normandy</td></tr>
      <tr><td>1509</td><td>1547</td><td>Henry VIII</td><td>Tudor</td></tr></table>`;
    expect(buildOne('kings.html', page)).toEqual({
      events: [
        ['1066/1087', 'William the Conqueror'],
        ['1509/1547', 'Henry VIII'],
      ],
      unplaced: [],
    });
  });

  it('makes two events of dates whose columns name two happenings, each named by its column', () => {
    const text = [
      '| Treaty | Signed | Ratified |',
      '| ------ | ------ | -------- |',
      '| Treaty of Rome | 25 March 1957 | 1 January 1958 |',
    ].join('\n');
    expect(buildOne('treaties.md', text)).toEqual({
      events: [
        ['1957-03-25', 'Treaty of Rome: Signed'],
        ['1958-01-01', 'Treaty of Rome: Ratified'],
      ],
      unplaced: [],
    });
  });

  it('keeps a span of two cells apart from a third date of the row', () => {
    const text = [
      '| Start | End | Peak | War |',
      '| ----- | --- | ---- | --- |',
      '| 1914 | 1918 | 1916 | First World War |',
    ].join('\n');
    expect(buildOne('wars.md', text).events).toEqual([
      ['1914/1918', 'First World War'],
      ['1916', 'First World War: Peak'],
    ]);
  });

  it('dates a row by each of its lone dates when they are no span', () => {
    expect(buildOne('wars.md', '| 1918 | 1914 | First World War |').events).toEqual([
      ['1914', 'First World War'],
      ['1918', 'First World War'],
    ]);
  });
});
