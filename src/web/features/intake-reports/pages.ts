// What the app shell mounts from this feature (one lazily loaded chunk).
export { IntakeReportsRoute } from './routes/intake-reports-route';
export { IntakeReportReviewRoute } from './routes/intake-report-review-route';
