export type * from './determination.js';
export type * from './records.js';
