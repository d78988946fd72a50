// What the app shell mounts from this feature (one lazily loaded chunk).
export { FollowupImportRoute } from './routes/import-route';
