import { retryableImport } from './chunks.js';
import type { WorkspaceSource } from './controllers/workspace.js';

const importWorkspace = retryableImport(() => import('./workspace.js'), import.meta.url);

/**
 * A widget's page workspace fetched as a chunk of its own when the widget connects (its
 * `workspaceSource`): for a widget whose first paint does not read the shared state (the model
 * diagram), so that its first load leaves the workspace out. Its state is empty, and changes go
 * nowhere, until `joined()` resolves.
 */
export const workspaceOnDemand: WorkspaceSource = (name) => importWorkspace().then((module) => module.getWorkspace(name));
