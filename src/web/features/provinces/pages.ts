// What the app shell mounts from this feature (one lazily loaded chunk).
export { ProvinceRoute } from './routes/province-route';
export { ProvincesRoute } from './routes/provinces-route';
