/**
 * Checking numeric attributes. Lit's `type: Number` turns `"abc"` into NaN and `"0.5"` into 0.5
 * without a word; a widget checks the value with `checkInteger` before it uses it, and reports an
 * invalid one (error view and `lio-error` with code `invalid-attribute`) instead of misbehaving.
 */
import { problem, type Problem } from '../core/problems.js';

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
