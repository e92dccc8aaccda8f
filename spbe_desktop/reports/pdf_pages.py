"""Drawing the compiled PDF's own pages with pypdf: cover text pages and image pages.

Content streams are written by hand (a few text and image operators) with the standard
Helvetica fonts, so no font file is embedded and nothing but pypdf is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from spbe_desktop.core.pdf_text import pdf_literal
from spbe_desktop.reports.pdf_cover import A4, MARGIN, Line, bookmark, wrap
from spbe_desktop.reports.pdf_images import ImageData, load_image
from spbe_desktop.reports.pdf_sources import Placement


def fonts(writer: PdfWriter) -> DictionaryObject:
    """Helvetica as ``/F1`` and Helvetica-Bold as ``/F2``, added to ``writer`` once per PDF."""

    def font(base: str) -> Any:
        # NOTE: pypdf offers no public way to add an indirect object to a writer; its own page
        # helpers use _add_object too.
        return writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(base),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
        )

    return DictionaryObject(
        {NameObject("/F1"): font("/Helvetica"), NameObject("/F2"): font("/Helvetica-Bold")}
    )


def _text_ops(lines: Sequence[Line], top: float) -> list[bytes]:
    ops: list[bytes] = []
    y = top
    for ln in lines:
        y -= ln.gap + ln.size * 1.3
        grey = b"0.35 g" if ln.grey else b"0 g"
        font = b"/F2" if ln.bold else b"/F1"
        ops.append(
            b"BT "
            + grey
            + b" "
            + font
            + b" %.2f Tf 1 0 0 1 %.2f %.2f Tm (" % (ln.size, MARGIN + ln.indent, y)
            + pdf_literal(ln.text)
            + b") Tj ET"
        )
        if ln.rule:
            ops.append(
                b"0.6 G 0.8 w %.2f %.2f m %.2f %.2f l S" % (MARGIN, y - 4, A4[0] - MARGIN, y - 4)
            )
    return ops


def _add_page(
    writer: PdfWriter, size: tuple[float, float], resources: DictionaryObject, ops: list[bytes]
) -> None:
    page = writer.add_blank_page(*size)
    page[NameObject("/Resources")] = resources
    content = DecodedStreamObject()
    content.set_data(b"\n".join(ops))
    page[NameObject("/Contents")] = writer._add_object(content.flate_encode())


def text_page(writer: PdfWriter, font_dict: DictionaryObject, lines: Sequence[Line]) -> None:
    """Add an A4 page holding ``lines`` (one page of :func:`~.pdf_cover.paginate`)."""
    resources = DictionaryObject({NameObject("/Font"): font_dict})
    _add_page(writer, A4, resources, _text_ops(lines, A4[1] - MARGIN))


def image_page(
    writer: PdfWriter,
    font_dict: DictionaryObject,
    item: Placement,
    image: ImageData | None = None,
) -> None:
    """Add a page showing the image ``item`` under its bookmark text, scaled to fit.

    The page is A4, turned to landscape for a wide image; the image is never enlarged.
    ``image`` replaces the file's own picture (a downsampled copy of it).
    """
    image = image or load_image(item.doc.path, item.doc.mime)
    landscape = image.width > image.height
    width, height = (A4[1], A4[0]) if landscape else A4
    margin = 40.0
    text = wrap(bookmark(item), 10, True, width - 2 * margin)[0]
    top = height - margin
    box_w = width - 2 * margin
    box_h = height - 2 * margin - 24
    scale = min(box_w / image.width, box_h / image.height, 1.0)
    w, h = image.width * scale, image.height * scale
    x = (width - w) / 2
    y = margin + (box_h - h) / 2
    ref = image.stream.clone(writer).indirect_reference  # with its soft mask, if any
    resources = DictionaryObject(
        {
            NameObject("/Font"): font_dict,
            NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): ref}),
        }
    )
    ops = [
        b"BT 0 g /F2 10 Tf 1 0 0 1 %.2f %.2f Tm (" % (margin, top - 10)
        + pdf_literal(text)
        + b") Tj ET",
        b"q %.3f 0 0 %.3f %.3f %.3f cm /Im0 Do Q" % (w, h, x, y),
    ]
    _add_page(writer, (width, height), resources, ops)
