// Every Drizzle table, gathered for the client and for drizzle-kit's migration generator.
// Each table is defined beside the feature that owns it.
export * from '../features/admin-units/tables.js';
export * from '../features/organisations/tables.js';
export * from '../features/accounts/tables.js';
export * from '../features/auth/tables.js';
export * from '../features/audit/tables.js';
export * from '../features/system/tables.js';
export * from '../features/conferences/tables.js';
export * from '../features/participants/tables.js';
export * from '../features/awareness/tables.js';
export * from '../features/conference-stats/tables.js';
export * from '../features/files/tables.js';
export * from '../features/intake/tables.js';
export * from '../features/indicators/tables.js';
export * from '../features/working-visits/tables.js';
export * from '../features/followup/tables.js';
export * from '../features/transparency/tables.js';
export * from '../features/intake-reports/tables.js';
