import { property } from 'lit/decorators.js';
import { CatalogueController } from './controllers/catalogue.js';
import { LocalizeController } from './controllers/localize.js';
import { WorkspaceController } from './controllers/workspace.js';
import { LioElement } from './lio-element.js';
import type { MessageLoaders, MessageOverrides } from './messages/index.js';
import type { PersistMode } from './storage.js';

/**
 * Base class of the visitor-facing widgets: language, catalogue (from a `<lio-catalogue>` or the
 * built-in default), the shared page workspace, storage mode and colour scheme.
 */
export class LioWidget extends LioElement {
  /** Name of the page workspace shared with other widgets (shortlist, scan result, picked factor). */
  @property({ reflect: true }) workspace = 'default';

  /** Where the widget keeps the visitor's work: `local` (default), `session` (this tab) or `none` (nothing stored). */
  @property({ reflect: true }) persist: PersistMode = 'local';

  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * The site's own wording, per language, replacing any of the widget's messages:
   * `{ nl: { 'finder.title': 'Maatregelen zoeken' } }`. A value is a text with `{name}`
   * placeholders or plural forms (`{ one: '…', other: '…' }`). Unknown keys fire `lio-error`
   * (`invalid-messages`) listing the valid keys. Also possible as an inline
   * `<script type="application/json" data-lio-messages>` child, or for every widget in a
   * `<lio-catalogue>` through its `messages`.
   */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** @internal The widget's own messages: one `import()` per language, so only the page's language loads. */
  static messageLoaders?: MessageLoaders;

  /** @internal Language and messages. */
  readonly localize = new LocalizeController(this, {
    loaders: (this.constructor as typeof LioWidget).messageLoaders,
    overrides: () => this.messages,
  });
  /** @internal The catalogue state: loading, ready or error. */
  readonly catalogue = new CatalogueController(this, this.localize);
  /** @internal The shared page workspace. */
  readonly shared = new WorkspaceController(this, (error) => this.onStorageFailure(error));

  /** Storage refused: tell the host once; the widget shows a notice and keeps working in memory. */
  protected onStorageFailure(_error: unknown): void {
    this.emit('lio-error', { code: 'storage-unavailable', message: this.localize.t('error.storage-unavailable'), problems: [] });
  }
}
