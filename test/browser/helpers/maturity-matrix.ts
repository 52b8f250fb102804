/**
 * Shared steps for the maturity matrix's browser tests: the default catalogue as authored,
 * mounting `<lio-maturity-matrix>` in a container of a given width (with a plan, a scan or a
 * shortlist already in its workspace), shadow-root queries and real key presses.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/maturity-matrix/lio-maturity-matrix.js';
import type { LioMaturityMatrix } from '../../../components/maturity-matrix/maturity-matrix.js';
import type { Plan } from '../../../src/core/plan/schema.js';
import type { LioErrorDetail } from '../../../src/elements/events.js';
import type { WorkspaceScan } from '../../../src/elements/workspace-data.js';
import { getWorkspace } from '../../../src/elements/workspace.js';
import { waitFor } from './frame.js';

type Localized = { nl: string; en: string };
/** The parts of the default catalogue the tests check against (read from the raw JSON, not through the element). */
export interface RawCatalogue {
  levels: Array<{ id: string; title: Localized; description: Localized; factors: Array<{ id: string }> }>;
  phases: Array<{ id: string; title: Localized; description: Localized }>;
  interventions: Array<{ id: string; title: Localized; level: string; phases: string[]; evidence: string }>;
}

let cached: RawCatalogue | undefined;
/** The default catalogue as the element loads it. */
export async function rawCatalogue(): Promise<RawCatalogue> {
  cached ??= (await (await fetch('/catalogue/default.json')).json()) as RawCatalogue;
  return cached;
}

let counter = 0;
/** A workspace name no other test uses. */
export const ws = () => `matrix-test-${Date.now().toString(36)}-${counter++}`;

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A plan in the format, with actions `{ id, level, phase, status, … }`. */
export const planOf = (actions: Array<Partial<Plan['actions'][number]> & Pick<Plan['actions'][number], 'id' | 'level' | 'phase'>>): Plan => ({
  format: 'lio-plan',
  version: 1,
  actions: actions.map((a) => ({ status: 'planned', ...a })),
});

/** Options for {@link mountMatrix}. */
export interface MountOptions {
  /** Width of the container in px (default 1200). */
  width?: number;
  /** Attributes; `workspace` defaults to a fresh one, `persist` to `none`. */
  attrs?: Record<string, string>;
  /** A plan put in the workspace first, under the element's `plan-id`. */
  plan?: Plan;
  scan?: WorkspaceScan;
  shortlist?: string[];
  /** Elements put before the matrix in the same container (e.g. a finder), given the workspace name. */
  before?: (workspace: string) => HTMLElement[];
}

/** What a mounted matrix gives the test: the element and every event it fired. */
export interface Mounted {
  el: LioMaturityMatrix;
  errors: LioErrorDetail[];
  changes: Array<{ kind: string; actionId?: string }>;
}

/** Mount `<lio-maturity-matrix>`; resolves once it shows its grid (or its error view) and has settled. */
export async function mountMatrix(options: MountOptions = {}): Promise<Mounted> {
  const attrs: Record<string, string> = { workspace: ws(), persist: 'none', ...options.attrs };
  const workspace = getWorkspace(attrs.workspace!);
  if (options.plan) workspace.set('plan', { [attrs['plan-id'] ?? 'default']: options.plan });
  if (options.scan) workspace.set('scan', options.scan);
  if (options.shortlist) workspace.set('shortlist', options.shortlist);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`inline-size: ${options.width ?? 1200}px`}></div>`);
  for (const other of options.before?.(attrs.workspace!) ?? []) wrapper.append(other);
  const el = document.createElement('lio-maturity-matrix');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const mounted: Mounted = { el, errors: [], changes: [] };
  el.addEventListener('lio-error', (event) => mounted.errors.push(event.detail));
  el.addEventListener('lio-plan-change', (event) => mounted.changes.push(event.detail.change));
  wrapper.append(el);
  await settled(el);
  return mounted;
}

/** Wait until the element shows its grid or its error view, measured its width, and has settled. */
export async function settled(el: LioMaturityMatrix): Promise<void> {
  await waitFor(() => !!$(el, '[part="grid"], [part="error"]'), 'the matrix to draw');
  await frame();
  await frame();
  await el.updateComplete;
}

/** The cell of a level and a phase. */
export const cell = (el: Element, level: string, phase: string) => $(el, `[part="cell"][data-cell="${level}/${phase}"]`)!;
/** The actions' titles in a cell, in order. */
export const titlesIn = (el: Element, level: string, phase: string) => [...cell(el, level, phase).querySelectorAll('[part="action"] .action-title')].map(text);
/** The element focused inside the matrix (its shadow root). */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Focus `target` and press `key` on it with the real keyboard; wait for the render. */
export async function pressOn(el: LioMaturityMatrix, target: HTMLElement, key = 'Enter'): Promise<void> {
  target.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

/** Press a key where focus is now. */
export async function press(el: LioMaturityMatrix, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

/**
 * Type text into the focused field with the real keyboard. WebKit's WebDriver drops a character
 * typed right after the same one ("oo" arrives as "o"), so a repeated character goes in a call of its own.
 */
export async function type(el: LioMaturityMatrix, value: string): Promise<void> {
  const parts = value.split(/(?<=(.))(?=\1)/).filter((_, i) => i % 2 === 0);
  for (const part of parts) await sendKeys({ type: part });
  await el.updateComplete;
}

/** The open dialog, once it is open and its title has focus. */
export async function openDialog(el: LioMaturityMatrix): Promise<HTMLDialogElement> {
  await waitFor(() => !!$<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog to open');
  await el.updateComplete;
  await frame();
  return $<HTMLDialogElement>(el, 'dialog')!;
}

/** The button in `root` whose visible text starts with `label`. */
export const button = (root: ParentNode, label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).startsWith(label))!;
