import { DATASET_FORMAT, type Dataset, type Precision, type TimelineEvent } from '../lib/types';

/**
 * Synthetic `sourceline/1` datasets for the render benchmark: `count` events spread over
 * 1900-2025, about 10% ranges (1 day to about 11 years), some known only to the month, year
 * or decade, cited by 1-2 of 8 documents (no citations when `citations` is false).
 * Deterministic for a seed.
 */
export function generateDataset(count: number, seed = 1, citations = true): Dataset {
  const random = mulberry32(seed);
  const first = Date.UTC(1900, 0, 1);
  const last = Date.UTC(2025, 11, 31);
  const documents = Array.from({ length: 8 }, (_, i) => ({
    id: `doc${i + 1}`,
    title: `Synthetic document ${i + 1}`,
    published: { value: null, precision: 'unknown' as const },
    paragraphs: [{ id: `doc${i + 1}#p1`, start: 0, end: 10, depth: 0, text: 'Synthetic.' }],
  }));
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(first + Math.floor(random() * ((last - first) / 864e5)) * 864e5);
    const kind = random();
    let precision: Precision = 'day';
    let start = day;
    let end = day;
    let isRange = false;
    if (kind < 0.1) {
      isRange = true;
      end = new Date(day.getTime() + Math.floor(2 ** (random() * 12)) * 864e5);
    } else if (kind < 0.18) {
      precision = 'month';
      start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
      end = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0));
    } else if (kind < 0.25) {
      precision = 'year';
      start = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
      end = new Date(Date.UTC(day.getUTCFullYear(), 11, 31));
    } else if (kind < 0.27) {
      precision = 'decade';
      const decade = Math.floor(day.getUTCFullYear() / 10) * 10;
      start = new Date(Date.UTC(decade, 0, 1));
      end = new Date(Date.UTC(decade + 9, 11, 31));
    }
    const startIso = start.toISOString().slice(0, 10);
    const endIso = end.toISOString().slice(0, 10);
    const cited = citations ? citeBy(random, documents.length) : [];
    events.push({
      id: `e${i}`,
      title: `${TOPICS[i % TOPICS.length]} ${i}`,
      date: isRange ? `${startIso}/${endIso}` : edtf(startIso, precision),
      start: startIso,
      end: endIso,
      precision,
      ...(isRange ? { isRange } : {}),
      tags: [],
      citations: cited.map((d) => ({
        document: `doc${d}`,
        paragraph: `doc${d}#p1`,
        start: 0,
        end: 4,
        text: startIso.slice(0, 4),
      })),
    });
  }
  return {
    format: DATASET_FORMAT,
    title: `Synthetic (${count} events)`,
    documents,
    events,
    unplaced: [],
  };
}

const TOPICS = ['Treaty signed', 'Summit held', 'Election', 'Strike begins', 'Report published'];

function edtf(iso: string, precision: Precision): string {
  if (precision === 'month') return iso.slice(0, 7);
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'decade') return `${iso.slice(0, 3)}X`;
  return iso;
}

function citeBy(random: () => number, documents: number): number[] {
  const a = 1 + Math.floor(random() * documents);
  if (random() < 0.8) return [a];
  return [a, 1 + ((a + Math.floor(random() * (documents - 1))) % documents)];
}

/** A small, fast seeded generator (mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
