#!/usr/bin/env bash
# Relais: the one entry point. Every step is pinned, idempotent, and says what it does.
#
#   ./build.sh          build dist/chrome, dist/firefox and their zips
#   ./build.sh test     build, install what the tests need, run every test
#   ./build.sh demo     build, serve the demo portal pages, write screenshots to dist/demo/
#   ./build.sh bench    build, print size and speed figures (the journal's beside an earlier commit's), and the meaning baseline (tools/meaning/bench.py)
#
# Stops at the first error.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

# wasm-bindgen: the CLI MUST match the `wasm-bindgen = "=x.y.z"` pin in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
WASM_OPT="$ROOT/node_modules/binaryen/bin/wasm-opt" # npm binaryen (pinned in package.json); Debian's wasm-opt breaks the module
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

apt_install() {
  # Installs Debian packages that are missing. Root on CI and on the developers' machines.
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    step "apt-get install ${missing[*]}"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

setup_build() {
  step "rust target wasm32-unknown-unknown"
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    # --locked fails for this crate (webpki-roots); the crate-side pin keeps CLI and crate equal.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  step "npm packages from package-lock.json"
  local lock; lock=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat node_modules/.relais-lock 2>/dev/null)" != "$lock" ]; then
    # --ignore-scripts: @gouvfr/dsfr's preinstall refuses to run outside a DSFR project.
    npm ci --ignore-scripts --no-audit --no-fund
    echo "$lock" > node_modules/.relais-lock
  fi
}

build() {
  setup_build
  rm -rf dist/pkg && mkdir -p dist/pkg
  # Three wasm modules, each loaded only where it is needed (ARCHITECTURE.md, "Code map"):
  # relais_wasm (every page: glossary, locales, protocol), relais_journal_wasm (recording a
  # failure, the journal page), relais_research_wasm (the research page: anonymiser).
  # Their files land in dist/pkg, which is copied whole into each browser's folder below.
  # wasm-opt (single-threaded, tens of seconds per module) runs in the background while cargo
  # builds the next module and the command-line tool, whose last steps (LTO, one codegen unit)
  # leave a core idle; every one is waited for, and its failure stops the build, before assembling.
  local opts=()
  for crate in relais-wasm relais-journal-wasm relais-research-wasm; do
    local m="${crate//-/_}"
    step "cargo build $crate (wasm32, the size profile \"wasm\")"
    cargo build -p "$crate" --target wasm32-unknown-unknown --profile wasm
    step "wasm-bindgen --target web ($m)"
    wasm-bindgen --target web --no-typescript --remove-name-section --out-dir dist/pkg \
      "target/wasm32-unknown-unknown/wasm/$m.wasm"
    cp "dist/pkg/${m}_bg.wasm" "dist/${m}_bg.bindgen.wasm"
    step "wasm-opt -Oz $m (npm binaryen $(node -p 'require("./node_modules/binaryen/package.json").version'), in the background)"
    { "$WASM_OPT" -Oz --strip-target-features "dist/pkg/${m}_bg.wasm" -o "dist/pkg/${m}_bg.opt.wasm" \
      && mv "dist/pkg/${m}_bg.opt.wasm" "dist/pkg/${m}_bg.wasm"; } &
    opts+=("$!")
  done

  step "cargo build relais (command-line tool)"
  cargo build -p relais --release
  step "wait for wasm-opt"
  local pid
  for pid in "${opts[@]}"; do wait "$pid" || { echo "wasm-opt failed" >&2; return 1; }; done

  # Two builds per browser from the same files, one build-time switch apart (content/build-flags.js,
  # written by tools/content-build.mjs): the shipped build (closed shadow roots, nothing written on
  # the portal's own elements) and the inspect build for the end-to-end tests (open roots, Relais's
  # state on <html>). See ARCHITECTURE.md, "DOM contract".
  for browser in chrome firefox; do
    for build in shipped inspect; do
      local out="dist/$browser"
      [ "$build" = inspect ] && out="dist/$browser-inspect"
      step "assemble $out ($build build)"
      rm -rf "$out" && mkdir -p "$out"
      # Every file of extension/ but the manifest's sources (the manifest is generated below).
      for f in extension/*; do
        case "${f##*/}" in manifest.src.json|manifest.mjs) ;; *) cp -r "$f" "$out/" ;; esac
      done
      # The build switch and the overlay's stylesheet as text (overlay.css itself does not ship).
      node tools/content-build.mjs "$out/content" "$build"
      cp -r dist/pkg "$out/pkg"
      # The reading rules: one file, read by the core for the content scripts and by relais scan.
      cp crate/core/data/reading.json "$out/reading.json"
      # What "end the session" removes, for the mediator (shown by pages/mediator/fin-de-seance.html).
      mkdir -p "$out/docs" && cp docs/fin-de-seance.md "$out/docs/"
      if [ "$build" = shipped ]; then node tools/locales-dist.mjs "${RELAIS_LOCALES:-locales}" "$out/locales"
      else node tools/locales-dist.mjs "${RELAIS_LOCALES:-locales}" "$out/locales" >/dev/null; fi
      node extension/manifest.mjs "$browser" "$VERSION" "$out/manifest.json"
      if [ "$build" = shipped ]; then
        (cd "$out" && python3 -c 'import shutil,sys; shutil.make_archive(sys.argv[1], "zip", ".")' "../relais-$browser")
      fi
    done
  done
  step "built dist/chrome, dist/firefox, dist/relais-chrome.zip, dist/relais-firefox.zip (version $VERSION); inspect builds for the tests: dist/chrome-inspect, dist/firefox-inspect"
}

build_fixture_apps() {
  # The fixture apps written with real front-end frameworks (React, Vue + Quasar, AngularJS)
  # and the self-recording page, bundled from npm by esbuild into dist/fixtures-apps/ (served by
  # tests/e2e/lib/server.mjs under /apps/). Seconds; written whole on every run.
  step "fixture apps (esbuild $(node -p 'require("./node_modules/esbuild/package.json").version')) into dist/fixtures-apps"
  node tests/fixtures/apps/build.mjs
}

setup_browsers() {
  # Browsers, fonts for every shipped script (Ethiopic, Bengali, Tamil, CJK come out as boxes
  # without them), and voices for read-aloud (speech-dispatcher + espeak-ng).
  apt_install chromium chromium-driver firefox-esr fonts-noto-core fonts-noto-cjk \
    speech-dispatcher speech-dispatcher-espeak-ng espeak-ng openssl poppler-utils gettext
}

setup_duckdb() {
  # The research SQL check (crate/research/sql/check.sh): DuckDB from PyPI, pinned in
  # crate/research/sql/requirements.txt, in a venv under target/; GNU time for peak memory.
  local req=crate/research/sql/requirements.txt venv=target/duckdb-venv
  python3 -c 'import ensurepip, venv' 2>/dev/null || apt_install python3-venv
  [ -x /usr/bin/time ] || apt_install time
  step "python venv $venv ($(grep -v '^#' "$req" | tr '\n' ' '))"
  local lock; lock=$(sha256sum "$req" | cut -d' ' -f1)
  if [ "$(cat "$venv/.relais-lock" 2>/dev/null)" != "$lock" ]; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$req"
    echo "$lock" > "$venv/.relais-lock"
  fi
}

build_before() {
  # ./build.sh bench prints the journal's figures beside those of an earlier commit, measured in
  # the same run, interleaved: RELAIS_BENCH_BEFORE (default: the last commit before the journal
  # store of one row per record; empty: no "before"), built from that commit's own sources with
  # its own build.sh, once, in target/bench-before/<commit>/.
  local ref=${RELAIS_BENCH_BEFORE-6366168}
  [ -n "$ref" ] || return 0
  local sha; sha=$(git rev-parse --short "$ref^{commit}")
  local dir="$ROOT/target/bench-before/$sha"
  if [ ! -f "$dir/src/dist/chrome/manifest.json" ]; then
    step "the benchmark's \"before\": commit $sha, built in $dir"
    rm -rf "$dir/src" && mkdir -p "$dir/src"
    git archive "$sha" | tar -x -C "$dir/src"
    # The same npm packages: shared rather than installed again (its build.sh then skips npm ci).
    cmp -s package-lock.json "$dir/src/package-lock.json" && ln -s "$ROOT/node_modules" "$dir/src/node_modules"
    (cd "$dir/src" && CARGO_TARGET_DIR="$dir/target" ./build.sh)
  fi
  export RELAIS_BENCH_BEFORE=$sha RELAIS_BENCH_BEFORE_DIR="$dir/src/dist/chrome"
}

run_tests() {
  setup_browsers
  setup_duckdb
  local status=0
  step "cargo fmt --check"
  cargo fmt --all --check || status=1
  step "cargo clippy (native and wasm32, warnings are errors)"
  cargo clippy --workspace --all-targets -- -D warnings || status=1
  cargo clippy --target wasm32-unknown-unknown -p relais-wasm -p relais-journal-wasm -p relais-research-wasm --all-targets -- -D warnings || status=1
  # The test builds (native, and wasm32 below) without debug information: nothing here runs a
  # debugger, a failing assertion still names its file and line, and the workspace's test
  # binaries compile and link faster.
  export CARGO_PROFILE_DEV_DEBUG=0 CARGO_PROFILE_TEST_DEBUG=0
  step "cargo test (native: every crate and the CLI)"
  cargo test --workspace --exclude relais-wasm || status=1
  step "research aggregation: relais and aggregate.sql on DuckDB agree on every cell (20,000 generated records)"
  crate/research/sql/check.sh quick || status=1
  step "locale quality gates and coverage (relais locales check)"
  ./target/release/relais locales check || status=1
  step "the tested pages' strings and their full translations (tools/meaning/pages.py: list, sources, coverage)"
  { python3 tools/meaning/pages.py list --check && python3 tools/meaning/pages.py sources \
    && python3 tools/meaning/pages.py coverage; } || status=1
  step "full translations per page and language: at least 90 % of labels, legends, buttons and errors (pages.py table)"
  python3 tools/meaning/pages.py table --min 90 || status=1
  step "wasm-bindgen-test in headless Chromium (bindings)"
  CHROMEDRIVER=/usr/bin/chromedriver cargo test -p relais-wasm --target wasm32-unknown-unknown || status=1
  step "web-ext lint dist/firefox"
  npx --no-install web-ext lint --source-dir dist/firefox --self-hosted --warnings-as-errors --output text || status=1
  step "end-to-end tests (Chromium with playwright-core, Firefox ESR with puppeteer-core)"
  node --test --test-concurrency=1 --test-reporter=spec tests/e2e/ || status=1
  # The runners' own summary lines above are the last word; only a failure adds one.
  [ $status -eq 0 ] || step "FAILED: see the output above"
  return $status
}

# ./build.sh bench: the figures of the baseline revision and of this tree, measured in the same run
# on the same machine, then printed side by side (tools/bench-compare.mjs). The baseline is the
# revision the current issues started from (RELAIS_BASELINE_REV to choose another; it is built once
# from `git archive` under target/baseline-REV); RELAIS_BASELINE_REV=none measures this tree only.
bench() {
  local rev="${RELAIS_BASELINE_REV:-cd9f474}" status=0
  mkdir -p target
  if [ "$rev" != none ]; then
    local base="target/baseline-$rev"
    if [ ! -x "$base/build.sh" ]; then
      step "baseline $rev: sources (git archive)"
      mkdir -p "$base" && git archive "$rev" | tar -x -C "$base" || return 1
    fi
    step "baseline $rev: build"
    (cd "$base" && ./build.sh build) || return 1
    step "baseline $rev: bench (tests/bench.mjs of that revision)"
    (cd "$base" && node tests/bench.mjs) | tee target/bench-before.txt || status=1
  fi
  step "research aggregation: relais and aggregate.sql on DuckDB, 1,000,000 generated records"
  crate/research/sql/check.sh bench || status=1
  step "this tree: bench (tests/bench.mjs)"
  node tests/bench.mjs | tee target/bench-after.txt || status=1
  step "meaning: the held-back démarches-simplifiées strings, in English (the key words of the baseline beside)"
  python3 tools/meaning/bench.py run --set ds-test --lang en || status=1
  [ "$rev" = none ] || node tools/bench-compare.mjs target/bench-before.txt target/bench-after.txt
  return $status
}

case "${1:-build}" in
  build) build ;;
  test) build && build_fixture_apps && run_tests ;;
  demo) build && build_fixture_apps && setup_browsers && node tests/demo.mjs ;;
  bench) build && build_fixture_apps && build_before && setup_duckdb && setup_browsers && bench ;;
  *) echo "usage: ./build.sh [build|test|demo|bench]" >&2; exit 2 ;;
esac
