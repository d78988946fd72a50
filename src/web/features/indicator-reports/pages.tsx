// What the app shell mounts from this feature (one lazily loaded chunk).
export { IndicatorCompletenessRoute } from './routes/completeness-route';
export { IndicatorReportRoute } from './routes/report-route';
export { IndicatorReportsRoute } from './routes/reports-route';
