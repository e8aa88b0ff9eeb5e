import { lightFormat } from 'date-fns';
import { monthNames } from './messages';

const TOKEN = /'[^']*'|y+|M+|d+/g;

/**
 * Formats a date with a date-fns style pattern (`d MMMM y`, `MMM`, `yyyy`). Numbers come from
 * date-fns' `lightFormat`; month names come from `messages.ts`, so a locale replaces them there.
 * Why not date-fns `format`: it bundles the whole English locale (parsing included), about a
 * tenth of the app's first load, for the twelve month names this app needs.
 */
export function formatDatePattern(date: Date, pattern: string): string {
  return pattern.replace(TOKEN, (token) => {
    if (token.startsWith("'")) return token.slice(1, -1);
    if (token === 'MMMM') return monthNames.long[date.getMonth()];
    if (token === 'MMM') return monthNames.short[date.getMonth()];
    return lightFormat(date, token);
  });
}
