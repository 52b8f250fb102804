/**
 * `ng build` without @angular/cli: runs the workspace's `build` target (angular.json, the
 * `@angular/build:application` builder, so AOT with strictTemplates) through Angular's own
 * Architect, as the CLI does. The CLI itself is left out of the project's devDependencies because
 * it brings an update checker, schematics and prompts that a build does not use. Run in this
 * folder: `node build.mjs`; exits non-zero, with the builder's messages, when the build fails.
 */
import { createRequire } from 'node:module';

// CommonJS packages whose folder entries (`…/node`) only require() resolves.
const require = createRequire(import.meta.url);
const { Architect } = require('@angular-devkit/architect');
const { WorkspaceNodeModulesArchitectHost } = require('@angular-devkit/architect/node');
const { json, logging, workspaces } = require('@angular-devkit/core');
const { NodeJsSyncHost } = require('@angular-devkit/core/node');

const root = process.cwd();
const { workspace } = await workspaces.readWorkspace(root, workspaces.createWorkspaceHost(new NodeJsSyncHost()));
const registry = new json.schema.CoreSchemaRegistry();
registry.addPostTransform(json.schema.transforms.addUndefinedDefaults);
const architect = new Architect(new WorkspaceNodeModulesArchitectHost(workspace, root), registry);

const logger = new logging.Logger('build');
logger.subscribe((entry) => (entry.level === 'error' || entry.level === 'fatal' || entry.level === 'warn' ? console.error : console.log)(entry.message));
const run = await architect.scheduleTarget({ project: 'host', target: 'build' }, {}, { logger });
const result = await run.result;
await run.stop();
process.exit(result.success ? 0 : 1);
