import { html } from 'lit';
import { scoreSteps } from '../../../src/core/diagram/scores.js';
import type { DiagramView } from './context.js';

/** The legend of the score colours: each step's range, and "not scored" apart. */
export function renderLegend(view: DiagramView) {
  return html`<div class="legend" part="legend">
    <p class="legend-title">${view.t('diagram.legend')}</p>
    <ul class="legend-steps">
      ${scoreSteps().map(
        ([from, to], i) => html`<li><span class=${`swatch score-${i + 1}`} aria-hidden="true"></span>${view.score(from)}–${view.score(to)}</li>`,
      )}
      <li><span class="swatch unscored" aria-hidden="true"></span>${view.t('diagram.not-scored')}</li>
    </ul>
  </div>`;
}
