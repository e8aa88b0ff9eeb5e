import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsv, writeCsv } from './csv';

describe('parseCsv', () => {
  test.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\rc,d\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"a,1","say ""hi"""\n', [['a,1', 'say "hi"']]],
    ['"two\nlines",x\n', [['two\nlines', 'x']]],
    ['a,,\n', [['a', '', '']]],
    ['""\n', [['']]],
    ['a\n\n\nb\n', [['a'], ['b']]],
    [
      '\uFEFFYear,Headline\n1954,Note\n',
      [
        ['Year', 'Headline'],
        ['1954', 'Note'],
      ],
    ],
    [
      'a;b;c\n1;2,5;3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2,5', '3'],
      ],
    ],
    [
      'a\tb\n1\t2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['"a"b,c\n', [['ab', 'c']]],
  ])('parseCsv() reads %j', (text, rows) => {
    expect(parseCsv(text).rows).toEqual(rows);
  });

  test('parseCsv() gives the line each row starts on, counting line breaks inside quotes', () => {
    const table = parseCsv('h1,h2\n"x\ny",1\n\nlast,2\n');
    expect(table.lines).toEqual([1, 2, 5]);
  });

  test('parseCsv() reports a quoted field that never closes and keeps the rest as its text', () => {
    const table = parseCsv('a,b\n"open,2\n3,4\n');
    expect(table.unclosedQuoteLine).toBe(2);
    expect(table.rows[1]).toEqual(['open,2\n3,4\n']);
  });

  test('parseCsv() of an empty text is an empty table', () => {
    expect(parseCsv('').rows).toEqual([]);
  });
});

describe('writeCsv', () => {
  test('writeCsv() quotes only the fields that need it and ends rows with CRLF', () => {
    expect(writeCsv([['plain', 'a,b', 'say "x"', 'two\nlines', '']])).toBe(
      'plain,"a,b","say ""x""","two\nlines",\r\n',
    );
  });

  test('writeCsv() quotes a lone empty field so the row survives', () => {
    expect(parseCsv(writeCsv([['a'], [''], ['b']])).rows).toEqual([['a'], [''], ['b']]);
  });

  test('parseCsv(writeCsv(rows)) gives back the rows, whatever the text', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(',', ';', '\t', '"', '\r', '\n', '\r\n', ' ', '\uFEFF', 'é', '😀'),
        fc.string({ maxLength: 1 }),
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        (rows) => {
          expect(parseCsv(writeCsv(rows)).rows).toEqual(rows);
        },
      ),
      { seed: 8, numRuns: 400 },
    );
  });
});
