import { describe, expect, test } from 'vitest';
import type { Dataset } from '../types';
import { buildNatoDataset } from '../test-corpus';
import { readTimelineJs, writeTimelineJs } from './timelinejs';
import { readTimelineJsCsv, writeTimelineJsCsv, TIMELINEJS_COLUMNS } from './timelinejs-csv';

/** What a reader must find again after a round trip: date, title and the words each citation cites. */
function summarize(dataset: Dataset) {
  const titleOf = new Map(dataset.documents.map((d) => [d.id, d.title]));
  const textAt = (document: string, start: number, end: number) => {
    const paragraph = dataset.documents
      .find((d) => d.id === document)
      ?.paragraphs.find((p) => p.start <= start && end <= p.end);
    return paragraph?.text.slice(start - paragraph.start, end - paragraph.start);
  };
  return dataset.events.map((event) => ({
    id: event.id,
    date: event.date,
    title: event.title,
    tags: event.tags,
    era: event.era,
    citations: event.citations.map((c) => ({
      text: c.text,
      at: textAt(c.document, c.start, c.end),
      document: titleOf.get(c.document),
      date: c.date,
    })),
  }));
}

describe('TimelineJS JSON', () => {
  const nato = buildNatoDataset();

  test('the NATO corpus -> TimelineJS JSON -> sourceline keeps every date, title and citation', () => {
    const file = JSON.parse(JSON.stringify(writeTimelineJs(nato)));
    const { dataset, problems } = readTimelineJs(file, 'fallback');
    expect(problems).toEqual([]);
    expect(nato.events.length).toBeGreaterThan(10);
    const expected = summarize(nato).map((e) => ({
      ...e,
      citations: e.citations.map((c) => ({ ...c, at: c.text })),
    }));
    expect(summarize(dataset)).toEqual(expected);
    expect(dataset.title).toBe(nato.title);
    expect(dataset.description).toBe(nato.description);
    expect(dataset.eras).toEqual(nato.eras);
    expect(dataset.documents.map((d) => [d.id, d.title, d.published])).toEqual(
      nato.documents.map((d) => [d.id, d.title, d.published]),
    );
  });

  test('writeTimelineJs() writes what TimelineJS reads: dates as numbers, headline, text, group, unique_id', () => {
    const file = writeTimelineJs(nato);
    const turkey = file.events.find((e) => e.unique_id === 'turkey-joins');
    expect(turkey).toMatchObject({
      start_date: { year: 1952 },
      text: { headline: 'Turkey joins NATO' },
      group: 'membership',
      unique_id: 'turkey-joins',
    });
    expect(turkey?.text?.text).toContain('<cite>');
    const decade = file.events.find((e) => e.start_date?.display_date);
    expect(decade?.end_date).toBeDefined();
  });

  test('readTimelineJs() imports a TimelineJS file written by another tool, naming its sources', () => {
    const sample = {
      title: { text: { headline: 'Space race', text: '<p>Firsts in orbit.</p>' } },
      events: [
        {
          start_date: { year: '1957', month: '10', day: '4' },
          text: { headline: 'Sputnik 1', text: '<p>The first satellite <b>reaches orbit</b>.</p>' },
          media: { url: 'https://example.org/sputnik.jpg', credit: 'NASA History Office' },
          group: 'USSR',
        },
        {
          start_date: { year: 1969, month: 7, day: 16 },
          end_date: { year: 1969, month: 7, day: 24 },
          text: { headline: 'Apollo 11' },
        },
        { start_date: { year: 'soon' }, text: { headline: 'Bad year' } },
        { text: { headline: 'No date' } },
        'not an event',
      ],
      eras: [
        { start_date: { year: 1955 }, end_date: { year: 1975 }, text: { headline: 'Space race' } },
      ],
    };
    const { dataset, problems } = readTimelineJs(sample, 'fallback');
    expect(problems).toEqual([
      { row: 3, reason: 'bad-date' },
      { row: 4, reason: 'no-date' },
      { row: 5, reason: 'not-object' },
    ]);
    expect(dataset.title).toBe('Space race');
    expect(dataset.events.map((e) => [e.date, e.title, e.tags])).toEqual([
      ['1957-10-04', 'Sputnik 1', ['USSR']],
      ['1969-07-16/1969-07-24', 'Apollo 11', []],
    ]);
    expect(dataset.documents.map((d) => d.title)).toEqual(['NASA History Office', 'Space race']);
    expect(dataset.documents[0].paragraphs[0].text).toBe('The first satellite reaches orbit.');
    expect(dataset.eras).toEqual([
      { id: 'era-1', title: 'Space race', start: '1955-01-01', end: '1975-12-31' },
    ]);
  });

  test('readTimelineJs() of something else reports it and gives an empty timeline', () => {
    const { dataset, problems } = readTimelineJs([1, 2], 'x');
    expect(problems).toEqual([{ row: 0, reason: 'not-timelinejs' }]);
    expect(dataset.events).toEqual([]);
  });
});

describe('TimelineJS spreadsheet CSV', () => {
  const nato = buildNatoDataset();

  test('the NATO corpus -> TimelineJS CSV -> sourceline keeps every date, title and citation', () => {
    const { dataset, problems } = readTimelineJsCsv(writeTimelineJsCsv(nato), 'fallback');
    expect(problems).toEqual([]);
    const expected = summarize(nato).map((e) => ({
      ...e,
      citations: e.citations.map((c) => ({ ...c, at: c.text })),
    }));
    expect(summarize(dataset)).toEqual(expected);
    expect(dataset.eras).toEqual(nato.eras);
  });

  test('writeTimelineJsCsv() writes the template columns and the document titles as Media Credit', () => {
    const csv = writeTimelineJsCsv(nato);
    expect(csv.split('\r\n')[0]).toBe(TIMELINEJS_COLUMNS.join(','));
    expect(csv).toContain('How the USSR');
  });

  test('readTimelineJsCsv() reads a sheet from Google Sheets and reports the rows it cannot read', () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      ',,,,,,,,,Our town,<p>A history</p>,,,,,title,,',
      '1901,,,,1914,,,,,,,,,,,era,,',
      '1903,5,,,,,,,,Mill opens,"The mill opened, with 40 workers.",,Town archive,,,,Industry,',
      'next year,,,,,,,,,Bad date,,,,,,,,',
      ',,,,,,,,,No year,,,,,,,,',
      '1910,,,,,,,,,,,,,,,,,',
    ].join('\n');
    const { dataset, problems } = readTimelineJsCsv(csv, 'fallback');
    expect(problems).toEqual([
      { row: 5, reason: 'bad-date', detail: 'Bad date' },
      { row: 6, reason: 'no-date', detail: 'No year' },
      { row: 7, reason: 'no-title', detail: '' },
    ]);
    expect(dataset.title).toBe('Our town');
    expect(dataset.description).toBe('A history');
    expect(dataset.events.map((e) => [e.date, e.title, e.tags])).toEqual([
      ['1903-05', 'Mill opens', ['Industry']],
    ]);
    expect(dataset.documents[0].title).toBe('Town archive');
    expect(dataset.eras?.[0]).toMatchObject({ start: '1901-01-01', end: '1914-12-31' });
  });

  test('readTimelineJsCsv() without the template header says so', () => {
    expect(readTimelineJsCsv('a,b\n1,2\n', 'x').problems).toEqual([
      { row: 1, reason: 'no-header', detail: 'a, b' },
    ]);
  });
});
