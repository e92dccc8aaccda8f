"""``python -m spbe_desktop``: the desktop app (see ``spbe_desktop.ui.app.main``)."""

import sys

from spbe_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
