/**
 * The finder's shortlist as a visitor meets it: "Mijn selectie (n)" beside the search, the panel it
 * opens, the announcement on saving, the CSV download, and what prints. (The PDFs themselves are
 * checked in test/print, in Chromium; here each engine renders the print styles.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { expectAccessible } from './helpers/axe.js';
import { captureDownload } from './helpers/download.js';
import { nextEvent, waitFor } from './helpers/frame.js';

let counter = 0;
const ws = () => `shortlist-test-${Date.now().toString(36)}-${counter++}`;

const $ = <T extends Element = HTMLElement>(el: LioInterventionFinder, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: LioInterventionFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: LioInterventionFinder) => el.shadowRoot!.activeElement;
const toggle = (el: LioInterventionFinder) => $<HTMLButtonElement>(el, '.shortlist-toggle')!;
const panel = (el: LioInterventionFinder) => $(el, '#shortlist')!;
const status = (el: LioInterventionFinder) => text($(el, '[role="status"][aria-live="polite"]'));

async function finder(lang = 'nl', width?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div><lio-intervention-finder lang=${lang} workspace=${ws()} persist="none" page-size="5"></lio-intervention-finder></div>`);
  if (width) wrapper.style.inlineSize = width;
  const el = wrapper.querySelector('lio-intervention-finder')!;
  await waitFor(() => !!$(el, '[part="base"]'), 'the finder to render');
  await el.updateComplete;
  return el;
}

/** WebDriver's Shift and Tab keys: WebKit's driver takes a chord as one string of key codes, not down/up. */
const WEBDRIVER_SHIFT_TAB = '\uE008\uE004';

/** Press Tab (or Shift+Tab) until `target` has focus: the keyboard user's way there, however many stops it takes. */
async function tabTo(el: LioInterventionFinder, target: () => Element | null, back = false, most = 200) {
  // Chromium and Firefox (puppeteer) hold Shift down; WebKit's WebDriver takes the chord.
  const chord = back && !/Chrome\/|Firefox\//.test(navigator.userAgent);
  if (back && !chord) await sendKeys({ down: 'Shift' });
  try {
    for (let i = 0; i < most && active(el) !== target(); i++) await sendKeys({ press: chord ? WEBDRIVER_SHIFT_TAB : 'Tab' });
  } finally {
    if (back && !chord) await sendKeys({ up: 'Shift' });
  }
  expect(active(el) === target()).to.equal(true, `focus reached ${text(target())}`);
}

/**
 * The text the page shows now, in document order: the text nodes of the finder's shadow root
 * that are rendered (have a box), with no whitespace at all (so how an engine splits text into
 * nodes does not matter). Under print styles this is what prints.
 */
function renderedText(el: LioInterventionFinder): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    if (node.textContent!.trim() && range.getClientRects().length) parts.push(node.textContent!);
  }
  return squash(parts.join(''));
}

const squash = (value: string) => value.replace(/\s+/g, '');

/**
 * Render the print styles: the engine's print emulation where the test runner offers it
 * (Chromium), otherwise the finder's own `@media print` rules applied on screen. Returns how to
 * undo it.
 */
async function printStyles(el: LioInterventionFinder): Promise<() => Promise<void>> {
  // Only Chromium's runner (CDP) emulates print media; Firefox's (BiDi) and WebKit's (WebDriver) do not.
  if (navigator.userAgent.includes('Chrome/')) {
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    return () => emulateMedia({ media: 'screen' });
  }
  const root = el.shadowRoot!;
  const printRules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  expect(printRules.length).to.be.greaterThan(0);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(printRules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return async () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

describe('<lio-intervention-finder> shortlist', () => {
  it('keyboard only: save, hear where it went, reach "Mijn selectie", open, export CSV, close, focus returns', async () => {
    const el = await finder();
    expect(text(toggle(el))).to.equal('Mijn selectie (0)');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(panel(el)).display).to.equal('none');

    // An id another widget's catalogue knows, not this one: not counted, not listed.
    getWorkspace(el.workspace).update({ shortlist: ['from-another-catalogue'] });
    await el.updateComplete;
    expect(text(toggle(el))).to.equal('Mijn selectie (0)');

    // Save with the keyboard, starting from the search field.
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    const save = $<HTMLButtonElement>(el, '[data-id="intrapreneurship"] .card-actions button')!;
    await tabTo(el, () => save);
    const changed = nextEvent<CustomEvent>(el, 'lio-shortlist-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.added).to.equal('intrapreneurship');
    await el.updateComplete;
    // The count beside the search says where it went; so does a polite announcement.
    expect(text(toggle(el))).to.equal('Mijn selectie (1)');
    await waitFor(() => status(el) !== '', 'the announcement');
    expect(status(el)).to.equal('Intrapreneurship staat in Mijn selectie, bovenaan bij het zoekveld: 1 interventie.');
    el.addToShortlist('job-crafting');
    await el.updateComplete;
    expect(text(toggle(el))).to.equal('Mijn selectie (2)');

    // Back up to "Mijn selectie" and open it: the panel follows the button, in reading order.
    await tabTo(el, () => toggle(el), true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel(el)).display).to.not.equal('none');
    expect(toggle(el).compareDocumentPosition(panel(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($$(el, '#shortlist li .link-button').map(text)).to.deep.equal(['Intrapreneurship', 'Job crafting']);
    expect($$(el, '#shortlist .pick-meta').map(text)).to.deep.equal(['Bewijs: Good practice · Rapport §3.1.1', 'Bewijs: Bewezen effectief · Rapport §3.1.2']);
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal($(el, '#shortlist li .link-button'));

    // Export: the downloaded CSV is for Dutch Excel (";", a summary column, a byte-order mark).
    const csvButton = $$<HTMLButtonElement>(el, '#shortlist .export button').find((b) => text(b) === 'Downloaden als CSV')!;
    await tabTo(el, () => csvButton);
    const file = await captureDownload(() => sendKeys({ press: 'Enter' }));
    expect(file.name).to.equal('mijn-selectie.csv');
    expect(file.text.startsWith('\uFEFF"id";"titel";"samenvatting";"niveau";')).to.equal(true);
    const rows = file.text.slice(1).trimEnd().split('\r\n');
    expect(rows).to.have.length(3); // header, two known items
    expect(rows[1]).to.match(/^"intrapreneurship";"Intrapreneurship";"Geef medewerkers de ruimte om zelf innovatieve ideeën aan te dragen[^"]*";"Taak";/);

    // Close from inside the panel: focus returns to "Mijn selectie".
    const close = $$<HTMLButtonElement>(el, '#shortlist .export button').find((b) => text(b) === 'Sluiten')!;
    await tabTo(el, () => close);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => active(el) === toggle(el), 'focus back on "Mijn selectie"');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(panel(el)).display).to.equal('none');

    // Escape closes it too, and removing an item keeps focus in the panel.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' }); // "Uit selectie: Intrapreneurship"
    expect(active(el)?.getAttribute('aria-label')).to.equal('Uit selectie: Intrapreneurship');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => active(el) === $(el, '#shortlist-title'), 'focus on the panel title after removing');
    expect(text(toggle(el))).to.equal('Mijn selectie (1)');
    await waitFor(() => status(el).startsWith('Intrapreneurship is uit'), 'the removal announcement');
    expect(status(el)).to.equal('Intrapreneurship is uit Mijn selectie gehaald: nog 1 interventie.');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => active(el) === toggle(el), 'focus back after Escape');
    expect(getComputedStyle(panel(el)).display).to.equal('none');
  });

  for (const width of ['375px', undefined]) {
    it(`passes axe with the selection open and closed, empty and not (${width ?? 'desktop'})`, async () => {
      const el = await finder('nl', width);
      if (width) expect(el.scrollWidth).to.be.at.most(375);
      await expectAccessible(el); // closed, empty
      toggle(el).click();
      await el.updateComplete;
      expect(text(panel(el))).to.contain('Nog niets bewaard');
      await expectAccessible(el); // open, empty
      for (const id of ['job-crafting', 'intrapreneurship', 'task-rotation']) el.addToShortlist(id);
      await el.updateComplete;
      if (width) expect(el.scrollWidth).to.be.at.most(375);
      // The toggle is a full-size target at any width.
      expect(toggle(el).getBoundingClientRect().height).to.be.at.least(44);
      await expectAccessible(el); // open, three saved
      toggle(el).click();
      await el.updateComplete;
      await expectAccessible(el); // closed, three saved
    });
  }

  it('speaks English: "My selection (n)", a plural announcement, and a comma-separated CSV with a summary column', async () => {
    const el = await finder('en');
    expect(text(toggle(el))).to.equal('My selection (0)');
    el.addToShortlist('job-crafting');
    el.addToShortlist('task-rotation');
    $<HTMLButtonElement>(el, '[data-id="intrapreneurship"] .card-actions button')!.click();
    await waitFor(() => status(el) !== '', 'the announcement');
    expect(status(el)).to.equal('Intrapreneurship is in My selection, at the top beside the search: 3 interventions.');
    expect(text(toggle(el))).to.equal('My selection (3)');
    toggle(el).click();
    await el.updateComplete;
    const file = await captureDownload(() => $$<HTMLButtonElement>(el, '#shortlist .export button')[0]!.click());
    expect(file.name).to.equal('my-selection.csv');
    expect(file.text.startsWith('\uFEFF"id","title","summary","level",')).to.equal(true);
    await expectAccessible(el);
  });

  it('prints the shortlist titles with evidence kind and section, and an open detail from its title (print styles in this engine)', async () => {
    const el = await finder();
    for (const id of ['job-crafting', 'intrapreneurship']) el.addToShortlist(id);
    toggle(el).click();
    await el.updateComplete;
    let undo = await printStyles(el);
    try {
      const printed = renderedText(el);
      expect(printed).to.contain(squash('Mijn selectie (2 bewaard) Job crafting Bewijs: Bewezen effectief · Rapport §3.1.2 Intrapreneurship Bewijs: Good practice · Rapport §3.1.1'));
      expect(printed).to.not.contain(squash('Uit selectie'));
      expect(printed).to.not.contain(squash('Downloaden als CSV'));
    } finally {
      await undo();
    }

    // The detail opened from the shortlist: what prints starts with its title, and the finder under it does not print.
    $<HTMLButtonElement>(el, '#shortlist .link-button')!.click();
    await waitFor(() => !!$(el, 'dialog[open]'), 'the detail');
    undo = await printStyles(el);
    try {
      const printed = renderedText(el);
      expect(printed.startsWith(squash('Job crafting Bewijs: Bewezen effectief'))).to.equal(true, printed.slice(0, 120));
      expect(printed).to.contain(squash('Gerelateerde interventies Taakverrijking'));
      expect(printed).to.contain(squash('Over het bewijs'));
      expect(printed).to.not.contain(squash('Interventies zoeken'));
      expect(printed).to.not.contain(squash('Sluiten'));
      expect(printed.split(squash('Job crafting Bewijs')).length).to.equal(2);
    } finally {
      await undo();
    }
    // On screen, the print copy is not shown (nor read out): only the dialog is.
    expect(renderedText(el).startsWith(squash('Interventies zoeken'))).to.equal(true);
    await expectAccessible(el);
  });
});
