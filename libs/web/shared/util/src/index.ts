/** Framework-free helpers for the web app: supported languages, safe storage, formatting. */
export * from './lib/language';
export * from './lib/storage';
export * from './lib/format';
