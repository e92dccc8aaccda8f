"""JPEG and PNG files as PDF image objects: img2pdf for lossless embedding, Pillow to convert.

img2pdf places a JPEG as it is (``/DCTDecode``) and a PNG's pixel data without re-encoding
where a PDF image can hold it (8-bit grey, RGB and palette, not interlaced). What it cannot take
as it is (an odd mode, a CMYK PNG...) is converted with Pillow first: alpha is kept as a soft
mask by img2pdf, or composited onto white when converting. Pillow also downsamples a picture to
about 150 dpi as a JPEG when a compiled file must shrink (:func:`downsample`). A file neither
can read is refused with a reason, and the caller copies it beside the PDF.
"""

from __future__ import annotations

import io
import logging
import struct
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path

import img2pdf
from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.generic import StreamObject

#: Resolution of a downsampled picture, for the room it gets on an A4 page (about 7 × 10 inch).
DOWNSAMPLE_DPI = 150
#: JPEG quality of a downsampled picture.
DOWNSAMPLE_QUALITY = 75
_A4_INCHES = (8.27, 11.69)
# Only the image object of img2pdf's page is used; a fixed page keeps img2pdf from refusing a
# picture of a few pixels (its default page would be smaller than a PDF page may be).
_LAYOUT = img2pdf.get_layout_fun((595.28, 841.89), None, None, img2pdf.FitMode.into, False)
# img2pdf logs an INFO/WARNING line for every alpha channel it turns into a soft mask: expected
# here, not news for the user's console.
logging.getLogger("img2pdf").setLevel(logging.ERROR)
# A decompression bomb (a few KB that decode to gigapixels) is refused, not decoded.
Image.MAX_IMAGE_PIXELS = 200_000_000


@dataclass(frozen=True, slots=True)
class ImageData:
    """An image ready to be a PDF XObject: its size and a stream to clone into a writer.

    ``stream`` belongs to a small PDF made by img2pdf; clone it (``stream.clone(writer)``) to
    use it, which also copies its soft mask.
    """

    width: int
    height: int
    stream: StreamObject


class ImageRefusedError(Exception):
    """The file cannot be placed on a PDF page; ``reason`` says why (a message code)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def load_image(path: Path | bytes, mime: str = "") -> ImageData:
    """Read a JPEG or PNG (a file or its bytes) into a PDF image stream.

    Args:
        path: the image file, or its bytes.
        mime: its detected type, ``image/jpeg`` or ``image/png`` (others are refused).

    Returns:
        The image's pixel size and an image XObject stream (to clone into a writer).

    Raises:
        ImageRefusedError: ``compile.image_unsupported`` for another type,
            ``compile.image_damaged`` for a file neither img2pdf nor Pillow can read.
    """
    if mime and mime not in ("image/jpeg", "image/png"):
        raise ImageRefusedError("compile.image_unsupported")
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    _check_readable(data)
    if data.startswith(_PNG_SIGNATURE):
        _check_png(data)
    try:
        pdf = _img2pdf(data)
    except Exception:  # img2pdf refuses what it cannot embed losslessly: convert with Pillow
        pdf = _img2pdf(_converted_png(data))
    return _xobject(pdf)


def downsample(path: Path | bytes, dpi: int = DOWNSAMPLE_DPI) -> bytes:
    """A JPEG of the picture at most ``dpi`` over an A4 page (alpha composited onto white).

    Args:
        path: a JPEG or PNG file, or its bytes.
        dpi: the resolution for a full A4 page.

    Returns:
        The JPEG bytes (the picture unchanged in size when it is already smaller).

    Raises:
        ImageRefusedError: ``compile.image_damaged`` if Pillow cannot read it.
    """
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    try:
        with Image.open(io.BytesIO(data)) as im:
            return downsample_image(im, dpi)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageRefusedError("compile.image_damaged") from exc


def downsample_image(im: Image.Image, dpi: int = DOWNSAMPLE_DPI) -> bytes:
    """:func:`downsample` for a picture already opened with Pillow."""
    out = io.BytesIO()
    shrunk(im, dpi).save(out, "JPEG", quality=DOWNSAMPLE_QUALITY, optimize=True)
    return out.getvalue()


def shrunk(
    im: Image.Image, dpi: int = DOWNSAMPLE_DPI, page: tuple[float, float] | None = None
) -> Image.Image:
    """The picture flattened to 8-bit grey or RGB and at most ``dpi`` over ``page``.

    Args:
        im: the picture.
        dpi: the resolution wanted.
        page: the page size in points it fills (default: A4, turned to the picture's shape).
    """
    im = _flat(ImageOps.exif_transpose(im) or im)
    inches = (page[0] / 72, page[1] / 72) if page else _A4_INCHES
    long_side = int(max(inches) * dpi)
    short_side = int(min(inches) * dpi)
    box = (long_side, short_side) if im.width > im.height else (short_side, long_side)
    if im.width > box[0] or im.height > box[1]:
        im.thumbnail(box, Image.Resampling.LANCZOS)
    return im


def _check_readable(data: bytes) -> None:
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.format not in ("JPEG", "PNG", "MPO"):
                raise ImageRefusedError("compile.image_unsupported")
            im.load()  # decodes every row: a truncated or corrupt file fails here
    except ImageRefusedError:
        raise
    except (OSError, ValueError, SyntaxError, UnidentifiedImageError, Image.DecompressionBombError):
        raise ImageRefusedError("compile.image_damaged") from None


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
#: Adam7 passes: (first column, first row, column step, row step).
_ADAM7 = (
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
)
_INFLATE_PIECE = 1 << 20


def _check_png(data: bytes) -> None:
    """Check every chunk's CRC and the pixel data's exact length (and rows' filter bytes).

    img2pdf copies a plain PNG's compressed pixel data into the PDF as it is, and Pillow accepts
    some short or overlong data silently: a reader would then draw garbage. Inflated piece by
    piece, so memory stays at about 1 MiB whatever the picture's size.
    """
    pos = 8
    header: tuple[int, ...] | None = None
    idat: list[bytes] = []
    while pos + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        crc = data[pos + 8 + length : pos + 12 + length]
        if (
            len(body) < length
            or len(crc) < 4
            or struct.unpack(">I", crc)[0] != zlib.crc32(kind + body)
        ):
            raise ImageRefusedError("compile.image_damaged")
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body[:13])
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None or not idat or header[3] not in _CHANNELS:
        raise ImageRefusedError("compile.image_damaged")
    width, height, depth, colour, _, _, interlace = header
    bits = _CHANNELS[colour] * depth
    if interlace:
        row = 0
        expected = 0
        for x0, y0, dx, dy in _ADAM7:
            cols = (width - x0 + dx - 1) // dx if width > x0 else 0
            rows = (height - y0 + dy - 1) // dy if height > y0 else 0
            if cols and rows:
                expected += rows * (1 + (cols * bits + 7) // 8)
    else:
        row = 1 + (width * bits + 7) // 8
        expected = row * height
    inflater = zlib.decompressobj()
    produced = 0
    pending = b"".join(idat)
    try:
        while True:
            out = inflater.decompress(pending, _INFLATE_PIECE)
            pending = inflater.unconsumed_tail
            if row:  # each row starts with its filter type (0-4)
                for k in range((-produced) % row, len(out), row):
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


def _img2pdf(data: bytes) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # img2pdf warns (not errs) about alpha and metadata
        # The internal engine always, not pikepdf when it happens to be installed: the same PDF
        # in development and in the frozen build, which leaves pikepdf out (8.7 MB).
        result = img2pdf.convert(
            data,
            rotation=img2pdf.Rotation.ifvalid,
            layout_fun=_LAYOUT,
            engine=img2pdf.Engine.internal,
        )
    if not isinstance(result, bytes):  # pragma: no cover - img2pdf's typing is loose
        raise ImageRefusedError("compile.image_damaged")
    return result


def _flat(im: Image.Image) -> Image.Image:
    """8-bit grey or RGB, with any transparency composited onto white."""
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if im.mode in ("1", "L"):
        return im.convert("L")
    if im.mode.startswith("I") or im.mode == "F":
        # 16-bit or float grey: scale to 8 bits (Pillow's convert("L") clips instead).
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    return im.convert("RGB")


def _converted_png(data: bytes) -> bytes:
    try:
        with Image.open(io.BytesIO(data)) as im:
            flat = _flat(ImageOps.exif_transpose(im) or im)
    except (OSError, ValueError) as exc:
        raise ImageRefusedError("compile.image_damaged") from exc
    out = io.BytesIO()
    flat.save(out, "PNG")
    return out.getvalue()


def _xobject(pdf: bytes) -> ImageData:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    resources = page["/Resources"].get_object()
    xobjects = resources["/XObject"].get_object()  # type: ignore[index]
    stream = next(iter(xobjects.values())).get_object()
    if not isinstance(stream, StreamObject):  # pragma: no cover - img2pdf always makes one
        raise ImageRefusedError("compile.image_damaged")
    width, height = stream["/Width"], stream["/Height"]
    return ImageData(int(width), int(height), stream)  # type: ignore[call-overload]
