/**
 * Finding a journey link's data in a URL fragment and taking it out again, apart from link.ts
 * (compression, reading) so that an element can look at `location.hash` in its first load.
 */
import { JOURNEY_LINK_KEY } from './format.js';

/** The link data in a URL's fragment (`location.hash`, with or without `#`), or undefined when it has none. */
export function journeyLinkData(hash: string): string | undefined {
  const fragment = hash.replace(/^#/, '');
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${JOURNEY_LINK_KEY}=`)) return part.slice(JOURNEY_LINK_KEY.length + 1);
  }
  return undefined;
}

/** The fragment without the journey's part (what the page's own fragment was), for `history.replaceState`. */
export function withoutJourneyLink(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part && !part.startsWith(`${JOURNEY_LINK_KEY}=`));
  return rest.length ? `#${rest.join('&')}` : '';
}

/** `pageUrl` (its own fragment kept) with `data` as its journey link. */
export function journeyLinkUrl(pageUrl: string, data: string): string {
  const [base = '', hash = ''] = pageUrl.split(/(?=#)/);
  const own = withoutJourneyLink(hash).replace(/^#/, '');
  return `${base}#${own ? `${own}&` : ''}${JOURNEY_LINK_KEY}=${data}`;
}
