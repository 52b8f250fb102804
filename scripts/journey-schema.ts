/**
 * The JSON Schema of the journey format (a saved or linked whole journey: scan, shortlist, focus
 * and plans), from its zod schema (src/core/journey/schema.ts). Written to
 * catalogue/journey.schema.json by generate-catalogue.ts and compared with the committed file by
 * its `--check` and by test/core/journey-schema.test.ts.
 */
import * as z from 'zod/mini';
import { Journey } from '../src/core/journey/schema.js';
import { PlanAction } from '../src/core/plan/schema.js';

/** Where the file lives, from the project root. */
export const JOURNEY_SCHEMA_PATH = 'catalogue/journey.schema.json';

/** The file's text. */
export function journeySchemaText(): string {
  const schema = {
    ...z.toJSONSchema(Journey, {
      override: (ctx) => {
        // The zod refinement "an own action needs a title" has no JSON Schema of its own: say it here.
        if (ctx.zodSchema === PlanAction) ctx.jsonSchema.anyOf = [{ required: ['intervention'] }, { required: ['title'] }];
      },
    }),
    title: 'lio-widgets journey',
    description:
      'A whole journey of the lio-widgets (share and resume): the quick scan\'s answers, team codes and outcome, the saved interventions, the picked focus and the action plans, as kept in the page workspace. See docs/decisions.md.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
