import { html } from 'lit';
import type { DiagramItem, DiagramView } from './context.js';

/**
 * The model as nested lists, in the report's order (the employee first, the environment last):
 * the "show as a list" view, and what narrow screens get when not even stacked bands fit. Each
 * level and factor is a toggle button that picks it, like the figure.
 */
export function renderList(view: DiagramView) {
  return html`<ul class="model-list" part="list">
    ${[...view.levels].reverse().map(
      ({ item, factors }) => html`<li>
        ${button(view, item)}
        <ul>
          ${factors.map((factor) => html`<li>${button(view, factor)}</li>`)}
        </ul>
      </li>`,
    )}
  </ul>`;
}

function button(view: DiagramView, item: DiagramItem) {
  const selected = view.selected?.id === item.id;
  const step = item.step === null ? '' : item.step === undefined ? ' unscored' : ` score-${item.step + 1}`;
  return html`<button type="button" class=${`item ${item.kind}${step}`} data-list-id=${item.id} aria-pressed=${selected ? 'true' : 'false'} @click=${() => view.act.select(selected ? undefined : item.id)}>
    <span class="name">${item.name}</span>${item.note ? html` <span class="note">${item.note}</span>` : ''}
  </button>`;
}
