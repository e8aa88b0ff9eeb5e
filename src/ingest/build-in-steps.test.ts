import { describe, expect, test } from 'vitest';
import { analyzeDocument, buildTimeline } from '../lib/build';
import { parseCuration } from '../lib/events';
import { natoCurationText, natoDocuments } from '../lib/test-corpus';
import type { SourceDocument } from '../lib/types';
import {
  analyzeInChunks,
  buildInSteps,
  type AnalysisCache,
  type BuildProgress,
} from './build-in-steps';

const documentOf = (text: string): SourceDocument => ({
  id: 'long',
  file: 'long.txt',
  text,
  meta: { title: 'Long', published: { value: '2020-01-01', precision: 'day' } },
});

describe('buildInSteps', () => {
  test('buildInSteps() gives the dataset buildTimeline() gives, curation included', () => {
    const curation = parseCuration(natoCurationText, 'data/curation.yaml', natoDocuments);
    const options = { title: curation.title, description: curation.description, curation };
    const steps: BuildProgress[] = [];
    const dataset = buildInSteps(natoDocuments, options, (p) => steps.push(p));
    expect(dataset).toEqual(buildTimeline(natoDocuments, options));
    expect(steps.at(-1)).toMatchObject({ stage: 'events', mentions: expect.any(Number) });
    expect(steps.filter((s) => s.stage === 'analyze')).toHaveLength(natoDocuments.length);
  });

  test('buildInSteps() reuses the analysis of unchanged documents and redoes a re-dated one', () => {
    const cache: AnalysisCache = new Map();
    buildInSteps(natoDocuments, {}, () => {}, cache);
    const first = cache.get(natoDocuments[0].id)?.analyzed;
    const redated = natoDocuments.map((d, i) =>
      i === 1
        ? { ...d, meta: { ...d.meta, published: { value: '1990', precision: 'year' as const } } }
        : d,
    );
    const dataset = buildInSteps(redated, {}, () => {}, cache);
    expect(cache.get(natoDocuments[0].id)?.analyzed).toBe(first);
    expect(dataset).toEqual(buildTimeline(redated));
  });
});

describe('analyzeInChunks', () => {
  test('analyzeInChunks() finds the same mentions as the whole text when chunks cut between paragraphs', () => {
    const paragraph = (i: number) =>
      `On March ${(i % 28) + 1}, ${1900 + (i % 100)}, the council met for the ${i}th time, and in ${1950 + (i % 50)} it met again.`;
    const text = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('\n\n');
    const chunks: number[] = [];
    const chunked = analyzeInChunks(documentOf(text), (n) => chunks.push(n), 2000);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(text.length);
    expect(chunked).toEqual(analyzeDocument(documentOf(text)));
  });

  test('analyzeInChunks() cuts a giant paragraph after a sentence, never inside a date', () => {
    const text = Array.from(
      { length: 300 },
      (_, i) => `On 4 April ${1800 + i} a treaty was signed.`,
    ).join(' ');
    const chunked = analyzeInChunks(documentOf(text), () => {}, 1000);
    expect(chunked.mentions.map((m) => m.value)).toEqual(
      analyzeDocument(documentOf(text)).mentions.map((m) => m.value),
    );
  });
});
