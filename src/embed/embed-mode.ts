import { embedMessages } from '../lib/messages';
import { serializeViewState, type ViewState } from '../lib/url-state';

/**
 * The embed (`?embed=1`) as URLs: whether a page is one, and the link to a view with or without
 * it (the `<iframe>` snippet is in snippet.ts, loaded with the share dialog). Pure.
 */

/** The query parameter that turns the page into an embed. */
export const EMBED_PARAM = 'embed';

/** True when the query asks for the embed view (`embed=1`, `embed=true` or a bare `embed`). */
export function isEmbed(search: string): boolean {
  const value = new URLSearchParams(search).get(EMBED_PARAM);
  return value === '1' || value === 'true' || value === '';
}

/**
 * `href` with its query rewritten for `state` (keeping `data` and other parameters), with or
 * without `embed=1`. Parameters of presentation mode are not shared.
 */
export function viewUrl(href: string, state: ViewState, embed: boolean): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.delete(EMBED_PARAM);
  params.delete('present');
  const rest = params.toString();
  let search = serializeViewState(state, rest ? `?${rest}` : '');
  if (embed) search = search ? `${search}&${EMBED_PARAM}=1` : `?${EMBED_PARAM}=1`;
  url.search = search;
  url.hash = '';
  return url.href;
}

/** True on Apple platforms (from a user agent or platform string): the modifier is ⌘ there. */
export function isMac(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** The help line of an embedded timeline and the hint shown on a plain wheel turn. */
export function wheelTexts(platform: string): { help: string; hint: string } {
  return isMac(platform)
    ? { help: embedMessages.timelineHelpMac, hint: embedMessages.wheelHintMac }
    : { help: embedMessages.timelineHelp, hint: embedMessages.wheelHint };
}
