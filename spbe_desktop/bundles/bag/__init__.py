"""The bundle format: one signed BagIt 1.0 bag (RFC 8493) inside a ZIP file.

Layout inside the ZIP (``<top>`` is ``spbe-bundle`` unless the caller chooses another)::

    <top>/bagit.txt                       BagIt-Version 1.0, UTF-8
    <top>/bag-info.txt                    caller fields + Bagging-Date, Payload-Oxum, Bag-Size,
                                          Bag-Count (split parts), Signer-Public-Key,
                                          Signer-Fingerprint
    <top>/manifest-sha256.txt             every payload file under data/
    <top>/tagmanifest-sha256.txt          bagit.txt, bag-info.txt, manifest-sha256.txt
    <top>/tagmanifest-sha256.txt.minisig  minisign signature of the tag manifest (not listed
                                          in the tag manifest itself)
    <top>/data/...                        the payload

Unzipped, the folder is a valid bag for any BagIt tool, and ``minisign -V`` checks the tag
manifest. Writing streams every file in 1 MiB chunks into a temporary file that replaces the
destination only when complete. Reading verifies everything without extracting to disk; an
invalid bundle is a *result* with findings, never an exception. This module knows nothing of
the store or of what the payload means.
"""

from spbe_desktop.bundles.bag.format import (
    BAG_INFO,
    BAGIT_DECLARATION,
    BAGIT_TXT,
    DEFAULT_TOP,
    MANIFEST,
    RESERVED_INFO,
    SIGNATURE,
    TAGMANIFEST,
    BagEntry,
    BagSummary,
    BagVerification,
    decode_manifest_path,
    encode_manifest_path,
    parse_bag_info,
)
from spbe_desktop.bundles.bag.payload import BagReader, iter_payload_json, open_payload
from spbe_desktop.bundles.bag.verify import read_bag_zip
from spbe_desktop.bundles.bag.write import plan_parts, write_bag_zip

__all__ = [
    "BAGIT_DECLARATION",
    "BAGIT_TXT",
    "BAG_INFO",
    "DEFAULT_TOP",
    "MANIFEST",
    "RESERVED_INFO",
    "SIGNATURE",
    "TAGMANIFEST",
    "BagEntry",
    "BagReader",
    "BagSummary",
    "BagVerification",
    "decode_manifest_path",
    "encode_manifest_path",
    "iter_payload_json",
    "open_payload",
    "parse_bag_info",
    "plan_parts",
    "read_bag_zip",
    "write_bag_zip",
]
