// What the app shell mounts from this feature (one lazily loaded chunk).
export { IntakeReviewRoute } from './routes/intake-review-route';
export { IntakeRoute } from './routes/intake-route';
