import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  EMPTY_STATE,
  activeFilterCount,
  catalogueOrigin,
  loadCatalogue,
  offeredIds,
  parseIdList,
  readStateFromParams,
  shortlistRows,
  shortlistToCsv,
  shortlistToJson,
  csvCell,
  localize,
  CSV_SEPARATORS,
  type ShortlistRow,
  unknownIds,
  writeStateToParams,
  type Catalogue,
  type FinderState,
} from '../../src/core/index.js';

const loaded = loadCatalogue(JSON.parse(readFileSync(new URL('../../catalogue/default.json', import.meta.url), 'utf8')));
assert.ok(loaded.ok);
const catalogue: Catalogue = loaded.value;

describe('finder state', () => {
  it('reads comma-separated preset ids and names the unknown ones', () => {
    assert.deepEqual(parseIdList(' task, organisation ,,'), ['task', 'organisation']);
    assert.deepEqual(parseIdList(null), []);
    assert.deepEqual(unknownIds(catalogue, 'levels', ['task', 'team']), ['team']);
    assert.deepEqual(unknownIds(catalogue, 'factors', ['feedback', 'feedbak']), ['feedbak']);
  });

  it('round-trips through the URL, keeping the host page its own parameters', () => {
    const state: FinderState = { text: 'werk druk', levels: ['task'], factors: ['feedback', 'job-autonomy'], phases: ['action'], evidence: ['proven'], sort: 'evidence', open: 'job-crafting' };
    const params = writeStateToParams(state, new URLSearchParams('page=2&lio-q=old'));
    assert.equal(params.get('page'), '2');
    assert.equal(params.toString(), 'page=2&lio-q=werk+druk&lio-level=task&lio-factor=feedback%2Cjob-autonomy&lio-phase=action&lio-evidence=proven&lio-sort=evidence&lio-open=job-crafting');
    assert.deepEqual(readStateFromParams(params, catalogue), state);
  });

  it('leaves defaults out of the URL and drops what it does not know', () => {
    assert.equal(writeStateToParams(EMPTY_STATE, new URLSearchParams()).toString(), '');
    const read = readStateFromParams(new URLSearchParams('lio-level=task,team&lio-sort=random&lio-open=nope&lio-phase=<script>'), catalogue);
    assert.deepEqual(read, { ...EMPTY_STATE, levels: ['task'] });
  });

  it('counts active filters', () => {
    assert.equal(activeFilterCount(EMPTY_STATE), 0);
    assert.equal(activeFilterCount({ ...EMPTY_STATE, text: ' x ', levels: ['task', 'organisation'], evidence: ['proven'] }), 4);
  });
});

describe('shortlist export', () => {
  const headers = { id: 'id', title: 'title', summary: 'summary', level: 'level', factors: 'factors', evidence: 'evidence', phases: 'phases', section: 'section', sources: 'sources', links: 'links' };
  const row = (fields: Partial<ShortlistRow>): ShortlistRow => ({ id: 'x', title: '', summary: '', level: '', factors: '', evidence: '', phases: '', section: '', sources: '', links: '', ...fields });

  /** A reader that honours quotes (RFC 4180), as Excel and LibreOffice do, splitting on `separator`. */
  function readCsv(text: string, separator: string): string[][] {
    const rows: string[][] = [];
    let cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (quoted && char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = !quoted;
      } else if (quoted || (char !== separator && char !== '\r')) {
        cell += char;
      } else if (char === separator) {
        cells.push(cell);
        cell = '';
      } else {
        // CRLF ends a row.
        rows.push([...cells, cell]);
        cells = [];
        cell = '';
        i++;
      }
    }
    return rows;
  }

  /** What a reader that ignores quotes sees as cells: split on lines and `separator`, quotes and spaces stripped at the start. */
  const naiveCells = (text: string, separator: string) =>
    text.split(/\r\n|\n|\r/).flatMap((line) => line.split(separator)).map((cell) => cell.replace(/^[ "]+/, ''));

  it('writes every intervention with its summary, translated, after a byte-order mark', () => {
    const csv = shortlistToCsv(shortlistRows(['job-crafting', 'intrapreneurship', 'missing'], catalogue, 'en'), headers);
    assert.ok(csv.startsWith('\uFEFF"id","title","summary","level",'));
    assert.ok(csv.endsWith('\r\n'));
    const rows = readCsv(csv.slice(1), ',');
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[1]!.slice(0, 2), ['job-crafting', 'Job crafting']);
    assert.equal(rows[1]![2], localize(catalogue.interventionById.get('job-crafting')!.summary, 'en'));
    assert.equal(rows[1]![4], 'Task variety; Challenging tasks; Job autonomy');
    assert.match(rows[1]![8]!, /^Barzin, Vîrgă, & Rusu, 2021; /);
    assert.equal(rows[2]![0], 'intrapreneurship');
  });

  it('separates with semicolons for Dutch spreadsheets, and every cell reads back whole', () => {
    assert.equal(CSV_SEPARATORS.nl, ';');
    assert.equal(CSV_SEPARATORS.en, ',');
    const nl = shortlistRows(['job-crafting'], catalogue, 'nl');
    const csv = shortlistToCsv(nl, { ...headers, summary: 'samenvatting' }, ';');
    const rows = readCsv(csv.slice(1), ';');
    assert.equal(rows[0]!.length, 10);
    assert.equal(rows[0]![2], 'samenvatting');
    assert.deepEqual(rows[1], Object.values(nl[0]!));
    // A summary with commas is one cell, and so is a list joined with "; ".
    assert.match(rows[1]![2]!, /,/);
    assert.match(rows[1]![4]!, /; /);
  });

  it('keeps formulas inert at every place a cell can start, with either separator, with or without quotes', () => {
    const tricky = [
      'Gewoon;=2+5;einde',
      'Plain,=2+5,end',
      '=HYPERLINK("http://evil")',
      '+1',
      '-2',
      '@SUM(A1)',
      '\t=1+1',
      '\r=1+1',
      'regel 1\n=1+1',
      'a; -3',
      'a"b',
    ];
    const rows = tricky.map((title, i) => row({ id: `x${i}`, title, summary: title }));
    for (const written of [',', ';'] as const) {
      const csv = shortlistToCsv(rows, headers, written).slice(1);
      for (const read of [',', ';']) {
        // Quote-aware readers: no cell starts with a formula character.
        for (const cells of readCsv(csv, read)) for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `written with "${written}", read with "${read}": ${JSON.stringify(cell)}`);
        // Readers that ignore quotes (or a line break inside a cell): still no formula at a cell start.
        for (const cell of naiveCells(csv, read)) assert.doesNotMatch(cell, /^[=+\-@\t]/, `naive, written with "${written}", read with "${read}": ${JSON.stringify(cell)}`);
      }
      // Read as written, a cell keeps its text: only a "'" before each formula start, quotes doubled and read back.
      const back = readCsv(csv, written);
      assert.equal(back[1]![1], "Gewoon;'=2+5;einde");
      assert.equal(back[2]![1], "Plain,'=2+5,end");
      assert.equal(back[3]![1], `'=HYPERLINK("http://evil")`);
      assert.deepEqual(back.slice(4, 8).map((r) => r[1]), ["'+1", "'-2", "'@SUM(A1)", "'\t=1+1"]);
      assert.equal(back[8]![1], "'\r'=1+1");
      assert.equal(back[9]![1], "regel 1\n'=1+1");
      assert.equal(back[10]![1], "a; '-3");
      assert.equal(back[11]![1], 'a"b');
      assert.equal(back[11]![2], 'a"b', 'the summary column is written the same way');
    }
  });

  it('leaves ordinary text alone', () => {
    assert.equal(csvCell('Job crafting - in teams, 2021'), '"Job crafting - in teams, 2021"');
    assert.equal(csvCell(''), '""');
  });

  it('exports the full interventions as JSON, in shortlist order', () => {
    const json = JSON.parse(shortlistToJson(['intrapreneurship', 'job-crafting'], catalogue));
    assert.deepEqual(json.interventions.map((i: { id: string }) => i.id), ['intrapreneurship', 'job-crafting']);
    assert.equal(json.interventions[1].evidence, 'proven');
  });
});

describe('filters offered', () => {
  const employeeFactors = catalogue.levels.find((level) => level.id === 'employee')!.factors.map((factor) => factor.id);
  const used = (factor: string) => catalogue.interventions.some((item) => item.factors.includes(factor));

  it('leaves out levels and factors that no intervention has', () => {
    // The built-in catalogue has no item at the employee level; two items of other levels name "motivation".
    assert.ok(!catalogue.interventions.some((item) => item.level === 'employee'));
    assert.deepEqual(offeredIds(catalogue, 'levels'), ['task', 'colleagues-and-leader', 'organisation', 'environment']);
    const factors = offeredIds(catalogue, 'factors');
    assert.deepEqual(
      employeeFactors.filter((id) => factors.includes(id)),
      employeeFactors.filter(used),
    );
    assert.ok(!factors.includes('personal-traits') && !factors.includes('commitment'));
    assert.ok(factors.includes('motivation'));
    assert.ok(factors.every(used));
    assert.equal(factors.length, [...catalogue.factorById.keys()].filter(used).length);
    // Phases and evidence kinds are a fixed vocabulary: always offered.
    assert.equal(offeredIds(catalogue, 'phases').length, 5);
    assert.equal(offeredIds(catalogue, 'evidence').length, 5);
  });

  it('still offers an empty level or factor that a deep link or the script selected, so it can be unticked', () => {
    assert.deepEqual(offeredIds(catalogue, 'levels', ['employee']), ['employee', 'task', 'colleagues-and-leader', 'organisation', 'environment']);
    assert.ok(offeredIds(catalogue, 'factors', ['commitment']).includes('commitment'));
    // A deep link to an empty level is kept (its id is valid), and shows no results rather than everything.
    const state = readStateFromParams(new URLSearchParams('lio-level=employee&lio-factor=commitment'), catalogue);
    assert.deepEqual([state.levels, state.factors], [['employee'], ['commitment']]);
  });

  it('offers a level and its factors once a custom catalogue has items there', () => {
    const custom = loadCatalogue(
      {
        schemaVersion: 1,
        extends: 'default',
        interventions: [
          {
            id: 'own-motivation-talks',
            title: 'Motivatiegesprekken',
            summary: 'Gesprekken over wat medewerkers drijft.',
            level: 'employee',
            factors: ['commitment'],
            phases: ['selection'],
            evidence: 'practice',
            sources: [],
            links: [],
          },
        ],
      },
      catalogue,
    );
    assert.ok(custom.ok);
    assert.equal(offeredIds(custom.value, 'levels')[0], 'employee');
    assert.ok(offeredIds(custom.value, 'factors').includes('commitment'));
    assert.ok(!offeredIds(custom.value, 'factors').includes('personal-traits'));
  });
});

describe('where the items come from', () => {
  it('tells the report alone, the report with a fund\'s own items, and a catalogue of its own apart', () => {
    assert.equal(catalogueOrigin(catalogue), 'report');
    const fund = loadCatalogue(JSON.parse(readFileSync(new URL('../fixtures/catalogues/fund-extension.json', import.meta.url), 'utf8')), catalogue);
    assert.ok(fund.ok);
    assert.equal(catalogueOrigin(fund.value), 'extended');
    const own = fund.value.interventions.filter((item) => !item.section).map((item) => item.id);
    assert.deepEqual(own, ['fund-learning-budget']);
    const replaced = loadCatalogue({ ...JSON.parse(readFileSync(new URL('../../catalogue/default.json', import.meta.url), 'utf8')), interventions: fund.value.interventions.filter((item) => !item.section), aliases: {} });
    assert.ok(replaced.ok);
    assert.equal(catalogueOrigin(replaced.value), 'own');
  });
});
