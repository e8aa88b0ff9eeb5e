import { formatDatePattern as format } from '../lib/format-pattern';
import { formatEventDate, formatYear, localDate, type DateSpanLike } from '../lib/format-date';
import { timeParts } from '../lib/layout/ticks';
import { DAY } from '../lib/layout/view';
import { datePatterns } from '../lib/messages';

/** A time (ms UTC) written at a precision that suits a span of `span` ms: year, month or day. */
export function describeTime(time: number, span: number): string {
  const parts = timeParts(time);
  if (span > 2 * 365 * DAY || parts.year <= 0) return formatYear(parts.year);
  if (span > 60 * DAY)
    return `${format(localDate(parts), datePatterns.monthOnly)} ${formatYear(parts.year)}`;
  return `${format(localDate(parts), datePatterns.dayMonth)} ${formatYear(parts.year)}`;
}

/**
 * The two ends of a cluster for its label: its first and last start described at a precision
 * that suits the time between them; when they start on the same day, as the first event's own
 * date ("the 1990s", not "1 January 1990", for two events known to the decade).
 */
export function describeCluster(
  first: number,
  last: number,
  firstEvent: DateSpanLike,
): [string, string] {
  if (first === last) {
    const date = formatEventDate(firstEvent);
    return [date, date];
  }
  return [describeTime(first, last - first), describeTime(last, last - first)];
}
