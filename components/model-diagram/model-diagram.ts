import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Catalogue } from '../../src/core/catalogue.js';
import { layoutDiagram, layoutStacked, type DiagramLayout, type DiagramOptions, type MeasureText } from '../../src/core/diagram/layout.js';
import { cachedMeasure } from '../../src/core/diagram/wrap.js';
import type { DiagramScanInput, DiagramScores } from '../../src/core/diagram/scores.js';
import { localize } from '../../src/core/i18n.js';
import { problem, type Problem } from '../../src/core/problems.js';
import { AnnouncerController } from '../../src/elements/announcer.js';
import { AttributeProblemsController } from '../../src/elements/attributes.js';
import { LioWidget } from '../../src/elements/lio-widget.js';
import { baseStyles } from '../../src/elements/styles/base.js';
import { controlStyles } from '../../src/elements/styles/controls.js';
import { workspaceOnDemand } from '../../src/elements/workspace-on-demand.js';
import { renderSkeleton } from '../../src/elements/views/skeleton.js';
import './events.js';
import { diagramMessages, diagramPartMessages } from './messages/index.js';
import { loadPanelPart, loadScoresPart, partLoader } from './part-loader.js';
import styles from './model-diagram.styles.js';
import type { DiagramActions, DiagramItem, DiagramView } from './views/context.js';
import { renderFigure } from './views/figure.js';

/**
 * The width the figure is laid out at for printing: about an A4 portrait page's text width in CSS
 * px. Drawn at a wide screen's width and shrunk to the paper, its text would be 9 px small.
 */
const PRINT_WIDTH = 680;

/** Sizes of the figure in em of the widget's font, so it grows with a larger text setting. */
const SIZES = { lineHeight: 1.25, padding: 0.75, gap: 0.375, chipPadding: 0.375 };

/**
 * The LIO model as a live picture: the five levels around the employee (employee, task,
 * colleagues and leader, organisation, environment) as nested bands, each with its factors, drawn
 * from the catalogue, so a custom catalogue draws its own model. Every level and factor can be
 * picked (one tab stop, arrow keys between them, Enter or Space to pick, Escape to clear; pointer
 * and touch alike); a pick opens a panel with the description, the number of interventions per
 * kind of evidence, the best-supported ones and "show in the finder". The panel is a part loaded
 * after the figure shows (when the browser is idle, or when the pointer or focus reaches the
 * figure); a pick made before it is there waits for it.
 *
 * It scales with its container: below the width where the labels fit as nested bands it stacks
 * the levels, and where even that does not fit it shows the list view, which is always one click
 * away ("show as a list") and is the same model as nested lists.
 *
 * With `show-scores` and a quick-scan result (from the page workspace, or the `scanResult`
 * property), each factor shows its score on a colour scale with a legend, and in words: the score,
 * strength or improvement point, or "not scored". The scores' code, colours and legend are a part
 * fetched only with `show-scores`, as soon as it is set; the figure waits for it on its first paint.
 *
 * @summary The LIO model as an accessible, clickable diagram, with an optional quick-scan overlay.
 * @tagname lio-model-diagram
 *
 * @event {CustomEvent<LioSelectDetail>} lio-select - The visitor picked a level (`detail.level`) or a factor (`detail.factor` and its `detail.level`), or cleared the pick (an empty detail). Not fired when `selected` is set from script.
 * @event {CustomEvent<LioErrorDetail>} lio-error - An unknown `selected` id (`invalid-attribute`, with the valid ids), an invalid or unreachable catalogue, unavailable storage, unknown wording keys, or messages that failed to load.
 *
 * @csspart diagram - The box around the figure (or the list, when that is shown).
 * @csspart level - One level's band in the figure (an SVG group).
 * @csspart factor - One factor's chip in the figure (an SVG group).
 * @csspart panel - The panel about the picked level or factor.
 * @csspart list - The model as nested lists.
 * @csspart legend - The legend of the score colours.
 *
 * @cssproperty --lio-model-diagram-score-1 - Chip fill for the lowest scores (shown as 1.0 to 1.7), under the normal text colour.
 * @cssproperty --lio-model-diagram-score-2 - Chip fill for scores shown as 1.8 to 2.5.
 * @cssproperty --lio-model-diagram-score-3 - Chip fill for scores shown as 2.6 to 3.3.
 * @cssproperty --lio-model-diagram-score-4 - Chip fill for scores shown as 3.4 to 4.1.
 * @cssproperty --lio-model-diagram-score-5 - Chip fill for the highest scores (shown as 4.2 to 5.0).
 */
export class LioModelDiagram extends LioWidget {
  static override styles = [baseStyles, controlStyles, styles];

  static override properties: PropertyDeclarations = {
    selected: { reflect: true },
    showCounts: { attribute: 'show-counts', type: Boolean, reflect: true },
    showScores: { attribute: 'show-scores', type: Boolean, reflect: true },
    finderUrl: { attribute: 'finder-url' },
    scanResult: { attribute: false },
  };

  /** @internal Fetched on connect, out of the first load: only the score overlay and "show in the finder" need it. */
  static override workspaceSource = workspaceOnDemand;

  /** @internal The diagram's own messages: one chunk per language. */
  static override messageLoaders = diagramMessages;
  /** @internal The messages of the panel and the score legend: one chunk per language, loaded with the first of those parts. */
  static override partMessageLoaders = diagramPartMessages;

  /** The picked level or factor (its id); empty for none. An unknown id shows the error view with the valid ids. */
  selected = '';

  /** Show the number of interventions in each factor's chip. */
  showCounts = false;

  /** Show the quick scan's score per factor (from `scanResult`, or else the page workspace's last scan). */
  showScores = false;

  /** Page of an `<lio-intervention-finder sync-url>`: "show in the finder" links there (`?lio-factor=…`, `?lio-level=…`). Without it, a finder on the same page filters through the workspace. */
  finderUrl = '';

  /**
   * A quick-scan result to show with `show-scores`: the object of `lio-scan-complete` (or the
   * workspace's `scan` slice). Without it, the last scan in the page workspace is shown.
   */
  scanResult?: DiagramScanInput;

  /** The width the figure has, measured by a ResizeObserver; 0 until the first measurement. */
  #width = 0;
  #list = false;
  /** The last render showed the list, or waited for it (its part): asked for, or nothing else fits. */
  #listWanted = false;
  #printing = false;
  /** The item holding the figure's tab stop (its roving tabindex). */
  #active = '';
  readonly #attributes = new AttributeProblemsController(this, this.localize);
  #observer?: ResizeObserver;
  #resizeFrame = 0;
  #canvas?: CanvasRenderingContext2D | null;
  readonly #announcer = new AnnouncerController(this);
  /** The panel about the pick and the list view: a part loaded apart (part-loader.ts, panel-part.ts). */
  readonly #panel = partLoader(this, loadPanelPart, () => this.localize.loadPartMessages(), () => !!this.selected || this.#listWanted, () => this.chunkFailed());
  /** The score overlay, only with `show-scores` (scores-part.ts). */
  readonly #scoring = partLoader(
    this,
    // Without a `scanResult`, with the workspace (a chunk the diagram fetches on connect): its scan is there on the overlay's first paint.
    () => Promise.all([loadScoresPart(), this.scanResult || this.shared.joined()]).then(([part]) => part),
    () => this.localize.loadPartMessages(),
    () => this.showScores,
    () => this.chunkFailed(),
  );

  /** The layout the figure shows, or undefined when only the list fits. Recomputed when the width, language or notes change. */
  #layout?: { key: string; value: DiagramLayout | undefined };

  /** The quick-scan scores in use: the property, else the workspace, when `show-scores` is on (and its part is there). */
  #scores(): DiagramScores | undefined {
    return this.showScores ? this.#scoring.part?.readDiagramScores(this.scanResult ?? this.shared.state.scan) : undefined;
  }

  #items(catalogue: Catalogue, scores: DiagramScores | undefined, format: (value: number) => string): DiagramView['levels'] {
    const { lang, t } = this.localize;
    return [...catalogue.levels].reverse().map((level) => {
      const factors = level.factors.map((factor): DiagramItem => {
        const score = scores?.scores.get(factor.id);
        const notes: string[] = [];
        if (scores) {
          const mark = scores.strengths.has(factor.id) ? 'diagram.strength' : scores.improvements.has(factor.id) ? 'diagram.improvement' : '';
          notes.push(score === undefined ? t('diagram.not-scored') : `${format(score)}${mark ? ` · ${t(mark)}` : ''}`);
        }
        if (this.showCounts) notes.push(t('diagram.interventions', { count: catalogue.byFactor.get(factor.id)?.length ?? 0 }));
        return {
          id: factor.id,
          kind: 'factor',
          level: level.id,
          name: localize(factor.title, lang),
          note: notes.join(' · '),
          step: scores ? (score === undefined ? undefined : this.#scoring.part!.scoreStep(score)) : null,
        };
      });
      return { item: { id: level.id, kind: 'level', level: level.id, name: localize(level.title, lang), note: '', step: null }, factors };
    });
  }

  #view(catalogue: Catalogue): DiagramView {
    const { lang, t } = this.localize;
    const scores = this.#scores();
    const number = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const score = (value: number) => number.format(value);
    const levels = this.#items(catalogue, scores, score);
    const byId = new Map<string, DiagramItem>();
    for (const { item, factors } of levels) for (const entry of [item, ...factors]) byId.set(entry.id, entry);
    const selected = byId.get(this.selected);
    if (!byId.has(this.#active)) this.#active = selected?.id ?? levels[0]!.item.id;
    return {
      catalogue,
      lang,
      t,
      heading: this.heading.bind(this),
      levels,
      byId,
      selected,
      active: this.#active,
      scores,
      score,
      finderUrl: this.finderUrl,
      act: this.#act,
    };
  }

  readonly #act: DiagramActions = {
    select: (id) => {
      if ((id ?? '') === this.selected) return;
      this.selected = id ?? '';
      // Also after a failed load: each pick tries again.
      if (id) void this.#panel.load();
      if (id) this.#active = id;
      const item = id ? this.#currentView()?.byId.get(id) : undefined;
      this.emit('lio-select', item ? { level: item.level, ...(item.kind === 'factor' && { factor: item.id }) } : {});
      this.#announcer.announce(item ? this.localize.t('diagram.selected', { name: item.name }) : this.localize.t('diagram.cleared'));
    },
    focus: (id) => {
      this.#active = id;
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement | HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus());
    },
    toggleList: () => {
      this.#list = !this.#list;
      this.requestUpdate();
    },
    showInFinder: (item) => {
      // The workspace is a chunk the diagram fetches on connect: the pick goes there once it is in.
      this.shared.joined().then(() => {
        this.shared.set('focus', item.kind === 'factor' ? { level: item.level, factor: item.id } : { level: item.id });
        this.#announcer.announce(this.localize.t('diagram.shown-in-finder', { name: item.name }));
      }, () => this.chunkFailed());
    },
  };

  #currentView(): DiagramView | undefined {
    const catalogue = this.readyCatalogue;
    return catalogue && this.localize.status === 'ready' ? this.#view(catalogue) : undefined;
  }

  /**
   * Text widths in the figure's font (`size` px of `family`): canvas `measureText`, titles in
   * bold. The fonts are read once per layout, not once per word measured.
   */
  #measurer(size: number, family: string): MeasureText {
    const context = (this.#canvas ??= document.createElement('canvas').getContext('2d'));
    // No canvas (a very old or locked-down browser): generous widths.
    if (!context) return (text) => text.length * size;
    const fonts = { level: `700 ${size}px ${family}`, factor: `400 ${size}px ${family}` };
    return (text, kind) => {
      context.font = fonts[kind];
      return context.measureText(text).width;
    };
  }

  /** The figure's layout at the measured width: nested bands, else stacked, else undefined (the list). */
  #figure(view: DiagramView): DiagramLayout | undefined {
    const style = getComputedStyle(this);
    const size = parseFloat(style.fontSize) || 16;
    const input = [...view.levels].reverse().map(({ item, factors }) => ({ id: item.id, label: item.name, factors: factors.map((f) => ({ id: f.id, label: f.name, note: f.note })) }));
    const width = this.#printing ? PRINT_WIDTH : this.#width;
    const key = JSON.stringify([width, size, style.fontFamily, input]);
    if (this.#layout?.key !== key) {
      const options: DiagramOptions = {
        width,
        fontSize: size,
        lineHeight: SIZES.lineHeight,
        padding: SIZES.padding * size,
        gap: SIZES.gap * size,
        chipPadding: SIZES.chipPadding * size,
      };
      // One cache for both tries: the stacked layout measures the same words again.
      const measure = cachedMeasure(this.#measurer(size, style.fontFamily));
      this.#layout = { key, value: layoutDiagram(input, measure, options) ?? layoutStacked(input, measure, options) };
    }
    return this.#layout.value;
  }

  /** An unknown `selected` id, as a problem naming the valid ones. */
  #problems(catalogue: Catalogue): Problem[] {
    if (!this.selected || catalogue.levels.some((l) => l.id === this.selected) || catalogue.factorById.has(this.selected)) return [];
    const values = [...catalogue.levels.map((l) => l.id), ...catalogue.factorById.keys()].join(', ');
    return [problem('selected', 'invalid-value', `unknown level or factor "${this.selected}"; expected one of ${values}`, { values, value: this.selected })];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The new width is drawn in the next frame: drawing changes the observed box's height, and
    // changing an observed size inside the observer's callback makes the browser report a
    // ResizeObserver loop error on the page.
    this.#observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]!.contentRect.width);
      cancelAnimationFrame(this.#resizeFrame);
      this.#resizeFrame = requestAnimationFrame(() => {
        if (width === this.#width) return;
        this.#width = width;
        this.requestUpdate();
      });
    });
    // A web font that arrives late changes the widths: lay out again.
    document.fonts?.addEventListener('loadingdone', this.#onFonts);
    // Lit's update runs in the microtasks right after the event, before the browser lays out the print.
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#resizeFrame);
    document.fonts?.removeEventListener('loadingdone', this.#onFonts);
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
  }

  #onPrint = (event: Event) => {
    this.#printing = event.type === 'beforeprint';
    this.requestUpdate();
  };

  #onFonts = () => {
    this.#layout = undefined;
    this.requestUpdate();
  };

  /** The error view's retry: load the failed parts again, and put the visitor where they show (or on the retry again). */
  #retry(): void {
    const panel = this.#panel.failed;
    if (panel) void this.#panel.load();
    if (this.#scoring.failed) void this.#scoring.load();
    void this.updateComplete.then(() => {
      const shown = this.selected ? '#panel-title' : '[data-list-id]';
      const target = this.renderRoot.querySelector<HTMLElement>('[part="retry"]') ?? this.renderRoot.querySelector<HTMLElement>(panel ? shown : '[tabindex="0"]');
      target?.focus();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Picked (a `selected` attribute, or from script): fetch the panel now, alongside the catalogue;
    // the same for the scores with `show-scores`.
    if (this.selected && (!this.#panel.failed || changed.has('selected'))) void this.#panel.load();
    if (this.showScores && (!this.#scoring.failed || changed.has('showScores'))) void this.#scoring.load();
  }

  /** `updateComplete` also waits for the panel of a pick or the list, and for the scores asked for, while they load, so what shows is the state's. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let loading;
    while ((loading = (this.selected || this.#listWanted ? this.#panel.loading : undefined) ?? (this.showScores ? this.#scoring.loading : undefined))) {
      await loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const box = this.renderRoot.querySelector('.figure');
    if (box) this.#observer?.observe(box);
    const catalogue = this.readyCatalogue;
    // The figure shows: fetch the panel while the visitor looks at it.
    if (catalogue) this.#panel.preload();
  }

  /** The panel of the pick once its part is there; the error view in its place when it could not be loaded. */
  #renderPanel(view: DiagramView, item: DiagramItem) {
    const panel = this.#panel;
    return panel.part ? panel.part.renderPanel(view, item) : panel.failed ? this.renderChunkError(() => this.#retry()) : nothing;
  }

  protected override render() {
    return this.renderGate((catalogue) => {
      const { t } = this.localize;
      const problems = this.#problems(catalogue);
      if (problems.length) return this.#attributes.render(problems);
      // Scores asked for: the first paint waits for their part (fetched alongside the catalogue), so
      // the figure is not drawn once without them and again with them. Asked for later, the figure
      // stays as it is until the part is there.
      const scoring = this.#scoring;
      if (this.showScores && !scoring.part && !scoring.failed && !this.#layout) return renderSkeleton(t('loading'), 8);
      const view = this.#view(catalogue);
      const layout = this.#width ? this.#figure(view) : undefined;
      // The list when asked for, or when not even the stacked bands fit; nothing until the width is known.
      const list = (this.#listWanted = this.#list || (this.#width > 0 && !layout));
      const panel = this.#panel;
      // The list comes with the panel's part: until it is there, a placeholder in the figure's place.
      const shownList = !list ? nothing : panel.part ? panel.part.renderList(view) : panel.failed ? this.renderChunkError(() => this.#retry()) : (void panel.load(), renderSkeleton(t('loading'), 8));
      // Fetched ahead; not again after a failure the error view shows: its retry does that.
      const prepare = () => void (panel.failed || panel.load());
      return html`<section class="model surface" aria-labelledby="diagram-title">
        ${this.heading(0, t('diagram.title'), { id: 'diagram-title', className: 'title' })}
        ${layout || !this.#width
          ? html`<div class="bar">
              <button type="button" class="secondary" aria-pressed=${list ? 'true' : 'false'} @click=${this.#act.toggleList}>${t('diagram.show-list')}</button>
            </div>`
          : nothing}
        ${view.scores ? scoring.part!.renderLegend(view) : this.showScores && scoring.failed ? this.renderChunkError(() => this.#retry()) : nothing}
        <div class="figure" part="diagram" @pointerenter=${prepare} @focusin=${prepare}>${list ? shownList : layout ? renderFigure(view, layout) : nothing}</div>
        ${view.selected && !(list && panel.failed) ? this.#renderPanel(view, view.selected) : nothing} ${this.#announcer.render()}
      </section>`;
    }, 8);
  }
}
