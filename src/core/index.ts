/** The pure core of lio-widgets: catalogue contract, loading, and i18n. No DOM, no Lit. */
export * from './ids.js';
export * from './problems.js';
export * from './problem-list.js';
export * from './schema.js';
export * from './catalogue.js';
export * from './build.js';
export * from './validate.js';
export * from './i18n.js';
export * from './search.js';
export * from './finder.js';
export * from './csv.js';
export * from './recommend.js';
export * from './relevance.js';
export * from './scan.js';
