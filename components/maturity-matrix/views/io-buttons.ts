import { html, nothing } from 'lit';
import type { MatrixView } from './context.js';

/** What the toolbar's file buttons do; each waits for the files part (io-loader.ts) if it is not there yet. */
export interface IoActions {
  download(format: 'json' | 'csv'): void;
  importFile(file: File): void;
  print(): void;
}

/**
 * The toolbar's file buttons: download JSON and CSV, import a plan (editable only: a button that
 * opens the hidden file input, so it looks and works like every other button), print. In the
 * first load (they are cheap); what they do is in the lazily loaded part.
 */
export function renderIoButtons(view: MatrixView, actions: IoActions) {
  const { t } = view;
  const choose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (file) actions.importFile(file);
  };
  return html`<span class="io-buttons">
    <button type="button" class="secondary" data-io="json" @click=${() => actions.download('json')}>${t('matrix.io.json')}</button>
    <button type="button" class="secondary" data-io="csv" @click=${() => actions.download('csv')}>${t('matrix.io.csv')}</button>
    ${view.editable
      ? html`<button type="button" class="secondary" data-io="import" @click=${(e: Event) => (e.currentTarget as HTMLElement).parentElement!.querySelector('input')!.click()}>
            ${t('matrix.io.import')}
          </button>
          <input type="file" class="import-file" hidden tabindex="-1" accept=".json,application/json" @change=${choose} />`
      : nothing}
    <button type="button" class="secondary" data-io="print" @click=${() => actions.print()}>${t('matrix.io.print')}</button>
  </span>`;
}

/** A file dropped on the toolbar is imported like a chosen one (editable only). */
export function dropHandlers(view: MatrixView, actions: IoActions) {
  if (!view.editable) return { over: undefined, drop: undefined };
  return {
    over: (event: DragEvent) => event.preventDefault(),
    drop: (event: DragEvent) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) actions.importFile(file);
    },
  };
}
