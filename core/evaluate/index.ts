export * from './indicator.js';
export * from './commune.js';
export * from './batch.js';
