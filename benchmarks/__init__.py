"""Benchmarks: speed, memory, explorer latency and quality figures (``make bench``).

``python -m benchmarks`` runs every section; ``python -m benchmarks notebooks --only 01``
runs one.  Each section writes ``benchmarks/results/<section>.md``; ``RESULTS.md`` is
assembled from all section files, so re-running one section keeps the others.
"""

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before torch; see deeplearn_helpers/__init__.py
