// What the app shell mounts from this feature (one lazily loaded chunk).
export { ConferenceForm } from './components/form/conference-form';
export { ConferenceEditRoute } from './routes/conference-edit-route';
export { ConferenceNewRoute } from './routes/conference-new-route';
export { ConferenceRoute } from './routes/conference-route';
export { ConferencesRoute } from './routes/conferences-route';
