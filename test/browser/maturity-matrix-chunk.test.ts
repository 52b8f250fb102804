/**
 * The matrix's first load holds neither its files part nor its dialogs: export, import and the
 * printed list of actions (`io-part-*.js`) are fetched when the browser is idle after the grid
 * shows, or when the pointer or focus reaches the toolbar; the add, edit and move dialogs
 * (`dialogs-part-*.js`) when the browser is idle, or when the pointer or focus reaches the grid. A
 * button clicked before its part arrives waits for it. Pages use the built script-tag bundle,
 * under a test route that holds or fails that chunk.
 */
import { expect } from '@open-wc/testing';
import type { LioMaturityMatrix } from '../../components/maturity-matrix/maturity-matrix.js';
import { addModuleScript, brokenRoute, loadFrame, releaseRoute, requested, routeRequests, waitFor, watchUpdate } from './helpers/frame.js';

type PageWindow = Window & Record<string, unknown> & typeof globalThis;

const isIoPart = (path: string) => /\/io-part-[\w-]+\.js$/.test(path);
const isDialogsPart = (path: string) => /\/dialogs-part-[\w-]+\.js$/.test(path);
const isTeamPart = (path: string) => /\/team-part-[\w-]+\.js$/.test(path);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Put `value` into the matrix's page workspace (slice `slice`), as another widget or tab would. */
const share = (matrix: LioMaturityMatrix, slice: string, value: unknown) => (matrix as unknown as { shared: { set(slice: string, value: unknown): void } }).shared.set(slice, value);

/** Wait until the part has been fetched ahead (on idle, nobody asking). */
const fetchedAhead = (requests: () => Promise<string[]>) => requested(requests, 'the part, fetched ahead,');

describe('the matrix: its files part, loaded apart from the first load', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    // Close a dialog a failed test left open before the frame goes: without this step WebKitGTK
    // hung removing the frame after the dialog tests when they ran after another test file.
    frame?.contentDocument?.querySelector('lio-maturity-matrix')?.shadowRoot?.querySelector('dialog')?.close();
    frame?.remove();
    frame = undefined;
  });

  /** The loader host page with one matrix, the bundle served under `prefix`; downloads and window.print are recorded. */
  async function page(prefix: string, part = isIoPart, attributes = '') {
    frame = await loadFrame('/test/pages/loader-host.html', (win) => Array.isArray(win.lioErrors));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const events: CustomEvent[] = [];
    doc.addEventListener('lio-error', (event) => events.push(event as CustomEvent));
    const downloads: string[] = [];
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    let printed = 0;
    win.print = () => void printed++;
    doc.body.innerHTML = `<lio-maturity-matrix persist="none" plan-id="team-a" ${attributes}></lio-maturity-matrix>`;
    await addModuleScript(doc, `${prefix}/dist/cdn/lio.js`);
    const matrix = doc.querySelector('lio-maturity-matrix') as LioMaturityMatrix;
    const root = () => matrix.shadowRoot!;
    const button = (what: string) => root().querySelector<HTMLButtonElement>(`button[data-io="${what}"]`)!;
    const requests = async () => (await routeRequests(prefix)).filter(part);
    await waitFor(() => !!matrix.shadowRoot?.querySelector('[part="grid"]'), 'the grid');
    return { win, matrix, root, button, requests, events, downloads, printed: () => printed };
  }

  it('a download and print clicked while the part is on its way happen when it arrives; printed by the browser before, the grid alone', async () => {
    const prefix = brokenRoute('hold-1-io-part');
    const { win, matrix, root, button, requests, events, downloads, printed } = await page(prefix);
    // One action, so the printed list of actions has a row (a plan without actions prints the grid alone).
    const withAction = { format: 'lio-plan', version: 1, id: 'team-a', actions: [{ id: 'a1', title: 'Eigen overleg', level: 'task', phase: 'action', status: 'planned' }] };
    share(matrix, 'plan', { 'team-a': withAction });
    await matrix.updateComplete;
    // Fetched ahead once the grid shows, without anybody asking (and held by the test server).
    await fetchedAhead(requests);

    // The browser's own print command before the part is there: the table, without the list of actions.
    win.dispatchEvent(new Event('beforeprint'));
    await pause(50);
    expect(root().querySelector('.grid')).to.not.equal(null);
    expect(root().querySelector('.print-list')).to.equal(null);
    win.dispatchEvent(new Event('afterprint'));

    button('csv').click();
    button('print').click();
    const settled = watchUpdate(matrix);
    await pause(200);
    expect(downloads, 'nothing downloaded yet').to.deep.equal([]);
    expect(printed()).to.equal(0);
    expect(settled(), 'updateComplete waits for the part').to.equal(false);

    await releaseRoute(prefix);
    await matrix.updateComplete;
    expect(settled()).to.equal(true);
    expect(downloads).to.deep.equal(['actieplan-team-a.csv']);
    await waitFor(() => printed() === 1, 'window.print');
    expect(root().querySelector('.print-list'), 'the list of actions printed after the grid').to.not.equal(null);
    win.dispatchEvent(new Event('afterprint'));
    await matrix.updateComplete;
    expect(root().querySelector('.print-list')).to.equal(null);
    expect(await requests(), 'one request for it').to.have.length(1);
    expect(events).to.deep.equal([]);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a part that fails: fetched ahead it fails quietly; clicked, the error view with a retry and lio-error; the plan does not change', async () => {
    // The first two requests fail: the one fetched ahead, then the one the click makes.
    const prefix = brokenRoute('fail-2-io-part');
    const { win, matrix, root, button, requests, events, downloads } = await page(prefix);
    await fetchedAhead(requests);
    await pause(200);
    expect(root().querySelector('[part="error"]'), 'no error for a load nobody waited for').to.equal(null);
    expect(events).to.deep.equal([]);
    const before = JSON.stringify(matrix.plan);

    button('json').click();
    await matrix.updateComplete;
    const error = root().querySelector('[part="error"]')!;
    expect(error, 'the error view').to.not.equal(null);
    expect(error.previousElementSibling?.getAttribute('part'), 'right under the toolbar').to.equal('toolbar');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(events.map((e) => e.detail.code)).to.deep.equal(['chunk-unavailable']);
    expect(error.textContent).to.contain(events[0]!.detail.message);
    expect(downloads).to.deep.equal([]);
    expect(JSON.stringify(matrix.plan)).to.equal(before);
    expect(root().querySelector('[part="grid"]'), 'the grid stays').to.not.equal(null);

    root().querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await matrix.updateComplete;
    expect(root().querySelector('[part="error"]'), 'the error view goes').to.equal(null);
    button('json').click();
    await matrix.updateComplete;
    expect(downloads).to.deep.equal(['actieplan-team-a.json']);
    expect(await requests()).to.have.length(3);
    expect(events).to.have.length(1);
    expect(JSON.stringify(matrix.plan)).to.equal(before);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  describe('its dialogs', () => {
    /** A stored plan with one own action, so edit and move have something to work on. */
    const plan = {
      format: 'lio-plan',
      version: 1,
      id: 'team-a',
      actions: [{ id: 'a1', title: 'Eigen overleg', level: 'task', phase: 'action', status: 'planned' }],
    };

    it('add clicked while the part is on its way opens when it arrives, focus on its title and back on the button; updateComplete waits', async () => {
      const prefix = brokenRoute('hold-1-dialogs-part');
      const { win, matrix, root, requests, events } = await page(prefix, isDialogsPart);
      await fetchedAhead(requests);
      const add = root().querySelector<HTMLButtonElement>('button[data-add="task/action"]')!;
      add.focus();
      add.click();
      const settled = watchUpdate(matrix);
      await pause(200);
      expect(root().querySelector('dialog'), 'no dialog yet').to.equal(null);
      expect(settled(), 'updateComplete waits for the part').to.equal(false);
      expect(root().activeElement, 'focus stays on the button').to.equal(add);

      await releaseRoute(prefix);
      await matrix.updateComplete;
      expect(settled()).to.equal(true);
      const dialog = root().querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(root().activeElement?.classList.contains('dialog-title'), 'focus on the dialog title').to.equal(true);
      expect(root().querySelector('#suggestions-title'), 'the add dialog').to.not.equal(null);

      // An own action through the form, as the visitor types it.
      root().querySelector<HTMLInputElement>('#own-title')!.value = 'Werkoverleg';
      root().querySelector<HTMLFormElement>('.own form')!.requestSubmit();
      await matrix.updateComplete;
      await waitFor(() => root().activeElement?.getAttribute('data-action') === matrix.plan.actions[0]?.id, 'focus on the new action');
      expect(matrix.plan.actions.map((a) => a.title)).to.deep.equal(['Werkoverleg']);
      expect(root().querySelector('dialog')).to.equal(null);
      expect(await requests(), 'one request for it').to.have.length(1);
      expect(events).to.deep.equal([]);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });

    it('a part that fails: fetched ahead it fails quietly; clicked, the error view and lio-error, the plan kept; retried, the dialog opens and closes back to its button', async () => {
      const prefix = brokenRoute('fail-2-dialogs-part');
      const { win, matrix, root, requests, events } = await page(prefix, isDialogsPart);
      // Put in the page's workspace as another widget or tab would (the element's own workspace controller).
      share(matrix, 'plan', { 'team-a': plan });
      await matrix.updateComplete;
      await fetchedAhead(requests);
      await pause(200);
      expect(root().querySelector('[part="error"]'), 'no error for a load nobody waited for').to.equal(null);
      expect(events).to.deep.equal([]);
      const before = JSON.stringify(matrix.plan);

      const edit = root().querySelector<HTMLButtonElement>('[data-action="a1"] button[data-do="edit"]')!;
      edit.focus();
      edit.click();
      await matrix.updateComplete;
      const error = root().querySelector('[part="error"]')!;
      expect(error, 'the error view').to.not.equal(null);
      expect(error.previousElementSibling?.getAttribute('part'), 'right under the toolbar').to.equal('toolbar');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(events.map((e) => e.detail.code)).to.deep.equal(['chunk-unavailable']);
      expect(error.textContent).to.contain(events[0]!.detail.message);
      expect(root().querySelector('dialog')).to.equal(null);
      expect(JSON.stringify(matrix.plan), 'the plan is kept').to.equal(before);

      root().querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await matrix.updateComplete;
      expect(root().querySelector('[part="error"]'), 'the error view goes').to.equal(null);
      const dialog = root().querySelector('dialog')!;
      expect(dialog.open, 'the edit dialog opens').to.equal(true);
      expect(root().querySelector<HTMLInputElement>('#edit-title')!.value).to.equal('Eigen overleg');
      expect(root().activeElement?.classList.contains('dialog-title')).to.equal(true);
      root().querySelector<HTMLButtonElement>('dialog button.close')!.click();
      await matrix.updateComplete;
      await waitFor(() => !root().querySelector('dialog'), 'the dialog to close');
      await matrix.updateComplete;
      expect(root().activeElement, 'focus back on the edit button').to.equal(root().querySelector('[data-action="a1"] button[data-do="edit"]'));
      expect(await requests()).to.have.length(3);
      expect(events).to.have.length(1);
      expect(JSON.stringify(matrix.plan)).to.equal(before);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });
    it('remove clicked while the part is on its way removes when it arrives, focus on the add button; undo puts it back', async () => {
      const prefix = brokenRoute('hold-1-dialogs-part');
      const { win, matrix, root, requests, events } = await page(prefix, isDialogsPart);
      share(matrix, 'plan', { 'team-a': plan });
      await matrix.updateComplete;
      await fetchedAhead(requests);
      const remove = root().querySelector<HTMLButtonElement>('[data-action="a1"] button[data-do="remove"]')!;
      remove.focus();
      remove.click();
      const settled = watchUpdate(matrix);
      await pause(200);
      expect(matrix.plan.actions, 'nothing removed yet').to.have.length(1);
      expect(settled(), 'updateComplete waits for the part').to.equal(false);

      await releaseRoute(prefix);
      await matrix.updateComplete;
      expect(matrix.plan.actions).to.deep.equal([]);
      await waitFor(() => root().activeElement?.getAttribute('data-add') === 'task/action', "focus on the cell's add button");
      const undo = root().querySelector<HTMLButtonElement>('button.undo')!;
      expect(undo.textContent).to.contain('Eigen overleg');
      undo.click();
      await matrix.updateComplete;
      expect(matrix.plan.actions.map((a) => a.title)).to.deep.equal(['Eigen overleg']);
      await waitFor(() => root().activeElement?.getAttribute('data-action') === 'a1', 'focus on the restored action');
      expect(await requests(), 'one request for it').to.have.length(1);
      expect(events).to.deep.equal([]);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });

    it('a read-only matrix never fetches the part that changes the plan', async () => {
      const prefix = brokenRoute('fail-0-none');
      const { win, matrix, root, requests } = await page(prefix, isDialogsPart, 'editable="false"');
      share(matrix, 'plan', { 'team-a': plan });
      await matrix.updateComplete;
      // The files part is fetched ahead (downloads and print stay): once it is asked for, the idle time has come.
      await fetchedAhead(async () => (await routeRequests(prefix)).filter(isIoPart));
      root().querySelector('[part="grid"]')!.dispatchEvent(new PointerEvent('pointerenter'));
      await pause(200);
      expect(await requests()).to.deep.equal([]);
      expect(root().querySelector('[data-action="a1"] button'), 'no controls on an action').to.equal(null);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });
  });

  describe("the team's phases", () => {
    const team = { weakFactors: [], team: { respondents: 3, phases: { selection: 1, action: 2 } } };

    it('are fetched only when the workspace holds a team scan; then they show above the phases', async () => {
      const prefix = brokenRoute('fail-0-none');
      const { win, matrix, root, requests, events } = await page(prefix, isTeamPart);
      await fetchedAhead(async () => (await routeRequests(prefix)).filter(isIoPart));
      share(matrix, 'scan', { weakFactors: ['autonomy'] });
      await matrix.updateComplete;
      await pause(200);
      expect(await requests(), "no team part for one respondent's scan").to.deep.equal([]);
      expect(root().querySelector('[part="phase-votes"]')).to.equal(null);

      share(matrix, 'scan', team);
      await matrix.updateComplete;
      await waitFor(() => root().querySelectorAll('[part="phase-votes"]').length === 5, 'the votes above the phases');
      expect(root().querySelector('[data-phase="action"] [part="phase-votes"]')!.textContent).to.contain('2 van 3');
      expect(root().querySelector('.votes-caption')!.textContent).to.contain('3 respondenten');
      expect(await requests()).to.have.length(1);
      expect(events).to.deep.equal([]);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });

    it('that fail to load: the error view with a retry and lio-error; the grid stays; the retry shows them', async () => {
      const prefix = brokenRoute('fail-1-team-part');
      const { win, matrix, root, requests, events } = await page(prefix, isTeamPart);
      share(matrix, 'scan', team);
      await matrix.updateComplete;
      await waitFor(() => !!root().querySelector('[part="error"]'), 'the error view');
      expect(events.map((e) => e.detail.code)).to.deep.equal(['chunk-unavailable']);
      expect(root().querySelector('[part="grid"]'), 'the grid stays').to.not.equal(null);
      expect(root().querySelector('[part="phase-votes"]')).to.equal(null);

      root().querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await matrix.updateComplete;
      await waitFor(() => root().querySelectorAll('[part="phase-votes"]').length === 5, 'the votes after the retry');
      expect(root().querySelector('[part="error"]'), 'the error view goes').to.equal(null);
      expect(await requests()).to.have.length(2);
      expect(events).to.have.length(1);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });
  });
});
