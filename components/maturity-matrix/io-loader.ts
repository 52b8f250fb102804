import type { ReactiveControllerHost } from 'lit';
import { retryableImport } from '../../src/elements/chunks.js';
import { LazyPartController } from '../../src/elements/lazy-part.js';
import type { PlanIo, PlanIoHost } from './plan-io.js';

/** The second part (files and the print list): one chunk, asked for again under a fresh URL after a failure. */
const loadIoPart = retryableImport(() => import('./io-part.js'), import.meta.url);

/** The loaded part's views. */
export type IoViews = Awaited<ReturnType<typeof loadIoPart>>;

/** What the loader needs from the element: what the plan's files need, and updates. */
export interface IoLoaderHost extends PlanIoHost {
  readonly element: PlanIoHost['element'] & ReactiveControllerHost;
  /** Load the messages of the matrix's parts (`localize.loadPartMessages`), with the files part's chunk. */
  partMessages(): Promise<void>;
}

/**
 * Loads the matrix's files part (io-part.ts) and keeps the print state. The toolbar's buttons are
 * in the first load; a click on one before the part is there waits for it, and a part that cannot
 * be loaded then shows the shared error view with a retry (the plan does not change). Printing by
 * the browser's own command before the part is there prints the grid without the list of actions.
 */
export class IoLoader extends LazyPartController<{ views: IoViews; io: PlanIo }> {
  /** True while printing: the element renders the table whatever its width, and the list of every action. */
  printing = false;

  constructor(private readonly host: IoLoaderHost) {
    super(host.element, {
      // Export and import are made when the part arrives, with the messages of the parts.
      load: () =>
        Promise.all([loadIoPart(), host.partMessages()]).then(([views]) => {
          views.adopt(host.element.renderRoot);
          return { views, io: new views.PlanIo(host) };
        }),
      onFailed: () => host.error({ code: 'chunk-unavailable', message: host.t('error.chunk-unavailable'), problems: [] }),
    });
  }

  /** The part's views, once loaded. */
  get views() {
    return this.part?.views;
  }

  /** Export and import, once the part is there. */
  get io() {
    return this.part?.io;
  }

  /** The retry of the error view: load the part again; the visitor then repeats what they asked for. */
  retry(): void {
    void this.run(() => undefined);
  }

  /**
   * Printing, by "Afdrukken" or by the browser's own print command: the table at any width and the
   * list of every action (when the part is there) are rendered until the print dialog closes. The
   * update runs in the microtasks right after `beforeprint`, before the browser lays the page out.
   */
  readonly #beforePrint = () => {
    this.printing = true;
    this.host.element.requestUpdate();
  };

  readonly #afterPrint = () => {
    this.printing = false;
    this.host.element.requestUpdate();
  };

  /** Listen for the browser's print events (from the element's `connectedCallback`). */
  connect(): void {
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  disconnect(): void {
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  /**
   * "Afdrukken": the plan on A4 landscape pages (see the part's `printPlan`), once the part (the
   * list of actions, the page rule) is there.
   */
  print(): void {
    // Not part of `pending`: it waits for `updateComplete`, which waits for `pending`.
    void this.run(({ views }) => void this.#print(views));
  }

  async #print(views: IoViews): Promise<void> {
    this.#beforePrint();
    await this.host.element.updateComplete;
    views.printPlan(this.host.element as unknown as HTMLElement);
  }
}
