-- Relais research aggregation in SQL: the four tables of `relais research aggregate`, cell for
-- cell, k-suppression by distinct contributors included. See docs/research.md, "The same counts
-- in SQL". Checked against the Rust aggregator by crate/research/sql/check.sh.
--
-- Reads:
--   records  one row per valid record: the record schema's columns (docs/research-record.schema.json;
--            departement NULL or '' when not given), plus where it was read:
--              source  orders the files as they were read (their index, or their name when they
--                      are the files of one folder: the CLI reads a folder in name order)
--              line    the record's line number in its file
--            `relais research convert FILES --parquet records.parquet` writes exactly this.
--   params   one row: k (cells with fewer distinct contributors are left out; the CLI's --k,
--            5 by default) and max_distinct (portals, and procedures, kept by name: 10000).
-- Makes the views research_runs, research_counted, research_named, research_cells,
-- research_tables (the four tables in one) and the four tables: portal_failure_week,
-- procedure_failure, departement_failure, weekday_hour.
--
-- Standard SQL but for the constructs marked "Not standard" (each with its Spark SQL, Trino
-- and BigQuery spelling). Row order: ORDER BY the key columns when reading a table (the CSV
-- files are sorted by their key columns, byte order).

-- 1. Duplicates. An export is a run of consecutive records of one file with the same
--    export_id (lines that are not records do not break a run). Only the first run of an
--    export_id, in reading order, is counted: a later run is the same export sent again. In
--    that run, a record whose contributor_id is not the one of the run's first record is an
--    export id conflict, and is not counted either.
-- Not standard: CREATE OR REPLACE VIEW (Spark: CREATE OR REPLACE TEMPORARY VIEW; Trino and
-- BigQuery: as is, BigQuery with a dataset prefix).
CREATE OR REPLACE VIEW research_runs AS
SELECT
  s.*,
  SUM(s.run_start) OVER (
    PARTITION BY s.source ORDER BY s.line ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ) AS run
FROM (
  SELECT
    r.*,
    CASE WHEN LAG(r.export_id) OVER (PARTITION BY r.source ORDER BY r.line) = r.export_id
      THEN 0 ELSE 1 END AS run_start
  FROM records r
) s;

CREATE OR REPLACE VIEW research_counted AS
SELECT f.*
FROM (
  SELECT
    r.*,
    FIRST_VALUE(r.source) OVER by_export AS export_source,
    FIRST_VALUE(r.run) OVER by_export AS export_run,
    FIRST_VALUE(r.contributor_id) OVER by_export AS export_contributor
  FROM research_runs r
  WINDOW by_export AS (
    PARTITION BY r.export_id ORDER BY r.source, r.line
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  )
) f
WHERE f.source = f.export_source
  AND f.run = f.export_run
  AND f.contributor_id = f.export_contributor;

-- 2. Portals and procedures: the first max_distinct distinct values met among the counted
--    records, in reading order, keep their name; the later ones are all '_other'. (Procedures
--    are one list across portals, as in the Rust aggregator.) A value's rank is the rank of
--    the position where it is first met.
-- Not standard: the WINDOW clause (Spark, Trino and BigQuery have it; elsewhere repeat the
--   window in each OVER).
CREATE OR REPLACE VIEW research_named AS
SELECT
  n.*,
  CASE WHEN DENSE_RANK() OVER (ORDER BY n.portal_source, n.portal_line) <= p.max_distinct
    THEN n.portal ELSE '_other' END AS portal_name,
  CASE WHEN DENSE_RANK() OVER (ORDER BY n.procedure_source, n.procedure_line) <= p.max_distinct
    THEN n.procedure ELSE '_other' END AS procedure_name
FROM (
  SELECT
    c.*,
    FIRST_VALUE(c.source) OVER by_portal AS portal_source,
    FIRST_VALUE(c.line) OVER by_portal AS portal_line,
    FIRST_VALUE(c.source) OVER by_procedure AS procedure_source,
    FIRST_VALUE(c.line) OVER by_procedure AS procedure_line
  FROM research_counted c
  WINDOW
    by_portal AS (
      PARTITION BY c.portal ORDER BY c.source, c.line
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ),
    by_procedure AS (
      PARTITION BY c.procedure ORDER BY c.source, c.line
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    )
) n
CROSS JOIN params p;

-- 3. Each counted record with its cell keys. hour_utc is 'YYYY-MM-DDTHH:00:00Z' (UTC) and
--    weekday agrees with it (the record schema's rule), so the ISO week's Monday is the day
--    minus the weekday; its Thursday gives the ISO year and week number (ISO 8601: a week
--    belongs to the year of its Thursday).
-- Not standard: DATE - INTEGER (days). Spark: date_sub(d, n); Trino: date_add('day', -n, d);
--   BigQuery: DATE_SUB(d, INTERVAL n DAY). Likewise monday + 3.
-- Not standard: CAST(... AS VARCHAR). Spark and BigQuery: CAST(... AS STRING). A DATE cast
--   to text is 'YYYY-MM-DD' in all four.
-- EXTRACT(DOY FROM d): Spark, Trino as is; BigQuery: EXTRACT(DAYOFYEAR FROM d).
CREATE OR REPLACE VIEW research_cells AS
SELECT
  w.portal,
  w.procedure,
  w.failure_kind,
  w.contributor_id,
  w.attempt_count,
  w.departement,
  w.weekday,
  w.hour_utc,
  CAST(EXTRACT(YEAR FROM w.thursday) AS VARCHAR) || '-W'
    || LPAD(CAST(CAST(FLOOR((EXTRACT(DOY FROM w.thursday) - 1) / 7) AS INTEGER) + 1 AS VARCHAR), 2, '0')
    AS iso_week,
  CAST(w.monday AS VARCHAR) AS week_start
FROM (
  SELECT
    d.*,
    d.monday + 3 AS thursday
  FROM (
    SELECT
      c.portal_name AS portal,
      c.procedure_name AS procedure,
      c.failure_kind,
      c.contributor_id,
      c.attempt_count,
      NULLIF(c.departement, '') AS departement,
      c.weekday,
      SUBSTR(c.hour_utc, 12, 2) AS hour_utc,
      CAST(SUBSTR(c.hour_utc, 1, 10) AS DATE)
        - CASE c.weekday
            WHEN 'mon' THEN 0 WHEN 'tue' THEN 1 WHEN 'wed' THEN 2 WHEN 'thu' THEN 3
            WHEN 'fri' THEN 4 WHEN 'sat' THEN 5 WHEN 'sun' THEN 6
          END AS monday
    FROM research_named c
  ) d
) w;

-- 4. The four tables, in one pass (GROUPING SETS), then one view each. contributors: distinct
--    contributor_id, exact up to 1,000, then 1,000 ("at least 1,000", as the Rust aggregator's
--    bounded sets). A cell is published when that number is at least k. The département table
--    counts only records with a département. Reading research_tables once gives all four
--    (table_name tells which); each view below reads it again.
-- GROUPING SETS, GROUPING() and LEAST: Spark, Trino and BigQuery as is.
CREATE OR REPLACE VIEW research_tables AS
SELECT
  CASE
    WHEN GROUPING(iso_week) = 0 THEN 'portal_failure_week'
    WHEN GROUPING(procedure) = 0 THEN 'procedure_failure'
    WHEN GROUPING(departement) = 0 THEN 'departement_failure'
    ELSE 'weekday_hour'
  END AS table_name,
  portal, procedure, failure_kind, iso_week, week_start, departement, weekday, hour_utc,
  COUNT(*) AS records,
  SUM(attempt_count) AS attempts,
  LEAST(COUNT(DISTINCT contributor_id), 1000) AS contributors
FROM research_cells
GROUP BY GROUPING SETS (
  (portal, failure_kind, iso_week, week_start),
  (portal, procedure, failure_kind),
  (departement, failure_kind),
  (weekday, hour_utc)
)
HAVING LEAST(COUNT(DISTINCT contributor_id), 1000) >= (SELECT k FROM params)
  AND NOT (GROUPING(departement) = 0 AND departement IS NULL);

CREATE OR REPLACE VIEW portal_failure_week AS
SELECT portal, failure_kind, iso_week, week_start, records, attempts, contributors
FROM research_tables WHERE table_name = 'portal_failure_week';

CREATE OR REPLACE VIEW procedure_failure AS
SELECT portal, procedure, failure_kind, records, attempts, contributors
FROM research_tables WHERE table_name = 'procedure_failure';

CREATE OR REPLACE VIEW departement_failure AS
SELECT departement, failure_kind, records, attempts, contributors
FROM research_tables WHERE table_name = 'departement_failure';

CREATE OR REPLACE VIEW weekday_hour AS
SELECT weekday, hour_utc, records, attempts, contributors
FROM research_tables WHERE table_name = 'weekday_hour';
