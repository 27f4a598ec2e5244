#!/usr/bin/env bash
# Generates research exports from a seed, aggregates them with `relais research aggregate` and
# with aggregate.sql on DuckDB, and compares every published cell (check.py); also converts them
# to Parquet with `relais research convert` and reads that back with DuckDB.
#
#   crate/research/sql/check.sh quick   20,000 records (./build.sh test)
#   crate/research/sql/check.sh bench   1,000,000 records (./build.sh bench)
#
# Needs the venv build.sh makes (target/duckdb-venv, or $RELAIS_DUCKDB_PYTHON).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mode=${1:-quick}
py=${RELAIS_DUCKDB_PYTHON:-target/duckdb-venv/bin/python}
case "$mode" in
  quick)
    gen=(--seed 14 --records 20000 --contributors 1500 --files 6 --tail-procedures 80 --tail-portals 60)
    check=(--max-distinct 40 --views --csv --parquet) ;;
  bench)
    gen=(--seed 2024 --records 1000000 --contributors 20000 --files 10 --tail-procedures 10500 --tail-portals 20000)
    check=(--parquet) ;;
  *) echo "usage: $0 quick|bench" >&2; exit 2 ;;
esac
cargo build -q --release -p relais
cargo build -q --release -p relais-research --example research_gen
dir=target/research-sql/$mode
rm -rf "$dir"
./target/release/examples/research_gen --out "$dir/in" "${gen[@]}"
"$py" crate/research/sql/check.py --relais target/release/relais --input "$dir/in" --work "$dir/work" "${check[@]}"
if [ "$mode" = bench ]; then
  # The engine alone, on its own benchmark (the figures docs/research.md quotes).
  cargo run -q --release -p relais-research --example research_bench | grep -v "^anonymiser"
fi
rm -rf "$dir"
