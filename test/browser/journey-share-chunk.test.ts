/**
 * `<lio-journey-share>`'s first load holds no reading or linking code: the part with the journey
 * format's schemas and the compression (`journey-io-*.js`, with the schema library about 14 KB gzip)
 * is fetched only when the visitor reaches the buttons (pointer, focus, a file dropped) or a link
 * is in the address, never ahead on idle; a file opened before it arrives waits for it. A part that cannot be loaded shows the error view
 * with a retry and fires `lio-error`; nothing changes. Pages use the built script-tag bundle, under
 * a test route that holds or fails that chunk.
 */
import { expect } from '@open-wc/testing';
import type { LioJourneyShare } from '../../components/journey-share/journey-share.js';
import { addModuleScript, brokenRoute, loadFrame, releaseRoute, requested, routeRequests, waitFor, watchUpdate } from './helpers/frame.js';

type PageWindow = Window & Record<string, unknown> & typeof globalThis;

const isPart = (path: string) => /\/journey-io-[\w-]+\.js$/.test(path);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const JOURNEY = JSON.stringify({ format: 'lio-journey', version: 1, created: '2026-11-30T09:00:00Z', slices: { shortlist: ['job-crafting'] } });

describe('the journey share: its reading part, loaded apart from the first load', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** The loader host page with one journey share, the bundle served under `prefix`. */
  async function page(prefix: string, hash = '') {
    frame = await loadFrame(`/test/pages/loader-host.html${hash}`, (win) => Array.isArray(win.lioErrors));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const events: CustomEvent[] = [];
    doc.addEventListener('lio-error', (event) => events.push(event as CustomEvent));
    doc.body.innerHTML = '<lio-journey-share persist="none"></lio-journey-share>';
    await addModuleScript(doc, `${prefix}/dist/cdn/lio.js`);
    const share = doc.querySelector('lio-journey-share') as LioJourneyShare;
    const root = () => share.shadowRoot!;
    if (!hash) await waitFor(() => !!share.shadowRoot?.querySelector('[part="toolbar"]'), 'the buttons');
    const requests = async () => (await routeRequests(prefix)).filter(isPart);
    /** Hand a file to the file input, as the picker would. */
    const choose = () => {
      const input = root().querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new win.DataTransfer();
      transfer.items.add(new win.File([JOURNEY], 'route.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
    };
    return { win, share, root, requests, events, choose };
  }

  /** An idle moment of the page and a little more: when a part fetched ahead on idle would have been asked for. */
  const idle = (win: PageWindow) => new Promise((resolve) => ('requestIdleCallback' in win ? win.requestIdleCallback(() => setTimeout(resolve, 300)) : setTimeout(resolve, 500)));

  it('is not fetched in the first load nor when idle, but when the buttons are reached; a file opened while it is on its way is read when it arrives', async () => {
    const prefix = brokenRoute('hold-1-journey-io');
    const { win, share, root, requests, events, choose } = await page(prefix);
    await idle(win);
    expect(await requests(), 'nothing fetched ahead on idle').to.have.length(0);
    root().querySelector('[part="toolbar"]')!.dispatchEvent(new win.FocusEvent('focusin', { bubbles: true }));
    await requested(requests, 'the reading part');
    const firstLoad = (await routeRequests(prefix)).filter((path) => /lio-journey-share-[\w-]+\.js$/.test(path));
    expect(firstLoad, 'the element chunk').to.have.length(1);

    choose();
    const settled = watchUpdate(share);
    await pause(200);
    expect(settled(), 'updateComplete waits for the part').to.equal(false);
    expect(root().querySelector('dialog')).to.equal(null);

    await releaseRoute(prefix);
    await share.updateComplete;
    expect(settled()).to.equal(true);
    await waitFor(() => !!root().querySelector<HTMLDialogElement>('dialog.share-dialog')?.open, 'the question');
    expect(await requests(), 'one request for it').to.have.length(1);
    expect(events).to.deep.equal([]);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('save clicked while the part is on its way saves the file when it arrives (the file helpers come with it)', async () => {
    const prefix = brokenRoute('hold-1-journey-io');
    const { win, share, root, requests, events } = await page(prefix);
    // Something to save: a shortlist in the element's workspace.
    const doc = share.ownerDocument;
    doc.body.insertAdjacentHTML('beforeend', '<lio-intervention-finder persist="none"></lio-intervention-finder>');
    const finder = doc.querySelector('lio-intervention-finder')!;
    await waitFor(() => !!finder.shadowRoot?.querySelector('[part="result"] [aria-pressed]'), 'the finder');
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part="result"] [aria-pressed]')!.click();
    await waitFor(() => !root().querySelector<HTMLButtonElement>('[data-share="save"]')!.disabled, 'something to save');
    const saved: HTMLAnchorElement[] = [];
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this);
    };
    root().querySelector<HTMLButtonElement>('[data-share="save"]')!.click();
    await requested(requests, 'the reading part');
    await pause(200);
    expect(saved, 'nothing saved before the part is there').to.have.length(0);
    await releaseRoute(prefix);
    await share.updateComplete;
    expect(saved).to.have.length(1);
    expect(saved[0]!.download).to.match(/^lio-route-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await (await win.fetch(saved[0]!.href)).text());
    expect(file.slices.shortlist).to.have.length(1);
    expect(events).to.deep.equal([]);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a part that fails: fetched ahead it fails quietly; used, the error view with a retry and lio-error; nothing changes', async () => {
    const prefix = brokenRoute('fail-2-journey-io');
    const { win, root, requests, events, choose, share } = await page(prefix);
    // The pointer reaching the buttons fetches it ahead.
    root().querySelector('[part="toolbar"]')!.dispatchEvent(new win.PointerEvent('pointerenter'));
    await requested(requests, 'the reading part');
    await pause(200);
    expect(root().querySelector('[part="error"]'), 'no error for a load nobody waited for').to.equal(null);
    expect(events).to.deep.equal([]);

    choose();
    await share.updateComplete;
    const error = root().querySelector('[part="error"]')!;
    expect(error, 'the error view').to.not.equal(null);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(events.map((e) => e.detail.code)).to.deep.equal(['chunk-unavailable']);
    expect(error.textContent).to.contain(events[0]!.detail.message);
    expect(root().querySelector('dialog'), 'nothing to replace with').to.equal(null);

    root().querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await share.updateComplete;
    expect(root().querySelector('[part="error"]'), 'the error view goes').to.equal(null);
    choose();
    await share.updateComplete;
    await waitFor(() => !!root().querySelector<HTMLDialogElement>('dialog.share-dialog')?.open, 'the question');
    expect(await requests()).to.have.length(3);
    expect(events).to.have.length(1);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a link read before the messages arrived is offered once they are there, in words, never as message keys', async () => {
    const data = `j${btoa(JOURNEY).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    const prefix = brokenRoute('hold-1-journey-share.messages');
    const { win, root, requests, share } = await page(prefix, `#lio-journey=${data}`);
    // The reading part arrives and reads the link while the messages are held.
    await requested(requests, 'the reading part');
    await pause(300);
    expect(root().querySelector('dialog'), 'not asked before the words are there').to.equal(null);
    await releaseRoute(prefix);
    await waitFor(() => !!root().querySelector<HTMLDialogElement>('dialog.share-dialog')?.open, 'the question');
    await share.updateComplete;
    expect(root().querySelector('.dialog-title')!.textContent!.trim()).to.equal('Route uit de link openen?');
    expect(root().querySelector('.confirm-holds')!.textContent).to.contain('1 bewaarde interventie');
    root().querySelector<HTMLButtonElement>('button.replace')!.click();
    await share.updateComplete;
    expect(win.location.hash, 'the journey leaves the address').to.equal('');
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });
});
