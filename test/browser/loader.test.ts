/**
 * The script-tag loader (dist/cdn/lio.js), loaded from the built bundle in a frame exactly as a
 * host page would: per-element loading, tags before and after the script, shadow roots,
 * `discover()`, removal while loading, double loading, and the eager lio-all.js. The harness
 * (harness.test.ts) holds every element to a query string or redirect under a strict CSP and to
 * failing chunks.
 */
import { expect } from '@open-wc/testing';
import { addModuleScript as addScript, brokenRoute as route, loadFrame, requestedUrls as requested, waitFor } from './helpers/frame.js';

type PageWindow = Window &
  typeof globalThis & {
    lioErrors: string[];
    lioWarnings: string[];
    lioLoader?: { discover(root: ParentNode): Promise<void> };
  };

interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
}

const LOADER = '/dist/cdn/lio.js';

async function hostPage(): Promise<Page> {
  const frame = await loadFrame('/test/pages/loader-host.html', (win) => Array.isArray(win.lioErrors));
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

/** Import the loader's exports into the page (a module script; the host page is not under CSP). */
async function importLoader(page: Page, src = LOADER): Promise<NonNullable<PageWindow['lioLoader']>> {
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.textContent = `import * as loader from '${src}'; window.lioLoader = loader;`;
  page.doc.head.append(script);
  await waitFor(() => !!page.win.lioLoader, 'the loader module');
  return page.win.lioLoader!;
}

const rendered = (element: Element | null | undefined) => !!element?.shadowRoot?.querySelector('[part="base"]');

describe('the script-tag loader', () => {
  let page: Page | undefined;
  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it('defines an element only when its tag appears, also a tag added after the script ran', async () => {
    page = await hostPage();
    const { win, doc } = page;
    await addScript(doc, LOADER);
    expect(win.customElements.get('lio-intervention-finder')).to.equal(undefined);
    const finder = doc.createElement('lio-intervention-finder');
    finder.setAttribute('persist', 'none');
    doc.body.append(finder);
    await waitFor(() => rendered(finder), 'the finder to render');
    // Only what the finder needs came: its chunk and the shared runtime, never the catalogue element.
    expect(win.customElements.get('lio-catalogue')).to.equal(undefined);
    expect(requested(win, /\/lio-catalogue-[\w-]+\.js$/)).to.have.length(0);
    expect(requested(win, /\/chunks\/runtime-[\w-]+\.js$/)).to.have.length(1);
    expect(win.lioErrors).to.deep.equal([]);
  });

  it('defines tags that were in the page before the script, and widgets nested in a <lio-catalogue>', async () => {
    page = await hostPage();
    const { win, doc } = page;
    doc.body.innerHTML = `<lio-intervention-finder id="alone" persist="none"></lio-intervention-finder>
      <lio-catalogue><script type="application/json">{ "schemaVersion": 1, "extends": "default", "remove": ["task-rotation"] }</script>
        <lio-intervention-finder id="nested" persist="none"></lio-intervention-finder></lio-catalogue>`;
    await addScript(doc, LOADER);
    const nested = doc.getElementById('nested')!;
    await waitFor(() => rendered(doc.getElementById('alone')) && rendered(nested), 'both finders to render');
    // The nested finder shows the provider's catalogue, not the default it would load alone.
    expect(nested.shadowRoot!.querySelector('[data-id="task-rotation"]')).to.equal(null);
    expect((doc.querySelector('lio-catalogue') as unknown as { state: { status: string } }).state.status).to.equal('ready');
    expect(win.lioErrors).to.deep.equal([]);
  });

  it('finds tags rendered inside the shadow root of another lio-widgets element', async () => {
    page = await hostPage();
    const { win, doc } = page;
    doc.body.innerHTML = '<lio-catalogue></lio-catalogue>';
    await addScript(doc, LOADER);
    const provider = doc.querySelector('lio-catalogue')!;
    await win.customElements.whenDefined('lio-catalogue');
    expect(win.customElements.get('lio-intervention-finder')).to.equal(undefined);
    // As a widget that renders another widget in its own shadow root would.
    const inner = doc.createElement('lio-intervention-finder');
    inner.setAttribute('persist', 'none');
    provider.shadowRoot!.append(inner);
    await waitFor(() => rendered(inner), 'the finder in the shadow root to render');
  });

  it('discover(root) defines tags in a host\'s own closed shadow root, and follows it', async () => {
    page = await hostPage();
    const { win, doc } = page;
    const loader = await importLoader(page);
    const host = doc.createElement('div');
    doc.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    const first = doc.createElement('lio-intervention-finder');
    first.setAttribute('persist', 'none');
    root.append(first);
    await loader.discover(root);
    expect(win.customElements.get('lio-intervention-finder')).to.not.equal(undefined);
    await waitFor(() => rendered(first), 'the finder to render');
    // A tag added to that root later is defined too (here: the catalogue element, not used before).
    const later = doc.createElement('lio-catalogue');
    root.append(later);
    await win.customElements.whenDefined('lio-catalogue');
    expect(later.shadowRoot).to.not.equal(null);
    expect(win.lioErrors).to.deep.equal([]);
  });

  it('finishes loading an element that was removed while its chunk loaded; it works when added again', async () => {
    page = await hostPage();
    const { win, doc } = page;
    // The finder's chunk arrives 300 ms after it is asked for.
    const base = route('slow-300-lio-intervention-finder');
    await addScript(doc, `${base}${LOADER}`);
    const finder = doc.createElement('lio-intervention-finder');
    finder.setAttribute('persist', 'none');
    doc.body.append(finder);
    // The loader's mutation observer runs in the microtask after the append and asks for the chunk.
    await null;
    expect(win.customElements.get('lio-intervention-finder')).to.equal(undefined);
    finder.remove();
    await win.customElements.whenDefined('lio-intervention-finder');
    expect(finder.shadowRoot).to.equal(null);
    doc.body.append(finder);
    await waitFor(() => rendered(finder), 'the finder to render after re-adding');
    expect(win.lioErrors).to.deep.equal([]);
  });

  it('is safe loaded twice and next to another version: the first one defines, later tags still load', async () => {
    const frame = await loadFrame('/test/pages/double-load.html', (win) => (win.lioReady as number) >= 1);
    page = { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
    const { win, doc } = page;
    const finder = doc.createElement('lio-intervention-finder');
    finder.setAttribute('persist', 'none');
    doc.body.append(finder);
    await waitFor(() => rendered(finder), 'the finder to render');
    const owner = win.customElements.get('lio-intervention-finder') as unknown as { version: string };
    expect(owner.version).to.not.equal('0.0.0-second');
    // The same loader twice shares its chunks: each is fetched once.
    expect(requested(win, /^\/dist\/cdn\/chunks\/lio-intervention-finder-[\w-]+\.js$/)).to.have.length(1);
    expect(requested(win, /^\/dist\/cdn\/chunks\/runtime-[\w-]+\.js$/)).to.have.length(1);
    expect(win.lioErrors).to.deep.equal([]);
  });

  it('lio-all.js defines every element at once and shares its chunks with the loader', async () => {
    page = await hostPage();
    const { win, doc } = page;
    await addScript(doc, '/dist/cdn/lio-all.js');
    expect(win.customElements.get('lio-catalogue')).to.not.equal(undefined);
    expect(win.customElements.get('lio-intervention-finder')).to.not.equal(undefined);
    await addScript(doc, LOADER);
    const finder = doc.createElement('lio-intervention-finder');
    finder.setAttribute('persist', 'none');
    doc.body.append(finder);
    await waitFor(() => rendered(finder), 'the finder to render');
    for (const chunk of [/\/chunks\/runtime-[\w-]+\.js$/, /\/chunks\/lio-intervention-finder-[\w-]+\.js$/, /\/chunks\/lio-catalogue-[\w-]+\.js$/]) {
      expect(requested(win, chunk), String(chunk)).to.have.length(1);
    }
    expect(win.lioWarnings).to.deep.equal([]);
    expect(win.lioErrors).to.deep.equal([]);
  });
});
