/**
 * Scores the date engine on a folder of TIMEX3 gold JSON files.
 * Usage: npm run -s score:dates -- GOLD_DIR [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../lib/dates/index';
import {
  scoreDocs,
  splitRangesForScoring,
  type GoldDoc,
  type Prf,
  type ScoredDoc,
} from '../lib/dates/score';

function fail(message: string): never {
  process.stderr.write(`score-dates: ${message}\n`);
  process.exit(2);
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function row(label: string, p: Prf): string {
  return `${label.padEnd(16)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}   tp ${p.tp} fp ${p.fp} fn ${p.fn}`;
}

function listErrors(id: string, doc: ScoredDoc): void {
  const { text } = doc;
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  const show = (s: ScoredDoc['gold'][number]) => JSON.stringify(text.slice(s.start, s.end));
  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const predKeys = new Set(doc.pred.map(key));
  for (const g of doc.gold) {
    const hit = doc.pred.find((p) => overlap(p, g));
    if (!hit) console.log(`  ${id} MISS ${show(g)} ${g.type} ${g.value}`);
    else if (!predKeys.has(key(g)) || hit.value !== g.value) {
      console.log(`  ${id} DIFF gold ${show(g)} ${g.value} | pred ${show(hit)} ${hit.value}`);
    }
  }
  for (const p of doc.pred) {
    if (!doc.gold.some((g) => overlap(p, g)))
      console.log(`  ${id} FP   ${show(p)} ${p.type} ${p.value}`);
  }
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) fail('usage: score-dates GOLD_DIR [--verbose]');
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    fail(`cannot read folder ${dir}`);
  }
  if (files.length === 0) fail(`no .json files in ${dir}`);
  const docs: ScoredDoc[] = [];
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldDoc;
    const mentions = findDates(gold.text, { dct: gold.dct });
    // Gold that annotates a range as one timex (with endValue) is compared whole; TIMEX3 gold
    // that annotates each end apart is compared with the mentions split at their separator.
    const wholeRanges = gold.timexes.some((t) => 'endValue' in t);
    const pred = wholeRanges ? mentions : splitRangesForScoring(gold.text, mentions);
    const doc: ScoredDoc = { text: gold.text, gold: gold.timexes, pred };
    docs.push(doc);
    if (verbose) listErrors(file.replace(/\.json$/, ''), doc);
  }
  const all = scoreDocs(docs);
  const dates = scoreDocs(docs, 'DATE');
  console.log(
    `${files.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold timexes`,
  );
  console.log(`${''.padEnd(16)}     P     R    F1`);
  console.log(row('all strict', all.strict));
  console.log(row('all relaxed', all.relaxed));
  console.log(row('all value', all.value));
  console.log(row('DATE strict', dates.strict));
  console.log(row('DATE relaxed', dates.relaxed));
  console.log(row('DATE value', dates.value));
}

main(process.argv.slice(2));
