/**
 * Shared steps for the quick scan's browser tests: the default catalogue's question set, a set of
 * answers whose scores are known, mounting `<lio-quick-scan>` (fresh, or with saved progress in a
 * fresh workspace), shadow-root queries, answering by click, keyboard moves that stop once focus
 * reached the target, and reaching the results.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../components/quick-scan/lio-quick-scan.js';
import type { LioQuickScan } from '../../../components/quick-scan/quick-scan.js';
import type { ScanProgress } from '../../../components/quick-scan/progress-slice.js';
import { scanFingerprint, type ScanAnswer, type ScanResultJson } from '../../../src/core/scan.js';
import type { ScanQuestionSet } from '../../../src/core/schema.js';
import { getWorkspace } from '../../../src/elements/workspace.js';
import { nextEvent, waitFor } from './frame.js';

/** The parts of the default catalogue the tests check against (read from the raw JSON). */
export interface RawCatalogue {
  scan: ScanQuestionSet;
  levels: Array<{ id: string; title: { nl: string; en: string }; factors: Array<{ id: string; title: { nl: string; en: string } }> }>;
  interventions: Array<{ id: string; title: { nl: string; en: string }; factors: string[]; evidence: string }>;
}

let cached: RawCatalogue | undefined;
/** The default catalogue as the element loads it. */
export async function rawCatalogue(): Promise<RawCatalogue> {
  cached ??= (await (await fetch('/catalogue/default.json')).json()) as RawCatalogue;
  return cached;
}

/** A factor's title in a language. */
export function factorTitle(catalogue: RawCatalogue, id: string, lang: 'nl' | 'en' = 'nl'): string {
  return catalogue.levels.flatMap((l) => l.factors).find((f) => f.id === id)!.title[lang];
}

/**
 * Answers with known scores: 3 ("neutral") everywhere, except
 *  - challenging-tasks 3 and 4 → 3,5 (neutral);
 *  - motivation 4 and (reverse) 2 → 4,0, a strength (3,0 if the reverse were not reversed);
 *  - trust-and-safety 5 and 4 → 4,5, the strongest;
 *  - demands-control-balance 2 and (reverse) 4 → 2,0, an improvement point (3,0 unreversed);
 *  - leader-support 1 and 2 → 1,5, the weakest;
 *  - task-variety "don't know" and mobility unanswered → "niet gescoord".
 * Both improvement points have a not-effective intervention in the catalogue.
 */
export function knownAnswers(set: ScanQuestionSet): Record<string, ScanAnswer> {
  const answers: Record<string, ScanAnswer> = Object.fromEntries(set.statements.map((s) => [s.id, 3 as ScanAnswer]));
  Object.assign(answers, {
    'challenging-tasks-2': 4,
    'motivation-1': 4,
    'motivation-2': 2,
    'trust-and-safety-1': 5,
    'trust-and-safety-2': 4,
    'demands-control-balance-1': 2,
    'demands-control-balance-2': 4,
    'leader-support-1': 1,
    'leader-support-2': 2,
    'task-variety-1': 'dont-know',
  });
  delete answers['mobility-1'];
  return answers;
}

let counter = 0;
/** A workspace name no other test uses. */
export const ws = () => `scan-test-${Date.now().toString(36)}-${counter++}`;

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The button in the element whose text starts with `label`. */
export const buttonLabelled = (el: Element, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith(label))!;

/** Options for {@link mountScan}. */
export interface MountOptions {
  /** Attributes of the element; `workspace` defaults to a fresh one, `persist` to `none`. */
  attrs?: Record<string, string>;
  /** Saved progress to start from (merged over an empty one at the check step). */
  progress?: Partial<ScanProgress>;
  /** Other elements to put before the scan in the same wrapper (e.g. a finder). */
  before?: (workspace: string) => HTMLElement[];
}

/** Mount `<lio-quick-scan>`, with `progress` saved in its workspace first; resolves once it rendered. */
export async function mountScan(options: MountOptions = {}): Promise<LioQuickScan> {
  const { scan: set } = await rawCatalogue();
  const attrs: Record<string, string> = { workspace: ws(), persist: 'none', ...options.attrs };
  if (options.progress) {
    const progress: ScanProgress = { set: scanFingerprint(set), answers: {}, stage: 'check', step: 0, team: [], ...options.progress };
    getWorkspace(attrs.workspace).set('scanProgress', { [attrs['scan-id'] ?? 'default']: progress });
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const other of options.before?.(attrs.workspace) ?? []) wrapper.append(other);
  const el = document.createElement('lio-quick-scan') as LioQuickScan;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await waitFor(() => !!$(el, '[part="intro"], [part="team"], [part="question"], [part="error"]'), 'the scan to render');
  await el.updateComplete;
  return el;
}

/**
 * From a returning visitor's intro (saved at the check step): go on, show the results. Resolves
 * with the `lio-scan-complete` detail once the results and the drawn chart are there.
 */
export async function resumeToResults(el: LioQuickScan): Promise<ScanResultJson> {
  $<HTMLButtonElement>(el, 'button.resume-button')!.click();
  await waitFor(() => !!$(el, 'button.show-results'), 'the check step');
  const complete = nextEvent<CustomEvent<ScanResultJson>>(el, 'lio-scan-complete');
  $<HTMLButtonElement>(el, 'button.show-results')!.click();
  const { detail } = await complete;
  await waitFor(() => !!$(el, '[part="results"]') && !!$(el, '.chart-box canvas') && $(el, '.chart-box')!.dataset['status'] === 'ready', 'the results with the chart');
  await el.updateComplete;
  return detail;
}

/** A mounted scan at its results, from the known answers. */
export async function resultsOf(options: MountOptions = {}): Promise<{ el: LioQuickScan; detail: ScanResultJson; catalogue: RawCatalogue }> {
  const catalogue = await rawCatalogue();
  const el = await mountScan({ ...options, progress: { answers: knownAnswers(catalogue.scan), ...options.progress } });
  const detail = await resumeToResults(el);
  return { el, detail, catalogue };
}

/** Whether a canvas has drawn anything: a pixel that is neither transparent nor white. */
export function canvasDrawn(canvas: HTMLCanvasElement): boolean {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! > 0 && (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240)) return true;
  }
  return false;
}

// Moving through the scan as a visitor does.

export const active = (el: LioQuickScan) => el.shadowRoot!.activeElement;
/** The statement ids shown, in order. */
export const shownIds = (el: LioQuickScan) => $$(el, 'fieldset[part="question"]').map((f) => f.dataset.id);
export const radio = (el: LioQuickScan, id: string, value: string) => $<HTMLInputElement>(el, `fieldset[data-id="${id}"] input[value="${value}"]`)!;
export const button = (el: LioQuickScan, selector: string) => $<HTMLButtonElement>(el, selector)!;
export const ready = (el: LioQuickScan) =>
  waitFor(() => !!$(el, '[part="intro"]') || !!$(el, '[part="progress"]') || !!$(el, '[part="error"]') || !!$(el, '[part="team"]'), 'the scan to render');

/** The element in `template` (inside a wrapper), once it rendered its first view. */
export async function scan(template: TemplateResult): Promise<LioQuickScan> {
  const wrapper = await fixture<HTMLDivElement>(template);
  const el = (wrapper.localName === 'lio-quick-scan' ? wrapper : wrapper.querySelector('lio-quick-scan')!) as LioQuickScan;
  await ready(el);
  await el.updateComplete;
  return el;
}

/** Answer a statement by clicking its option, as a mouse user does. */
export async function answer(el: LioQuickScan, id: string, value: string | number): Promise<void> {
  radio(el, id, String(value)).click();
  await el.updateComplete;
}

/** Click a button and wait for the element to render the outcome. */
export async function press(el: LioQuickScan, selector: string): Promise<void> {
  button(el, selector).click();
  await el.updateComplete;
}

/** Go from the intro through every step to the check step by clicking. */
export async function clickToCheck(el: LioQuickScan): Promise<void> {
  while (!$(el, '.check')) {
    await press(el, $(el, 'button.start') ? 'button.start' : 'button.next');
    await el.updateComplete;
  }
}

/** Show the results and wait until they are there. */
export async function showResults(el: LioQuickScan): Promise<void> {
  await press(el, 'button.show-results');
  await waitFor(() => !!$(el, '[part="results"]'), 'the results');
  await el.updateComplete;
}

/** Press Tab until `target` has focus: the keyboard user's way there, however many stops it takes. */
export async function tabTo(el: LioQuickScan, target: () => Element | null, most = 80): Promise<void> {
  for (let i = 0; i < most && active(el) !== target(); i++) await sendKeys({ press: 'Tab' });
  expect(active(el) === target()).to.equal(true, `focus reached ${text(target()) || target()?.outerHTML}`);
}

/** Wait until focus is on the heading of the shown stage. */
export const focusOnHeading = (el: LioQuickScan) => waitFor(() => !!active(el) && active(el) === $(el, '.stage-title'), 'focus on the step heading');
