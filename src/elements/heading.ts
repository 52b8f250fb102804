import { html, nothing, type TemplateResult } from 'lit';

/** Attributes a widget heading may carry. */
export interface HeadingOptions {
  id?: string;
  className?: string;
  /** Focusable from script (`tabindex="-1"`), e.g. a dialog title that takes focus on open. */
  focusable?: boolean;
}

/**
 * The heading level for `offset` levels below a widget's own heading at `base` (its
 * `heading-level`), kept within h2–h6: a widget never claims the page's h1, and an invalid base
 * (NaN, 0, 9) falls back to 2 rather than producing no heading.
 */
export function headingLevel(base: number, offset = 0): number {
  const start = Number.isFinite(base) ? Math.round(base) : 2;
  return Math.min(6, Math.max(2, start || 2) + offset);
}

/**
 * A real `<hN>` element `offset` levels below `base`, so a widget fits the outline of the page it
 * is embedded in. Content renders as text or as a template, never as HTML. (One template per
 * level rather than lit's static tags: smaller, and each level is a plain template.)
 */
export function renderHeading(base: number, offset: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const className = options.className ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  switch (headingLevel(base, offset)) {
    case 2:
      return html`<h2 id=${id} class=${className} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} tabindex=${tabindex}>${content}</h6>`;
  }
}
