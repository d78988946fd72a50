// What the app shell mounts from this feature (one lazily loaded chunk).
export { TransparencySettingsRoute } from './routes/transparency-settings-route';
export { PublicProvincesRoute } from './routes/public-provinces-route';
export { PublicProvinceRoute } from './routes/public-province-route';
