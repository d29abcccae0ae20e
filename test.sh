#!/usr/bin/env bash
# Runs every test: Core unit tests, bUnit component tests and Playwright browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --tests
dotnet build StoryExhibit.sln -c Release -warnaserror --nologo -v quiet
log=$(mktemp)
set +e
dotnet test StoryExhibit.sln -c Release --no-build --nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line with the totals.
# (The console logger at normal verbosity ends with "Total tests: N", then "Passed: N", "Failed: N", "Skipped: N" lines.)
count() { { grep -E "^ +$1: +[0-9]+$" "$log" || true; } | tail -n 1 | sed -E 's/[^0-9]//g'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
if [[ "$status" -ne 0 ]]; then
  # What the apps under test logged as warnings or errors, to tell a slow machine from a fault
  # (the unencrypted key ring warning every test app gives is left out).
  for f in StoryExhibit.Tests/bin/Release/net10.0/TestResults/app-logs/*.log; do
    [[ -f "$f" ]] || continue
    blocks=$(awk '/^(warn|fail|crit)/ { keep = ($0 !~ /XmlKeyManager|KeyRingWarningAtStart/); n = 0; if (keep) print; next }
                  /^[a-z]+: / { keep = 0; next }
                  keep && n++ < 4 { print }' "$f")
    [[ -n "$blocks" ]] && { echo "--- $f (warnings and errors)"; tail -n 30 <<<"$blocks"; }
  done
  # The failed tests last, so the end of the output names them.
  echo "--- failed tests"
  grep -E -A6 "^\s+Failed [A-Za-z]" "$log" | head -n 80 || true
fi
# The slowest tests, to keep the whole run short ("[1 m 3 s]", "[12 s]", "[40 ms]" per test in the log).
echo "--- slowest tests"
{ grep -E "^\s+(Passed|Failed) .* \[[^]]+\]$" "$log" || true; } \
  | sed -E 's/^\s+(Passed|Failed) (.*) \[([^]]+)\]$/\3\t\2/' \
  | awk -F'\t' '{ n = split($1, p, " "); s = 0; for (i = 1; i < n; i += 2) s += p[i] * (p[i+1] == "m" ? 60 : p[i+1] == "s" ? 1 : p[i+1] == "ms" ? 0.001 : 0); printf "%7.1f s  %s\n", s, $2 }' \
  | sort -rn | head -n 15 || true
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
rm -f "$log"
exit "$status"
