import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { provinces } from '../admin-units/tables.js';

/**
 * The indicator catalogue (chỉ tiêu). A code is the indicator's identity in forms, values,
 * imports and other systems' files, so it never changes; names and units may be corrected.
 */
export const indicators = pgTable(
  'indicators',
  {
    code: text('code').primaryKey(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en'),
    unit: text('unit').notNull(),
    /** 'count', 'money' (đồng), 'percent', 'ratio' (numerator/denominator) or 'number'. */
    valueType: text('value_type').notNull(),
    decimals: integer('decimals').notNull().default(0),
    domain: text('domain').notNull(),
    /** 'sum', 'ratio' (recomputed from summed parts), 'latest' or 'none' (not aggregable). */
    aggregation: text('aggregation').notNull(),
    higherIsBetter: boolean('higher_is_better').notNull().default(true),
    /** A percentage may exceed 100 only when this says so (e.g. "% of plan"). */
    maxValue: numeric('max_value'),
    /** A ratio's value is numerator / denominator × scale (100 for a percentage). */
    ratioScale: integer('ratio_scale').notNull().default(100),
    numeratorLabel: text('numerator_label'),
    denominatorLabel: text('denominator_label'),
    sdgTarget: text('sdg_target'),
    /** Disaggregations whose parts must add up to the total: 'sex', 'ethnicity'. */
    disaggregations: jsonb('disaggregations').$type<string[]>().notNull().default([]),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
    searchKey: text('search_key').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicators_domain_idx').on(t.domain, t.position)],
);

/** A rule between indicators that administrators define: `left op right × factor`. */
export const indicatorRules = pgTable('indicator_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  leftCode: text('left_code')
    .notNull()
    .references(() => indicators.code),
  /** '<=', '<', '=', '>=', '>'. */
  operator: text('operator').notNull(),
  rightCode: text('right_code')
    .notNull()
    .references(() => indicators.code),
  factor: numeric('factor').notNull().default('1'),
  /** 'error' blocks submission; 'warning' needs a comment. */
  severity: text('severity').notNull(),
  message: text('message').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A report form: the indicators one level reports, how often, and by when. */
export const reportForms = pgTable('report_forms', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** Which units report it: 'national', 'province', 'commune' or 'agency'. */
  unitKind: text('unit_kind').notNull(),
  /** 'month', 'quarter', 'ytd5', 'ytd6', 'ytd9', 'year' (see shared/indicators/periods.ts). */
  frequency: text('frequency').notNull(),
  /** Days after the period's last day the report is due (negative: before it ends, as "6 tháng" due 15/06). */
  deadlineDays: integer('deadline_days').notNull().default(15),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const reportFormIndicators = pgTable(
  'report_form_indicators',
  {
    formId: uuid('form_id')
      .notNull()
      .references(() => reportForms.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    position: integer('position').notNull().default(0),
    required: boolean('required').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.formId, t.indicatorCode] })],
);

/**
 * One unit's report of one form for one period. The unit is `unitKind` + `unitCode`: 'national'
 * ('VN'), 'province' (a current province code), 'legacy_province' (a pre-July-2025 province, for
 * figures of earlier periods), 'commune' (commune code) or 'agency' (organisation id).
 * `provinceCode` is the current province it rolls up into (null only for the national unit).
 */
export const indicatorReports = pgTable(
  'indicator_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    formId: uuid('form_id')
      .notNull()
      .references(() => reportForms.id),
    unitKind: text('unit_kind').notNull(),
    unitCode: text('unit_code').notNull(),
    provinceCode: text('province_code').references(() => provinces.code),
    period: text('period').notNull(),
    periodYear: integer('period_year').notNull(),
    periodEnd: date('period_end').notNull(),
    dueDate: date('due_date').notNull(),
    /** 'draft', 'submitted', 'returned', 'approved'. */
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    /** The reason given when the report was last returned or reopened. */
    lastReason: text('last_reason'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('indicator_reports_unit_period_uq').on(t.formId, t.unitKind, t.unitCode, t.period),
    index('indicator_reports_province_period_idx').on(t.provinceCode, t.period),
    index('indicator_reports_status_idx').on(t.status, t.unitKind),
  ],
);

/**
 * One value of a report. `part` is '' for the total, or a disaggregation's part ('sex:female',
 * 'sex:male', 'ethnicity:minority', 'ethnicity:kinh'). A ratio keeps its numerator and
 * denominator; `value` is then what the unit reported (checked against them).
 */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => indicatorReports.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    part: text('part').notNull().default(''),
    value: numeric('value'),
    numerator: numeric('numerator'),
    denominator: numeric('denominator'),
    target: numeric('target'),
    comment: text('comment'),
    /** Where the figure came from when it was not an import: an intake document's evidence… */
    source: jsonb('source').$type<Record<string, unknown>>(),
    /**
     * The import (XLSX or CSV file) that wrote the value, if one did: the file's name, kind,
     * time and who sent it are kept once on `indicator_imports` rather than repeated on each of
     * a file's million values (a jsonb per value made a large import half again as slow as
     * COPY). No foreign key, on purpose: its check would run once per value of a million-value
     * COPY; imports are never deleted, so the id always resolves.
     */
    importId: integer('import_id'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorCode, t.part] }), index('indicator_values_indicator_idx').on(t.indicatorCode)],
);

/** One import of values from a file: what `indicator_values.import_id` points at. */
export const indicatorImports = pgTable('indicator_imports', {
  id: serial('id').primaryKey(),
  formId: uuid('form_id')
    .notNull()
    .references(() => reportForms.id),
  /** 'csv' or 'xlsx'. */
  fileKind: text('file_kind').notNull(),
  fileName: text('file_name'),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  /** How many values the file wrote, and into how many reports. */
  values: integer('values').notNull().default(0),
  reports: integer('reports').notNull().default(0),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

/** The workflow history of a report: who did what, when, and why. */
export const indicatorReportEvents = pgTable(
  'indicator_report_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => indicatorReports.id, { onDelete: 'cascade' }),
    /** 'created', 'values_saved', 'submitted', 'returned', 'approved', 'reopened', 'imported'. */
    action: text('action').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicator_report_events_report_idx').on(t.reportId, t.at)],
);

/**
 * Dashboard aggregates, kept current in the same transaction as every submission, return,
 * approval and reopening: one row per indicator × current province × period × stage.
 * `stage` 'approved' counts approved province-level reports; 'submitted' also counts those
 * submitted and not yet approved. A legacy province's report adds into its successor.
 */
export const indicatorAggregates = pgTable(
  'indicator_aggregates',
  {
    indicatorCode: text('indicator_code').notNull(),
    provinceCode: text('province_code').notNull(),
    period: text('period').notNull(),
    periodYear: integer('period_year').notNull(),
    stage: text('stage').notNull(),
    value: numeric('value'),
    numerator: numeric('numerator'),
    denominator: numeric('denominator'),
    target: numeric('target'),
    /** How many reports were rolled up (more than one when old provinces merged). */
    reports: integer('reports').notNull().default(0),
    /** True when the figure cannot be rolled up (aggregation 'none' with several reports). */
    notAggregable: boolean('not_aggregable').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.stage, t.indicatorCode, t.provinceCode, t.period] }),
    index('indicator_aggregates_year_idx').on(t.stage, t.periodYear, t.indicatorCode),
  ],
);
