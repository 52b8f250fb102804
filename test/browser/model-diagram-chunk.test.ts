/**
 * The diagram's first load holds neither its panel nor its list view nor its score overlay. The
 * panel about the picked level or factor and the list view (`panel-part-*.js`, with their styles)
 * are fetched when the browser is idle after the figure shows, or when the pointer or focus
 * reaches the figure; a pick or a list asked for (or needed, where no figure fits) before it
 * arrives waits for it. The scores (`scores-part-*.js`: reading the scan, the colours, the legend)
 * are fetched only with `show-scores`, at once, and the first paint waits for them. Pages use the
 * built script-tag bundle, under a test route that holds or fails that chunk. The page workspace
 * (`workspace-*.js`) is not in the first load either: the diagram fetches it on connect, and only
 * the score overlay and "show in the finder" wait for it.
 */
import { expect } from '@open-wc/testing';
import type { LioModelDiagram } from '../../components/model-diagram/model-diagram.js';
import { addModuleScript, brokenRoute, loadFrame, releaseRoute, requested, routeRequests, waitFor, watchUpdate } from './helpers/frame.js';

type PageWindow = Window & Record<string, unknown> & typeof globalThis;

const isPanelPart = (path: string) => /\/panel-part-[\w-]+\.js$/.test(path);
const isScoresPart = (path: string) => /\/scores-part-[\w-]+\.js$/.test(path);
const isWorkspace = (path: string) => /\/workspace-[\w-]+\.js$/.test(path);
/** A quick-scan result: one improvement point. */
const scan = { factors: [{ id: 'feedback', score: 1.5 }], improvements: ['feedback'] };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wait until the part has been asked for. */
const asked = (requests: () => Promise<string[]>) => requested(requests, 'the part');

describe('the diagram: its panel, loaded apart from the first load', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** The loader host page with one diagram (`attributes` on it, a scan result with `show-scores`), the bundle served under `prefix`. */
  async function page(prefix: string, attributes = '', part = isPanelPart, drawn = 'svg.model-figure', withScan = attributes.includes('show-scores')) {
    frame = await loadFrame('/test/pages/loader-host.html', (win) => Array.isArray(win.lioErrors));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const events: CustomEvent[] = [];
    for (const name of ['lio-select', 'lio-error']) doc.addEventListener(name, (event) => events.push(event as CustomEvent));
    doc.body.innerHTML = `<div style="inline-size: 1000px"><lio-model-diagram persist="none" ${attributes}></lio-model-diagram></div>`;
    const diagram = doc.querySelector('lio-model-diagram') as LioModelDiagram;
    // Set before the element is defined, as a page script would; the element takes it on upgrade.
    if (withScan) diagram.scanResult = scan;
    await addModuleScript(doc, `${prefix}/dist/cdn/lio.js`);
    const root = () => diagram.shadowRoot!;
    const panel = () => root().querySelector<HTMLElement>('[part="panel"]');
    const requests = async () => (await routeRequests(prefix)).filter(part);
    await waitFor(() => !!diagram.shadowRoot?.querySelector(drawn), drawn);
    return { win, diagram, root, panel, requests, events };
  }

  it('a pick made while the panel is on its way shows it when it arrives, with its own styles; updateComplete waits', async () => {
    const prefix = brokenRoute('hold-1-panel-part');
    const { win, diagram, root, panel, requests, events } = await page(prefix);
    // Fetched ahead once the figure shows, without anybody asking (and held by the test server).
    await asked(requests);

    const chip = root().querySelector<SVGGElement>('g.factor[data-id="feedback"]')!;
    chip.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const settled = watchUpdate(diagram);
    await pause(200);
    // The pick is heard and shown in the figure at once; the panel waits for its part.
    expect(diagram.selected).to.equal('feedback');
    expect(chip.getAttribute('aria-selected')).to.equal('true');
    expect(events.map((e) => [e.type, e.detail.factor])).to.deep.equal([['lio-select', 'feedback']]);
    expect(panel(), 'no panel yet').to.equal(null);
    expect(settled(), 'updateComplete waits for the panel').to.equal(false);

    await releaseRoute(prefix);
    await diagram.updateComplete;
    expect(settled()).to.equal(true);
    expect(panel()!.querySelector('#panel-title')!.textContent!.trim()).to.equal(chip.getAttribute('aria-label')!.split(',')[0]);
    // Its own rules came with it.
    expect(getComputedStyle(panel()!.querySelector('.panel-actions')!).display).to.equal('flex');
    expect(getComputedStyle(panel()!).borderTopStyle).to.equal('solid');
    expect(await requests(), 'one request for it').to.have.length(1);
    expect((await routeRequests(prefix)).filter(isScoresPart), 'no scores part without show-scores').to.deep.equal([]);
    expect(events.filter((e) => e.type === 'lio-error')).to.deep.equal([]);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('with selected set in the page, the panel is asked for at once and shows when it arrives', async () => {
    const prefix = brokenRoute('hold-1-panel-part');
    const { win, diagram, panel, requests } = await page(prefix, 'selected="task"');
    await asked(requests);
    await pause(100);
    expect(panel()).to.equal(null);
    await releaseRoute(prefix);
    await diagram.updateComplete;
    expect(panel()!.querySelector('.panel-kind')!.textContent!.trim()).to.equal('Niveau');
    expect(await requests()).to.have.length(1);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a panel that fails: fetched ahead it fails quietly; picked, the error view in its place and lio-error; the pick stays; retried, it shows', async () => {
    // The first two requests fail: the one fetched ahead, then the one the pick makes.
    const prefix = brokenRoute('fail-2-panel-part');
    const { win, diagram, root, panel, requests, events } = await page(prefix);
    await asked(requests);
    await pause(200);
    expect(root().querySelector('[part="error"]'), 'no error for a load nobody waited for').to.equal(null);
    expect(events).to.deep.equal([]);

    const level = root().querySelector<SVGGElement>('g.level[data-id="organisation"]')!;
    level.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await diagram.updateComplete;
    const error = root().querySelector('[part="error"]')!;
    expect(error, 'the error view').to.not.equal(null);
    expect(error.previousElementSibling?.getAttribute('part'), 'in the panel’s place, under the figure').to.equal('diagram');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(events.map((e) => e.type)).to.deep.equal(['lio-select', 'lio-error']);
    expect(events[1]!.detail.code).to.equal('chunk-unavailable');
    expect(error.textContent).to.contain(events[1]!.detail.message);
    expect(diagram.selected, 'the pick stays').to.equal('organisation');
    expect(root().querySelector('g.level[data-id="organisation"]')!.getAttribute('aria-selected')).to.equal('true');
    expect(panel()).to.equal(null);

    const retry = root().querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.focus();
    retry.click();
    await diagram.updateComplete;
    await waitFor(() => root().activeElement?.id === 'panel-title', 'focus on the panel title');
    expect(root().querySelector('[part="error"]'), 'the error view goes').to.equal(null);
    expect(panel()!.querySelector('.panel-kind')!.textContent!.trim()).to.equal('Niveau');
    expect(await requests()).to.have.length(3);
    expect(events.filter((e) => e.type === 'lio-error')).to.have.length(1);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('the list view comes with the panel’s part: asked for or needed before it is there, a placeholder in the figure’s place, then the list with its rules', async () => {
    const prefix = brokenRoute('hold-1-panel-part');
    const { win, diagram, root, requests, events } = await page(prefix);
    await asked(requests);
    const toggle = [...root().querySelectorAll('button')].find((button) => button.textContent!.includes('Toon als lijst'))!;
    toggle.click();
    const settled = watchUpdate(diagram);
    await pause(200);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(root().querySelector('[part="diagram"] [part="skeleton"]'), 'a placeholder in the figure’s place').to.not.equal(null);
    expect(root().querySelector('[part="list"]')).to.equal(null);
    expect(settled(), 'updateComplete waits for the list').to.equal(false);

    await releaseRoute(prefix);
    await diagram.updateComplete;
    const list = root().querySelector<HTMLElement>('[part="list"]')!;
    expect(list.querySelectorAll(':scope > li')).to.have.length(5);
    expect(getComputedStyle(list).listStyleType, 'its own rules came with it').to.equal('none');
    expect(await requests(), 'one request for it').to.have.length(1);
    expect(events).to.deep.equal([]);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('too narrow for any figure before the part is there: the placeholder, then the list', async () => {
    const prefix = brokenRoute('hold-1-panel-part');
    const { win, diagram, root, requests } = await page(prefix);
    await asked(requests);
    (diagram.parentElement as HTMLElement).style.inlineSize = '90px';
    await waitFor(() => !!root().querySelector('[part="diagram"] [part="skeleton"]'), 'the placeholder');
    expect(root().querySelector('svg.model-figure')).to.equal(null);

    await releaseRoute(prefix);
    await waitFor(() => !!root().querySelector('[part="list"]'), 'the list');
    await diagram.updateComplete;
    expect(root().querySelector('[part="diagram"] [part="skeleton"]')).to.equal(null);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  describe('its score overlay', () => {
    /** The fill the browser paints a factor's chip with. */
    const fill = (root: ShadowRoot, id: string) => getComputedStyle(root.querySelector(`g.factor[data-id="${id}"] > rect.chip`)!).fill;

    it('with show-scores the first paint waits for the scores, then draws them once, in their colours; a pick keeps its own colour', async () => {
      const prefix = brokenRoute('hold-1-scores-part');
      const { win, diagram, root, requests, events } = await page(prefix, 'show-scores', isScoresPart, '[part="skeleton"]');
      // Asked for at once, not when idle; meanwhile the placeholder, no figure drawn without scores.
      await asked(requests);
      await pause(200);
      expect(root().querySelector('svg.model-figure')).to.equal(null);
      expect(root().querySelector('[part="skeleton"]')).to.not.equal(null);
      const settled = watchUpdate(diagram);
      await pause(50);
      expect(settled(), 'updateComplete waits for the scores').to.equal(false);

      await releaseRoute(prefix);
      await diagram.updateComplete;
      await waitFor(() => !!root().querySelector('svg.model-figure'), 'the figure');
      const chip = root().querySelector('g.factor[data-id="feedback"]')!;
      expect(chip.classList.contains('score-1')).to.equal(true);
      expect(chip.getAttribute('aria-label')).to.equal('Feedback, 1,5 · verbeterpunt');
      expect(root().querySelector('[part="legend"]'), 'the legend').to.not.equal(null);
      // The score colours came with the part: the palette's lowest step, and a dashed chip for a factor without a score.
      expect(fill(root(), 'feedback')).to.equal('rgb(249, 208, 201)');
      expect(getComputedStyle(root().querySelector('g.factor.unscored > rect.chip')!).strokeDasharray).to.not.equal('none');
      chip.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await diagram.updateComplete;
      expect(diagram.selected).to.equal('feedback');
      // After the colour's transition (0.15 s).
      await pause(400);
      expect(fill(root(), 'feedback'), 'the pick in the accent colour, not the score’s').to.not.equal('rgb(249, 208, 201)');
      expect(await requests()).to.have.length(1);
      expect(events.filter((e) => e.type === 'lio-error')).to.deep.equal([]);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });

    it('scores that fail: the figure without them, the error view in the legend’s place and lio-error; retried, they show', async () => {
      const prefix = brokenRoute('fail-1-scores-part');
      const { win, diagram, root, requests, events } = await page(prefix, 'show-scores', isScoresPart);
      await diagram.updateComplete;
      const error = root().querySelector('[part="error"]')!;
      expect(error, 'the error view').to.not.equal(null);
      expect(error.nextElementSibling?.getAttribute('part'), 'in the legend’s place, above the figure').to.equal('diagram');
      expect(events.map((e) => [e.type, e.detail.code])).to.deep.equal([['lio-error', 'chunk-unavailable']]);
      expect(root().querySelector('[part="legend"]')).to.equal(null);
      expect(root().querySelector('g.factor[data-id="feedback"]')!.getAttribute('aria-label')).to.equal('Feedback');

      root().querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await diagram.updateComplete;
      expect(root().querySelector('[part="error"]'), 'the error view goes').to.equal(null);
      expect(root().querySelector('[part="legend"]')).to.not.equal(null);
      expect(root().querySelector('g.factor[data-id="feedback"]')!.getAttribute('aria-label')).to.equal('Feedback, 1,5 · verbeterpunt');
      expect(root().activeElement?.getAttribute('tabindex'), 'focus on the figure').to.equal('0');
      expect(await requests()).to.have.length(2);
      expect(events).to.have.length(1);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });
  });

  describe('its page workspace, fetched on connect', () => {
    /** The page's workspace named `name`, as the widgets share it (a registry on the page's globalThis). */
    const pageWorkspace = (win: PageWindow, name = 'default') =>
      (win[Symbol.for('lio-widgets.workspaces@2') as unknown as string] as Map<string, { snapshot: Record<string, unknown>; set(slice: string, value: unknown): void }> | undefined)?.get(name);

    it('the figure shows while the workspace is on its way; "show in the finder" waits for it, then the finder hears it', async () => {
      const prefix = brokenRoute('hold-1-workspace');
      // page() waits for the figure: it is drawn with the workspace held.
      const { win, diagram, root, panel, requests, events } = await page(prefix, '', isWorkspace);
      await requested(requests, 'the workspace');
      expect(pageWorkspace(win), 'no workspace yet').to.equal(undefined);

      root().querySelector<SVGGElement>('g.factor[data-id="feedback"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await diagram.updateComplete;
      const show = [...panel()!.querySelectorAll('button')].find((button) => button.textContent!.includes('Toon in de zoeker'))!;
      show.click();
      await pause(200);
      expect(root().querySelector('[role="status"]')!.textContent, 'not said before it is done').to.not.contain('De zoeker toont nu');

      await releaseRoute(prefix);
      await waitFor(() => !!pageWorkspace(win)?.snapshot['focus'], 'the focus in the workspace');
      expect(pageWorkspace(win)!.snapshot['focus']).to.deep.equal({ level: 'colleagues-and-leader', factor: 'feedback' });
      await waitFor(() => root().querySelector('[role="status"]')!.textContent!.includes('De zoeker toont nu de interventies voor Feedback.'), 'the announcement');
      expect(await requests(), 'one request for it').to.have.length(1);
      expect(events.map((e) => e.type)).to.deep.equal(['lio-select']);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });

    it('a workspace that fails: the figure stays; scores from the workspace show the error view and lio-error; retried, they show', async () => {
      const prefix = brokenRoute('fail-1-workspace');
      const { win, diagram, root, requests, events } = await page(prefix, 'show-scores', isWorkspace, 'svg.model-figure', false);
      await diagram.updateComplete;
      expect(root().querySelector('[part="error"]'), 'the error view').to.not.equal(null);
      expect(events.map((e) => [e.type, e.detail.code])).to.deep.equal([['lio-error', 'chunk-unavailable']]);
      expect(root().querySelector('[part="legend"]')).to.equal(null);

      root().querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await diagram.updateComplete;
      expect(root().querySelector('[part="error"]'), 'the error view goes').to.equal(null);
      // The workspace is there now: a scan the quick scan writes into it shows.
      pageWorkspace(win)!.set('scan', { weakFactors: ['feedback'], strengths: [], scores: { feedback: 1.5 }, phase: 'action', scanId: 'default' });
      await waitFor(() => !!root().querySelector('[part="legend"]'), 'the legend');
      expect(root().querySelector('g.factor[data-id="feedback"]')!.getAttribute('aria-label')).to.equal('Feedback, 1,5 · verbeterpunt');
      expect(await requests(), 'the workspace asked for twice').to.have.length(2);
      expect(events).to.have.length(1);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });

    it('a scan result given as a property needs no workspace: a workspace that fails leaves the scores alone', async () => {
      const prefix = brokenRoute('fail-1-workspace');
      const { win, diagram, root, events } = await page(prefix, 'show-scores', isWorkspace);
      await diagram.updateComplete;
      expect(root().querySelector('g.factor[data-id="feedback"]')!.getAttribute('aria-label')).to.equal('Feedback, 1,5 · verbeterpunt');
      expect(root().querySelector('[part="error"]')).to.equal(null);
      expect(events).to.deep.equal([]);
      expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
    });
  });
});
