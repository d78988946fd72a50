// What the app shell mounts from this feature (one lazily loaded chunk). Placeholders until the pages land.
import { UnderConstruction } from '../../app/routes/under-construction';

export const IndicatorDashboardRoute = () => <UnderConstruction area="indicators" />;
