import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  isNavigation,
  parseDay,
  parseViewState,
  serializeViewState,
  type ViewState,
} from './url-state';

const DAY = 86_400_000;

describe('parseViewState', () => {
  it('parseViewState() reads every parameter of a shared link', () => {
    const { state, problems } = parseViewState(
      '?data=x.json&view=reader&event=e7&doc=ussr-asked-to-join&p=12&q=Madrid&hide=a,b&tag=war&from=1950-01-01&to=1960-01-01',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      event: 'e7',
      view: 'reader',
      document: 'ussr-asked-to-join',
      paragraph: 12,
      query: 'Madrid',
      hidden: ['a', 'b'],
      tags: ['war'],
      window: { start: Date.UTC(1950, 0, 1), end: Date.UTC(1960, 0, 1) },
    });
  });

  it.each([
    ['?view=map', 'view', 'malformed'],
    ['?p=-3', 'p', 'malformed'],
    ['?p=1e9', 'p', 'malformed'],
    ['?from=1960-01-01&to=1950-01-01', 'to', 'malformed'],
    ['?from=1950-02-30&to=1960-01-01', 'from', 'malformed'],
    ['?from=99999999999&to=1', 'from', 'malformed'],
    ['?event=a&event=b', 'event', 'repeated'],
    ['?zoom=3', 'zoom', 'unknown'],
    [`?q=${'x'.repeat(500)}`, 'q', 'too-long'],
    [`?event=${'x'.repeat(500)}`, 'event', 'too-long'],
  ])('parseViewState(%j) ignores the bad value and reports it', (search, param, reason) => {
    const { problems } = parseViewState(search);
    expect(problems).toContainEqual({ param, reason });
  });

  it('parseViewState() keeps the first of repeated single values and unites repeated lists', () => {
    const { state } = parseViewState('?event=a&event=b&tag=x&tag=y,x');
    expect(state.event).toBe('a');
    expect(state.tags).toEqual(['x', 'y']);
  });

  it('parseViewState() does not report the dataset or embed parameters', () => {
    expect(parseViewState('?data=/t.json&embed=1').problems).toEqual([]);
  });

  it('parseViewState() never throws and always returns a usable state, whatever the query', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '%00',
        '%E0%A4%A',
        '\u202e',
        '1e308',
        'NaN',
        '-0',
      ),
      fc.bigInt().map(String),
    );
    const param = fc.tuple(
      fc.oneof(
        fc.constantFrom('view', 'event', 'doc', 'p', 'q', 'hide', 'tag', 'from', 'to', 'data'),
        fc.string(),
      ),
      hostile,
    );
    fc.assert(
      fc.property(fc.array(param, { maxLength: 12 }), (pairs) => {
        const search =
          '?' +
          pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const { state } = parseViewState(search);
        expect(['timeline', 'list', 'reader']).toContain(state.view);
        expect(state.query.length).toBeLessThanOrEqual(200);
        if (state.window) expect(state.window.start).toBeLessThan(state.window.end);
        // Whatever was read can be written and read again to the same state.
        expect(parseViewState(serializeViewState(state)).state).toEqual(state);
      }),
      { seed: 42, numRuns: 500 },
    );
    // Raw (not encoded) junk as well.
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        expect(() => parseViewState(raw)).not.toThrow();
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('serializeViewState', () => {
  it('serializeViewState() writes nothing for the empty state and keeps foreign parameters', () => {
    expect(serializeViewState(EMPTY_STATE)).toBe('');
    expect(
      serializeViewState({ ...EMPTY_STATE, event: 'e1' }, '?data=a.json&embed=1&event=old'),
    ).toBe('?data=a.json&embed=1&event=e1');
  });

  it('serializeViewState() writes negative years and rounds the window to days', () => {
    const start = parseDay('-0499-01-01')!;
    const search = serializeViewState({
      ...EMPTY_STATE,
      window: { start: start + 1000, end: start + 1000 },
    });
    expect(search).toBe('?from=-0499-01-01&to=-0499-01-02');
  });

  const id = fc.stringMatching(/^[a-z0-9][a-z0-9 .:#é<>"'-]{0,30}$/);
  const state: fc.Arbitrary<ViewState> = fc
    .record({
      event: fc.option(id, { nil: null }),
      view: fc.constantFrom('timeline', 'list', 'reader'),
      window: fc.option(
        fc
          .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }))
          .map(([a, n]) => ({ start: a * DAY, end: (a + n) * DAY })),
        { nil: null },
      ),
      query: fc.string({ maxLength: 200 }).filter((q) => !/\p{Cc}/u.test(q)),
      hidden: fc.uniqueArray(id, { maxLength: 5 }),
      tags: fc.uniqueArray(id, { maxLength: 5 }),
      document: fc.option(id, { nil: null }),
      paragraph: fc.option(fc.integer({ min: 1, max: 999_999 }), { nil: null }),
    })
    .map((s) => ({ ...s, paragraph: s.document ? s.paragraph : null }));

  it('serializeViewState() and parseViewState() round-trip any state', () => {
    fc.assert(
      fc.property(state, (s) => {
        const { state: back, problems } = parseViewState(serializeViewState(s, '?data=d.json'));
        expect(problems).toEqual([]);
        expect(back).toEqual(s);
      }),
      { seed: 1, numRuns: 500 },
    );
  });
});

describe('isNavigation', () => {
  it('isNavigation() counts a new selection but not a pan or a keystroke', () => {
    const a = { ...EMPTY_STATE, event: 'e1' };
    expect(isNavigation(a, { ...a, event: 'e2' })).toBe(true);
    expect(isNavigation(a, { ...a, view: 'list' })).toBe(true);
    expect(isNavigation(a, { ...a, window: { start: 0, end: DAY } })).toBe(false);
    expect(isNavigation(a, { ...a, query: 'x' })).toBe(false);
  });
});
