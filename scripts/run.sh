#!/usr/bin/env bash
# Installs what is needed, builds, and starts icp-assistant on its embedded SQLite
# database (default: ~/.local/share/icp-assistant/icp-assistant/icp-assistant.sqlite; set ICP_DB
# or pass --db PATH to use another file). Extra arguments go to icp-assistant.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target icp-assistant icpctl icp-backend
exec build/dev/app/assistant/icp-assistant "$@"
