export * from './lib/util/util';
