// The templates capability, as the CLI and the editor use it.
export * from './dates.js';
export * from './errors.js';
export * from './note.js';
export * from './render.js';
export * from './store.js';
export * from './syntax.js';
export * from './typography.js';
export * from './variables.js';
