import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/catalogue/lio-catalogue.js';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { expectAccessible } from './helpers/axe.js';
import { nextEvent, waitFor } from './helpers/frame.js';
import { holdFetch } from './helpers/held-fetch.js';

let counter = 0;
/** Every test gets its own workspace, so shortlists do not leak between tests. */
const ws = () => `finder-test-${Date.now().toString(36)}-${counter++}`;

const $ = <T extends Element = HTMLElement>(el: LioInterventionFinder, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: LioInterventionFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cardIds = (el: LioInterventionFinder) => $$(el, '[part="result"]').map((card) => card.getAttribute('data-id'));
const ready = (el: LioInterventionFinder) => waitFor(() => !!$(el, '[part="base"]') || !!$(el, '[part="error"]'), 'the finder to render');

async function finder(template = html`<lio-intervention-finder workspace=${ws()} persist="none"></lio-intervention-finder>`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('lio-intervention-finder')!;
  await ready(el);
  await el.updateComplete;
  return el;
}

async function type(el: LioInterventionFinder, value: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function checkbox(el: LioInterventionFinder, legend: string, label: string): HTMLInputElement {
  const fieldset = $$(el, 'fieldset').find((f) => text(f.querySelector('legend')).startsWith(legend))!;
  const option = [...fieldset.querySelectorAll('label.option')].find((l) => text(l).startsWith(label))!;
  return option.querySelector('input')!;
}

const countOf = (el: LioInterventionFinder, legend: string, label: string) => Number(/\((\d+)\)$/.exec(text(checkbox(el, legend, label).closest('label')))![1]);

describe('<lio-intervention-finder>', () => {
  it('shows a skeleton first, then every intervention of the built-in catalogue, paged', async () => {
    // The catalogue is held until the skeleton was checked: the loading state is certain, not a
    // race with a default catalogue that an earlier test already loaded and cached.
    const held = holdFetch('/catalogue/default.json');
    let el: LioInterventionFinder;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><lio-catalogue src="/catalogue/default.json"></lio-catalogue></div>`);
      el = document.createElement('lio-intervention-finder');
      el.workspace = ws();
      wrapper.firstElementChild!.append(el);
      await held.requested;
      await el.updateComplete;
      expect($(el, '[part="base"]')).to.equal(null);
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(text(skeleton)).to.contain('Bezig met laden');
      await expectAccessible(el);
      held.release();
      await ready(el);
    } finally {
      held.restore();
    }
    await el.updateComplete;
    expect(text($(el, '.result-count'))).to.equal('139 interventies');
    expect(cardIds(el)).to.have.length(20);
    expect(text($(el, '.more'))).to.contain('20 van 139 getoond');
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '.more button')!.click();
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(40);
    // Keyboard users continue at the first new result.
    await waitFor(() => el.shadowRoot!.activeElement === $$(el, '.results .link-button')[20], 'focus on the first new result');
  });

  it('searches as you type: prefixes, missing diacritics and typos, with highlights and a polite count', async () => {
    const el = await finder();
    const changes: CustomEvent[] = [];
    el.addEventListener('lio-filter-change', (e) => changes.push(e));
    await type(el, 'feedbak');
    const titles = $$(el, '.card-title').map(text);
    expect(titles.length).to.be.greaterThan(5);
    expect(titles.some((t) => /feedback/i.test(t))).to.equal(true);
    expect(text($$(el, '.card-title mark')[0]!).toLowerCase()).to.equal('feedback');
    expect(changes.at(-1)!.detail.state.text).to.equal('feedbak');
    expect(changes.at(-1)!.detail.total).to.equal(el.results.length);
    // The live region speaks only after the visitor pauses.
    const live = $(el, '[aria-live="polite"]')!;
    await waitFor(() => text(live) === text($(el, '.result-count')), 'the announcement');

    await type(el, 'ideeenbus');
    expect(el.results.length).to.be.greaterThan(0);
    expect(text($$(el, '.card-title')[0]!)).to.match(/ideeënbus/i);

    await type(el, 'taakvar');
    expect(el.results).to.include('task-rotation');
    expect($(el, '.partial')).to.equal(null);

    // No item says "verminderen": the best partial matches come back, and the finder says so.
    await type(el, 'werkdruk verminderen');
    expect(el.results).to.include('stepwise-workload-approach');
    expect(text($(el, '.partial'))).to.contain('Geen interventie bevat al uw zoekwoorden');
  });

  it('filters with facets: OR within a facet, AND across, and counts that show what each choice would give', async () => {
    const el = await finder();
    const total = el.results.length;
    const taskCount = countOf(el, 'Niveau', 'Taak');
    checkbox(el, 'Niveau', 'Taak').click();
    await el.updateComplete;
    expect(el.results).to.have.length(taskCount);
    expect(el.filters.levels).to.deep.equal(['task']);
    // Level counts ignore the level filter itself; other facets follow it.
    expect(countOf(el, 'Niveau', 'Organisatie')).to.be.greaterThan(0);
    expect(countOf(el, 'Factor', 'Feedback')).to.equal(0);
    // What each kind of evidence means, next to its filter.
    const help = $<HTMLDetailsElement>(el, '.evidence-help')!;
    help.querySelector('summary')!.click();
    expect(help.open).to.equal(true);
    expect(text(help)).to.contain('Good practice');
    expect(text(help)).to.contain('nog niet wetenschappelijk onderzocht');
    checkbox(el, 'Niveau', 'Organisatie').click();
    await el.updateComplete;
    const both = el.results.length;
    expect(both).to.be.greaterThan(taskCount);
    const proven = countOf(el, 'Soort bewijs', 'Bewezen effectief');
    checkbox(el, 'Soort bewijs', 'Bewezen effectief').click();
    await el.updateComplete;
    expect(el.results).to.have.length(proven);
    expect(text($(el, '.facets-toggle'))).to.contain('3 actief');
    $$<HTMLButtonElement>(el, '.facets button.secondary').find((b) => text(b) === 'Alle filters wissen')!.click();
    await el.updateComplete;
    expect(el.results).to.have.length(total);
    await expectAccessible(el);
  });

  it('sorts by strength of evidence, level and title', async () => {
    const el = await finder();
    const select = $<HTMLSelectElement>(el, '#sort')!;
    select.value = 'evidence';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '[part="badge"]')[0]!.getAttribute('data-evidence')).to.equal('proven');
    el.setFilters({ sort: 'title' });
    await el.updateComplete;
    const titles = $$(el, '.card-title').map(text);
    expect(titles).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
  });

  it('says so when nothing matches, and offers to remove each filter', async () => {
    const el = await finder();
    el.setFilters({ text: 'zzqqxx', levels: ['task'] });
    await el.updateComplete;
    expect(text($(el, '.empty-state'))).to.contain('Geen interventies gevonden');
    const chips = $$<HTMLButtonElement>(el, '.chip');
    expect(chips.map(text)).to.deep.equal(['Zoekwoord weghalen: “zzqqxx”', 'Filter weghalen: Taak']);
    await expectAccessible(el);
    chips[0]!.click();
    await el.updateComplete;
    expect(el.results.length).to.be.greaterThan(0);
  });

  it('opens a detail view with sources, safe external links and related items; Escape returns focus', async () => {
    const el = await finder();
    const opened = nextEvent<CustomEvent>(el, 'lio-intervention-open');
    const title = $<HTMLButtonElement>(el, '[data-id="intrapreneurship"] .link-button')!;
    title.focus();
    title.click();
    expect((await opened).detail.id).to.equal('intrapreneurship');
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    await waitFor(() => el.shadowRoot!.activeElement === $(el, '.detail-title'), 'focus in the detail');
    expect(text(dialog)).to.contain('Preenen, Liebregts & Dhondt, 2015');
    const link = dialog.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://www.kennisbanksocialeinnovatie.nl/kennis/toolbox-intrapreneurship/');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(text(link)).to.contain('externe link');
    expect(text(dialog)).to.contain('Over het bewijs');
    expect(text(dialog)).to.contain('indicatie van de redactie');
    await expectAccessible(el);

    // Related interventions open in place.
    [...dialog.querySelectorAll<HTMLButtonElement>('.link-button')].find((b) => text(b) === 'Toolbox intrapreneurship (TNO)')!.click();
    await el.updateComplete;
    expect(el.filters.open).to.equal('intrapreneurship-toolbox');

    await sendKeys({ press: 'Escape' });
    await waitFor(() => !$(el, 'dialog'), 'the detail to close');
    await waitFor(() => el.shadowRoot!.activeElement === title, 'focus back on the result');
  });

  it('shows the forms of an approach one per line in its detail, and both sections of a repeated tip', async () => {
    const el = await finder();
    el.openIntervention('training-transfer-supervisor-support');
    await waitFor(() => !!$(el, 'dialog'), 'the detail to open');
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    const term = [...dialog.querySelectorAll('dt')].find((dt) => text(dt) === 'Vormen')!;
    // One form per line, as the catalogue writes them: each number starts a new line at the left edge.
    const dd = term.nextElementSibling as HTMLElement;
    const node = [...dd.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.startsWith('1. '))!;
    const forms = node.textContent!.split('\n');
    expect(forms).to.have.length(9);
    expect(forms[0]).to.match(/^1\. Vooraf informeren/);
    expect(forms[8]).to.match(/^9\. Scholing belangrijk vinden/);
    const left = dd.getBoundingClientRect().left;
    let offset = 0;
    let previousTop = -Infinity;
    for (const form of forms) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      // WebKit may add an empty box at the end of the previous line for a range right after a line end.
      const box = [...range.getClientRects()].at(-1)!;
      expect(Math.abs(box.left - left), form).to.be.lessThan(1);
      expect(box.top, form).to.be.greaterThan(previousTop);
      previousTop = box.top;
      offset += form.length + 1;
    }
    await expectAccessible(el);

    el.openIntervention('formal-mentor-programme');
    await el.updateComplete;
    expect(text($(el, 'dialog'))).to.contain('Rapport §4.2, 4.5');
  });

  it('shows a corrected misprint among the study facts, as printed and as corrected', async () => {
    const el = await finder();
    el.openIntervention('online-peer-support-groups');
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    const terms = [...dialog.querySelectorAll('dt')].map(text);
    expect(terms).to.include('Drukfout in het rapport');
    const misprint = text(dialog.querySelectorAll('dd')[terms.indexOf('Drukfout in het rapport')]!);
    expect(misprint).to.contain('"Ciabati (2021)"').and.to.contain('"Cabiati, 2021"');
    await expectAccessible(el);
  });

  it('is usable with the keyboard only: search, filter, open and close', async () => {
    const el = await finder();
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'mentor' });
    await el.updateComplete;
    expect(el.filters.text).to.equal('mentor');
    await sendKeys({ press: 'Tab' }); // "Mijn selectie", beside the search
    await sendKeys({ press: 'Tab' }); // the first filter: the kind of evidence
    expect(el.shadowRoot!.activeElement).to.equal(checkbox(el, 'Soort bewijs', 'Bewezen effectief'));
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' }); // past the evidence kinds, their help and "Taak"
    expect(el.shadowRoot!.activeElement).to.equal(checkbox(el, 'Niveau', 'Collega'));
    await sendKeys({ type: ' ' }); // level: colleagues and supervisor
    await el.updateComplete;
    expect(el.filters.levels).to.deep.equal(['colleagues-and-leader']);
    const first = $<HTMLButtonElement>(el, '.results .link-button')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!$(el, 'dialog[open]'), 'the detail');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !$(el, 'dialog') && el.shadowRoot!.activeElement === first, 'focus back');
  });

  it('keeps a shortlist in the workspace, shared with other widgets, and exports it', async () => {
    const name = ws();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <lio-intervention-finder workspace=${name} persist="none"></lio-intervention-finder>
      <lio-intervention-finder workspace=${name} persist="none"></lio-intervention-finder>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('lio-intervention-finder')] as LioInterventionFinder[];
    await ready(a!);
    await ready(b!);
    await a!.updateComplete;
    const change = nextEvent<CustomEvent>(a!, 'lio-shortlist-change');
    const save = $<HTMLButtonElement>(a!, '[data-id="job-crafting"] .card-actions button')!;
    expect(save.getAttribute('aria-label')).to.equal('Job crafting bewaren in mijn selectie');
    save.click();
    expect((await change).detail).to.deep.equal({ ids: ['job-crafting'], added: 'job-crafting' });
    await a!.updateComplete;
    expect(save.getAttribute('aria-pressed')).to.equal('true');
    a!.addToShortlist('intrapreneurship');
    await b!.updateComplete;
    expect(b!.shortlist).to.deep.equal(['job-crafting', 'intrapreneurship']);
    expect(getWorkspace(name).snapshot.shortlist).to.deep.equal(['job-crafting', 'intrapreneurship']);
    expect($$(b!, '.shortlist li').map((li) => text(li.querySelector('.link-button')))).to.deep.equal(['Job crafting', 'Intrapreneurship']);

    const csv = a!.exportShortlist('csv');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('"id";"titel";"samenvatting";"niveau";"factoren";"bewijs";"fasen (indicatief)";"paragraaf";"bronnen";"links"');
    expect(lines[1]).to.match(/^"job-crafting";"Job crafting";"[^"]+";"Taak";/);
    expect(lines).to.have.length(3);
    const json = JSON.parse(a!.exportShortlist('json'));
    expect(json.interventions.map((i: { id: string }) => i.id)).to.deep.equal(['job-crafting', 'intrapreneurship']);

    // The download buttons save a file (a blob link with a file name).
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      $$<HTMLButtonElement>(a!, '.export button')[0]!.click();
      // Saving comes with the export part: a click before it is there waits for it.
      await a!.updateComplete;
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0]!.download).to.equal('mijn-selectie.csv');
    expect(clicked[0]!.href).to.match(/^blob:/);
    await expectAccessible(a!);

    // Print shows only the shortlist: the widget marks what to print while the dialog is up.
    const print = window.print;
    let printing: string | undefined;
    window.print = () => {
      printing = a!.dataset['printing'];
    };
    try {
      $$<HTMLButtonElement>(a!, '.export button')[2]!.click();
      await a!.updateComplete;
    } finally {
      window.print = print;
    }
    expect(printing).to.equal('shortlist');
    window.dispatchEvent(new Event('afterprint'));
    expect(a!.dataset['printing']).to.equal(undefined);

    b!.removeFromShortlist('job-crafting');
    await a!.updateComplete;
    expect(a!.shortlist).to.deep.equal(['intrapreneurship']);
  });

  it('keeps search, filters, sort and detail in the URL with sync-url, and follows the back button', async () => {
    const original = window.location.href;
    window.history.replaceState(null, '', `${window.location.pathname}?keep=1&lio-q=mentor&lio-level=colleagues-and-leader,nope&lio-sort=title`);
    try {
      const el = await finder(html`<lio-intervention-finder sync-url workspace=${ws()} persist="none"></lio-intervention-finder>`);
      expect(el.filters).to.deep.include({ text: 'mentor', levels: ['colleagues-and-leader'], sort: 'title' });
      expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('mentor');
      el.setFilters({ evidence: ['proven'] });
      await el.updateComplete;
      const params = new URLSearchParams(window.location.search);
      expect(params.get('keep')).to.equal('1');
      expect(params.get('lio-evidence')).to.equal('proven');
      el.setFilters({ evidence: [] });
      el.openIntervention(el.results[0]!);
      await el.updateComplete;
      expect(new URLSearchParams(window.location.search).get('lio-open')).to.equal(el.results[0]);
      const closed = waitFor(() => !$(el, 'dialog'), 'back to close the detail');
      window.history.back();
      await closed;
      expect(el.filters.open).to.equal(undefined);
    } finally {
      window.history.replaceState(null, '', original);
    }
  });

  it('shows only the preset subset, and explains invalid preset ids', async () => {
    const el = await finder(html`<lio-intervention-finder level="task" evidence="proven,mixed" workspace=${ws()} persist="none"></lio-intervention-finder>`);
    const catalogue = el.catalogueState.status === 'ready' ? el.catalogueState.catalogue : undefined;
    const inPreset = catalogue!.interventions.filter((item) => item.level === 'task' && ['proven', 'mixed'].includes(item.evidence)).map((item) => item.id);
    // Every hit is in the preset, and every item of the preset is found (in catalogue order for an empty search).
    expect(inPreset.length).to.be.greaterThan(0);
    expect(inPreset.length).to.be.lessThan(catalogue!.interventions.length);
    expect([...el.results].sort()).to.deep.equal([...inPreset].sort());
    expect(text($(el, '.result-count'))).to.equal(`${inPreset.length} interventie${inPreset.length === 1 ? '' : 's'}`);
    const fieldsets = $$(el, 'fieldset legend').map(text);
    expect(fieldsets).to.not.include('Niveau');
    expect($$(el, '.facet-group-label').map(text)).to.deep.equal(['Taak']);
    expect(text($$(el, 'fieldset').find((f) => text(f.querySelector('legend')) === 'Soort bewijs')!)).to.not.contain('Good practice');

    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const bad = document.createElement('lio-intervention-finder');
    bad.setAttribute('level', 'team,task');
    const error = nextEvent<CustomEvent>(bad, 'lio-error');
    wrapper.append(bad);
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-attribute');
    expect(detail.problems[0].path).to.equal('level');
    await bad.updateComplete;
    const alert = text(bad.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert).to.contain('Ongeldige waarde "team,task" voor level');
    expect(alert).to.contain('employee, task, colleagues-and-leader, organisation, environment');
    await expectAccessible(bad);
  });

  for (const pageSize of ['0.5', '-5', 'abc', '', '10001']) {
    it(`refuses page-size="${pageSize}" with the error view`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const bad = document.createElement('lio-intervention-finder');
      bad.setAttribute('page-size', pageSize);
      bad.workspace = ws();
      const error = nextEvent<CustomEvent>(bad, 'lio-error');
      wrapper.append(bad);
      const { detail } = await error;
      expect(detail.code).to.equal('invalid-attribute');
      expect(detail.problems).to.deep.equal([
        { path: 'page-size', code: 'out-of-range', message: 'expected a whole number from 0 to 10000', params: { value: pageSize, minimum: 0, maximum: 10000 } },
      ]);
      await bad.updateComplete;
      const alert = text(bad.shadowRoot!.querySelector('[role="alert"]'));
      expect(alert).to.contain(`Ongeldige waarde "${pageSize}" voor page-size. Geldige waarden: 0–10000.`);
      expect(alert).to.contain('page-size: verwacht een geheel getal van 0 tot en met 10000');
      expect($(bad, '[part="result"]')).to.equal(null);
      await expectAccessible(bad);
    });
  }

  it('page-size="7" pages by seven, and "0" shows all', async () => {
    const seven = await finder(html`<lio-intervention-finder page-size="7" workspace=${ws()} persist="none"></lio-intervention-finder>`);
    expect(cardIds(seven)).to.have.length(7);
    $<HTMLButtonElement>(seven, '.more button')!.click();
    await seven.updateComplete;
    expect(cardIds(seven)).to.have.length(14);
    const all = await finder(html`<lio-intervention-finder page-size="0" workspace=${ws()} persist="none"></lio-intervention-finder>`);
    expect(cardIds(all)).to.have.length(139);
    expect($(all, '.more')).to.equal(null);
  });

  it('follows the workspace: a factor or level picked elsewhere, and the weakest factors of a scan', async () => {
    const name = ws();
    const el = await finder(html`<lio-intervention-finder workspace=${name} persist="none"></lio-intervention-finder>`);
    getWorkspace(name).update({ focus: { factor: 'feedback' } });
    await waitFor(() => el.filters.factors.join() === 'feedback', 'the focus to filter');
    await el.updateComplete;
    expect(text($(el, '.notes'))).to.contain('Gefilterd op wat u in het model koos');
    // A level picked in the model filters on the level, and drops the factor filter.
    getWorkspace(name).update({ focus: { level: 'task' } });
    await waitFor(() => el.filters.levels.join() === 'task', 'the level focus to filter');
    expect(el.filters.factors).to.deep.equal([]);
    const catalogue = el.catalogueState.status === 'ready' ? el.catalogueState.catalogue : undefined;
    expect(el.results.length).to.be.greaterThan(0);
    expect(el.results.filter((id) => catalogue!.interventionById.get(id)!.level !== 'task')).to.deep.equal([]);
    getWorkspace(name).update({ scan: { weakFactors: ['task-variety', 'job-autonomy'], phase: 'action' } });
    await el.updateComplete;
    const recommend = $$<HTMLButtonElement>(el, '.notes button').find((b) => text(b) === 'Aanraders uit mijn scan tonen')!;
    recommend.click();
    await el.updateComplete;
    expect(el.filters).to.deep.include({ factors: ['task-variety', 'job-autonomy'], phases: ['action'], sort: 'evidence' });
    await expectAccessible(el);
  });

  it('shows the catalogue error, and an empty catalogue, visibly', async () => {
    const broken = await fixture<HTMLDivElement>(html`<div>
      <lio-catalogue .catalogue=${{ schemaVersion: 1, extends: 'default', remove: ['nope'] }}><lio-intervention-finder></lio-intervention-finder></lio-catalogue>
    </div>`);
    const inBroken = broken.querySelector('lio-intervention-finder')!;
    await ready(inBroken);
    // The provider lists and announces the problems; the finder says so once, quietly.
    expect(text(broken.querySelector('lio-catalogue')!.shadowRoot!.querySelector('[role="alert"]'))).to.contain('remove[0]');
    expect(inBroken.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(text(inBroken.shadowRoot!.querySelector('[part="error"]'))).to.contain('de melding bij de catalogus zegt waarom');
    await expectAccessible(inBroken);

    // A detail opened from script returns focus to the search field when it closes.
    const alone = await finder();
    alone.openIntervention('job-crafting');
    await alone.updateComplete;
    await sendKeys({ press: 'Escape' });
    await waitFor(() => alone.shadowRoot!.activeElement === alone.shadowRoot!.querySelector('input[type="search"]'), 'focus on the search field after a detail opened by script');

    const base = document.createElement('lio-catalogue');
    document.body.append(base);
    await waitFor(() => base.state.status === 'ready', 'default');
    const value = base.value!;
    base.remove();
    const emptyCatalogue = { schemaVersion: 1, meta: { title: 'Leeg' }, levels: value.levels, phases: value.phases, evidence: value.evidence, interventions: [] };
    const empty = await fixture<HTMLDivElement>(html`<div><lio-catalogue .catalogue=${emptyCatalogue}><lio-intervention-finder></lio-intervention-finder></lio-catalogue></div>`);
    const inEmpty = empty.querySelector('lio-intervention-finder')!;
    await waitFor(() => !!inEmpty.shadowRoot!.querySelector('.empty-state'), 'the empty state');
    expect(text(inEmpty.shadowRoot!.querySelector('.empty-state'))).to.equal('Deze catalogus bevat (nog) geen interventies.');
    await expectAccessible(inEmpty);
  });

  it('collapses the filters into a disclosure at 320 px', async () => {
    // The layout follows the space the host gives the widget (container queries), not the window.
    const el = await finder();
    el.parentElement!.style.inlineSize = '320px';
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const toggle = $<HTMLButtonElement>(el, '.facets-toggle')!;
    const facets = $(el, '#facets')!;
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(getComputedStyle(facets).display).to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.scrollWidth).to.be.at.most(320);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(facets).display).to.not.equal('none');
    await expectAccessible(el);
  });

  it('speaks English, follows heading-level, and passes axe in the dark theme', async () => {
    const el = await finder(html`<lio-intervention-finder lang="en" theme="dark" heading-level="3" workspace=${ws()} persist="none"></lio-intervention-finder>`);
    expect(text($(el, 'h3.title'))).to.equal('Find interventions');
    expect($(el, 'h4.card-title')).to.not.equal(null);
    expect(text($(el, '.result-count'))).to.equal('139 interventions');
    expect(text($(el, '[data-id="task-rotation"] .card-title'))).to.equal('Job rotation');
    await expectAccessible(el);
    el.openIntervention('job-crafting');
    await el.updateComplete;
    expect(text($(el, 'dialog'))).to.contain('About the evidence');
    await expectAccessible(el);
  });

  it('passes axe under the dark theme stylesheet (themes/dark.css on an ancestor)', async () => {
    // Adopted from the file's text, so the test also fails when the file does not parse.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch('/themes/dark.css')).text());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const el = await finder(html`<div class="lio-theme-dark"><lio-intervention-finder workspace=${ws()} persist="none"></lio-intervention-finder></div>`);
      el.setFilters({ text: 'feedback' });
      await el.updateComplete;
      expect(getComputedStyle($(el, '.finder')!).backgroundColor).to.equal('rgb(22, 24, 27)');
      await expectAccessible(el);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('keeps the shortlist when storage is refused, and says so', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await finder(html`<lio-intervention-finder workspace=${ws()}></lio-intervention-finder>`);
      const error = nextEvent<CustomEvent>(el, 'lio-error');
      el.addToShortlist('job-crafting');
      expect((await error).detail.code).to.equal('storage-unavailable');
      await el.updateComplete;
      expect(el.shortlist).to.deep.equal(['job-crafting']);
      expect(text($(el, '.notice'))).to.contain('kunnen in deze browser niet worden bewaard');
      await expectAccessible(el);
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});
