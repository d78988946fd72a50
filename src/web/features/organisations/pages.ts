// What the app shell mounts from this feature (one lazily loaded chunk).
export { OrganisationNewRoute } from './routes/organisation-new-route';
export { OrganisationRoute } from './routes/organisation-route';
export { OrganisationsRoute } from './routes/organisations-route';
