"""Signed evidence bundles: keys, minisign signatures, safe ZIP reading, the BagIt bundle
format and small signed JSON envelopes. Pure format code: no Qt, no store; callers pass data,
streams, keys and clocks in.
"""
