import { describe, expect, test } from 'vitest';
import { parseCsv } from '../formats/csv';
import {
  EXPORT_COLUMNS,
  exportEvents,
  exportFileName,
  readExportedCsv,
  writeEventsCsv,
  writeEventsJson,
} from './events-table';
import type { Precision, TimelineEvent } from '../types';
import { hostileDataset } from './test-dataset';

describe('exportEvents', () => {
  test('exportEvents() gives each citation its source title, cited words and sentence', () => {
    const { documents, events } = hostileDataset();
    const [treaty] = exportEvents(events, documents);
    expect(treaty.citations[0]).toEqual({
      source: 'Rock & Roll: "NATO", <script>alert(1)</script>',
      document: 'doc-a',
      paragraph: 'doc-a#p1',
      cited: '4 April 1949',
      text: 'On 4 April 1949, "twelve" states signed <b>the treaty</b> & left.',
      start: 3,
      end: 15,
    });
    expect(treaty.citations[1].text).toBe('1955');
  });
});

describe('writeEventsCsv', () => {
  test('writeEventsCsv() re-parses to the same events, with commas, quotes and line breaks', () => {
    const { documents, events } = hostileDataset();
    const exported = exportEvents(events, documents);
    expect(readExportedCsv(writeEventsCsv(exported))).toEqual(exported);
  });

  test('writeEventsCsv() writes one row per citation and one for an event without any', () => {
    const { documents, events } = hostileDataset();
    const { rows } = parseCsv(writeEventsCsv(exportEvents(events, documents)));
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows.map((row) => row[0])).toEqual(['event_id', 'treaty', 'treaty', 'range']);
  });

  test('writeEventsCsv() keeps spreadsheets from running text as a formula', () => {
    const { documents, events } = hostileDataset();
    const { rows } = parseCsv(writeEventsCsv(exportEvents(events, documents)));
    const source = EXPORT_COLUMNS.indexOf('source');
    expect(rows[2][source]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[3][EXPORT_COLUMNS.indexOf('title')]).toBe("'-Dash first, then a\nline break");
    expect(rows[1][EXPORT_COLUMNS.indexOf('date')]).toBe('1949-04-04');
  });

  test.each(["'=already quoted", "''+twice", "'plain", '@at', '+plus'])(
    'writeEventsCsv() round-trips the title %j',
    (title) => {
      const { documents, events } = hostileDataset();
      const exported = exportEvents([{ ...events[1], title }], documents);
      expect(readExportedCsv(writeEventsCsv(exported))[0].title).toBe(title);
    },
  );
});

/** An event over the days `start`..`end` (astronomical years), citing the first document. */
function early(
  date: string,
  start: string,
  end: string,
  precision: Precision,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  const { events } = hostileDataset();
  return { ...events[0], id: `e${date}`, date, start, end, precision, ...extra };
}

/** BC and early AD events, and spans across the era boundary. */
const EARLY: [TimelineEvent, string][] = [
  [early('-0512', '-0512-01-01', '-0512-12-31', 'year'), '513 BC'],
  [early('-0043-03-15', '-0043-03-15', '-0043-03-15', 'day'), '15 March 44 BC'],
  [early('0098-04-04', '0098-04-04', '0098-04-04', 'day'), '4 April 98 AD'],
  [early('0098-03', '0098-03-01', '0098-03-31', 'month'), 'March 98 AD'],
  [early('0410', '0410-01-01', '0410-12-31', 'year'), 'AD 410'],
  [early('0800~', '0800-01-01', '0800-12-31', 'year', { approximate: true }), 'c. AD 800'],
  [early('-0043/0014', '-0043-01-01', '0014-12-31', 'year', { isRange: true }), '44 BC–AD 14'],
  [early('-0001/0001', '-0001-01-01', '0001-12-31', 'year', { isRange: true }), '2 BC–AD 1'],
  [early('0950/1050', '0950-01-01', '1050-12-31', 'year', { isRange: true }), 'AD 950–1050'],
  [early('-049X', '-0499-01-01', '-0400-12-31', 'century'), 'the 5th century BC'],
  [early('1066-10-14', '1066-10-14', '1066-10-14', 'day'), '14 October 1066'],
  [early('1949', '1949-01-01', '1949-12-31', 'year'), '1949'],
];

describe('the date columns', () => {
  test.each(EARLY.map(([event, shown]) => [event.date, shown, event] as const))(
    'the event dated %s reads %j in display_date',
    (_, shown, event) => {
      const { documents } = hostileDataset();
      const [exported] = exportEvents([event], documents);
      expect(exported.displayDate).toBe(shown);
      const { rows } = parseCsv(writeEventsCsv([exported]));
      expect(rows[1][EXPORT_COLUMNS.indexOf('display_date')]).toBe(shown);
    },
  );

  test('BC dates keep their EDTF and ISO values, guarded from being computed', () => {
    const { documents } = hostileDataset();
    const exported = exportEvents([EARLY[0][0], EARLY[6][0]], documents);
    const { rows } = parseCsv(writeEventsCsv(exported));
    const at = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name);
    expect([rows[1][at('date')], rows[1][at('earliest')], rows[1][at('latest')]]).toEqual([
      "'-0512",
      "'-0512-01-01",
      "'-0512-12-31",
    ]);
    // Two rows for the first event: one per citation.
    expect(rows[3][at('date')]).toBe("'-0043/0014");
    expect(readExportedCsv(writeEventsCsv(exported))).toEqual(exported);
    expect(readExportedCsv(writeEventsCsv(exported))[0].date).toBe('-0512');
  });

  test('no cell a spreadsheet opens starts with = + - @, a tab or a carriage return', () => {
    const { documents, events } = hostileDataset();
    const hostile: TimelineEvent = {
      ...events[0],
      id: '=cmd|x',
      date: '+1',
      tags: ['@tag'],
      citations: [{ ...events[0].citations[0], document: '-doc', paragraph: '\tp' }],
    };
    const all = [...events, ...EARLY.map(([event]) => event), hostile];
    const exported = exportEvents(all, documents);
    const { rows } = parseCsv(writeEventsCsv(exported));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(readExportedCsv(writeEventsCsv(exported))).toEqual(exported);
  });
});

describe('writeEventsJson', () => {
  test('writeEventsJson() parses back to the title and the records', () => {
    const { documents, events } = hostileDataset();
    const exported = exportEvents(events, documents);
    expect(JSON.parse(writeEventsJson('T', exported))).toEqual({ title: 'T', events: exported });
  });
});

describe('exportFileName', () => {
  test.each([
    ['NATO, as five documents tell it', 'csv', 'nato-as-five-documents-tell-it.csv'],
    ['Élysée «Treaty» 1963', 'svg', 'elysee-treaty-1963.svg'],
    ['***', 'png', 'sourceline.png'],
  ])('exportFileName(%j, %j) is %j', (title, extension, name) => {
    expect(exportFileName(title, extension)).toBe(name);
  });
});
