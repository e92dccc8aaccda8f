"""Text inside a PDF content stream: the one encoding every PDF this application writes uses.

Pure bytes, no PDF library: the compiled evidence covers (``reports``) and the sample documents
(``documents``) both draw with a standard Type 1 font in WinAnsiEncoding.
"""

from __future__ import annotations


def pdf_literal(text: str) -> bytes:
    """``text`` as the inside of a PDF literal string ``( … )`` in WinAnsiEncoding.

    Characters outside Windows-1252 become ``?``; delimiters are escaped with a backslash and
    every byte outside printable ASCII is written as an octal escape.
    """
    out = bytearray()
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 0x20 or byte > 0x7E:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out)
