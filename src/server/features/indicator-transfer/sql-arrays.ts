export { toArray } from '../../db/sql-array.js';
