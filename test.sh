#!/usr/bin/env bash
# Runs every test: Core unit tests, bUnit component tests and Playwright browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --tests
dotnet build StoryExhibit.sln -c Release -warnaserror --nologo -v quiet
log=$(mktemp)
phase=$(mktemp)
status=0
passed=0 failed=0 skipped=0
second_try=()
# The console logger at normal verbosity ends each run with "Total tests: N", then "Passed: N", "Failed: N", "Skipped: N".
count() { { grep -E "^ +$1: +[0-9]+$" "$phase" || true; } | sed -E 's/[^0-9]//g' | awk '{ s += $1 } END { print s + 0 }'; }
failed_tests() { { grep -E "^\s+Failed [A-Za-z]" "$phase" || true; } | sed -E 's/^\s+Failed ([^ (]+).*/\1/' | sort -u; }
dotnet_test() {
  set +e
  dotnet test StoryExhibit.sln -c Release --no-build --nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$phase"
  local code=${PIPESTATUS[0]}
  set -e
  cat "$phase" >> "$log"
  return "$code"
}
# A phase whose few failed tests all pass when run again on their own passes, and names them as passing only on a second
# try: timing on two busy cores, not a fault, is what has made such tests fail. A test that fails twice fails the run.
run() {
  if dotnet_test "$@"; then
    passed=$((passed + $(count Passed))); skipped=$((skipped + $(count Skipped))); return
  fi
  local first_passed first_skipped first_failed names
  first_passed=$(count Passed) first_skipped=$(count Skipped) first_failed=$(count Failed)
  mapfile -t names < <(failed_tests)
  if (( first_failed == 0 || ${#names[@]} == 0 || ${#names[@]} > 3 )); then
    status=1; passed=$((passed + first_passed)); failed=$((failed + first_failed)); skipped=$((skipped + first_skipped)); return
  fi
  echo "--- running the ${#names[@]} failed test(s) again on their own: ${names[*]}"
  local filter
  filter=$(printf 'FullyQualifiedName=%s|' "${names[@]}"); filter=${filter%|}
  if dotnet_test --filter "$filter"; then
    second_try+=("${names[@]}")
    passed=$((passed + first_passed + first_failed)); skipped=$((skipped + first_skipped))
  else
    status=1; passed=$((passed + first_passed)); failed=$((failed + first_failed)); skipped=$((skipped + first_skipped))
  fi
}
if [[ $# -gt 0 ]]; then
  run "$@"
else
  # Unit and component tests two classes at a time: they wait on files, processes and loopback servers about half the
  # time (measured: 207 s instead of 282). Browser tests one class at a time: each drives a real app and Chromium on
  # the same two cores, and their timing matters.
  run --filter "FullyQualifiedName!~StoryExhibit.Tests.Browser" -- xUnit.ParallelizeTestCollections=true xUnit.MaxParallelThreads=2
  run --filter "FullyQualifiedName~StoryExhibit.Tests.Browser"
fi
if [[ "$status" -ne 0 || ${#second_try[@]} -gt 0 ]]; then
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
if (( ${#second_try[@]} )); then
  echo "--- passed only on a second try (see their first failure above)"
  printf '  %s\n' "${second_try[@]}"
fi
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped${second_try:+, ${#second_try[@]} of them passed on a second try}"
rm -f "$log" "$phase"
exit "$status"
