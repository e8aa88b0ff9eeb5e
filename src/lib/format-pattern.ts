import { lightFormat } from 'date-fns';
import { dateWords, monthNames } from './messages';

const TOKEN = /'[^']*'|y+|M+|d+/g;

/**
 * Formats a date with a date-fns style pattern (`d MMMM y`, `MMM`, `yyyy`). Numbers come from
 * date-fns' `lightFormat`; month names come from `lib/messages`, so a locale replaces them there.
 * Why not date-fns `format`: it bundles the whole English locale (parsing included), about a
 * tenth of the app's first load, for the twelve month names this app needs.
 * Years before AD 1 (astronomical 0 and below) are written "44 BC": date-fns writes the bare
 * number, which would put the Ides of March of 44 BC in AD 44.
 */
export function formatDatePattern(date: Date, pattern: string): string {
  return pattern.replace(TOKEN, (token) => {
    if (token.startsWith("'")) return token.slice(1, -1);
    if (token === 'MMMM') return monthNames.long[date.getMonth()];
    if (token === 'MMM') return monthNames.short[date.getMonth()];
    if (token[0] === 'y' && date.getFullYear() <= 0) return dateWords.bc(1 - date.getFullYear());
    return lightFormat(date, token);
  });
}
