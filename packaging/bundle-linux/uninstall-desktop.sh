#!/bin/sh
# Remove the menu entry and the icon install-desktop.sh put in place (nothing else).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
exec python3 "$here/install_desktop.py" uninstall
