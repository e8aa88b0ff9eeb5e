/**
 * Sizes of labels estimated from their text, without measuring the page: the component
 * renders each label in a box of exactly this width (ellipsis past it), so boxes laid out
 * apart never overlap whatever the font.
 */

/** Label width estimates, in px. */
export interface LabelMetrics {
  /** Average width of a character. */
  charPx: number;
  /** Widest label; longer titles are cut with an ellipsis. */
  maxPx: number;
  /** Space before the text (the dot of an instant, padding of a bar). */
  leadPx: number;
  /** Space for each extra document dot after the text. */
  dotPx: number;
}

/** Default metrics for 13 px system-ui text. */
export const LABEL_METRICS: LabelMetrics = { charPx: 7.4, maxPx: 220, leadPx: 18, dotPx: 8 };

/** Labels may run to a sixth of the time axis on wide screens (a projector, 4K), up to this. */
const WIDE_LABEL_PX = 360;

/** The metrics for a time axis `length` px long: longer labels where the axis is long. */
export function labelMetricsFor(length: number, base: LabelMetrics = LABEL_METRICS): LabelMetrics {
  const maxPx = Math.round(Math.min(WIDE_LABEL_PX, Math.max(base.maxPx, length / 6)));
  return maxPx === base.maxPx ? base : { ...base, maxPx };
}

/** Width of an event label: lead + text (capped) + one dot per extra document (at most 3). */
export function estimateLabelWidth(
  text: string,
  extraDocuments: number,
  metrics: LabelMetrics = LABEL_METRICS,
): number {
  const textPx = Math.min(metrics.maxPx, Math.ceil(text.length * metrics.charPx) + 6);
  const dots = Math.min(extraDocuments, 3);
  return metrics.leadPx + textPx + (dots ? dots * metrics.dotPx + 4 : 0);
}
