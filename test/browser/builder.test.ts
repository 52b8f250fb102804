/**
 * The embed builder (demo/builder.html), used as an editor would, by keyboard only: pick each
 * widget, change the language, theme and presets, see the real element change, read the snippet
 * and copy it; a bad catalogue URL shows the validator's own messages. axe on the whole page in
 * each state. Then the snippet the builder produced is put in a page with the strict policy of
 * demo/csp.html and must render the widget without a single CSP violation.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import { AXE_OPTIONS } from './helpers/axe-options.js';
import { loadFrame, waitFor } from './helpers/frame.js';

type PageWindow = Window & typeof globalThis & Record<string, unknown>;
type Axe = { run(context: Document, options: RunOptions): Promise<AxeResults> };

/** The strict policy of demo/csp.html, word for word. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** What shows that each widget has rendered its content (not its skeleton). */
const RENDERED: Record<string, string> = {
  'lio-intervention-finder': '[part="result"]',
  'lio-quick-scan': '[part="intro"], [part="question"]',
  'lio-model-diagram': '[part="factor"], [part="list"]',
  'lio-maturity-matrix': '[part="cell"]',
  'lio-journey-share': '[part="toolbar"]',
};

const byId = (doc: Document, id: string) => doc.getElementById(id) as HTMLInputElement;
const codeOf = (doc: Document, kind: 'html' | 'css') => doc.querySelector(`[data-builder-code="${kind}"]`)!.textContent!;
const previewOf = (doc: Document, tag: string) => doc.querySelector(`[data-builder-preview] ${tag}`);
const rendered = (doc: Document, tag: string) => !!previewOf(doc, tag)?.shadowRoot?.querySelector(RENDERED[tag]!);
const script = 'https://YOUR-CDN/lio-widgets@0.1.0/dist/cdn/lio.js';

async function pageAccessible(win: PageWindow, label: string): Promise<void> {
  if (!win.axe) {
    const tag = win.document.createElement('script');
    tag.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      tag.addEventListener('load', resolve, { once: true });
      tag.addEventListener('error', reject, { once: true });
    });
    win.document.head.append(tag);
    await loaded;
  }
  const result = await (win.axe as Axe).run(win.document, { ...AXE_OPTIONS, rules: {} });
  const lines = result.violations.flatMap((v) => v.nodes.map((node) => `  ${v.id}: ${v.help} — ${node.target.join(' ')}`));
  expect(lines, `${label}: accessibility violations\n${lines.join('\n')}`).to.deep.equal([]);
}

/** WebDriver's Shift and Tab keys: WebKit's driver takes a chord as one string of key codes, not down/up. */
const WEBDRIVER_SHIFT_TAB = '\uE008\uE004';

/** Press Tab (or Shift+Tab, towards an earlier control) until `target` has focus: it is reachable by keyboard. */
async function tabTo(doc: Document, target: Element): Promise<void> {
  const back = !!doc.activeElement && !!(target.compareDocumentPosition(doc.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING);
  // Chromium and Firefox (puppeteer) hold Shift down; WebKit's WebDriver takes the chord.
  const chord = back && !/Chrome\/|Firefox\//.test(navigator.userAgent);
  if (back && !chord) await sendKeys({ down: 'Shift' });
  try {
    for (let i = 0; i < 120 && doc.activeElement !== target; i++) await sendKeys({ press: chord ? WEBDRIVER_SHIFT_TAB : 'Tab' });
  } finally {
    if (back && !chord) await sendKeys({ up: 'Shift' });
  }
  expect(doc.activeElement, `#${target.id} reached by Tab`).to.equal(target);
}

/**
 * Type `text` into the focused field. WebKit's WebDriver drops a key that repeats the one before
 * it (`http` arrives as `htp`), so there each character is sent on its own.
 */
async function typeText(text: string): Promise<void> {
  if (/Chrome\/|Firefox\//.test(navigator.userAgent)) return sendKeys({ type: text });
  for (const character of text) await sendKeys({ type: character });
}

/** Luminance (0 black … 1 white) of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

async function openBuilder() {
  const ready = (win: Window & Record<string, unknown>) => win.document.documentElement.dataset['builderReady'] === 'true' && !!win.document.getElementById('lio-builder-level-task') && rendered(win.document, 'lio-intervention-finder');
  const frame = await loadFrame('/demo/builder.html?theme=light', ready, 30_000);
  frame.style.width = '1280px';
  frame.style.height = '900px';
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

let pages = 0;
/**
 * A page with the strict policy around `body`, served by the test server (`/__page/…`, see
 * web-test-runner.config.mjs) as a host site would serve it; resolves when `ready(window)`.
 */
async function strictPage(head: string, body: string, ready: (win: PageWindow) => boolean): Promise<HTMLIFrameElement> {
  const url = `/__page/builder-${Date.now()}-${pages++}`;
  const text = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}"><title>host</title><script src="/demo/csp-probe.js"></script>${head}</head><body><p id="csp-status" role="status"></p>${body}</body></html>`;
  await fetch(url, { method: 'PUT', body: text });
  const frame = await loadFrame(url, () => true);
  frame.style.width = '1280px';
  frame.style.height = '900px';
  const win = frame.contentWindow as PageWindow;
  try {
    await waitFor(() => ready(win), 'the strict page to be ready', 30_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}; CSP violations: ${JSON.stringify(win.lioCspViolations)}`);
  }
  return frame;
}

describe('embed builder', () => {
  it('is used by keyboard alone: each widget, language, theme and presets; the preview and the snippet follow exactly', async function () {
    this.timeout(240_000);
    const { frame, win, doc } = await openBuilder();
    try {
      expect(codeOf(doc, 'html')).to.equal(`<script type="module" src="${script}"></script>\n\n<lio-intervention-finder></lio-intervention-finder>`);
      expect(codeOf(doc, 'css')).to.equal('lio-intervention-finder:not(:defined) { display: block; min-block-size: 480px; }');
      await pageAccessible(win, 'builder, start');
      const all = (previewOf(doc, 'lio-intervention-finder') as unknown as { results: string[] }).results.length;

      // The finder: only the task level, proven evidence, a dark theme, an h3, in English.
      await tabTo(doc, byId(doc, 'lio-builder-level-task'));
      await sendKeys({ press: ' ' });
      await tabTo(doc, byId(doc, 'lio-builder-evidence-proven'));
      await sendKeys({ press: ' ' });
      await tabTo(doc, byId(doc, 'lio-builder-theme-light'));
      await sendKeys({ press: 'ArrowRight' });
      await tabTo(doc, byId(doc, 'lio-builder-heading-level-2'));
      await sendKeys({ press: 'ArrowRight' });
      await tabTo(doc, byId(doc, 'lio-builder-lang-none'));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(codeOf(doc, 'html')).to.equal(
        `<script type="module" src="${script}"></script>\n\n<lio-intervention-finder lang="en" level="task" evidence="proven" theme="dark" heading-level="3"></lio-intervention-finder>`,
      );
      const finder = () => previewOf(doc, 'lio-intervention-finder') as HTMLElement & { results: string[] };
      await waitFor(() => !!finder().shadowRoot?.querySelector('h3')?.textContent?.includes('Find interventions') && finder().results?.length > 0, 'the preview finder in English with an h3');
      expect(finder().results.length, 'the presets filter the real finder').to.be.lessThan(all);
      const surface = finder().shadowRoot!.querySelector('.surface')!;
      expect(luminance(win.getComputedStyle(surface).backgroundColor), 'the preview is dark').to.be.lessThan(0.05);
      await pageAccessible(win, 'builder, finder with presets');

      // The quick scan, with a subset of the levels its question set asks about.
      await tabTo(doc, byId(doc, 'lio-builder-widget-lio-intervention-finder'));
      await sendKeys({ press: 'ArrowDown' });
      await waitFor(() => !!doc.getElementById('lio-builder-levels-task'), 'the quick scan settings');
      for (const level of ['task', 'organisation']) {
        await tabTo(doc, byId(doc, `lio-builder-levels-${level}`));
        await sendKeys({ press: ' ' });
      }
      expect(codeOf(doc, 'html')).to.equal(`<script type="module" src="${script}"></script>\n\n<lio-quick-scan lang="en" levels="task,organisation"></lio-quick-scan>`);
      expect(codeOf(doc, 'css')).to.equal('lio-quick-scan:not(:defined) { display: block; min-block-size: 480px; }');
      const catalogue = (await (await fetch('/catalogue/default.json')).json()) as { levels: { id: string; factors: { id: string }[] }[]; scan: { statements: { factor: string }[] } };
      const factors = catalogue.levels.filter((l) => ['task', 'organisation'].includes(l.id)).flatMap((l) => l.factors.map((f) => f.id));
      const count = catalogue.scan.statements.filter((s) => factors.includes(s.factor)).length;
      await waitFor(() => rendered(doc, 'lio-quick-scan'), 'the quick scan preview');
      const intro = previewOf(doc, 'lio-quick-scan')!.shadowRoot!.querySelector('[part="intro"]')!.textContent!;
      expect(intro, 'the real scan asks only those levels').to.match(new RegExp(`\\b${count} statements`));
      expect(count).to.be.lessThan(catalogue.scan.statements.length);
      await pageAccessible(win, 'builder, quick scan');

      // The model diagram, with counts.
      await tabTo(doc, byId(doc, 'lio-builder-widget-lio-quick-scan'));
      await sendKeys({ press: 'ArrowDown' });
      await waitFor(() => !!doc.getElementById('lio-builder-show-counts'), 'the diagram settings');
      await tabTo(doc, byId(doc, 'lio-builder-show-counts'));
      await sendKeys({ press: ' ' });
      expect(codeOf(doc, 'html')).to.equal(`<script type="module" src="${script}"></script>\n\n<lio-model-diagram lang="en" show-counts></lio-model-diagram>`);
      await waitFor(() => !!previewOf(doc, 'lio-model-diagram')?.shadowRoot?.querySelector('[part="factor"]')?.textContent?.match(/\d+ interventions/), 'counts in the diagram');
      await pageAccessible(win, 'builder, model diagram');

      // The maturity matrix, read-only.
      await tabTo(doc, byId(doc, 'lio-builder-widget-lio-model-diagram'));
      await sendKeys({ press: 'ArrowDown' });
      await waitFor(() => !!doc.getElementById('lio-builder-editable'), 'the matrix settings');
      await waitFor(() => rendered(doc, 'lio-maturity-matrix') && !!previewOf(doc, 'lio-maturity-matrix')!.shadowRoot!.querySelector('[part="cell"] button'), 'the editable matrix');
      await tabTo(doc, byId(doc, 'lio-builder-editable'));
      await sendKeys({ press: ' ' });
      expect(codeOf(doc, 'html')).to.equal(`<script type="module" src="${script}"></script>\n\n<lio-maturity-matrix lang="en" editable="false"></lio-maturity-matrix>`);
      await waitFor(() => rendered(doc, 'lio-maturity-matrix') && !previewOf(doc, 'lio-maturity-matrix')!.shadowRoot!.querySelector('[part="cell"] button'), 'the read-only matrix');
      await pageAccessible(win, 'builder, matrix');

      // The journey share: no catalogue of its own, the same language.
      await tabTo(doc, byId(doc, 'lio-builder-widget-lio-maturity-matrix'));
      await sendKeys({ press: 'ArrowDown' });
      await waitFor(() => rendered(doc, 'lio-journey-share'), 'the journey share preview');
      expect(codeOf(doc, 'html')).to.equal(`<script type="module" src="${script}"></script>\n\n<lio-journey-share lang="en"></lio-journey-share>`);
      expect(codeOf(doc, 'css')).to.contain('lio-journey-share:not(:defined) { display: block; min-block-size: 200px; }');
      await pageAccessible(win, 'builder, journey share');

      // Back to the finder: its choices were kept.
      await tabTo(doc, byId(doc, 'lio-builder-widget-lio-journey-share'));
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowUp' });
      await waitFor(() => codeOf(doc, 'html').includes('<lio-intervention-finder lang="en" level="task"'), 'the finder with its presets again');
    } finally {
      frame.remove();
    }
  });

  it("shows the validator's messages for a bad catalogue URL, and explains a URL that is not http(s)", async function () {
    this.timeout(120_000);
    const { frame, win, doc } = await openBuilder();
    try {
      const source = doc.querySelector('[data-builder-source]')!;
      const reported = new Promise<{ problems: { path: string; message: string }[] }>((resolve) =>
        source.addEventListener('lio-error', (event) => resolve((event as CustomEvent).detail), { once: true }),
      );
      const url = `${win.location.origin}/test/fixtures/catalogues/unknown-factor.json`;
      await tabTo(doc, byId(doc, 'lio-builder-src'));
      await typeText(url);
      await sendKeys({ press: 'Tab' });
      const detail = await Promise.race([reported, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no lio-error from the catalogue')), 15_000))]);
      expect(doc.activeElement, 'focus went on to the next field').to.equal(byId(doc, 'lio-builder-script'));
      expect(detail.problems.length).to.be.greaterThan(0);
      const expected = detail.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
      await waitFor(() => doc.querySelectorAll('#lio-builder-src-message li').length === expected.length, 'the problems next to the field');
      expect([...doc.querySelectorAll('#lio-builder-src-message li')].map((li) => li.textContent)).to.deep.equal(expected);
      expect(byId(doc, 'lio-builder-src').getAttribute('aria-invalid')).to.equal('true');
      expect(byId(doc, 'lio-builder-src').getAttribute('aria-describedby')).to.equal('lio-builder-src-message');
      // The snippet wraps the widget in a catalogue with that URL, and the preview shows the same error view.
      expect(codeOf(doc, 'html')).to.equal(
        `<script type="module" src="${script}"></script>\n\n<lio-catalogue src="${url}">\n  <lio-intervention-finder></lio-intervention-finder>\n</lio-catalogue>`,
      );
      await waitFor(() => !!previewOf(doc, 'lio-catalogue')?.shadowRoot?.querySelector('[part="error"]'), 'the error view in the preview');
      await pageAccessible(win, 'builder, invalid catalogue');

      // Not http(s): explained, and left out of the snippet.
      await tabTo(doc, byId(doc, 'lio-builder-src'));
      byId(doc, 'lio-builder-src').select();
      await typeText('javascript:alert(1)');
      await sendKeys({ press: 'Tab' });
      await waitFor(() => doc.getElementById('lio-builder-src-message')!.textContent!.includes('http'), 'the explanation');
      expect(codeOf(doc, 'html')).to.not.contain('javascript:');
      expect(codeOf(doc, 'html')).to.contain('<lio-catalogue>');
      await pageAccessible(win, 'builder, URL not http(s)');
    } finally {
      frame.remove();
    }
  });

  it('copies the snippet, or selects it where the clipboard is refused', async function () {
    this.timeout(60_000);
    const { frame, win, doc } = await openBuilder();
    try {
      const button = doc.querySelector<HTMLButtonElement>('[data-builder-copy="html"]')!;
      const status = doc.querySelector('[role="status"]')!;
      const html = codeOf(doc, 'html');
      // Whatever this browser allows, the outcome is said; a refusal leaves the code selected.
      await tabTo(doc, button);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => status.textContent !== '', 'a copy outcome');
      if (status.textContent!.includes('klembord is niet')) expect(win.getSelection()!.toString()).to.equal(html);
      else expect(status.textContent).to.equal('Gekopieerd naar het klembord.');

      // A clipboard that takes the text gets exactly the snippet.
      let written = '';
      Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (written = text) } });
      status.textContent = '';
      await sendKeys({ press: 'Enter' });
      await waitFor(() => status.textContent !== '', 'copied');
      expect(written).to.equal(html);
      expect(status.textContent).to.equal('Gekopieerd naar het klembord.');

      // A refused one: the code is selected, ready for Ctrl+C.
      Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('refused')) } });
      win.getSelection()!.removeAllRanges();
      await tabTo(doc, doc.querySelector<HTMLButtonElement>('[data-builder-copy="css"]')!);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => status.textContent!.includes('Ctrl+C'), 'the refusal explained');
      expect(win.getSelection()!.toString()).to.equal(codeOf(doc, 'css'));
      await pageAccessible(win, 'builder, after copying');
    } finally {
      frame.remove();
    }
  });

  it('produces a snippet that renders the widget under the strict CSP of demo/csp.html', async function () {
    this.timeout(120_000);
    const { frame, doc } = await openBuilder();
    let host: HTMLIFrameElement | undefined;
    try {
      // Self-hosted script, a catalogue of its own, dark and in English.
      const set = (id: string, value: string, event: string) => {
        byId(doc, id).value = value;
        byId(doc, id).dispatchEvent(new Event(event, { bubbles: true }));
      };
      set('lio-builder-script', '/dist/cdn/lio.js', 'input');
      set('lio-builder-src', '/demo/fund-catalogue.json', 'change');
      byId(doc, 'lio-builder-lang-en').click();
      await waitFor(() => !!doc.getElementById('lio-builder-theme-dark'), 'the settings');
      byId(doc, 'lio-builder-theme-dark').click();
      const html = codeOf(doc, 'html');
      expect(html).to.equal(
        '<script type="module" src="/dist/cdn/lio.js"></script>\n\n<lio-catalogue src="/demo/fund-catalogue.json" lang="en" theme="dark">\n  <lio-intervention-finder theme="dark"></lio-intervention-finder>\n</lio-catalogue>',
      );
      // Nothing in it that a strict policy refuses: only scripts with a src, no style, no handler.
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      expect([...parsed.querySelectorAll('script')].every((s) => s.src !== '' && s.textContent === '')).to.equal(true);
      expect(parsed.querySelectorAll('style, [style]').length).to.equal(0);
      expect([...parsed.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on'))).length).to.equal(0);

      host = await strictPage('', html, (win) => win.document.documentElement.dataset['lioSettled'] === 'true');
      const page = host.contentWindow as PageWindow;
      const finder = page.document.querySelector('lio-intervention-finder')!;
      await waitFor(() => (finder.shadowRoot?.querySelectorAll('[part="result"]').length ?? 0) > 0, 'results under the strict policy', 20_000);
      // In English, with the fund's own items marked as its own: its catalogue was loaded.
      expect(finder.shadowRoot!.textContent).to.contain('Find interventions');
      const fund = (await (await fetch('/demo/fund-catalogue.json')).json()) as { interventions: { id: string }[]; remove: string[] };
      const results = (finder as unknown as { results: string[] }).results;
      expect(results).to.include(fund.interventions.at(-1)!.id);
      expect(results).to.not.include(fund.remove[0]);
      expect(page.lioCspViolations).to.deep.equal([]);
    } finally {
      host?.remove();
      frame.remove();
    }
  });

  it('runs itself under the strict CSP of demo/csp.html (no inline code, no HTML strings, Trusted Types)', async function () {
    this.timeout(60_000);
    const head = '<link rel="stylesheet" href="/demo/builder.css"><script type="module" src="/dist/cdn/lio.js"></script><script type="module" src="/demo/builder-page.js"></script>';
    const host = await strictPage(head, '<div data-lio-builder></div>', (win) => !!win.document.getElementById('lio-builder-level-task') && rendered(win.document, 'lio-intervention-finder'));
    try {
      const doc = host.contentDocument!;
      // Every part of it at work: another widget, a catalogue URL with problems, a copy.
      byId(doc, 'lio-builder-widget-lio-model-diagram').click();
      await waitFor(() => rendered(doc, 'lio-model-diagram'), 'the diagram preview');
      byId(doc, 'lio-builder-src').value = '/test/fixtures/catalogues/unknown-factor.json';
      byId(doc, 'lio-builder-src').dispatchEvent(new Event('change'));
      await waitFor(() => doc.querySelectorAll('#lio-builder-src-message li').length > 0, 'the problems');
      doc.querySelector<HTMLButtonElement>('[data-builder-copy="html"]')!.click();
      await waitFor(() => doc.querySelector('[role="status"].builder-status')!.textContent !== '', 'a copy outcome');
      expect((host.contentWindow as PageWindow).lioCspViolations).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });
});
