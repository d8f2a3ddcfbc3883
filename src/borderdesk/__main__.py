"""Run BorderDesk with ``python -m borderdesk``."""

import sys

from borderdesk.cli import main

sys.exit(main())
