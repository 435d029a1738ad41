export * from './indicator.js';
export * from './commune.js';
