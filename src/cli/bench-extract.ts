/**
 * Benchmarks the date engine: throughput on a seeded synthetic corpus, time on pathological
 * inputs, and a linearity check. Usage: npm run -s bench:extract [-- --mb 20]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Every line printed, for the results file. */
const lines: string[] = [];

function report(line: string): void {
  console.log(line);
  lines.push(line);
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
  const cpuTimes = timed.map((t) => t.cpu);
  const mbps = (ms: number) => (big.length / 1e6 / (ms / 1000)).toFixed(1);
  report(`corpus: ${(big.length / 1e6).toFixed(1)} M chars, ${found} mentions`);
  report(
    `throughput: ${mbps(median(runs))} MB/s (median of ${runs.length}: ${runs.map((r) => r.toFixed(0)).join(', ')} ms)`,
  );
  report(
    `by CPU time: ${mbps(median(cpuTimes))} MB/s (median of ${cpuTimes.length}: ${cpuTimes.map((r) => r.toFixed(0)).join(', ')} ms; load average ${loadavg()[0].toFixed(1)})`,
  );

  // Real prose, at its own density of dates: the documents in data/, repeated to 10 MB.
  const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../data');
  const docs = readdirSync(dataDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dataDir, f), 'utf8'));
  if (docs.length > 0) {
    const one = docs.join('\n\n');
    const prose = one.repeat(Math.max(1, Math.round(10e6 / one.length)));
    const proseMentions = findDates(prose, { dct: '2023-07-09' }).length;
    const proseMs = median(Array.from({ length: 5 }, () => time(prose)));
    report(
      `real prose (data/*.txt repeated, ${(prose.length / 1e6).toFixed(1)} M chars, ${proseMentions} mentions): ` +
        `${(prose.length / 1e6 / (proseMs / 1000)).toFixed(1)} MB/s (median of 5)`,
    );
  }

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
    // Author-year citations: each year's brackets and the names before them are read.
    [
      '1 MB of author-year citations',
      '(Smith and Jones et al., 2019, p. 12; see Lee 2004; Kwok (2018) showed) '.repeat(12_000),
    ],
    ['1 MB of names before "(2018)"', "Van der Berg De La Cruz O'Neil Kwok (2018) ".repeat(23_000)],
    ['1 MB of one letter', 'x'.repeat(1e6)],
  ];
  for (const [label, text] of cases)
    report(`${label.padEnd(36)} ${time(text).toFixed(0).padStart(6)} ms`);

  // Linearity: 1, 2 and 4 copies of one 2 MB text, timed in turns so that the machine's load
  // weighs on all three alike; each is compared with the single copy.
  const unit = corpus(2e6, 5);
  const copies = [1, 2, 4];
  const texts = copies.map((k) => Array.from({ length: k }, () => unit).join('\n'));
  const times: number[][] = copies.map(() => []);
  for (let round = 0; round < 5; round++) texts.forEach((text, i) => times[i].push(time(text)));
  const base = median(times[0]);
  copies.forEach((k, i) => {
    const t = median(times[i]);
    report(
      `linearity ${k}x (${(texts[i].length / 1e6).toFixed(0)} MB): ${t.toFixed(0)} ms, ratio ${(t / base / k).toFixed(2)} per unit`,
    );
  });
}

main(process.argv.slice(2));

const results = join(dirname(fileURLToPath(import.meta.url)), 'bench-results', 'extract.md');
mkdirSync(dirname(results), { recursive: true });
writeFileSync(
  results,
  `# Date engine benchmark\n\n\`npm run bench:extract\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
    `one process on a ${cpus().length}-core machine shared with other work. MB = million characters.\n\n` +
    `\`\`\`\n${lines.join('\n')}\n\`\`\`\n`,
);
console.log(`results: ${results}`);
