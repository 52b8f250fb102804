import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../core/ids.js';
import type { Problem } from '../../core/problems.js';
import type { CatalogueState } from '../context.js';
import type { LioErrorCode } from '../events.js';
import { buildCatalogueInput, settleCatalogue } from '../default-catalogue.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A catalogue object given to a widget's own `catalogue` property: checked against the schema and
 * built exactly as `<lio-catalogue .catalogue=…>` does (`buildCatalogueInput`) (an `"extends": "default"` catalogue merges
 * with the built-in one), so `widget.catalogue = data` works the same on a widget as on the
 * provider. `undefined` hands the widget back to its provider or the default.
 */
export class CataloguePropertyController implements ReactiveController {
  /** The state of the given catalogue; meaningful only while {@link active}. */
  state: CatalogueState = { status: 'loading' };
  private input: unknown;
  private lang?: Lang;
  private generation = 0;

  constructor(
    private readonly host: Host,
    private readonly read: () => { input: unknown; lang: Lang },
    private readonly onFailure: (code: LioErrorCode, problems: Problem[]) => void,
  ) {
    host.addController(this);
  }

  /** True while the host's `catalogue` property holds a value, which then wins over any other source. */
  get active(): boolean {
    return this.input !== undefined;
  }

  hostUpdate(): void {
    const { input, lang } = this.read();
    if (input === this.input && (input === undefined || lang === this.lang)) return;
    this.input = input;
    this.lang = lang;
    const generation = ++this.generation;
    if (input !== undefined) this.load(input, lang, generation);
  }

  hostConnected(): void {
    // A load cut short by a disconnect starts again.
    if (this.input === undefined && this.read().input !== undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.state.status !== 'loading') return;
    // Nothing of a pending load may land on a detached element; it is redone on reconnection.
    this.generation++;
    this.input = undefined;
  }

  /** Load the given catalogue again after a chunk it needs could not be loaded (`chunk-unavailable`). */
  retry(): void {
    if (this.input === undefined || this.state.status !== 'error') return;
    this.load(this.input, this.lang!, ++this.generation);
    this.host.requestUpdate();
  }

  private load(input: unknown, lang: Lang, generation: number): void {
    this.state = { status: 'loading' };
    // The default catalogue or the schema library could not be loaded: an error view with a retry.
    void settleCatalogue(buildCatalogueInput(input, lang)).then((state) => {
      if (generation !== this.generation) return;
      this.state = state;
      this.host.requestUpdate();
      if (state.status === 'error') this.onFailure(state.code, state.problems);
    });
  }
}
