"""Code the tests and the benchmarks share (``from tests.support.generate import make_pdf``)."""
