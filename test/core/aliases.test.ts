/**
 * Old intervention ids keep working (catalogue `aliases`): the default has one for every item
 * that was merged into another, the cross-checks refuse aliases that cannot be followed in one
 * step, extensions inherit the default's, and the finder's core and the workspace put the new id
 * in the old one's place.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentId, currentIds, readStateFromParams } from '../../src/core/finder.js';
import { loadCatalogue } from '../../src/core/validate.js';
import { describeProblem } from '../../src/core/i18n.js';
import { WorkspaceData } from '../../src/elements/workspace-data.js';
import { defaultJson, load } from '../fixtures/catalogues.js';

const catalogue = load(defaultJson);
const extension = (fields: Record<string, unknown>) => ({ schemaVersion: 1, extends: 'default', ...fields });
const problemsOf = (input: unknown) => {
  const result = loadCatalogue(input, input && typeof input === 'object' && 'extends' in input ? catalogue : undefined);
  return result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}: ${describeProblem(p, 'nl')}`);
};

describe('catalogue aliases', () => {
  it('resolves an old id to its new home and leaves current and unknown ids alone', () => {
    assert.equal(currentId(catalogue, 'workload-conversation-guide'), 'workload-conversation');
    assert.equal(currentId(catalogue, 'job-crafting'), 'job-crafting');
    assert.equal(currentId(catalogue, 'no-such-item'), 'no-such-item');
  });

  it('replaces old ids in a list once, in their place, without duplicates', () => {
    assert.deepEqual(currentIds(catalogue, ['job-crafting', 'workload-conversation-guide', 'intrapreneurship']), ['job-crafting', 'workload-conversation', 'intrapreneurship']);
    // Three old ids of one item, and the item itself: one entry, where the first of them stood.
    assert.deepEqual(currentIds(catalogue, ['leader-gives-room', 'job-crafting', 'leader-gives-direction', 'direction-room-and-backing']), ['direction-room-and-backing', 'job-crafting']);
  });

  it("opens the new home of an old deep link's detail id, with the link's search", () => {
    const state = readStateFromParams(new URLSearchParams('lio-q=ruimte&lio-open=leader-gives-room'), catalogue);
    assert.equal(state.text, 'ruimte');
    assert.equal(state.open, 'direction-room-and-backing');
  });

  it('refuses an alias that points at no intervention, shadows an intervention or points at another alias, naming the alias', () => {
    const own = structuredClone(defaultJson) as Record<string, unknown>;
    own['aliases'] = { 'old-one': 'job-craftin', 'job-crafting': 'intrapreneurship', 'older-one': 'workload-conversation-guide', 'workload-conversation-guide': 'workload-conversation' };
    assert.deepEqual(problemsOf(own), [
      'aliases.old-one unknown-alias-target: alias "old-one" wijst naar onbekende interventie "job-craftin" (bedoelde u "job-crafting"?)',
      'aliases.job-crafting alias-shadows-id: alias "job-crafting" is ook het id van een interventie',
      'aliases.older-one alias-chain: alias "older-one" wijst naar "workload-conversation-guide", zelf een alias; wijs naar het huidige id',
    ]);
  });

  it("checks an extension's own aliases against the merged items and the default's aliases", () => {
    assert.deepEqual(problemsOf(extension({ aliases: { 'my-old': 'leader-gives-room', 'my-gone': 'job-crafting' }, remove: ['job-crafting'] })), [
      'aliases.my-old alias-chain: alias "my-old" wijst naar "leader-gives-room", zelf een alias; wijs naar het huidige id',
      'aliases.my-gone unknown-alias-target: alias "my-gone" wijst naar onbekende interventie "job-crafting"',
    ]);
  });

  it("inherits the default's aliases in an extension, adds its own, and drops those left without an item", () => {
    const merged = load(
      extension({ aliases: { 'my-old-crafting': 'job-crafting' }, remove: ['workload-conversation'], interventions: [{ ...catalogue.interventionById.get('job-crafting')!, id: 'leader-gives-room' }] }),
      catalogue,
    );
    assert.equal(currentId(merged, 'my-old-crafting'), 'job-crafting');
    assert.equal(currentId(merged, 'informal-conversations'), 'good-conversation');
    // Its item was removed: the old id has nowhere to go. Its old id is an item again: it is that item.
    assert.equal(merged.aliases.has('workload-conversation-guide'), false);
    assert.equal(currentId(merged, 'leader-gives-room'), 'leader-gives-room');
    // Two inherited ones dropped, one of its own added.
    assert.equal(merged.aliases.size, catalogue.aliases.size - 2 + 1);
  });
});

describe('workspace rename', () => {
  const aliases = new Map([
    ['old-a', 'new-a'],
    ['old-b', 'new-b'],
  ]);

  it('puts the new id in the old one’s place, once, and agrees with another tab that renames too', () => {
    let t = 1_000;
    const a = new WorkspaceData('a', () => t++);
    const b = new WorkspaceData('b', () => t++);
    const added = a.toggle('shortlist', ['x', 'old-a', 'y', 'old-b', 'new-b'], true);
    assert.deepEqual(b.merge(added, 'channel').problems, []);
    const fromA = a.rename('shortlist', aliases);
    const fromB = b.rename('shortlist', aliases);
    assert.deepEqual(a.state.shortlist, ['x', 'new-a', 'y', 'new-b']);
    assert.deepEqual(a.merge(fromB, 'channel').problems, []);
    assert.deepEqual(b.merge(fromA, 'channel').problems, []);
    assert.deepEqual(b.state.shortlist, a.state.shortlist);
    assert.deepEqual(a.state.shortlist, ['x', 'new-a', 'y', 'new-b']);
    assert.deepEqual(a.rename('shortlist', aliases), {});
  });

  it('keeps a saved old id saved even when its new id was removed after the old one was saved', () => {
    let t = 1_000;
    const a = new WorkspaceData('a', () => t++);
    a.toggle('shortlist', ['old-a', 'new-a', 'x'], true);
    a.toggle('shortlist', ['new-a'], false);
    a.rename('shortlist', aliases);
    assert.deepEqual(a.state.shortlist, ['x', 'new-a']);
  });
});
