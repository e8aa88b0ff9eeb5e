import { describe, expect, test } from 'vitest';
import { EMPTY_STATE, type ViewState } from '../lib/url-state';
import { isEmbed, isMac, viewUrl } from './embed-mode';

const state = (patch: Partial<ViewState>): ViewState => ({ ...EMPTY_STATE, ...patch });

describe('isEmbed', () => {
  test.each([
    ['?embed=1', true],
    ['?embed=true', true],
    ['?embed', true],
    ['?data=x.json&embed=1', true],
    ['?embed=0', false],
    ['', false],
  ])('isEmbed(%j) is %j', (search, expected) => {
    expect(isEmbed(search)).toBe(expected);
  });
});

describe('viewUrl', () => {
  const base = 'https://example.org/sourceline/?data=t.json&embed=1&present=3&event=old#x';

  test('viewUrl() without embed is the full view of the same state, keeping the dataset', () => {
    expect(viewUrl(base, state({ event: 'e1', tags: ['war'] }), false)).toBe(
      'https://example.org/sourceline/?data=t.json&event=e1&tag=war',
    );
  });

  test('viewUrl() with embed adds embed=1 last', () => {
    const window = { start: Date.UTC(1950, 0, 1), end: Date.UTC(1960, 0, 1) };
    expect(viewUrl('http://h/', state({ event: 'e1', window }), true)).toBe(
      'http://h/?event=e1&from=1950-01-01&to=1960-01-01&embed=1',
    );
    expect(viewUrl('http://h/', EMPTY_STATE, true)).toBe('http://h/?embed=1');
  });
});

describe('isMac', () => {
  test.each([
    ['MacIntel', true],
    ['iPhone', true],
    ['Win32', false],
    ['Linux x86_64', false],
  ])('isMac(%j) is %j', (platform, expected) => {
    expect(isMac(platform)).toBe(expected);
  });
});
