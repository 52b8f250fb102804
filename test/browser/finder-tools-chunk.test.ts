/**
 * The finder's first load holds no export, print or recommendation code: the shortlist's downloads,
 * its "Afdrukken" and "Aanraders uit mijn scan tonen" use the `tools` chunk, fetched when the
 * browser is idle after the results show. A click before it arrives waits for it and then does
 * what was asked; a chunk that cannot be loaded shows the error view with a retry. Pages use the
 * built script-tag bundle, under a test route that holds or fails that chunk.
 */
import { expect } from '@open-wc/testing';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { addModuleScript, brokenRoute, loadFrame, releaseRoute, requested, routeRequests, waitFor, watchUpdate } from './helpers/frame.js';

type PageWindow = Window & Record<string, unknown> & typeof globalThis;

const isToolsChunk = (path: string) => /\/tools-[\w-]+\.js$/.test(path);

describe('export, print and recommendations, loaded apart from the finder', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** The loader host page with one finder whose shortlist holds one item, its panel open; the bundle served under `prefix`. */
  async function page(prefix: string) {
    frame = await loadFrame('/test/pages/loader-host.html', (win) => Array.isArray(win.lioErrors));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const events: CustomEvent[] = [];
    doc.addEventListener('lio-error', (event) => events.push(event as CustomEvent));
    doc.body.innerHTML = '<lio-intervention-finder persist="none" workspace="tools-chunk"></lio-intervention-finder>';
    await addModuleScript(doc, `${prefix}/dist/cdn/lio.js`);
    const finder = doc.querySelector('lio-intervention-finder') as LioInterventionFinder;
    const root = () => finder.shadowRoot!;
    await waitFor(() => !!finder.shadowRoot?.querySelector('.card'), 'the results');
    finder.addToShortlist('job-crafting');
    await finder.updateComplete;
    root().querySelector<HTMLButtonElement>('.shortlist-toggle')!.click();
    await finder.updateComplete;
    const exportButtons = () => [...root().querySelectorAll<HTMLButtonElement>('#shortlist .export button')];
    // Download links clicked in the page's own window.
    const downloads: HTMLAnchorElement[] = [];
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this);
    };
    const requests = async () => (await routeRequests(prefix)).filter(isToolsChunk);
    return { win, finder, root, exportButtons, downloads, requests, events };
  }

  it('a download clicked while the chunk is on its way saves the file when it arrives; updateComplete waits for it', async () => {
    const prefix = brokenRoute('hold-1-tools');
    const { win, finder, exportButtons, downloads, requests } = await page(prefix);
    // Fetched ahead once the results show, without anybody asking (and held by the test server).
    await requested(requests, 'the tools chunk');
    exportButtons()[0]!.click();
    const settled = watchUpdate(finder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(downloads, 'nothing saved yet').to.have.length(0);
    expect(settled(), 'updateComplete waits for the tools').to.equal(false);

    await releaseRoute(prefix);
    await finder.updateComplete;
    expect(downloads.map((link) => link.download)).to.deep.equal(['mijn-selectie.csv']);
    expect(downloads[0]!.href).to.match(/^blob:/);

    // With the chunk there, a click saves at once, inside the click.
    exportButtons()[1]!.click();
    expect(downloads.map((link) => link.download)).to.deep.equal(['mijn-selectie.csv', 'mijn-selectie.json']);
    expect(await requests(), 'one request for it').to.have.length(1);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a chunk that fails: fetched ahead it fails quietly; clicked, the error view with a retry, then the click works', async () => {
    // The first two requests fail: the one fetched ahead, then the one the click makes.
    const prefix = brokenRoute('fail-2-tools');
    const { win, finder, root, exportButtons, downloads, requests, events } = await page(prefix);
    await requested(requests, 'the tools chunk');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(root().querySelector('[part="error"]'), 'no error for a load nobody waited for').to.equal(null);
    expect(events).to.deep.equal([]);

    exportButtons()[0]!.click();
    await waitFor(() => !!root().querySelector('[part="retry"]'), 'the error view');
    expect(root().querySelector('[part="error"]')!.textContent).to.contain('Een deel van deze pagina kon niet worden geladen.');
    expect(events.map((e) => e.detail.code)).to.deep.equal(['chunk-unavailable']);
    expect(downloads).to.have.length(0);

    root().querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitFor(() => !root().querySelector('[part="error"]'), 'the error view to go');
    await finder.updateComplete;
    exportButtons()[0]!.click();
    expect(downloads.map((link) => link.download)).to.deep.equal(['mijn-selectie.csv']);
    expect(await requests()).to.have.length(3);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });
});
