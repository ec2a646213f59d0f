/**
 * Framework-free helpers for the web app: supported languages, safe storage, formatting, trees
 * built from flat lists, safe return URLs and the shape of an API failure.
 */
export * from './lib/language';
export * from './lib/storage';
export * from './lib/format';
export * from './lib/tree';
export * from './lib/return-url';
export * from './lib/api-failure';
