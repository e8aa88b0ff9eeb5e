/**
 * Prints the date mentions of one text file as a JSON array.
 * Usage: npm run -s extract -- [--dct 1998-02-13] [--whole-ranges] path/to/file.txt
 * Ranges are printed as TIMEX3 annotates them, one entry per end ("1950", "1953"), each with
 * `rangeEnd`; `--whole-ranges` prints them as one entry with `endValue`, as the pipeline uses them.
 */
import { readFileSync } from 'node:fs';
import { findDates } from '../lib/dates/index';
import { splitRanges } from '../lib/dates/split-ranges';
import { parseDct } from '../lib/dates/timex';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let dct: string | null = null;
  let file: string | undefined;
  let wholeRanges = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dct') {
      const value = argv[++i];
      if (value === undefined) fail('--dct needs a value such as 1998-02-13, 2024-07 or 2022');
      dct = value;
    } else if (arg.startsWith('--dct=')) dct = arg.slice(6);
    else if (arg === '--whole-ranges') wholeRanges = true;
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else fail(`only one file, got ${file} and ${arg}`);
  }
  if (dct !== null && !parseDct(dct))
    fail(`bad --dct ${JSON.stringify(dct)}: use YYYY, YYYY-MM or YYYY-MM-DD`);
  if (file === undefined) fail('usage: extract [--dct YYYY[-MM[-DD]]] FILE');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const mentions = findDates(text, { dct });
  const output = wholeRanges ? mentions : splitRanges(text, mentions);
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main(process.argv.slice(2));
