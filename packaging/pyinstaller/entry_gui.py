"""Frozen entry point of ``spbe-desktop`` (windowed): the GUI, or the document worker.

``documents.inspect`` starts ``sys.executable --spbe-document-worker ...`` to parse a PDF/DOCX
in a limited child process; in a frozen build ``sys.executable`` is this program, so that flag
must reach the worker before anything imports Qt (the worker never needs it).
"""

import sys

# Same value as spbe_desktop.documents.inspect.FROZEN_WORKER_FLAG (tests/packaging checks it);
# a literal, because importing spbe_desktop.documents loads pypdf (~0.2 s of start-up).
FROZEN_WORKER_FLAG = "--spbe-document-worker"

if __name__ == "__main__":
    if sys.argv[1:2] == [FROZEN_WORKER_FLAG]:
        from spbe_desktop.documents.worker import main as worker_main

        sys.exit(worker_main())

    from spbe_desktop.ui.app import main

    sys.exit(main())
