// What the app shell mounts from this feature (one lazily loaded chunk).
import { DashboardPage } from './routes/dashboard-page';

export const IndicatorDashboardRoute = () => <DashboardPage />;
