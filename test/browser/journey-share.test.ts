/**
 * `<lio-journey-share>` with the widgets it serves: a team's scan (real result codes, the quick
 * scan's team view writing its outcome), saved interventions and a plan are saved to a file and
 * opened in a fresh workspace with storage cleared (as on another computer), where the quick scan,
 * the matrix and the diagram show them; the same through a link; bad files change nothing and
 * say why; storage refused; the keyboard alone. Choosing a file in the browser's own picker cannot
 * be scripted: the tests hand the file to the hidden file input as the picker would. Axe in every state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/maturity-matrix/lio-maturity-matrix.js';
import '../../components/model-diagram/lio-model-diagram.js';
import '../../components/quick-scan/lio-quick-scan.js';
import type { LioMaturityMatrix } from '../../components/maturity-matrix/maturity-matrix.js';
import type { LioModelDiagram } from '../../components/model-diagram/model-diagram.js';
import type { LioQuickScan } from '../../components/quick-scan/quick-scan.js';
import { encodeScanCode, scanFingerprint, type ScanAnswer } from '../../src/core/scan.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { expectAccessible } from './helpers/axe.js';
import { captureDownload } from './helpers/download.js';
import { waitFor } from './helpers/frame.js';
import { $, announced, chooseFile, dialogOf, mountShare, openedDialog, shareButton, stubClipboard, summaryOf, text, ws } from './helpers/journey-share.js';
import { planOf, titlesIn } from './helpers/maturity-matrix.js';
import { openTab } from './helpers/tabs.js';
import { rawCatalogue } from './helpers/quick-scan.js';

const SLICES = ['scanProgress', 'scan', 'shortlist', 'focus', 'plan'] as const;
const slicesOf = (workspace: string) => Object.fromEntries(SLICES.map((name) => [name, getWorkspace(workspace).snapshot[name as never]]));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Four respondents' result codes (answers 4, 2, 3 and 5 everywhere), as the quick scan makes them. */
async function teamCodes(): Promise<string[]> {
  const { scan: set } = await rawCatalogue();
  const all = (value: ScanAnswer) => Object.fromEntries(set.statements.map((s) => [s.id, value]));
  return [4, 2, 3, 5].map((v) => encodeScanCode(set, { answers: all(v as ScanAnswer), role: 'employee' }));
}

/** The widgets of a journey page on `workspace`, each waiting until drawn. */
async function journeyPage(workspace: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
  const make = <T extends HTMLElement>(tag: string, attrs: Record<string, string>) => {
    const el = document.createElement(tag) as T;
    for (const [name, value] of Object.entries({ workspace, persist: 'none', ...attrs })) el.setAttribute(name, value);
    wrapper.append(el);
    return el;
  };
  const scan = make<LioQuickScan>('lio-quick-scan', { mode: 'team' });
  const diagram = make<LioModelDiagram>('lio-model-diagram', { 'show-scores': '' });
  const matrix = make<LioMaturityMatrix>('lio-maturity-matrix', {});
  await waitFor(() => !!scan.shadowRoot?.querySelector('[part="team"], .team-empty'), 'the team view');
  await waitFor(() => !!diagram.shadowRoot?.querySelector('svg.model-figure'), 'the diagram');
  await waitFor(() => !!matrix.shadowRoot?.querySelector('[part="grid"]'), 'the matrix');
  const share = await mountShare({ workspace }, wrapper);
  return { wrapper, scan, diagram, matrix, share };
}

const scored = (diagram: LioModelDiagram) => [...diagram.shadowRoot!.querySelectorAll('g.factor')].filter((g) => [...g.classList].some((c) => c.startsWith('score-')));

/** A workspace with a team's scan (written by the quick scan's team view), two saved interventions and a plan of two actions. */
async function journeyIn(workspace: string) {
  const catalogue = await rawCatalogue();
  const [first, second] = catalogue.interventions;
  const codes = await teamCodes();
  getWorkspace(workspace).set('scanProgress', { default: { set: scanFingerprint(catalogue.scan), answers: {}, stage: 'questions', step: 0, team: codes } });
  getWorkspace(workspace).set('shortlist', [first!.id, second!.id]);
  getWorkspace(workspace).set('plan', {
    default: planOf([
      { id: 'a1', level: 'task', phase: 'action', intervention: first!.id, status: 'running', owner: 'HR' },
      { id: 'a2', level: 'employee', phase: 'selection', title: 'Loopbaangesprekken' },
    ]),
  });
  const page = await journeyPage(workspace);
  // The team view writes the team's outcome into the workspace's `scan`.
  await waitFor(() => (getWorkspace(workspace).snapshot.scan?.['team'] as { respondents?: number } | undefined)?.respondents === 4, "the team's outcome");
  await page.share.el.updateComplete;
  return { ...page, codes, first: first! };
}

describe('<lio-journey-share>', () => {
  afterEach(() => {
    history.replaceState(history.state, '', location.pathname + location.search);
  });

  it('saves a team scan, saved interventions and a plan to a file; opened in a fresh workspace, the quick scan, the diagram and the matrix show them', async () => {
    const from = ws();
    const source = await journeyIn(from);
    const summary = 'Nu in deze browser: een teamscan van 4 personen, 2 bewaarde interventies en een plan met 2 acties.';
    expect(summaryOf(source.share.el)).to.equal(summary);
    await expectAccessible(source.share.el, 'the element with a journey to save');
    const file = await captureDownload(() => shareButton(source.share.el, 'save').click());
    expect(file.name).to.match(/^lio-route-\d{4}-\d\d-\d\d\.json$/);
    const saved = JSON.parse(file.text);
    expect(saved).to.include({ format: 'lio-journey', version: 1, workspace: from });
    expect(Object.keys(saved.slices).sort()).to.deep.equal(['plan', 'scan', 'scanProgress', 'shortlist']);
    expect(saved.slices.scanProgress.default.team).to.deep.equal(source.codes);
    // The live region speaks at the next turn (AnnouncerController), not within the click.
    await waitFor(() => announced(source.share.el) !== '', 'the save announced');
    expect(announced(source.share.el)).to.equal(`De route is opgeslagen als ${file.name}.`);

    // Another computer: nothing stored, a workspace nobody used.
    localStorage.clear();
    const to = ws();
    const target = await journeyPage(to);
    expect(summaryOf(target.share.el)).to.equal('Nog niets om te bewaren: doe eerst de quick scan, bewaar interventies of maak een actieplan.');
    expect(shareButton(target.share.el, 'save').disabled).to.equal(true);
    expect($(target.scan, '.team-empty')).to.not.equal(null);
    expect(scored(target.diagram)).to.have.length(0);
    expect(titlesIn(target.matrix, 'task', 'action')).to.deep.equal([]);

    await chooseFile(target.share.el, file.text, file.name);
    const dialog = await openedDialog(target.share.el);
    expect(text(dialog.querySelector('.dialog-title'))).to.equal(`Route uit ${file.name} openen?`);
    expect(text(dialog.querySelector('.confirm-holds'))).to.match(/^Deze route bevat een teamscan van 4 personen, 2 bewaarde interventies en een plan met 2 acties, bewaard op .+\.$/);
    expect(text(dialog.querySelector('.confirm-replaces'))).to.equal('In deze browser staat nog niets dat vervangen wordt.');
    expect(target.share.el.shadowRoot!.activeElement, 'focus on the question').to.equal(dialog.querySelector('.dialog-title'));
    expect(getWorkspace(to).snapshot.plan, 'nothing replaced before the answer').to.equal(undefined);
    await expectAccessible(target.share.el, 'the question before replacing');

    dialog.querySelector<HTMLButtonElement>('button.replace')!.click();
    await target.share.el.updateComplete;
    expect(dialogOf(target.share.el)).to.equal(null);
    expect(slicesOf(to)).to.deep.equal(slicesOf(from));
    expect(target.share.restores).to.have.length(1);
    expect(target.share.restores[0]).to.deep.include({ source: 'file', name: file.name, created: saved.created, slices: ['scanProgress', 'scan', 'shortlist', 'plan'] });
    expect(target.share.restores[0]!.summary).to.include({ respondents: 4, shortlist: 2, plans: 1, actions: 2 });
    expect(summaryOf(target.share.el)).to.equal(summary);
    await waitFor(() => announced(target.share.el).startsWith('De route is geopend: een teamscan van 4 personen'), 'the announcement');

    // Every widget follows the restored workspace.
    await waitFor(() => text($(target.scan, '.team-count')).includes('4'), "the quick scan's team view");
    await waitFor(() => scored(target.diagram).length > 0, "the diagram's scores");
    await waitFor(() => titlesIn(target.matrix, 'task', 'action').length === 1, "the matrix's actions");
    expect(titlesIn(target.matrix, 'employee', 'selection')).to.deep.equal(['Loopbaangesprekken']);
    expect(target.share.errors).to.deep.equal([]);
    await expectAccessible(target.share.el, 'after a restore');
  });

  it('a link: copied with the journey in its fragment; opened, it asks first, "Vervangen" restores and the fragment goes; "Annuleren" changes nothing', async () => {
    const from = ws();
    const source = await journeyIn(from);
    const clipboard = stubClipboard();
    try {
      shareButton(source.share.el, 'link').click();
      await source.share.el.updateComplete;
      await waitFor(() => clipboard.copied.length === 1, 'the link on the clipboard');
    } finally {
      clipboard.restore();
    }
    await source.share.el.updateComplete;
    const url = clipboard.copied[0]!;
    expect(url.startsWith(`${location.origin}${location.pathname}`)).to.equal(true);
    const data = /#lio-journey=([zj][A-Za-z0-9_-]+)$/.exec(url)?.[1];
    expect(data, 'the journey in the fragment').to.be.a('string');
    expect(data![0], 'compressed in all three engines').to.equal('z');
    expect($<HTMLInputElement>(source.share.el, '.link-field')!.value).to.equal(url);
    expect(text($(source.share.el, '[part="link"] [role="status"]'))).to.equal('De link is gekopieerd. Wie hem opent, krijgt de vraag deze route te openen.');
    await expectAccessible(source.share.el, 'the made link');

    // The link opened: a page whose URL carries the journey (and its own fragment, which stays).
    localStorage.clear();
    history.replaceState(history.state, '', `${location.pathname}${location.search}#intro&lio-journey=${data}`);
    const declined = ws();
    getWorkspace(declined).set('shortlist', ['keep-me']);
    const first = await mountShare({ workspace: declined });
    const dialog = await openedDialog(first.el);
    expect(text(dialog.querySelector('.dialog-title'))).to.equal('Route uit de link openen?');
    expect(text(dialog.querySelector('.confirm-replaces'))).to.equal(
      'Openen vervangt wat nu in deze browser staat: 1 bewaarde interventie. Dat kunt u niet ongedaan maken; bewaar het eerst als bestand als u het wilt houden.',
    );
    dialog.querySelector<HTMLButtonElement>('button.cancel')!.click();
    await first.el.updateComplete;
    expect(location.hash, 'the journey leaves the address, the page\'s own fragment stays').to.equal('#intro');
    expect(slicesOf(declined)).to.deep.equal({ scanProgress: undefined, scan: undefined, shortlist: ['keep-me'], focus: undefined, plan: undefined });
    await waitFor(() => announced(first.el) === 'De route uit de link is niet geopend; er is niets veranderd.', 'the announcement');
    expect(first.restores).to.deep.equal([]);

    // The same link again (pasted in the address bar once more): offered again, and accepted.
    history.replaceState(history.state, '', `${location.pathname}${location.search}#lio-journey=${data}`);
    const to = ws();
    const target = await journeyPage(to);
    await (await openedDialog(target.share.el)).querySelector<HTMLButtonElement>('button.replace')!.click();
    await target.share.el.updateComplete;
    expect(location.hash).to.equal('');
    expect(slicesOf(to)).to.deep.equal(slicesOf(from));
    expect(target.share.restores[0]).to.deep.include({ source: 'link' });
    await waitFor(() => titlesIn(target.matrix, 'employee', 'selection').length === 1, "the matrix's actions");
  });

  it('copying refused: the link shows in a field to copy by hand', async () => {
    const from = ws();
    getWorkspace(from).set('shortlist', ['job-crafting']);
    const { el } = await mountShare({ workspace: from });
    const clipboard = stubClipboard(true);
    try {
      shareButton(el, 'link').click();
      await el.updateComplete;
    } finally {
      clipboard.restore();
    }
    expect(text($(el, '[part="link"] [role="status"]'))).to.equal('Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.');
    expect($<HTMLInputElement>(el, '.link-field')!.value).to.match(/#lio-journey=z[A-Za-z0-9_-]+$/);
    await expectAccessible(el, 'a link not copied');
  });

  it('bad files change nothing and list their problems: another format, another version, broken JSON, a plan with a bad status', async () => {
    const from = ws();
    getWorkspace(from).set('shortlist', ['job-crafting']);
    const journey = JSON.parse((await captureDownload(async () => shareButton((await mountShare({ workspace: from })).el, 'save').click())).text);
    const to = ws();
    getWorkspace(to).set('focus', { factor: 'autonomy' });
    const before = slicesOf(to);
    const { el, errors } = await mountShare({ workspace: to });
    const badStatus = structuredClone(journey);
    badStatus.slices.plan = { default: { format: 'lio-plan', version: 1, actions: [{ id: 'a1', level: 'task', phase: 'action', status: 'busy', title: 'Iets' }] } };
    const cases: Array<[string, string, string[]]> = [
      ['plan.json', JSON.stringify({ format: 'lio-plan', version: 1, actions: [] }), ['format: verwacht een van: lio-journey']],
      ['later.json', JSON.stringify({ ...journey, version: 2 }), ['version: verwacht een van: 1']],
      ['kapot.json', file(journey).slice(0, 60), ['geen geldige JSON']],
      ['status.json', file(badStatus), ['slices.plan.default.actions[0].status: verwacht een van: planned, running, done']],
    ];
    for (const [name, content, problems] of cases) {
      await chooseFile(el, content, name);
      await waitFor(() => !!$(el, '[part="error"]'), `the problems of ${name}`);
      expect(dialogOf(el), name).to.equal(null);
      expect(text($(el, '[part="error"] p:not(.error-title):not(.visually-hidden)'))).to.equal(`Het bestand ${name} is geen route die geopend kan worden. Er is niets veranderd.`);
      expect([...el.shadowRoot!.querySelectorAll('[part="error-problems"] li')].map(text), name).to.deep.equal(problems);
      expect(slicesOf(to), name).to.deep.equal(before);
      expect(errors.at(-1)).to.include({ code: 'invalid-journey' });
      await expectAccessible(el, `a refused file (${name})`);
    }
    expect(errors).to.have.length(4);
    $<HTMLButtonElement>(el, 'button.dismiss')!.click();
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('storage refused: the journey opens in memory, every widget shows it, and the element says nothing is kept', async () => {
    const from = ws();
    const source = await journeyIn(from);
    const file = await captureDownload(() => shareButton(source.share.el, 'save').click());
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const to = ws();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
      const matrix = document.createElement('lio-maturity-matrix') as LioMaturityMatrix;
      matrix.setAttribute('workspace', to);
      wrapper.append(matrix);
      const { el, errors } = await mountShare({ workspace: to, persist: 'local' }, wrapper);
      await chooseFile(el, file.text, file.name);
      (await openedDialog(el)).querySelector<HTMLButtonElement>('button.replace')!.click();
      await el.updateComplete;
      await waitFor(() => !!$(el, '.notice[role="status"]'), 'the storage notice');
      expect(text($(el, '.notice[role="status"]'))).to.equal('Deze browser bewaart niets: een geopende route blijft staan zolang deze pagina open is.');
      expect(errors.map((e) => e.code)).to.include('storage-unavailable');
      expect(slicesOf(to)).to.deep.equal(slicesOf(from));
      await waitFor(() => titlesIn(matrix, 'employee', 'selection').length === 1, "the matrix's actions");
      await expectAccessible(el, 'storage refused');
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('works by keyboard alone: Tab reaches the buttons, the question takes focus, Escape cancels, Enter on "Vervangen" restores, focus returns', async () => {
    const from = ws();
    getWorkspace(from).set('shortlist', ['job-crafting', 'peer-review']);
    const text_ = (await captureDownload(async () => shareButton((await mountShare({ workspace: from })).el, 'save').click())).text;
    const to = ws();
    const { el } = await mountShare({ workspace: to });
    // Buttons of the page around the element, so Tab never leaves the page for the browser's own controls.
    const [before, after] = ['before', 'after'].map((label) => Object.assign(document.createElement('button'), { textContent: label }));
    el.before(before!);
    el.after(after!);
    before!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'save is disabled with nothing to save: Tab goes to "Route openen"').to.equal(shareButton(el, 'open'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'the hidden file input and the disabled link button are skipped').to.equal(after);

    // The picker itself is the browser's; the file arrives as from it, while "Route openen" has focus.
    shareButton(el, 'open').focus();
    await chooseFile(el, text_, 'route.json');
    await openedDialog(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await frame();
    expect(dialogOf(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back on "Route openen"').to.equal(shareButton(el, 'open'));
    expect(getWorkspace(to).snapshot.shortlist).to.equal(undefined);

    await chooseFile(el, text_, 'route.json');
    const dialog = await openedDialog(el);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(dialog.querySelector('button.replace'));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => getWorkspace(to).snapshot.shortlist?.length === 2, 'the restore');
    await el.updateComplete;
    await frame();
    expect(getWorkspace(to).snapshot.shortlist).to.deep.equal(['job-crafting', 'peer-review']);
    expect(el.shadowRoot!.activeElement).to.equal(shareButton(el, 'open'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'now there is something to link').to.equal(shareButton(el, 'link'));
    before!.remove();
    after!.remove();
  });

  it('another tab follows a restored journey (its finder\'s saved interventions), and the plan is stored at its slice version', async () => {
    localStorage.clear();
    const name = ws();
    const tab = await openTab();
    try {
      // The other tab has a finder: its saved interventions follow the restored journey.
      const finder = tab.doc.createElement('lio-intervention-finder') as HTMLElement & { shortlist: string[] };
      finder.setAttribute('workspace', name);
      tab.doc.body.append(finder);
      await waitFor(() => !!finder.shadowRoot?.querySelector('[part="results"]'), 'the finder in the other tab');
      const { el } = await mountShare({ workspace: name, persist: 'local' });
      const plan = planOf([{ id: 'a1', level: 'task', phase: 'action', title: 'Uit het bestand' }]);
      const journey = { format: 'lio-journey', version: 1, created: '2026-11-30T09:00:00Z', slices: { shortlist: ['job-crafting', 'peer-review'], plan: { default: plan } } };
      await chooseFile(el, JSON.stringify(journey));
      (await openedDialog(el)).querySelector<HTMLButtonElement>('button.replace')!.click();
      await el.updateComplete;
      await waitFor(() => finder.shortlist.length === 2, "the other tab's finder");
      expect(finder.shortlist).to.deep.equal(['job-crafting', 'peer-review']);
      const stored = JSON.parse(localStorage.getItem(`lio-widgets:workspace@2:${name}`)!) as Record<string, { v: number; e: Record<string, unknown[]> }>;
      expect(stored['plan']!.v, 'the plan slice at its version').to.equal(2);
      expect(stored['plan']!.e['']![2]).to.deep.equal({ default: plan });
    } finally {
      tab.frame.remove();
      localStorage.clear();
    }
  });

  it('speaks English, and says when there is nothing to save', async () => {
    const from = ws();
    const { el } = await mountShare({ workspace: from, lang: 'en' });
    expect(text($(el, '.share-title'))).to.equal('Save and share your journey');
    expect(summaryOf(el)).to.equal('Nothing to save yet: take the quick scan, save interventions or make an action plan first.');
    expect(shareButton(el, 'link').disabled).to.equal(true);
    getWorkspace(from).update({ shortlist: ['job-crafting'], focus: { level: 'task' } });
    await el.updateComplete;
    expect(summaryOf(el)).to.equal('In this browser now: 1 saved intervention and a focus picked in the model.');
    expect([shareButton(el, 'save'), shareButton(el, 'open'), shareButton(el, 'link')].map(text)).to.deep.equal(['Save journey as a file', 'Open a journey', 'Copy link']);
    await expectAccessible(el, 'in English');
  });
});

/** A journey as a file's text. */
function file(journey: unknown): string {
  return `${JSON.stringify(journey, null, 2)}\n`;
}
