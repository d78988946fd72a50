// What the app shell mounts from this feature (one lazily loaded chunk).
export { FollowupEditRoute } from './routes/edit-route';
export { FollowupItemRoute } from './routes/item-route';
export { FollowupListRoute } from './routes/list-route';
export { FollowupMapRoute } from './routes/map-route';
export { FollowupNewRoute } from './routes/new-route';
