// What the app shell mounts from this feature (one lazily loaded chunk).
export { VisitsRoute as WorkingVisitsRoute } from './routes/visits-route';
export { VisitRoute as WorkingVisitRoute } from './routes/visit-route';
export { VisitNewRoute as WorkingVisitNewRoute, VisitEditRoute as WorkingVisitEditRoute } from './routes/visit-form-routes';
