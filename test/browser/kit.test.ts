/**
 * The widget kit in src/elements, exercised through the test widget (built only from the kit)
 * and the finder: the loading/error gate, the catalogue property, headings, the modal dialog,
 * the announcer, download and print, the shared styles and parts, and the change-event rule.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/catalogue/lio-catalogue.js';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { CatalogueSource } from '../../src/core/schema.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { headingLevel } from '../../src/elements/heading.js';
import { COLOR_TOKENS } from '../../src/elements/styles/palette.js';
import { LazyPartController } from '../../src/elements/lazy-part.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import type { LioErrorDetail } from '../../src/elements/events.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';
import './helpers/test-widget.js';
import type { LioTestWidget } from './helpers/test-widget.js';

let counter = 0;
const ws = () => `kit-test-${Date.now().toString(36)}-${counter++}`;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function widget(template = html`<lio-test-widget workspace=${ws()} persist="none"></lio-test-widget>`): Promise<LioTestWidget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('lio-test-widget')!;
  await waitFor(() => el.catalogueState.status !== 'loading', 'the catalogue');
  await el.updateComplete;
  return el;
}

/** Holds back fetches of `url` until the test answers them. */
function holdFetch(url: string) {
  const original = window.fetch;
  let answer!: (response: Response) => void;
  const answered = new Promise<Response>((resolve) => (answer = resolve));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (String(input).endsWith(url) ? answered : original(input, init));
  return { answer, restore: () => (window.fetch = original) };
}

const defaultJson = async () => (await fetch('/catalogue/default.json')).json();

describe('the loading/error gate', () => {
  it('shows a skeleton while the catalogue loads, then the content', async () => {
    const held = holdFetch('/held-catalogue.json');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><lio-catalogue src="/held-catalogue.json"><lio-test-widget persist="none"></lio-test-widget></lio-catalogue></div>`);
      const el = wrapper.querySelector('lio-test-widget')!;
      await waitFor(() => !!$(el, '[part="skeleton"]'), 'the skeleton');
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(text(skeleton)).to.equal('Bezig met laden…');
      held.answer(new Response(JSON.stringify({ schemaVersion: 1, extends: 'default', remove: ['task-rotation'] })));
      await waitFor(() => !!$(el, '.count'), 'the content');
      expect($(el, '[part="skeleton"]')).to.equal(null);
      expect($(el, '[data-id="task-rotation"]')).to.equal(null);
    } finally {
      held.restore();
    }
  });

  it('shows the error quietly when the surrounding <lio-catalogue> already announces it', async () => {
    const held = holdFetch('/failing-catalogue.json');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><lio-catalogue src="/failing-catalogue.json"><lio-test-widget persist="none"></lio-test-widget></lio-catalogue></div>`);
      const el = wrapper.querySelector('lio-test-widget')!;
      held.answer(new Response('nope', { status: 503 }));
      await waitFor(() => !!$(el, '[part="error"]'), 'the error view');
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('note');
      expect($(el, '[part="error-problems"]')).to.equal(null);
      // The provider itself shows the alert with the retry button.
      const provider = wrapper.querySelector('lio-catalogue')!;
      expect($(provider, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect($(provider, '[part="retry"]')).not.to.equal(null);
    } finally {
      held.restore();
    }
  });
});

describe('the catalogue property of a widget', () => {
  it('is a checked catalogue, never the controller: setting it does not throw and the widget renders it', async () => {
    const el = await widget();
    const all = Number(text($(el, '.count')));
    expect(() => (el.catalogue = { schemaVersion: 1, extends: 'default', remove: ['task-rotation'] })).not.to.throw();
    await waitFor(() => Number(text($(el, '.count'))) === all - 1, 'the given catalogue');
    expect(el.catalogueState.status).to.equal('ready');

    const errors: CustomEvent[] = [];
    el.addEventListener('lio-error', (e) => errors.push(e));
    // Not a catalogue (the type says so); plain JavaScript hosts can still pass one.
    expect(() => (el.catalogue = { invalid: true } as unknown as CatalogueSource)).not.to.throw();
    await waitFor(() => !!$(el, '[part="error-problems"]'), 'the problems of the invalid catalogue');
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.code).to.equal('catalogue-invalid');
    expect(errors[0]!.detail.problems.length).to.be.greaterThan(0);

    el.catalogue = undefined;
    await waitFor(() => Number(text($(el, '.count'))) === all, 'back to the default');

    // Moved while its catalogue loads (a framework re-parenting it): it still ends up with it.
    const parent = el.parentElement!;
    el.catalogue = { schemaVersion: 1, extends: 'default', remove: ['task-rotation', 'job-crafting'] };
    await el.updateComplete;
    el.remove();
    parent.append(el);
    await waitFor(() => Number(text($(el, '.count'))) === all - 2, 'the catalogue after moving');
    expect(el.catalogueState.status).to.equal('ready');
  });

  it('wins over a surrounding <lio-catalogue>, like the provider\'s own property', async () => {
    const own = await defaultJson();
    own.interventions = own.interventions.slice(0, 3);
    own.interventions.forEach((item: { related?: string[] }) => delete item.related);
    delete own.aliases;
    const wrapper = await fixture<HTMLDivElement>(html`<div><lio-catalogue><lio-test-widget persist="none" .catalogue=${own}></lio-test-widget></lio-catalogue></div>`);
    const el = wrapper.querySelector('lio-test-widget')!;
    await waitFor(() => text($(el, '.count')) === '3', 'the widget\'s own catalogue');
  });

  it('works on the finder too: `finder.catalogue = data` no longer breaks the next render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><lio-intervention-finder workspace=${ws()} persist="none" page-size="0"></lio-intervention-finder></div>`);
    const finder = wrapper.querySelector('lio-intervention-finder')!;
    await waitFor(() => !!$(finder, '[part="base"]'), 'the finder');
    const own = await defaultJson();
    own.interventions = own.interventions.filter((item: { id: string }) => item.id === 'job-crafting' || item.id === 'intrapreneurship');
    own.interventions.forEach((item: { related?: string[] }) => delete item.related);
    delete own.aliases;
    expect(() => (finder.catalogue = own)).not.to.throw();
    await waitFor(() => finder.results.length === 2, 'the finder to search the given catalogue');
    expect($$(finder, '[part="result"]').map((card) => card.getAttribute('data-id')).sort()).to.deep.equal(['intrapreneurship', 'job-crafting']);
  });
});

describe('attributes a widget cannot use', () => {
  it('shows the error view and fires lio-error once per distinct set of problems', async () => {
    const errors: LioErrorDetail[] = [];
    const listen = (event: Event) => {
      const { detail } = event as CustomEvent<LioErrorDetail>;
      if (detail.code === 'invalid-attribute') errors.push(detail);
    };
    document.addEventListener('lio-error', listen);
    try {
      const el = await widget(html`<lio-test-widget workspace=${ws()} persist="none" max-items="abc"></lio-test-widget>`);
      const message = (value: string) => `Ongeldige waarde "${value}" voor max-items. Geldige waarden: 0–1000.`;
      expect(errors.map((e) => e.message)).to.deep.equal([message('abc')]);
      expect(errors[0]!.problems).to.deep.equal([
        { path: 'max-items', code: 'out-of-range', message: 'expected a whole number from 0 to 1000', params: { value: 'abc', minimum: 0, maximum: 1000 } },
      ]);
      // The view says what the event says, and lists the problem.
      const alert = text($(el, '[role="alert"]'));
      expect(alert).to.contain(message('abc'));
      expect(alert).to.contain('max-items: verwacht een geheel getal van 0 tot en met 1000');
      expect($$(el, 'li[data-id]')).to.have.length(0);
      await expectAccessible(el);

      // Rendered again with the same problem: already reported.
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).to.have.length(1);
      // Another wrong value is another problem.
      el.setAttribute('max-items', '-1');
      await el.updateComplete;
      expect(errors.map((e) => e.message)).to.deep.equal([message('abc'), message('-1')]);
      expect(text($(el, '[role="alert"]'))).to.contain(message('-1'));
      // Fixed: the content, quietly.
      el.setAttribute('max-items', '3');
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($$(el, 'li[data-id]')).to.have.length(3);
      expect(errors).to.have.length(2);
      // Broken again the same way: reported again.
      el.setAttribute('max-items', '-1');
      await el.updateComplete;
      expect(errors.map((e) => e.message)).to.deep.equal([message('abc'), message('-1'), message('-1')]);
    } finally {
      document.removeEventListener('lio-error', listen);
    }
  });
});

describe('a lazy part', () => {
  /** A part whose loads the test answers one by one, and a host that counts its update requests. */
  function lazy(waiting?: () => boolean) {
    const loads: Array<{ resolve: (part: string) => void; reject: (error: Error) => void }> = [];
    const host = { updates: 0, addController() {}, removeController() {}, requestUpdate() { host.updates++; }, updateComplete: Promise.resolve(true) };
    let failures = 0;
    const part = new LazyPartController<string>(host, {
      load: () => new Promise<string>((resolve, reject) => loads.push({ resolve, reject })),
      onFailed: () => failures++,
      ...(waiting && { waiting }),
    });
    return { part, loads, host, failures: () => failures };
  }

  it('loads once while a load runs, keeps the part, and fails quietly when nobody waits', async () => {
    const { part, loads, host, failures } = lazy();
    const first = part.load();
    const second = part.load();
    expect(loads).to.have.length(1);
    expect(part.loading).to.equal(first);
    loads[0]!.reject(new Error('offline'));
    expect(await first).to.equal(undefined);
    expect(await second).to.equal(undefined);
    expect([part.failed, failures(), part.loading, part.part]).to.deep.equal([false, 0, undefined, undefined]);
    expect(host.updates).to.equal(1);
    // The next use tries again.
    const third = part.load();
    expect(loads).to.have.length(2);
    loads[1]!.resolve('views');
    expect(await third).to.equal('views');
    expect(part.part).to.equal('views');
    expect(await part.load()).to.equal('views');
    expect(loads).to.have.length(2);
  });

  it('run waits for the part; a failure sets failed and reports once, the next run tries again', async () => {
    const { part, loads, failures } = lazy();
    const done: string[] = [];
    const first = part.run((value) => done.push(`a:${value}`));
    const second = part.run((value) => done.push(`b:${value}`));
    expect(part.pending).to.equal(second);
    loads[0]!.reject(new Error('offline'));
    await Promise.all([first, second]);
    expect([part.failed, failures(), done.length, part.pending]).to.deep.equal([true, 1, 0, undefined]);
    // The retry: failed clears while it loads, the action runs with the part.
    const retry = part.run((value) => done.push(`c:${value}`));
    expect(part.failed).to.equal(false);
    loads[1]!.resolve('views');
    await retry;
    expect(done).to.deep.equal(['c:views']);
    expect(failures()).to.equal(1);
  });

  it('with waiting: a load the visitor waits for reports its failure, one fetched ahead stays quiet', async () => {
    let waits = false;
    const { part, loads, failures } = lazy(() => waits);
    const ahead = part.load();
    loads[0]!.reject(new Error('offline'));
    await ahead;
    expect([part.failed, failures()]).to.deep.equal([false, 0]);
    waits = true;
    const asked = part.load();
    loads[1]!.reject(new Error('offline'));
    await asked;
    expect([part.failed, failures()]).to.deep.equal([true, 1]);
    // Tried again: the error gives way to the load, and the part clears it.
    const again = part.load();
    expect(part.failed).to.equal(false);
    loads[2]!.resolve('views');
    await again;
    expect([part.failed, part.part]).to.deep.equal([false, 'views']);
  });

  it('preload fetches once, when the browser is idle', async () => {
    const { part, loads } = lazy();
    part.preload();
    part.preload();
    expect(loads).to.have.length(0);
    await waitFor(() => loads.length === 1, 'the idle load');
    loads[0]!.resolve('views');
    await waitFor(() => part.part === 'views', 'the part');
    part.preload();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).to.have.length(1);
  });
});

describe('headings', () => {
  it('follow heading-level, stay within h2–h6, and fall back to h2 for nonsense', async () => {
    const el = await widget(html`<lio-test-widget heading-level="4" persist="none"></lio-test-widget>`);
    expect($(el, '#title')!.localName).to.equal('h4');
    expect($(el, '[data-id] h5')).not.to.equal(null);
    el.headingLevel = 6;
    await el.updateComplete;
    expect($(el, '#title')!.localName).to.equal('h6');
    expect($(el, '[data-id] h6')).not.to.equal(null);
    expect([headingLevel(Number.NaN), headingLevel(1), headingLevel(9, 0), headingLevel(2.4, 1), headingLevel(0, 2)]).to.deep.equal([2, 2, 6, 3, 4]);
  });
});

describe('the modal dialog', () => {
  it('opens modal with focus on its title, closes on Escape and returns focus to its opener', async () => {
    const el = await widget();
    const opener = $$<HTMLButtonElement>(el, '[data-id] .link-button')[1]!;
    opener.focus();
    opener.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    await waitFor(() => deepActive() === $(el, '.dialog-title'), 'focus on the dialog title');
    // The trap: everything outside the modal dialog is inert, in the widget and on the page.
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      $$<HTMLButtonElement>(el, '[data-id] .link-button')[0]!.focus();
      expect(deepActive()).to.equal($(el, '.dialog-title'));
    } finally {
      outside.remove();
    }
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !$(el, 'dialog'), 'the dialog to close');
    await waitFor(() => deepActive() === opener, 'focus back on the opener');
  });

  it('returns focus to the fallback when it was opened from outside the widget', async () => {
    const el = await widget();
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      el.open($$(el, '[data-id]')[0]!.getAttribute('data-id')!);
      await waitFor(() => $<HTMLDialogElement>(el, 'dialog')?.open === true, 'the dialog');
      $<HTMLButtonElement>(el, 'dialog .close')!.click();
      await waitFor(() => deepActive() === $(el, '.count'), 'focus on the fallback');
    } finally {
      outside.remove();
    }
  });
});

describe('the announcer', () => {
  it('speaks politely after the pause, and only the latest of quick messages', async () => {
    const el = await widget();
    const live = $(el, '[aria-live="polite"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(text(live)));
    observer.observe(live, { childList: true, characterData: true, subtree: true });
    try {
      el.say('first', 200);
      expect(text(live)).to.equal('');
      el.say('second', 200);
      await waitFor(() => text(live) === 'second', 'the announcement');
      expect(heard.filter(Boolean)).to.deep.equal(['second']);
    } finally {
      observer.disconnect();
    }
  });
});

describe('download and print', () => {
  it('saves a file with a name from its label and the given text', async () => {
    const el = await widget();
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      el.download();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('test-widget.json');
    expect(clicked[0]!.isConnected).to.equal(false);
    const saved = await (await fetch(clicked[0]!.href)).json();
    expect(saved).to.have.length(Number(text($(el, '.count'))));
  });

  it('marks the part to print while the print dialog is up', async () => {
    const el = await widget();
    const print = window.print;
    let printing: string | undefined;
    window.print = () => (printing = el.dataset['printing']);
    try {
      $<HTMLButtonElement>(el, 'button.print')!.click();
    } finally {
      window.print = print;
    }
    expect(printing).to.equal('list');
    window.dispatchEvent(new Event('afterprint'));
    expect(el.dataset['printing']).to.equal(undefined);
  });
});

describe('shared styles and parts', () => {
  it('styles secondary buttons from the shared control styles', async () => {
    const el = await widget();
    const button = $(el, 'button.secondary')!;
    const style = getComputedStyle(button);
    expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style.color).to.equal('rgb(11, 92, 173)');
  });

  it('theme="dark" and themes/dark.css give the same colours, both from the one palette', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch('/themes/dark.css')).text());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <lio-test-widget theme="dark" persist="none"></lio-test-widget>
        <div class="lio-theme-dark"><lio-test-widget persist="none"></lio-test-widget></div>
      </div>`);
      const [own, themed] = [...wrapper.querySelectorAll('lio-test-widget')];
      for (const token of COLOR_TOKENS) {
        const a = getComputedStyle(own!).getPropertyValue(`--${token.private}`).trim();
        const b = getComputedStyle(themed!).getPropertyValue(`--${token.private}`).trim();
        expect(a, token.name).to.equal(token.dark);
        expect(b, token.name).to.equal(token.dark);
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('documents the shared parts on the base class, so every widget lists them in custom-elements.json', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as Array<{ tagName?: string; cssParts?: Array<{ name: string }> }>;
    const finder = declarations.find((d) => d.tagName === 'lio-intervention-finder')!;
    const parts = finder.cssParts!.map((p) => p.name);
    for (const shared of ['skeleton', 'error', 'error-problems', 'retry', 'link', 'link-blocked']) expect(parts, shared).to.include(shared);
    expect(parts).to.include('result');
  });
});

describe('change events fire for what the visitor did, not for script calls', () => {
  async function finderWithLog() {
    const wrapper = await fixture<HTMLDivElement>(html`<div><lio-intervention-finder workspace=${ws()} persist="none"></lio-intervention-finder></div>`);
    const finder = wrapper.querySelector('lio-intervention-finder') as LioInterventionFinder;
    await waitFor(() => !!$(finder, '[part="base"]'), 'the finder');
    await finder.updateComplete;
    const log: string[] = [];
    for (const name of ['lio-filter-change', 'lio-intervention-open', 'lio-shortlist-change'] as const) {
      finder.addEventListener(name, (event) => log.push(`${name}:${JSON.stringify((event as CustomEvent).detail.ids ?? (event as CustomEvent).detail.id)}`));
    }
    return { finder, log };
  }

  it('setFilters and clearFilters change the results silently; typing and ticking a filter tell the host', async () => {
    const { finder, log } = await finderWithLog();
    finder.setFilters({ text: 'mentor', levels: ['colleagues-and-leader'] });
    await finder.updateComplete;
    expect(finder.filters.text).to.equal('mentor');
    finder.clearFilters();
    await finder.updateComplete;
    expect(finder.filters.levels).to.deep.equal([]);
    // The visitor's own action: its event arrives, and it is the only one.
    const box = $<HTMLInputElement>(finder, 'fieldset input[type="checkbox"]')!;
    box.click();
    await waitFor(() => log.length > 0, 'the visitor\'s filter change');
    expect(log).to.have.length(1);
    expect(log[0]).to.match(/^lio-filter-change:/);
  });

  it('openIntervention and addToShortlist are silent; the same clicks by the visitor are not', async () => {
    const { finder, log } = await finderWithLog();
    finder.openIntervention('job-crafting');
    await finder.updateComplete;
    expect($(finder, 'dialog')).not.to.equal(null);
    finder.closeIntervention();
    finder.addToShortlist('job-crafting');
    finder.removeFromShortlist('job-crafting');
    finder.addToShortlist('intrapreneurship');
    await finder.updateComplete;
    expect(finder.shortlist).to.deep.equal(['intrapreneurship']);
    expect(getWorkspace(finder.workspace).snapshot.shortlist).to.deep.equal(['intrapreneurship']);

    $<HTMLButtonElement>(finder, '[data-id="job-crafting"] .card-actions button')!.click();
    await waitFor(() => log.length === 1, 'the visitor\'s shortlist change');
    $<HTMLButtonElement>(finder, '[data-id="job-crafting"] .link-button')!.click();
    await waitFor(() => log.length === 2, 'the visitor\'s open');
    expect(log).to.deep.equal(['lio-shortlist-change:["intrapreneurship","job-crafting"]', 'lio-intervention-open:"job-crafting"']);
  });
});
