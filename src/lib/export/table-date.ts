import { formatEventDate, parseIsoDay, type DateSpanLike } from '../format-date';
import { exportDialogMessages } from '../messages/export';

/**
 * An event's date for a cell of a spreadsheet, as people write it ("15 March 44 BC",
 * "c. 1952"), with the era named when a year of it is below 1000: a spreadsheet reads
 * "4 April 98" as 1998 and "98" as a plain number, but leaves "4 April 98 AD" as written.
 */
export function formatTableDate(event: DateSpanLike): string {
  const text = formatEventDate(event);
  // A year alone, or years, already name their era where it is not plain ("AD 410").
  if (event.precision === 'year') return text;
  const first = parseIsoDay(event.start).year;
  const last = parseIsoDay(event.end).year;
  // BC years already say "BC"; a span that reaches AD 1-999 names the era once, at its end.
  return last >= 1 && first <= 999 ? exportDialogMessages.adDate(text) : text;
}
