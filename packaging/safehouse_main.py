"""The bundle's entry point: the ``safehouse`` command (with no command, the window)."""

import sys

from safehouse.cli import main

if __name__ == "__main__":
    sys.exit(main())
