/**
 * The quality harness every widget is held to: strict CSP (also with a cache-busting query string
 * or a redirecting script URL), no network, double loading, lazy chunks that fail, inert catalogue
 * text, and no leaks over connect/disconnect cycles. Pages under test use the built script-tag
 * bundle (the loader dist/cdn/lio.js and its chunks), exactly as a host page would; the loader's
 * own behaviour is tested in loader.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/catalogue/lio-catalogue.js';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import type { LioCatalogue } from '../../components/catalogue/catalogue.js';
import { renderExternalLink, safeHttpUrl } from '../../src/elements/views/link.js';
import { render } from 'lit';
import { addModuleScript, brokenRoute, loadFrame, nextEvent, requestedUrls, waitFor } from './helpers/frame.js';
import { installLeakProbe, snapshot } from './helpers/leak-probe.js';
import './helpers/test-widget.js';
import type { LioTestWidget } from './helpers/test-widget.js';

type PageWindow = Window & Record<string, unknown> & typeof globalThis;

/** Every element the script-tag bundle defines; each new widget is added here. */
const ALL_ELEMENTS = ['lio-catalogue', 'lio-intervention-finder', 'lio-quick-scan', 'lio-model-diagram', 'lio-maturity-matrix', 'lio-journey-share'];

describe('strict Content-Security-Policy', () => {
  it('runs every element under default-src self, no inline code, no eval, Trusted Types required', async () => {
    const frame = await loadFrame('/demo/csp.html', (win) => win.document.documentElement.dataset.lioSettled === 'true');
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    try {
      expect(win.lioCspViolations).to.deep.equal([]);
      for (const tag of ALL_ELEMENTS) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
      // The elements really rendered: the invalid one shows its error view, styled by adopted sheets.
      const invalid = doc.getElementById('csp-invalid')!;
      const alert = invalid.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('remove[0]');
      expect(win.getComputedStyle(alert).borderTopStyle).to.equal('solid');
      expect(doc.getElementById('csp-status')!.textContent).to.contain('zonder CSP-overtredingen');
      // The quick scan's results, with the lazily loaded chart (its print rules are an adopted sheet), break no rule either.
      const scan = doc.getElementById('csp-scan')!;
      scan.shadowRoot!.querySelector<HTMLInputElement>('[part="question"] input[value="4"]')!.click();
      await waitFor(() => !!scan.shadowRoot!.querySelector('button.show-results'), 'the scan to render');
      scan.shadowRoot!.querySelector<HTMLButtonElement>('button.show-results')!.click();
      await waitFor(() => !!scan.shadowRoot!.querySelector('.chart-box canvas'), 'the chart under the CSP', 15_000);
      // The model diagram draws its SVG (canvas text measuring, adopted sheets) and opens a pick's panel.
      const diagram = doc.getElementById('csp-diagram')!;
      diagram.shadowRoot!.querySelector<SVGGElement>('[part="factor"][data-id="feedback"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitFor(() => !!diagram.shadowRoot!.querySelector('[part="panel"]'), 'the diagram panel under the CSP');
      expect(diagram.shadowRoot!.querySelector('[part="panel"]')!.textContent).to.contain('Feedback');
      // The maturity matrix: an own action added through its dialog (a native <dialog>, form fields) is shown in its cell.
      const matrix = doc.getElementById('csp-matrix')!;
      const root = matrix.shadowRoot!;
      const cell = root.querySelector<HTMLElement>('[part="cell"]')!;
      cell.querySelector<HTMLButtonElement>('button.add')!.click();
      await waitFor(() => !!root.querySelector('dialog[open] #own-title'), 'the matrix add dialog under the CSP');
      root.querySelector<HTMLInputElement>('#own-title')!.value = 'Eigen actie onder CSP';
      root.querySelector<HTMLFormElement>('.own form')!.requestSubmit();
      await waitFor(() => !root.querySelector('dialog[open]') && !!root.querySelector('[part="action"]'), 'the own action in the matrix');
      const action = root.querySelector<HTMLElement>(`[data-cell="${cell.dataset.cell!}"] [part="action"]`)!;
      expect(action.querySelector('.action-title')!.textContent).to.equal('Eigen actie onder CSP');
      expect(action.checkVisibility()).to.equal(true);
      // The journey share: a link made (compression) and a journey file read (the format's schemas) and offered.
      const share = doc.getElementById('csp-share')!;
      const shareRoot = share.shadowRoot!;
      shareRoot.querySelector<HTMLButtonElement>('button[data-share="link"]')!.click();
      await waitFor(() => !!shareRoot.querySelector<HTMLInputElement>('.link-field')?.value.includes('#lio-journey='), 'a journey link under the CSP');
      const input = shareRoot.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new win.DataTransfer();
      const journey = { format: 'lio-journey', version: 1, created: '2026-11-30T09:00:00Z', slices: { shortlist: ['job-crafting'] } };
      transfer.items.add(new win.File([JSON.stringify(journey)], 'route.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
      await waitFor(() => !!shareRoot.querySelector<HTMLDialogElement>('dialog.share-dialog')?.open, 'the journey question under the CSP');
      shareRoot.querySelector<HTMLButtonElement>('dialog.share-dialog button.cancel')!.click();
      expect(win.lioCspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('strict CSP with a cache-busting query string or a redirecting script URL', () => {
  // CMSs add `?v=…` to script URLs by default; some CDNs redirect. The entry must still run once.
  for (const [name, url, entry] of [
    ['lio.js?v=0.1.0', '/test/pages/csp-query.html', /\/dist\/cdn\/lio\.js$/],
    ['a redirecting URL', '/test/pages/csp-redirect.html', /\/lio\.js$/],
  ] as const) {
    it(`loads the entry once and renders a custom catalogue with the finder in it (${name})`, async () => {
      const frame = await loadFrame(url, (win) => Array.isArray(win.lioErrors));
      const win = frame.contentWindow as PageWindow;
      const doc = frame.contentDocument!;
      try {
        const catalogue = doc.getElementById('catalogue') as LioCatalogue;
        const finder = doc.getElementById('finder')!;
        await waitFor(() => catalogue.state?.status === 'ready' && !!finder.shadowRoot?.querySelector('[part="base"]'), 'the catalogue and the finder to render', 15_000);
        expect(finder.shadowRoot!.querySelector('[data-id="task-rotation"]')).to.equal(null);
        expect(requestedUrls(win, entry), 'requests of the entry').to.have.length(1);
        expect(win.lioCspViolations).to.deep.equal([]);
        expect(win.lioErrors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('a lazy chunk that fails to load', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** The loader host page with `html` in its body, and the loader from `prefix` (a broken route). */
  async function page(html: string, prefix: string): Promise<{ win: PageWindow; doc: Document; errors: CustomEvent[] }> {
    frame = await loadFrame('/test/pages/loader-host.html', (win) => Array.isArray(win.lioErrors));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const errors: CustomEvent[] = [];
    doc.addEventListener('lio-error', (event) => errors.push(event as CustomEvent));
    doc.body.innerHTML = html;
    await addModuleScript(doc, `${prefix}/dist/cdn/lio.js`);
    return { win, doc, errors };
  }

  for (const tag of ALL_ELEMENTS) {
    it(`<${tag}>'s own chunk: a translated notice with a retry button and lio-error; the retry defines it`, async () => {
      const { win, doc, errors } = await page(`<${tag} persist="none"></${tag}>`, brokenRoute(`fail-1-${tag}-`));
      const element = doc.querySelector(tag)!;
      await waitFor(() => errors.length > 0, 'lio-error');
      expect(errors.map((e) => [e.target, e.detail.code])).to.deep.equal([[element, 'chunk-unavailable']]);
      const notice = element.querySelector('[data-lio-loader-notice]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain('Dit onderdeel kon niet worden geladen.');
      expect(win.customElements.get(tag)).to.equal(undefined);
      notice.querySelector('button')!.click();
      await waitFor(() => !!win.customElements.get(tag) && !!element.shadowRoot, `<${tag}> after the retry`);
      expect(element.querySelector('[data-lio-loader-notice]')).to.equal(null);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });
  }

  it('built-in catalogue chunk of a standalone widget: its error view with retry and lio-error; the retry loads it', async () => {
    const { win, doc, errors } = await page('<lio-intervention-finder persist="none"></lio-intervention-finder>', brokenRoute('fail-1-default.nl'));
    const finder = doc.querySelector('lio-intervention-finder')!;
    await waitFor(() => !!finder.shadowRoot?.querySelector('[part="retry"]'), 'the error view');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['chunk-unavailable']);
    const alert = finder.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain(errors[0]!.detail.message);
    (finder.shadowRoot!.querySelector('[part="retry"]') as HTMLButtonElement).click();
    await waitFor(() => !!finder.shadowRoot!.querySelector('[part="base"]'), 'the finder after the retry');
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it("the finder's messages chunk: its error view with retry and lio-error; the retry loads them", async () => {
    const { win, doc, errors } = await page('<lio-intervention-finder persist="none"></lio-intervention-finder>', brokenRoute('fail-1-intervention-finder.messages.nl'));
    const finder = doc.querySelector('lio-intervention-finder')!;
    await waitFor(() => !!finder.shadowRoot?.querySelector('[part="retry"]'), 'the error view');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['messages-unavailable']);
    expect(finder.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('De teksten van dit onderdeel konden niet worden geladen.');
    (finder.shadowRoot!.querySelector('[part="retry"]') as HTMLButtonElement).click();
    await waitFor(() => !!finder.shadowRoot!.querySelector('[part="base"]'), 'the finder after the retry');
    expect(finder.shadowRoot!.querySelector('.title')!.textContent).to.equal('Interventies zoeken');
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  for (const chunk of ['default.nl', 'validate']) {
    it(`${chunk} chunk under <lio-catalogue>: the provider's error view with retry; the retry loads it`, async () => {
      const html = `<lio-catalogue><script type="application/json">{ "schemaVersion": 1, "extends": "default", "remove": ["task-rotation"] }</script>
        <lio-intervention-finder persist="none"></lio-intervention-finder></lio-catalogue>`;
      const { win, doc, errors } = await page(html, brokenRoute(`fail-1-${chunk}`));
      const provider = doc.querySelector('lio-catalogue') as LioCatalogue;
      const finder = doc.querySelector('lio-intervention-finder')!;
      await waitFor(() => !!provider.shadowRoot?.querySelector('[part="retry"]'), 'the error view');
      expect(errors.map((e) => [e.target, e.detail.code])).to.deep.equal([[provider, 'chunk-unavailable']]);
      (provider.shadowRoot!.querySelector('[part="retry"]') as HTMLButtonElement).click();
      await waitFor(() => provider.state.status === 'ready' && !!finder.shadowRoot?.querySelector('[part="base"]'), 'the catalogue and the finder after the retry');
      expect(finder.shadowRoot!.querySelector('[data-id="task-rotation"]')).to.equal(null);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });
  }
});

describe('no network traffic unless configured', () => {
  const resources = (win: PageWindow) =>
    (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ path: new URL(e.name).pathname + new URL(e.name).search, type: e.initiatorType }));

  it('requests nothing but its own script chunks, and sets no cookies', async () => {
    const frame = await loadFrame('/demo/csp.html', (win) => win.document.documentElement.dataset.lioSettled === 'true');
    const win = frame.contentWindow as PageWindow;
    try {
      // The page's own files, and the test server's live-reload socket script (not in production).
      const own = ['/demo/demo.css', '/themes/dark.css', '/demo/csp-probe.js', '/demo/settings.js', '/demo/favicon.svg'];
      const requests = resources(win).filter((r) => !own.includes(r.path) && !r.path.startsWith('/__web-dev-server'));
      expect(requests.length).to.be.greaterThan(0);
      for (const r of requests) expect(r.path, `unexpected request ${r.path} (${r.type})`).to.match(/^\/dist\/cdn\/(lio\.js|chunks\/[\w.-]+\.js)$/);
      // The loader, then each chunk once (the shared runtime too), whatever number of elements.
      expect(requests.map((r) => r.path).filter((path, i, all) => all.indexOf(path) !== i), 'requested twice').to.deep.equal([]);
      expect(requests.filter((r) => /^\/dist\/cdn\/chunks\/runtime-[\w-]+\.js$/.test(r.path))).to.have.length(1);
      expect(requests.some((r) => r.type === 'fetch' || r.type === 'xmlhttprequest' || r.type === 'beacon')).to.equal(false);
      expect(win.document.cookie).to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('fetches exactly the configured src, once', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = document.createElement('lio-catalogue');
    el.src = '/test/fixtures/catalogues/fund-extension.json?no-network';
    const ready = nextEvent(el, 'lio-catalogue-ready');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await ready;
    const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .slice(before)
      .filter((e) => e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'beacon');
    expect(fetched.map((e) => new URL(e.name).pathname + new URL(e.name).search)).to.deep.equal(['/test/fixtures/catalogues/fund-extension.json?no-network']);
  });
});

describe('loading the bundle twice', () => {
  it('tolerates the same bundle twice and another version beside it: one warning, no errors, working elements', async () => {
    const frame = await loadFrame('/test/pages/double-load.html', (win) => (win.lioReady as number) >= 1);
    const win = frame.contentWindow as PageWindow;
    try {
      expect(win.lioErrors).to.deep.equal([]);
      const warnings = (win.lioWarnings as string[]).filter((w) => w.includes('[lio-widgets]'));
      expect(warnings).to.have.length(ALL_ELEMENTS.length);
      for (const tag of ALL_ELEMENTS) {
        expect(warnings.filter((w) => w.includes(`<${tag}> is already`) && w.includes('0.0.0-second is not registered'))).to.have.length(1);
      }
      // The first bundle owns the tag, and carries the package's version.
      const owner = win.customElements.get('lio-catalogue') as unknown as { version: string };
      const pkg = (await (await fetch('/package.json')).json()) as { version: string };
      expect(owner.version).to.equal(pkg.version);
      expect((win.lioReadyDetail as { catalogue: { levels: unknown[] } }).catalogue.levels).to.have.length(5);
    } finally {
      frame.remove();
    }
  });
});

/**
 * Resolves once an `<img src="x">` added now has failed to load. The hostile texts carry
 * `<img src=x onerror=…>`: had one been rendered as an element, it requested the same URL
 * earlier, so its error handler has run by then. A real signal instead of a fixed wait.
 */
async function injectedImagesFailed(): Promise<void> {
  const probe = document.createElement('img');
  probe.alt = '';
  const failed = new Promise((resolve) => probe.addEventListener('error', resolve, { once: true }));
  probe.src = 'x';
  await failed;
}

describe('catalogue text is inert', () => {
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).lioXss;
  });

  it('renders markup in catalogue texts as text, never as elements', async () => {
    const source = await (await fetch('/test/fixtures/catalogues/xss.json')).json();
    const wrapper = await fixture<HTMLDivElement>(html`<div><lio-catalogue .catalogue=${source}><lio-test-widget></lio-test-widget></lio-catalogue></div>`);
    const widget = wrapper.querySelector('lio-test-widget') as LioTestWidget;
    await waitFor(() => widget.catalogueState.status === 'ready', 'catalogue');
    await widget.updateComplete;
    const item = widget.shadowRoot!.querySelector('[data-id="xss-text"]')!;
    expect(item.querySelector('h3')!.textContent).to.equal("<script>window.lioXss = 'script'</script>Titel");
    expect(item.querySelectorAll('script, img, iframe, svg, b, a[href^="javascript"]')).to.have.length(0);
    expect(item.querySelector('cite')!.textContent).to.contain('<a href=');
    const link = item.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/?q=%3Cscript%3E');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.textContent).to.contain('<img src=x');
    await injectedImagesFailed();
    expect((window as unknown as Record<string, unknown>).lioXss).to.equal(undefined);
  });

  it('renders hostile texts inert in the finder too, also when search words are highlighted and in the detail view', async () => {
    const source = await (await fetch('/test/fixtures/catalogues/xss.json')).json();
    const wrapper = await fixture<HTMLDivElement>(html`<div><lio-catalogue .catalogue=${source}><lio-intervention-finder persist="none"></lio-intervention-finder></lio-catalogue></div>`);
    const finder = wrapper.querySelector('lio-intervention-finder') as LioInterventionFinder;
    await waitFor(() => !!finder.shadowRoot!.querySelector('[part="base"]'), 'finder');
    finder.setFilters({ text: 'script titel' });
    await finder.updateComplete;
    const card = finder.shadowRoot!.querySelector('[data-id="xss-text"]')!;
    expect(card.querySelectorAll('script, img, iframe, svg, b')).to.have.length(0);
    expect(card.querySelectorAll('mark').length).to.be.greaterThan(0);
    expect(card.querySelector('.card-title')!.textContent).to.contain('<script>');
    finder.openIntervention('xss-text');
    await finder.updateComplete;
    const dialog = finder.shadowRoot!.querySelector('dialog')!;
    expect(dialog.querySelectorAll('script, img, iframe, svg, b, a[href^="javascript"]')).to.have.length(0);
    expect(dialog.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/?q=%3Cscript%3E');
    finder.closeIntervention();
    await injectedImagesFailed();
    expect((window as unknown as Record<string, unknown>).lioXss).to.equal(undefined);
  });

  it('refuses javascript:, data: and other non-http links, and shows hostile keys as text', async () => {
    const source = await (await fetch('/test/fixtures/catalogues/xss-links.json')).json();
    const el = document.createElement('lio-catalogue');
    el.catalogue = source;
    const errored = nextEvent<CustomEvent>(el, 'lio-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const error = await errored;
    await el.updateComplete;
    expect(error.detail.problems.map((p: { path: string }) => p.path)).to.deep.equal([
      'interventions[0].links[0].url',
      'interventions[0].links[1].url',
      'interventions[0].links[2].url',
      'interventions[0].links[3].url',
      '',
    ]);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain(`<img src=x onerror="window.lioXss='key'">`);
    expect(alert.querySelectorAll('img, script, a')).to.have.length(0);
    await injectedImagesFailed();
    expect((window as unknown as Record<string, unknown>).lioXss).to.equal(undefined);
  });

  it('only turns http(s) URLs into links', () => {
    expect(safeHttpUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeHttpUrl(' data:text/html,x')).to.equal(undefined);
    expect(safeHttpUrl('https://example.org/a')).to.equal('https://example.org/a');
    const host = document.createElement('div');
    render(renderExternalLink('javascript:alert(1)', 'label', 'external'), host);
    expect(host.querySelector('a')).to.equal(null);
    expect(host.textContent).to.contain('label');
  });
});

describe('connect/disconnect cycles', () => {
  before(() => installLeakProbe());

  async function settleFrames() {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  it('leaves no listeners, timers, observers or channels behind after 1,000 cycles', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const provider = document.createElement('lio-catalogue');
    const nested = document.createElement('lio-test-widget');
    const standalone = document.createElement('lio-test-widget');
    const finder = document.createElement('lio-intervention-finder');
    finder.syncUrl = true;
    finder.persist = 'none';
    provider.append(nested, finder);
    // Warm up: first connection loads chunks and creates the shared workspace.
    container.append(provider, standalone);
    await waitFor(
      () => nested.catalogueState.status === 'ready' && standalone.catalogueState.status === 'ready' && !!finder.shadowRoot?.querySelector('[part="base"]'),
      'catalogues',
    );
    // The finder's debounced announcement timer runs out before the baseline.
    finder.setFilters({ text: 'mentor' });
    await waitFor(() => !!finder.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')?.textContent?.trim(), 'the debounced announcement');
    provider.remove();
    standalone.remove();
    await settleFrames();
    const before = snapshot();

    for (let i = 0; i < 1000; i++) {
      container.append(provider, standalone);
      // Every few cycles let Lit render, so updates and controller work really happen.
      if (i % 50 === 0) {
        finder.setFilters({ text: i % 100 ? 'feedback' : 'mentor' });
        await Promise.all([provider.updateComplete, nested.updateComplete, standalone.updateComplete, finder.updateComplete]);
      }
      provider.remove();
      standalone.remove();
    }
    await settleFrames();
    expect(snapshot()).to.deep.equal(before);

    // And they still work afterwards.
    container.append(provider);
    await waitFor(() => nested.catalogueState.status === 'ready', 'catalogue after cycles');
    provider.remove();
  });

  it('a provider keeps no subscriptions of widgets that left it', async () => {
    const provider = await fixture<LioCatalogue>(html`<lio-catalogue></lio-catalogue>`);
    await waitFor(() => provider.state.status === 'ready', 'provider ready');
    const subscriptions = () => (provider as unknown as { provider: { subscriptions: Map<unknown, unknown> } }).provider.subscriptions.size;
    const widget = document.createElement('lio-test-widget');
    const baseline = subscriptions();
    for (let i = 0; i < 1000; i++) {
      provider.append(widget);
      widget.remove();
    }
    expect(subscriptions()).to.equal(baseline);
    provider.append(widget);
    await waitFor(() => widget.catalogueState.status === 'ready', 'catalogue');
    expect(subscriptions()).to.equal(baseline + 1);
  });
});
