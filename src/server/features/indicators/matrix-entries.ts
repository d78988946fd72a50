import type { MatrixEntries } from '../../test-support/permission-matrix-kit.js';

/** This feature's rows of the permission matrix: every route it adds, × every role, × own and other province. */
export const matrixEntries: MatrixEntries = {};
