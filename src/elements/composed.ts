/**
 * The nearest element, starting at `start` itself, that `matches` — walking up through shadow
 * roots to their hosts, as `Element.closest()` would if it crossed shadow boundaries.
 */
export function closestComposed(start: Node, matches: (element: Element) => boolean): Element | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && matches(node)) return node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * A context request from inside a `<lio-catalogue>` that is not upgraded yet goes unanswered. When
 * `host` has such an ancestor (also through shadow roots), `consumer` asks again once the element
 * is defined, unless it was `answered()` by then. Returns whether there is such an ancestor.
 */
export function askProviderWhenDefined(host: Element, consumer: { hostConnected(): void; hostDisconnected(): void }, answered: () => boolean): boolean {
  const pending = closestComposed(host, (element) => element !== host && element.localName === 'lio-catalogue');
  if (pending) {
    void customElements.whenDefined('lio-catalogue').then(() => {
      if (host.isConnected && !answered()) {
        consumer.hostDisconnected();
        consumer.hostConnected();
      }
    });
  }
  return !!pending;
}
