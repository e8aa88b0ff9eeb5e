/**
 * `npm run -s report`: the coverage of the events stage on `data/`: mentions, events and citations
 * per document, unplaced mentions by reason, and how many mentions are unaccounted for (computed:
 * a mention must be cited by exactly one event or listed once as unplaced). Exits 1 if any is.
 */
import { analyzeDocument } from '../lib/build';
import { buildEvents, CurationError, parseCuration } from '../lib/events';
import type { AnalyzedDocument, EventsResult } from '../lib/types';
import { loadCorpus } from './corpus';

/** Counts, per mention key, how many places (citations + unplaced entries) hold it. */
function countPlaces(result: EventsResult): Map<string, number> {
  const places = new Map<string, number>();
  const add = (document: string, start: number, end: number) => {
    const key = `${document}:${start}-${end}`;
    places.set(key, (places.get(key) ?? 0) + 1);
  };
  for (const event of result.events)
    for (const c of event.citations) add(c.document, c.start, c.end);
  for (const u of result.unplaced) add(u.document, u.start, u.end);
  return places;
}

/** The report lines and the number of mentions not in exactly one place. */
export function reportCoverage(
  analyzed: readonly AnalyzedDocument[],
  result: EventsResult,
): { lines: string[]; unaccounted: number } {
  const places = countPlaces(result);
  const lines: string[] = [];
  let unaccounted = 0;
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  lines.push(
    `${'document'.padEnd(32)} ${pad('mentions', 8)} ${pad('events', 6)} ${pad('cited', 5)} ${pad('unplaced', 8)}`,
  );
  for (const { document, mentions } of analyzed) {
    const cited = result.events
      .flatMap((e) => e.citations)
      .filter((c) => c.document === document.id).length;
    const events = result.events.filter((e) =>
      e.citations.some((c) => c.document === document.id),
    ).length;
    const unplaced = result.unplaced.filter((u) => u.document === document.id).length;
    const missing = mentions.filter((m) => places.get(`${document.id}:${m.start}-${m.end}`) !== 1);
    unaccounted += missing.length;
    lines.push(
      `${document.id.padEnd(32)} ${pad(mentions.length, 8)} ${pad(events, 6)} ${pad(cited, 5)} ${pad(unplaced, 8)}`,
    );
    for (const m of missing)
      lines.push(
        `  UNACCOUNTED ${JSON.stringify(m.text)} at ${m.start} (${places.get(`${document.id}:${m.start}-${m.end}`) ?? 0} places)`,
      );
  }
  const total = analyzed.reduce((n, a) => n + a.mentions.length, 0);
  const byReason = new Map<string, number>();
  for (const u of result.unplaced) byReason.set(u.reason, (byReason.get(u.reason) ?? 0) + 1);
  const citations = result.events.reduce((n, e) => n + e.citations.length, 0);
  const multi = result.events.filter(
    (e) => new Set(e.citations.map((c) => c.document)).size > 1,
  ).length;
  lines.push('');
  lines.push(`mentions: ${total}`);
  lines.push(
    `events: ${result.events.length} (curated ${result.events.filter((e) => e.curated).length}, cited by several documents ${multi}, with disagreements ${result.events.filter((e) => e.disagreements).length})`,
  );
  lines.push(`citations: ${citations}`);
  lines.push(
    `unplaced: ${result.unplaced.length} (${[...byReason].map(([reason, n]) => `${reason} ${n}`).join(', ') || 'none'})`,
  );
  lines.push(`unaccounted: ${unaccounted}`);
  return { lines, unaccounted };
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'data';
  const corpus = await loadCorpus(dir);
  for (const warning of corpus.warnings) console.error(`warning: ${warning}`);
  const curation = corpus.curation
    ? parseCuration(corpus.curation.text, corpus.curation.file, corpus.documents)
    : undefined;
  const analyzed = corpus.documents.map(analyzeDocument);
  const result = buildEvents(analyzed, curation);
  const { lines, unaccounted } = reportCoverage(analyzed, result);
  if (process.argv.includes('--events')) {
    for (const e of result.events)
      lines.unshift(
        `${e.date.padEnd(22)} ${e.id.padEnd(44)} ${e.title} [${e.citations.map((c) => `${c.document}: ${c.text}`).join('; ')}]`,
      );
  }
  console.log(lines.join('\n'));
  process.exitCode = unaccounted === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof CurationError ? error.message : error);
  process.exitCode = 2;
});
