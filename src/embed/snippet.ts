import { ingestMessages, messages } from '../lib/messages';
import { shareDialogMessages } from '../lib/messages/share';
import type { ViewState } from '../lib/url-state';

/** The `<iframe>` snippet that embeds a view, and a frame height that suits it. Pure. */

/** Sandbox the snippet recommends: scripts, the app's own storage, and links that open tabs. */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * A frame height (px) that suits the view: the timeline alone needs less room than the
 * timeline with an event open beside it, or than the list.
 */
export function suggestHeight(state: ViewState): number {
  if (state.view !== 'timeline') return 640;
  return state.event ? 600 : 480;
}

/** Heights offered in the share dialog. */
export const HEIGHTS = [400, 480, 560, 600, 640, 720] as const;

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<iframe>` snippet for a blog post: full width, `height` px, sandboxed, lazy. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return [
    `<iframe src="${attribute(src)}"`,
    `  title="${attribute(title)}"`,
    `  width="100%" height="${Math.round(height)}" style="border:0;max-width:100%"`,
    `  loading="lazy" referrerpolicy="no-referrer"`,
    `  sandbox="${EMBED_SANDBOX}"`,
    `  allow="fullscreen; clipboard-write"></iframe>`,
  ].join('\n');
}

/** Titles the app gives a timeline nobody named: they say nothing about what it shows. */
const PLACEHOLDER_TITLES = [messages.timeline, ingestMessages.untitled].map((t) => t.toLowerCase());

/**
 * The frame's title, which a screen reader announces on reaching the frame: the timeline's
 * title, or when it has none of its own (only "Timeline" or "Untitled timeline") the titles of
 * its documents (`documents`, in dataset order; may be empty when not known).
 */
export function frameTitle(title: string, documents: readonly string[] = []): string {
  // A title's own closing colon or full stop would double the colon below.
  const named = title.trim().replace(/[\s.:;,]+$/, '');
  if (!named || PLACEHOLDER_TITLES.includes(named.toLowerCase())) {
    return shareDialogMessages.frameTitleOfDocuments(
      documents.map((d) => d.trim()).filter(Boolean),
    );
  }
  return /[!?…]$/.test(named)
    ? shareDialogMessages.frameTitleAfterMark(named)
    : shareDialogMessages.frameTitle(named);
}
