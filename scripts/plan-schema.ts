/**
 * The JSON Schema of the maturity matrix's plan format, from its zod schema
 * (src/core/plan/schema.ts). Written to catalogue/plan.schema.json by generate-catalogue.ts and
 * compared with the committed file by its `--check` and by test/core/plan-schema.test.ts.
 */
import * as z from 'zod/mini';
import { Plan, PlanAction } from '../src/core/plan/schema.js';

/** Where the file lives, from the project root. */
export const PLAN_SCHEMA_PATH = 'catalogue/plan.schema.json';

/** The file's text. */
export function planSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(Plan, {
      override: (ctx) => {
        // The zod refinement "an own action needs a title" has no JSON Schema of its own: say it here.
        if (ctx.zodSchema === PlanAction) ctx.jsonSchema.anyOf = [{ required: ['intervention'] }, { required: ['title'] }];
      },
    }),
    title: 'lio-widgets action plan',
    description: "An action plan of the maturity matrix (<lio-maturity-matrix>): actions per level and phase of the learning and innovative organisation's model. See docs/decisions.md.",
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
