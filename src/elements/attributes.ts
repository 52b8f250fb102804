/**
 * Attributes a widget cannot use. Lit's `type: Number` turns `"abc"` into NaN and `"0.5"` into 0.5
 * without a word; a widget checks the value with `checkInteger` before it uses it. Every problem
 * (an unknown id, an invalid number) is reported the same way, by `AttributeProblemsController`:
 * the error view and `lio-error` with code `invalid-attribute`, instead of misbehaving.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Lang } from '../core/ids.js';
import { problem, type Problem } from '../core/problems.js';
import type { LioElement } from './lio-element.js';
import type { SharedMessageKey, Translate } from './messages/index.js';
import { renderErrorView } from './views/error-view.js';

/** The whole numbers an attribute accepts, both ends included. */
export interface IntegerRange {
  min: number;
  max: number;
}

/** The outcome of `checkInteger`: the value to use, or the problem to report. */
export type IntegerCheck = { ok: true; value: number } | { ok: false; problem: Problem };

/**
 * Check that a numeric property holds a whole number within `range`.
 *
 * The problem (`code: 'out-of-range'`, `path` = the attribute name) quotes what the author wrote:
 * the attribute's text while it still matches the property, otherwise the property's value (set
 * from script). An empty or blank attribute is invalid, although `Number("")` is 0.
 *
 * @param host - The element that carries the attribute.
 * @param attribute - The attribute's name, e.g. `page-size`.
 * @param value - The property's current value.
 */
export function checkInteger(host: Element, attribute: string, value: unknown, range: IntegerRange): IntegerCheck {
  const text = host.getAttribute(attribute);
  const fromAttribute = text !== null && Object.is(Number(text), value);
  const blank = fromAttribute && text.trim() === '';
  if (!blank && typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max) {
    return { ok: true, value };
  }
  const shown = fromAttribute ? text : String(value);
  return {
    ok: false,
    problem: problem(attribute, 'out-of-range', `expected a whole number from ${range.min} to ${range.max}`, {
      value: shown,
      minimum: range.min,
      maximum: range.max,
    }),
  };
}

/**
 * The `error.invalid-attribute` message for the first of `problems`: the value the author wrote
 * (`params.value`), the attribute (`path`) and what it accepts — `min–max` for an `out-of-range`
 * number, `http(s)` for a URL (`format: 'url'`), otherwise `params.values`.
 *
 * @param t - The element's `localize.t`, so a site's wording overrides apply.
 */
export function invalidAttributeMessage(t: Translate<SharedMessageKey>, problems: readonly Problem[]): string {
  const first = problems[0];
  const params = first?.params ?? {};
  const valid =
    first?.code === 'out-of-range' ? `${String(params.minimum)}–${String(params.maximum)}` : params.format === 'url' ? 'http(s)' : String(params.values ?? '');
  return t('error.invalid-attribute', { value: String(params.value ?? ''), attribute: first?.path ?? '', valid });
}

/**
 * A widget's attributes it cannot use, shown and reported in one place so the view and the event
 * always agree. In `render`, inside `renderGate`'s content (catalogue and messages ready):
 * `if (problems.length) return this.#attributes.render(problems);` shows the error view. After
 * that update the controller fires `lio-error` (code `invalid-attribute`, the same message, the
 * problems) once per distinct set: re-rendering with the same bad attribute stays quiet, and
 * fixing it and breaking it again reports again.
 */
export class AttributeProblemsController implements ReactiveController {
  /** The problems the current update showed; cleared before each update, so a view without them resets the report. */
  #shown: Problem[] = [];
  /** The problems last reported, as JSON; empty when there were none. */
  #reported = '';

  constructor(
    private readonly host: ReactiveControllerHost & Pick<LioElement, 'emit'>,
    private readonly localize: { lang: Lang; t: Translate<SharedMessageKey> },
  ) {
    host.addController(this);
  }

  /** The error view for `problems` (at least one): the translated message and the list of problems. */
  render(problems: Problem[]): TemplateResult {
    this.#shown = problems;
    const { lang, t } = this.localize;
    return renderErrorView({ lang, t, message: invalidAttributeMessage(t, problems), problems });
  }

  hostUpdate(): void {
    this.#shown = [];
  }

  hostUpdated(): void {
    const problems = this.#shown;
    const key = problems.length ? JSON.stringify(problems) : '';
    if (key && key !== this.#reported) this.host.emit('lio-error', { code: 'invalid-attribute', message: invalidAttributeMessage(this.localize.t, problems), problems });
    this.#reported = key;
  }
}
