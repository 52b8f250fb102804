#!/usr/bin/env node
/**
 * The lio-widgets command line: `lio-widgets validate FILE [FILE...]` checks catalogue files
 * against the catalogue contract, with the same core the widgets use, and prints every problem as
 * `FILE:LINE:COL path: message` so editors and CI logs can jump to it.
 *
 * Exit codes: 0 all files valid, 1 a file is invalid, 2 a file cannot be read (or bad usage).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage: lio-widgets validate FILE [FILE...]
       lio-widgets ids

validate: checks lio-widgets catalogue files (JSON) against the catalogue contract and prints
every problem, top to bottom, as FILE:LINE:COL path: message; an unknown id gets the nearest
known one ("did you mean"). A catalogue with "extends": "default" is checked together with the
package's default catalogue.
ids: lists the default catalogue's factor and intervention ids, each with its Dutch title, for
factors, related and remove.

Exit codes: 0 valid, 1 invalid, 2 unreadable file or bad usage.
The JSON Schema for editors is lio-widgets/catalogue/schema.json.`;

const DEFAULT_CATALOGUE = new URL('../catalogue/default.json', import.meta.url);

/** `lio-widgets ids`: one `id<TAB>title` line per factor and per intervention of the default catalogue. */
function listIds() {
  const catalogue = JSON.parse(readFileSync(DEFAULT_CATALOGUE, 'utf8'));
  const title = (text) => (typeof text === 'string' ? text : text.nl);
  const lines = ['# factors (for "factors")'];
  for (const level of catalogue.levels) for (const factor of level.factors) lines.push(`${factor.id}\t${title(factor.title)}`);
  lines.push('', '# interventions (for "related" and "remove")');
  for (const item of catalogue.interventions) lines.push(`${item.id}\t${title(item.title)}`);
  console.log(lines.join('\n'));
}

/** One hint per kind of problem, printed once below the list. */
const HINTS = {
  'invalid-json': 'fix the JSON syntax first; the mistake is at or just before the position shown',
  'invalid-type': 'compare the field with catalogue/schema.json (editors that read "$schema" check while you type)',
  'invalid-value': 'levels, phases and evidence are fixed English kebab-case ids: use one of the listed values exactly',
  'invalid-format': 'ids are lower-case kebab-case (job-crafting), links absolute http(s) URLs, sections numbers such as 3.1.2',
  'too-small': 'this needs content: fill it in, or leave the field out if it is optional',
  'unknown-field': 'check the spelling; only the fields in catalogue/schema.json are allowed',
  'invalid-text': 'a text is a plain string or { "nl": "…", "en": "…" } with nl required',
  'missing-dutch': 'every text needs Dutch ("nl"); English ("en") is optional and falls back to Dutch',
  'duplicate-id': 'ids must be unique; to change an item of the default catalogue, use its id once in your file',
  'unknown-factor': 'factor ids are the levels[].factors[].id values (of the default catalogue when you extend it)',
  'unknown-related': 'related must name an intervention id in this catalogue or in the default it extends (npx lio-widgets ids lists the default\'s)',
  'unknown-remove': 'remove lists ids of interventions in the default catalogue (npx lio-widgets ids lists them)',
  'below-minimum': 'write a number in the allowed range: counts are 0 or more, the scan\'s version 1 or more, its thresholds 1 to 5',
  'above-maximum': 'write a number in the allowed range: the scan\'s thresholds are 1 to 5; a larger count cannot be stored exactly, so check for a typing mistake',
  'not-an-integer': 'write a whole number without a decimal point',
  'wrong-count': 'the scan\'s scale has exactly five labels, from "strongly disagree" to "strongly agree"',
  'threshold-order': 'a factor mean of at least "strength" is a strength, below "improvement" an improvement point: strength must be the higher number',
  'missing-entry': 'a complete catalogue lists every level, phase and evidence kind; to start from the default use "extends": "default"',
};

/**
 * The core: from the TypeScript sources in a checkout of this repository (dist/ may be stale or
 * missing there), from the build in an installed package (which ships dist/core.js and no
 * sources, so users need nothing but Node). For the sources the CLI runs itself again under
 * `node --import tsx` (a dev dependency). `LIO_CLI_FROM_DIST=1` forces the build, to test it.
 * Returns undefined when the child process did the work (its exit code is passed on).
 */
async function loadCore() {
  if (process.env.LIO_CLI_UNDER_TSX === '1') return import('../src/core/index.ts');
  const sources = new URL('../src/core/index.ts', import.meta.url);
  const built = new URL('../dist/core.js', import.meta.url);
  if (process.env.LIO_CLI_FROM_DIST === '1' || !existsSync(sources)) {
    if (existsSync(built)) return import(built.href);
    console.error('lio-widgets: dist/core.js is missing; build the package first (npm run build).');
    process.exitCode = 2;
    return undefined;
  }
  let tsx;
  try {
    tsx = import.meta.resolve('tsx');
  } catch {
    console.error('lio-widgets: running from the sources needs the dev dependencies (npm install).');
    process.exitCode = 2;
    return undefined;
  }
  const child = spawnSync(process.execPath, ['--import', tsx, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, LIO_CLI_UNDER_TSX: '1' },
  });
  process.exitCode = child.status ?? 2;
  return undefined;
}

/** Validate one file, print the outcome, return its exit code. */
function validate(core, file) {
  let text;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, ''); // a BOM is not JSON, but editors write it
  } catch (error) {
    const reason = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' }[error.code] ?? error.message;
    console.error(`${file}: cannot read the file (${reason})`);
    return 2;
  }

  let positions;
  try {
    positions = locate(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return report(file, text, new Map(), [{ path: '', code: 'invalid-json', message: `not valid JSON: ${error.message}`, offset: error.offset }]);
  }

  const json = core.parseJson(text);
  if (!json.ok) return report(file, text, positions, json.problems);
  // An extension is checked with the default it extends. Schema and cross-reference problems come
  // in one run: the core cross-checks what it can read even when the schema check fails.
  const extending = typeof json.value === 'object' && json.value !== null && !Array.isArray(json.value) && 'extends' in json.value;
  const built = core.loadCatalogue(json.value, extending ? defaultCatalogue(core) : undefined);
  if (!built.ok) return report(file, text, positions, built.problems);

  const count = built.value.interventions.length;
  const statements = built.value.scan?.statements.length;
  const scan = statements === undefined ? '' : `, a scan of ${statements} statement${statements === 1 ? '' : 's'}`;
  console.log(`✓ ${file} is a valid catalogue (${count} intervention${count === 1 ? '' : 's'}${extending ? ' with the default it extends' : ''}${scan})`);
  return 0;
}

let defaultLoaded;

/** The package's own default catalogue, loaded once. */
function defaultCatalogue(core) {
  if (!defaultLoaded) {
    defaultLoaded = core.loadCatalogue(JSON.parse(readFileSync(DEFAULT_CATALOGUE, 'utf8')));
    if (!defaultLoaded.ok) throw new Error(`the package's default catalogue is invalid:\n${core.formatProblems(defaultLoaded.problems)}`);
  }
  return defaultLoaded.value;
}

function report(file, text, positions, problems) {
  // The core keeps the first thousand problems and counts the rest in one closing entry.
  let omitted = 0;
  const located = [];
  for (const p of problems) {
    if (p.code === 'too-many-problems') {
      omitted += Number(p.params?.count ?? 0);
      continue;
    }
    located.push({ p, offset: p.offset ?? offsetOf(positions, p) });
  }
  // Top to bottom, as the author reads the file (a stable sort keeps problems at one place in order).
  located.sort((a, b) => a.offset - b.offset);
  const lines = located.map(({ p, offset }) => {
    const { line, column } = lineColumn(text, offset);
    return `${file}:${line}:${column} ${p.path ? `${p.path}: ` : ''}${p.message}`;
  });
  // One write, not one per problem: a thousand console.log calls are slow on a pipe.
  console.log(lines.join('\n'));
  if (omitted) console.log(`… and ${omitted} more problem${omitted === 1 ? '' : 's'} not listed (only the first ${lines.length} are shown)`);
  for (const code of new Set(problems.map((p) => p.code))) {
    if (!HINTS[code]) continue;
    // The factor ids are few and are the answer; the intervention ids are many: `lio-widgets ids` lists them.
    const valid = code === 'unknown-factor' ? problems.find((p) => p.params?.valid)?.params.valid : undefined;
    console.log(`  hint (${code}): ${HINTS[code]}${valid ? `: ${valid}` : ''}`);
  }
  const total = lines.length + omitted;
  console.log(`✗ ${file}: ${total} problem${total === 1 ? '' : 's'}`);
  return 1;
}

/** Where a problem's JSON path starts in the text. */
function offsetOf(positions, p) {
  // A scan statement's name in the path (`scan.statements[3] (autonomy-2).factor`) is for reading only.
  const plain = p.path.replace(/ \([^)]*\)/g, '');
  // An unknown field is best shown at the field's own name.
  if (p.code === 'unknown-field' && p.params?.keys) {
    const first = positions.get(child(plain, String(p.params.keys).split(', ')[0]));
    if (first?.key !== undefined) return first.key;
  }
  // A missing (required) field has no position: show its closest existing parent instead.
  for (let path = plain; ; path = parentOf(path)) {
    const at = positions.get(path)?.value;
    if (at !== undefined) return at;
    if (!path) return 0;
  }
}

const child = (path, key) => (path ? `${path}.${key}` : key);

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → `` */
function parentOf(path) {
  const parent = path.replace(/(?:\.[^.[]*|\[\d+\])$/, '');
  return parent === path ? '' : parent;
}

const lineStarts = new Map();

/** Line and column (1-based) of an offset; line starts are indexed once per file, as big files have many problems. */
function lineColumn(text, offset) {
  let starts = lineStarts.get(text);
  if (!starts) {
    starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStarts.set(text, starts);
  }
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

class JsonSyntaxError extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * A small JSON scanner: records where each value (and each property name) starts, keyed by the
 * JSON path in the core's format (`interventions[0].level`), and throws JsonSyntaxError at the
 * first syntax error. Node 20's JSON.parse often does not say where an error is, so the scanner
 * finds it, with a message meant for people who edit JSON by hand.
 */
function locate(text) {
  const positions = new Map();
  let i = 0;
  const fail = (message, at = i) => {
    throw new JsonSyntaxError(message, at);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const unexpected = () => {
    if (i >= text.length) return 'unexpected end of file';
    if (text[i] === "'") return 'strings must use double quotes';
    if (text[i] === '/') return 'comments are not allowed in JSON';
    return `unexpected character ${JSON.stringify(text[i])}`;
  };
  const string = () => {
    const start = i++;
    while (text[i] !== '"') {
      if (i >= text.length) fail('unterminated string', start);
      if (text[i] < ' ') fail('line break or control character inside a string (write \\n for a line break)');
      if (text[i] === '\\' && !/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) fail('invalid escape sequence');
      i += text[i] === '\\' ? 2 : 1;
    }
    i++;
    return text.slice(start, i);
  };
  const value = (path) => {
    skipSpace();
    positions.set(path, { ...positions.get(path), value: i });
    if (text[i] === '{' || text[i] === '[') return container(path, text[i] === '{');
    if (text[i] === '"') return void string();
    LITERAL.lastIndex = i;
    const literal = LITERAL.exec(text);
    if (!literal) fail(unexpected());
    i += literal[0].length;
  };
  const container = (path, isObject) => {
    const close = isObject ? '}' : ']';
    i++;
    skipSpace();
    if (text[i] === close) return void i++;
    for (let n = 0; ; n++) {
      let itemPath = `${path}[${n}]`;
      if (isObject) {
        skipSpace();
        if (text[i] !== '"') fail(/[\w$']/.test(text[i] ?? '') ? 'property names must be in double quotes' : unexpected());
        const keyAt = i;
        itemPath = child(path, JSON.parse(string()));
        positions.set(itemPath, { key: keyAt });
        skipSpace();
        if (text[i] !== ':') fail("expected ':' after the property name");
        i++;
      }
      value(itemPath);
      skipSpace();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') {
        const after = isObject ? 'a property value' : 'an array item';
        if (text[i] === '"') fail(`missing ',' after ${after}`);
        fail(text[i] === '/' ? unexpected() : `expected ',' or '${close}' after ${after}`);
      }
      const comma = i++;
      skipSpace();
      if (text[i] === close) fail('trailing comma (not allowed in JSON)', comma);
    }
  };
  value('');
  skipSpace();
  if (i < text.length) fail('unexpected text after the end of the JSON value');
  return positions;
}

// Last, so that the helpers above (classes and consts are not hoisted) exist when it runs.
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
} else if (args[0] === 'ids' && args.length === 1) {
  listIds();
} else if (args[0] !== 'validate' || args.length < 2) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  const core = await loadCore();
  if (core) process.exitCode = Math.max(0, ...args.slice(1).map((file) => validate(core, file)));
}
