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
