"""Frozen entry point of ``spbe`` (console): the CLI, or the document worker.

See entry_gui.py: the CLI's ``attach`` starts ``sys.executable --spbe-document-worker ...`` too.
"""

import sys

# Same value as spbe_desktop.documents.inspect.FROZEN_WORKER_FLAG (tests/packaging checks it);
# a literal, because importing spbe_desktop.documents loads pypdf (~0.2 s of start-up).
FROZEN_WORKER_FLAG = "--spbe-document-worker"

if __name__ == "__main__":
    if sys.argv[1:2] == [FROZEN_WORKER_FLAG]:
        from spbe_desktop.documents.worker import main as worker_main

        sys.exit(worker_main())

    from spbe_desktop.cli import main

    sys.exit(main())
