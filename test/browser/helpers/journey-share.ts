/** Helpers for the `<lio-journey-share>` tests: mounting it, handing it a file, its parts. */
import { fixture, html } from '@open-wc/testing';
import '../../../components/journey-share/lio-journey-share.js';
import type { LioJourneyShare } from '../../../components/journey-share/journey-share.js';
import type { LioJourneyRestoreDetail } from '../../../components/journey-share/events.js';
import type { LioErrorDetail } from '../../../src/elements/events.js';
import { waitFor } from './frame.js';

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const shareButton = (el: Element, what: 'save' | 'open' | 'link') => $<HTMLButtonElement>(el, `button[data-share="${what}"]`)!;
export const summaryOf = (el: Element) => text($(el, '[part="summary"]'));
export const dialogOf = (el: Element) => $<HTMLDialogElement>(el, 'dialog.share-dialog');
export const announced = (el: Element) => text($(el, '[role="status"][aria-live="polite"]'));

let counter = 0;
/** A workspace name no other test uses. */
export const ws = () => `share-test-${Date.now().toString(36)}-${counter++}`;

/** What a mounted element fired. */
export interface MountedShare {
  el: LioJourneyShare;
  errors: LioErrorDetail[];
  restores: LioJourneyRestoreDetail[];
}

/** Mount `<lio-journey-share>` (in `wrapper` if given); resolves once it shows its buttons. */
export async function mountShare(attrs: Record<string, string>, wrapper?: HTMLElement): Promise<MountedShare> {
  const parent = wrapper ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const el = document.createElement('lio-journey-share') as LioJourneyShare;
  for (const [name, value] of Object.entries({ persist: 'none', ...attrs })) el.setAttribute(name, value);
  const mounted: MountedShare = { el, errors: [], restores: [] };
  el.addEventListener('lio-error', (event) => mounted.errors.push(event.detail));
  el.addEventListener('lio-journey-restore', (event) => mounted.restores.push(event.detail));
  parent.append(el);
  await waitFor(() => !!$(el, '[part="toolbar"], [part="error"]'), 'the share element to render');
  await el.updateComplete;
  return mounted;
}

/** Hand `content` to the element's file input, as the browser's file picker would; resolves once it was read. */
export async function chooseFile(el: LioJourneyShare, content: string, name = 'route.json'): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The open question dialog, once open with its title focused. */
export async function openedDialog(el: LioJourneyShare): Promise<HTMLDialogElement> {
  await waitFor(() => !!dialogOf(el)?.open, 'the question dialog');
  await el.updateComplete;
  return dialogOf(el)!;
}

/** Replace `navigator.clipboard.writeText` for one test: records what was copied, or refuses. */
export function stubClipboard(refuse = false): { copied: string[]; restore: () => void } {
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (value: string) => (refuse ? Promise.reject(new DOMException('refused', 'NotAllowedError')) : (copied.push(value), Promise.resolve())) },
  });
  return { copied, restore: () => void delete (navigator as unknown as Record<string, unknown>)['clipboard'] };
}
