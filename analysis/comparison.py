"""Compare coverage across outlets and time: one row per (group, actor).

Groups come from document metadata (the ``documents`` table: ``outlet``,
``date`` or any user column). Intervals are 95 % percentile bootstraps over
the articles of a group (the article is the unit that is sampled, not the
mention), seeded per group so reruns are identical and do not depend on
which actors are shown.

Statistics per (group, actor)
-----------------------------
``mean_target_score`` is the mean of the mention-level ``target_score``
pooled over the group's mentions (a ratio of sums: articles with more
mentions weigh more). ``share_of_voice`` is the actor's attributed quoted
words over all attributed quoted words (named and anonymous speakers) of the
group. In a bootstrap replicate the group's articles are drawn with
replacement and both ratios recomputed; replicates in which the actor does
not occur are skipped. With fewer than two articles mentioning the actor no
interval is given (``NaN``): one article cannot show its own variability.
"""

from __future__ import annotations

import warnings
import zlib
from pathlib import Path

import numpy as np
import pandas as pd

from .linking import actor_map, link_result

__all__ = ["compare", "compare_difference", "run_compare", "COMPARE_COLUMNS", "DIFFERENCE_COLUMNS",
           "group_documents"]

#: Columns of :func:`compare` after the group column(s).
COMPARE_COLUMNS = ["actor", "articles", "mentions", "share_of_mentions", "quoted_words", "share_of_voice",
                   "mean_target_score", "ci_low", "ci_high", "stance_given_favor", "stance_given_against",
                   "stance_received_favor", "stance_received_against"]

#: Columns of :func:`compare_difference`.
DIFFERENCE_COLUMNS = ["actor", "group_a", "group_b", "articles_a", "articles_b", "score_a", "score_b",
                      "score_diff", "score_diff_low", "score_diff_high", "voice_a", "voice_b", "voice_diff",
                      "voice_diff_low", "voice_diff_high"]

#: Period codes accepted by ``freq``.
FREQUENCIES = {"W": "W", "M": "M", "Q": "Q", "Y": "Y"}

N_BOOT = 1000
SEED = 20240620
_UNNAMED = "(unnamed source)"


# ---------------------------------------------------------------- groups

def _documents(result, documents) -> pd.DataFrame:
    if documents is None:
        documents = getattr(result, "documents", None)
    if documents is None or not len(documents):
        raise ValueError("no document metadata: pass documents= (doc_id, outlet, date, ...) or a result "
                         "with a 'documents' table")
    if "doc_id" not in documents:
        raise ValueError("the documents table needs a 'doc_id' column")
    return documents


def _by_list(by, freq) -> list[str]:
    by = [by] if isinstance(by, str) else list(by)
    if freq is not None:
        if freq not in FREQUENCIES:
            raise ValueError(f"freq must be one of {sorted(FREQUENCIES)}, not {freq!r}")
        if "date" not in by:
            by = by + ["date"]
    if not by:
        raise ValueError("by needs at least one metadata column")
    return by


def group_documents(documents: pd.DataFrame, *, by, freq=None) -> pd.DataFrame:
    """The group of each document.

    Parameters
    ----------
    documents : pandas.DataFrame
        ``doc_id`` and metadata columns (``outlet``, ``date`` as
        ``YYYY-MM-DD``, ...).
    by : str or list of str
        Metadata column(s) that define the groups.
    freq : {"W", "M", "Q", "Y"}, optional
        Group ``date`` by period; ``date`` then holds the first day of the
        period (a ``Timestamp``). Added to ``by`` when missing.

    Returns
    -------
    pandas.DataFrame
        ``doc_id`` and the group column(s), one row per document with a
        value in every group column.
    """
    cols = _by_list(by, freq)
    missing = [c for c in cols if c not in documents]
    if missing:
        raise ValueError(f"documents has no column(s) {missing}; it has {list(documents.columns)}")
    out = documents[["doc_id", *cols]].copy()
    if freq is not None:
        dates = pd.to_datetime(out["date"], errors="coerce")
        out["date"] = dates.dt.to_period(FREQUENCIES[freq]).dt.start_time
    return out.dropna(subset=cols).drop_duplicates("doc_id").reset_index(drop=True)


# ---------------------------------------------------------------- per-article evidence

def _per_article(result) -> pd.DataFrame:
    """One row per (doc_id, actor): the sums the group statistics are made of."""
    ms = result.mention_sentiment
    parts = []
    if len(result.mentions):
        parts.append(result.mentions.groupby(["doc_id", "actor"]).size().rename("mentions"))
    if len(ms):
        scored = ms.dropna(subset=["target_score"])
        parts.append(scored.groupby(["doc_id", "actor"])["target_score"].agg(["sum", "size"])
                     .rename(columns={"sum": "score_sum", "size": "scored"}))
    if len(result.voice):
        parts.append(result.voice.groupby(["doc_id", "actor"])["quoted_words"].sum())
    st = result.stance
    if len(st):
        for side, column in (("given", "holder"), ("received", "target")):
            counts = pd.crosstab([st["doc_id"], st[column]], st["stance"]).reindex(
                columns=["favor", "against"], fill_value=0)
            counts.index.names = ["doc_id", "actor"]
            parts.append(counts.add_prefix(f"stance_{side}_"))
    columns = ["mentions", "score_sum", "scored", "quoted_words", "stance_given_favor", "stance_given_against",
               "stance_received_favor", "stance_received_against"]
    if not parts:
        return pd.DataFrame(columns=["doc_id", "actor", *columns])
    table = pd.concat(parts, axis=1).reindex(columns=columns).fillna(0)
    table = table.reset_index()
    table = table[table["actor"].map(lambda a: isinstance(a, str) and a != "")]
    return table.astype({c: float for c in columns}).reset_index(drop=True)


def _group_seed(seed: int, key) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(repr(key).encode("utf-8"))])


def _bootstrap_group(doc_ids: np.ndarray, cells: pd.DataFrame, actors: list[str], *, key, n_boot: int,
                     seed: int) -> dict[str, np.ndarray]:
    """Replicates of mean score and share of voice for every actor of one group.

    Returns arrays of shape (n_boot, len(actors)).
    """
    n = len(doc_ids)
    rng = _group_seed(seed, key)
    weights = np.zeros((n_boot, n))
    draws = rng.integers(0, n, size=(n_boot, n))
    rows = np.repeat(np.arange(n_boot), n)
    np.add.at(weights, (rows, draws.ravel()), 1.0)
    doc_pos = pd.Index(doc_ids)
    act_pos = pd.Index(actors)
    r = doc_pos.get_indexer(cells["doc_id"])
    c = act_pos.get_indexer(cells["actor"])

    def matrix(column):
        m = np.zeros((n, len(actors)))
        ok = c >= 0
        m[r[ok], c[ok]] = cells[column].to_numpy(dtype=float)[ok]
        return m

    scored, score_sum, words = matrix("scored"), matrix("score_sum"), matrix("quoted_words")
    with np.errstate(invalid="ignore", divide="ignore"):
        w_scored = weights @ scored
        mean = np.where(w_scored > 0, (weights @ score_sum) / w_scored, np.nan)
        total_words = weights @ words.sum(axis=1, keepdims=True)
        voice = np.where(total_words > 0, (weights @ words) / total_words, np.nan)
    return {"score": mean, "voice": voice}


def _interval(replicates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if replicates.shape[1] == 0:
        return np.array([]), np.array([])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # an actor absent from every replicate: NaN
        low, high = np.nanpercentile(replicates, [2.5, 97.5], axis=0)
    return low, high


def _prepare(result, documents, by, freq, link, actor_table):
    documents = _documents(result, documents)
    if link:
        result = link_result(result, mapping=actor_map(result.mentions, actor_table=actor_table))
    groups = group_documents(documents, by=by, freq=freq)
    cells = _per_article(result).merge(groups, on="doc_id", how="inner")
    return groups, cells


def compare(result, *, by, freq=None, actors=None, min_articles: int = 1, documents=None, link: bool = True,
            actor_table=None, n_boot: int = N_BOOT, seed: int = SEED) -> pd.DataFrame:
    """How each actor is covered in each group of articles (outlet, period, ...).

    Parameters
    ----------
    result : analysis.Analysis
        The analysis of a corpus; its ``documents`` table (or ``documents=``)
        gives the metadata.
    by : str or list of str
        Metadata column(s) to group by (``"outlet"``, ``"date"``, a user
        column, or a list of them).
    freq : {"W", "M", "Q", "Y"}, optional
        Group dates by week, month, quarter or year; ``date`` then holds the
        first day of the period and is added to ``by`` if missing.
    actors : list of str, optional
        Keep only these actors (corpus names).
    min_articles : int, default 1
        Keep rows whose actor is mentioned in at least this many articles of
        the group.
    documents : pandas.DataFrame, optional
        ``doc_id`` plus metadata, when ``result`` has no ``documents`` table.
    link : bool, default True
        Join actor names across articles first
        (:func:`analysis.linking.link_result`).
    actor_table : pandas.DataFrame or path, optional
        A user's actor table, which wins over the linking rule.
    n_boot : int, default 1000
        Bootstrap replicates.
    seed : int
        Seed of the bootstrap (combined with each group's key).

    Returns
    -------
    pandas.DataFrame
        One row per (group, actor) in which the actor is mentioned or
        quoted, sorted by group then ``mentions`` (descending): the group
        column(s) named as in ``documents``; ``actor``; ``articles`` (of the
        group with at least one mention); ``mentions`` (all kinds);
        ``share_of_mentions`` (of all actor mentions in the group);
        ``quoted_words``; ``share_of_voice`` (of all attributed quoted words
        in the group, anonymous sources included); ``mean_target_score``
        (mean sentiment toward the actor's mentions, −1…1; NaN when none is
        scored); ``ci_low``, ``ci_high`` (95 % bootstrap over articles; NaN
        with fewer than two articles); ``stance_given_favor``,
        ``stance_given_against`` (statements by the actor),
        ``stance_received_favor``, ``stance_received_against`` (about it).
    """
    by_cols = _by_list(by, freq)
    groups, cells = _prepare(result, documents, by, freq, link, actor_table)
    by_group = {k if isinstance(k, tuple) else (k,): g for k, g in cells.groupby(by_cols, sort=False)}
    rows = []
    for key, docs in groups.groupby(by_cols, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        part = by_group.get(key)
        if part is None:
            continue
        sums = part.assign(articles=(part["mentions"] > 0).astype(int)).groupby("actor").agg(
            articles=("articles", "sum"), mentions=("mentions", "sum"),
            scored=("scored", "sum"), score_sum=("score_sum", "sum"), quoted_words=("quoted_words", "sum"),
            stance_given_favor=("stance_given_favor", "sum"), stance_given_against=("stance_given_against", "sum"),
            stance_received_favor=("stance_received_favor", "sum"),
            stance_received_against=("stance_received_against", "sum"))
        sums = sums[(sums["mentions"] > 0) | (sums["quoted_words"] > 0)]
        if sums.empty:
            continue
        names = list(sums.index)
        boot = _bootstrap_group(docs["doc_id"].to_numpy(), part, names, key=key, n_boot=n_boot, seed=seed)
        low, high = _interval(boot["score"])
        few = sums["articles"].to_numpy() < 2
        low[few], high[few] = np.nan, np.nan
        total_mentions, total_words = sums["mentions"].sum(), sums["quoted_words"].sum()
        table = sums.assign(
            share_of_mentions=sums["mentions"] / total_mentions if total_mentions else 0.0,
            share_of_voice=sums["quoted_words"] / total_words if total_words else 0.0,
            mean_target_score=(sums["score_sum"] / sums["scored"].where(sums["scored"] > 0)),
            ci_low=low, ci_high=high).reset_index()
        for col, value in zip(by_cols, key):
            table[col] = value
        rows.append(table)
    columns = by_cols + COMPARE_COLUMNS
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    out = pd.concat(rows, ignore_index=True)
    if actors is not None:
        out = out[out["actor"].isin(list(actors))]
    out = out[out["articles"] >= min_articles] if min_articles > 1 else out
    ints = ["articles", "mentions", "quoted_words", "stance_given_favor", "stance_given_against",
            "stance_received_favor", "stance_received_against"]
    out = out.astype({c: "int64" for c in ints})
    out = out.sort_values(by_cols + ["mentions", "actor"], ascending=[True] * len(by_cols) + [False, True],
                          kind="mergesort")
    out = out[columns].reset_index(drop=True)
    out.attrs["by"] = by_cols
    out.attrs["freq"] = freq
    return out


# ---------------------------------------------------------------- differences

def _group_column(table: pd.DataFrame, by) -> str:
    if by is not None:
        return by if isinstance(by, str) else by[0]
    if table.attrs.get("by") and len(table.attrs["by"]) == 1:
        return table.attrs["by"][0]
    candidates = [c for c in table.columns if c not in COMPARE_COLUMNS]
    if len(candidates) != 1:
        raise ValueError(f"say which column holds the groups (by=); candidates: {candidates}")
    return candidates[0]


def _match(values: pd.Series, wanted):
    if pd.api.types.is_datetime64_any_dtype(values) and not isinstance(wanted, pd.Timestamp):
        return values == pd.Timestamp(wanted)
    return values == wanted


def compare_difference(table_or_result, *, between, by=None, freq=None, actors=None, documents=None,
                       link: bool = True, actor_table=None, n_boot: int = N_BOOT,
                       seed: int = SEED) -> pd.DataFrame:
    """Per actor, how group A differs from group B (A − B), with intervals.

    Parameters
    ----------
    table_or_result : analysis.Analysis or pandas.DataFrame
        An analysis (the intervals are then a bootstrap of the difference:
        both groups' articles resampled independently, seeded as in
        :func:`compare`), or a table from :func:`compare` (the intervals are
        then combined from the two groups' bootstrap intervals, assuming
        independence and normality; no share-of-voice interval).
    between : tuple
        The two group values ``(A, B)``.
    by : str, optional
        The group column; required with an analysis, inferred from a table.
    freq : {"W", "M", "Q", "Y"}, optional
        As in :func:`compare` (with an analysis).
    actors : list of str, optional
        Keep only these actors.
    documents, link, actor_table, n_boot, seed
        As in :func:`compare` (with an analysis).

    Returns
    -------
    pandas.DataFrame
        One row per actor present in both groups, sorted by ``score_diff``:
        ``actor``, ``group_a``, ``group_b``, ``articles_a``, ``articles_b``,
        ``score_a``, ``score_b`` (``mean_target_score``), ``score_diff``
        (A − B), ``score_diff_low``, ``score_diff_high`` (95 %),
        ``voice_a``, ``voice_b`` (``share_of_voice``), ``voice_diff``,
        ``voice_diff_low``, ``voice_diff_high``.
    """
    a, b = between
    if isinstance(table_or_result, pd.DataFrame):
        table = table_or_result
        col = _group_column(table, by)
        left, right = table[_match(table[col], a)], table[_match(table[col], b)]
        both = left.merge(right, on="actor", suffixes=("_a", "_b"))
        se = np.sqrt(((both["ci_high_a"] - both["ci_low_a"]) / 3.92) ** 2
                     + ((both["ci_high_b"] - both["ci_low_b"]) / 3.92) ** 2)
        diff = both["mean_target_score_a"] - both["mean_target_score_b"]
        out = pd.DataFrame({
            "actor": both["actor"], "group_a": a, "group_b": b, "articles_a": both["articles_a"],
            "articles_b": both["articles_b"], "score_a": both["mean_target_score_a"],
            "score_b": both["mean_target_score_b"], "score_diff": diff, "score_diff_low": diff - 1.96 * se,
            "score_diff_high": diff + 1.96 * se, "voice_a": both["share_of_voice_a"],
            "voice_b": both["share_of_voice_b"], "voice_diff": both["share_of_voice_a"] - both["share_of_voice_b"],
            "voice_diff_low": np.nan, "voice_diff_high": np.nan})
    else:
        if by is None:
            raise ValueError("with an analysis, say which metadata column holds the groups (by=)")
        result = table_or_result
        table = compare(result, by=by, freq=freq, documents=documents, link=link, actor_table=actor_table,
                        n_boot=n_boot, seed=seed)
        col = _group_column(table, by)
        groups, cells = _prepare(result, documents, by, freq, link, actor_table)
        replicates = {}
        for value in (a, b):
            docs = groups[_match(groups[col], value)]
            part = cells[_match(cells[col], value)]
            key = tuple(docs.iloc[0][_by_list(by, freq)]) if len(docs) else (value,)
            names = sorted(part["actor"].unique())
            replicates[value] = (names, _bootstrap_group(docs["doc_id"].to_numpy(), part, names, key=key,
                                                          n_boot=n_boot, seed=seed))
        left, right = table[_match(table[col], a)], table[_match(table[col], b)]
        both = left.merge(right, on="actor", suffixes=("_a", "_b"))
        rows = []
        for row in both.itertuples(index=False):
            ia = replicates[a][0].index(row.actor)
            ib = replicates[b][0].index(row.actor)
            stats = {}
            for stat in ("score", "voice"):
                d = replicates[a][1][stat][:, ia] - replicates[b][1][stat][:, ib]
                d = d[~np.isnan(d)]
                few = stat == "score" and (row.articles_a < 2 or row.articles_b < 2)
                stats[stat] = (np.nan, np.nan) if few or not len(d) else tuple(np.percentile(d, [2.5, 97.5]))
            rows.append({"actor": row.actor, "group_a": a, "group_b": b, "articles_a": row.articles_a,
                         "articles_b": row.articles_b, "score_a": row.mean_target_score_a,
                         "score_b": row.mean_target_score_b,
                         "score_diff": row.mean_target_score_a - row.mean_target_score_b,
                         "score_diff_low": stats["score"][0], "score_diff_high": stats["score"][1],
                         "voice_a": row.share_of_voice_a, "voice_b": row.share_of_voice_b,
                         "voice_diff": row.share_of_voice_a - row.share_of_voice_b,
                         "voice_diff_low": stats["voice"][0], "voice_diff_high": stats["voice"][1]})
        out = pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS)
    if actors is not None:
        out = out[out["actor"].isin(list(actors))]
    out = out.sort_values(["score_diff", "actor"], kind="mergesort", na_position="last")
    return out[DIFFERENCE_COLUMNS].reset_index(drop=True)


# ---------------------------------------------------------------- a corpus run's output folder

def _read_table(folder: Path, name: str) -> pd.DataFrame | None:
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if parquet.exists() or (folder / name).is_dir():
        return pd.read_parquet(parquet if parquet.exists() else folder / name)
    if csv.exists():
        table = pd.read_csv(csv, dtype={"doc_id": str, "date": str})
        text = [c for c in table.columns if table[c].dtype == object or pd.api.types.is_string_dtype(table[c])]
        return table.astype({c: object for c in text}).fillna({c: "" for c in text})
    return None


def read_output(out_dir):
    """The tables of a corpus run's output folder, as an analysis.

    The same as :func:`analysis.corpus.store.read_output` (Parquet or CSV
    tables, ``documents`` included; texts are not needed for comparing).

    Parameters
    ----------
    out_dir : str or path-like
        The folder written by ``python -m analysis run``.

    Returns
    -------
    analysis.Analysis
        With a ``documents`` attribute when the folder has one.
    """
    from .corpus.store import read_output as store_read_output

    return store_read_output(out_dir)


def run_compare(out_dir, *, by, freq=None, actors=None, min_articles: int = 1, between=None, to=None,
                documents=None, top: int = 15, formats=("png", "svg")) -> list[Path]:
    """Compare the groups of a corpus run: write the tables and figures.

    Parameters
    ----------
    out_dir : str or path-like
        The output folder of a corpus run (tables as CSV or Parquet, with a
        ``documents`` table, or pass ``documents``).
    by, freq, actors, min_articles
        As in :func:`compare`.
    between : tuple, optional
        Two group values to contrast; by default the two groups when ``by``
        gives exactly two (e.g. two outlets).
    to : str or path-like, optional
        Where to write; ``<out_dir>/compare`` by default.
    documents : pandas.DataFrame or path, optional
        Metadata (``doc_id``, ``outlet``, ``date``, ...) when the folder has
        none; a path is read as CSV or JSON Lines (its ``text`` is ignored).
    top : int, default 15
        Actors in the heat map and the framing maps (most mentioned).
    formats : tuple of str
        Figure formats.

    Returns
    -------
    list of pathlib.Path
        The files written: ``compare.csv`` (one row per group and actor),
        ``compare_difference.csv`` (when two groups are contrasted), and the
        figures ``compare_heatmap``, ``compare_timeline`` and
        ``compare_presence`` (when grouped by date),
        ``framing_map__<group>`` (one per group, at most 6),
        ``compare_difference`` (with two groups).
    """
    import matplotlib.pyplot as plt

    from .figures import STYLE, save_figure
    from .plots.compare import (plot_compare_difference, plot_compare_heatmap, plot_compare_timeline,
                                plot_framing_map)
    from .tables import write_csv_atomic

    result = read_output(out_dir)
    if isinstance(documents, (str, Path)):
        path = Path(documents)
        documents = (pd.read_json(path, lines=True, dtype=False) if path.suffix in {".jsonl", ".json"}
                     else pd.read_csv(path, dtype={"doc_id": str, "date": str}))
        if "date" in documents:  # pandas 2 may still parse a "date" column: back to YYYY-MM-DD text
            documents["date"] = documents["date"].astype(str).str[:10]
        documents = documents.drop(columns=[c for c in ("text",) if c in documents])
    target = Path(to) if to is not None else Path(out_dir) / "compare"
    table = compare(result, by=by, freq=freq, actors=actors, min_articles=min_articles, documents=documents)
    written = [write_csv_atomic(table, target / "compare.csv")]
    by_cols = _by_list(by, freq)
    keep = list(table.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="mergesort")
                .index[:top])
    group_col = by_cols[-1]
    figures = []
    if len(by_cols) == 1:
        figures.append(("compare_heatmap", (10, 0.45 * len(keep) + 2.5),
                        lambda ax: plot_compare_heatmap(table[table["actor"].isin(keep)], ax=ax)))
    if group_col == "date":
        other = by_cols[:-1]
        parts = [((), table)] if not other else list(table.groupby(other))
        for key, part in parts[:6]:
            suffix = "" if not other else "__" + _safe("_".join(map(str, key if isinstance(key, tuple) else (key,))))
            figures.append((f"compare_timeline{suffix}", (10, 4.5),
                            lambda ax, p=part: plot_compare_timeline(p[p["articles"] >= max(2, min_articles)],
                                                                     ax=ax)))
            figures.append((f"compare_presence{suffix}", (10, 4.5),
                            lambda ax, p=part: plot_compare_timeline(p, value="share_of_mentions", ax=ax)))
    if len(by_cols) == 1:
        sizes = table.groupby(group_col)["mentions"].sum().sort_values(ascending=False, kind="mergesort")
        for value in sizes.index[:6]:
            figures.append((f"framing_map__{_safe(_key_label(value))}", (8, 6),
                            lambda ax, v=value: plot_framing_map(table, group=v, column=group_col, top=top,
                                                                 ax=ax)))
        values = sorted(table[group_col].unique())
        if between is None and len(values) == 2:
            between = tuple(values)
    if between is not None and len(by_cols) == 1:
        difference = compare_difference(result, between=between, by=group_col, freq=freq, documents=documents)
        written.append(write_csv_atomic(difference, target / "compare_difference.csv"))
        shown = difference[difference["actor"].isin(keep)]
        figures.append(("compare_difference", (8, 0.4 * len(shown) + 2),
                        lambda ax: plot_compare_difference(shown, ax=ax)))
    with plt.rc_context(STYLE):
        for name, size, draw in figures:
            fig, ax = plt.subplots(figsize=size)
            try:
                draw(ax)
                fig.tight_layout()
                written += save_figure(fig, name, target, formats=formats)
            finally:
                plt.close(fig)
    return written


def _key_label(value) -> str:
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _safe(name: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
