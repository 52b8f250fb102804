/**
 * The finder's filters in the order advisers use them, the factor lists folded per level, the
 * levels and factors a catalogue has no items for, the ranking of items without effect, and a
 * fund's own items and intro (issue 8).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';

let counter = 0;
const ws = () => `finder-filters-${Date.now().toString(36)}-${counter++}`;

const $ = <T extends Element = HTMLElement>(el: LioInterventionFinder, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: LioInterventionFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const options = (el: LioInterventionFinder, facet: string) => $$(el, `[data-facet="${facet}"] label.option`).map((label) => text(label).replace(/ \(\d+\)$/, ''));
const option = (el: LioInterventionFinder, facet: string, label: string) =>
  $$(el, `[data-facet="${facet}"] label.option`).find((l) => text(l).startsWith(label))!.querySelector('input')!;
const group = (el: LioInterventionFinder, level: string) => $$<HTMLDetailsElement>(el, '.factor-group').find((d) => text(d.querySelector('summary')).startsWith(level))!;
const card = (el: LioInterventionFinder, id: string) => $(el, `[part="result"][data-id="${id}"]`);

async function finder(template = html`<lio-intervention-finder workspace=${ws()} persist="none"></lio-intervention-finder>`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('lio-intervention-finder')!;
  await waitFor(() => !!$(el, '[part="base"]') || !!$(el, '[part="error"]'), 'the finder to render');
  await el.updateComplete;
  return el;
}

/** Whether `node` is on screen: inside the viewport and not covered by anything else. */
function visibleInViewport(el: LioInterventionFinder, node: Element): boolean {
  const box = node.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight || box.left < 0 || box.right > window.innerWidth || box.height === 0) return false;
  const hit = el.shadowRoot!.elementFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2);
  return !!hit && (hit === node || node.contains(hit));
}

const fundJson = async () => (await (await fetch('/test/fixtures/catalogues/fund-extension.json')).json()) as Record<string, unknown>;

async function withCatalogue(catalogue: unknown, lang = 'nl') {
  const el = await finder(html`<lio-intervention-finder lang=${lang} workspace=${ws()} persist="none" .catalogue=${catalogue}></lio-intervention-finder>`);
  await waitFor(() => el.catalogueState.status !== 'loading' && !!$(el, '[part="base"]'), 'the custom catalogue');
  await el.updateComplete;
  return el;
}

describe('<lio-intervention-finder> filters, ranking and own items', () => {
  for (const width of [1200, 375]) {
    it(`at ${width} px, offers the kind of evidence first and shows the new count in view when it is ticked`, async () => {
      const el = await finder();
      el.parentElement!.style.inlineSize = `${width}px`;
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const toggle = $<HTMLButtonElement>(el, '.facets-toggle')!;
      if (width < 600) {
        expect(getComputedStyle(toggle).display).to.not.equal('none');
        toggle.click();
        await el.updateComplete;
      }
      const evidence = $(el, '[data-facet="evidence"]')!;
      const levels = $(el, '[data-facet="levels"]')!;
      const factors = $(el, '[data-facet="factors"]')!;
      // First in the DOM and on screen: the evidence, then the level, the long factor lists last.
      expect(evidence.compareDocumentPosition(factors) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(evidence.getBoundingClientRect().top).to.be.below(levels.getBoundingClientRect().top);
      expect(levels.getBoundingClientRect().bottom).to.be.at.most(factors.getBoundingClientRect().top);
      // Right under the search bar (the search and *Mijn selectie*) and the filter button: the old
      // order put it 1,300 px down, under the factors.
      expect(evidence.getBoundingClientRect().top - $(el, '.finder-bar')!.getBoundingClientRect().bottom).to.be.below(150);

      // The visitor has come to the filters: their top at the top of the window.
      $(el, '.facets-column')!.scrollIntoView({ block: 'start' });
      const proven = option(el, 'evidence', 'Bewezen effectief');
      expect(visibleInViewport(el, proven.closest('label')!)).to.equal(true);
      // Wide: the results' count stands beside the filters; narrow: the filters carry it at their top.
      const count = $(el, width < 600 ? '.facets-count' : '.result-count')!;
      expect(text(count)).to.equal('139 interventies');
      proven.click();
      await el.updateComplete;
      expect(text(count)).to.equal(`${el.results.length} interventies`);
      expect(el.results.length).to.be.within(1, 164);
      expect(visibleInViewport(el, count), 'the count is in view next to the ticked filter').to.equal(true);
      await expectAccessible(el);

      if (width >= 600) expect(getComputedStyle($(el, '.facets-count')!).display).to.equal('none');
    });
  }

  it('folds long factor lists per level; keyboard operable; open where a factor is chosen or preset', async () => {
    const el = await finder();
    expect($$(el, '.factor-group summary').map(text)).to.deep.equal(['Medewerker', 'Taak', "Collega's en leidinggevende", 'Organisatie', 'Omgeving']);
    // Long lists start folded, short ones open.
    expect(group(el, 'Taak').open).to.equal(false);
    expect(group(el, 'Collega').open).to.equal(false);
    expect(group(el, 'Organisatie').open).to.equal(true);
    await expectAccessible(el);

    const summary = group(el, 'Taak').querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => group(el, 'Taak').open, 'the task factors to open');
    await sendKeys({ press: 'Tab' });
    const first = option(el, 'factors', 'Taakvariatie');
    expect(el.shadowRoot!.activeElement).to.equal(first);
    await sendKeys({ type: ' ' });
    await el.updateComplete;
    expect(el.filters.factors).to.deep.equal(['task-variety']);
    expect(text(summary)).to.equal('Taak (1 actief)');
    // Unticking the last factor does not fold the list away under the visitor's hand.
    await sendKeys({ type: ' ' });
    await el.updateComplete;
    expect(el.filters.factors).to.deep.equal([]);
    expect(group(el, 'Taak').open).to.equal(true);
    await expectAccessible(el);
    // Closed again with the keyboard; a factor chosen by script (or a link) opens its list.
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !group(el, 'Taak').open, 'the task factors to close');
    el.setFilters({ factors: ['feedback', 'job-autonomy'] });
    await el.updateComplete;
    expect(group(el, 'Collega').open).to.equal(true);
    expect(group(el, 'Taak').open).to.equal(true);

    // A preset of factors leaves only its own, open.
    const preset = await finder(
      html`<lio-intervention-finder factors="trust-and-safety,colleague-support,leader-support,feedback,role-models" workspace=${ws()} persist="none"></lio-intervention-finder>`,
    );
    expect($$<HTMLDetailsElement>(preset, '.factor-group').map((d) => [text(d.querySelector('summary')), d.open])).to.deep.equal([["Collega's en leidinggevende", true]]);
    expect(options(preset, 'factors')).to.have.length(5);
  });

  it('does not offer levels and factors without interventions, unless the visitor\'s filter names one', async () => {
    const el = await finder();
    expect(options(el, 'levels')).to.deep.equal(['Taak', "Collega's en leidinggevende", 'Organisatie', 'Omgeving']);
    // Of the employee level's four factors only "motivation" has items (of other levels).
    expect(text(group(el, 'Medewerker'))).to.equal('Medewerker Motivatie (2)');
    expect(options(el, 'factors')).to.not.include('Betrokkenheid');

    // A link to an empty level keeps it (it is a valid id): no results, and the filter shows, ticked, to be removed.
    el.setFilters({ levels: ['employee'] });
    await el.updateComplete;
    expect(el.results).to.deep.equal([]);
    expect(option(el, 'levels', 'Medewerker').checked).to.equal(true);
    const chip = $$<HTMLButtonElement>(el, '.chip').find((b) => text(b) === 'Filter weghalen: Medewerker')!;
    chip.click();
    await el.updateComplete;
    expect(el.results).to.have.length(139);
    expect(options(el, 'levels')).to.not.include('Medewerker');

    // A catalogue with an item at the employee level offers the level and that item's factor.
    const custom = await withCatalogue({
      schemaVersion: 1,
      extends: 'default',
      interventions: [
        {
          id: 'commitment-talks',
          title: 'Gesprekken over betrokkenheid',
          summary: 'Een gesprek over wat medewerkers bindt.',
          level: 'employee',
          factors: ['commitment'],
          phases: ['selection'],
          evidence: 'practice',
          sources: [],
          links: [],
        },
      ],
    });
    expect(options(custom, 'levels')[0]).to.equal('Medewerker');
    expect(text(group(custom, 'Medewerker'))).to.contain('Betrokkenheid (1)');
    expect(text(group(custom, 'Medewerker'))).to.not.contain('Persoonskenmerken');
  });

  for (const [lang, query, note] of [
    ['nl', 'werkdruk', 'Let op: onderzoek vond geen effect van deze aanpak.'],
    ['en', 'workload', 'Note: studies found no effect of this approach.'],
  ] as const) {
    it(`ranks an item without effect after the others for "${query}", and its card says so (${lang})`, async () => {
      const el = await finder(html`<lio-intervention-finder lang=${lang} workspace=${ws()} persist="none"></lio-intervention-finder>`);
      el.setFilters({ text: query });
      await el.updateComplete;
      const ids = el.results;
      expect(ids.indexOf('workload-intervention-no-effect')).to.equal(ids.length - 1);
      const noEffect = card(el, 'workload-intervention-no-effect')!;
      expect(text(noEffect.querySelector('.no-effect'))).to.equal(note);
      // Visible text, not only the badge's colour.
      expect(noEffect.querySelector<HTMLElement>('.no-effect')!.offsetHeight).to.be.greaterThan(0);
      expect(card(el, 'stepwise-workload-approach')!.querySelector('.no-effect')).to.equal(null);
      await expectAccessible(el);
    });
  }

  it("marks a fund's own items with its name and words the intro for the fund's collection", async () => {
    const report = await finder();
    expect(text($(report, '.intro'))).to.contain('alle interventies uit het TNO-rapport');
    expect($$(report, '.own-mark')).to.have.length(0);

    const fund = await fundJson();
    const named = await withCatalogue({ ...fund, meta: { publisher: 'Voorbeeldfonds' } });
    expect(text($(named, '.intro'))).to.equal('Zoek en filter de interventies in deze verzameling. Bij elke interventie staat hoe sterk het bewijs is.');
    named.setFilters({ text: 'leerbudget' });
    await named.updateComplete;
    expect(text(card(named, 'fund-learning-budget')!.querySelector('.own-mark'))).to.equal('Eigen aanbod van Voorbeeldfonds');
    named.setFilters({ text: 'job crafting' });
    await named.updateComplete;
    expect(named.results.length).to.be.greaterThan(0);
    expect($$(named, '.own-mark'), 'no mark on the report items').to.have.length(0);
    await expectAccessible(named);

    // Without a publisher the mark says where the item does not come from; in English it names the publisher.
    const unnamed = await withCatalogue(fund);
    unnamed.setFilters({ text: 'leerbudget' });
    await unnamed.updateComplete;
    expect(text(card(unnamed, 'fund-learning-budget')!.querySelector('.own-mark'))).to.equal('Eigen aanbod, niet uit het rapport');
    const english = await withCatalogue({ ...fund, meta: { publisher: 'Example fund' } }, 'en');
    english.setFilters({ text: 'budget' });
    await english.updateComplete;
    expect(text(card(english, 'fund-learning-budget')!.querySelector('.own-mark'))).to.equal('From Example fund');
    expect(text($(english, '.intro'))).to.contain('in this collection');

    // The catalogue's own intro, and a site's wording over it.
    const introduced = await withCatalogue({ ...fund, meta: { intro: { nl: 'Alle maatregelen van ons fonds en het TNO-rapport.', en: 'Our measures.' } } });
    expect(text($(introduced, '.intro'))).to.equal('Alle maatregelen van ons fonds en het TNO-rapport.');
    introduced.messages = { nl: { 'finder.intro': 'Onze eigen woorden.' } };
    await waitFor(() => text($(introduced, '.intro')) === 'Onze eigen woorden.', 'the site wording');
  });
});
