#!/usr/bin/env bash
# Installs the Debian 12 packages Sift builds, runs and tests with, when any is missing.
# Sourced by scripts/run, scripts/test and scripts/bench.
set -euo pipefail

SIFT_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev qt6-l10n-tools
    libsqlite3-dev sqlite3 libpq-dev postgresql
    libgumbo-dev zlib1g-dev
    fonts-dejavu-core fonts-dejavu-extra fonts-noto-core fonts-noto-mono
    xvfb xauth poppler-utils poppler-data
    xdotool imagemagick # scripts/shoot-desk
    python3 time unzip strace
)

sift_missing_packages() {
    local missing=()
    for p in "${SIFT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    echo "${missing[@]:-}"
}

sift_install_deps() {
    local missing
    missing=$(sift_missing_packages)
    [[ -z "$missing" ]] && return 0
    echo "Installing missing packages: $missing" >&2
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    # shellcheck disable=SC2086
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing >&2
}
