/**
 * The widgets on a hostile host page (test/pages/hostile.html: a 62.5 % root font size, universal
 * selectors, `button { all: unset }`, global dialog/mark/section/input rules, Bootstrap-like
 * reboot) look the same as on a plain page (test/pages/plain-host.html): the same elements are
 * measured on both (font, sizes, colours, the detail dialog) and compared. A theme class on the
 * page themes the widgets and changes nothing of the page itself.
 */
import { expect } from '@open-wc/testing';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { loadFrame, waitFor } from './helpers/frame.js';

type Page = 'plain-host' | 'hostile';
type Measures = Record<string, string | number>;

/** Computed text and colour properties compared between the pages (they must be equal). */
const TEXT_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'white-space',
  'box-sizing',
  'color',
  'background-color',
  'color-scheme',
] as const;

/** Elements of the finder's main view; `size` also compares their box (content-sized ones only). */
const MAIN_VIEW: Record<string, { selector: string; size?: 'height' | 'box' }> = {
  title: { selector: '.title' },
  intro: { selector: '.intro' },
  search: { selector: 'input[type="search"]', size: 'height' },
  hint: { selector: '.hint' },
  count: { selector: '.result-count', size: 'height' },
  sort: { selector: '.sort select', size: 'box' },
  legend: { selector: 'legend' },
  option: { selector: 'label.option' },
  checkbox: { selector: '.option input', size: 'box' },
  cardTitle: { selector: '.card-title button' },
  summary: { selector: '.summary' },
  mark: { selector: 'mark', size: 'height' },
  badge: { selector: '.badge', size: 'box' },
  save: { selector: '.card-actions button', size: 'box' },
};

/** Elements of the detail dialog; the dialog itself is compared by position and size. */
const DETAIL_VIEW: Record<string, { selector: string; size?: 'height' | 'box' }> = {
  dialog: { selector: 'dialog', size: 'box' },
  detailTitle: { selector: '.detail-title' },
  close: { selector: '.detail-header button', size: 'box' },
  sectionTitle: { selector: '.detail-section-title' },
  term: { selector: '.detail dt' },
  link: { selector: '.detail a[href]' },
  detailAction: { selector: '.detail-actions button', size: 'box' },
};

const frames = new Map<Page, HTMLIFrameElement>();

const finderOf = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('lio-intervention-finder') as LioInterventionFinder;
const rootOf = (frame: HTMLIFrameElement) => finderOf(frame).shadowRoot!;

/** Wait for two animation frames of the page in `frame`, so a change of size or class is laid out. */
async function settle(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow!;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await finderOf(frame).updateComplete;
}

async function resize(width: number, height = 700): Promise<void> {
  for (const frame of frames.values()) {
    frame.style.inlineSize = `${width}px`;
    frame.style.blockSize = `${height}px`;
  }
  for (const frame of frames.values()) await settle(frame);
}

/** The computed style and, where asked, the size of each listed element of the finder. */
function measure(frame: HTMLIFrameElement, elements: Record<string, { selector: string; size?: 'height' | 'box' }>): Measures {
  const win = frame.contentWindow!;
  const root = rootOf(frame);
  const out: Measures = {};
  for (const [name, { selector, size }] of Object.entries(elements)) {
    const element = root.querySelector(selector);
    if (!element) throw new Error(`${name}: ${selector} is missing`);
    const style = win.getComputedStyle(element);
    for (const property of TEXT_PROPERTIES) out[`${name} ${property}`] = style.getPropertyValue(property);
    const rect = element.getBoundingClientRect();
    if (size) out[`${name} height`] = rect.height;
    if (size === 'box') Object.assign(out, { [`${name} width`]: rect.width, [`${name} x`]: rect.x, [`${name} y`]: rect.y });
  }
  // Positions only mean something for the dialog (in the viewport); elsewhere the pages' margins differ.
  for (const key of Object.keys(out)) if (/ [xy]$/.test(key) && !key.startsWith('dialog ')) delete out[key];
  return out;
}

/** Assert that two sets of measures are equal: texts exactly, sizes within 1 px. */
function expectSame(actual: Measures, expected: Measures, what: string, labels = ['hostile', 'plain']): void {
  const differences = Object.keys(expected).filter((key) => {
    const [a, b] = [actual[key], expected[key]];
    return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) > 1 : a !== b;
  });
  const lines = differences.map((key) => `  ${key}: ${labels[0]} ${String(actual[key])} / ${labels[1]} ${String(expected[key])}`);
  expect(differences, `${what} differs:\n${lines.join('\n')}`).to.deep.equal([]);
}

/** The number of lines the text of `element` takes (one rect per line fragment). */
function lineCount(element: Element): number {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
}

/** Every visible button of the finder that is drawn as a button (not as a link). */
const targets = (frame: HTMLIFrameElement) =>
  [...rootOf(frame).querySelectorAll('button:not(.link-button)')].filter((button) => button.getBoundingClientRect().width > 0);

/** An intervention whose detail has study facts, external links and related items. */
const DETAIL_ID = 'bakery-sweets-center-leadership-training';

async function openDetail(frame: HTMLIFrameElement, id = DETAIL_ID): Promise<void> {
  finderOf(frame).openIntervention(id);
  await waitFor(() => !!rootOf(frame).querySelector('dialog[open]'), 'the detail dialog to open');
  await settle(frame);
}

async function closeDetail(frame: HTMLIFrameElement): Promise<void> {
  finderOf(frame).closeIntervention();
  await waitFor(() => !rootOf(frame).querySelector('dialog[open]'), 'the detail dialog to close');
}

/** The page's own text, link and control, which a theme class must leave alone. */
function hostLook(frame: HTMLIFrameElement): Measures {
  const doc = frame.contentDocument!;
  const style = (selector: string) => frame.contentWindow!.getComputedStyle(doc.querySelector(selector)!);
  return {
    'body color-scheme': style('body').colorScheme,
    'body color': style('body').color,
    'body background': style('body').backgroundColor,
    'text color': style('#host-text').color,
    'link color': style('#host-link').color,
    'input color-scheme': style('#host-input').colorScheme,
    'input color': style('#host-input').color,
    'input background': style('#host-input').backgroundColor,
    'slotted color': style('#host-slotted').color,
    'slotted color-scheme': style('#host-slotted').colorScheme,
  };
}

describe('a hostile host page', function () {
  this.timeout(60_000);

  before(async () => {
    for (const page of ['plain-host', 'hostile'] as const) {
      const frame = await loadFrame(`/test/pages/${page}.html?lio-q=werkdruk`, (win) => !!win.document.querySelector('lio-intervention-finder')?.shadowRoot?.querySelector('mark'), 30_000);
      frame.style.border = '0';
      frames.set(page, frame);
    }
  });

  after(() => {
    for (const frame of frames.values()) frame.remove();
    frames.clear();
  });

  for (const width of [1280, 375, 320]) {
    it(`does not change the finder at ${width} px: fonts, sizes and colours are those of a plain page`, async () => {
      await resize(width);
      const plain = frames.get('plain-host')!;
      const hostile = frames.get('hostile')!;
      expectSame(measure(hostile, MAIN_VIEW), measure(plain, MAIN_VIEW), 'the main view on the hostile page');
      expect(hostile.contentWindow!.getComputedStyle(finderOf(hostile)).fontSize).to.equal('16px');
      for (const button of targets(hostile)) {
        const { width: w, height: h } = button.getBoundingClientRect();
        expect(Math.min(w, h), `${button.textContent!.trim()}: ${w} × ${h} px`).to.be.at.least(44);
      }
      expect(finderOf(hostile).scrollWidth).to.be.at.most(finderOf(hostile).clientWidth);
      for (const frame of [plain, hostile]) {
        const page = frame.contentDocument!.documentElement;
        expect(page.scrollWidth, 'the page does not scroll sideways').to.be.at.most(page.clientWidth);
      }
    });

    it(`does not change the detail dialog at ${width} px, and its close button stays on one line`, async () => {
      await resize(width);
      const plain = frames.get('plain-host')!;
      const hostile = frames.get('hostile')!;
      await openDetail(plain);
      await openDetail(hostile);
      try {
        for (const frame of [plain, hostile]) {
          const close = rootOf(frame).querySelector('.detail-header button')!;
          expect(lineCount(close), `close button lines at ${width} px`).to.equal(1);
          expect(close.getBoundingClientRect().height).to.be.within(44, 46);
          const dialog = rootOf(frame).querySelector('dialog')!.getBoundingClientRect();
          expect(dialog.right, 'the dialog fits the viewport').to.be.at.most(width);
          expect(dialog.left).to.be.at.least(0);
        }
        expectSame(measure(hostile, DETAIL_VIEW), measure(plain, DETAIL_VIEW), 'the detail dialog on the hostile page');
        for (const button of targets(hostile).filter((b) => b.closest('dialog'))) {
          expect(button.getBoundingClientRect().height, button.textContent!.trim()).to.be.at.least(44);
        }
      } finally {
        await closeDetail(plain);
        await closeDetail(hostile);
      }
    });
  }

  it('leaves the text of the page inside <lio-catalogue> to the page', async () => {
    await resize(1280);
    const plain = frames.get('plain-host')!;
    const style = (selector: string) => plain.contentWindow!.getComputedStyle(plain.contentDocument!.querySelector(selector)!);
    for (const property of ['font-family', 'font-size', 'line-height', 'color'] as const) {
      expect(style('#host-slotted').getPropertyValue(property), property).to.equal(style('#host-text').getPropertyValue(property));
    }
  });

  for (const [how, apply] of [
    ['the class lio-theme-dark on <body>', (doc: Document) => doc.body.classList.add('lio-theme-dark')],
    ["data-lio-theme='dark' on a container", (doc: Document) => doc.querySelector('#widgets')!.setAttribute('data-lio-theme', 'dark')],
  ] as const) {
    it(`themes the widgets with ${how} (themes/dark.css), and nothing of the page itself`, async () => {
      await resize(1280);
      const measured = new Map<Page, Measures>();
      for (const [page, frame] of frames) {
        const doc = frame.contentDocument!;
        const before = hostLook(frame);
        apply(doc);
        try {
          await settle(frame);
          expectSame(hostLook(frame), before, `${page}: the page's own look`, ['themed', 'before']);
          const root = rootOf(frame);
          const style = (selector: string) => frame.contentWindow!.getComputedStyle(root.querySelector(selector)!);
          expect(style('.finder').backgroundColor).to.equal('rgb(22, 24, 27)');
          expect(style('input[type="search"]').colorScheme, 'native controls in the widget are dark').to.equal('dark');
          measured.set(page, measure(frame, MAIN_VIEW));
        } finally {
          doc.body.classList.remove('lio-theme-dark');
          doc.querySelector('[data-lio-theme]')?.removeAttribute('data-lio-theme');
          await settle(frame);
        }
      }
      expectSame(measured.get('hostile')!, measured.get('plain-host')!, 'the dark main view on the hostile page');
    });
  }

  it('theme="dark" on a widget gives its native controls a dark colour scheme too', async () => {
    const frame = frames.get('hostile')!;
    const finder = finderOf(frame);
    finder.setAttribute('theme', 'dark');
    try {
      await settle(frame);
      const input = rootOf(frame).querySelector('input[type="search"]')!;
      expect(frame.contentWindow!.getComputedStyle(input).colorScheme).to.equal('dark');
      expect(frame.contentWindow!.getComputedStyle(frame.contentDocument!.body).colorScheme).to.equal('normal');
    } finally {
      finder.removeAttribute('theme');
      await settle(frame);
    }
  });

  it('follows the page only where a site asks for it through a token (--lio-font-size, --lio-font-family)', async () => {
    await resize(1280);
    const frame = frames.get('hostile')!;
    const host = frame.contentDocument!.querySelector('lio-catalogue') as HTMLElement;
    const summary = () => frame.contentWindow!.getComputedStyle(rootOf(frame).querySelector('.summary')!);
    const token = (value: string) => {
      host.style.setProperty('--lio-font-size', value);
      host.style.setProperty('--lio-font-family', 'Georgia, serif');
      return settle(frame);
    };
    try {
      await token('1rem'); // the page's root size, on request: 10 px here
      expect(summary().fontSize).to.equal('10px');
      expect(summary().fontFamily).to.match(/^Georgia/);
      await token('20px');
      expect(summary().fontSize).to.equal('20px');
      for (const button of targets(frame)) expect(button.getBoundingClientRect().height, button.textContent!.trim()).to.be.at.least(44);
    } finally {
      host.style.removeProperty('--lio-font-size');
      host.style.removeProperty('--lio-font-family');
      await settle(frame);
    }
  });
});
