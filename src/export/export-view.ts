import { buildTimeIndex } from '../lib/layout/time-index';
import { fitDomain, type TimeWindow } from '../lib/layout/view';
import type { TimelineEvent } from '../lib/types';

/**
 * What "the current view" is for an export: the window the timeline on the page shows (its
 * `data-window`), else the one in the URL, else all events; and the plot's size on screen.
 */

/** The visible window of the timeline on the page, read from its `data-window` attribute. */
export function currentWindow(
  events: readonly TimelineEvent[],
  fromUrl: TimeWindow | null,
): TimeWindow {
  const attribute = document.querySelector('[data-timeline]')?.getAttribute('data-window');
  const [start, end] = (attribute ?? '').split(' ').map(Number);
  if (Number.isFinite(start) && Number.isFinite(end) && end > start) return { start, end };
  return fromUrl ?? fitDomain(buildTimeIndex([...events]).extent);
}

/** Picture size in CSS px: the plot's width on screen (640-1600), with room for title and footer. */
export function pictureSize(): { width: number; height: number } {
  const plot = document.querySelector<HTMLElement>('[data-timeline] .plot');
  const width = Math.round(Math.min(1600, Math.max(640, plot?.clientWidth ?? 1200))) + 32;
  const plotHeight = Math.round(Math.min(900, Math.max(240, plot?.clientHeight ?? 420)));
  return { width, height: plotHeight + 64 + 80 };
}
