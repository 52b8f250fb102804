import type { PropertyDeclarations, TemplateResult } from 'lit';
import { LocalizeController } from './controllers/localize.js';
import { WorkspaceController, type WorkspaceSource } from './controllers/workspace.js';
import { renderHeading, type HeadingOptions } from './heading.js';
import { LioElement } from './lio-element.js';
import type { MessageLoaders, MessageOverrides } from './messages/index.js';
import type { PersistMode } from './storage.js';
import { renderErrorView } from './views/error-view.js';

/**
 * Base of the elements that take part in the page workspace and speak the visitor's language but
 * show no catalogue content (such as `<lio-journey-share>`): language and messages, the shared
 * workspace, storage mode, colour scheme and heading level. `LioWidget` adds the catalogue.
 *
 * Kept apart from `LioWidget` because a widget that never shows an intervention should not make
 * the page download the built-in catalogue (about 29 KB gzip) just to exist.
 */
export class LioWorkspaceElement extends LioElement {
  // Declared here rather than by decorators: the decorator helpers would ship with every element.
  static override properties: PropertyDeclarations = {
    workspace: { reflect: true },
    persist: { reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    messages: { attribute: false },
  };

  /** Name of the page workspace shared with other widgets (shortlist, scan result, picked factor). */
  workspace = 'default';

  /** Where the widget keeps the visitor's work: `local` (default), `session` (this tab) or `none` (nothing stored). */
  persist: PersistMode = 'local';

  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the system). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** Level of the widget's own heading (2–6); headings inside follow from it. */
  headingLevel = 2;

  /**
   * The site's own wording, per language, replacing any of the widget's messages:
   * `{ nl: { 'finder.title': 'Maatregelen zoeken' } }`. A value is a text with `{name}`
   * placeholders or plural forms (`{ one: '…', other: '…' }`). Unknown keys fire `lio-error`
   * (`invalid-messages`) listing the valid keys. Also possible as an inline
   * `<script type="application/json" data-lio-messages>` child, or for every widget in a
   * `<lio-catalogue>` through its `messages`.
   */
  messages?: MessageOverrides;

  /** @internal The widget's own messages: one `import()` per language, so only the page's language loads. */
  static messageLoaders?: MessageLoaders;

  /**
   * @internal The messages only the widget's lazy parts show, in the same form: loaded with the
   * first part (`this.localize.loadPartMessages()` in the part's loader), not with the widget.
   */
  static partMessageLoaders?: MessageLoaders;

  /**
   * @internal Where the widget gets the page workspace; every widget says. `getWorkspace`
   * (workspace.ts, a static import) when its first render reads the shared state: it joins before
   * that render. `workspaceOnDemand` (workspace-on-demand.ts) when it needs the workspace only later
   * (the model diagram: its score overlay, "show in the finder"): fetched as a chunk of its own on
   * connect, out of the widget's first load. Without one, the widget stays out of every workspace.
   */
  static workspaceSource?: WorkspaceSource;

  /** Language and messages: `this.localize.t(key, params)`, `this.localize.lang`. */
  protected readonly localize = new LocalizeController(this, {
    loaders: (this.constructor as typeof LioWorkspaceElement).messageLoaders,
    partLoaders: (this.constructor as typeof LioWorkspaceElement).partMessageLoaders,
    overrides: () => this.messages,
  });
  /** The shared page workspace. Storage refused: the host hears it once; the widget shows a notice and keeps working in memory. */
  protected readonly shared = new WorkspaceController(
    this,
    () => this.emit('lio-error', { code: 'storage-unavailable', message: this.localize.t('error.storage-unavailable'), problems: [] }),
    (this.constructor as typeof LioWorkspaceElement).workspaceSource,
  );

  /** A part the visitor waits for could not be loaded: the host hears it (`lio-error`, `chunk-unavailable`). */
  protected chunkFailed(): void {
    this.emit('lio-error', { code: 'chunk-unavailable', message: this.localize.t('error.chunk-unavailable'), problems: [] });
  }

  /** The shared error view of a part that could not be loaded, with a retry: in that part's place. */
  protected renderChunkError(onRetry: () => void): TemplateResult {
    const { lang, t } = this.localize;
    return renderErrorView({ lang, t, message: t('error.chunk-unavailable'), onRetry });
  }

  /** A heading `offset` levels below the widget's own (`heading-level`), within h2–h6. */
  protected heading(offset: number, content: unknown, options?: HeadingOptions) {
    return renderHeading(this.headingLevel, offset, content, options);
  }
}
