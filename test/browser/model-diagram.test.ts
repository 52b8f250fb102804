/**
 * `<lio-model-diagram>` as a visitor meets it: the built-in model drawn in order, the keyboard-only
 * path through the figure (real key presses), picking with the pointer, the list view, an invalid
 * `selected`, the dark theme and English. Every state reached gets an axe check.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { LioSelectDetail } from '../../components/model-diagram/events.js';
import type { LioModelDiagram } from '../../components/model-diagram/model-diagram.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';
import { $, $$, chipsOf, clickAt, drawn, focusedId, item, items, mountDiagram, press, rawCatalogue, text, type RawCatalogue } from './helpers/model-diagram.js';

afterEach(() => resetMouse());

/** Every `lio-select` detail the element fires, in order. */
function selections(el: LioModelDiagram): LioSelectDetail[] {
  const seen: LioSelectDetail[] = [];
  el.addEventListener('lio-select', (event) => seen.push(event.detail));
  return seen;
}

/** The reading order of the figure: each level from the outside in, then its factors. */
const readingOrder = (catalogue: RawCatalogue) => [...catalogue.levels].reverse().flatMap((l) => [l.id, ...l.factors.map((f) => f.id)]);

const factor = (catalogue: RawCatalogue, id: string) => catalogue.levels.flatMap((l) => l.factors).find((f) => f.id === id)!;
const panel = (el: Element) => $(el, '[part="panel"]');

/**
 * The panel as the visitor reads it, against the catalogue: title, description, the total and the
 * count per kind of evidence, and best-supported items that are never found not effective.
 */
function expectPanel(el: Element, catalogue: RawCatalogue, pick: { id: string; kind: 'level' | 'factor' }): void {
  const level = catalogue.levels.find((l) => l.id === pick.id);
  const entry = level ?? factor(catalogue, pick.id);
  const interventions = catalogue.interventions.filter((i) => (pick.kind === 'level' ? i.level === pick.id : i.factors.includes(pick.id)));
  expect(text($(el, '#panel-title'))).to.equal(entry.title.nl);
  expect(text(panel(el))).to.include(entry.description.nl);
  expect(text(panel(el))).to.include(`${interventions.length} interventies`);
  const counts = catalogue.evidence.flatMap((kind) => {
    const count = interventions.filter((i) => i.evidence === kind.id).length;
    return count ? [`${kind.title.nl}: ${count}`] : [];
  });
  expect($$(el, '.counts li').map(text)).to.deep.equal(counts);
  // The best supported are drawn from the interventions on the pick's factors (a level's: all of its factors).
  const onFactors = level ? level.factors.map((f) => f.id) : [pick.id];
  const best = $$(el, '.best li').map((li) => catalogue.interventions.find((i) => text(li).startsWith(i.title.nl))!);
  expect(best.length).to.be.within(1, 3);
  for (const chosen of best) {
    expect(chosen.factors.some((f) => onFactors.includes(f)), `best-supported ${chosen.id} is on the pick's factors`).to.equal(true);
    expect(chosen.evidence).to.not.equal('not-effective');
  }
}

/** WebDriver's Shift and Tab keys: WebKit's driver takes a chord as one string of key codes, not down/up. */
const WEBDRIVER_SHIFT_TAB = '\uE008\uE004';

/** Shift+Tab: Chromium and Firefox (puppeteer) hold Shift down; WebKit's WebDriver takes the chord. */
async function shiftTab(el: LioModelDiagram): Promise<void> {
  if (!/Chrome\/|Firefox\//.test(navigator.userAgent)) return press(el, WEBDRIVER_SHIFT_TAB);
  await sendKeys({ down: 'Shift' });
  try {
    await press(el, 'Tab');
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

describe('model diagram: the built-in catalogue', () => {
  it('draws 5 levels from the outside in, each with its factors in order (24 in all), titled and described, accessible', async () => {
    const catalogue = await rawCatalogue();
    const el = await mountDiagram();
    const svg = $<SVGSVGElement>(el, 'svg.model-figure')!;
    expect(svg.getAttribute('role')).to.equal('tree');
    expect(svg.classList.contains('nested'), 'nested bands at 1200 px').to.equal(true);
    const levels = $$<SVGGElement>(el, 'g.level');
    expect(levels.map((g) => g.dataset.id)).to.deep.equal(['environment', 'organisation', 'colleagues-and-leader', 'task', 'employee']);
    expect(levels.map((g) => text(g.querySelector('text.level-title')))).to.deep.equal([...catalogue.levels].reverse().map((l) => l.title.nl));
    for (const g of levels) {
      const level = catalogue.levels.find((l) => l.id === g.dataset.id)!;
      const chips = chipsOf(el, g.dataset.id!);
      expect(el.shadowRoot!.getElementById(g.getAttribute('aria-owns')!)!.getAttribute('role')).to.equal('group');
      expect(chips.map((c) => c.dataset.id)).to.deep.equal(level.factors.map((f) => f.id));
      expect(chips.map((c) => text(c.querySelector('text')))).to.deep.equal(level.factors.map((f) => f.title.nl));
      expect(chips.every((c) => c.getAttribute('role') === 'treeitem' && c.getAttribute('aria-level') === '2')).to.equal(true);
      expect(g.getAttribute('aria-label')).to.equal(`${level.title.nl}, ${level.factors.length} factoren`);
    }
    expect($$(el, 'g.factor')).to.have.length(24);
    // The figure's accessible name and description: its title, then the levels and how to use the keys.
    expect(text(svg.querySelector('title'))).to.equal('Het model van de lerende en innovatieve organisatie');
    const descs = [...svg.querySelectorAll('desc')].map(text);
    expect(descs).to.have.length(2);
    expect(descs[0]).to.include(`5 niveaus rond de medewerker, van buiten naar binnen: ${[...catalogue.levels].reverse().map((l) => l.title.nl).join(', ')}.`);
    expect(descs[1]).to.include('Pijltjestoetsen');
    expect(svg.getAttribute('aria-labelledby')).to.equal('figure-title');
    expect(svg.getAttribute('aria-describedby')).to.equal('figure-description figure-keys');
    await expectAccessible(el);
  });

  it('is reachable and usable by keyboard alone: one tab stop, arrows, Home/End, PageUp/PageDown, Enter, Space, Escape, Tab out', async () => {
    const catalogue = await rawCatalogue();
    const order = readingOrder(catalogue);
    const el = await mountDiagram({ before: () => [Object.assign(document.createElement('button'), { textContent: 'ervoor' })] });
    const seen = selections(el);
    expect(items(el).filter((g) => g.getAttribute('tabindex') === '0').map((g) => g.dataset.id)).to.deep.equal(['environment']);
    (el.parentElement!.querySelector('button') as HTMLButtonElement).focus();
    await press(el, 'Tab');
    expect(text(el.shadowRoot!.activeElement)).to.equal('Toon als lijst');
    await press(el, 'Tab');
    expect(focusedId(el)).to.equal('environment');

    // Next and previous in reading order: a level, its factors, the next level inwards.
    const moves: Array<[string, string]> = [
      ['ArrowDown', 'external-orientation'],
      ['ArrowRight', 'mobility'],
      ['ArrowDown', 'organisation'],
      ['ArrowUp', 'mobility'],
      ['ArrowLeft', 'external-orientation'],
      ['PageDown', 'organisation'],
      ['PageDown', 'colleagues-and-leader'],
      ['ArrowDown', 'trust-and-safety'],
      ['ArrowRight', 'colleague-support'],
      ['PageUp', 'colleagues-and-leader'], // from a factor: its own level
      ['PageUp', 'organisation'], // from a level: the one before
      ['End', order.at(-1)!],
      ['ArrowDown', order.at(-1)!], // stays at the end
      ['PageDown', order.at(-1)!],
      ['PageUp', 'employee'],
      ['Home', 'environment'],
      ['ArrowUp', 'environment'], // stays at the start
      ['PageUp', 'environment'],
    ];
    for (const [key, expected] of moves) {
      await press(el, key);
      expect(focusedId(el), `${key} moves focus to ${expected}`).to.equal(expected);
      // The tab stop moves with focus: always exactly one item in the tab order.
      expect(items(el).filter((g) => g.getAttribute('tabindex') === '0').map((g) => g.dataset.id)).to.deep.equal([expected]);
    }
    expect(seen, 'moving focus picks nothing').to.deep.equal([]);
    expect(panel(el)).to.equal(null);

    // Enter picks the focused factor.
    await press(el, 'PageDown');
    await press(el, 'PageDown');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('trust-and-safety');
    await press(el, 'Enter');
    expect(seen).to.deep.equal([{ level: 'colleagues-and-leader', factor: 'trust-and-safety' }]);
    expect(item(el, 'trust-and-safety').getAttribute('aria-selected')).to.equal('true');
    expect(items(el).filter((g) => g.getAttribute('aria-selected') === 'true')).to.have.length(1);
    expect(text($(el, '#panel-title'))).to.equal(factor(catalogue, 'trust-and-safety').title.nl);
    expect(el.selected).to.equal('trust-and-safety');
    await waitFor(() => text($(el, '[role="status"]')) === `${factor(catalogue, 'trust-and-safety').title.nl} gekozen.`, 'the pick to be announced');
    await expectAccessible(el, 'a factor picked by keyboard');

    // Space picks another; focus stays in the figure.
    await press(el, 'ArrowDown');
    await press(el, ' ');
    expect(seen.at(-1)).to.deep.equal({ level: 'colleagues-and-leader', factor: 'colleague-support' });
    expect(item(el, 'colleague-support').getAttribute('aria-selected')).to.equal('true');
    expect(item(el, 'trust-and-safety').getAttribute('aria-selected')).to.equal('false');
    expect(text($(el, '#panel-title'))).to.equal(factor(catalogue, 'colleague-support').title.nl);
    expect(focusedId(el)).to.equal('colleague-support');

    // Tab leaves the figure (its one stop) for the panel's controls; Shift+Tab comes back to the pick.
    await press(el, 'Tab');
    expect(text(el.shadowRoot!.activeElement)).to.equal('Toon in de zoeker');
    await press(el, 'Tab');
    expect(text(el.shadowRoot!.activeElement)).to.equal('Keuze wissen');
    await shiftTab(el);
    await shiftTab(el);
    expect(focusedId(el)).to.equal('colleague-support');

    // A level picked with Enter.
    await press(el, 'PageUp');
    await press(el, 'Enter');
    expect(seen.at(-1)).to.deep.equal({ level: 'colleagues-and-leader' });
    expect(item(el, 'colleagues-and-leader').getAttribute('aria-selected')).to.equal('true');
    await expectAccessible(el, 'a level picked by keyboard');

    // Escape clears: the panel goes, an empty lio-select, nothing selected, focus stays put.
    await press(el, 'Escape');
    expect(seen.at(-1)).to.deep.equal({});
    expect(seen).to.have.length(4);
    expect(panel(el)).to.equal(null);
    expect(el.selected).to.equal('');
    expect(items(el).some((g) => g.getAttribute('aria-selected') === 'true')).to.equal(false);
    expect(focusedId(el)).to.equal('colleagues-and-leader');
    await waitFor(() => text($(el, '[role="status"]')) === 'Keuze gewist.', 'the clearing to be announced');
    // A second Escape with nothing picked fires nothing.
    await press(el, 'Escape');
    expect(seen).to.have.length(4);
    await expectAccessible(el, 'the pick cleared');
  });

  it('picks a chip and a band with the pointer: events, the panel from the catalogue, "Keuze wissen"', async () => {
    const catalogue = await rawCatalogue();
    const el = await mountDiagram();
    const seen = selections(el);
    // leader-support has an intervention found not effective: it must never be "best supported".
    expect(catalogue.interventions.some((i) => i.factors.includes('leader-support') && i.evidence === 'not-effective')).to.equal(true);
    await clickAt(item(el, 'leader-support').querySelector('rect.chip')!);
    await waitFor(() => !!panel(el), 'the panel');
    expect(seen).to.deep.equal([{ level: 'colleagues-and-leader', factor: 'leader-support' }]);
    expect(item(el, 'leader-support').getAttribute('aria-selected')).to.equal('true');
    expect(text($(el, '.panel-kind'))).to.equal(`Factor op het niveau ${catalogue.levels.find((l) => l.id === 'colleagues-and-leader')!.title.nl}`);
    expectPanel(el, catalogue, { id: 'leader-support', kind: 'factor' });
    await expectAccessible(el, 'a factor picked by pointer');

    // The band: a point inside the organisation's band, left of and below everything drawn on it.
    const band = item(el, 'organisation').querySelector<SVGRectElement>(':scope > rect.band')!;
    await clickAt(band, [0.004, 0.99]);
    await waitFor(() => el.selected === 'organisation', 'the level to be picked');
    expect(seen.at(-1)).to.deep.equal({ level: 'organisation' });
    expect(text($(el, '.panel-kind'))).to.equal('Niveau');
    expectPanel(el, catalogue, { id: 'organisation', kind: 'level' });
    expect(item(el, 'organisation').getAttribute('aria-selected')).to.equal('true');
    expect(item(el, 'leader-support').getAttribute('aria-selected')).to.equal('false');
    await expectAccessible(el, 'a level picked by pointer');

    // Clicking the pick again keeps it (no event); "Keuze wissen" clears it.
    await clickAt(item(el, 'demands-control-balance').querySelector('rect.chip')!);
    await waitFor(() => el.selected === 'demands-control-balance', 'the second factor');
    expectPanel(el, catalogue, { id: 'demands-control-balance', kind: 'factor' });
    const clear = $$<HTMLButtonElement>(el, '.panel-actions button').find((b) => text(b) === 'Keuze wissen')!;
    await clickAt(clear);
    await waitFor(() => !panel(el), 'the panel to close');
    expect(seen.map((d) => d.factor ?? d.level ?? '')).to.deep.equal(['leader-support', 'organisation', 'demands-control-balance', '']);
    expect(seen.at(-1)).to.deep.equal({});
  });

  it('shows the model as nested lists and back; a pick in the list opens the panel', async () => {
    const catalogue = await rawCatalogue();
    const el = await mountDiagram();
    const seen = selections(el);
    const toggle = $<HTMLButtonElement>(el, '.bar button')!;
    expect(text(toggle)).to.equal('Toon als lijst');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await clickAt(toggle);
    await waitFor(() => !!$(el, '[part="list"]'), 'the list');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, 'svg.model-figure')).to.equal(null);
    // The report's order: the employee first, each level followed by its factors.
    const expected = catalogue.levels.flatMap((l) => [[l.id, l.title.nl], ...l.factors.map((f) => [f.id, f.title.nl])]);
    expect($$(el, '[part="list"] button').map((b) => [b.dataset.listId, text(b)])).to.deep.equal(expected);
    expect($$(el, '[part="list"] > li')).to.have.length(5);
    expect($$(el, '[part="list"] > li > ul > li')).to.have.length(24);
    await expectAccessible(el, 'the list view');

    const motivation = $<HTMLButtonElement>(el, '[data-list-id="motivation"]')!;
    await clickAt(motivation);
    await waitFor(() => !!panel(el), 'the panel from the list');
    expect(seen).to.deep.equal([{ level: 'employee', factor: 'motivation' }]);
    expect(motivation.getAttribute('aria-pressed')).to.equal('true');
    expectPanel(el, catalogue, { id: 'motivation', kind: 'factor' });
    await expectAccessible(el, 'a pick in the list view');

    await clickAt(toggle);
    await waitFor(() => !!$(el, 'svg.model-figure'), 'the figure again');
    expect($(el, '[part="list"]')).to.equal(null);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    // The pick carries over to the figure.
    expect(item(el, 'motivation').getAttribute('aria-selected')).to.equal('true');
    expect(items(el).filter((g) => g.getAttribute('tabindex') === '0').map((g) => g.dataset.id)).to.deep.equal(['motivation']);
    await expectAccessible(el, 'back to the figure');
  });
});

describe('model diagram: an invalid selected id', () => {
  it('shows the error view and fires lio-error with the valid ids; a valid id recovers without a lio-select', async () => {
    const catalogue = await rawCatalogue();
    const errors: CustomEvent[] = [];
    const el = await mountDiagram({ attrs: { selected: 'no-such-factor' }, listen: { 'lio-error': (e) => errors.push(e as CustomEvent) } });
    expect($(el, '[part="error"]')).to.not.equal(null);
    expect($(el, 'svg.model-figure')).to.equal(null);
    await waitFor(() => errors.length > 0, 'lio-error');
    const detail = errors[0]!.detail as { code: string; message: string; problems: Array<{ params?: { values?: string } }> };
    expect(detail.code).to.equal('invalid-attribute');
    const valid = [...catalogue.levels.map((l) => l.id), ...catalogue.levels.flatMap((l) => l.factors.map((f) => f.id))];
    expect(detail.problems[0]!.params!.values!.split(', ')).to.have.members(valid);
    expect(detail.message).to.include('no-such-factor');
    for (const id of valid) expect(text($(el, '[part="error"]')), `the error view names ${id}`).to.include(id);
    await expectAccessible(el, 'the error view');

    const seen = selections(el);
    el.selected = 'job-autonomy';
    await el.updateComplete;
    await waitFor(() => !!$(el, 'svg.model-figure'), 'the figure after the fix');
    await drawn(el);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(item(el, 'job-autonomy').getAttribute('aria-selected')).to.equal('true');
    expect(text($(el, '#panel-title'))).to.equal(factor(catalogue, 'job-autonomy').title.nl);
    expect(seen, 'setting selected from script fires no lio-select').to.deep.equal([]);
    expect(errors).to.have.length(1);
    await expectAccessible(el, 'recovered');
  });
});

describe('model diagram: dark theme and English', () => {
  for (const where of ['element', 'page'] as const) {
    it(`lang="en" on the ${where}, theme="dark": English texts, accessible in the figure, a pick and the list`, async () => {
      const catalogue = await rawCatalogue();
      const root = document.documentElement;
      const pageLang = root.lang;
      if (where === 'page') root.lang = 'en';
      try {
        const el = await mountDiagram({ attrs: { theme: 'dark', ...(where === 'element' && { lang: 'en' }) } });
        const svg = $<SVGSVGElement>(el, 'svg.model-figure')!;
        expect(text(svg.querySelector('title'))).to.equal('The model of the learning and innovative organisation');
        expect(text(svg.querySelector('desc'))).to.include(`5 levels around the employee, from the outside in: ${[...catalogue.levels].reverse().map((l) => l.title.en).join(', ')}.`);
        expect($$(el, 'text.level-title').map(text)).to.deep.equal([...catalogue.levels].reverse().map((l) => l.title.en));
        expect($$(el, 'g.factor text').map(text)).to.deep.equal([...catalogue.levels].reverse().flatMap((l) => l.factors.map((f) => f.title.en)));
        expect(text($(el, '.bar button'))).to.equal('Show as a list');
        // The dark palette is in use: the band's fill is dark.
        const fill = getComputedStyle($(el, 'rect.band')!).fill;
        const [r, g, b] = (fill.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        expect((r! + g! + b!) / 3, `band fill ${fill}`).to.be.below(100);
        await expectAccessible(el, 'dark English figure');

        await clickAt(item(el, 'feedback').querySelector('rect.chip')!);
        await waitFor(() => !!panel(el), 'the panel');
        expect(text($(el, '#panel-title'))).to.equal(factor(catalogue, 'feedback').title.en);
        expect(text(panel(el))).to.include(factor(catalogue, 'feedback').description.en);
        expect($$(el, '.panel-actions button').map(text)).to.deep.equal(['Show in the finder', 'Clear the pick']);
        await expectAccessible(el, 'dark English panel');

        await clickAt($(el, '.bar button')!);
        await waitFor(() => !!$(el, '[part="list"]'), 'the list');
        expect(text($(el, '[data-list-id="employee"]'))).to.equal(catalogue.levels[0]!.title.en);
        await expectAccessible(el, 'dark English list');
      } finally {
        root.lang = pageLang;
      }
    });
  }
});
