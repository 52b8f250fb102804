/**
 * `<lio-maturity-matrix>`: adding from a search of the whole catalogue in the add dialog (the
 * finder's engine; its text half loads when the field gets focus), by keyboard alone, while that
 * chunk is held and when it fails (the test server's hold-/fail- routes, the matrix's modules
 * served under them in a page of their own); and the team's phases above the columns, from a real
 * quick-scan team view on the same page. Every state gets an axe check.
 */
import { expect } from '@open-wc/testing';
import '../../components/quick-scan/lio-quick-scan.js';
import type { LioMaturityMatrix } from '../../components/maturity-matrix/maturity-matrix.js';
import type { Catalogue } from '../../src/core/catalogue.js';
import { encodeScanCode, type ScanAnswer } from '../../src/core/scan.js';
import { buildSearchIndex, search } from '../../src/core/search.js';
import type { ScanQuestionSet } from '../../src/core/schema.js';
import { expectAccessible, type Axe } from './helpers/axe.js';
import { addModuleScript, brokenRoute, loadFrame, releaseRoute, routeRequests, waitFor } from './helpers/frame.js';
import { $, $$, cell, focused, mountMatrix, openDialog, press, pressOn, rawCatalogue, text, type } from './helpers/maturity-matrix.js';

const addButton = (root: Element, level: string, phase: string) => $<HTMLButtonElement>(root, `button[data-add="${level}/${phase}"]`)!;
const results = (root: Element) => $$(root, '[part="search-result"]');
const isTextChunk = (path: string) => /\/text-search[\w-]*\.(js|ts)$/.test(path);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The catalogue the element loaded. */
function catalogueOf(el: LioMaturityMatrix): Catalogue {
  const state = el.catalogueState;
  if (state.status !== 'ready') throw new Error('no catalogue');
  return state.catalogue;
}

/** What the public engine finds for `text` (relevance order), with the cell's `level` first: the dialog must show exactly these. */
function expected(el: LioMaturityMatrix, textQuery: string, level: string): string[] {
  const hits = search(buildSearchIndex(catalogueOf(el), 'nl'), { text: textQuery, sort: 'relevance' }).hits.map((hit) => hit.item);
  return [...hits.filter((item) => item.level === level), ...hits.filter((item) => item.level !== level)].map((item) => item.id);
}

describe('maturity matrix: search the catalogue in the add dialog', () => {
  it('by keyboard: focus loads the search, typing gives the whole catalogue (the cell\'s level first, marked), Enter adds to the cell', async () => {
    const catalogue = await rawCatalogue();
    const { el, changes } = await mountMatrix();
    await pressOn(el, addButton(el, 'organisation', 'action'));
    await openDialog(el);
    await press(el, 'Tab');
    expect(focused(el)?.id).to.equal('catalogue-search');
    expect(text($(el, 'label[for="catalogue-search"]'))).to.equal('Zoek een interventie');
    await type(el, 'werkdruk');
    const want = expected(el, 'werkdruk', 'organisation');
    await waitFor(() => results(el).length > 0, 'the search results');
    const shown = results(el).map((item) => item.dataset.id);
    expect(want.length, 'a query with results on more than one level').to.be.greaterThan(1);
    expect(shown).to.deep.equal(want.slice(0, 10));
    expect(text($(el, '#search-status'))).to.equal(want.length > 10 ? `${want.length} interventies gevonden; de eerste 10 staan hieronder.` : `${want.length} interventies gevonden.`);
    const levels = new Set(shown.map((id) => catalogue.interventions.find((i) => i.id === id)!.level));
    expect(levels.size, 'results from the whole catalogue').to.be.greaterThan(1);
    const kinds = ((await (await fetch('/catalogue/default.json')).json()) as { evidence: Array<{ id: string; title: { nl: string } }> }).evidence;
    for (const item of results(el)) {
      const intervention = catalogue.interventions.find((i) => i.id === item.dataset.id)!;
      const evidence = kinds.find((e) => e.id === intervention.evidence)!.title.nl;
      expect(text(item)).to.contain(intervention.title.nl);
      expect(text(item)).to.contain(`bewijs: ${evidence}`);
      const level = catalogue.levels.find((l) => l.id === intervention.level)!.title.nl;
      expect(text(item)).to.contain(intervention.level === 'organisation' ? 'dit niveau' : level);
      expect(item.classList.contains('this-level')).to.equal(intervention.level === 'organisation');
    }
    await expectAccessible(el, 'the add dialog with search results');

    // Tab to the first result's add button and press Enter: added to the dialog's cell.
    await press(el, 'Tab');
    expect(focused(el) === results(el)[0]!.querySelector('button'), 'focus on the first result\'s add button').to.equal(true);
    await press(el, 'Enter');
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    await el.updateComplete;
    const added = el.plan.actions[0]!;
    expect(added).to.include({ level: 'organisation', phase: 'action', intervention: want[0], status: 'planned' });
    expect(focused(el) === $(el, `[part="action"][data-action="${added.id}"]`), 'focus on the new action').to.equal(true);
    expect(changes).to.deep.equal([{ kind: 'add', actionId: added.id }]);
    expect(cell(el, 'organisation', 'action').querySelector('[part="gap"]')).to.equal(null);

    // Open again: the field is empty; the same search says the added one is already in the cell.
    await pressOn(el, addButton(el, 'organisation', 'action'));
    await openDialog(el);
    expect($<HTMLInputElement>(el, '#catalogue-search')!.value).to.equal('');
    expect(results(el).length).to.equal(0);
    await press(el, 'Tab');
    await type(el, 'werkdruk');
    await waitFor(() => results(el).length > 0, 'the results again');
    const first = results(el)[0]!;
    expect(first.dataset.id).to.equal(want[0]);
    expect(first.querySelector('button') === null, 'no add button').to.equal(true);
    expect(text(first)).to.contain('staat al in deze cel');
    // A query without any match says so.
    $<HTMLInputElement>(el, '#catalogue-search')!.select();
    await type(el, 'qqxzv');
    await waitFor(() => text($(el, '#search-status')) === 'Geen interventies gevonden.', 'no results');
    expect(results(el).length).to.equal(0);
    // Escape in a search field first empties it (the browser's own behaviour); from the title it closes the dialog.
    $(el, '#dialog-title')!.focus();
    await press(el, 'Escape');
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    expect(focused(el) === addButton(el, 'organisation', 'action'), 'focus back on the add button').to.equal(true);
  });

  /** A page of its own with one matrix, its modules served under the test server's `prefix`. */
  async function framed(prefix: string) {
    const frameEl = await loadFrame('/test/pages/loader-host.html', (win) => Array.isArray(win.lioErrors));
    const win = frameEl.contentWindow as Window & Record<string, unknown>;
    const doc = frameEl.contentDocument!;
    const errors: string[] = [];
    doc.addEventListener('lio-error', (event) => errors.push((event as CustomEvent).detail.code));
    doc.body.innerHTML = '<div style="inline-size: 1000px"><lio-maturity-matrix persist="none" workspace="framed"></lio-maturity-matrix></div>';
    await addModuleScript(doc, `${prefix}/components/maturity-matrix/lio-maturity-matrix.ts`);
    // The page's own axe: axe checks elements of its own document.
    const axeScript = doc.createElement('script');
    axeScript.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      axeScript.addEventListener('load', resolve, { once: true });
      axeScript.addEventListener('error', reject, { once: true });
      doc.head.append(axeScript);
    });
    const axe = (win as unknown as { axe: Axe }).axe;
    const el = doc.querySelector('lio-maturity-matrix') as LioMaturityMatrix;
    await waitFor(() => !!$(el, '[part="grid"]'), 'the framed matrix');
    await el.updateComplete;
    addButton(el, 'task', 'selection').click();
    await waitFor(() => !!$<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog');
    const input = () => $<HTMLInputElement>(el, '#catalogue-search')!;
    const typeIn = async (value: string) => {
      input().value = value;
      input().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    return { frameEl, win, el, errors, input, typeIn, axe };
  }

  let frameEl: HTMLIFrameElement | undefined;
  afterEach(() => {
    frameEl?.remove();
    frameEl = undefined;
  });

  it('is not fetched until the field gets focus; what is typed while it loads is kept and searched once it arrives', async () => {
    const prefix = brokenRoute('hold-1-text-search');
    const page = await framed(prefix);
    frameEl = page.frameEl;
    const { el, win, errors, input, typeIn, axe } = page;
    await pause(300);
    const before = await routeRequests(prefix);
    expect(before.some((path) => path.endsWith('/maturity-matrix.ts')), 'the matrix came through the route').to.equal(true);
    expect(before.filter(isTextChunk), 'the text search before the field had focus').to.deep.equal([]);

    input().focus();
    let requested: string[] = [];
    while (!(requested = (await routeRequests(prefix)).filter(isTextChunk)).length) await pause(20);
    expect(requested).to.have.length(1);
    await typeIn('werk');
    await typeIn('werkdruk');
    await pause(200);
    expect(input().value).to.equal('werkdruk');
    expect(text($(el, '#search-status'))).to.equal('Het zoeken wordt geladen…');
    expect($(el, '.search-results')!.getAttribute('aria-busy')).to.equal('true');
    expect(results(el).length).to.equal(0);
    await expectAccessible(el, 'the search while it loads', axe);

    await releaseRoute(prefix);
    await waitFor(() => results(el).length > 0, 'the results once the chunk is there');
    expect(results(el).map((item) => item.dataset.id)).to.deep.equal(expected(el, 'werkdruk', 'task').slice(0, 10));
    expect($(el, '.search-results')!.getAttribute('aria-busy')).to.equal('false');
    expect(input().value).to.equal('werkdruk');
    expect(errors).to.deep.equal([]);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });

  it('a chunk that fails: quiet on focus alone; with text typed the shared error view with its retry and lio-error chunk-unavailable; the retry searches', async () => {
    const prefix = brokenRoute('fail-2-text-search');
    const page = await framed(prefix);
    frameEl = page.frameEl;
    const { el, win, errors, input, typeIn, axe } = page;
    input().focus();
    while (!(await routeRequests(prefix)).some(isTextChunk)) await pause(20);
    await pause(200);
    await el.updateComplete;
    // Only focused, nothing typed: nobody waits for it, so nothing is said yet.
    expect($(el, '[part="error"]')).to.equal(null);
    expect(errors).to.deep.equal([]);

    await typeIn('mentor');
    await waitFor(() => !!$(el, '[part="retry"]'), 'the error view under the field');
    const alert = $(el, '[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('Een deel van deze pagina kon niet worden geladen.');
    expect(errors).to.deep.equal(['chunk-unavailable']);
    expect(input().value, 'what was typed stays').to.equal('mentor');
    expect(results(el).length).to.equal(0);
    await expectAccessible(el, 'the search that failed to load', axe);

    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => results(el).length > 0, 'the results after the retry');
    expect(results(el).map((item) => item.dataset.id)).to.deep.equal(expected(el, 'mentor', 'task').slice(0, 10));
    expect($(el, '[part="error"]')).to.equal(null);
    expect(errors).to.deep.equal(['chunk-unavailable']);
    await waitFor(() => el.shadowRoot!.activeElement === input(), 'focus back in the field');
    expect((await routeRequests(prefix)).filter(isTextChunk)).to.have.length(3);
    expect(win.lioErrors, 'unhandled errors').to.deep.equal([]);
  });
});

/** Answers that give every factor of `level` the score `low` and every other factor `high` (reverse statements answered the other way). */
function answersFor(set: ScanQuestionSet, levelOf: Map<string, string>, level: string, low: number, high: number): Record<string, ScanAnswer> {
  return Object.fromEntries(
    set.statements.map((s) => {
      const value = levelOf.get(s.factor) === level ? low : high;
      return [s.id, (s.reverse ? 6 - value : value) as ScanAnswer];
    }),
  );
}

describe('maturity matrix: the team\'s phases', () => {
  it('a team view on the same page: respondents per phase above the columns (bar and number), its caption, the team\'s improvement levels marked', async () => {
    const raw = (await (await fetch('/catalogue/default.json')).json()) as { scan: ScanQuestionSet; levels: Array<{ id: string; factors: Array<{ id: string }> }> };
    const levelOf = new Map(raw.levels.flatMap((l) => l.factors.map((f) => [f.id, l.id] as const)));
    const set = raw.scan;
    // Three respondents: "task" scored 2, 1 and 3 (median 2: improvement points), the rest 4 or 5.
    const codes = [
      encodeScanCode(set, { answers: answersFor(set, levelOf, 'task', 2, 4), role: 'employee', phase: 'action' }),
      encodeScanCode(set, { answers: answersFor(set, levelOf, 'task', 1, 5), role: 'employee', phase: 'action' }),
      encodeScanCode(set, { answers: answersFor(set, levelOf, 'task', 3, 4), role: 'hr', phase: 'selection' }),
    ];
    let scan: HTMLElement | undefined;
    const { el } = await mountMatrix({
      before: (workspace) => {
        scan = document.createElement('lio-quick-scan');
        scan.setAttribute('mode', 'team');
        scan.setAttribute('workspace', workspace);
        scan.setAttribute('persist', 'none');
        return [scan];
      },
    });
    // No team scan yet: no votes, no caption.
    expect($$(el, '[part="phase-votes"]').length).to.equal(0);
    expect($(el, '.votes-caption')).to.equal(null);
    await waitFor(() => !!$(scan!, '#team-codes'), 'the team view');
    $<HTMLTextAreaElement>(scan!, '#team-codes')!.value = codes.join('\n');
    $<HTMLButtonElement>(scan!, 'button.team-add')!.click();
    await waitFor(() => $$(el, '[part="phase-votes"]').length === 5, 'the votes above the phases');
    await el.updateComplete;

    const votes = Object.fromEntries($$(el, 'thead th[data-phase]').map((th) => [th.dataset.phase, text(th.querySelector('[part="phase-votes"]'))]));
    expect(votes).to.deep.equal({ unaware: '0 van 3', selection: '1 van 3', action: '2 van 3', application: '0 van 3', continuous: '0 van 3' });
    const meter = $<HTMLMeterElement>(el, 'th[data-phase="action"] meter')!;
    expect([meter.value, meter.max, meter.getAttribute('aria-hidden')]).to.deep.equal([2, 3, 'true']);
    expect(text($(el, '.votes-caption'))).to.equal('Boven elke fase: hoeveel van de 3 respondenten uit de teamscan de organisatie in die fase plaatsen.');
    // The team's improvement points are the factors of "task": that row alone is marked, in words.
    expect($$(el, 'tbody tr.scan').map((row) => row.dataset.level)).to.deep.equal(['task']);
    expect(text($(el, 'tr[data-level="task"] .scan-mark'))).to.equal('verbeterpunt uit de scan');
    await expectAccessible(el, 'the matrix with the team\'s phases');

    // Narrow: the votes come once, as a list of the phases.
    (el.parentElement as HTMLElement).style.inlineSize = '320px';
    await waitFor(() => !!$(el, '.list'), 'the narrow list');
    await el.updateComplete;
    expect($$(el, '.votes-list li').map((li) => [li.dataset.phase, text(li.querySelector('[part="phase-votes"]'))])).to.deep.equal([
      ['unaware', '0 van 3'],
      ['selection', '1 van 3'],
      ['action', '2 van 3'],
      ['application', '0 van 3'],
      ['continuous', '0 van 3'],
    ]);
    await expectAccessible(el, 'the narrow matrix with the team\'s phases');
  });
});
