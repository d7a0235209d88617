#!/bin/sh
# Makes sure the system libraries Qt needs are present on Debian or Ubuntu.
# As root it installs what is missing; otherwise it prints the exact command
# to run and stops, so `make` never fails later with a cryptic Qt error.
# Usage: ensure-system-libs.sh offscreen|desktop [python]
set -eu
mode=${1:-offscreen}
python=${2:-python3}

packages="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0"
if [ "$mode" = desktop ]; then
    # What Qt's xcb platform plugin loads to show a real window.
    packages="$packages libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian or Ubuntu system: skipping the system library check." >&2
    exit 0
fi

if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    packages="$packages python$version-venv"
fi

missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "Installing system libraries:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
else
    echo "Task Force Builder needs a few system libraries that are not installed yet." >&2
    echo "Please run this once, then try again:" >&2
    echo "" >&2
    echo "    sudo apt-get install -y$missing" >&2
    echo "" >&2
    exit 1
fi
