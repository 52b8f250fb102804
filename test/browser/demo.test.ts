/**
 * The demo pages (`npm start`), as a visitor meets them: each page loads in a frame, exactly as
 * served, and is checked for what it shows (a working finder, no error box where none belongs;
 * the explained errors where they do), for its language and theme switches (by mouse and by
 * keyboard, without a reload, kept only in the URL), and with axe on the whole page.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFrame, waitFor } from './helpers/frame.js';
import { expectPageAccessible } from './helpers/page-axe.js';

type PageWindow = Window & typeof globalThis & Record<string, unknown>;

const shadow = (el: Element | null) => el?.shadowRoot ?? null;
const finderOf = (doc: Document, id = 'finder') => doc.getElementById(id)!;
const results = (finder: Element) => [...(shadow(finder)?.querySelectorAll('[part="result"]') ?? [])];
const errorBoxes = (doc: Document) => [...doc.querySelectorAll('lio-catalogue, lio-intervention-finder')].filter((el) => shadow(el)?.querySelector('[part="error"]'));
const finderReady = (id = 'finder') => (win: PageWindow) => results(finderOf(win.document, id)).length > 0;

/** Relative luminance (0 black … 1 white) of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** What a visitor sees of the finder's colours: its first result card and the page behind it. */
function colours(win: PageWindow, finder: Element) {
  const card = results(finder)[0]!;
  return {
    card: luminance(win.getComputedStyle(card).backgroundColor),
    text: luminance(win.getComputedStyle(card).color),
    page: luminance(win.getComputedStyle(win.document.body).backgroundColor),
  };
}

/** The demo's switch for `name` (`lang` or `theme`) and `value`. */
const radio = (doc: Document, name: string, value: string) => doc.querySelector<HTMLInputElement>(`input[name="demo-${name}"][value="${value}"]`)!;

async function open(url: string, ready: (win: PageWindow) => boolean) {
  const frame = await loadFrame(url, ready as (win: Window & Record<string, unknown>) => boolean, 20_000);
  frame.style.width = '1280px';
  frame.style.height = '900px';
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

describe('demo: the landing page', () => {
  it('shows the working finder and no error box, accessible in light Dutch and dark English', async () => {
    const { frame, win, doc } = await open('/demo/index.html?theme=light', finderReady());
    try {
      const finder = finderOf(doc);
      expect(errorBoxes(doc)).to.deep.equal([]);
      expect(results(finder).length).to.be.greaterThan(5);
      expect(shadow(finder)!.textContent).to.contain('Interventies zoeken');
      // Every widget has a section of its own, with a heading.
      expect(finder.closest('section')!.querySelector('h2')!.textContent).to.contain('lio-intervention-finder');
      await expectPageAccessible(frame, 'landing, light, nl');

      // The switches work without a reload: the same window, the widget follows.
      win.demoMarker = 'same page';
      const light = colours(win, finder);
      radio(doc, 'lang', 'en').click();
      radio(doc, 'theme', 'dark').click();
      await waitFor(() => !!shadow(finder)?.textContent?.includes('Find interventions') && results(finder).length > 0, 'the finder in English');
      const dark = colours(win, finder);
      expect(frame.contentWindow!.document.documentElement.lang).to.equal('en');
      expect(win.demoMarker).to.equal('same page');
      expect(light.card, 'light card').to.be.greaterThan(0.8);
      expect(dark.card, 'dark card').to.be.lessThan(0.05);
      expect(dark.text, 'dark text').to.be.greaterThan(0.7);
      expect(dark.page, 'dark page').to.be.lessThan(0.05);
      expect(doc.title).to.equal('lio-widgets — demo');
      await expectPageAccessible(frame, 'landing, dark, en');
    } finally {
      frame.remove();
    }
  });

  it('keeps the choice in the URL only, carries it to the other demo pages, and reads it back', async () => {
    let { frame, win, doc } = await open('/demo/index.html?lio-q=werkdruk', finderReady());
    try {
      const cookiesBefore = doc.cookie;
      const storedBefore = [...Object.keys(win.localStorage), ...Object.keys(win.sessionStorage)];
      radio(doc, 'lang', 'en').click();
      radio(doc, 'theme', 'dark').click();
      const url = new URL(win.location.href);
      expect(url.searchParams.get('lang')).to.equal('en');
      expect(url.searchParams.get('theme')).to.equal('dark');
      expect(url.searchParams.get('lio-q'), "the finder's own parameter stays").to.equal('werkdruk');
      expect(new URL(doc.querySelector<HTMLAnchorElement>('nav a[href*="fund.html"]')!.href).search).to.equal('?lang=en&theme=dark');
      // Nothing stored: no cookie, no storage key of the demo's (the finder's workspace is its own).
      expect(doc.cookie).to.equal(cookiesBefore);
      const stored = [...Object.keys(win.localStorage), ...Object.keys(win.sessionStorage)].filter((key) => !storedBefore.includes(key));
      expect(stored.filter((key) => !key.startsWith('lio-widgets:'))).to.deep.equal([]);
      // Back to the defaults: they leave the URL.
      radio(doc, 'lang', 'nl').click();
      radio(doc, 'theme', 'system').click();
      expect(new URL(win.location.href).search).to.equal('?lio-q=werkdruk');
      frame.remove();

      // Opened with the parameters, the page starts in that language and theme, switches set.
      ({ frame, win, doc } = await open('/demo/index.html?lang=en&theme=dark', finderReady()));
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.documentElement.classList.contains('lio-theme-dark')).to.equal(true);
      expect(radio(doc, 'lang', 'en').checked).to.equal(true);
      expect(radio(doc, 'theme', 'dark').checked).to.equal(true);
      await waitFor(() => !!shadow(finderOf(doc))?.textContent?.includes('Find interventions'), 'the finder in English');
      // "System" follows the system's colour scheme.
      radio(doc, 'theme', 'system').click();
      expect(doc.documentElement.classList.contains('lio-theme-dark')).to.equal(win.matchMedia('(prefers-color-scheme: dark)').matches);
      // Unknown values fall back to the defaults.
      frame.remove();
      ({ frame, win, doc } = await open('/demo/index.html?lang=fr&theme=pink', finderReady()));
      expect(doc.documentElement.lang).to.equal('nl');
      expect(radio(doc, 'theme', 'system').checked).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('the switches are labelled radio groups that work with the keyboard alone', async () => {
    const { frame, doc } = await open('/demo/index.html', finderReady());
    try {
      for (const [name, legend] of [['lang', 'Taal'], ['theme', 'Thema']]) {
        const group = radio(doc, name!, name === 'lang' ? 'nl' : 'system').closest('fieldset')!;
        expect(group.querySelector('legend')!.textContent).to.equal(legend);
        for (const input of group.querySelectorAll('input')) expect(input.closest('label')!.textContent!.trim()).to.not.equal('');
      }
      radio(doc, 'lang', 'nl').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.querySelector('fieldset legend')!.textContent, 'the switch speaks the new language').to.equal('Language');
      // Tab goes on to the theme group (its checked option), arrows choose there.
      await sendKeys({ press: 'Tab' });
      expect(doc.activeElement).to.equal(radio(doc, 'theme', 'system'));
      await sendKeys({ press: 'ArrowLeft' });
      expect(doc.documentElement.classList.contains('lio-theme-dark')).to.equal(true);
      expect(radio(doc, 'theme', 'dark').checked).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

describe('demo: the fund page', () => {
  it("shows the fund's finder with its own items in the NL Design System theme, also in dark and English", async () => {
    const { frame, win, doc } = await open('/demo/fund.html?theme=light', finderReady());
    try {
      const finder = finderOf(doc);
      expect(errorBoxes(doc)).to.deep.equal([]);
      const root = shadow(finder)!;
      expect(root.textContent).to.contain('Maatregelen zoeken');
      // The built-in interventions, plus the fund's own, less the ones it removes: counted from the files.
      const json = async (url: string) => (await (await fetch(url)).json()) as { interventions: { id: string }[]; remove?: string[] };
      const [builtIn, fund] = await Promise.all([json('/catalogue/default.json'), json('/demo/fund-catalogue.json')]);
      const known = new Set(builtIn.interventions.map((item) => item.id));
      const expected = builtIn.interventions.length + fund.interventions.filter((item) => !known.has(item.id)).length - (fund.remove ?? []).length;
      expect(fund.interventions.length, 'the fund adds items of its own').to.be.greaterThan(0);
      expect(root.textContent).to.contain(`${expected} `);
      expect(root.querySelector('[data-id="task-rotation"]'), 'removed by the fund').to.equal(null);
      // The theme: the fund's serif type and red accent reach inside the widget.
      const card = results(finder)[0]!;
      expect(win.getComputedStyle(card).fontFamily).to.match(/Serif|Georgia/);
      const accent = [card, ...card.querySelectorAll('*')].filter((el) => [win.getComputedStyle(el).color, win.getComputedStyle(el).backgroundColor].includes('rgb(192, 0, 24)'));
      expect(accent.length, 'elements in the NLDS red').to.be.greaterThan(0);
      await expectPageAccessible(frame, 'fund, light, nl');

      radio(doc, 'lang', 'en').click();
      radio(doc, 'theme', 'dark').click();
      await waitFor(() => !!shadow(finder)?.textContent?.includes('Find measures') && results(finder).length > 0, 'the fund finder in English');
      const dark = colours(win, finder);
      expect(dark.card).to.be.lessThan(0.05);
      expect(dark.text).to.be.greaterThan(0.7);
      expect(win.getComputedStyle(results(finder)[0]!).fontFamily, 'the NLDS theme stays').to.match(/Serif|Georgia/);
      await expectPageAccessible(frame, 'fund, dark, en');
      // The deep link to the fund's own schemes keeps its search and gains the choice.
      const schemes = new URL(doc.querySelector<HTMLAnchorElement>('.fund-callout a[lang="en"], .fund-callout [lang="en"] a')!.href);
      expect(schemes.search).to.equal('?lio-q=voorbeeldfonds&lang=en&theme=dark');
    } finally {
      frame.remove();
    }
  });

  it("the link to the fund's schemes shows exactly its own items", async () => {
    const { frame, doc } = await open('/demo/fund.html?lio-q=voorbeeldfonds', finderReady());
    try {
      const ids = results(finderOf(doc)).map((card) => (card as HTMLElement).dataset.id);
      expect(ids.sort()).to.deep.equal(['sector-career-advice', 'sector-learning-budget', 'sector-team-coaching']);
    } finally {
      frame.remove();
    }
  });
});

describe('demo: the error page', () => {
  const EXAMPLES = [
    ['invalid', 'catalogue-invalid', 'invalid-catalogue'],
    ['unreachable', 'catalogue-unreachable', 'unreachable-catalogue'],
    ['attributes', 'invalid-attribute', 'attributes-finder'],
  ] as const;
  const logged = (doc: Document, id: string) => doc.querySelector(`#${id} [data-event-log]`)!.textContent ?? '';
  const settled = (win: PageWindow) => [...EXAMPLES.map(([id]) => id), 'messages'].every((id) => logged(win.document, id).includes('lio-error'));

  it('explains each error next to the message the visitor sees and the event the page received', async () => {
    const { frame, doc } = await open('/demo/errors.html', settled);
    try {
      for (const [section, code, element] of EXAMPLES) {
        expect(logged(doc, section), section).to.contain(`"${code}"`);
        expect(shadow(doc.getElementById(element))!.querySelector('[part="error"]'), `${section}: error view`).to.not.equal(null);
        expect(doc.querySelector(`#${section} h2`)!.textContent).to.not.equal('');
      }
      // Wording with an unknown key breaks nothing: the finder works and uses the valid override.
      const messages = doc.getElementById('messages-finder')!;
      await waitFor(() => results(messages).length > 0, 'the finder with overrides');
      expect(logged(doc, 'messages')).to.contain('"invalid-messages"');
      expect(shadow(messages)!.querySelector('[part="error"]')).to.equal(null);
      expect(shadow(messages)!.textContent).to.contain('Meer laden');
      await expectPageAccessible(frame, 'errors, nl');

      radio(doc, 'lang', 'en').click();
      await waitFor(() => !!shadow(doc.getElementById('unreachable-catalogue'))?.textContent?.includes('could not be loaded'), 'the error message in English');
      await expectPageAccessible(frame, 'errors, en');
    } finally {
      frame.remove();
    }
  });

  it('is linked from the landing page', async () => {
    const { frame, doc } = await open('/demo/index.html', () => true);
    try {
      expect([...doc.querySelectorAll('a')].some((a) => new URL(a.href).pathname === '/demo/errors.html')).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

describe('demo: the strict-CSP page and the finder alone', () => {
  it('the CSP page switches language and theme under the strict policy, without violations', async () => {
    const { frame, win, doc } = await open('/demo/csp.html', (w) => w.document.documentElement.dataset.lioSettled === 'true');
    try {
      radio(doc, 'lang', 'en').click();
      radio(doc, 'theme', 'dark').click();
      const finder = finderOf(doc, 'csp-finder');
      await waitFor(() => !!shadow(finder)?.textContent?.includes('Find interventions') && results(finder).length > 0, 'the finder in English');
      expect(colours(win, finder).card).to.be.lessThan(0.05);
      expect(win.lioCspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the finder alone is accessible as a page', async () => {
    const { frame } = await open('/demo/finder.html?theme=dark', finderReady());
    try {
      await expectPageAccessible(frame, 'finder page, dark');
    } finally {
      frame.remove();
    }
  });
});

describe('demo: the quick-scan page', () => {
  const scanOf = (doc: Document) => doc.getElementById('scan')!;
  const scanReady = (win: PageWindow) => !!shadow(scanOf(win.document))?.querySelector('[part="intro"]');

  it('shows the scan introduction, no error box, accessible in light Dutch and dark English', async () => {
    const { frame, doc } = await open('/demo/scan.html?theme=light', scanReady);
    try {
      const root = shadow(scanOf(doc))!;
      expect(root.querySelector('[part="error"]')).to.equal(null);
      expect(root.textContent).to.contain('stellingen');
      expect(root.querySelector('button.start, button.resume-button'), 'start or go on').to.not.equal(null);
      await expectPageAccessible(frame, 'scan, light nl');
      radio(doc, 'lang', 'en').click();
      radio(doc, 'theme', 'dark').click();
      await waitFor(() => !!shadow(scanOf(doc))?.textContent?.includes('statements'), 'the scan in English');
      await expectPageAccessible(frame, 'scan, dark en');
    } finally {
      frame.remove();
    }
  });

  it('is linked from the landing page and from the nav of every demo page', async () => {
    for (const page of ['index', 'fund', 'errors', 'csp', 'finder', 'scan', 'model', 'matrix', 'journey']) {
      const { frame, doc } = await open(`/demo/${page}.html`, () => true);
      try {
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => new URL(a.href).pathname);
        expect(links, `${page}.html nav`).to.include('/demo/scan.html');
        if (page === 'index') expect([...doc.querySelectorAll<HTMLAnchorElement>('main a')].some((a) => new URL(a.href).pathname === '/demo/scan.html')).to.equal(true);
      } finally {
        frame.remove();
      }
    }
  });
});

describe('demo: the model diagram', () => {
  const modelOf = (doc: Document) => doc.getElementById('model')!;
  const modelReady = (win: PageWindow) => !!shadow(modelOf(win.document))?.querySelector('[part="factor"]');

  it('draws the model on its own page, no error box, accessible in light Dutch and dark English', async () => {
    const { frame, doc } = await open('/demo/model.html?theme=light', modelReady);
    try {
      const root = shadow(modelOf(doc))!;
      expect(root.querySelector('[part="error"]')).to.equal(null);
      expect(root.querySelectorAll('[part="level"]')).to.have.length(5);
      expect(root.querySelectorAll('[part="factor"]')).to.have.length(24);
      await expectPageAccessible(frame, 'model, light nl');
      radio(doc, 'lang', 'en').click();
      radio(doc, 'theme', 'dark').click();
      await waitFor(() => !!shadow(modelOf(doc))?.textContent?.includes('Environment'), 'the model in English');
      await expectPageAccessible(frame, 'model, dark en');
    } finally {
      frame.remove();
    }
  });

  it('on the landing page, a factor picked in the model and "Toon in de zoeker" filter the finder below it', async () => {
    const { frame, doc } = await open('/demo/index.html?theme=light', (win) => modelReady(win) && finderReady()(win));
    try {
      const model = modelOf(doc);
      shadow(model)!.querySelector<SVGGElement>('[part="factor"][data-id="feedback"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitFor(() => !!shadow(model)!.querySelector('[part="panel"]'), 'the panel');
      const show = [...shadow(model)!.querySelectorAll<HTMLButtonElement>('[part="panel"] button')].find((b) => b.textContent!.includes('Toon in de zoeker'))!;
      show.click();
      const finder = finderOf(doc) as HTMLElement & { filters: { factors: string[] } };
      await waitFor(() => finder.filters.factors.join() === 'feedback', 'the finder to filter on the factor');
      await expectPageAccessible(frame, 'landing page with a pick');
    } finally {
      frame.remove();
    }
  });

  it('is linked from the nav of every demo page', async () => {
    for (const page of ['index', 'fund', 'errors', 'csp', 'finder', 'scan', 'model', 'matrix', 'journey']) {
      const { frame, doc } = await open(`/demo/${page}.html`, () => true);
      try {
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => new URL(a.href).pathname);
        expect(links, `${page}.html nav`).to.include('/demo/model.html');
      } finally {
        frame.remove();
      }
    }
  });
});

describe('demo: the maturity matrix', () => {
  const matrixOf = (doc: Document) => doc.getElementById('matrix')!;
  const matrixReady = (win: PageWindow) => !!shadow(matrixOf(win.document))?.querySelector('[part="cell"]');
  /** The demo pages keep their work in the default workspace (local storage); each test starts and ends without it. */
  const forgetWork = () => {
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('lio-widgets:'))) localStorage.removeItem(key);
  };
  beforeEach(forgetWork);
  afterEach(forgetWork);

  it('shows the plan grid on its own page, no error box, accessible in light Dutch and dark English', async () => {
    const { frame, doc } = await open('/demo/matrix.html?theme=light', matrixReady);
    try {
      const root = shadow(matrixOf(doc))!;
      expect(root.querySelector('[part="error"]')).to.equal(null);
      // Five levels × five phases, every cell an empty one with its gap in words. The frame is made
      // 1280 px wide once loaded: the table replaces the narrow list in the frame after that.
      await waitFor(() => root.querySelectorAll('table[part="grid"] tbody tr').length === 5, 'the table at 1280 px');
      expect(root.querySelectorAll('[part="cell"]')).to.have.length(25);
      expect(root.querySelectorAll('[part="gap"]')).to.have.length(25);
      expect(root.querySelector('[part="gap"]')!.textContent).to.contain('nog geen acties');
      await expectPageAccessible(frame, 'matrix, light nl');
      radio(doc, 'lang', 'en').click();
      radio(doc, 'theme', 'dark').click();
      await waitFor(() => !!shadow(matrixOf(doc))?.textContent?.includes('no actions yet'), 'the matrix in English');
      await expectPageAccessible(frame, 'matrix, dark en');
    } finally {
      frame.remove();
    }
  });

  it('on the landing page, an intervention saved in the finder is added to the plan from a cell of its level', async () => {
    const { frame, doc } = await open('/demo/index.html?theme=light', (win) => matrixReady(win) && finderReady()(win));
    try {
      const finder = finderOf(doc);
      const card = results(finder)[0]!;
      const id = card.getAttribute('data-id')!;
      const title = card.querySelector('.card-title')!.textContent!.trim();
      card.querySelector<HTMLButtonElement>('button[aria-pressed="false"]')!.click();
      await waitFor(() => !!card.querySelector('button[aria-pressed="true"]'), 'the finder to save it');
      const catalogue = (await (await fetch('/catalogue/default.json')).json()) as { interventions: Array<{ id: string; level: string; phases: string[] }> };
      const item = catalogue.interventions.find((i) => i.id === id)!;
      const cellKey = `${item.level}/${item.phases[0]}`;
      const root = shadow(matrixOf(doc))!;
      root.querySelector<HTMLButtonElement>(`[data-cell="${cellKey}"] button.add`)!.click();
      await waitFor(() => !!root.querySelector(`dialog[open] .shortlist .offer[data-id="${id}"]`), 'the saved item among the add choices');
      await expectPageAccessible(frame, 'landing page with the add dialog');
      root.querySelector<HTMLButtonElement>(`dialog[open] .shortlist .offer[data-id="${id}"] button`)!.click();
      await waitFor(() => !root.querySelector('dialog[open]') && !!root.querySelector(`[data-cell="${cellKey}"] [part="action"]`), 'the action in its cell');
      expect(root.querySelector(`[data-cell="${cellKey}"] .action-title`)!.textContent).to.equal(title);
      expect(root.querySelector('.totals')!.textContent).to.contain('1 actie');
    } finally {
      frame.remove();
    }
  });

  it('is linked from the nav of every demo page', async () => {
    for (const page of ['index', 'fund', 'errors', 'csp', 'finder', 'scan', 'model', 'matrix', 'journey']) {
      const { frame, doc } = await open(`/demo/${page}.html`, () => true);
      try {
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => new URL(a.href).pathname);
        expect(links, `${page}.html nav`).to.include('/demo/matrix.html');
        if (page === 'matrix') expect(new URL(doc.querySelector<HTMLAnchorElement>('nav a[aria-current="page"]')!.href).pathname).to.equal('/demo/matrix.html');
      } finally {
        frame.remove();
      }
    }
  });
});

describe('demo: the whole journey on one page', () => {
  const WIDGETS = ['scan', 'model', 'finder', 'matrix'];
  const journeyReady = (win: PageWindow) => {
    const doc = win.document;
    return (
      !!shadow(doc.getElementById('scan'))?.querySelector('[part="intro"]') &&
      !!shadow(doc.getElementById('model'))?.querySelector('[part="factor"]') &&
      results(finderOf(doc)).length > 0 &&
      !!shadow(doc.getElementById('matrix'))?.querySelector('[part="cell"]')
    );
  };
  const forgetWork = () => {
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('lio-widgets:'))) localStorage.removeItem(key);
  };
  beforeEach(forgetWork);
  afterEach(forgetWork);

  it('shows every step, the widgets side by side in one workspace, accessible and without console errors, in light Dutch and dark English', async () => {
    const { frame, win, doc } = await open('/demo/journey.html?theme=light', journeyReady);
    // What the page says on the console from here on (an error before the widgets rendered shows as an error box, checked below).
    const logged: string[] = [];
    const original = win.console.error.bind(win.console);
    win.console.error = (...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
      original(...args);
    };
    win.addEventListener('error', (event) => logged.push(String((event as ErrorEvent).message)));
    win.addEventListener('unhandledrejection', (event) => logged.push(String((event as PromiseRejectionEvent).reason)));
    try {
      // Six numbered steps, each a section with a heading; the widgets each in their own, not nested, one workspace.
      const steps = [...doc.querySelectorAll<HTMLAnchorElement>('.journey-steps a')];
      expect(steps.map((a) => a.hash)).to.deep.equal(['#step-scan', '#step-model', '#step-finder', '#step-shortlist', '#step-plan', '#step-report']);
      for (const link of steps) expect(doc.querySelector(`${link.hash} > h2`), link.hash).to.not.equal(null);
      for (const id of WIDGETS) {
        const widget = doc.getElementById(id)!;
        expect(widget.parentElement!.matches('section.journey-step'), `${id} in a step section`).to.equal(true);
        expect(widget.parentElement!.closest('lio-catalogue, lio-quick-scan, lio-model-diagram, lio-intervention-finder, lio-maturity-matrix'), `${id} not nested`).to.equal(null);
        expect((widget as HTMLElement & { workspace: string }).workspace, `${id} in the default workspace`).to.equal('default');
        expect(shadow(widget)!.querySelector('[part="error"]'), `${id}: no error box`).to.equal(null);
      }
      expect(doc.querySelector('script:not([src])'), 'no inline script').to.equal(null);
      // Saving and sharing the whole journey: the element, in a section of its own, not nested, rendered.
      const share = doc.getElementById('share')!;
      expect(share.localName).to.equal('lio-journey-share');
      expect(share.parentElement!.id).to.equal('step-share');
      await waitFor(() => !!shadow(share)?.querySelector('button'), 'the journey share rendered');
      expect(shadow(share)!.querySelector('[part="error"]'), 'share: no error box').to.equal(null);
      await expectPageAccessible(frame, 'journey, light, nl');

      radio(doc, 'lang', 'en').click();
      radio(doc, 'theme', 'dark').click();
      await waitFor(
        () => !!shadow(doc.getElementById('scan'))?.textContent?.includes('statements') && !!shadow(finderOf(doc))?.textContent?.includes('Find interventions') && !!shadow(doc.getElementById('matrix'))?.textContent?.includes('no actions yet'),
        'the widgets in English',
      );
      expect(doc.title).to.equal('lio-widgets — the whole journey');
      expect(doc.querySelector('.journey-steps')!.getAttribute('aria-label')).to.equal('Steps');
      expect(colours(win, finderOf(doc)).card, 'dark card').to.be.lessThan(0.05);
      await expectPageAccessible(frame, 'journey, dark, en');
      expect(logged, 'console errors').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('is linked from the nav of every demo page and from the landing page', async () => {
    for (const page of ['index', 'fund', 'errors', 'csp', 'finder', 'scan', 'model', 'matrix', 'journey']) {
      const { frame, doc } = await open(`/demo/${page}.html`, () => true);
      try {
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => new URL(a.href).pathname);
        expect(links, `${page}.html nav`).to.include('/demo/journey.html');
        if (page === 'index') expect([...doc.querySelectorAll<HTMLAnchorElement>('main a')].some((a) => new URL(a.href).pathname === '/demo/journey.html')).to.equal(true);
        if (page === 'journey') expect(new URL(doc.querySelector<HTMLAnchorElement>('nav a[aria-current="page"]')!.href).pathname).to.equal('/demo/journey.html');
      } finally {
        frame.remove();
      }
    }
  });
});
