import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProblem, localize, messages, resolveLanguage, translate, type Problem } from '../../src/core/index.js';

describe('i18n', () => {
  it('resolves the first supported language, Dutch by default', () => {
    assert.equal(resolveLanguage('en-GB'), 'en');
    assert.equal(resolveLanguage('fr', 'EN'), 'en');
    assert.equal(resolveLanguage(null, undefined, ''), 'nl');
    assert.equal(resolveLanguage('nl-BE', 'en'), 'nl');
    assert.equal(resolveLanguage('de'), 'nl');
  });

  it('has every message in both languages', () => {
    assert.deepEqual(Object.keys(messages.en).sort(), Object.keys(messages.nl).sort());
    for (const [key, text] of Object.entries(messages.en)) assert.ok(text.trim(), key);
  });

  it('fills placeholders', () => {
    assert.equal(translate('en', 'error.catalogue-unreachable', { url: 'https://x.test/c.json' }), 'The catalogue could not be loaded from https://x.test/c.json.');
    assert.equal(translate('nl', 'retry'), 'Opnieuw proberen');
  });

  it('localises texts with a Dutch fallback; plain strings are language-neutral', () => {
    assert.equal(localize({ nl: 'Taak', en: 'Task' }, 'en'), 'Task');
    assert.equal(localize({ nl: 'Taak' }, 'en'), 'Taak');
    assert.equal(localize('Fonds', 'en'), 'Fonds');
  });

  it('translates validation problems', () => {
    const p: Problem = { path: 'interventions[0].level', code: 'invalid-value', message: 'expected one of a, b', params: { values: 'a, b' } };
    assert.equal(describeProblem(p, 'en'), 'expected one of a, b');
    assert.equal(describeProblem(p, 'nl'), 'verwacht een van: a, b');
    const format: Problem = { path: 'interventions[0].links[0].url', code: 'invalid-format', message: 'expected an http(s) URL', params: { format: 'url' } };
    assert.equal(describeProblem(format, 'nl'), 'verwacht een http(s)-adres');
  });
});
