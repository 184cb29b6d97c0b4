"""Entry point for `python -m thidua_desktop`."""

import sys

from thidua_desktop.cli import main

sys.exit(main())
