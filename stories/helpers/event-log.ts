/**
 * Story-only helper: `<story-lio-event-log>` prints every `lio-*` event fired by the element(s) it
 * wraps (all lio-widgets events bubble and are composed). Used by every story file. Not part of
 * the library.
 */
import { css, html, LitElement, type TemplateResult } from 'lit';
import type {
  LioCatalogueReadyDetail,
  LioErrorDetail,
  LioFilterChangeDetail,
  LioInterventionOpenDetail,
  LioScanResetDetail,
  LioScanStartDetail,
  LioScanStepDetail,
  LioSelectDetail,
  LioShortlistChangeDetail,
} from '../../src/index.js';
import type { ScanResultJson } from '../../src/core/scan.js';

function summariseReady({ catalogue, origin, lang }: LioCatalogueReadyDetail): string {
  return `lio-catalogue-ready: ${catalogue.interventions.length} interventions, origin ${origin}, lang ${lang}`;
}

function summariseError({ code, problems, url }: LioErrorDetail): string {
  const paths = problems
    .map((p) => p.path)
    .filter(Boolean)
    .slice(0, 3);
  const where = paths.length ? ` (${paths.join(', ')}${problems.length > paths.length ? ', …' : ''})` : '';
  return `lio-error: ${code}, ${problems.length} problem${problems.length === 1 ? '' : 's'}${where}${url ? `, url ${url}` : ''}`;
}

function summariseFilter({ state, total, ids }: LioFilterChangeDetail): string {
  const parts = [
    state.text ? `text "${state.text}"` : '',
    ...(['levels', 'factors', 'phases', 'evidence'] as const).map((facet) => (state[facet].length ? `${facet} ${state[facet].join('+')}` : '')),
    state.sort !== 'relevance' ? `sort ${state.sort}` : '',
  ].filter(Boolean);
  const first = ids.slice(0, 3).join(', ');
  return `lio-filter-change: ${parts.join(', ') || 'no filters'} → ${total} result${total === 1 ? '' : 's'}${first ? ` (${first}${ids.length > 3 ? ', …' : ''})` : ''}`;
}

function summariseOpen({ id }: LioInterventionOpenDetail): string {
  return `lio-intervention-open: ${id}`;
}

function summariseShortlist({ ids, added, removed }: LioShortlistChangeDetail): string {
  const change = added ? `added ${added}` : removed ? `removed ${removed}` : 'changed';
  return `lio-shortlist-change: ${change} → [${ids.join(', ')}]`;
}

function summariseScanStart({ scanId, total }: LioScanStartDetail): string {
  return `lio-scan-start: ${scanId}, ${total} statements`;
}

function summariseScanStep({ stage, step, steps, level, answered }: LioScanStepDetail): string {
  const where = stage === 'questions' ? `step ${step} of ${steps}${level ? ` (${level})` : ''}` : stage;
  return `lio-scan-step: ${where}, ${answered} answered`;
}

function summariseScanComplete({ answered, total, strengths, improvements }: ScanResultJson): string {
  return `lio-scan-complete: ${answered} of ${total} answered, strengths [${strengths.join(', ')}], improvements [${improvements.join(', ')}]`;
}

function summariseScanReset({ scanId }: LioScanResetDetail): string {
  return `lio-scan-reset: ${scanId}`;
}

function summariseSelect({ level, factor }: LioSelectDetail): string {
  return `lio-select: ${factor ? `factor ${factor} (level ${level ?? '?'})` : level ? `level ${level}` : 'pick cleared'}`;
}

export class StoryLioEventLog extends LitElement {
  static override properties = { entries: { state: true } };

  static override styles = css`
    :host {
      display: block;
    }

    .log {
      margin-block-start: 1rem;
      padding-block-start: 0.5rem;
      border-block-start: 1px solid var(--lio-color-border, #8a8f98);
      font-size: 0.875rem;
    }

    .title {
      margin: 0 0 0.25rem;
      font-weight: 700;
    }

    ol {
      margin: 0;
      padding-inline-start: 1.5rem;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      overflow-wrap: anywhere;
    }
  `;

  entries: string[] = [];

  constructor() {
    super();
    this.addEventListener('lio-catalogue-ready', (event) => this.add(summariseReady(event.detail)));
    this.addEventListener('lio-error', (event) => this.add(summariseError(event.detail)));
    this.addEventListener('lio-filter-change', (event) => this.add(summariseFilter(event.detail)));
    this.addEventListener('lio-intervention-open', (event) => this.add(summariseOpen(event.detail)));
    this.addEventListener('lio-shortlist-change', (event) => this.add(summariseShortlist(event.detail)));
    this.addEventListener('lio-scan-start', (event) => this.add(summariseScanStart(event.detail)));
    this.addEventListener('lio-scan-step', (event) => this.add(summariseScanStep(event.detail)));
    this.addEventListener('lio-scan-complete', (event) => this.add(summariseScanComplete(event.detail)));
    this.addEventListener('lio-scan-reset', (event) => this.add(summariseScanReset(event.detail)));
    this.addEventListener('lio-select', (event) => this.add(summariseSelect(event.detail)));
    this.addEventListener('lio-journey-restore', (event) => this.add(`lio-journey-restore: from ${event.detail.source}, ${event.detail.slices.join(', ') || 'nothing'}`));
  }

  private add(entry: string): void {
    this.entries = [...this.entries, entry];
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>
      <div class="log" lang="en">
        <p class="title" id="title">Event log <span>(story only)</span></p>
        <div role="log" aria-labelledby="title">
          <ol>
            ${this.entries.length ? this.entries.map((entry) => html`<li>${entry}</li>`) : html`<li>waiting for events…</li>`}
          </ol>
        </div>
      </div>`;
  }
}

/**
 * Register `<story-lio-event-log>` (idempotent). A function, not a top-level call: package.json's
 * `sideEffects` list does not include stories/, so a bare `import './helpers/event-log.js'` would be
 * dropped from the production Storybook build.
 */
export function defineStoryEventLog(): void {
  if (!customElements.get('story-lio-event-log')) customElements.define('story-lio-event-log', StoryLioEventLog);
}

declare global {
  interface HTMLElementTagNameMap {
    'story-lio-event-log': StoryLioEventLog;
  }
}
