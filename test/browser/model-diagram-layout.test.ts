/**
 * What `<lio-model-diagram>` actually drew, checked box by box: the figure is read back from the
 * DOM (rects' attributes, the rendered width of every line) and judged by the layout core's own
 * checker, `layoutProblems`, plus the ink of every text (getBBox): no label overlaps another,
 * every chip sits in its level's header, no text is wider than its chip, nothing reaches past the
 * SVG. The built-in model in Dutch and English and two custom catalogues, at 1200, 700 and 320 px.
 */
import { expect } from '@open-wc/testing';
import { layoutProblems } from '../../src/core/diagram/layout.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';
import { $, $$, customCatalogue, drawnLayout, drawnProblems, item, mountDiagram, text, type RawCatalogue } from './helpers/model-diagram.js';

const WIDTHS = [1200, 700, 320];

const LONG_DUTCH = [
  'Ruimte voor experimenteren met nieuwe werkwijzen binnen de eigen afdeling',
  'Structurele ondersteuning van informeel leren op de werkplek',
  'Samenwerking met kennisinstellingen, leveranciers en klanten',
  'Afspraken over arbeidsongeschiktheidsverzekering en re-integratie',
  'Loopbaanperspectief en duurzame inzetbaarheid van oudere medewerkers',
  'Leiderschapsontwikkeling',
  'Kennisdeling tussen teams en afdelingen',
  'Werkdrukvermindering',
];

/** The cases: a name, the `lang` attribute and, for custom models, the catalogue. */
const CASES: Array<{ name: string; lang: 'nl' | 'en'; catalogue?: () => Promise<RawCatalogue> }> = [
  { name: 'built-in, Dutch', lang: 'nl' },
  { name: 'built-in, English', lang: 'en' },
  // 3 factors on the employee's level, 8 on the task's, long Dutch labels everywhere.
  { name: 'custom: 3 and 8 factors on a level, long Dutch labels', lang: 'nl', catalogue: () => customCatalogue([3, 8, 4, 2, 3], (l, f) => LONG_DUTCH[(l + f) % LONG_DUTCH.length]!) },
  // 8 factors on every level, short and long labels mixed.
  { name: 'custom: 8 factors on every level', lang: 'nl', catalogue: () => customCatalogue([8, 8, 8, 8, 8], (l, f) => LONG_DUTCH[(l * 3 + f) % LONG_DUTCH.length]!) },
];

describe('model diagram: the drawn boxes', () => {
  for (const { name, lang, catalogue } of CASES) {
    for (const width of WIDTHS) {
      it(`${name} at ${width} px: nothing overlaps, chips in their headers, no text wider than its box, nothing past the SVG`, async () => {
        const source = catalogue ? await catalogue() : undefined;
        const el = await mountDiagram({ width, attrs: { lang }, ...(source && { props: { catalogue: source as never } }) });
        const svg = $<SVGSVGElement>(el, 'svg.model-figure');
        if (width === 1200) expect(svg?.classList.contains('nested'), 'nested bands at 1200 px').to.equal(true);
        if (!svg) {
          // Not even stacked bands fit: the list instead, which is checked for overflow below.
          expect($(el, '[part="list"]'), 'the list when no figure fits').to.not.equal(null);
        } else {
          const drawn = drawnLayout(el);
          expect(drawn.layout.width, 'the SVG is as wide as the space it has').to.equal(Math.floor($(el, '.figure')!.clientWidth));
          expect(drawn.layout.levels.flatMap((l) => l.factors)).to.have.length(source ? source.levels.flatMap((l) => l.factors).length : 24);
          expect(drawnProblems(el)).to.deep.equal([]);
          expect(svg.getBoundingClientRect().width).to.be.at.most(width + 0.5);
          // Wrapped or not, each label reads as itself: lines joined by a space where the label had one, a cut word whole.
          for (const g of $$(el, '[data-id]')) expect(text(g.querySelector('text')), g.dataset.id).to.equal(g.getAttribute('aria-label')!.replace(/, \d+ (factoren|factors)$/, ''));
        }
        expect(el.scrollWidth, 'no horizontal scroll in the widget').to.be.at.most(width);
        expect($(el, '.figure')!.scrollWidth).to.be.at.most($(el, '.figure')!.clientWidth);
        await expectAccessible(el, `${name} at ${width} px`);
      });
    }
  }

  it('the checker fails on a deliberately moved chip, and on a chip narrower than its text', async () => {
    const el = await mountDiagram();
    expect(drawnProblems(el)).to.deep.equal([]);
    const chip = item(el, 'mobility').querySelector<SVGRectElement>('rect.chip')!;
    const original = { x: chip.getAttribute('x')!, y: chip.getAttribute('y')!, width: chip.getAttribute('width')! };
    // Onto its neighbour: two chips overlap.
    const neighbour = item(el, 'external-orientation').querySelector('rect.chip')!;
    chip.setAttribute('x', neighbour.getAttribute('x')!);
    expect(layoutProblems(drawnLayout(el).layout)).to.include('chip external-orientation overlaps chip mobility');
    // Down into the band inside: it leaves its own level's header.
    chip.setAttribute('x', original.x);
    chip.setAttribute('y', String(Number(original.y) + 80));
    expect(layoutProblems(drawnLayout(el).layout).some((p) => p.startsWith('chip mobility leaves the header of level environment'))).to.equal(true);
    // Past the right edge of the SVG.
    chip.setAttribute('y', original.y);
    chip.setAttribute('x', String(drawnLayout(el).layout.width - 10));
    expect(drawnProblems(el).some((p) => p.includes('reaches'))).to.equal(true);
    // Narrower than its text.
    chip.setAttribute('x', original.x);
    chip.setAttribute('width', String(Number(original.width) / 2));
    const narrow = drawnProblems(el);
    expect(narrow.some((p) => p.startsWith('chip mobility: "'))).to.equal(true, narrow.join('\n'));
    expect(narrow.some((p) => p.startsWith('chip mobility: text'))).to.equal(true, narrow.join('\n'));
    chip.setAttribute('width', original.width);
    expect(drawnProblems(el)).to.deep.equal([]);
  });
});

describe('model diagram: 320 px', () => {
  it('cuts nothing off: the stacked bands or the list, no horizontal scroll, the list view too', async () => {
    const el = await mountDiagram({ width: 320 });
    const svg = $<SVGSVGElement>(el, 'svg.model-figure');
    if (svg) {
      expect(svg.classList.contains('stacked'), 'stacked bands when nested ones do not fit').to.equal(true);
      expect(svg.getBoundingClientRect().width).to.be.at.most(320.5);
      expect(drawnProblems(el)).to.deep.equal([]);
    } else {
      expect($(el, '[part="list"]')).to.not.equal(null);
    }
    expect(el.scrollWidth).to.be.at.most(320);
    await expectAccessible(el, 'the figure at 320 px');
    // The list view: every button fits the width.
    const toggle = $<HTMLButtonElement>(el, '.bar button')!;
    if (toggle.getAttribute('aria-pressed') === 'false') toggle.click();
    await el.updateComplete;
    const buttons = $$(el, '[part="list"] button');
    expect(buttons).to.have.length(29);
    for (const button of buttons) expect(button.getBoundingClientRect().right, button.textContent!).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    expect(el.scrollWidth).to.be.at.most(320);
    await expectAccessible(el, 'the list at 320 px');
  });

  it('narrower than any figure (a sidebar, large text): the list by itself, a word longer than a button broken rather than running past the edge', async () => {
    const el = await mountDiagram({ width: 200 });
    await waitFor(() => !!$(el, '[part="list"]'), 'the list');
    await el.updateComplete;
    expect($(el, 'svg.model-figure')).to.equal(null);
    expect($(el, '.bar'), 'no toggle: the list is all that fits').to.equal(null);
    // Nothing in the widget reaches past its right edge (named by tag, class and text when it does).
    const edge = el.getBoundingClientRect().right + 0.5;
    const pastTheEdge = [...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge).map((e) => `${e.localName}.${e.getAttribute('class') ?? ''} "${e.textContent!.trim().slice(0, 30)}"`);
    expect(pastTheEdge).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(200);
    await expectAccessible(el, 'the list at 200 px');
  });
});
