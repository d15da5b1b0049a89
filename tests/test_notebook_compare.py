"""07_compare.ipynb runs top to bottom on a slice of the Wikinews subset, is thin and stripped."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "07_compare.ipynb"
LIMIT = 25


def _notebook():
    return nbformat.read(NOTEBOOK, as_version=4)


def test_the_notebook_is_thin_stripped_and_has_a_parameter_cell_first():
    nb = _notebook()
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    assert "LIMIT = None" in code[0].source and "CORPUS = " in code[0].source
    for cell in code:
        assert not cell.outputs and cell.execution_count is None, "outputs must be stripped"
        assert "def " not in cell.source and "lambda" not in cell.source, "no logic in notebooks"
    sources = "\n".join(c.source for c in code)
    assert "kwic(" in sources and "show(" in sources


def test_the_notebook_runs_on_a_slice(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = _notebook()
    first = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    nb.cells.insert(first + 1, nbformat.v4.new_code_cell(f"LIMIT = {LIMIT}  # injected by the test"))
    NotebookClient(nb, timeout=900, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors, errors[0] if errors else None
    plotting = [c for c in code if "plot_" in c.source and not c.source.lstrip().startswith(("import", "from"))]
    assert len(plotting) == 4
    for cell in plotting:
        assert any("image/png" in o.get("data", {}) for o in cell.outputs), cell.source
    shown = [c for c in code if c.source.startswith("show(")]
    html = "".join(o["data"].get("text/html", "") for c in shown for o in c.outputs if "data" in o)
    assert 'class="af-m"' in html  # the focus actor's mentions are marked
    counts = next(c for c in code if "result.documents.groupby" in c.source).outputs
    assert any("articles" in o.get("data", {}).get("text/plain", "") for o in counts)
