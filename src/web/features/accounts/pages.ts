// What the app shell mounts from this feature (one lazily loaded chunk).
export { AccountNewRoute } from './routes/account-new-route';
export { AccountRoute } from './routes/account-route';
export { AccountsRoute } from './routes/accounts-route';
