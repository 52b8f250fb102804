import type { ReactiveControllerHost } from 'lit';
import { retryableImport } from '../../src/elements/chunks.js';
import { LazyPartController } from '../../src/elements/lazy-part.js';
import type { PlanIo, PlanIoHost } from './plan-io.js';
import type { IoActions } from './views/io-buttons.js';

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
export class IoLoader extends LazyPartController<{ views: IoViews; io: PlanIo }> implements IoActions {
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
      onFailed: () => host.chunkFailed(),
    });
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

  /** Download the plan as JSON or CSV. */
  download(format: 'json' | 'csv'): void {
    void this.run(({ io }) => io.download(format));
  }

  /** Import a plan file (chosen, or dropped on the toolbar). */
  importFile(file: File): void {
    void this.run(({ io }) => io.importFile(file));
  }

  /**
   * "Afdrukken": the plan on A4 landscape pages (see the part's `printPlan`), once the part (the
   * list of actions, the page rule) is there.
   */
  print(): void {
    // Not part of `pending`: it waits for `updateComplete`, which waits for `pending`.
    void this.run(({ views }) => void views.printPlan(this.host.element, this.#beforePrint));
  }
}
