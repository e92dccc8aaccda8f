"""The pixel size of a PNG, GIF or JPEG, read from its header without decoding the picture.

Bounded reads only (a JPEG's segments are walked to its frame header, within limits), so it is
safe to run in-process on any file.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

from spbe_desktop.documents import detect


def image_size(path: Path, mime: str) -> dict[str, str]:
    """``{"width": …, "height": …}`` from the header of an image; empty when not found."""
    with path.open("rb") as fh:
        size: tuple[int, int] | None
        if mime == detect.PNG:
            size = _png_size(fh.read(24))
        elif mime == detect.GIF:
            size = _gif_size(fh.read(10))
        elif mime == detect.JPEG:
            size = _jpeg_size(fh)
        else:
            size = None
    if size is None:
        return {}
    return {"width": str(size[0]), "height": str(size[1])}


def _png_size(head: bytes) -> tuple[int, int] | None:
    if len(head) < 24 or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _gif_size(head: bytes) -> tuple[int, int] | None:
    if len(head) < 10:
        return None
    width, height = struct.unpack("<HH", head[6:10])
    return width, height


#: Start-of-frame markers (baseline, progressive, lossless...); C4, C8 and CC are not frames.
_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD9)})
#: Give up looking for the frame header after this many segments or bytes.
_JPEG_MAX_SEGMENTS = 512
_JPEG_MAX_OFFSET = 16 * 1024 * 1024


def _jpeg_size(fh: BinaryIO) -> tuple[int, int] | None:
    """Walk JPEG segments to the first start-of-frame header; None when not found in bounds."""
    if fh.read(2) != b"\xff\xd8":
        return None
    for _ in range(_JPEG_MAX_SEGMENTS):
        if fh.tell() > _JPEG_MAX_OFFSET:
            return None
        byte = fh.read(1)
        if byte != b"\xff":
            return None
        marker = fh.read(1)
        while marker == b"\xff":  # fill bytes
            marker = fh.read(1)
        if not marker:
            return None
        code = marker[0]
        if code in _JPEG_STANDALONE:
            continue
        raw_length = fh.read(2)
        if len(raw_length) < 2:
            return None
        (length,) = struct.unpack(">H", raw_length)
        if length < 2:
            return None
        if code in _JPEG_SOF:
            frame = fh.read(5)
            if len(frame) < 5:
                return None
            height, width = struct.unpack(">HH", frame[1:5])
            return width, height
        fh.seek(length - 2, os.SEEK_CUR)
    return None
