/**
 * The finder's first load holds no text search: filters, counts and sorting come with the finder,
 * the text half of the engine (`text-search-*.js`) loads when the search field is used or the state
 * has text. Pages use the built script-tag bundle, under a test route that holds or fails that chunk.
 */
import { expect } from '@open-wc/testing';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { buildSearchIndex, search } from '../../src/core/search.js';
import { addModuleScript, brokenRoute, loadFrame, releaseRoute, routeRequests, waitFor } from './helpers/frame.js';

type PageWindow = Window & Record<string, unknown> & typeof globalThis;

const isTextChunk = (path: string) => /\/text-search-[\w-]+\.js$/.test(path);

describe('the text half of the search engine, loaded on demand', () => {
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
    for (const name of ['lio-filter-change', 'lio-error']) doc.addEventListener(name, (event) => events.push(event as CustomEvent));
    doc.body.innerHTML = `<lio-intervention-finder persist="none" page-size="0" ${attributes}></lio-intervention-finder>`;
    await addModuleScript(doc, `${prefix}/dist/cdn/lio.js`);
    const finder = doc.querySelector('lio-intervention-finder') as LioInterventionFinder;
    const root = () => finder.shadowRoot!;
    const cards = () => [...(finder.shadowRoot?.querySelectorAll<HTMLElement>('.card') ?? [])].map((card) => card.dataset.id);
    const input = () => root().querySelector<HTMLInputElement>('input[type="search"]')!;
    const type = (text: string) => {
      input().value = text;
      input().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    /** What the public engine gives for `text`: the finder's results must be exactly these. */
    const expected = (text: string) => {
      const state = finder.catalogueState;
      if (state.status !== 'ready') throw new Error('no catalogue');
      return search(buildSearchIndex(state.catalogue, 'nl'), { text, sort: 'relevance' }).hits.map((hit) => hit.item.id);
    };
    return { win, finder, root, cards, input, type, expected, events };
  }

  it('is not requested until the search field is used; what is typed before it arrives gives the right results', async () => {
    const prefix = brokenRoute('hold-1-text-search');
    const { win, finder, root, cards, input, type, expected, events } = await page(prefix);
    await waitFor(() => cards().length > 0, 'the results');
    const all = cards();
    // Filtering, counting and sorting work without it.
    (root().querySelector('fieldset input[type="checkbox"]') as HTMLInputElement).click();
    await waitFor(() => cards().length !== all.length, 'a filter to apply');
    (root().querySelector('fieldset input[type="checkbox"]') as HTMLInputElement).click();
    await waitFor(() => cards().length === all.length, 'the filter to go');
    const select = root().querySelector<HTMLSelectElement>('#sort')!;
    select.value = 'title';
    select.dispatchEvent(new Event('change'));
    await finder.updateComplete;
    expect(cards()).to.deep.equal(finder.results);
    expect(cards()).to.have.length(all.length);
    expect(cards()).to.not.deep.equal(all);
    select.value = 'relevance';
    select.dispatchEvent(new Event('change'));
    await finder.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = await routeRequests(prefix);
    expect(before.some((path) => /\/lio-intervention-finder-[\w-]+\.js$/.test(path)), 'the finder chunk came through the route').to.equal(true);
    expect(before.filter(isTextChunk), 'text search requested before the field was used').to.deep.equal([]);

    // Focus asks for it (held by the test server); the visitor types on regardless.
    input().focus();
    let requested: string[] = [];
    while (!(requested = (await routeRequests(prefix)).filter(isTextChunk)).length) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requested).to.have.length(1);
    events.length = 0;
    type('werk');
    type('werkdruk');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Still waiting: the field keeps every key, the results stay as they were (marked busy), and nobody is told yet.
    expect(input().value).to.equal('werkdruk');
    expect(cards()).to.deep.equal(all);
    expect(root().querySelector('.results-area')!.getAttribute('aria-busy')).to.equal('true');
    expect(events).to.deep.equal([]);

    await releaseRoute(prefix);
    await waitFor(() => cards().length < all.length, 'the text search to apply');
    await finder.updateComplete;
    const want = expected('werkdruk');
    expect(want.length).to.be.greaterThan(0);
    expect(cards()).to.deep.equal(want);
    expect(finder.results).to.deep.equal(want);
    expect(root().querySelector('.results-area')!.hasAttribute('aria-busy')).to.equal(false);
    expect(root().querySelectorAll('.card mark').length, 'the matched words are marked').to.be.greaterThan(0);
    // One change event, for what the visitor typed in the end.
    expect(events.map((e) => [e.type, e.detail.state?.text, e.detail.total])).to.deep.equal([['lio-filter-change', 'werkdruk', want.length]]);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a shared link with text shows the results for it once the chunk is there', async () => {
    const prefix = brokenRoute('hold-1-text-search');
    const { win, finder, root, cards, expected } = await page(prefix, '?lio-q=mentor', 'sync-url');
    await waitFor(() => finder.catalogueState?.status === 'ready', 'the catalogue');
    while (!(await routeRequests(prefix)).some(isTextChunk)) await new Promise((resolve) => setTimeout(resolve, 20));
    // No results that ignore the link's text in the meantime.
    expect(cards()).to.deep.equal([]);
    expect(root().querySelector('[part="skeleton"]')).to.not.equal(null);
    await releaseRoute(prefix);
    await waitFor(() => cards().length > 0, 'the results');
    expect(cards()).to.deep.equal(expected('mentor'));
    expect(root().querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('mentor');
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a chunk that fails: the search says so with a retry, and the retry searches', async () => {
    const prefix = brokenRoute('fail-1-text-search');
    const { win, root, cards, type, expected, events } = await page(prefix);
    await waitFor(() => cards().length > 0, 'the results');
    const all = cards();
    type('mentor');
    await waitFor(() => !!root().querySelector('[part="retry"]'), 'the error under the search');
    const alert = root().querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Een deel van deze pagina kon niet worden geladen.');
    expect(events.map((e) => [e.type, e.detail.code])).to.deep.equal([['lio-error', 'chunk-unavailable']]);
    expect(cards(), 'the results stay as they were').to.deep.equal(all);
    (root().querySelector('[part="retry"]') as HTMLButtonElement).click();
    await waitFor(() => cards().length < all.length, 'the search after the retry');
    expect(cards()).to.deep.equal(expected('mentor'));
    expect(root().querySelector('[part="error"]')).to.equal(null);
    expect(events.map((e) => [e.type, e.detail.code ?? e.detail.state.text])).to.deep.equal([
      ['lio-error', 'chunk-unavailable'],
      ['lio-filter-change', 'mentor'],
    ]);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });
});
