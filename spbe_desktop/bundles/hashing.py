"""SHA-256 computed one block behind the caller, in a helper thread.

hashlib and zlib release the GIL on large buffers, so while the helper hashes block *k* the
caller reads, CRCs or writes block *k+1*: on two cores a copy costs about the larger of the two
instead of their sum. Blocks are hashed in the order given (the caller waits for block *k*
before handing over block *k+1*).
"""

from __future__ import annotations

import hashlib
from concurrent.futures import Future, ThreadPoolExecutor

#: Below this a block is hashed at once: handing it to the thread would cost more.
_INLINE = 256 * 1024
_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spbe-hash")


class PipelinedHash:
    """A SHA-256 whose :meth:`update` returns before the block is hashed."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._pending: Future[None] | None = None

    def update(self, block: bytes) -> None:
        """Hash ``block`` after the blocks given before (it must not change meanwhile)."""
        self._wait()
        if len(block) < _INLINE:
            self._digest.update(block)
        else:
            self._pending = _POOL.submit(self._digest.update, block)

    def hexdigest(self) -> str:
        self._wait()
        return self._digest.hexdigest()

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()
