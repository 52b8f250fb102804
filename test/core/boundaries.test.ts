import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The boundary messages ESLint gives `code` as if it were the file at `path`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.filter((m) => m.ruleId === 'lio/boundaries').map((m) => m.message);
}

describe('import boundaries (eslint.config.js)', () => {
  it('the core imports no Lit and no browser code', async () => {
    assert.match((await boundaryErrors('src/core/x.ts', "import { html } from 'lit';\nexport const x = html;\n"))[0] ?? '', /no Lit/);
    assert.match((await boundaryErrors('src/core/x.ts', "export { LioWidget } from '../elements/lio-widget.js';\n"))[0] ?? '', /no browser code/);
    assert.match((await boundaryErrors('src/core/search/x.ts', "export * from '../../../components/catalogue/catalogue.js';\n"))[0] ?? '', /no browser code/);
    assert.deepEqual(await boundaryErrors('src/core/x.ts', "export { search } from './search.js';\n"), []);
  });

  it('src/elements imports no component', async () => {
    assert.match((await boundaryErrors('src/elements/x.ts', "export { LioCatalogue } from '../../components/catalogue/catalogue.js';\n"))[0] ?? '', /imports no component/);
    assert.match((await boundaryErrors('src/elements/views/x.ts', "export const load = () => import('../../../components/catalogue/catalogue.js');\n"))[0] ?? '', /imports no component/);
    assert.deepEqual(await boundaryErrors('src/elements/x.ts', "export { LioWidget } from './lio-widget.js';\n"), []);
  });

  it('components do not import each other, but may import their own files', async () => {
    const other = "export { LioCatalogue } from '../catalogue/catalogue.js';\n";
    assert.match((await boundaryErrors('components/intervention-finder/x.ts', other))[0] ?? '', /do not import each other \(catalogue\)/);
    assert.match((await boundaryErrors('components/intervention-finder/views/x.ts', "export * from '../../catalogue/catalogue.js';\n"))[0] ?? '', /each other/);
    assert.deepEqual(await boundaryErrors('components/intervention-finder/views/x.ts', "export * from '../finder-state.js';\n"), []);
  });

  it('browser code never imports the core barrel', async () => {
    for (const spec of ['../../src/core/index.js', '../../src/core', '../../src/core/index.ts']) {
      assert.match((await boundaryErrors('components/intervention-finder/x.ts', `export type { Catalogue } from '${spec}';\n`))[0] ?? '', /module by module/, spec);
    }
    assert.match((await boundaryErrors('src/elements/x.ts', "import type { Lang } from '../core/index.js';\nexport type L = Lang;\n"))[0] ?? '', /module by module/);
    assert.deepEqual(await boundaryErrors('src/elements/x.ts', "export { search } from '../core/search.js';\n"), []);
  });
});
