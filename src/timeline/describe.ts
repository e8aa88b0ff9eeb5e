import { formatDatePattern as format } from '../lib/format-pattern';
import { formatYear, localDate } from '../lib/format-date';
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
