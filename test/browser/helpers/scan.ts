/**
 * Shared helpers of the quick scan's browser tests: a fresh scan per test, shadow-root queries,
 * answering by click, and keyboard moves that stop once focus reached the target.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../components/quick-scan/lio-quick-scan.js';
import type { LioQuickScan } from '../../../components/quick-scan/quick-scan.js';
import { waitFor } from './frame.js';

let counter = 0;
/** Every test gets its own workspace (and so its own saved answers). */
export const ws = () => `scan-test-${Date.now().toString(36)}-${counter++}`;

export const $ = <T extends Element = HTMLElement>(el: LioQuickScan, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: LioQuickScan, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
export const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
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
