"""Entry script of the frozen build: the same `resettle.__main__:main` as the `resettle` script."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from resettle.__main__ import main

    sys.exit(main())
