import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../src/core/ids.js';
import type { ProfileChart, ProfileData } from './chart/profile-chart.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the chart box says while the chart module loads or when it could not load. */
export interface ChartTexts {
  /** The chart's text summary, always shown (the canvas itself is hidden from screen readers). */
  summary: string;
  loading: string;
  unavailable: string;
}

/**
 * The profile chart: chart.js is loaded only when a chart box is first rendered (results or team
 * view), drawn once the box is connected and sized, redrawn when the data changes, and destroyed
 * when the box leaves. If the chunk cannot be loaded the box says so; the table beside it holds
 * the same numbers, so nothing is lost.
 */
export class ScanChartController implements ReactiveController {
  #module?: typeof import('./chart/profile-chart.js');
  #chart?: ProfileChart;
  /** The box the chart draws into; a new box (the stage was rendered anew) gets a new chart. */
  #box?: HTMLElement;
  #data?: ProfileData;
  #lang: Lang = 'nl';
  #status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  #drawn = '';
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The chart box for `data`: a sized wrapper (`part="chart"`) the chart draws into, and the text summary. */
  render(data: ProfileData, lang: Lang, texts: ChartTexts): TemplateResult {
    this.#data = data;
    this.#lang = lang;
    const status = this.#status === 'failed' ? texts.unavailable : this.#status === 'ready' ? '' : texts.loading;
    return html`<figure class="chart-figure">
      <div class="chart-box" part="chart" data-status=${this.#status}></div>
      ${status ? html`<p class="chart-status">${status}</p>` : nothing}
      <figcaption class="chart-summary">${texts.summary}</figcaption>
    </figure>`;
  }

  /** Forget the chart when no box is shown (another stage). */
  detach(): void {
    this.#data = undefined;
  }

  /** Read the colours again (the theme changed). */
  refreshColours(): void {
    this.#chart?.refreshColours();
  }

  hostUpdated(): void {
    const box = this.#host.renderRoot.querySelector<HTMLElement>('.chart-box');
    if (!box || !this.#data) {
      this.#destroy();
      return;
    }
    if (this.#chart && box !== this.#box) this.#destroy();
    if (!this.#module) {
      if (this.#status === 'idle') void this.#load();
      return;
    }
    const key = JSON.stringify(this.#data);
    if (!this.#chart) {
      this.#chart = this.#module.createProfileChart(box, this.#data, { lang: this.#lang });
      this.#box = box;
    } else if (key !== this.#drawn) this.#chart.update(this.#data);
    this.#drawn = key;
  }

  hostDisconnected(): void {
    this.#destroy();
  }

  /** Load the chart module once; the next update draws (or says that it could not be loaded). */
  async #load(): Promise<void> {
    this.#status = 'loading';
    try {
      this.#module = await import('./chart/profile-chart.js');
      this.#status = 'ready';
    } catch {
      this.#status = 'failed';
    }
    this.#host.requestUpdate();
  }

  #destroy(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#box = undefined;
    this.#drawn = '';
  }
}
