import type { App } from '../../http/route-types.js';

/** Placeholder until this feature's routes land. */
export async function transparencyRoutes(_app: App) {}
