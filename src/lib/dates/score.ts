/**
 * Scores date mentions against TIMEX3 gold: strict span, relaxed (overlap) span and value
 * precision/recall/F1, over all types or one type. Pure: the CLI reads files and prints.
 */
import { splitRanges } from './split-ranges';
import type { DateMention, TimexType } from '../types';

/** A gold temporal expression, as in the gold JSON files. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
}

/** A gold document: `{dct, text, timexes}`. */
export interface GoldDoc {
  id?: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

/** A span to score: a gold timex or a prediction. */
export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
  value: string | null;
}

/** Counts and ratios of one measure. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The three measures the project reports. */
export interface Scores {
  strict: Prf;
  relaxed: Prf;
  value: Prf;
}

/** What one document contributes: its text, gold and predicted spans. */
export interface ScoredDoc {
  text: string;
  gold: ScoredSpan[];
  pred: ScoredSpan[];
}

/** Normalizes a TIMEX3 value for comparison: trimmed, upper case, trailing `-XX` dropped. */
export function normalizeValue(value: string | null): string {
  let v = (value ?? '').trim().toUpperCase();
  while (v.endsWith('-XX')) v = v.slice(0, -3);
  return v;
}

function trimmed(text: string, s: ScoredSpan): [number, number] {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** One-to-one matching of gold to predictions: each gold takes the first free prediction that fits. */
function countMatches(
  gold: [number, number][],
  pred: [number, number][],
  fits: (g: number, p: number) => boolean,
): number {
  const used = new Uint8Array(pred.length);
  let tp = 0;
  let from = 0;
  for (let g = 0; g < gold.length; g++) {
    while (from < pred.length && pred[from][1] <= gold[g][0]) from++;
    for (let p = from; p < pred.length && pred[p][0] < gold[g][1]; p++) {
      if (!used[p] && fits(g, p)) {
        used[p] = 1;
        tp++;
        break;
      }
    }
  }
  return tp;
}

function prf(tp: number, nGold: number, nPred: number): Prf {
  const precision = nPred ? tp / nPred : 0;
  const recall = nGold ? tp / nGold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp: nPred - tp, fn: nGold - tp, precision, recall, f1 };
}

/** Scores documents; with `type` set, both gold and predictions are restricted to that type. */
export function scoreDocs(docs: ScoredDoc[], type?: TimexType): Scores {
  let nGold = 0;
  let nPred = 0;
  let strict = 0;
  let relaxed = 0;
  let value = 0;
  for (const doc of docs) {
    const keep = (s: ScoredSpan) => !type || s.type === type;
    const byStart = (a: ScoredSpan, b: ScoredSpan) => a.start - b.start || a.end - b.end;
    const gold = doc.gold.filter(keep).sort(byStart);
    const pred = doc.pred.filter(keep).sort(byStart);
    const g = gold.map((s) => trimmed(doc.text, s));
    const p = pred.map((s) => trimmed(doc.text, s));
    nGold += g.length;
    nPred += p.length;
    strict += countMatches(g, p, (i, j) => g[i][0] === p[j][0] && g[i][1] === p[j][1]);
    relaxed += countMatches(g, p, (i, j) => overlaps(g[i], p[j]));
    value += countMatches(
      g,
      p,
      (i, j) =>
        overlaps(g[i], p[j]) && normalizeValue(gold[i].value) === normalizeValue(pred[j].value),
    );
  }
  return {
    strict: prf(strict, nGold, nPred),
    relaxed: prf(relaxed, nGold, nPred),
    value: prf(value, nGold, nPred),
  };
}

/**
 * TIMEX3 gold annotates the two ends of a range as two expressions; this splits range mentions
 * ("from 1967 to 1974") into their ends so they compare like with like.
 */
export function splitRangesForScoring(text: string, mentions: DateMention[]): ScoredSpan[] {
  return splitRanges(text, mentions).map(({ start, end, type, value }) => ({
    start,
    end,
    type,
    value,
  }));
}
