import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../../src/core/ids.js';
import type { Journey } from '../../../src/core/journey/schema.js';
import type { Problem } from '../../../src/core/problems.js';
import type { HeadingOptions } from '../../../src/elements/heading.js';
import type { Translate } from '../../../src/elements/messages/index.js';
import { renderErrorView } from '../../../src/elements/views/error-view.js';
import type { MessageKey } from '../messages/index.js';

/** A journey read from a file or a link, waiting for the visitor's "Vervangen" or "Annuleren". */
export interface PendingJourney {
  source: 'file' | 'link';
  /** The file's name. */
  name?: string;
  journey: Journey;
  /** What it holds, in words. */
  holds: string;
}

/** A refused file or link, or a part that could not be loaded: what the element shows. */
export interface ShareError {
  message: string;
  problems: Problem[];
  /** For a part that failed to load: try again. */
  retry?: () => void;
}

/** A made link: its URL and whether it reached the clipboard; or the length that was too long. */
export type MadeLink = { url: string; copied: boolean } | { tooLong: number };

/** What the views render from; the element keeps the state. */
export interface ShareView {
  lang: Lang;
  t: Translate<MessageKey>;
  heading: (offset: number, content: unknown, options?: HeadingOptions) => TemplateResult;
  /** What the workspace holds now, in words, or undefined when it holds nothing. */
  holds?: string | undefined;
  error?: ShareError | undefined;
  link?: MadeLink | undefined;
  pending?: PendingJourney | undefined;
  act: ShareActions;
}

/** What the visitor can do. */
export interface ShareActions {
  save(): void;
  openFile(file: File): void;
  copyLink(): void;
  replace(): void;
  cancel(): void;
  dismiss(): void;
  /** The pointer or focus reached the buttons: fetch the second part now. */
  warm(): void;
  onCancel(event: Event): void;
}

/** The buttons, with the hidden file input behind "Route openen"; a file dropped on them is opened too. */
export function renderToolbar(view: ShareView) {
  const { t, act } = view;
  const choose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (file) act.openFile(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) act.openFile(file);
  };
  const empty = view.holds === undefined;
  return html`<div class="buttons" part="toolbar" @pointerenter=${act.warm} @focusin=${act.warm} @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${drop}>
      <button type="button" data-share="save" ?disabled=${empty} @click=${act.save}>${t('share.save')}</button>
      <button type="button" class="secondary" data-share="open" @click=${(e: Event) => (e.currentTarget as HTMLElement).parentElement!.querySelector('input')!.click()}>
        ${t('share.open')}
      </button>
      <input type="file" class="open-file" hidden tabindex="-1" accept=".json,application/json" @change=${choose} />
      <button type="button" class="secondary" data-share="link" ?disabled=${empty} @click=${act.copyLink}>${t('share.link')}</button>
    </div>
    <p class="hint">${t('share.drop-hint')}</p>`;
}

/** A refused file or link with its problems (the shared error view), or a part that did not load (with a retry). */
export function renderError(view: ShareView) {
  const { error, t, lang } = view;
  if (!error) return nothing;
  return html`<div class="share-error">
    ${renderErrorView({ lang, t, message: error.message, problems: error.problems, ...(error.retry && { onRetry: error.retry }) })}
    <button type="button" class="secondary dismiss" @click=${view.act.dismiss}>${t('share.dismiss')}</button>
  </div>`;
}
