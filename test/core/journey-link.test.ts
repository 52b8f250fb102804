import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildJourney } from '../../src/core/journey/build.js';
import { journeyLinkData, journeyLinkUrl, withoutJourneyLink } from '../../src/core/journey/fragment.js';
import { decodeJourneyLink, encodeJourneyLink, fromBase64Url, toBase64Url } from '../../src/core/journey/link.js';
import { describeProblem } from '../../src/core/i18n.js';
import type { Problem } from '../../src/core/problems.js';
import { journeyState } from './journey-fixture.js';

const journey = buildJourney(journeyState(), { created: '2026-11-30T09:00:00Z', workspace: 'default' });

describe('journey link', () => {
  it('round-trips compressed and plain, and the compressed link is much shorter', async () => {
    const compressed = await encodeJourneyLink(journey, { compress: true });
    const plain = await encodeJourneyLink(journey, { compress: false });
    assert.match(compressed, /^z[A-Za-z0-9_-]+$/);
    assert.match(plain, /^j[A-Za-z0-9_-]+$/);
    for (const data of [compressed, plain]) {
      const result = await decodeJourneyLink(data);
      assert.ok(result.ok);
      assert.deepEqual(result.value, journey);
    }
    // The README's numbers: a team scan (all statements, six codes), three saved interventions and a plan of five actions.
    console.log(`link data: ${compressed.length} characters compressed, ${plain.length} plain`);
    assert.ok(compressed.length < plain.length / 2, `${compressed.length} vs ${plain.length}`);
    assert.ok(compressed.length < 2000, 'a workshop journey fits the 2,000 characters every mail and chat program keeps');
  });

  it('compresses by default where the runtime can (Node 20 can)', async () => {
    assert.equal((await encodeJourneyLink(journey))[0], 'z');
  });

  it('carries any text (accents, emoji) through base64url', () => {
    const bytes = new TextEncoder().encode('Ééntje 😀 ✓');
    const text = toBase64Url(bytes);
    assert.match(text, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(fromBase64Url(text), bytes);
    const large = new Uint8Array(200_000).map((_, i) => i % 256);
    assert.deepEqual(fromBase64Url(toBase64Url(large)), large);
  });

  it('finds its data in a fragment next to the page\'s own, and leaves the page\'s own', () => {
    assert.equal(journeyLinkData('#lio-journey=zABC'), 'zABC');
    assert.equal(journeyLinkData('#intro&lio-journey=jXYZ'), 'jXYZ');
    assert.equal(journeyLinkData('#intro'), undefined);
    assert.equal(journeyLinkData(''), undefined);
    assert.equal(withoutJourneyLink('#lio-journey=zABC'), '');
    assert.equal(withoutJourneyLink('#intro&lio-journey=zABC'), '#intro');
    assert.equal(journeyLinkUrl('https://example.org/route?lang=en', 'zABC'), 'https://example.org/route?lang=en#lio-journey=zABC');
    assert.equal(journeyLinkUrl('https://example.org/route#intro&lio-journey=jOLD', 'zABC'), 'https://example.org/route#intro&lio-journey=zABC');
  });

  it('refuses a damaged or cut link with one translated problem', async () => {
    const data = await encodeJourneyLink(journey, { compress: true });
    for (const bad of [data.slice(0, 40), `${data.slice(0, -3)}!!!`, `x${data.slice(1)}`, 'j', `j${toBase64Url(new TextEncoder().encode('{"format":'))}`]) {
      const result = await decodeJourneyLink(bad);
      assert.equal(result.ok, false, bad.slice(0, 20));
      const problems = (result as { problems: Problem[] }).problems;
      assert.deepEqual(problems.map((p) => `${p.code} ${p.params?.['format']}`), ['invalid-format journey-link']);
      assert.equal(describeProblem(problems[0]!, 'nl'), 'de link is onvolledig of beschadigd');
    }
  });

  it('checks the journey in a link as in a file', async () => {
    const bad = { ...journey, slices: { ...journey.slices, shortlist: [42] } };
    const result = await decodeJourneyLink(await encodeJourneyLink(bad as never, { compress: false }));
    assert.deepEqual((result as { problems: Problem[] }).problems.map((p) => `${p.path} ${p.code}`), ['slices.shortlist[0] invalid-type']);
  });
});
