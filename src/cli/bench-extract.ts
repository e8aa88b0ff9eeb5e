/**
 * Benchmarks the date engine: throughput on a seeded synthetic corpus, time on pathological
 * inputs, and a linearity check. Usage: npm run -s bench:extract [-- --mb 20]
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { findDates } from '../lib/dates/index';
import { monthNames } from '../lib/messages';

/** mulberry32: a small seeded generator, so every run measures the same text. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = monthNames.long;
const WORDS =
  'the alliance army treaty summit members said would of and to in a was for on that with by as troops city government war peace border minister'.split(
    ' ',
  );

function sentence(rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const year = 1800 + Math.floor(rand() * 225);
  const day = 1 + Math.floor(rand() * 28);
  const templates = [
    () => `On ${pick(MONTHS)} ${day}, ${year}, the ${pick(WORDS)} ${pick(WORDS)} met.`,
    () =>
      `In ${year} about ${Math.floor(rand() * 90000).toLocaleString('en-US')} ${pick(['troops', 'people', 'km'])} moved.`,
    () =>
      `From ${year} to ${year + 1 + Math.floor(rand() * 9)} the ${pick(WORDS)} grew by ${Math.floor(rand() * 40)}% and €${Math.floor(rand() * 90)} billion.`,
    () =>
      `Two years later, in the late ${Math.floor(year / 10) * 10}s, Article ${Math.floor(rand() * 99)} applied on ${day} ${pick(MONTHS)}.`,
    () =>
      `Last year’s ${pick(WORDS)} ran ${pick(MONTHS)} ${day}-${day + 1} (${day}.${1 + Math.floor(rand() * 12)}.${year}) for three weeks.`,
    () =>
      `Page ${year}, call 555-${1000 + Math.floor(rand() * 8999)}, version ${Math.floor(rand() * 9)}.${Math.floor(rand() * 20)}.${Math.floor(rand() * 9)}, room ${Math.floor(rand() * 999)}.`,
    () =>
      `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`,
  ];
  return pick(templates)();
}

/** Builds about `bytes` characters of prose, paragraphs of a few sentences. */
function corpus(bytes: number, seed = 1): string {
  const rand = seeded(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let para = '';
    const n = 2 + Math.floor(rand() * 5);
    for (let i = 0; i < n; i++) para += `${sentence(rand)} `;
    parts.push(para);
    size += para.length + 1;
  }
  return parts.join('\n');
}

function time(text: string): number {
  return timeBoth(text).wall;
}

/**
 * Wall time, and the CPU time this process spent (all its threads, the collector's helpers
 * included): on a shared machine other work stretches the first but hardly the second.
 */
function timeBoth(text: string): { wall: number; cpu: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  findDates(text, { dct: '2023-07-09' });
  const cpu = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(argv: string[]): void {
  const mbArg = argv.indexOf('--mb');
  const mb = mbArg >= 0 ? Number(argv[mbArg + 1]) : 20;
  const big = corpus(mb * 1e6);
  const found = findDates(big, { dct: '2023-07-09' }).length;
  const timed = Array.from({ length: 7 }, () => timeBoth(big));
  const runs = timed.map((t) => t.wall);
  const cpus = timed.map((t) => t.cpu);
  const mbps = (ms: number) => (big.length / 1e6 / (ms / 1000)).toFixed(1);
  console.log(`corpus: ${(big.length / 1e6).toFixed(1)} M chars, ${found} mentions`);
  console.log(
    `throughput: ${mbps(median(runs))} MB/s (median of ${runs.length}: ${runs.map((r) => r.toFixed(0)).join(', ')} ms)`,
  );
  console.log(
    `by CPU time: ${mbps(median(cpus))} MB/s (median of ${cpus.length}: ${cpus.map((r) => r.toFixed(0)).join(', ')} ms; load average ${loadavg()[0].toFixed(1)})`,
  );

  const rand = seeded(9);
  const junk = '0123456789-/.,:;%$€ ';
  let digits = '';
  for (let i = 0; i < 1e6; i++) digits += junk[Math.floor(rand() * junk.length)];
  const oneLine = corpus(1e6, 3).replace(/\n/g, ' ');
  const cases: Array<[string, string]> = [
    ['1 MB of digits and punctuation', digits],
    ['one 1 MB line of prose', oneLine],
    ['1 MB of "1-1-1-…"', '1-'.repeat(5e5)],
    ['1 MB of one digit', '9'.repeat(1e6)],
    ['1 MB of "March "', 'March '.repeat(166_667)],
    ['1 MB of opening quotes + a year', `${'‘'.repeat(1e6)}1950`],
    ['1 MB of "the "', 'the '.repeat(250_000)],
    ['1 MB of "a few "', 'a few '.repeat(166_667)],
    ['1 MB of "last Tuesday "', 'last Tuesday '.repeat(76_924)],
    ['1 MB of "mid-"', 'mid-'.repeat(250_000)],
    ['1 MB of one letter', 'x'.repeat(1e6)],
  ];
  for (const [label, text] of cases)
    console.log(`${label.padEnd(36)} ${time(text).toFixed(0).padStart(6)} ms`);

  const unit = corpus(2e6, 5);
  const base = median([time(unit), time(unit), time(unit)]);
  for (const k of [1, 2, 4]) {
    const text = Array.from({ length: k }, () => unit).join('\n');
    const t = median([time(text), time(text), time(text)]);
    console.log(
      `linearity ${k}x (${(text.length / 1e6).toFixed(0)} MB): ${t.toFixed(0)} ms, ratio ${(t / base / k).toFixed(2)} per unit`,
    );
  }
}

main(process.argv.slice(2));
