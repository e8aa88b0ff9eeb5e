import { describe, expect, test } from 'vitest';
import { writeEventsCsv } from '../export/events-table';
import { detectFileKind } from './detect';
import { readDateCell, readEventsCsv } from './events-csv';

describe('readEventsCsv', () => {
  test('readEventsCsv() reads date, title, text and source and reports every row it cannot read', () => {
    const csv = [
      'Date,Title,Text,Source',
      '1954-03-31,Soviet note,"The USSR asked to join NATO, in a note.",Archive',
      '31 March 1954,Same day,Second telling.,Archive',
      'the 1950s,A decade,,Memoir',
      ',No date,Text,Archive',
      'someday,Vague,Text,Archive',
      '1960,,,Archive',
      '1961,Too many,a,b,c,d',
      '',
      '1962-13-01,Bad month,x,Archive',
    ].join('\r\n');
    const { dataset, problems } = readEventsCsv(csv, 'My events');
    expect(problems).toEqual([
      { row: 5, reason: 'no-date', detail: 'No date' },
      { row: 6, reason: 'bad-date', detail: 'someday' },
      { row: 7, reason: 'no-title', detail: '1960' },
      { row: 8, reason: 'columns', detail: '6/4' },
      { row: 10, reason: 'bad-date', detail: '1962-13-01' },
    ]);
    expect(dataset.title).toBe('My events');
    expect(dataset.events.map((e) => [e.date, e.title])).toEqual([
      ['195X', 'A decade'],
      ['1954-03-31', 'Same day'],
      ['1954-03-31', 'Soviet note'],
    ]);
    expect(dataset.documents.map((d) => [d.title, d.paragraphs.map((p) => p.text)])).toEqual([
      ['Archive', ['The USSR asked to join NATO, in a note.', 'Second telling.']],
      ['Memoir', ['A decade']],
    ]);
    const note = dataset.events.find((e) => e.title === 'Soviet note')!;
    expect(note.citations[0]).toMatchObject({
      document: 'archive',
      paragraph: 'archive#p1',
      start: 0,
    });
  });

  test('readEventsCsv() accepts other column names in any order, an end date and tags', () => {
    const csv =
      'Source;When;Until;Headline;Tags\nDiary;1914-07-28;1918-11-11;The war;war, europe\n';
    const { dataset, problems } = readEventsCsv(csv, 'x');
    expect(problems).toEqual([]);
    expect(dataset.events[0]).toMatchObject({
      date: '1914-07-28/1918-11-11',
      isRange: true,
      title: 'The war',
      tags: ['war', 'europe'],
    });
  });

  test('readEventsCsv() without a date column says which header it found', () => {
    expect(readEventsCsv('name,place\nx,y\n', 'x').problems).toEqual([
      { row: 1, reason: 'no-header', detail: 'name, place' },
    ]);
  });

  test('readEventsCsv() reads back cells an export guarded against spreadsheet formulas', () => {
    const exported = (id: string, date: string, title: string) => ({
      id,
      displayDate: '',
      date,
      earliest: '',
      latest: '',
      precision: 'year' as const,
      title,
      tags: [],
      citations: [],
    });
    const csv = writeEventsCsv([
      exported('a', '-0512', 'Sack of the city'),
      exported('b', '-0043/0014', '=SUM(A1) is not a formula'),
    ]);
    expect(csv).toContain("'-0512");
    const { dataset, problems } = readEventsCsv(csv, 'x');
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => [e.date, e.title])).toEqual([
      ['-0512', 'Sack of the city'],
      ['-0043/0014', '=SUM(A1) is not a formula'],
    ]);
  });

  test.each([
    ['1954-03-31', '1954-03-31'],
    ['1954', '1954'],
    ['-0498', '-0498'],
    ['March 1954', '1954-03'],
    ['March 31, 1954', '1954-03-31'],
    ['1950-1953', '1950/1953'],
    ['yesterday', null],
    ['', null],
  ])('readDateCell(%j) is %j', (cell, edtf) => {
    expect(readDateCell(cell)).toBe(edtf);
  });
});

describe('detectFileKind', () => {
  test.each([
    ['t.json', '{"format":"sourceline/1","events":[]}', 'sourceline'],
    ['t.json', '{"title":{},"events":[]}', 'timelinejs-json'],
    ['t.json', '{"a":1}', 'json-unknown'],
    ['t.csv', 'Year,Month,Day,Headline\n', 'timelinejs-csv'],
    ['t.csv', 'date,title\n', 'events-csv'],
    ['t.html', 'x', 'html'],
    ['page', '<!DOCTYPE html><p>', 'html'],
    ['notes.md', '# Notes', 'text'],
    ['notes.txt', '{ not json', 'text'],
  ])('detectFileKind(%j, %j) is %j', (name, text, kind) => {
    expect(detectFileKind(name, text)).toBe(kind);
  });
});
