import type { App } from "../../http/route-types.js";
export async function figureRoutes(_app: App) {}
