/**
 * Every message key used in the source exists in every language, and every key defined is used.
 *
 * The source is scanned, not run: a key is "used" when it appears as a string literal with a
 * message namespace (`'finder.title'`, `'error.title'`), or, for keys without a namespace
 * (`loading`, `retry`), as the literal first argument of `t(…)` / `translate…(…)`. Keys built from
 * templates (`finder.sort.${order}`) must be listed in DYNAMIC below with the real ids they expand
 * to, so a new template key or a new id fails here until its messages exist.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { FACETS, shortlistRows } from '../../src/core/finder.js';
import { KIND_IDS } from '../../src/core/ids.js';
import { loadCatalogue } from '../../src/core/validate.js';
import { FORMAT_MESSAGES, StudyDetails } from '../../src/core/schema.js';
import { SORT_ORDERS } from '../../src/core/search.js';
import { scanCsvRows, scoreScan, type ScanCodeError, type ScanVerdict } from '../../src/core/scan.js';
import { problemMessagesNl } from '../../src/core/i18n.js';
import { validationProblemMessagesNl } from '../../src/core/validation-messages.js';
import { planProblemMessagesNl } from '../../src/core/plan/messages.js';
import { PLAN_FORMAT_MESSAGES } from '../../src/core/plan/schema.js';
import { planCsvRows } from '../../src/core/plan/export.js';
import { sharedMessages } from '../../src/elements/messages/index.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const defaultCatalogue = loadCatalogue(JSON.parse(read('catalogue/default.json')));
if (!defaultCatalogue.ok) throw new Error('default catalogue invalid');
const firstId = defaultCatalogue.value.interventions[0]!.id;

/** Template keys in the source, with the ids each may end in (taken from the real id lists). */
const SCAN_VERDICTS: Record<ScanVerdict, string> = { strength: '', improvement: '', neutral: '', 'not-scored': '' };

const DYNAMIC: Record<string, readonly string[]> = {
  'finder.sort.': SORT_ORDERS,
  'finder.facet.': FACETS,
  'finder.kind.': KIND_IDS,
  'finder.detail.': Object.keys((StudyDetails as unknown as { shape: object }).shape),
  'finder.csv.': Object.keys(shortlistRows([firstId], defaultCatalogue.value, 'nl')[0]!),
  'scan.csv.': Object.keys(scanCsvRows(defaultCatalogue.value, scoreScan(defaultCatalogue.value, defaultCatalogue.value.scan!, {}), 'nl', SCAN_VERDICTS)[0]!),
  // Records over the union types, so a new reason or verdict fails to compile here until it is listed.
  'scan.code-error.': Object.keys({ format: 1, version: 1, corrupt: 1, foreign: 1, length: 1 } satisfies Record<ScanCodeError, 1>),
  'scan.verdict.': Object.keys(SCAN_VERDICTS),
  // The matrix's CSV and print list: the columns of a plan's CSV row.
  'matrix.csv.': Object.keys(
    planCsvRows(defaultCatalogue.value, { format: 'lio-plan', version: 1, actions: [{ id: 'a', level: 'task', phase: 'action', status: 'planned', title: 'a' }] }, 'nl', {
      kinds: { catalogue: '', own: '' },
      statuses: { planned: '', running: '', done: '' },
    })[0]!,
  ),
};

/** Every `.ts` file under `dir`, without the message modules themselves. */
function sourceFiles(dir: string): string[] {
  const url = new URL(dir, root);
  if (!existsSync(url)) return [];
  return readdirSync(url).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(new URL(path, root)).isDirectory()) return name === 'messages' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

interface Usage {
  used: Set<string>;
  /** Template prefixes found in the source, e.g. `finder.sort.`. */
  dynamic: Set<string>;
}

/** The keys `files` use, for a message set whose dotted keys start with one of `namespaces`. */
export function scanUsage(sources: ReadonlyArray<{ path: string; text: string }>, namespaces: readonly string[]): Usage {
  const used = new Set<string>();
  const dynamic = new Set<string>();
  const ns = namespaces.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  for (const { text } of sources) {
    if (ns) {
      for (const m of text.matchAll(new RegExp(`(['"\`])((?:${ns})\\.[a-z0-9.-]*[a-z0-9])\\1`, 'g'))) used.add(m[2]!);
      for (const m of text.matchAll(new RegExp(`\`((?:${ns})\\.[a-z0-9.-]*)\\$\\{`, 'g'))) dynamic.add(m[1]!);
    }
    for (const m of text.matchAll(/\b(?:t|translate\w*)\(\s*(?:[\w.]+\s*,\s*)?(['"])([a-z][a-z-]*)\1/g)) used.add(m[2]!);
  }
  return { used, dynamic };
}

const namespacesOf = (keys: readonly string[]) => [...new Set(keys.filter((k) => k.includes('.')).map((k) => k.split('.')[0]!))];

/** Compare what the source uses with what each language defines; return readable mistakes. */
export function keyMistakes(name: string, languages: Record<string, readonly string[]>, usage: Usage, dynamicAllowed: Record<string, readonly string[]>, defined: readonly string[]): string[] {
  const mistakes: string[] = [];
  const used = new Set(usage.used);
  for (const prefix of usage.dynamic) {
    const suffixes = dynamicAllowed[prefix];
    if (!suffixes) mistakes.push(`${name}: template key \`${prefix}\${…}\` is not listed in DYNAMIC with its ids`);
    else for (const suffix of suffixes) used.add(prefix + suffix);
  }
  for (const [lang, keys] of Object.entries(languages)) {
    const have = new Set(keys);
    for (const key of used) if (!have.has(key)) mistakes.push(`${name}: "${key}" is used but missing in ${lang}`);
  }
  for (const key of defined) if (!used.has(key)) mistakes.push(`${name}: "${key}" is defined but never used`);
  return mistakes;
}

const widgets = readdirSync(new URL('components/', root)).filter((name) => existsSync(new URL(`components/${name}/messages/nl.ts`, root)));

/**
 * The source files of a widget's first load: what `components/<widget>/lio-<widget>.ts` imports
 * statically, found by bundling it with code splitting (the lazy parts become chunks of their own).
 */
async function firstLoadFiles(widget: string): Promise<Set<string>> {
  const entry = `components/${widget}/lio-${widget}.ts`;
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: fileURLToPath(root),
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'first-load',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { __LIO_VERSION__: '"test"' },
  });
  const outputs = result.metafile.outputs;
  const queue = Object.keys(outputs).filter((out) => outputs[out]!.entryPoint === entry);
  const files = new Set<string>();
  for (const seen = new Set<string>(); queue.length; ) {
    const out = queue.pop()!;
    if (seen.has(out)) continue;
    seen.add(out);
    Object.keys(outputs[out]!.inputs).forEach((input) => files.add(input));
    for (const { path, kind } of outputs[out]!.imports) if (kind === 'import-statement' && outputs[path]) queue.push(path);
  }
  return files;
}

/** The keys `usage` names, with its template keys expanded through DYNAMIC. */
const expand = (usage: Usage) => new Set([...usage.used, ...[...usage.dynamic].flatMap((prefix) => (DYNAMIC[prefix] ?? []).map((suffix) => prefix + suffix))]);

describe('message keys', () => {
  it('finds the widgets that own messages', () => {
    assert.ok(widgets.includes('intervention-finder'), widgets.join(', '));
  });

  const sharedKeys = Object.keys(sharedMessages.nl);
  /** The keys of a widget's message module (`nl`, `en`, `parts/nl`, `parts/en`); none when it has no such module. */
  const load = async (widget: string, module: string) =>
    existsSync(new URL(`components/${widget}/messages/${module}.ts`, root))
      ? Object.keys(((await import(`../../components/${widget}/messages/${module}.ts`)) as { default: Record<string, unknown> }).default)
      : [];

  for (const widget of widgets) {
    it(`<lio-${widget}>: every key used exists in nl and en, every key defined is used`, async () => {
      // The first load's messages and the parts' (messages/parts/), as one set.
      const nl = [...(await load(widget, 'nl')), ...(await load(widget, 'parts/nl'))];
      const en = [...(await load(widget, 'en')), ...(await load(widget, 'parts/en'))];
      const files = sourceFiles(`components/${widget}`).map((path) => ({ path, text: read(path) }));
      // A widget may use its own keys and the shared ones; only its own must all be used here.
      const usage = scanUsage(files, namespacesOf([...nl, ...sharedKeys]));
      const dynamic = Object.fromEntries(Object.entries(DYNAMIC).filter(([prefix]) => nl.some((k) => k.startsWith(prefix))));
      const languages = { nl: [...nl, ...sharedKeys], en: [...en, ...Object.keys(sharedMessages.en)] };
      assert.deepEqual(keyMistakes(widget, languages, usage, dynamic, nl), []);
    });

    it(`<lio-${widget}>: the first load has the keys it shows, and only those; the parts' keys are in messages/parts`, async () => {
      const first = new Set(await load(widget, 'nl'));
      const parts = new Set(await load(widget, 'parts/nl'));
      const namespaces = namespacesOf([...first, ...parts, ...sharedKeys]);
      const firstFiles = await firstLoadFiles(widget);
      const files = sourceFiles(`components/${widget}`);
      assert.ok(files.some((path) => firstFiles.has(path)) && files.some((path) => !firstFiles.has(path)), 'the first load and the lazy parts are told apart');
      const usedFirst = expand(scanUsage(files.filter((path) => firstFiles.has(path)).map((path) => ({ path, text: read(path) })), namespaces));
      const usedLater = expand(scanUsage(files.filter((path) => !firstFiles.has(path)).map((path) => ({ path, text: read(path) })), namespaces));
      const mistakes = [
        // Shown before any part is there: it would show as its key.
        ...[...parts].filter((key) => usedFirst.has(key)).map((key) => `"${key}" is shown on the first load but is in messages/parts`),
        // Only the parts show it: it weighs on the first load for nothing.
        ...[...first].filter((key) => !usedFirst.has(key) && usedLater.has(key)).map((key) => `"${key}" is shown only by lazy parts: move it to messages/parts`),
      ];
      assert.deepEqual(mistakes, []);
    });
  }

  it('shared messages: every key used in src/elements or a component exists in nl and en, every key defined is used', async () => {
    const widgetKeys = new Set((await Promise.all(widgets.flatMap((w) => [load(w, 'nl'), load(w, 'parts/nl')]))).flat());
    const files = [...sourceFiles('src/elements'), ...sourceFiles('components')].map((path) => ({ path, text: read(path) }));
    const usage = scanUsage(files, namespacesOf(sharedKeys));
    const shared = { used: new Set([...usage.used].filter((key) => !widgetKeys.has(key))), dynamic: usage.dynamic };
    assert.deepEqual(keyMistakes('shared', { nl: sharedKeys, en: Object.keys(sharedMessages.en) }, shared, {}, sharedKeys), []);
  });

  it('core problem messages: one per problem code and per format, and the did-you-mean, no more', () => {
    const codes = [...read('src/core/problems.ts').matchAll(/^\s+\| '([a-z-]+)'/gm)].map((m) => m[1]!);
    assert.ok(codes.length > 10);
    // Plus the "did you mean" that describeProblem adds to an unknown id with a suggestion. The
    // problems only validation reports have their wording in validation-messages.ts, loaded with it,
    // and those only a plan import reports (and the plan's date format) in plan/messages.ts.
    const formats = [...Object.keys(FORMAT_MESSAGES), ...Object.keys(PLAN_FORMAT_MESSAGES)];
    const expected = [...codes.map((code) => `problem.${code}`), ...formats.map((format) => `problem.format.${format}`), 'problem.did-you-mean'].sort();
    const validationOnly = Object.keys(validationProblemMessagesNl);
    assert.ok(validationOnly.includes('problem.threshold-order'));
    assert.ok('problem.too-long' in planProblemMessagesNl);
    assert.deepEqual([...Object.keys(problemMessagesNl), ...validationOnly, ...Object.keys(planProblemMessagesNl)].sort(), expected);
  });

  it('problems that first-load code reports have their Dutch wording in the first load', () => {
    // The checks that load later bring the wording of what they report (validation-messages.ts,
    // plan/messages.ts); every other module may run on a first load, where only problemMessagesNl is.
    const later = ['src/core/problem-list.ts', 'src/core/issues.ts', 'src/core/validate.ts', 'src/core/references.ts', 'src/core/build.ts', 'src/core/plan/import.ts', 'src/core/plan/issues.ts', 'src/core/journey/read.ts', 'src/elements/messages/check-overrides.ts'];
    const files = [...sourceFiles('src'), ...sourceFiles('components')].filter((path) => !later.includes(path));
    const keys = new Set<string>();
    for (const path of files) {
      for (const call of read(path).matchAll(/\bproblem\([^;]*?,\s*'([a-z-]+)'(?:[^;]*?\bformat: '([a-z]+)')?/g)) {
        keys.add(`problem.${call[1]!}`);
        if (call[2]) keys.add(`problem.format.${call[2]}`);
      }
    }
    // The scan found the reports it should: a fetch failure, a preset attribute, the quick scan's submit-url.
    for (const key of ['problem.fetch-failed', 'problem.out-of-range', 'problem.invalid-value', 'problem.format.url']) assert.ok(keys.has(key), key);
    assert.deepEqual([...keys].filter((key) => !(key in problemMessagesNl)), []);
  });

  it('the check itself catches a missing, an unused and an unlisted template key', () => {
    const usage = scanUsage(
      [{ path: 'x.ts', text: "this.t('finder.title'); this.t(`finder.sort.${order}`); this.t(`finder.mode.${m}`); this.t('retry'); state === 'loading'" }],
      ['finder'],
    );
    assert.deepEqual([...usage.used].sort(), ['finder.title', 'retry']);
    assert.deepEqual(
      keyMistakes('x', { nl: ['finder.title', 'finder.sort.a', 'finder.unused'], en: ['finder.sort.a'] }, usage, { 'finder.sort.': ['a'] }, ['finder.title', 'finder.sort.a', 'finder.unused']),
      [
        'x: template key `finder.mode.${…}` is not listed in DYNAMIC with its ids',
        'x: "retry" is used but missing in nl',
        'x: "finder.title" is used but missing in en',
        'x: "retry" is used but missing in en',
        'x: "finder.unused" is defined but never used',
      ],
    );
  });
});
