#!/usr/bin/env bash
# CI: fuzz each target for a short while (CASEGRAPH_FUZZ_SECONDS, default 45) from the
# committed corpus plus what earlier runs kept; fail when any target finds a crash, a hang
# (-timeout) or runaway memory (-rss_limit_mb), or does not build. The failing input is left
# in .build-fuzz/artifacts/TARGET/; replay it with `Tests/Fuzz/run.sh TARGET 0 FILE`.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${CASEGRAPH_FUZZ_SECONDS:-45}
out=${CASEGRAPH_FUZZ_OUT:-$PWD/.build-fuzz}
mkdir -p "$out"
status=0
for target in query loader; do
  log=$out/$target.log
  echo "fuzzing $target for ${seconds}s (log: $log)"
  if Tests/Fuzz/run.sh "$target" "$seconds" >"$log" 2>&1; then
    grep -E '^(Done|stat::(number_of_executed_units|new_units_added|peak_rss_mb))' "$log" | sed 's/^/  /'
  else
    status=1
    echo "FAILED: fuzz target $target" >&2
    grep -v '# Uses:' "$log" | tail -60 >&2
    ls -l "$out/artifacts/$target/" >&2 2>/dev/null || true
  fi
done
exit $status
