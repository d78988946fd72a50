// What the app shell mounts from this feature (one lazily loaded chunk).
export { IndicatorCatalogueRoute } from './routes/indicator-catalogue-route';
export { ReportFormsRoute } from './routes/report-forms-route';
