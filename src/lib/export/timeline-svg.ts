import { formatYear } from '../format-date';
import { estimateLabelWidth, LABEL_METRICS } from '../layout/label-size';
import { plotGeometry } from '../layout/plot-geometry';
import { buildPyramid } from '../layout/pyramid';
import {
  chooseTickStep,
  generateContext,
  generateTicks,
  labelSpace,
  timeParts,
} from '../layout/ticks';
import { buildTimeIndex, type TimeIndex } from '../layout/time-index';
import { fitDomain, type TimeWindow } from '../layout/view';
import { layoutVisible, type PlacedCluster, type PlacedEvent } from '../layout/visible';
import { dateWords, timelineMessages } from '../messages';
import { exportDialogMessages } from '../messages/export';
import type { TimelineEvent } from '../types';
import { escapeXml } from './escape-xml';

/**
 * A picture of a timeline window as an SVG string, built from data (not from the page): a title,
 * the axis with ticks, each event's mark and label laid out as the app lays them out, and a
 * footer naming the sources. Pure; every text is escaped.
 */

/** Concrete colours (no CSS variables: the file must stand alone). */
export interface SvgPalette {
  background: string;
  plot: string;
  text: string;
  muted: string;
  grid: string;
  gridStrong: string;
  cluster: string;
  clusterBorder: string;
}

/**
 * What to draw; sizes in px (CSS pixels: a PNG at 2x has twice as many). The picture has this
 * width and at most this height: it is cut to the lanes in use.
 */
export interface TimelineSvgInput {
  title: string;
  /** The events to draw, in time order, already filtered. */
  events: readonly TimelineEvent[];
  /** The visible window, ms UTC. */
  window: TimeWindow;
  width: number;
  height: number;
  palette: SvgPalette;
  /** Colour of each document, by id; events take the colour of their first citation. */
  colorOf: ReadonlyMap<string, string>;
  /** Document titles by id, for the footer. */
  titleOf: ReadonlyMap<string, string>;
  selectedId?: string | null;
  fontFamily?: string;
  /** Draw the title at the top (default); off where the page around the picture shows it. */
  heading?: boolean;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PAD = 16;
const HEADER = 64;
/** The header without the title: the window's years only. */
const HEADER_WITHOUT_TITLE = 34;
const FOOTER_LINE = 16;
const MAX_FOOTER_LINES = 4;
const MIN_PLOT = 120;

const px = (n: number) => String(Math.round(n * 10) / 10);

/** The SVG document of a timeline window. */
export function renderTimelineSvg(input: TimelineSvgInput): string {
  const { width, palette, window } = input;
  const footer = footerLines(input, width - 2 * PAD);
  const footerHeight = footer.length * FOOTER_LINE + 12;
  const heading = input.heading ?? true;
  const plotTop = heading ? HEADER : HEADER_WITHOUT_TITLE;
  const plotWidth = width - 2 * PAD;
  // Laid out in all the height there is, then cut to the lanes used: no empty band at the foot.
  const room = Math.max(MIN_PLOT, input.height - plotTop - footerHeight - 8);
  const index = buildTimeIndex([...input.events]);
  const plot = drawItems(input, index, plotWidth, room);
  const plotHeight = Math.max(MIN_PLOT, Math.min(room, plot.usedHeight));
  const height = plotTop + plotHeight + footerHeight + 8;
  const title = escapeXml(input.title);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(input.fontFamily ?? FONT)}" role="img">`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(palette.background)}"/>`,
    heading
      ? `<text x="${PAD}" y="30" font-size="20" font-weight="700" fill="${escapeXml(palette.text)}">${title}</text>`
      : '',
    `<text x="${PAD}" y="${heading ? 50 : 20}" font-size="13" fill="${escapeXml(palette.muted)}">${escapeXml(describeWindow(window, index))}</text>`,
    // In the user space of the group that uses it, which is translated to the plot.
    `<clipPath id="sl-plot"><rect width="${plotWidth}" height="${plotHeight}" rx="6"/></clipPath>`,
    `<rect x="${PAD + 0.5}" y="${plotTop + 0.5}" width="${plotWidth - 1}" height="${plotHeight - 1}" rx="6" fill="${escapeXml(palette.plot)}" stroke="${escapeXml(palette.grid)}"/>`,
    `<g clip-path="url(#sl-plot)" transform="translate(${PAD} ${plotTop})">`,
    ...drawAxis(window, plotWidth, plotHeight - 4, palette),
    ...plot.parts,
    `</g>`,
  ];
  footer.forEach((line, i) => {
    const y = plotTop + plotHeight + 8 + (i + 1) * FOOTER_LINE;
    const content = line
      .map((piece) =>
        piece.color
          ? `<tspan fill="${escapeXml(piece.color)}">${SWATCH}</tspan>${NBSP}${escapeXml(piece.text)}`
          : escapeXml(piece.text),
      )
      .join('');
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="12" fill="${escapeXml(palette.muted)}">${content}</text>`,
    );
  });
  return parts.filter(Boolean).join('\n') + '\n</svg>';
}

/**
 * "1949 – 2024": the window's first and last years, within the span of the events. The window
 * the timeline fits runs a little past the events (past today, at the end of a history), which
 * the caption should not claim.
 */
function describeWindow(window: TimeWindow, index: TimeIndex): string {
  // The index's extent ends after the last day (exclusive): a millisecond before is that day.
  let [first, last] = [index.extent.start, index.extent.end - 1];
  if (!(index.events.length && first <= window.end && last >= window.start))
    [first, last] = [window.start, window.end];
  const from = formatYear(timeParts(Math.max(window.start, first)).year);
  const to = formatYear(timeParts(Math.min(window.end, last)).year);
  return from === to ? from : exportDialogMessages.windowRange(from, to);
}

/** Ticks and context periods of the axis, grid lines down to `bottom`; plot coordinates. */
function drawAxis(window: TimeWindow, width: number, bottom: number, palette: SvgPalette) {
  const out: string[] = [];
  const axisSize = plotGeometry(width, bottom, false).axisSize;
  const msPerPx = (window.end - window.start) / width;
  const at = (time: number) => (time - window.start) / msPerPx;
  const step = chooseTickStep(msPerPx, (s) => labelSpace(s));
  for (const span of generateContext(window.start, window.end, step)) {
    const x = at(span.start);
    const labelX = Math.max(x, Math.min(Math.max(x, 0), at(span.end) - 90)) + 5;
    out.push(
      `<line x1="${px(x)}" x2="${px(x)}" y1="2" y2="${bottom}" stroke="${escapeXml(palette.gridStrong)}"/>`,
      `<text x="${px(labelX)}" y="15" font-size="12" font-weight="600" fill="${escapeXml(palette.text)}">${escapeXml(span.label)}</text>`,
    );
  }
  for (const tick of generateTicks(window.start, window.end, step)) {
    const x = at(tick.time);
    out.push(
      `<line x1="${px(x)}" x2="${px(x)}" y1="${axisSize - 22}" y2="${bottom}" stroke="${escapeXml(palette.grid)}"/>`,
      `<text x="${px(x + 4)}" y="${axisSize - 10}" font-size="12" fill="${escapeXml(palette.muted)}">${escapeXml(tick.label)}</text>`,
    );
  }
  return out;
}

/**
 * Events and clusters laid out as the app lays them out in a `width` x `height` plot; plot
 * coordinates. `usedHeight` is the height the lanes in use need.
 */
function drawItems(
  input: TimelineSvgInput,
  index: TimeIndex,
  width: number,
  height: number,
): { parts: string[]; usedHeight: number } {
  const geometry = plotGeometry(width, height, false);
  if (!index.events.length) {
    return { parts: [], usedHeight: geometry.axisSize + geometry.laneSize + 12 };
  }
  const extents = new Map(
    index.events.map((event) => [event.id, estimateLabelWidth(event.title, 0)]),
  );
  const layout = layoutVisible({
    index,
    pyramid: buildPyramid(index, fitDomain(index.extent)),
    window: input.window,
    length: width,
    lanes: geometry.lanes,
    binPx: 150,
    labelExtent: (event) => extents.get(event.id) ?? 120,
    typicalExtent: 130,
    clusterExtent: 60,
    gap: 8,
    flip: true,
  });
  const parts: string[] = [];
  let lanes = 1;
  for (const item of layout.items) {
    const top = geometry.axisSize + item.lane * geometry.laneSize + 3;
    lanes = Math.max(lanes, item.lane + 1);
    if (item.kind === 'cluster') parts.push(drawCluster(item, top, input.palette));
    else parts.push(...drawEvent(item, top, input, extents.get(item.id) ?? 120));
  }
  return { parts, usedHeight: geometry.axisSize + lanes * geometry.laneSize + 12 };
}

function drawCluster(item: PlacedCluster, top: number, palette: SvgPalette): string {
  const w = item.to - item.from;
  return (
    `<rect x="${px(item.from)}" y="${top}" width="${px(w)}" height="20" rx="10" fill="${escapeXml(palette.cluster)}" stroke="${escapeXml(palette.clusterBorder)}"/>` +
    `<text x="${px(item.from + w / 2)}" y="${top + 14}" font-size="12" text-anchor="middle" fill="${escapeXml(palette.text)}">${escapeXml(timelineMessages.count(item.count))}</text>`
  );
}

function drawEvent(item: PlacedEvent, top: number, input: TimelineSvgInput, extent: number) {
  const { palette } = input;
  const event = item.event;
  const firstDocument = event.citations[0]?.document ?? '';
  const color = escapeXml(input.colorOf.get(firstDocument) ?? palette.muted);
  const selected = event.id === input.selectedId;
  const length = item.a1 - item.a0;
  const kind = event.isRange
    ? 'range'
    : event.precision === 'day' || length < 14
      ? 'instant'
      : 'span';
  const out: string[] = [];
  const a0 = Math.max(item.a0, -50);
  const a1 = Math.min(item.a1, input.width + 50);
  if (kind === 'instant') {
    out.push(
      `<circle cx="${px(item.a0 + 5)}" cy="${top + 11}" r="5" fill="${color}" stroke="${escapeXml(selected ? palette.text : palette.background)}" stroke-width="2"/>`,
    );
  } else if (kind === 'range') {
    out.push(
      `<rect x="${px(a0)}" y="${top}" width="${px(Math.max(a1 - a0, 3))}" height="20" rx="4" fill="${color}" fill-opacity="0.24"${selected ? ` stroke="${escapeXml(palette.text)}" stroke-width="2"` : ''}/>`,
      `<rect x="${px(a0)}" y="${top}" width="3" height="20" fill="${color}"/>`,
    );
  } else {
    out.push(
      `<rect x="${px(a0)}" y="${top + 0.5}" width="${px(Math.max(a1 - a0, 3))}" height="19" rx="4" fill="${color}" fill-opacity="0.12" stroke="${color}" stroke-opacity="0.7" stroke-dasharray="3 2"/>`,
    );
  }
  if (item.compact) return out;
  const text = fitLabel((event.approximate ? dateWords.circa : '') + event.title);
  const weight = selected ? ' font-weight="700"' : '';
  if (item.flipped) {
    const x = item.labelAt + extent - 18;
    out.push(
      `<text x="${px(x)}" y="${top + 15}" font-size="13" text-anchor="end" fill="${escapeXml(palette.text)}"${weight}>${escapeXml(text)}</text>`,
    );
  } else {
    const x = item.labelAt + (kind === 'instant' ? 14 : 8);
    out.push(
      `<text x="${px(x)}" y="${top + 15}" font-size="13" fill="${escapeXml(palette.text)}"${weight}>${escapeXml(text)}</text>`,
    );
  }
  return out;
}

/** A title cut to the label width the layout reserved, with an ellipsis. */
export function fitLabel(text: string): string {
  const max = Math.floor((LABEL_METRICS.maxPx - 6) / LABEL_METRICS.charPx);
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A piece of a footer line: text, after a dot in a document's colour when `color` is set. */
interface FooterPiece {
  text: string;
  color?: string;
}

/** The dot before each source in the footer, the key to the colours of the events. */
const SWATCH = '●';
const NBSP = '\u00a0';

/**
 * "Sources: ● A; ● B; ● C", each dot in its document's colour, wrapped to lines of the footer
 * width, at most four lines.
 */
function footerLines(input: TimelineSvgInput, width: number): FooterPiece[][] {
  const cited = [
    ...new Set(input.events.flatMap((event) => event.citations.map((c) => c.document))),
  ];
  if (!cited.length) return [];
  const perLine = Math.max(20, Math.floor(width / 6.6));
  const lines: FooterPiece[][] = [];
  let line: FooterPiece[] = [{ text: exportDialogMessages.sources }];
  let length = exportDialogMessages.sources.length;
  let shown = 0;
  cited.forEach((id, i) => {
    const text = (input.titleOf.get(id) ?? id) + (i < cited.length - 1 ? '; ' : '');
    const pieceLength = SWATCH.length + NBSP.length + text.length;
    // A line holds at least one source, however long its title.
    const holdsOne = line.some((piece) => piece.color !== undefined);
    if (length + pieceLength > perLine && holdsOne && lines.length < MAX_FOOTER_LINES) {
      line[line.length - 1].text = line[line.length - 1].text.trimEnd();
      lines.push(line);
      line = [];
      length = 0;
    }
    if (lines.length === MAX_FOOTER_LINES) return;
    line.push({ text, color: input.colorOf.get(id) ?? input.palette.muted });
    length += pieceLength;
    shown += 1;
  });
  if (line.length && lines.length < MAX_FOOTER_LINES) lines.push(line);
  const missing = cited.length - shown;
  if (missing > 0) {
    const last = lines[lines.length - 1];
    const named = last[last.length - 1];
    named.text = named.text.replace(/;\s*$/, '');
    last.push({ text: ` … ${exportDialogMessages.andMore(missing)}` });
  }
  return lines;
}
