import type { ReactiveControllerHost } from 'lit';
import { retryableImport } from '../../src/elements/chunks.js';
import { LazyPartController } from '../../src/elements/lazy-part.js';

/**
 * The part that reads files and links, makes links and asks before replacing (journey-io.ts): a
 * chunk loaded on first use, asked for again under a fresh URL after a failure. Not needed to show
 * the buttons and what the workspace holds, so it stays out of the first load: fetched when the
 * pointer or focus reaches the buttons, when a file is dropped on them, or by a link on page load.
 */
const loadSharePart = retryableImport(() => import('./journey-io.js'), import.meta.url);

/** The loaded part. */
export type SharePart = Awaited<ReturnType<typeof loadSharePart>>;

/**
 * The loader of the element's second part, fetched with the texts only it shows (`messages`,
 * `localize.loadPartMessages`). A button pressed before the part is there waits for it (`run`); a
 * part that cannot be loaded then shows the shared error view with a retry and fires `lio-error`
 * (`chunk-unavailable`, through `onFailure`), and nothing changes.
 */
export function shareLoader(host: ReactiveControllerHost, messages: () => Promise<void>, onFailure: () => void): LazyPartController<SharePart> {
  return new LazyPartController(host, { load: () => Promise.all([loadSharePart(), messages()]).then(([part]) => part), onFailed: onFailure });
}
