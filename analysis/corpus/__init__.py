"""Corpora: many articles in, streaming tables out, in one process, many, or on Dask.

* :mod:`analysis.corpus.sources`: files, folders, globs, JSONL/CSV/Parquet
  rows, DataFrames and lists -> documents with metadata;
* :mod:`analysis.corpus.run`: chunks, ``jobs`` worker processes, the Dask
  engine, progress and ``resume``;
* :mod:`analysis.corpus.store`: streaming Parquet/CSV writers,
  ``manifest.json``, atomic replacement of the output folder, and
  :func:`read_output` to read a folder back.
"""

from .run import RunSummary, run_corpus
from .sources import Document, Failure, iter_documents
from .store import read_output

__all__ = ["run_corpus", "RunSummary", "iter_documents", "Document", "Failure", "read_output"]
