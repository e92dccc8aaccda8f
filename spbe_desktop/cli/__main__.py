import sys

from spbe_desktop.cli import main

sys.exit(main())
