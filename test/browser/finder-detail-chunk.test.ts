/**
 * The finder's first load holds no detail view: the dialog with an item's facts, sources and links
 * (`detail-*.js`) is fetched when the browser is idle after the results show, or when the pointer
 * or focus reaches a result. An item opened before it arrives (a click, a `lio-open` link, the
 * script) waits for it. Pages use the built script-tag bundle, under a test route that holds or
 * fails that chunk.
 */
import { expect } from '@open-wc/testing';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { addModuleScript, brokenRoute, loadFrame, releaseRoute, requested, routeRequests, waitFor, watchUpdate } from './helpers/frame.js';

type PageWindow = Window & Record<string, unknown> & typeof globalThis;

const isDetailChunk = (path: string) => /\/detail-[\w-]+\.js$/.test(path);

describe('the detail view, loaded apart from the first load', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** The loader host page (`query` in its URL) with one finder, the bundle served under `prefix`. */
  async function page(prefix: string, query = '', attributes = '') {
    frame = await loadFrame(`/test/pages/loader-host.html${query}`, (win) => Array.isArray(win.lioErrors));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const events: CustomEvent[] = [];
    for (const name of ['lio-intervention-open', 'lio-error']) doc.addEventListener(name, (event) => events.push(event as CustomEvent));
    doc.body.innerHTML = `<lio-intervention-finder persist="none" ${attributes}></lio-intervention-finder>`;
    await addModuleScript(doc, `${prefix}/dist/cdn/lio.js`);
    const finder = doc.querySelector('lio-intervention-finder') as LioInterventionFinder;
    const root = () => finder.shadowRoot!;
    const cards = () => [...(finder.shadowRoot?.querySelectorAll<HTMLElement>('.card') ?? [])];
    const dialog = () => root().querySelector('dialog');
    const busy = () => root().querySelector('.results-area')?.getAttribute('aria-busy') === 'true';
    /** The detail chunk's requests so far (held ones too). */
    const requests = async () => (await routeRequests(prefix)).filter(isDetailChunk);
    return { win, finder, root, cards, dialog, busy, requests, events };
  }

  it('an item opened while the chunk is on its way shows when it arrives, with focus on its title and back on close', async () => {
    const prefix = brokenRoute('hold-1-detail');
    const { win, finder, root, cards, dialog, busy, requests, events } = await page(prefix);
    await waitFor(() => cards().length > 0, 'the results');
    // Fetched ahead once the results show, without anybody asking (and held by the test server).
    await requested(requests, 'the detail part');
    const card = cards()[1]!;
    const id = card.dataset.id!;
    const title = card.querySelector<HTMLButtonElement>('.card-title button')!;
    title.focus();
    title.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Waiting: no dialog yet, the results are marked busy, and the visitor's click was heard.
    expect(dialog()).to.equal(null);
    expect(busy()).to.equal(true);
    expect(finder.filters.open).to.equal(id);
    expect(events.map((e) => [e.type, e.detail.id])).to.deep.equal([['lio-intervention-open', id]]);

    await releaseRoute(prefix);
    await waitFor(() => !!dialog()?.open, 'the detail dialog');
    expect(dialog()!.querySelector('.detail')!.getAttribute('data-id')).to.equal(id);
    expect(root().querySelector('#detail-title')!.textContent!.trim()).to.equal(title.textContent!.trim());
    expect(root().activeElement?.classList.contains('detail-title'), 'focus on the title').to.equal(true);
    expect(busy()).to.equal(false);
    // Its own rules came with it: laid out on screen, the print copy only on paper.
    expect(getComputedStyle(root().querySelector('.detail-actions')!).display).to.equal('flex');
    expect(getComputedStyle(root().querySelector('.detail-print')!).display).to.equal('none');
    expect(await requests(), 'one request for it').to.have.length(1);

    root().querySelector<HTMLButtonElement>('.detail-header button')!.click();
    await waitFor(() => !dialog(), 'the dialog to close');
    await finder.updateComplete;
    expect(root().activeElement, 'focus back on the card that opened it').to.equal(title);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a shared link with lio-open, and openIntervention from script, wait for it; updateComplete too', async () => {
    const prefix = brokenRoute('hold-1-detail');
    const { win, finder, cards, dialog, busy, requests } = await page(prefix, '?lio-open=mentoring-by-experienced-colleague', 'sync-url');
    await waitFor(() => cards().length > 0, 'the results');
    await requested(requests, 'the detail part');
    expect(finder.filters.open).to.equal('mentoring-by-experienced-colleague');
    expect(dialog()).to.equal(null);
    expect(busy()).to.equal(true);
    const settled = watchUpdate(finder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(settled(), 'updateComplete waits for the detail').to.equal(false);

    await releaseRoute(prefix);
    await finder.updateComplete;
    expect(dialog()?.open).to.equal(true);
    expect(dialog()!.querySelector('.detail')!.getAttribute('data-id')).to.equal('mentoring-by-experienced-colleague');

    // From script, with the chunk there: at once, and the URL follows.
    const other = cards().find((card) => card.dataset.id !== 'mentoring-by-experienced-colleague')!.dataset.id!;
    finder.openIntervention(other);
    await finder.updateComplete;
    expect(dialog()!.querySelector('.detail')!.getAttribute('data-id')).to.equal(other);
    expect(new URL(win.location.href).searchParams.get('lio-open')).to.equal(other);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a chunk that fails: fetched ahead it fails quietly; opened, the error view with a retry, and nothing entered is lost', async () => {
    // The first two requests fail: the one fetched ahead, then the one the click makes.
    const prefix = brokenRoute('fail-2-detail');
    const { win, finder, root, cards, dialog, busy, requests, events } = await page(prefix);
    await waitFor(() => cards().length > 0, 'the results');
    await requested(requests, 'the detail part');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(root().querySelector('[part="error"]'), 'no error for a load nobody waited for').to.equal(null);
    expect(events).to.deep.equal([]);

    // The visitor filters, then opens an item.
    const checkbox = root().querySelector<HTMLInputElement>('fieldset input[type="checkbox"]')!;
    const all = cards().length;
    checkbox.click();
    await waitFor(() => cards().length !== all, 'the filter to apply');
    const filtered = cards().map((card) => card.dataset.id);
    const id = filtered[0]!;
    cards()[0]!.querySelector<HTMLButtonElement>('.card-title button')!.click();
    await waitFor(() => !!root().querySelector('[part="retry"]'), 'the error view');
    const alert = root().querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Een deel van deze pagina kon niet worden geladen.');
    expect(events.map((e) => [e.type, e.detail.code ?? e.detail.id])).to.deep.equal([
      ['lio-intervention-open', id],
      ['lio-error', 'chunk-unavailable'],
    ]);
    expect(dialog()).to.equal(null);
    expect(busy(), 'not busy: nothing is on its way').to.equal(false);
    expect(checkbox.checked).to.equal(true);
    expect(cards().map((card) => card.dataset.id), 'the results stay as they were').to.deep.equal(filtered);

    (root().querySelector('[part="retry"]') as HTMLButtonElement).click();
    await waitFor(() => !!dialog()?.open, 'the detail after the retry');
    expect(dialog()!.querySelector('.detail')!.getAttribute('data-id')).to.equal(id);
    expect(root().querySelector('[part="error"]')).to.equal(null);
    expect(await requests()).to.have.length(3);
    expect(finder.filters.factors.length + finder.filters.levels.length + finder.filters.phases.length + finder.filters.evidence.length).to.equal(1);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });
});
