import type { Paragraph } from './types';

/** A physical line of the text: offsets exclude the line break. */
interface Line {
  start: number;
  end: number;
  /** Offset of the first non-blank character, or `end` for a blank line. */
  contentStart: number;
  /** Offset just after the last non-blank character. */
  contentEnd: number;
  /** Indentation width in columns (a tab counts as 4). */
  indent: number;
}

const BLANK = /\s/;

/** Lines longer than this are treated as whole paragraphs, never as hard-wrapped prose. */
const MAX_WRAPPED_LINE = 100;
/** Hard-wrapped prose fills most of its lines; shorter lines are list items or headings. */
const MIN_WRAPPED_LINE = 30;

function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    let contentStart = start;
    let indent = 0;
    while (contentStart < end && BLANK.test(text[contentStart])) {
      indent += text[contentStart] === '\t' ? 4 : 1;
      contentStart++;
    }
    let contentEnd = end;
    while (contentEnd > contentStart && BLANK.test(text[contentEnd - 1])) contentEnd--;
    lines.push({ start, end, contentStart, contentEnd, indent });
    if (end >= text.length) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return lines;
}

const isBlank = (line: Line) => line.contentStart === line.contentEnd;

/**
 * True when `line` continues the paragraph whose last line is `previous`: the text is
 * hard-wrapped (the previous line is of prose-wrap length) and the indentation is the same.
 */
function continuesParagraph(previous: Line, line: Line): boolean {
  const width = previous.contentEnd - previous.contentStart;
  return width >= MIN_WRAPPED_LINE && width <= MAX_WRAPPED_LINE && line.indent === previous.indent;
}

/**
 * Splits a document into paragraphs. Blank lines always separate paragraphs; a single line
 * break separates them too unless the text is hard-wrapped prose. Indentation gives the reply
 * depth of forum threads: depth is the rank of the indentation among those the document uses.
 * The text is never altered: `text.slice(p.start, p.end) === p.text`, without surrounding blanks.
 */
export function splitParagraphs(documentId: string, text: string): Paragraph[] {
  const blocks: { start: number; end: number; indent: number }[] = [];
  let previous: Line | null = null;
  for (const line of scanLines(text)) {
    if (isBlank(line)) {
      previous = null;
      continue;
    }
    const current = blocks[blocks.length - 1];
    if (previous && current && continuesParagraph(previous, line)) {
      current.end = line.contentEnd;
    } else {
      blocks.push({ start: line.contentStart, end: line.contentEnd, indent: line.indent });
    }
    previous = line;
  }
  const indents = [...new Set(blocks.map((block) => block.indent))].sort((a, b) => a - b);
  return blocks.map((block, i) => ({
    id: `${documentId}#p${i + 1}`,
    index: i + 1,
    start: block.start,
    end: block.end,
    depth: indents.indexOf(block.indent),
    text: text.slice(block.start, block.end),
  }));
}

/** Finds the paragraph that contains offset `at` (binary search), or undefined. */
export function findParagraphAt<P extends { start: number; end: number }>(
  paragraphs: readonly P[],
  at: number,
): P | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}
