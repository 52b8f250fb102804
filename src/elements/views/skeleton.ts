import { html, type TemplateResult } from 'lit';

/**
 * Placeholder while data loads: reserves space (`--lio-min-block-size`) so the page does not
 * jump, and tells assistive technology that the widget is busy.
 */
export function renderSkeleton(label: string, lines = 4): TemplateResult {
  return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line" aria-hidden="true"></div>`)}
  </div>`;
}
