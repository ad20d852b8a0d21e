/**
 * The single truth for Crosscheck's data, one domain a file: the dataset, the stored settings, a
 * page's reading and the messages are zod schemas, and every TypeScript type is inferred from
 * them. Content scripts import types only (the linter holds them to it).
 */
export * from './primitives';
export * from './dataset';
export * from './settings';
export * from './reading';
export * from './outline';
export * from './messages';
