/**
 * `finder-url` (the page of an `<lio-intervention-finder sync-url>`) with one of the finder's URL
 * parameters set (`lio-factor`, `lio-level`, `lio-open`), the rest of the URL kept. Empty when the
 * URL cannot be parsed or is not http(s): a widget then links nowhere rather than to a `javascript:` URL.
 */
export function finderLink(base: string, key: string, value: string): string {
  try {
    const url = new URL(base, document.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    url.searchParams.set(key, value);
    return url.href;
  } catch {
    return '';
  }
}
