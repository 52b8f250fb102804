/**
 * A site's wording (message overrides) is applied by a chunk of its own (`overrides-*.js`), which
 * only a page that gives overrides fetches, with the widget's messages: a page without overrides
 * never loads it, and a widget with overrides shows its skeleton until it is there, so the site's
 * wording is the first text a visitor sees. A chunk that cannot be loaded shows the error view
 * with a retry, and fires `lio-error`. Pages use the built script-tag bundle, under a test route
 * that holds or fails that chunk.
 */
import { expect } from '@open-wc/testing';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { addModuleScript, brokenRoute, loadFrame, releaseRoute, requested, routeRequests, waitFor } from './helpers/frame.js';

type PageWindow = Window & Record<string, unknown> & typeof globalThis;

const isOverridesChunk = (path: string) => /\/overrides-[\w-]+\.js$/.test(path);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const INLINE = '<script type="application/json" data-lio-messages>{ "nl": { "finder.title": "Maatregelen van het fonds" } }</script>';

describe("a site's wording: applied by a chunk only pages with overrides load", () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** The loader host page with one finder (`inner` inside it), the bundle served under `prefix`; every title it shows is recorded. */
  async function page(prefix: string, inner = '') {
    frame = await loadFrame('/test/pages/loader-host.html', (win) => Array.isArray(win.lioErrors));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const events: CustomEvent[] = [];
    doc.addEventListener('lio-error', (event) => events.push(event as CustomEvent));
    doc.body.innerHTML = `<lio-intervention-finder persist="none">${inner}</lio-intervention-finder>`;
    const finder = doc.querySelector('lio-intervention-finder') as LioInterventionFinder;
    const titles: string[] = [];
    const record = () => {
      const title = text(finder.shadowRoot?.querySelector('.title'));
      if (title && titles.at(-1) !== title) titles.push(title);
    };
    const observer = new win.MutationObserver(record);
    void win.customElements.whenDefined('lio-intervention-finder').then(() => observer.observe(finder.shadowRoot!, { childList: true, subtree: true, characterData: true }));
    await addModuleScript(doc, `${prefix}/dist/cdn/lio.js`);
    const requests = async () => (await routeRequests(prefix)).filter(isOverridesChunk);
    return { win, finder, root: () => finder.shadowRoot!, titles, requests, events, stop: () => observer.disconnect() };
  }

  it('a page without overrides never fetches it', async () => {
    const prefix = brokenRoute('slow-1-nothing');
    const { finder, titles, requests, stop } = await page(prefix);
    await waitFor(() => !!finder.shadowRoot?.querySelector('[part="base"]'), 'the finder');
    await pause(300);
    stop();
    expect(titles).to.deep.equal(['Interventies zoeken']);
    expect(await requests()).to.deep.equal([]);
  });

  it('with inline overrides, the skeleton shows until it is there: the first title is the site’s', async () => {
    const prefix = brokenRoute('hold-1-overrides');
    const { win, finder, root, titles, requests, events, stop } = await page(prefix, INLINE);
    await requested(requests, 'the overrides chunk');
    await pause(300);
    expect(root().querySelector('[part="skeleton"]'), 'the skeleton while the wording is on its way').to.not.equal(null);
    expect(titles, 'no title before the site’s wording').to.deep.equal([]);
    await releaseRoute(prefix);
    await waitFor(() => !!finder.shadowRoot?.querySelector('[part="base"]'), 'the finder');
    stop();
    expect(titles).to.deep.equal(['Maatregelen van het fonds']);
    expect(await requests(), 'one request for it').to.have.length(1);
    expect(events).to.deep.equal([]);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('that cannot be loaded: the error view with a retry and lio-error; the retry shows the site’s wording', async () => {
    const prefix = brokenRoute('fail-1-overrides');
    const { win, finder, root, titles, requests, events, stop } = await page(prefix, INLINE);
    await waitFor(() => !!finder.shadowRoot?.querySelector('[part="error"]'), 'the error view');
    expect(events.map((event) => event.detail.code)).to.deep.equal(['messages-unavailable']);
    expect(text(root().querySelector('[part="error"]'))).to.contain('De teksten van dit onderdeel konden niet worden geladen.');
    root().querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitFor(() => !!finder.shadowRoot?.querySelector('[part="base"]'), 'the finder');
    stop();
    expect(titles).to.deep.equal(['Maatregelen van het fonds']);
    expect(await requests()).to.have.length(2);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });
});
