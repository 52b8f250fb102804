/**
 * The whole journey on one page (demo/journey.html), walked by keyboard only, as a visitor who does
 * not use a mouse: the quick scan answered with keys (a short path: four statements of one level,
 * the rest skipped, which the scan allows), its team view opened and left, the model showing the
 * scores, the finder filtered to the improvement points, two interventions saved, the shortlist
 * opened, both put in the plan from the shortlist. Axe runs on the whole page at each step, and a
 * reload after each step that stores something shows everything again. Two sections of the page
 * (not nested) follow each other, and a second tab sees the same shortlist and plan.
 *
 * Every visitor action is a key press (Tab, Shift+Tab, arrows, Enter, Space, Escape); the test only
 * reads the page. Tab presses stop as soon as the target has focus, so no step waits a fixed time.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFrame, waitFor } from './helpers/frame.js';
import { expectPageAccessible } from './helpers/page-axe.js';

type PageWindow = Window & typeof globalThis & Record<string, unknown>;
type Finder = HTMLElement & { filters: { factors: string[] }; results: string[]; shortlist: string[] };
type Matrix = HTMLElement & { plan: { actions: Array<{ intervention?: string; level: string; phase: string }> } };
type Catalogue = { interventions: Array<{ id: string; title: { nl: string }; level: string; factors: string[]; phases: string[] }> };

const URL_JOURNEY = '/demo/journey.html?theme=light';
/** The task level's statements answered, with the option's position on the scale (1–5). */
const ANSWERS: Array<[string, number]> = [
  ['task-variety-1', 1],
  ['job-autonomy-1', 5],
  ['demands-control-balance-1', 1],
  ['demands-control-balance-2', 5], // reversed: agreeing is the weak side
];
const WEAK = ['demands-control-balance', 'task-variety'];

const root = (el: Element | null | undefined) => el?.shadowRoot ?? null;
const q = <T extends Element = HTMLElement>(el: Element | null | undefined, selector: string) => root(el)?.querySelector<T>(selector) ?? null;
const qa = <T extends Element = HTMLElement>(el: Element | null | undefined, selector: string) => [...(root(el)?.querySelectorAll<T>(selector) ?? [])];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const byText = (el: Element | null | undefined, selector: string, label: string) => qa(el, selector).find((b) => text(b).startsWith(label)) ?? null;

/** The page's widgets and its own elements, read afresh each time (a reload replaces them). */
function page(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  return {
    doc,
    scan: doc.getElementById('scan')!,
    model: doc.getElementById('model')!,
    finder: doc.getElementById('finder') as Finder,
    matrix: doc.getElementById('matrix') as Matrix,
    /** A link of the page itself (the step row, "next step"). */
    link: (selector: string) => doc.querySelector<HTMLAnchorElement>(selector),
  };
}

/** Every widget has rendered its working view (no skeleton). */
const ready = (win: PageWindow) => {
  const doc = win.document;
  return (
    !!q(doc.getElementById('scan'), '[part="intro"]') &&
    !!q(doc.getElementById('model'), '[part="factor"]') &&
    qa(doc.getElementById('finder'), '[part="result"]').length > 0 &&
    !!q(doc.getElementById('matrix'), '[part="cell"]')
  );
};

/** The focused element, inside shadow roots too. */
function focused(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Press Tab (or Shift+Tab) until `target()` has focus, as a keyboard user moves through the page;
 * at most `most` presses. Returns how many it took.
 */
async function tabTo(doc: Document, target: () => Element | null, what: string, options: { back?: boolean; most?: number } = {}): Promise<number> {
  const most = options.most ?? 150;
  for (let presses = 0; presses <= most; presses++) {
    const wanted = target();
    if (wanted && focused(doc) === wanted) {
      if (!doc.hasFocus()) throw new Error(`${what} is the page's focused element, but the page lost the browser's focus`);
      return presses;
    }
    await press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${what} not reached with ${most} presses of ${options.back ? 'Shift+Tab' : 'Tab'} (focus on ${focused(doc)?.outerHTML.slice(0, 120)})`);
}

/** Keys pressed and time spent in axe, for the timing line at the end. */
const spent = { keys: 0, axe: 0 };

async function press(key: string): Promise<void> {
  spent.keys++;
  await sendKeys({ press: key });
}

/** Axe on the whole page, timed. */
async function axe(frame: HTMLIFrameElement, label: string): Promise<void> {
  const start = performance.now();
  await expectPageAccessible(frame, label);
  spent.axe += performance.now() - start;
}

/** Follow a link of the page by keyboard: Tab (or Shift+Tab) to it, Enter; focus lands on the step's heading. */
async function followLink(doc: Document, selector: string, headingId: string, back = false): Promise<void> {
  await tabTo(doc, () => doc.querySelector(selector), `the link ${selector}`, { back });
  await press('Enter');
  await waitFor(() => doc.activeElement?.id === headingId, `focus on #${headingId}`);
}

/**
 * Focus on the page's first link, as after loading it when the visitor's first Tab lands in the
 * page (set up by the test: the frame must hold the browser's focus for the keys to reach it).
 */
async function enterPage(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  const first = doc.querySelector<HTMLElement>('.demo-brand')!;
  frame.focus();
  frame.contentWindow!.focus();
  first.focus();
  await waitFor(() => doc.hasFocus() && doc.activeElement === first, 'the page to have focus');
}

/** Reload the page (F5) and wait until every widget shows again. */
async function reload(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
  await waitFor(() => ready(frame.contentWindow as PageWindow), 'the journey page after the reload', 20_000);
}

/** Remove what the demo pages stored in this origin (the default workspace), so each test starts empty. */
function forgetWork(): void {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage).filter((k) => k.startsWith('lio-widgets:'))) storage.removeItem(key);
  }
}

/** What a reload must keep after the scan: the scan offers to go on, the model shows the scores. */
function expectScanKept(frame: HTMLIFrameElement, label: string): void {
  const { scan, model } = page(frame);
  expect(text(q(scan, '[part="intro"]')), `${label}: the scan remembers the visitor`).to.contain('U heeft de scan afgerond');
  expect(text(q(model, '[part="factor"][data-id="task-variety"]')), `${label}: the model's score`).to.contain('1,0 · verbeterpunt');
}

describe('demo: the whole journey on one page, by keyboard', () => {
  beforeEach(forgetWork);
  afterEach(forgetWork);

  it('scan → model → finder → shortlist → plan, axe at each step, nothing lost on reload, in sync with a second tab', async function () {
    this.timeout(180_000);
    const started = performance.now();
    const catalogue = (await (await fetch('/catalogue/default.json')).json()) as Catalogue;
    const frame = await loadFrame(URL_JOURNEY, ready as (win: Window & Record<string, unknown>) => boolean, 20_000);
    frame.style.width = '1280px';
    frame.style.height = '900px';
    let second: HTMLIFrameElement | undefined;
    try {
      let { doc, scan, model, finder, matrix } = page(frame);
      await axe(frame, 'journey, fresh');
      expect([...doc.querySelectorAll('.journey-steps li [data-lang="nl"]')].map((span) => text(span))).to.deep.equal(['Quickscan', 'Model', 'Interventies', 'Selectie', 'Actieplan', 'Rapport']);

      // 1. The scan: from the step row to the scan, start, skip the employee level.
      await enterPage(frame);
      await followLink(doc, '.journey-steps a[href="#step-scan"]', 'step-scan-heading');
      await tabTo(doc, () => q(scan, 'button.start'), 'Start');
      await press('Enter');
      await waitFor(() => !!q(scan, '[part="progress"]') && focused(doc) === q(scan, '.stage-title'), 'step 1 of the scan, its heading focused');
      await tabTo(doc, () => q(scan, 'button.next'), 'Next');
      await press('Enter');
      // The task level: each answer by keys (Tab into the statement's group; Space for the first option, arrows for the others).
      await waitFor(() => !!q(scan, 'fieldset[data-id="task-variety-1"]'), 'the task level');
      for (const [id, option] of ANSWERS) {
        await tabTo(doc, () => q(scan, `fieldset[data-id="${id}"] input[value="1"]`), `statement ${id}`);
        if (option === 1) {
          spent.keys++;
          await sendKeys({ type: ' ' });
        }
        for (let i = 1; i < option; i++) await press('ArrowRight');
        await waitFor(() => !!q<HTMLInputElement>(scan, `fieldset[data-id="${id}"] input[value="${option}"]`)?.checked, `${id} answered ${option}`);
      }
      expect(text(q(scan, '[part="progress"] .answered'))).to.contain('4 van 34');
      await axe(frame, 'journey, scan questions');
      // The other levels skipped, the check step, the results.
      while (!q(scan, 'button.show-results')) {
        const step = text(q(scan, '[part="progress"] .progress-text'));
        await tabTo(doc, () => q(scan, 'button.next'), 'Next');
        await press('Enter');
        await waitFor(() => text(q(scan, '[part="progress"] .progress-text')) !== step, 'the next step');
      }
      await tabTo(doc, () => q(scan, 'button.show-results'), 'Show results');
      await press('Enter');
      await waitFor(() => q(scan, '.chart-box')?.dataset['status'] === 'ready', 'the results with the chart', 15_000);
      const improvements = text(q(scan, '[part="improvements"]'));
      expect(improvements).to.contain('Taakvariatie scoort 1,0: een verbeterpunt.');
      expect(improvements).to.contain('Balans taakeisen en regelmogelijkheden scoort 1,0: een verbeterpunt.');
      // The team view is reachable from the results, and back.
      await tabTo(doc, () => byText(scan, 'button', 'Teamoverzicht maken'), 'Teamoverzicht maken');
      await press('Enter');
      await waitFor(() => !!q(scan, '[part="team"]'), 'the team view');
      await axe(frame, 'journey, team view');
      await tabTo(doc, () => byText(scan, 'button', 'Terug naar de scan'), 'Terug naar de scan');
      await press('Enter');
      await waitFor(() => !!q(scan, '[part="results"]'), 'the results again');
      await axe(frame, 'journey, scan results');

      // 2. The model, a section of its own, shows the scan's scores at once.
      await tabTo(doc, () => doc.querySelector('#step-scan .journey-next a'), 'the link to step 2');
      await press('Enter');
      await waitFor(() => doc.activeElement?.id === 'step-model-heading', 'focus on the model step');
      await waitFor(() => text(q(model, '[part="factor"][data-id="task-variety"]')).includes('1,0 · verbeterpunt'), 'the score on the model');
      expect(text(q(model, '[part="factor"][data-id="job-autonomy"]'))).to.contain('5,0 · sterk punt');
      expect(q(model, '[part="legend"]')).to.not.equal(null);
      await axe(frame, 'journey, model with scores');

      // A reload keeps the scan: it offers to go on, the model still shows the scores; going on shows the results.
      await reload(frame);
      ({ doc, scan, model, finder, matrix } = page(frame));
      expectScanKept(frame, 'reload after the scan');
      await enterPage(frame);
      await tabTo(doc, () => q(scan, 'button.resume-button'), 'Verder gaan');
      await press('Enter');
      await waitFor(() => !!q(scan, '[part="improvements"]'), 'the results after going on');

      // 3. The finder: "Aanraders uit mijn scan tonen" filters it to the improvement points.
      await followLink(doc, '#step-model .journey-next a', 'step-finder-heading');
      await tabTo(doc, () => byText(finder, 'button', 'Aanraders uit mijn scan tonen'), 'the recommendations button');
      await press('Enter');
      await waitFor(() => [...finder.filters.factors].sort().join() === WEAK.join(), 'the finder filtered to the improvement points');
      expect(finder.results.length).to.be.greaterThan(2);
      for (const id of finder.results) {
        const factors = catalogue.interventions.find((i) => i.id === id)!.factors;
        expect(factors.some((f) => WEAK.includes(f)), `${id} is for an improvement point`).to.equal(true);
      }
      await axe(frame, 'journey, finder filtered');

      // Two saved, by keyboard, from the first two results.
      const saved = finder.results.slice(0, 2);
      for (const id of saved) {
        const button = () => q(finder, `[part="result"][data-id="${id}"] button[aria-pressed]`);
        await tabTo(doc, button, `Bewaren on ${id}`);
        await press('Enter');
        await waitFor(() => button()?.getAttribute('aria-pressed') === 'true', `${id} saved`);
      }
      expect(finder.shortlist).to.deep.equal(saved);
      // Two sections, not nested, in sync: the scan's own recommendation of a saved item says it is saved.
      const inScan = saved.filter((id) => q(scan, `[part="recommendation"][data-id="${id}"]`));
      expect(inScan.length, 'the scan recommends a saved item').to.be.greaterThan(0);
      for (const id of inScan) expect(q(scan, `[part="recommendation"][data-id="${id}"] button.save`)!.getAttribute('aria-pressed'), `${id} in the scan`).to.equal('true');

      // A reload keeps the filter (in the address) and the shortlist.
      await reload(frame);
      ({ doc, scan, model, finder, matrix } = page(frame));
      expectScanKept(frame, 'reload after the finder');
      expect([...finder.filters.factors].sort().join()).to.equal(WEAK.join());
      expect(finder.shortlist).to.deep.equal(saved);
      expect(text(q(finder, '.shortlist-toggle'))).to.contain('(2)');

      // 4. The shortlist: "Mijn selectie (2)" opens it, with both titles; Escape closes it.
      await enterPage(frame);
      await followLink(doc, '.journey-steps a[href="#step-finder"]', 'step-finder-heading');
      await tabTo(doc, () => q(finder, '.shortlist-toggle'), 'Mijn selectie');
      await press('Enter');
      await waitFor(() => !q(finder, '#shortlist')?.hidden, 'the shortlist panel');
      const titles = saved.map((id) => catalogue.interventions.find((i) => i.id === id)!.title.nl);
      for (const title of titles) expect(text(q(finder, '#shortlist'))).to.contain(title);
      await axe(frame, 'journey, shortlist open');
      await tabTo(doc, () => q(finder, '#shortlist .link-button'), 'the first saved title');
      await press('Escape');
      await waitFor(() => !!q(finder, '#shortlist')?.hidden && focused(doc) === q(finder, '.shortlist-toggle'), 'the panel closed, focus on its button');

      // 5. The plan: each saved intervention added from the shortlist, in its level's cell of its first phase.
      await tabTo(doc, () => doc.querySelector('#step-finder .journey-next a'), 'the link to step 4');
      await press('Enter');
      await waitFor(() => doc.activeElement?.id === 'step-shortlist-heading', 'focus on the shortlist step');
      await followLink(doc, '#step-shortlist .journey-next a', 'step-plan-heading');
      for (const id of saved) {
        const item = catalogue.interventions.find((i) => i.id === id)!;
        const cell = `[data-cell="${item.level}/${item.phases[0]}"]`;
        // The cell may come before the last action added: go back then.
        const add = () => q(matrix, `${cell} button.add`);
        const current = focused(doc);
        const back = !!current && root(matrix)!.contains(current) && !!(add()!.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING);
        await tabTo(doc, add, `Actie toevoegen in ${cell}`, { back });
        await press('Enter');
        await waitFor(() => !!q(matrix, 'dialog[open]'), 'the add dialog');
        const offer = () => q(matrix, `dialog[open] .shortlist .offer[data-id="${id}"] button`);
        await waitFor(() => !!offer(), `${id} among the saved interventions`);
        await axe(frame, `journey, add dialog for ${id}`);
        await tabTo(doc, offer, `Toevoegen for ${id}`);
        await press('Enter');
        await waitFor(() => !q(matrix, 'dialog[open]') && qa(matrix, `${cell} .action-title`).some((t) => text(t) === item.title.nl), `${id} in its cell`);
      }
      expect(matrix.plan.actions.map((a) => a.intervention)).to.deep.equal(saved);
      expect(text(q(matrix, '.totals'))).to.contain('2 acties');
      // The scan's improvement points mark their level in the plan.
      expect(text(q(matrix, 'tbody tr:nth-child(2) th'))).to.contain('verbeterpunt');
      await axe(frame, 'journey, plan filled');

      // A reload keeps the plan, the shortlist, the filter and the scan.
      await reload(frame);
      ({ doc, scan, model, finder, matrix } = page(frame));
      expectScanKept(frame, 'reload after the plan');
      expect(finder.shortlist).to.deep.equal(saved);
      expect(matrix.plan.actions.map((a) => a.intervention)).to.deep.equal(saved);
      for (const title of titles) expect(qa(matrix, '.action-title').map(text)).to.include(title);

      // 6. The report: the print button is reachable by keyboard (what it prints: test/print/journey-print.test.ts).
      await enterPage(frame);
      await followLink(doc, '.journey-steps a[href="#step-report"]', 'step-report-heading');
      await tabTo(doc, () => doc.querySelector('[data-journey-print]'), 'Rapport afdrukken');
      await axe(frame, 'journey, report step');

      // A second tab of the site sees the same shortlist and plan, and a change there reaches this tab.
      second = await loadFrame(URL_JOURNEY, ready as (win: Window & Record<string, unknown>) => boolean, 20_000);
      second.style.width = '1280px';
      const other = page(second);
      expect(other.finder.shortlist).to.deep.equal(saved);
      expect(other.matrix.plan.actions.map((a) => a.intervention)).to.deep.equal(saved);
      expect(text(q(other.finder, '.shortlist-toggle'))).to.contain('(2)');
      // There: the first action removed (by keyboard in that tab); here: the plan follows without a reload.
      await enterPage(second);
      await followLink(other.doc, '.journey-steps a[href="#step-plan"]', 'step-plan-heading');
      const first = catalogue.interventions.find((i) => i.id === saved[0])!;
      await tabTo(other.doc, () => q(other.matrix, `[data-cell="${first.level}/${first.phases[0]}"] [part="action"] button[data-do="remove"]`), 'Verwijderen in the second tab', { most: 250 });
      await press('Enter');
      await waitFor(() => other.matrix.plan.actions.length === 1, 'the action removed in the second tab');
      await waitFor(() => matrix.plan.actions.length === 1 && !qa(matrix, '.action-title').map(text).includes(first.title.nl), 'the first tab to follow');
      expect(matrix.plan.actions.map((a) => a.intervention)).to.deep.equal(saved.slice(1));

      console.log(`journey by keyboard: ${((performance.now() - started) / 1000).toFixed(1)} s, ${spent.keys} keys, axe ${(spent.axe / 1000).toFixed(1)} s`);
    } finally {
      frame.remove();
      second?.remove();
    }
  });
});
