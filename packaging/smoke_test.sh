#!/bin/sh
# Try the installers `make installer` built, as a user's machine would run them
# (what `make installer-smoke` and CI run after building).
#
# As root on Debian or Ubuntu: installs the .deb with apt (which brings the system
# libraries it declares), runs tests/packaging/test_bundle_smoke.py against
# /opt/taskforce-builder, then removes the package again (KEEP_INSTALLED=1 keeps it).
# Otherwise: unpacks the tarball into a temporary folder and tests that.
set -eu
cd "$(dirname "$0")/.."
python=.venv/bin/python
version=$($python -c 'from importlib.metadata import version; print(version("taskforce-builder"))')
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)
deb="dist/taskforce-builder_${version}_${arch}.deb"
tarball=$(ls dist/taskforce-builder-"${version}"-linux-*.tar.gz)
export TASKFORCE_SMOKE_TARBALL="$PWD/$tarball"

if [ "$(id -u)" = 0 ] && [ -f "$deb" ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    install_deb() {
        apt-get install -y -qq --no-install-recommends --reinstall "./$deb" >/dev/null
    }
    # A fresh machine may have no package lists yet for the libraries the .deb declares.
    install_deb || { apt-get update -qq && install_deb; }
    if [ "${KEEP_INSTALLED:-0}" != 1 ]; then
        trap 'dpkg -r taskforce-builder >/dev/null' EXIT
    fi
    echo "Installed $deb; testing /opt/taskforce-builder"
    export TASKFORCE_SMOKE_PROGRAM=/opt/taskforce-builder/taskforce-builder
    export TASKFORCE_SMOKE_INSTALLED=1
else
    unpacked=$(mktemp -d)
    trap 'rm -rf "$unpacked"' EXIT
    tar -xzf "$tarball" -C "$unpacked"
    echo "Unpacked $tarball; testing it (install the .deb as root to test that too)"
    export TASKFORCE_SMOKE_PROGRAM="$unpacked/taskforce-builder-$version/taskforce-builder"
fi

QT_QPA_PLATFORM=offscreen $python -m pytest tests/packaging/test_bundle_smoke.py -m installer -p no:cacheprovider
