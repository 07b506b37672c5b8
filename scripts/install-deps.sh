#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs to build, run and test.
# Idempotent: a machine that already has them is left alone. Needs root.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t PKGS < <(tr -s ' \n' '\n' <"$here/packages.txt" | sed '/^$/d')
if dpkg -s "${PKGS[@]}" >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages; run as root (or with sudo): $0" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${PKGS[@]}" >/dev/null
# dbus-x11 makes libsecret autolaunch a session bus under Xvfb, which hangs on a
# keyring prompt (docs/toolchain.md §4): make sure it is not there.
if dpkg -s dbus-x11 >/dev/null 2>&1; then
    apt-get remove -y -qq dbus-x11 >/dev/null
fi
