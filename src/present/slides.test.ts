import { describe, expect, test } from 'vitest';
import { buildTimeIndex } from '../lib/layout/time-index';
import type { DatasetDocument, TimelineEvent } from '../lib/types';
import {
  keyCitation,
  presentationEvents,
  readStep,
  windowAround,
  wholeWindow,
  writeStep,
} from './slides';

const event = (id: string, start: string, end = start): TimelineEvent => ({
  id,
  title: `Event ${id}`,
  date: start,
  start,
  end,
  precision: 'day',
  tags: [],
  citations: [],
});

const events = [
  event('a', '1949-04-04'),
  event('b', '1952-02-18'),
  event('c', '1955-05-09'),
  event('d', '1966-03-10'),
];

describe('presentationEvents', () => {
  test('presentationEvents() follows the story, skipping ids that are filtered out or unknown', () => {
    const { events: told, order } = presentationEvents(events, ['c', 'x', 'a', 'c']);
    expect(told.map((e) => e.id)).toEqual(['c', 'a']);
    expect(order).toBe('story');
  });

  test('presentationEvents() is time order without a story, or when none of it is shown', () => {
    expect(presentationEvents(events, undefined).order).toBe('time');
    expect(presentationEvents(events, ['x']).events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('readStep and writeStep', () => {
  test.each([
    [null, null],
    ['0', 0],
    ['2', 2],
    ['99', 4],
    ['c', 3],
    ['unknown-id', 0],
  ])('readStep(%j) is %j', (value, step) => {
    expect(readStep(value, events)).toBe(step);
  });

  test('writeStep() replaces the present parameter and keeps the others in place', () => {
    expect(writeStep('?data=x.json&present=2&tag=war', 3)).toBe('?data=x.json&tag=war&present=3');
    expect(writeStep('?present=2', null)).toBe('');
    expect(writeStep('', 0)).toBe('?present=0');
  });
});

describe('windowAround', () => {
  test('windowAround() centres the event in an eighth of the whole span', () => {
    const whole = wholeWindow(events);
    const window = windowAround(events[2], whole);
    const centre = Date.UTC(1955, 4, 9, 12);
    expect((window.start + window.end) / 2).toBeCloseTo(centre, -5);
    expect(window.end - window.start).toBeCloseTo((whole.end - whole.start) / 8, -5);
  });

  test('windowAround() narrows where the events crowd, so few share the window', () => {
    // A century with an event every month of 1950 and one alone in 2040.
    const busy = [
      ...Array.from({ length: 12 }, (_, m) =>
        event(`m${m}`, `1950-${String(m + 1).padStart(2, '0')}-15`),
      ),
      event('x', '1900-01-01'),
      event('y', '2040-01-01'),
    ];
    const whole = wholeWindow(busy);
    const index = buildTimeIndex(busy);
    const window = windowAround(busy[5], whole, index);
    const inside = busy.filter((e) => {
      const t = Date.parse(`${e.start}T00:00:00Z`);
      return t >= window.start && t <= window.end;
    });
    expect(inside.length).toBeLessThanOrEqual(8);
    expect(inside).toContain(busy[5]);
    // Alone: an eighth of the whole, as without the index.
    const lone = windowAround(busy[13], whole, index);
    expect(lone.end - lone.start).toBeCloseTo((whole.end - whole.start) / 8, -5);
  });

  test('windowAround() stays inside the whole span at its ends', () => {
    const whole = wholeWindow(events);
    const last = windowAround(events[3], whole);
    expect(last.end).toBeLessThanOrEqual(whole.end);
    expect(last.end - last.start).toBeCloseTo((whole.end - whole.start) / 8, -5);
    const first = windowAround(events[0], whole);
    expect(first.start).toBeGreaterThanOrEqual(whole.start);
  });

  test('windowAround() gives a long event three times its span', () => {
    const long = event('war', '1950-06-25', '1953-07-27');
    const window = windowAround(long, { start: Date.UTC(1949, 0, 1), end: Date.UTC(1956, 0, 1) });
    expect(window.end - window.start).toBe(Date.UTC(1956, 0, 1) - Date.UTC(1949, 0, 1));
  });
});

describe('keyCitation', () => {
  const text =
    'The treaty was signed on 4 April 1949 in Washington. Greece and Turkey joined in 1952.';
  const documents: DatasetDocument[] = [
    {
      id: 'doc',
      title: 'A history',
      author: 'J. Doe',
      published: { value: null, precision: 'unknown' },
      paragraphs: [{ id: 'doc#p1', start: 100, end: 100 + text.length, depth: 0, text }],
    },
  ];
  const cited = (start: number, end: number, sentence?: { start: number; end: number }) => ({
    ...event('e', '1949-04-04'),
    citations: [
      {
        document: 'doc',
        paragraph: 'doc#p1',
        start: 100 + start,
        end: 100 + end,
        text: text.slice(start, end),
        sentence: sentence && { start: 100 + sentence.start, end: 100 + sentence.end },
      },
    ],
  });

  test('keyCitation() is the sentence of the first citation with its date marked and its source', () => {
    const start = text.indexOf('4 April 1949');
    const key = keyCitation(cited(start, start + 12, { start: 0, end: 52 }), documents);
    expect(key).toEqual({
      text: 'The treaty was signed on 4 April 1949 in Washington.',
      cited: { start, end: start + 12 },
      source: 'A history',
      author: 'J. Doe',
      documentId: 'doc',
      more: 0,
    });
  });

  test('keyCitation() falls back to the paragraph without a sentence, and is null without citations', () => {
    const start = text.indexOf('1952');
    const key = keyCitation(cited(start, start + 4), documents);
    expect(key?.text).toBe(text);
    expect(key?.cited).toEqual({ start, end: start + 4 });
    expect(keyCitation(event('none', '1950-01-01'), documents)).toBeNull();
  });

  test('keyCitation() cuts a very long sentence around the date, at spaces', () => {
    const long = `${'word '.repeat(150)}on 4 April 1949 ${'more '.repeat(150)}`;
    const docs: DatasetDocument[] = [
      {
        ...documents[0],
        paragraphs: [{ id: 'doc#p1', start: 0, end: long.length, depth: 0, text: long }],
      },
    ];
    const at = long.indexOf('4 April 1949');
    const key = keyCitation(
      {
        ...event('e', '1949-04-04'),
        citations: [
          {
            document: 'doc',
            paragraph: 'doc#p1',
            start: at,
            end: at + 12,
            text: '4 April 1949',
            sentence: { start: 0, end: long.length },
          },
        ],
      },
      docs,
    );
    expect(key?.text.startsWith('…word')).toBe(true);
    expect(key?.text.endsWith('more…')).toBe(true);
    expect(key?.text.length).toBeLessThan(370);
    const c = key?.cited;
    expect(c && key?.text.slice(c.start, c.end)).toBe('4 April 1949');
  });
});
