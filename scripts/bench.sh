#!/usr/bin/env bash
# Builds the Release benchmarks and runs each one, printing its figures
# (validations/s, rule evaluations/s, imports/s). Timings are never pass/fail.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset bench >/dev/null
cmake --build --preset bench --target benchmarks
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 QT_LOGGING_RULES='icp.*.debug=false'
status=0
for bench in $(find build/bench/tests/bench -type f -executable -name 'bench_*' | sort); do
    echo "== $(basename "$bench")"
    # taskset: the targets are per core
    taskset -c 0 "$bench" || status=1
done
exit $status
