"""JPEG and PNG files as PDF image objects, without decoding the pictures.

A JPEG goes in as it is (``/DCTDecode``). A PNG's compressed pixel data goes in as it is too
(``/FlateDecode`` with the PNG predictor, which every PDF reader applies), after this module has
inflated it once, streaming, to prove it is complete and well-formed. Only what a PDF image can
hold without conversion is accepted: 8-bit greyscale or RGB and palette images, not interlaced,
without an alpha channel. Anything else is refused with a reason, and the caller copies the file.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: SOF markers of every JPEG coding process (not DHT 0xC4, JPG 0xC8 or DAC 0xCC).
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_INFLATE_PIECE = 1 << 20


@dataclass(frozen=True, slots=True)
class ImageData:
    """An image ready to be a PDF XObject: its size, colour space and encoded bytes."""

    width: int
    height: int
    stream: DecodedStreamObject


class ImageRefusedError(Exception):
    """The file cannot be placed on a PDF page as it is; ``reason`` says why (a message code)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def load_image(path: Path, mime: str) -> ImageData:
    """Read a JPEG or PNG file into a PDF image stream.

    Args:
        path: the image file.
        mime: its detected type, ``image/jpeg`` or ``image/png``.

    Returns:
        The image's pixel size and an image XObject stream (not yet added to a writer).

    Raises:
        ImageRefusedError: the format is not supported without conversion, or the file is damaged.
    """
    with path.open("rb") as fh:
        if mime == "image/jpeg":
            return _jpeg(fh)
        if mime == "image/png":
            return _png(fh)
    raise ImageRefusedError("compile.image_unsupported")


def _image_stream(
    width: int,
    height: int,
    colour_space: object,
    bits: int,
    data: bytes,
    filter_name: str,
    parms: DictionaryObject | None = None,
) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): colour_space,  # type: ignore[dict-item]
            NameObject("/BitsPerComponent"): NumberObject(bits),
            NameObject("/Filter"): NameObject(filter_name),
        }
    )
    if parms is not None:
        stream[NameObject("/DecodeParms")] = parms
    return stream


# --------------------------------------------------------------------------- JPEG


def _jpeg(fh: BinaryIO) -> ImageData:
    data = fh.read()
    if not data.startswith(b"\xff\xd8"):
        raise ImageRefusedError("compile.image_damaged")
    pos = 2
    adobe = False
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise ImageRefusedError("compile.image_damaged")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos + 4 : pos + 2 + length]
        if marker == 0xEE and segment.startswith(b"Adobe"):
            adobe = True
        if marker in _SOF:
            if len(segment) < 6:
                raise ImageRefusedError("compile.image_damaged")
            bits, height, width, components = struct.unpack(">BHHB", segment[:6])
            if width == 0 or height == 0 or bits != 8:
                raise ImageRefusedError("compile.image_unsupported")
            spaces = {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}
            if components not in spaces:
                raise ImageRefusedError("compile.image_unsupported")
            stream = _image_stream(
                width, height, NameObject(spaces[components]), 8, data, "/DCTDecode"
            )
            if components == 4 and adobe:
                # Adobe writes CMYK JPEGs inverted; the Decode array turns them back.
                stream[NameObject("/Decode")] = ArrayObject(
                    [NumberObject(v) for v in (1, 0, 1, 0, 1, 0, 1, 0)]
                )
            return ImageData(width, height, stream)
        if marker == 0xDA:  # start of scan before any frame header
            break
        pos += 2 + length
    raise ImageRefusedError("compile.image_damaged")


# --------------------------------------------------------------------------- PNG


def _png(fh: BinaryIO) -> ImageData:
    if fh.read(8) != _PNG_SIGNATURE:
        raise ImageRefusedError("compile.image_damaged")
    header: tuple[int, int, int, int, int] | None = None
    palette = b""
    idat: list[bytes] = []
    while True:
        head = fh.read(8)
        if len(head) < 8:
            raise ImageRefusedError("compile.image_damaged")
        length, kind = struct.unpack(">I4s", head)
        body = fh.read(length)
        crc = fh.read(4)
        if len(body) < length or len(crc) < 4:
            raise ImageRefusedError("compile.image_damaged")
        if struct.unpack(">I", crc)[0] != zlib.crc32(kind + body):
            raise ImageRefusedError("compile.image_damaged")
        if kind == b"IHDR":
            width, height, depth, colour, compression, filtering, interlace = struct.unpack(
                ">IIBBBBB", body[:13]
            )
            if compression or filtering:
                raise ImageRefusedError("compile.image_damaged")
            if interlace:
                raise ImageRefusedError("compile.image_unsupported")
            header = (width, height, depth, colour, interlace)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None or not idat:
        raise ImageRefusedError("compile.image_damaged")
    width, height, depth, colour, _ = header
    if (colour, depth) in ((0, 8), (2, 8)):
        channels = 1 if colour == 0 else 3
        space: object = NameObject("/DeviceGray" if colour == 0 else "/DeviceRGB")
    elif colour == 3 and depth in (1, 2, 4, 8) and palette and len(palette) % 3 == 0:
        channels = 1
        space = ArrayObject(
            [
                NameObject("/Indexed"),
                NameObject("/DeviceRGB"),
                NumberObject(len(palette) // 3 - 1),
                ByteStringObject(palette),
            ]
        )
    else:  # alpha channel, 16-bit samples or odd depths: would need converting pixels
        raise ImageRefusedError("compile.image_unsupported")
    data = b"".join(idat)
    _check_scanlines(data, width, height, channels * depth)
    parms = DictionaryObject(
        {
            NameObject("/Predictor"): NumberObject(15),
            NameObject("/Colors"): NumberObject(channels),
            NameObject("/BitsPerComponent"): NumberObject(depth),
            NameObject("/Columns"): NumberObject(width),
        }
    )
    return ImageData(
        width, height, _image_stream(width, height, space, depth, data, "/FlateDecode", parms)
    )


def _check_scanlines(data: bytes, width: int, height: int, bits_per_pixel: int) -> None:
    """Inflate the pixel data piece by piece and check every row's size and filter byte.

    Memory stays at about one piece (1 MiB) whatever the picture's size.
    """
    row = 1 + (width * bits_per_pixel + 7) // 8
    expected = row * height
    inflater = zlib.decompressobj()
    produced = 0
    pending = data
    try:
        while True:
            out = inflater.decompress(pending, _INFLATE_PIECE)
            pending = inflater.unconsumed_tail
            # Each row starts with its filter type (0-4).
            first = (-produced) % row
            for k in range(first, len(out), row):
                if out[k] > 4:
                    raise ImageRefusedError("compile.image_damaged")
            produced += len(out)
            if produced > expected:
                raise ImageRefusedError("compile.image_damaged")
            if inflater.eof or (not pending and len(out) < _INFLATE_PIECE):
                break
    except zlib.error:
        raise ImageRefusedError("compile.image_damaged") from None
    if produced != expected:
        raise ImageRefusedError("compile.image_damaged")
