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
  const headers = { id: 'id', title: 'title', level: 'level', factors: 'factors', evidence: 'evidence', phases: 'phases', section: 'section', sources: 'sources', links: 'links' };

  it('writes RFC 4180 CSV with a byte-order mark, translated values and quoted cells', () => {
    const csv = shortlistToCsv(shortlistRows(['job-crafting', 'intrapreneurship', 'missing'], catalogue, 'en'), headers);
    assert.ok(csv.startsWith('\uFEFFid,title,level,'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 3);
    // Cells with separators (commas, and semicolons for spreadsheets set to them) are quoted.
    assert.match(lines[1]!, /^job-crafting,Job crafting,Task,"Task variety; Challenging tasks; Job autonomy",Proven effective,/);
    assert.match(lines[1]!, /,"Barzin, Vîrgă, & Rusu, 2021; /);
  });

  it('keeps spreadsheet formulas and quotes inert', () => {
    const rows = [{ id: 'x', title: '=HYPERLINK("http://evil")', level: '+1', factors: '-2', evidence: '@cmd', phases: 'a"b', section: '', sources: '', links: '' }];
    const line = shortlistToCsv(rows, headers).slice(1).split('\r\n')[1]!;
    assert.equal(line, `x,"'=HYPERLINK(""http://evil"")",'+1,'-2,'@cmd,"a""b",,,`);
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
    const replaced = loadCatalogue({ ...JSON.parse(readFileSync(new URL('../../catalogue/default.json', import.meta.url), 'utf8')), interventions: fund.value.interventions.filter((item) => !item.section) });
    assert.ok(replaced.ok);
    assert.equal(catalogueOrigin(replaced.value), 'own');
  });
});
