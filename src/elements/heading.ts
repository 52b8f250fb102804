import { nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';

const TAGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

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
 * is embedded in. Content renders as text or as a template, never as HTML.
 */
export function renderHeading(base: number, offset: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = TAGS[headingLevel(base, offset)]!;
  return staticHtml`<${tag} id=${options.id ?? nothing} class=${options.className ?? nothing} tabindex=${options.focusable ? '-1' : nothing}>${content}</${tag}>`;
}
