#!/bin/sh
# Put Safehouse (the program in this folder) in the applications menu of the current
# user, with its icon: a freedesktop entry under ~/.local/share (see the README, "On the
# desktop"). Needs the system's python3 (standard library only). Run it again after
# moving this folder; uninstall-desktop.sh removes the entry and the icon.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
exec python3 "$here/install_desktop.py" install --exec "$here/safehouse" \
    --icons "$here/_internal/safehouse/resources/icons"
