import { html, nothing } from 'lit';
import { buildJourney, journeyToJson, journeyValues, nowUtc, summarizeJourney } from '../../src/core/journey/build.js';
import { JOURNEY_LIMITS, JOURNEY_SLICES, type JourneySliceName } from '../../src/core/journey/format.js';
import { journeyLinkData, journeyLinkUrl, withoutJourneyLink } from '../../src/core/journey/fragment.js';
import type { Journey } from '../../src/core/journey/schema.js';
import type { Result } from '../../src/core/problems.js';
import { AnnouncerController } from '../../src/elements/announcer.js';
import type { ModalController } from '../../src/elements/dialog.js';
import { LioWorkspaceElement } from '../../src/elements/lio-workspace-element.js';
import { baseStyles } from '../../src/elements/styles/base.js';
import { controlStyles } from '../../src/elements/styles/controls.js';
import { renderErrorView } from '../../src/elements/views/error-view.js';
import { renderSkeleton } from '../../src/elements/views/skeleton.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import styles from './journey-share.styles.js';
import { shareMessages, sharePartMessages } from './messages/index.js';
import { shareLoader } from './share-loader.js';
import { describeJourney } from './views/describe.js';
import { renderError, renderToolbar, type MadeLink, type PendingJourney, type ShareError, type ShareView } from './views/share.js';

/**
 * Link data an element on this page is offering now, shared by every copy of the element (and
 * every bundle): two elements on one page ask once. Released when the visitor answered, when the
 * fragment is gone, so the same link pasted again is offered again.
 */
const claimed = ((globalThis as Record<symbol, unknown>)[Symbol.for('lio-widgets.journey-link@1')] ??= new Set<string>()) as Set<string>;

/**
 * Saves the whole journey of the page workspace (the quick scan's answers, team codes and
 * outcome, the saved interventions, the focus picked in the model, the action plans) to a file
 * or a link, and opens one again, on this or another computer. Every widget on the page (and in
 * other tabs sharing the workspace) follows a restored journey at once.
 *
 * Opening never replaces silently: the element says what the file or link holds and what it
 * would replace, and asks "Vervangen" or "Annuleren". A file or link that is not a journey
 * changes nothing: its problems are listed, translated, with their place in the file. A page
 * opened with `#lio-journey=…` in its URL offers to open that journey; the fragment is removed
 * after the choice. The fragment is never sent to a server.
 *
 * Shows no catalogue content, so it loads no catalogue. Reading files and links (the format's
 * schemas) and making links (compression) are a second part, fetched when the browser is idle
 * or when the pointer or focus reaches the buttons; a button pressed before it is there waits for it.
 *
 * @summary Save the whole journey to a file or a link, and open it again.
 * @tagname lio-journey-share
 *
 * @event {CustomEvent<LioJourneyRestoreDetail>} lio-journey-restore - The visitor opened a journey and chose to replace: `detail.source` (`file` or `link`), `name`, `created`, the `slices` it held and a `summary` of counts.
 * @event {CustomEvent<LioErrorDetail>} lio-error - A file or link that is not a journey (`invalid-journey`, with its problems), the second part that could not be loaded (`chunk-unavailable`), unavailable storage, unknown wording keys, or messages that failed to load.
 *
 * @csspart summary - The line that says what the workspace holds now.
 * @csspart toolbar - The buttons: save as a file, open (a button, or a file dropped on the buttons), copy a link.
 * @csspart link - The made link: whether it was copied, the link in a read-only field, and what a link carries.
 * @csspart dialog - The question before a journey replaces the workspace: what it holds, what it replaces, replace or cancel.
 * @csspart error - The error view: a refused file or link with its problems, or a part that could not be loaded.
 * @csspart error-problems - The list of problems of a refused file or link.
 * @csspart retry - The retry button when the second part could not be loaded.
 */
export class LioJourneyShare extends LioWorkspaceElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** @internal Joined before the first render: the summary of what the journey holds shows from the first render. */
  static override workspaceSource = getWorkspace;

  /** @internal The element's own messages: one chunk per language. */
  static override messageLoaders = shareMessages;
  /** @internal The texts only the second part shows (the question before replacing, a made link): loaded with it. */
  static override partMessageLoaders = sharePartMessages;

  #pending?: PendingJourney;
  #error?: ShareError;
  #link?: MadeLink;
  /** The link data this element is offering (claimed), until the visitor answered. */
  #linkData?: string;
  /** A link read before the messages arrived: offered once they are there, so no message key shows. */
  #readLink?: Result<Journey>;
  readonly #announcer = new AnnouncerController(this);
  readonly #loader = shareLoader(
    this,
    () => this.localize.loadPartMessages(),
    () => this.chunkFailed(),
  );
  /** The question's modal dialog, made with the second part (its controller comes with it) when a journey is first offered. */
  #modal?: ModalController;

  readonly #onHashChange = () => this.#offerLink();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.#offerLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    // Gone before the visitor answered: another element (or this one, back again) may ask.
    if (this.#linkData !== undefined) claimed.delete(this.#linkData);
    this.#linkData = undefined;
  }

  /** Resolves when what the visitor asked for (reading a file, making a link) is done and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#loader.pending) {
      await this.#loader.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The journey of the workspace now. */
  #journey(): Journey {
    return buildJourney(this.shared.state, { workspace: this.workspace || 'default' });
  }

  /** Save the journey as a file, with the second part (the file helpers come with it; usually fetched already when the pointer or focus reached the button). */
  #save(): void {
    void this.#loader.run((part) => {
      const { t } = this.localize;
      const name = part.fileName(`${t('share.file-name')}-${nowUtc().slice(0, 10)}`, 'json');
      part.downloadFile(this.renderRoot, name, journeyToJson(this.#journey()), part.FILE_TYPES.json);
      this.#announcer.announce(t('share.saved', { name }));
    });
  }

  #copyLink(): void {
    this.#link = undefined;
    void this.#loader.run(async (part) => {
      const data = await part.encodeJourneyLink(this.#journey());
      const url = journeyLinkUrl(location.href, data);
      if (data.length > JOURNEY_LIMITS.linkCharacters) this.#link = { tooLong: url.length };
      else {
        let copied = true;
        try {
          await navigator.clipboard.writeText(url);
        } catch {
          // No clipboard (an insecure page, a refused permission): the field below shows the link to copy by hand.
          copied = false;
        }
        this.#link = { url, copied };
      }
      this.requestUpdate();
    });
  }

  #openFile(file: File): void {
    const { t } = this.localize;
    this.#dismiss();
    if (file.size > JOURNEY_LIMITS.bytes) {
      this.#refuse({ message: t('share.too-big', { name: file.name, size: JOURNEY_LIMITS.bytes / 1024 / 1024 }), problems: [] });
      return;
    }
    void this.#loader.run(async (part) => {
      let text: string;
      try {
        text = await file.text();
      } catch {
        // A file moved or deleted after it was chosen, or one the browser may not read.
        return this.#refuse({ message: t('share.unreadable', { name: file.name }), problems: [] });
      }
      this.#offer(part.parseJourney(text), 'file', file.name);
    });
  }

  /** A `#lio-journey=` in the URL: read it and ask (one element per page asks for one link). */
  #offerLink(): void {
    const data = journeyLinkData(location.hash);
    if (!data || claimed.has(data)) return;
    claimed.add(data);
    this.#linkData = data;
    void this.#loader.run(async (part) => {
      this.#readLink = await part.decodeJourneyLink(data);
      this.requestUpdate();
    });
  }

  protected override willUpdate(): void {
    // Before rendering, so the question or the problems show in this update.
    if (this.#readLink && this.localize.status === 'ready') {
      const result = this.#readLink;
      this.#readLink = undefined;
      this.#offer(result, 'link');
    }
  }

  /** A read journey: ask before replacing; a bad one is refused and changes nothing. */
  #offer(result: Result<Journey>, source: 'file' | 'link', name?: string): void {
    const { t } = this.localize;
    if (!result.ok) {
      if (source === 'link') this.#forgetLink();
      this.#refuse({ message: source === 'file' ? t('share.invalid-file', { name: name ?? '' }) : t('share.invalid-link'), problems: result.problems });
      return;
    }
    // Only called with the part there: a journey was read by it.
    this.#modal ??= new this.#loader.part!.ModalController(this, {
      dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.share-dialog'),
      initialFocus: () => this.renderRoot.querySelector<HTMLElement>('.dialog-title'),
      fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('.share-title'),
      onRequestClose: () => this.#cancel(),
    });
    this.#modal.opening();
    this.#pending = { source, journey: result.value, holds: describeJourney(summarizeJourney(result.value), t), ...(name !== undefined && { name }) };
    this.requestUpdate();
  }

  #refuse(error: ShareError): void {
    this.#error = error;
    this.requestUpdate();
    this.emit('lio-error', { code: 'invalid-journey', message: error.message, problems: error.problems });
  }

  /** "Vervangen": the journey's slices replace the workspace's; every widget follows. */
  #replace(): void {
    const pending = this.#pending;
    if (!pending) return;
    const { journey, source, name } = pending;
    // The page's workspace of this name (one per name), as `this.shared` uses it.
    const { replaceSlices } = this.#loader.part!;
    getWorkspace(this.workspace || 'default').change((data) => replaceSlices(data, journeyValues(journey), JOURNEY_SLICES));
    this.#close();
    if (source === 'link') this.#forgetLink();
    this.#link = undefined;
    this.#announcer.announce(this.localize.t('share.restored', { what: pending.holds }));
    this.emit('lio-journey-restore', {
      source,
      ...(name !== undefined && { name }),
      created: journey.created,
      slices: Object.keys(journey.slices) as JourneySliceName[],
      summary: summarizeJourney(journey),
    });
  }

  #cancel(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#close();
    if (pending.source === 'link') {
      this.#forgetLink();
      this.#announcer.announce(this.localize.t('share.declined'));
    }
  }

  #close(): void {
    this.#pending = undefined;
    this.requestUpdate();
    this.#modal?.closed();
  }

  /** Take the journey out of the address bar (and so out of a bookmark or a reload); the page's own fragment stays. */
  #forgetLink(): void {
    const hash = withoutJourneyLink(location.hash);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    if (this.#linkData !== undefined) claimed.delete(this.#linkData);
    this.#linkData = undefined;
  }

  #dismiss(): void {
    if (!this.#error && !this.#loader.failed) return;
    this.#error = undefined;
    this.#loader.failed = false;
    this.requestUpdate();
  }

  readonly #actions = {
    save: () => this.#save(),
    openFile: (file: File) => this.#openFile(file),
    copyLink: () => this.#copyLink(),
    replace: () => this.#replace(),
    cancel: () => this.#cancel(),
    dismiss: () => this.#dismiss(),
    warm: () => void this.#loader.load(),
    onCancel: (event: Event) => this.#modal?.onCancel(event),
  };

  protected override render() {
    const { t, lang, status } = this.localize;
    if (status === 'error') return renderErrorView({ lang, t, message: t('error.messages-unavailable'), onRetry: () => this.localize.retry() });
    if (status === 'loading') return renderSkeleton(t('loading'), 3);
    const summary = summarizeJourney(this.#journey());
    const holds = summary.empty ? undefined : describeJourney(summary, t);
    const error: ShareError | undefined = this.#loader.failed ? { message: t('error.chunk-unavailable'), problems: [], retry: () => this.#retry() } : this.#error;
    const view: ShareView = { lang, t, heading: (o, c, opts) => this.heading(o, c, opts), holds, error, link: this.#link, pending: this.#pending, act: this.#actions };
    return html`<section class="surface" aria-labelledby="share-title">
      ${this.heading(0, t('share.title'), { id: 'share-title', className: 'share-title', focusable: true })}
      <p class="intro">${t('share.intro')}</p>
      <p class="summary" part="summary">${holds === undefined ? t('share.empty') : t('share.holds', { what: holds })}</p>
      ${this.shared.storageFailed ? html`<p class="notice" role="status">${t('share.storage-unavailable')}</p>` : nothing}
      ${renderToolbar(view)} ${renderError(view)} ${this.#loader.part?.renderLink(view)} ${this.#loader.part?.renderConfirm(view)} ${this.#announcer.render()}
    </section>`;
  }

  /** The error view's retry: load the part again; the visitor then repeats what they asked for. */
  #retry(): void {
    this.#loader.failed = false;
    void this.#loader.run(() => undefined);
  }
}
