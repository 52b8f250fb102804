// The demo page's entry for the embed builder: reads the element manifest and the package version
// the page is served with, then mounts the builder (demo/builder.js). A module file, not inline
// code, so the page keeps its strict Content-Security-Policy.
import { mountBuilder } from './builder.js';

const [manifest, pkg] = await Promise.all(['../custom-elements.json', '../package.json'].map(async (path) => (await fetch(new URL(path, import.meta.url))).json()));
mountBuilder(document.querySelector('[data-lio-builder]'), { manifest, version: pkg.version });
document.documentElement.dataset.builderReady = 'true';
