"""Every notebook runs top to bottom, is thin, and is committed without outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

# 07_compare.ipynb analyses a corpus: tests/test_notebook_compare.py runs it on a slice
NOTEBOOKS = sorted(p for p in (Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb")
                   if p.name != "07_compare.ipynb")


def test_the_notebooks_exist():
    names = {p.name for p in NOTEBOOKS}
    assert names == {"01_tokens.ipynb", "02_actors.ipynb", "03_sentiment.ipynb", "04_quotes.ipynb",
                     "05_stance.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_thin_and_stripped(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, "outputs must be stripped"
            assert "def " not in cell.source and "lambda" not in cell.source, "no logic in notebooks"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path, monkeypatch):
    # the kernel inherits the environment: draw inline as in JupyterLab, not with Agg
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    plotting = [c for c in nb.cells if c.cell_type == "code" and "plot_" in c.source
                and not c.source.lstrip().startswith(("import", "from"))]
    assert plotting, "each notebook draws at least one chart"
    for cell in plotting:
        assert any("image/png" in o.get("data", {}) for o in cell.outputs), cell.source
