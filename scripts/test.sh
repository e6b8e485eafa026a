#!/usr/bin/env bash
# The README's test command: runs every suite this machine can run and says
# plainly what it skipped. The linter first (eslint with the layer rules, then
# knip for unused files, exports and dependencies: any finding fails); the type
# check; unit tests always; integration tests on the embedded
# database always, and again on PostgreSQL when DATABASE_URL is set; browser
# tests when Chromium is found (LANTERN_CHROMIUM, default /usr/bin/chromium).
#
# Steps that do not share anything run side by side (each integration run has
# its own databases; the production build for the browser tests has its own
# throwaway data directory), so the whole run fits a 2-CPU CI machine. Each
# step's output is printed whole when it ends; the summary gives its time.
set -u
cd "$(dirname "$0")/.."
chromium="${LANTERN_CHROMIUM:-/usr/bin/chromium}"
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
results=()
failed=0
declare -A pids names started

run() {
  local name="$1"; shift
  echo
  echo "=== $name ==="
  local begun=$SECONDS
  if "$@"; then results+=("PASSED   $name ($((SECONDS - begun)) s)"); else results+=("FAILED   $name ($((SECONDS - begun)) s)"); failed=1; fi
}

# start KEY NAME COMMAND…: runs a step in the background, its output to a file.
start() {
  local key="$1" name="$2"; shift 2
  names[$key]="$name"
  started[$key]=$SECONDS
  ("$@" >"$logs/$key.log" 2>&1; echo $? >"$logs/$key.rc") &
  pids[$key]=$!
}

# finish KEY: waits for a background step, prints its output and records it.
finish() {
  local key="$1"
  wait "${pids[$key]}"
  local rc
  rc="$(cat "$logs/$key.rc" 2>/dev/null || echo 1)"
  echo
  echo "=== ${names[$key]} ==="
  cat "$logs/$key.log"
  local took=$((SECONDS - started[$key]))
  if [ "$rc" = 0 ]; then results+=("PASSED   ${names[$key]} ($took s)"); else results+=("FAILED   ${names[$key]} ($took s)"); failed=1; fi
}

start lint "lint (eslint + knip)" npm run --silent lint
start types "typecheck (tsc)" npx tsc --noEmit -p .
finish lint
finish types
run "unit tests (vitest)" npx vitest run --project unit

dist="${LANTERN_DIST_DIR:-.next}"
if [ -x "$chromium" ]; then
  # The browser tests' production build, made while the integration tests run
  # (scripts/start.ts then finds it up to date and serves it).
  start build "production build for the browser tests (next build)" \
    env -u DATABASE_URL NEXT_TELEMETRY_DISABLED=1 LANTERN_DIST_DIR="$dist" LANTERN_DATA_DIR="$(mktemp -d)" \
    node node_modules/next/dist/bin/next build
fi
start pglite "integration tests on embedded PGlite" env -u DATABASE_URL LANTERN_TEST_DB=pglite npx vitest run --project integration
if [ -n "${DATABASE_URL:-}" ]; then
  start postgres "integration tests on PostgreSQL" env LANTERN_TEST_DB=postgres npx vitest run --project integration
fi
finish pglite
run "fault injection (kill -9 during an import and a publish, embedded database)" env -u DATABASE_URL node --conditions=react-server --import tsx tests/faults/kill9.ts
if [ -n "${DATABASE_URL:-}" ]; then
  finish postgres
else
  results+=("SKIPPED  integration tests on PostgreSQL (set DATABASE_URL=postgres://… to run them)")
fi
if [ -x "$chromium" ]; then
  finish build
  # The browser tests wait on pages and the browser most of the time, so they
  # run as two halves side by side (Playwright's shards by file), each with
  # its own server, port and fresh embedded database, on the same build.
  rm -rf .data-e2e .data-e2e-emails .data-e2e-2 .data-e2e-2-emails
  start e2e1 "browser tests, first half (Playwright, Chromium)" \
    env -u DATABASE_URL LANTERN_DIST_DIR="$dist" E2E_PORT=3100 E2E_DATA_DIR=.data-e2e npx playwright test --shard=1/2
  start e2e2 "browser tests, second half (Playwright, Chromium)" \
    env -u DATABASE_URL LANTERN_DIST_DIR="$dist" E2E_PORT=3300 E2E_DATA_DIR=.data-e2e-2 npx playwright test --shard=2/2
  finish e2e1
  finish e2e2
else
  results+=("SKIPPED  browser tests: no Chromium at $chromium (apt-get install -y chromium, or set LANTERN_CHROMIUM)")
fi

echo
echo "=== Summary ==="
printf '%s\n' "${results[@]}"
exit $failed
