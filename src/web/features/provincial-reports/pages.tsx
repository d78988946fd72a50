// What the app shell mounts from this feature (one lazily loaded chunk).
export { ProvincialReportRoute } from './routes/provincial-report-route';
