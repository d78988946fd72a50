// What the app shell mounts from this feature (one lazily loaded chunk). Placeholders until the pages land.
import { UnderConstruction } from '../../app/routes/under-construction';

export const IndicatorReportsRoute = () => <UnderConstruction area="indicators" />;
export const IndicatorReportRoute = () => <UnderConstruction area="indicators" />;
export const IndicatorCompletenessRoute = () => <UnderConstruction area="indicators" />;
