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
    // Dates before year 1 start with a minus and are left alone.
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
