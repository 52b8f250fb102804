/**
 * The story check's wait: a story is checked once its rendering stops changing, and a story that
 * never stops (an endless spinner, a render loop) fails instead of being checked half-way.
 * The page is a stand-in that answers the snapshot the way a browser page would.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { settle } from '../../scripts/story-settle.js';

function page(snapshots: () => string) {
  let evaluated = 0;
  return {
    get evaluated() {
      return evaluated;
    },
    waitForFunction: async () => undefined as never,
    evaluate: async () => {
      evaluated++;
      return snapshots() as never;
    },
    waitForTimeout: (ms: number) => sleep(ms),
  };
}

test('a story that stops changing is ready to check', async () => {
  let step = 0;
  // Renders in three steps (loading, catalogue, results), then stays.
  const stepping = page(() => ['skeleton', 'catalogue', 'results'][Math.min(step++, 2)]!);
  await settle(stepping, 2_000, 5);
  assert.ok(stepping.evaluated >= 6, `checked ${stepping.evaluated} snapshots`);
});

test('a story that never settles fails with a reason', async () => {
  let tick = 0;
  const spinning = page(() => `frame ${tick++}`);
  await assert.rejects(settle(spinning, 200, 5), /the story never settled: it was still changing after 200 ms/);
});
