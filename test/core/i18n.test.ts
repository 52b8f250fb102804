import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProblem, formatMessage, localize, pluralCategory, resolveLanguage, type Problem } from '../../src/core/index.js';
import { checkOverrides, checkOverridesByTag } from '../../src/elements/messages/check-overrides.js';
import { sharedMessages, translateShared } from '../../src/elements/messages/index.js';
import { mergeOverrides } from '../../src/elements/messages/overrides.js';
import { mergeOverridesByTag } from '../../components/catalogue/message-overrides.js';
import { LANGUAGES } from '../../src/core/ids.js';
import { PLURAL_CATEGORIES } from '../../src/core/i18n.js';

describe('i18n', () => {
  it('resolves the first supported language, Dutch by default', () => {
    assert.equal(resolveLanguage('en-GB'), 'en');
    assert.equal(resolveLanguage('fr', 'EN'), 'en');
    assert.equal(resolveLanguage(null, undefined, ''), 'nl');
    assert.equal(resolveLanguage('nl-BE', 'en'), 'nl');
    assert.equal(resolveLanguage('de'), 'nl');
  });

  it('fills placeholders, leaving unknown ones visible', () => {
    assert.equal(translateShared('en', 'error.catalogue-unreachable', { url: 'https://x.test/c.json' }), 'The catalogue could not be loaded from https://x.test/c.json.');
    assert.equal(translateShared('nl', 'retry'), 'Opnieuw proberen');
    assert.equal(formatMessage('nl', '{a} en {b}', { a: 1 }), '1 en {b}');
  });

  it('picks plural forms through Intl.PluralRules, by count', () => {
    const message = { one: '{count} interventie', other: '{count} interventies' };
    assert.equal(formatMessage('nl', message, { count: 1 }), '1 interventie');
    assert.equal(formatMessage('nl', message, { count: 0 }), '0 interventies');
    assert.equal(formatMessage('nl', message, { count: 2 }), '2 interventies');
    // No numeric count: the `other` form, never a crash.
    assert.equal(formatMessage('nl', message), '{count} interventies');
    assert.equal(formatMessage('en', message, { count: '1' }), '{count} interventies'.replace('{count}', '1'));
    assert.equal(pluralCategory('en', 1), 'one');
    assert.equal(pluralCategory('en', 1.5), 'other');
    assert.equal(translateShared('nl', 'error.more-problems', { count: 1 }), 'en nog 1 probleem');
    assert.equal(translateShared('nl', 'error.more-problems', { count: 3 }), 'en nog 3 problemen');
    assert.equal(translateShared('en', 'error.more-problems', { count: 1 }), 'and 1 more problem');
    assert.equal(translateShared('en', 'error.more-problems', { count: 7 }), 'and 7 more problems');
  });

  it('has every shared message in both languages, none empty', () => {
    assert.deepEqual(Object.keys(sharedMessages.en).sort(), Object.keys(sharedMessages.nl).sort());
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, message] of Object.entries(sharedMessages[lang])) {
        for (const text of typeof message === 'string' ? [message] : Object.values(message)) assert.ok(text?.trim(), `${lang} ${key}`);
      }
    }
  });

  it('localises texts with a Dutch fallback; plain strings are language-neutral', () => {
    assert.equal(localize({ nl: 'Taak', en: 'Task' }, 'en'), 'Task');
    assert.equal(localize({ nl: 'Taak' }, 'en'), 'Taak');
    assert.equal(localize('Fonds', 'en'), 'Fonds');
  });

  it('translates validation problems, with plurals, and falls back to English when a value is missing', () => {
    const p: Problem = { path: 'interventions[0].level', code: 'invalid-value', message: 'expected one of a, b', params: { values: 'a, b' } };
    assert.equal(describeProblem(p, 'en'), 'expected one of a, b');
    assert.equal(describeProblem(p, 'nl'), 'verwacht een van: a, b');
    const format: Problem = { path: 'interventions[0].links[0].url', code: 'invalid-format', message: 'expected an http(s) URL', params: { format: 'url' } };
    assert.equal(describeProblem(format, 'nl'), 'verwacht een http(s)-adres');
    const one: Problem = { path: '', code: 'unknown-field', message: 'unknown field(s): x', params: { keys: 'x', count: 1 } };
    const two: Problem = { path: '', code: 'unknown-field', message: 'unknown field(s): x, y', params: { keys: 'x, y', count: 2 } };
    assert.equal(describeProblem(one, 'nl'), 'onbekend veld: x');
    assert.equal(describeProblem(two, 'nl'), 'onbekende velden: x, y');
    const bare: Problem = { path: '', code: 'duplicate-id', message: '"a" is used twice' };
    assert.equal(describeProblem(bare, 'nl'), '"a" is used twice');
    assert.equal(describeProblem({ path: 'x', code: 'unknown-factor', message: 'unknown factor "autonomie" (did you mean "autonomy"?)', params: { id: 'autonomie', suggestion: 'autonomy' } }, 'nl'), 'onbekende factor "autonomie" (bedoelde u "autonomy"?)');
  });

  it('checks overrides: keeps the valid part, reports unknown keys with the valid ones', () => {
    const checked = checkOverrides({ nl: { 'finder.title': 'Maatregelen', 'finder.titel': 'x' }, fr: {}, en: { loading: 5 } }, ['finder.title', 'loading']);
    assert.deepEqual(JSON.parse(JSON.stringify(checked.overrides)), { nl: { 'finder.title': 'Maatregelen' }, en: {} });
    assert.deepEqual(
      checked.problems.map((p) => [p.path, p.code]),
      [
        ['messages.nl["finder.titel"]', 'unknown-field'],
        ['messages.fr', 'unknown-field'],
        ['messages.en["loading"]', 'invalid-type'],
      ],
    );
    assert.equal(checked.problems[0]!.params?.valid, 'finder.title, loading');
    assert.match(checked.problems[0]!.message, /valid keys: finder\.title, loading/);
    // Plural forms: `other` is required, categories are those of Intl.PluralRules.
    assert.equal(checkOverrides({ nl: { loading: { one: 'x' } } }, ['loading']).problems.length, 1);
    assert.equal(checkOverrides({ nl: { loading: { one: 'x', several: 'y', other: 'z' } } }, ['loading']).problems.length, 1);
    assert.deepEqual(checkOverrides({ nl: { loading: { one: 'x', other: 'z' } } }, ['loading']).problems, []);
    assert.equal(checkOverrides('nope', ['loading']).problems[0]!.code, 'invalid-type');
  });

  it('the lazily loaded checks accept every language and plural category of the core', () => {
    const everyForm = Object.fromEntries(PLURAL_CATEGORIES.map((category) => [category, category]));
    assert.deepEqual(checkOverrides(Object.fromEntries(LANGUAGES.map((lang) => [lang, { loading: everyForm }])), ['loading']).problems, []);
  });

  it('merges override layers, later wins, leaving out what cannot be shown', () => {
    const merged = mergeOverrides([
      { nl: { a: 'eerste', b: 'b' }, fr: { a: 'x' } },
      'not an object',
      { nl: { a: 'tweede', c: 5, d: { one: 'x' }, e: { one: 'x', other: 'y' } }, en: ['x'] },
    ]);
    assert.deepEqual({ ...merged, nl: { ...merged.nl } }, { nl: { a: 'tweede', b: 'b', e: { one: 'x', other: 'y' } } });
    assert.equal(formatMessage('nl', { other: 'y', one: 5 } as never, { count: 1 }), 'y');
    const byTag = mergeOverridesByTag([{ 'lio-x': { nl: { a: '1', b: '1' } } }, { 'lio-x': { nl: { a: '2' } }, y: 3 }]);
    assert.deepEqual({ ...byTag, 'lio-x': { ...byTag['lio-x'] } }, { 'lio-x': { nl: { a: '2', b: '1' } } });
  });

  it('a site\'s JSON with "__proto__" keys pollutes no prototype', () => {
    const hostile = JSON.parse('{ "__proto__": { "nl": { "x": "y" } }, "lio-x": { "__proto__": { "polluted": 1 }, "nl": { "__proto__": "z", "loading": "Even geduld" } } }') as unknown;
    const byTag = mergeOverridesByTag([hostile]);
    const merged = mergeOverrides([byTag['lio-x'], JSON.parse('{ "__proto__": { "nl": "x" }, "nl": { "__proto__": { "other": "x", "loading": "gekaapt" } } }')]);
    assert.equal((({}) as Record<string, unknown>).nl, undefined);
    assert.equal((({}) as Record<string, unknown>).polluted, undefined);
    assert.equal(merged.nl?.loading, 'Even geduld');
    assert.equal(Object.getPrototypeOf(merged.nl), null);
  });

  it('checks overrides by tag: lio-* tags with objects', () => {
    const checked = checkOverridesByTag({ 'lio-intervention-finder': { nl: {} }, finder: { nl: {} }, 'lio-x': 'text' });
    assert.deepEqual(Object.keys(checked.overrides), ['lio-intervention-finder']);
    assert.deepEqual(checked.problems.map((p) => p.code), ['unknown-field', 'invalid-type']);
  });
});
