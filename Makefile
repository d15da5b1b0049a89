# One-command entry points (see README). The virtual environment lives in .venv/.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python

.PHONY: run test figures benchmark clean lab

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[notebooks,test,train]"
	touch $@

## set up, then write every table (results/) and figure (figures/) for seeds/
run: $(VENV)/.installed
	$(PY) -m analysis run seeds/ --format csv --out results --figures figures

## set up, then run the whole test suite (notebooks included)
test: $(VENV)/.installed
	MPLBACKEND=Agg $(PY) -m pytest

## open JupyterLab at the repository root, on the notebooks folder
lab: $(VENV)/.installed
	$(VENV)/bin/jupyter lab --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/notebooks

benchmark: $(VENV)/.installed
	$(PY) benchmarks/target_sentiment_eval.py

clean:
	rm -rf $(VENV) results .pytest_cache
