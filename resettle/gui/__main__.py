"""`python -m resettle.gui`: start the desktop application directly."""

import sys

from resettle.gui.main import main

sys.exit(main())
