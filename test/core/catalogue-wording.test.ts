/**
 * Holds the wording of the built-in catalogue to the report (issue 9): who is cited where, how
 * evidence is classified, one English term per Dutch one, no sentences the report does not say,
 * and the meta texts as the report has them. Each rule is written down in catalogue/README.md.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatProblems, loadCatalogue, type Catalogue, type Intervention, type LocalizedText } from '../../src/core/index.js';

const source = JSON.parse(readFileSync(new URL('../../catalogue/default.json', import.meta.url), 'utf8'));
const loaded = loadCatalogue(source);
assert.ok(loaded.ok, loaded.ok ? '' : formatProblems(loaded.problems));
const catalogue: Catalogue = loaded.value;
const items = catalogue.interventions;
const item = (id: string): Intervention => {
  const found = catalogue.interventionById.get(id);
  assert.ok(found, `no item ${id}`);
  return found;
};
const nl = (text: LocalizedText | undefined) => (typeof text === 'string' ? text : (text?.nl ?? ''));
const en = (text: LocalizedText | undefined) => (typeof text === 'string' ? text : (text?.en ?? ''));

/** Every `{ nl, en }` text of the catalogue with its JSON path. */
function texts(value: unknown, path = ''): { path: string; nl: string; en: string }[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.nl === 'string' && typeof record.en === 'string') return [{ path, nl: record.nl, en: record.en }];
  return Object.entries(record).flatMap(([key, child]) => texts(child, `${path}.${key}`));
}
const allTexts = texts(source);
const everything = JSON.stringify(source);

describe('attribution', () => {
  it('cites "TNO/NvSP, 2014" only for taakroulatie, where the report prints it', () => {
    assert.deepEqual(
      items.filter((i) => i.sources.includes('TNO/NvSP, 2014')).map((i) => i.id),
      ['task-rotation'],
    );
  });

  // Misprints the catalogue corrects: the corrected form is in `sources`, the item's
  // `details.misprint` says how the report prints it and what it is corrected to.
  const MISPRINTS = [
    { id: 'online-peer-support-groups', printed: 'Ciabati (2021)', corrected: 'Cabiati, 2021' },
    { id: 'leadership-training-with-job-redesign', printed: 'Tavfelin et al., 2019', corrected: 'Tafvelin et al., 2019' },
    { id: 'nijman-supervisor-support-transfer-study', printed: 'Nijman en collega’s (2016)', corrected: 'Nijman, Nijhof, Wognum & Veldkamp, 2006' },
  ];
  for (const { id, printed, corrected } of MISPRINTS) {
    it(`lists the misprint "${printed}" in ${id}, as printed and as corrected`, () => {
      const study = item(id);
      assert.ok(study.sources.includes(corrected), `${id} cites ${corrected}`);
      for (const text of [nl(study.details?.misprint), en(study.details?.misprint)]) {
        assert.ok(text.includes(`"${printed}"`) && text.includes(`"${corrected}"`), `${id}: ${text}`);
      }
      for (const i of items) for (const s of i.sources) assert.doesNotMatch(s, /Tavfelin|Ciabati|Nijman.*2016/, i.id);
    });
  }
});

describe('evidence', () => {
  it('is not "proven" for an item that only restates a study that is not "proven"', () => {
    // A correlational study (such as Govaerts et al.) cannot make one of its forms "proven".
    for (const study of items.filter((i) => i.kind === 'study' && i.evidence !== 'proven' && i.sources.length === 1)) {
      for (const other of items.filter((i) => i.kind !== 'study' && i.sources.length === 1 && i.sources[0] === study.sources[0])) {
        assert.notEqual(other.evidence, 'proven', `${other.id} cites only ${study.sources[0]} (${study.evidence})`);
      }
    }
  });

  it('says what was measured where the report gives an association', () => {
    const involved = item('training-transfer-supervisor-responsible-and-involved');
    assert.equal(involved.evidence, 'mixed');
    assert.match(nl(involved.details?.outcome), /samenhang, geen effect/);
    assert.match(en(involved.details?.outcome), /association, not the effect/);
  });

  // The rule for a citation that names both "werksessie" and literature (catalogue/README.md):
  // where the report cites both for the action itself, the evidence is the literature's;
  // where it cites the literature only for the background, the evidence is "expert-session".
  const BOTH_FOR_THE_ACTION = ['employee-consultation-round', 'employee-idea-box'];
  const LITERATURE_FOR_THE_BACKGROUND = ['regular-formal-team-and-department-meetings', 'external-labour-pool'];

  it('classifies every item that cites "werksessie" and literature by one rule', () => {
    const mixedCitations = items.filter((i) => i.sources.some((s) => /werksessie/.test(s)) && i.sources.some((s) => !/werksessie/.test(s)));
    assert.deepEqual(mixedCitations.map((i) => i.id).sort(), [...BOTH_FOR_THE_ACTION, ...LITERATURE_FOR_THE_BACKGROUND].sort());
    for (const id of BOTH_FOR_THE_ACTION) {
      assert.equal(item(id).evidence, 'practice', id);
      assert.match(nl(item(id).summary), /komt uit de TNO-werksessies en wordt ook in de grijze literatuur genoemd/, id);
    }
    for (const id of LITERATURE_FOR_THE_BACKGROUND) {
      assert.equal(item(id).evidence, 'expert-session', id);
      assert.match(nl(item(id).summary), /uit de TNO-werksessies; .* is gebaseerd op literatuur\./, id);
      assert.match(en(item(id).summary), /from the TNO working sessions; .* is based on literature\./, id);
    }
  });
});

describe('one English vocabulary (glossary in catalogue/README.md)', () => {
  it('translates "leidinggevende" as "supervisor", never as leader or manager', () => {
    for (const { path, nl: dutch, en: english } of allTexts) {
      assert.doesNotMatch(english, /\bleaders?\b/i, path);
      if (!/\bmanagers?\b/i.test(dutch)) assert.doesNotMatch(english, /\bmanagers?\b/i, path);
      if (/leidinggevend/i.test(dutch)) assert.match(english, /supervis/i, path);
    }
  });

  it('translates "werksessie" as "working session", in items and in the evidence label', () => {
    for (const { path, nl: dutch, en: english } of allTexts) {
      assert.doesNotMatch(english, /expert session/i, path);
      if (/werksessie/i.test(dutch)) assert.match(english, /working session|'bron: werksessie'/i, path);
    }
    assert.equal(en(catalogue.evidence.find((e) => e.id === 'expert-session')!.title), 'From working session');
  });
});

describe('no words the report does not say', () => {
  const REMOVED = [
    'Dat laat zien dat leren in het werk telt',
    'This shows that learning on the job counts',
    "diploma's en certificaten",
    'zodat er structureel op gestuurd wordt',
    'so that it is managed structurally',
    'zodat het beter aansluit op de praktijk',
    'so that it connects better with practice',
    'Zo halen medewerkers actuele kennis uit het onderwijs binnen',
    'bring up-to-date knowledge from education into the company',
    'Zo doen zij zelf nieuwe kennis en ideeën op',
    'pick up new knowledge and ideas themselves',
    'die makkelijk in de werkdag passen',
    'fit easily into the working day',
    'the training and development fund for the Dutch central government',
    'the Dutch foundation for cooperation between vocational education and the labour market',
    'gaat over belonen',
    'is about rewarding staff',
    'The new way of rewarding',
  ];
  for (const sentence of REMOVED) {
    it(`does not say "${sentence}"`, () => assert.ok(!everything.includes(sentence)));
  }

  it('introduces "Het nieuwe belonen" as the report does: reading "in dit kader", after the KPI tip', () => {
    const book = item('book-het-nieuwe-belonen');
    assert.match(nl(book.summary), /interessant om in dit kader te lezen/);
    assert.match(en(book.summary), /interesting reading in this context/);
  });
});

describe('meta texts as the report has them', () => {
  it('describes the method of section 2.3: the Nederlandse Enquête, abstracts judged by two, consensus, full text', () => {
    const method = catalogue.meta.method;
    assert.match(nl(method), /Nederlandse Enquête Arbeidsomstandigheden/);
    assert.doesNotMatch(nl(method) + en(method), /Nationale|each article/);
    assert.match(nl(method), /abstracts los van elkaar/);
    assert.match(nl(method), /consensusbijeenkomst/);
    assert.match(nl(method), /volledige artikelen/);
    assert.match(en(method), /judged the abstracts found separately; in a consensus meeting/);
    assert.match(en(method), /full texts/);
  });

  it('gives the phases their whole description and the maturity model its source', () => {
    const phase = (id: string) => catalogue.phases.find((p) => p.id === id)!;
    assert.match(nl(phase('application').description), /vallen en opstaan: het nieuwe gedrag is nog niet volledig geïntegreerd/);
    assert.match(en(phase('application').description), /not yet fully integrated/);
    assert.match(nl(phase('continuous').description), /regie over de eigen ontwikkeling\. Het lerende en innovatieve gedrag is helemaal onderdeel/);
    assert.match(en(phase('continuous').description), /has become entirely part of who they are/);
    for (const p of catalogue.phases) assert.equal(p.source, 'Koopmans et al., 2021; Prochaska & DiClemente, 1983', p.id);
  });

  it('describes mobility as external mobility and the demands–control balance including too little workload', () => {
    const factor = (id: string) => catalogue.factorById.get(id)!;
    assert.match(nl(factor('mobility').description), /^Externe mobiliteit \(uitwisseling van personeel\)/);
    assert.doesNotMatch(nl(factor('mobility').description), /tussen functies/);
    assert.match(en(factor('mobility').description), /^External mobility \(exchange of staff\)/);
    assert.match(nl(factor('demands-control-balance').description), /niet \(te\) weinig werkdruk/);
    assert.match(en(factor('demands-control-balance').description), /not too little workload/);
  });

  it('records Van der Torre et al. (2019), through the Kennisbank Sociale Innovatie, as the source of the employee level', () => {
    const employee = catalogue.levels.find((l) => l.id === 'employee')!;
    const expected = 'Van der Torre et al., 2019, via Kennisbank Sociale Innovatie';
    assert.equal(employee.source, expected);
    for (const f of employee.factors) assert.equal(f.source, expected, f.id);
  });
});
