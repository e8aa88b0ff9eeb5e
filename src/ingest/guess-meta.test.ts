import { describe, expect, test } from 'vitest';
import { guessPublished, guessTitle } from './guess-meta';
import { readDocumentBytes } from './read-file';

describe('guessTitle', () => {
  test.each([
    ['# The Vilnius summit\n\nText.', 'The Vilnius summit'],
    ['\n\n  **How the USSR tried to join NATO**  \nBody', 'How the USSR tried to join NATO'],
    [`${'word '.repeat(40)}\nmore`, 'From the file name'],
  ])('guessTitle(%j) is %j', (text, title) => {
    expect(guessTitle(text, 'From the file name')).toBe(title);
  });

  test('guessTitle() prefers the <h1>, then the <title> of an HTML page', () => {
    expect(guessTitle('x', 'f', { title: 'Page | Site', heading: 'The heading' })).toBe(
      'The heading',
    );
    expect(guessTitle('x', 'f', { title: 'Page | Site' })).toBe('Page | Site');
  });
});

describe('guessPublished', () => {
  test.each([
    ['VILNIUS, July 9, 2023 — Leaders met.\n\nIn 1949 NATO was founded.', '2023-07-09'],
    ['Some title\nPublished 18 May 2022\n\nOn March 31, 1954, the USSR asked.', '2022-05-18'],
    ['A title\n\nOn March 31, 1954, the USSR asked to join.', null],
    ['How the USSR Tried to Join NATO! (18.5.2022)\n\nText', '2022-05-18'],
    ['Title\n\nSamuel Karlin\n\nJuly 9, 2023\nPolish soldiers', '2023-07-09'],
    ['In 1949 NATO was founded. Last year it grew.', null],
    [`${'Long text without dates. '.repeat(40)}On 4 April 1949 it was founded.`, null],
    // A short page whose list of sources comes early: a source's date is not the page's.
    [
      'Treaty\n\nThe treaty was signed in 1949.\n\nReferences\n\nSmith, John (12 March 2003). A study.',
      null,
    ],
  ])('guessPublished(%j) is %j', (text, value) => {
    expect(guessPublished(text).value).toBe(value);
  });
});

describe('readDocumentBytes', () => {
  test('a web page gives the date its metadata declares, not one guessed from its text', () => {
    const page =
      '<html><head><meta name="date" content="2021-05-04"></head><body><p>Written 9 July 2023.</p></body></html>';
    const read = readDocumentBytes('page.html', new TextEncoder().encode(page), new Set());
    expect('info' in read && read.info.published).toEqual({
      value: '2021-05-04',
      precision: 'day',
    });
  });
});
