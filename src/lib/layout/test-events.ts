import { mulberry32 } from '../../cli/bench-datasets';
import type { TimelineEvent } from '../types';

/** Seeded events for layout tests: instants and ranges between 1900 and 2025. */
export function makeEvents(count: number, seed = 1): TimelineEvent[] {
  const random = mulberry32(seed);
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  const first = Date.UTC(1900, 0, 1);
  const span = Date.UTC(2025, 0, 1) - first;
  return Array.from({ length: count }, (_, i) => {
    const start = first + Math.floor(random() * span);
    const long = random() < 0.1 ? random() * 3e10 : 0;
    return {
      id: `e${i}`,
      title: `Event number ${i}`,
      date: iso(start),
      start: iso(start),
      end: iso(start + long),
      precision: 'day',
      isRange: long > 0 || undefined,
      tags: [],
      citations: [],
    };
  });
}
