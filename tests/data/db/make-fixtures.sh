#!/bin/sh
# Regenerates the fixture databases (schema-v<N>.sqlite, one per schema version older
# than the current one) that tst_migrations upgrades. Usage, from the repository root:
#   tests/data/db/make-fixtures.sh [BUILD_DIR] [--all]   (default: build)
# Only needed when a migration is added: then add a writer for the version that just
# became old to tests/model/store/make_db_fixtures.cpp, run this, commit the new file.
# Existing fixtures should not change: they stand for databases users already have, so
# only missing ones are written (--all rewrites every one).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
[ $# -gt 0 ] && shift
cmake --build "$build" --target icp_make_db_fixtures
"$build/tests/model/store/icp_make_db_fixtures" "$@" "$here"
