// The public surface of the core, for main/, renderer/ and src/node/.
export * from './risk';
export * from './text';
export * from './condition';
export * from './template-schema';
export * from './assessment-schema';
export * from './problems';
export * from './json-input';
export * from './canonical-json';
export * from './digest';
export * from './migrations';
export * from './file-format';
export * from './template-file';
export * from './version';
export * from './engine/visibility';
export * from './engine/impact';
export * from './engine/evaluate';
