#!/usr/bin/env bash
# The test command: installs what it needs, builds with warnings as errors, checks
# formatting, starts every service the tests use (a throwaway PostgreSQL 15
# cluster, a private D-Bus session with an unlocked gnome-keyring, Xvfb) and runs
# every test headless. Run as root on Debian 12. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
bash scripts/install-deps.sh

cmake --preset ci >/dev/null
cmake --build --preset ci
cmake --build --preset ci --target format-check

# The document-inspection fuzzer (libFuzzer needs clang): a bounded run over the seeds.
if command -v clang++ >/dev/null 2>&1; then
    cmake -S . -B build/fuzz -G Ninja -DICP_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build/fuzz
    fuzzwork=$(mktemp -d /tmp/icp-fuzz.XXXXXX)
    cp tests/fuzz/corpus/*.pdf tests/fuzz/corpus/*.png tests/fuzz/corpus/*.jpg "$fuzzwork"/
    ASAN_OPTIONS=detect_leaks=0 build/fuzz/tests/fuzz/fuzz_inspect -max_total_time=20 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 "$fuzzwork" 2>&1 | tail -n 12
    rm -rf "$fuzzwork"
else
    echo "fuzz_inspect: clang++ not found, fuzzing skipped" >&2
fi

# Throwaway PostgreSQL (postgres refuses to run as root: runuser; its directory is
# under /tmp so the postgres user can reach it).
PGBIN=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/icp-test.XXXXXX)
chmod 755 "$work"
cleanup() {
    if [ -d "$work/pg/data" ]; then
        runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
pgport=$((20000 + RANDOM % 20000))
runuser -u postgres -- "$PGBIN/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $pgport -k $work/pg -c fsync=off -c synchronous_commit=off" start >/dev/null
psql -h 127.0.0.1 -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE icp LOGIN PASSWORD 'icp'" -c "CREATE DATABASE icp OWNER icp"
export ICP_TEST_PG="host=127.0.0.1;port=$pgport;user=icp;password=icp;db=icp" ICP_REQUIRE_PG=1

# Private keyring (set before dbus-run-session: activated daemons inherit it).
export XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/config HOME=$work/home
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1 ICP_REQUIRE_KEYCHAIN=1

xvfb-run -a -s '-screen 0 1440x900x24' dbus-run-session -- bash -euo pipefail -c '
    echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --preset ci -j2 --timeout 300 "$@"
' bash "$@" 2>&1 | grep --line-buffered -v "Failed to set fd limit"
