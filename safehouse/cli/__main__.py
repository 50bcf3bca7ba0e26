"""``python -m safehouse.cli``: the same as the ``safehouse`` command."""

import sys

from safehouse.cli import main

sys.exit(main())
