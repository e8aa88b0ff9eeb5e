import { describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../build';
import { readDocument } from '../documents';
import { titleMessages } from '../messages';
import { buildEvents, parseCuration } from './index';

describe('assembleEvent() titles', () => {
  it('titles a curated event whose sources give only its date in the words of lib/messages', () => {
    const text = 'A list of years follows.\n\n1962';
    const document = readDocument('years.txt', new TextEncoder().encode(text));
    const analyzed = [analyzeDocument(document)];
    const curation = parseCuration(
      'events:\n  - id: that-year\n    cite:\n      - { document: years, quote: "1962" }',
      'data/curation.yaml',
      analyzed,
    );
    const dated = vi.spyOn(titleMessages, 'dated').mockImplementation((date) => `Only ${date}`);
    try {
      expect(buildEvents(analyzed, curation).events.map((e) => e.title)).toEqual(['Only 1962']);
    } finally {
      dated.mockRestore();
    }
  });
});
