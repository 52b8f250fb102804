/**
 * The quick scan's profile chart module (components/quick-scan/chart/profile-chart.ts), drawn in
 * a test element's shadow root that carries the widgets' design tokens: what it draws, radar or
 * bars by width, switching on resize, updates, theme colours, gaps for unscored factors, the
 * tooltip, printing and clean-up.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { createProfileChart, type ProfileChart, type ProfileData } from '../../components/quick-scan/chart/profile-chart.js';
import { tokens } from '../../src/elements/styles/tokens.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';

const chromium = navigator.userAgent.includes('Chrome/');

/** A host whose shadow root has the shared tokens (`theme` attribute included) and a chart wrapper. */
class ChartTestHost extends HTMLElement {
  readonly wrapper: HTMLDivElement;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = tokens.map((style) => style.styleSheet!);
    this.wrapper = document.createElement('div');
    this.wrapper.style.fontFamily = 'sans-serif';
    root.append(this.wrapper);
  }
}
customElements.define('lio-chart-test-host', ChartTestHost);

const LONG = 'Ruimte voor experimenteren en leren van fouten binnen het hele team en daarbuiten';
const data = (values: Array<number | null> = [3.5, 4, null, 2.25, 5, 1.5], roles = false): ProfileData => ({
  factors: [
    { id: 'a', label: 'Gedeelde visie', level: 'org', levelLabel: 'Organisatie' },
    { id: 'b', label: LONG, level: 'org', levelLabel: 'Organisatie' },
    { id: 'c', label: 'Kennis delen', level: 'team', levelLabel: 'Team' },
    { id: 'd', label: 'Feedback', level: 'team', levelLabel: 'Team' },
    { id: 'e', label: 'Autonomie', level: 'individual', levelLabel: 'Individu' },
    { id: 'f', label: 'Reflectie', level: 'individual', levelLabel: 'Individu' },
  ],
  series: [{ label: 'Team', values }, ...(roles ? [{ label: 'Leidinggevenden', values: [4, 3, 2, null, 4, 3] }, { label: 'Medewerkers', values: [3, 2.5, 3, 2, 4.5, 2] }] : [])],
  scaleLabels: ['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens'],
  thresholds: { strength: 4, improvement: 2.5 },
});

let host: ChartTestHost;
let chart: ProfileChart | undefined;

function mount(width: number): ChartTestHost {
  host = document.createElement('lio-chart-test-host') as ChartTestHost;
  host.style.display = 'block';
  host.style.width = `${width}px`;
  document.body.append(host);
  return host;
}

const canvas = () => host.shadowRoot!.querySelector('canvas');

/** True when the canvas has at least `min` non-transparent pixels. */
function drawnPixels(): number {
  const c = canvas()!;
  const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let count = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
  return count;
}

/** The red, green and blue of an `rgb()`/`rgba()` colour, and its alpha to two decimals. */
const channels = (colour: string) => {
  const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, Math.round(a * 100) / 100];
};

/** A colour as the browser resolves it, as `rgb(r, g, b)`. */
function rgb(colour: string, forced = false): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  if (forced) probe.style.setProperty('forced-color-adjust', 'none');
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

afterEach(() => {
  chart?.destroy();
  chart = undefined;
  host?.remove();
});

describe('profile chart', () => {
  it('draws a radar into a wide wrapper, on a canvas hidden from assistive technology', () => {
    mount(800);
    chart = createProfileChart(host.wrapper, data(), { lang: 'nl' });
    expect(chart.kind).to.equal('radar');
    expect((chart.chart?.config as { type?: string } | undefined)?.type).to.equal('radar');
    expect(canvas()!.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(host.wrapper).position).to.equal('relative');
    expect(host.wrapper.clientHeight).to.be.greaterThan(300);
    expect(canvas()!.clientWidth).to.equal(800);
    expect(drawnPixels()).to.be.greaterThan(1000);
    expect(chart.chart!.scales.r!.min).to.equal(1);
    expect(chart.chart!.scales.r!.max).to.equal(5);
    expect(chart.chart!.scales.r!.ticks.map((tick) => tick.value)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('draws horizontal bars into a narrow wrapper, with long labels wrapped onto lines', () => {
    mount(360);
    chart = createProfileChart(host.wrapper, data(), { lang: 'nl' });
    expect(chart.kind).to.equal('bar');
    expect((chart.chart?.config as { type?: string } | undefined)?.type).to.equal('bar');
    expect(chart.chart!.options.indexAxis).to.equal('y');
    expect(drawnPixels()).to.be.greaterThan(1000);
    const label = chart.chart!.data.labels![1] as string[];
    expect(label.length).to.be.greaterThan(1);
    expect(label.join(' ').replace(/…$/, '')).to.satisfy((text: string) => LONG.startsWith(text));
    // The value axis: bars from 0 to 5 (ticks 1 to 5), and the labels axis leaves room for the bars.
    expect(chart.chart!.scales.x!.min).to.equal(0);
    expect(chart.chart!.scales.x!.max).to.equal(5);
    expect(chart.chart!.chartArea.width).to.be.greaterThan(150);
    // The lowest answer is a visible bar, unlike "not scored" (no bar at all).
    chart.update(data([1, 4, null, 2.25, 5, 1.5]));
    const bars = chart.chart!.getDatasetMeta(0).data as unknown as Array<{ x: number; base: number }>;
    expect(Math.abs(bars[0]!.x - bars[0]!.base)).to.be.greaterThan(10);
    expect(chart.chart!.data.datasets[0]!.data[2]).to.equal(null);
  });

  it('follows a fixed kind whatever the width', () => {
    mount(360);
    chart = createProfileChart(host.wrapper, data(), { lang: 'nl', kind: 'radar' });
    expect(chart.kind).to.equal('radar');
    chart.destroy();
    host.style.width = '900px';
    chart = createProfileChart(host.wrapper, data(), { lang: 'nl', kind: 'bar', narrowBelow: 400 });
    expect(chart.kind).to.equal('bar');
  });

  it('switches between radar and bars when the wrapper crosses the breakpoint', async () => {
    mount(800);
    chart = createProfileChart(host.wrapper, data(), { lang: 'nl', narrowBelow: 600 });
    const radar = chart.chart;
    expect(chart.kind).to.equal('radar');
    host.style.width = '500px';
    await waitFor(() => chart!.kind === 'bar', 'the switch to bars');
    expect(chart.chart).to.not.equal(radar);
    expect((chart.chart!.config as { type?: string }).type).to.equal('bar');
    expect(host.shadowRoot!.querySelectorAll('canvas').length).to.equal(1);
    await waitFor(() => canvas()!.clientWidth === 500, 'the canvas to follow the wrapper');
    expect(drawnPixels()).to.be.greaterThan(1000);
    host.style.width = '700px';
    await waitFor(() => chart!.kind === 'radar', 'the switch back to a radar');
    await waitFor(() => chart!.chart!.width === 700, 'the radar to take the new width');
  });

  it('redraws with new data on update', () => {
    mount(800);
    chart = createProfileChart(host.wrapper, data(), { lang: 'nl' });
    const before = canvas()!.toDataURL();
    chart.update(data([1, 1, 1, 1, 1, 1]));
    expect(chart.chart!.data.datasets[0]!.data).to.deep.equal([1, 1, 1, 1, 1, 1]);
    expect(canvas()!.toDataURL()).to.not.equal(before);
  });

  it('leaves factors that were not scored out, never drawing them as 0', () => {
    mount(800);
    chart = createProfileChart(host.wrapper, data([3.5, 4, null, 2.25, 5, 1.5], true), { lang: 'nl' });
    expect(chart.chart!.data.datasets[0]!.data).to.deep.equal([3.5, 4, null, 2.25, 5, 1.5]);
    expect(chart.chart!.data.datasets[1]!.data[3]).to.equal(null);
    expect((chart.chart!.getDatasetMeta(0).data[2] as unknown as { skip: boolean }).skip).to.equal(true);
    host.style.width = '360px';
    chart.destroy();
    chart = createProfileChart(host.wrapper, data([3.5, 4, null, 2.25, 5, 1.5]), { lang: 'nl' });
    expect(chart.kind).to.equal('bar');
    expect(chart.chart!.data.datasets[0]!.data[2]).to.equal(null);
  });

  it('tells role series apart by more than colour: line dash, marker and bar hatching', () => {
    mount(800);
    chart = createProfileChart(host.wrapper, data(undefined, true), { lang: 'nl' });
    const sets = chart.chart!.data.datasets as Array<{ borderDash: number[]; pointStyle: string; borderColor: string }>;
    expect(new Set(sets.map((set) => JSON.stringify(set.borderDash))).size).to.equal(3);
    expect(new Set(sets.map((set) => set.pointStyle)).size).to.equal(3);
    expect(new Set(sets.map((set) => set.borderColor)).size).to.equal(3);
    // The legend is reserved above the chart area only when there is more than one series.
    expect(chart.chart!.chartArea.top).to.be.greaterThan(15);
    chart.destroy();
    host.style.width = '360px';
    chart = createProfileChart(host.wrapper, data(undefined, true), { lang: 'nl' });
    const fills = (chart.chart!.data.datasets as Array<{ backgroundColor: unknown }>).map((set) => set.backgroundColor);
    expect(typeof fills[0]).to.equal('string');
    expect(fills[1]).to.be.instanceOf(CanvasPattern);
    expect(fills[2]).to.be.instanceOf(CanvasPattern);
  });

  it('takes its colours from the design tokens, light, dark and set by the host', () => {
    mount(800);
    chart = createProfileChart(host.wrapper, data(undefined, true), { lang: 'nl' });
    const colours = () => (chart!.chart!.data.datasets as Array<{ borderColor: string }>).map((set) => set.borderColor);
    expect(colours()[0]).to.equal('rgb(11, 92, 173)'); // the light accent
    expect(colours()[1]).to.equal('rgb(26, 26, 26)'); // the light text colour
    const before = canvas()!.toDataURL();
    host.setAttribute('theme', 'dark');
    chart.refreshColours();
    expect(colours()[0]).to.equal('rgb(127, 184, 245)'); // the dark accent
    expect(colours()[1]).to.equal('rgb(241, 243, 245)');
    expect((chart.chart!.options.scales!.r as { pointLabels: { color: string } }).pointLabels.color).to.equal('rgb(241, 243, 245)');
    expect(canvas()!.toDataURL()).to.not.equal(before);
    host.style.setProperty('--lio-color-accent', 'rebeccapurple');
    chart.refreshColours();
    expect(colours()[0]).to.equal('rgb(102, 51, 153)');
  });

  it('shows the factor and every score in the language\'s notation when the pointer is near a point', async () => {
    for (const lang of ['nl', 'en'] as const) {
      mount(800);
      chart = createProfileChart(host.wrapper, data(undefined, true), { lang });
      const point = chart.chart!.getDatasetMeta(0).data[0]!;
      const box = canvas()!.getBoundingClientRect();
      canvas()!.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + point.x, clientY: box.top + point.y, bubbles: true }));
      const tip = host.shadowRoot!.querySelector<HTMLElement>('[data-tooltip]')!;
      await waitFor(() => tip.style.display === 'block', 'the tooltip');
      expect(tip.getAttribute('aria-hidden')).to.equal('true');
      const lines = [...tip.children].map((row) => row.textContent);
      expect(lines).to.deep.equal(
        lang === 'nl'
          ? ['Gedeelde visie', 'Team: 3,5', 'Leidinggevenden: 4,0 (eens)', 'Medewerkers: 3,0 (neutraal)', 'Organisatie']
          : ['Gedeelde visie', 'Team: 3.5', 'Leidinggevenden: 4.0 (eens)', 'Medewerkers: 3.0 (neutraal)', 'Organisatie'],
      );
      const tipBox = tip.getBoundingClientRect();
      expect(tipBox.right).to.be.at.most(box.right + 1);
      // Canvas and tooltip are hidden from assistive technology (the element has the table), and
      // nothing the module adds breaks a rule, the open tooltip included.
      await expectAccessible(host, 'the profile chart');
      canvas()!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
      await waitFor(() => tip.style.display === 'none', 'the tooltip to close');
      chart.destroy();
      chart = undefined;
      host.remove();
    }
  });

  it('prints at a fixed size and a high pixel ratio, then returns to the wrapper\'s size', async () => {
    mount(1000);
    chart = createProfileChart(host.wrapper, data(), { lang: 'nl' });
    expect(canvas()!.style.width).to.equal('1000px');
    window.dispatchEvent(new Event('beforeprint'));
    expect(canvas()!.style.width).to.equal('640px');
    expect(canvas()!.width).to.equal(640 * 3);
    expect(drawnPixels()).to.be.greaterThan(1000);
    window.dispatchEvent(new Event('afterprint'));
    expect(canvas()!.style.width).to.equal('1000px');
    expect(canvas()!.width).to.equal(Math.floor(1000 * devicePixelRatio));
    if (chromium) {
      // The print media query alone (browsers that report printing only through matchMedia), and
      // the print rule: the canvas never wider than the page.
      await emulateMedia({ media: 'print' });
      try {
        await waitFor(() => canvas()!.width === 640 * 3, 'the print size');
        host.style.width = '500px';
        expect(canvas()!.getBoundingClientRect().width).to.be.at.most(500);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      await waitFor(() => canvas()!.style.width === '500px', 'the screen size after printing');
    }
  });

  it('uses system colours in forced-colors mode', () => {
    // No runner here emulates forced colours (Chromium's ignores the request), so the media query
    // answers "active" through a stand-in, and the element's refreshColours() call stands in for
    // the query's change event.
    mount(800);
    chart = createProfileChart(host.wrapper, data(undefined, true), { lang: 'nl' });
    const real = window.matchMedia;
    window.matchMedia = (query: string) => (query === '(forced-colors: active)' ? ({ ...real.call(window, query), matches: true } as MediaQueryList) : real.call(window, query));
    try {
      chart.refreshColours();
    } finally {
      window.matchMedia = real;
    }
    const sets = chart.chart!.data.datasets as Array<{ borderColor: string }>;
    expect(channels(sets[0]!.borderColor)).to.deep.equal(channels(rgb('Highlight', true)));
    expect(channels(sets[1]!.borderColor)).to.deep.equal(channels(rgb('CanvasText', true)));
    expect(channels(sets[2]!.borderColor)).to.deep.equal(channels(rgb('CanvasText', true)));
    const scale = chart.chart!.options.scales!.r as { pointLabels: { color: string }; grid: { color: string } };
    expect(channels(scale.pointLabels.color)).to.deep.equal(channels(rgb('CanvasText', true)));
    expect(channels(scale.grid.color)).to.deep.equal(channels(rgb('GrayText', true)));
    chart.refreshColours();
    expect((chart.chart!.data.datasets[0] as { borderColor: string }).borderColor).to.equal('rgb(11, 92, 173)');
  });

  it('removes its canvas and stops on destroy', async () => {
    mount(800);
    chart = createProfileChart(host.wrapper, data(), { lang: 'nl' });
    chart.destroy();
    expect(host.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(host.shadowRoot!.querySelector('[data-tooltip], style')).to.equal(null);
    expect(chart.chart).to.equal(undefined);
    host.style.width = '300px';
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(host.shadowRoot!.querySelector('canvas')).to.equal(null);
    chart.destroy(); // twice is harmless
  });
});
