"""Runs `relais research aggregate` and aggregate.sql on DuckDB over the same exports, and
compares every published cell of the four tables. With --parquet, also writes the records with
`relais research convert --parquet`, reads them back with DuckDB, checks that they are the
records DuckDB read from the JSON Lines, and runs the SQL on them too.

    python check.py --relais target/release/relais --input DIR --work DIR [--k 5]
                    [--max-distinct 10000] [--parquet]

Exit code 0 when every cell agrees; 1 otherwise (the differing cells are printed).
"""

import argparse
import csv
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
SQL = (HERE / "aggregate.sql").read_text(encoding="utf-8")

TABLES = {
    "portal_failure_week": ["portal", "failure_kind", "iso_week", "week_start"],
    "procedure_failure": ["portal", "procedure", "failure_kind"],
    "departement_failure": ["departement", "failure_kind"],
    "weekday_hour": ["weekday", "hour_utc"],
}

# The record schema's columns, as DuckDB reads them from a JSON line.
COLUMNS = {
    "schema_version": "INTEGER",
    "contributor_id": "VARCHAR",
    "export_id": "VARCHAR",
    "portal": "VARCHAR",
    "procedure": "VARCHAR",
    "failure_kind": "VARCHAR",
    "message": "VARCHAR",
    "hour_utc": "VARCHAR",
    "weekday": "VARCHAR",
    "departement": "VARCHAR",
    "attempt_count": "INTEGER",
    "browser_family": "VARCHAR",
    "extension_version": "VARCHAR",
}


def run(cmd, work):
    """Runs a command; returns (seconds, peak resident memory in MB, CPU seconds, standard error),
    the peak and CPU time None without GNU time.
    The peak is GNU time's (%M): a child forked from this Python process would carry Python's
    own resident size in its getrusage figure."""
    peak = work / "peak-kb"
    timer = ["/usr/bin/time", "-f", "%M %U %S", "-o", str(peak)] if os.path.exists("/usr/bin/time") else []
    start = time.monotonic()
    proc = subprocess.run(timer + [str(c) for c in cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    secs = time.monotonic() - start
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{err}")
    mem = cpu = None
    if timer:
        kb, user, system = peak.read_text().split()[-3:]
        mem, cpu = int(kb) / 1024, float(user) + float(system)
    return secs, mem, cpu, err


def cpu_now():
    """CPU seconds of this process so far (DuckDB's threads included)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def mb(mem):
    return f"{mem:.1f} MB" if mem is not None else "unknown (no /usr/bin/time)"


def load_json_lines(con, folder):
    """The records table from the JSON Lines files themselves, with file and line: each file
    split into lines (line numbers from the split, not from a scan order), blank and broken lines
    left out. The generator writes no other kind of invalid line."""
    struct = "{" + ",".join(f'"{k}":"{v}"' for k, v in COLUMNS.items()) + "}"
    cols = ",\n".join(f"j.{k} AS {k}" for k in COLUMNS)
    con.execute(
        f"""
        CREATE OR REPLACE TABLE json_records AS
        WITH lines AS (
          SELECT filename AS file,
                 UNNEST(generate_series(1, len(ls))) AS line,
                 UNNEST(ls) AS text
          FROM (SELECT filename, string_split(content, chr(10)) AS ls
                FROM read_text('{folder}/*.jsonl'))
        )
        SELECT file AS source, file, line, {cols}
        FROM (SELECT file, line, json_transform(text, '{struct}') AS j
              FROM lines WHERE trim(text) <> '' AND json_valid(text))
        """
    )


def published(con):
    """The four tables, from research_tables (one pass over the records)."""
    out = {t: {} for t in TABLES}
    names = ["table_name", *dict.fromkeys(k for keys in TABLES.values() for k in keys)]
    rows = con.execute(
        f"SELECT {', '.join(names)}, records, attempts, contributors FROM research_tables"
    ).fetchall()
    for r in rows:
        row = dict(zip(names, r))
        keys = TABLES[row["table_name"]]
        out[row["table_name"]][tuple(str(row[k]) for k in keys)] = tuple(int(v) for v in r[len(names) :])
    return out


def from_csv(folder):
    out = {}
    for table, keys in TABLES.items():
        with open(Path(folder) / f"{table}.csv", newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            header = next(reader)
            assert header == keys + ["records", "attempts", "contributors"], header
            out[table] = {
                tuple(r[: len(keys)]): tuple(int(v) for v in r[len(keys) :]) for r in reader
            }
    return out


def compare(name, ours, theirs):
    """Prints and returns the number of cells compared, or exits on a difference."""
    diffs = []
    cells = 0
    for table in TABLES:
        a, b = ours[table], theirs[table]
        keys = set(a) | set(b)
        cells += len(keys)
        for key in sorted(keys):
            if a.get(key) != b.get(key):
                diffs.append(f"  {table} {key}: relais {a.get(key)}, {name} {b.get(key)}")
    if diffs:
        print(f"{name}: {len(diffs)} cell(s) differ:", *diffs[:40], sep="\n")
        sys.exit(1)
    return cells


def coverage(ours, summary, k):
    """Checks that the generated exports exercise what the SQL must agree on; exits otherwise."""
    week = ours["portal_failure_week"]
    proc = ours["procedure_failure"]
    dept = ours["departement_failure"]
    checks = {
        "a cell at the contributor cap (1,000)": any(v[2] == 1000 for v in proc.values()),
        "portals beyond max_distinct (_other)": any(key[0] == "_other" for key in proc),
        "procedures beyond max_distinct (_other)": any(key[1] == "_other" for key in proc),
        "a cell of k - 1 contributors suppressed": not any(key[1] == "sous-k" for key in proc)
        and not any(key[0] == "976" for key in dept),
        "a cell of exactly k contributors published": any(
            key[1] == "k-exact" and v[2] == k for key, v in proc.items()
        ),
        "a cell of k + 1 contributors published": any(
            key[1] == "sur-k" and v[2] == k + 1 for key, v in proc.items()
        ),
        "ISO week 53": any(key[2].endswith("-W53") for key in week),
        "an ISO year other than its Monday's year": any(key[2][:4] != key[3][:4] for key in week),
        "exports sent twice": "duplicate export" in summary,
        "export id conflicts": "export id conflict" in summary,
        "broken lines": "malformed line" in summary,
    }
    missing = [name for name, ok in checks.items() if not ok]
    if missing:
        sys.exit("the generated exports do not exercise: " + "; ".join(missing))
    print("exercised: " + "; ".join(checks))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--relais", required=True)
    ap.add_argument("--input", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--max-distinct", type=int, default=10000)
    ap.add_argument("--parquet", action="store_true")
    ap.add_argument("--views", action="store_true", help="also read each table's view")
    ap.add_argument("--csv", action="store_true", help="also compare the CSV files byte for byte")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    out = work / "relais-out"

    secs, mem, cpu, summary = run(
        [a.relais, "research", "aggregate", a.input, "--out", out, "--k", str(a.k),
         "--max-distinct", str(a.max_distinct)],
        work,
    )
    lines = summary.splitlines()
    print("relais:", lines[0] if lines else "")
    counted = int(lines[0].split(" record(s) counted")[0].rsplit(" ", 1)[1])
    line_count = int(lines[0].split(" line(s):")[0].rsplit(" ", 1)[1])
    print(
        f"relais research aggregate: {line_count} lines ({counted} records counted) in "
        f"{secs:.2f} s = {line_count / secs:,.0f} records/s"
        + (f" ({cpu:.2f} s of CPU: {line_count / cpu:,.0f} records per CPU second)" if cpu else "")
        + f"; peak memory {mb(mem)}"
    )
    ours = from_csv(out)
    coverage(ours, lines[0], a.k)

    con = duckdb.connect()
    con.execute(f"CREATE OR REPLACE VIEW params AS SELECT {a.k} AS k, {a.max_distinct} AS max_distinct")
    t, c = time.monotonic(), cpu_now()
    load_json_lines(con, a.input)
    load, load_cpu = time.monotonic() - t, cpu_now() - c
    con.execute("CREATE OR REPLACE VIEW records AS SELECT * FROM json_records")
    t, c = time.monotonic(), cpu_now()
    con.execute(SQL)
    theirs = published(con)
    query, query_cpu = time.monotonic() - t, cpu_now() - c
    n_json = con.execute("SELECT count(*) FROM json_records").fetchone()[0]
    n_counted = con.execute("SELECT count(*) FROM research_counted").fetchone()[0]
    if n_counted != counted:
        sys.exit(f"records counted: relais {counted}, SQL {n_counted}")
    cells = compare("DuckDB", ours, theirs)
    print(
        f"DuckDB {duckdb.__version__}: loaded {n_json} records from the JSON Lines in {load:.2f} s "
        f"({load_cpu:.2f} s of CPU), aggregate.sql in {query:.2f} s ({query_cpu:.2f} s of CPU; "
        f"{n_counted} records counted)"
    )
    print(f"{cells} cells compared (JSON Lines → DuckDB), all equal")
    if a.csv:
        # DuckDB's own CSV files, sorted by every column, are the CLI's files byte for byte.
        sql_out = work / "sql-out"
        sql_out.mkdir(exist_ok=True)
        for table in TABLES:
            con.execute(f"COPY (SELECT * FROM {table} ORDER BY ALL) TO '{sql_out / table}.csv' (HEADER)")
            if (sql_out / f"{table}.csv").read_bytes() != (out / f"{table}.csv").read_bytes():
                sys.exit(f"{table}.csv: DuckDB's file differs from relais's")
        print("the CSV files DuckDB writes (COPY … ORDER BY ALL) are relais's, byte for byte")
    if a.views:
        # The four views give what research_tables gives.
        for table, keys in TABLES.items():
            rows = con.execute(f"SELECT {', '.join(keys)}, records, attempts, contributors FROM {table}").fetchall()
            view = {tuple(str(v) for v in r[: len(keys)]): tuple(int(v) for v in r[len(keys) :]) for r in rows}
            if view != theirs[table]:
                sys.exit(f"the view {table} differs from research_tables")

    if a.parquet:
        pq = work / "records.parquet"
        secs, _, _, _ = run([a.relais, "research", "convert", a.input, "--parquet", pq], work)
        con.execute(f"CREATE OR REPLACE VIEW records AS SELECT * FROM read_parquet('{pq}')")
        n_pq = con.execute("SELECT count(*) FROM records").fetchone()[0]
        cols = ", ".join(["file", "line", *COLUMNS])
        missing = con.execute(
            f"SELECT count(*) FROM (SELECT {cols} FROM json_records EXCEPT ALL SELECT {cols} FROM records)"
        ).fetchone()[0]
        extra = con.execute(
            f"SELECT count(*) FROM (SELECT {cols} FROM records EXCEPT ALL SELECT {cols} FROM json_records)"
        ).fetchone()[0]
        if n_pq != n_json or missing or extra:
            sys.exit(f"Parquet: {n_pq} records, JSON Lines {n_json}; {missing} missing, {extra} extra")
        types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE records)").fetchall())
        t = time.monotonic()
        con.execute(SQL)  # views bind their columns when made: make them again on the Parquet
        cells = compare("DuckDB on Parquet", ours, published(con))
        print(
            f"relais research convert --parquet: {n_pq} records in {secs:.2f} s ({pq.stat().st_size / 1e6:.1f} MB), "
            f"read back by DuckDB: the same records as the JSON Lines; columns "
            + ", ".join(f"{k} {v}" for k, v in types.items())
        )
        print(f"{cells} cells compared (Parquet → DuckDB, aggregate.sql in {time.monotonic() - t:.2f} s), all equal")


if __name__ == "__main__":
    main()
