"""Corpus speed and memory: every measure of issue 7 side by side, on Wikinews articles.

Usage::

    python benchmarks/corpus_speed.py                      # all sections, default sizes
    python benchmarks/corpus_speed.py --only throughput jobs
    python benchmarks/corpus_speed.py --only memory --memory-sizes 100,1000,4188

Sections (each prints a table):

* ``throughput``: the whole pipeline (:func:`analysis.pipeline.analyze_batch`)
  next to spaCy's ``nlp.pipe`` alone (same model, same components) on the
  same ~800-word articles, in this process, CPU seconds; the ratio.
* ``stages``: CPU seconds per stage of the pipeline on the same articles.
* ``jobs``: wall time of :func:`analysis.corpus.run_corpus` with 1 and 2
  worker processes on the same articles; the speed-up.
* ``length``: CPU seconds per article against its length (1 KB ... 1 MB),
  texts made of whole Wikinews articles; a size that takes longer than
  ``--time-limit`` wall seconds is stopped.
* ``memory``: peak resident memory of the whole process tree (parent and
  workers, summed) of ``python -m analysis run ... --jobs 2`` for 100, 1,000
  and 4,188 articles, and its articles/s.
* ``coldstart``: wall seconds of ``--help``, the imports, a bare
  ``spacy.load`` and ``run seeds/`` with and without figures.

The machine's load changes wall times; CPU seconds (``throughput``,
``stages``) are steadier.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # time the package of this checkout, not whichever one is installed
CORPUS = ROOT.parent / "shared" / "data" / "news_corpus" / "articles.jsonl"
SECTIONS = ("throughput", "stages", "jobs", "length", "memory", "coldstart")


def _articles(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _pick(rows, n: int, low: int, high: int) -> list[dict]:
    chosen = [r for r in rows if low <= len(r["text"].split()) <= high]
    step = max(1, len(chosen) // n)
    return chosen[::step][:n]


def _table(title: str, header: list[str], rows: list[list]) -> None:
    print(f"\n## {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(str(c) for c in row) + " |")
    sys.stdout.flush()


def throughput(rows, n: int, repeats: int = 3) -> None:
    """spaCy alone and the whole pipeline, alternated ``repeats`` times; the ratio of the medians."""
    import statistics

    from analysis.gc_threshold import raised_gc_threshold
    from analysis.nlp import load_pipeline
    from analysis.pipeline import analyze_batch
    from analysis.sentiment import load_model

    articles = _pick(rows, n, 700, 900)
    nlp = load_pipeline()
    load_model()
    texts = [a["text"] for a in articles]
    items = [(a["doc_id"], a["text"], {}, "bench") for a in articles]
    analyze_batch(items[:2])  # warm-up
    list(nlp.pipe(texts[:2]))
    spacy_runs, spacy_gc_runs, pipeline_runs, failed = [], [], [], 0
    for _ in range(repeats):  # alternate, so that a change of load hits both sides alike
        t0 = time.process_time()
        tokens = sum(len(d) for d in nlp.pipe(texts))
        spacy_runs.append(time.process_time() - t0)
        with raised_gc_threshold():   # what the pipeline's garbage-collection setting alone gives spaCy
            t0 = time.process_time()
            sum(len(d) for d in nlp.pipe(texts))
            spacy_gc_runs.append(time.process_time() - t0)
        t0 = time.process_time()
        results = analyze_batch(items)
        pipeline_runs.append(time.process_time() - t0)
        failed = sum(isinstance(r, BaseException) for r in results)
    spacy_cpu, pipeline_cpu = statistics.median(spacy_runs), statistics.median(pipeline_runs)
    spacy_gc_cpu = statistics.median(spacy_gc_runs)
    words = sum(len(t.split()) for t in texts)
    each = ", ".join(f"{s / p:.2f}" for s, p in zip(spacy_runs, pipeline_runs))
    _table(f"Throughput, one process: {len(texts)} Wikinews articles of 700-900 words ({words:,} words, "
           f"{tokens:,} spaCy tokens); median CPU seconds of {repeats} alternated runs",
           ["what", "CPU s", "spaCy tokens/s", "articles/s"],
           [["spaCy `nlp.pipe` alone (same model)", f"{spacy_cpu:.2f}", f"{tokens / spacy_cpu:,.0f}",
             f"{len(texts) / spacy_cpu:.2f}"],
            ["whole pipeline (`analyze_batch`)", f"{pipeline_cpu:.2f}", f"{tokens / pipeline_cpu:,.0f}",
             f"{len(texts) / pipeline_cpu:.2f}"],
            [f"**ratio** pipeline / spaCy throughput (goal >= 0.8; each run: {each})", "",
             f"**{spacy_cpu / pipeline_cpu:.2f}**", ""],
            ["spaCy alone under the pipeline's garbage-collection threshold (`analysis.gc_threshold`)",
             f"{spacy_gc_cpu:.2f}", f"{tokens / spacy_gc_cpu:,.0f}", f"{len(texts) / spacy_gc_cpu:.2f}"],
            ["ratio pipeline / that spaCy (both with the same setting)", "",
             f"{spacy_gc_cpu / pipeline_cpu:.2f}", ""]])
    if failed:
        print(f"\n{failed} article(s) failed")


def stages(rows, n: int) -> None:
    """CPU seconds of every stage of :func:`analysis.pipeline._finish`, in its order.

    The stages are the calls that ``analyze_batch`` makes, made here one by
    one, so they sum to the whole; ``analyze_batch`` on the same articles is
    timed next to them as a check.
    """
    import pandas as pd

    from analysis import pipeline as P
    from analysis.actions import extract_actions
    from analysis.actors import find_mentions
    from analysis.descriptions import add_descriptions
    from analysis.descriptors import extract_descriptors
    from analysis.nlp import doc_from_tokens, load_pipeline, parse_many
    from analysis.profiles import build_profiles
    from analysis.quotes import extract_quotes, voice_table
    from analysis.sentiment import load_model, score_mentions, sentence_scores
    from analysis.stance import extract_stance
    from analysis.tables import actor_sentiment, entity_frequency, mention_sentiment
    from analysis.tokenize import tokenize

    load_pipeline()
    load_model()
    texts = [a["text"] for a in _pick(rows, n, 700, 900)]
    P.analyze_batch([("w", t, {}, "bench") for t in texts[:2]])  # warm-up
    cpu = collections.Counter()
    module = {}

    def timed(name, where, fn, *args, **kwargs):
        t0 = time.process_time()
        out = fn(*args, **kwargs)
        cpu[name] += time.process_time() - t0
        module[name] = where
        return out

    def vader(sentences):
        return pd.concat([sentences, sentence_scores(sentences["text"]).set_index(sentences.index)], axis=1)

    tokenized = [timed("tokenize (NLTK)", "tokenize.py", tokenize, t, doc_id="d") for t in texts]
    sentence_tables = [timed("sentence VADER", "sentiment.py", vader, s) for s, _ in tokenized]
    docs = [timed("spaCy Doc from NLTK tokens", "nlp.py", doc_from_tokens, t, k[1])
            for t, k in zip(texts, tokenized)]
    t0 = time.process_time()
    parsed = list(parse_many(docs))
    cpu["spaCy pipeline (nlp.pipe)"] += time.process_time() - t0
    module["spaCy pipeline (nlp.pipe)"] = "nlp.py (spaCy)"
    for text, (_, tokens), sentences, doc in zip(texts, tokenized, sentence_tables, parsed):
        starts = sentences["start"].tolist()
        mentions = timed("find_mentions", "actors.py", find_mentions, doc, doc_id="d", sentence_starts=starts)
        mentions = timed("add_descriptions", "descriptions.py", add_descriptions, doc, mentions,
                         sentence_starts=starts)
        spans = list(zip(mentions["start"], mentions["end"]))
        if P._SCORE_TAKES_VADER:
            scores = timed("score_mentions", "sentiment.py", score_mentions, doc, spans, sentence_vader=sentences)
        else:
            scores = timed("score_mentions", "sentiment.py", score_mentions, doc, spans)
        per_mention = timed("mention_sentiment", "tables.py", mention_sentiment, mentions, sentences, scores)
        quotes = timed("extract_quotes", "quotes.py", extract_quotes, doc, mentions, doc_id="d")
        timed("documents row", "pipeline.py", P.document_row, text, doc_id="d", sentences=sentences,
              tokens=tokens)
        frequency = timed("entity_frequency", "tables.py", entity_frequency, mentions)
        per_actor = timed("actor_sentiment", "tables.py", actor_sentiment, per_mention)
        voice = timed("voice_table", "quotes.py", voice_table, quotes, mentions)
        stance = timed("extract_stance", "stance.py", extract_stance, doc, mentions, quotes=quotes, doc_id="d")
        descriptors = timed("extract_descriptors", "descriptors.py", extract_descriptors, doc, mentions,
                            doc_id="d", sentence_starts=starts)
        actions = timed("extract_actions", "actions.py", extract_actions, doc, mentions, doc_id="d",
                        sentence_starts=starts)
        timed("build_profiles (roles, agency, merges)", "profiles.py, roles.py", build_profiles,
              entity_frequency=frequency, actor_sentiment=per_actor, voice=voice, stance=stance,
              actions=actions, descriptors=descriptors)
    total = sum(cpu.values())
    t0 = time.process_time()
    P.analyze_batch([("d", t, {}, "bench") for t in texts])
    whole = time.process_time() - t0
    _table(f"Stages: CPU seconds on {len(texts)} articles of 700-900 words (in pipeline order, sorted by cost)",
           ["stage", "module", "CPU s", "share"],
           [[k, module[k], f"{v:.2f}", f"{100 * v / total:.0f}%"] for k, v in cpu.most_common()]
           + [["**sum of the stages**", "", f"**{total:.2f}**", "100%"],
              ["`analyze_batch` on the same articles (check)", "pipeline.py", f"{whole:.2f}",
               f"{100 * whole / total:.0f}%"]])


def jobs(rows, n: int) -> None:
    import pandas as pd

    from analysis.corpus.run import run_corpus
    from analysis.nlp import load_pipeline
    from analysis.sentiment import load_model

    load_pipeline()
    load_model()
    frame = pd.DataFrame(_pick(rows, n, 200, 900))
    out_rows = []
    times = {}
    for n_jobs in (1, 2):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            summary = run_corpus(frame, Path(tmp) / "out", jobs=n_jobs, chunk_size=8)
            times[n_jobs] = time.perf_counter() - t0
            out_rows.append([n_jobs, f"{times[n_jobs]:.1f}", f"{summary.analysed / times[n_jobs]:.2f}"])
    out_rows.append(["**speed-up** (goal >= 1.7)", "", f"**{times[1] / times[2]:.2f}x**"])
    _table(f"--jobs: wall seconds of run_corpus on {len(frame)} articles (Parquet out, chunks of 8; "
           f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)", ["jobs", "wall s", "articles/s"],
           out_rows)


def length(rows, sizes: list[int], limit: float) -> None:
    from analysis.nlp import load_pipeline
    from analysis.pipeline import analyze_batch
    from analysis.sentiment import load_model

    load_pipeline()
    load_model()
    pool = [r["text"] for r in rows[:3000]]
    out_rows = []
    base = None
    for size in sizes:
        parts, total, i = [], 0, 0
        while total < size:
            piece = pool[i % len(pool)]
            parts.append(piece)
            total += len(piece.encode("utf-8")) + 2
            i += 1
        text = "\n\n".join(parts)
        if len(text) > size:  # cut at a paragraph end near the size
            cut = text.rfind("\n\n", 0, size)
            text = text[:cut] if cut > 0 else text[:size]

        def alarm(*_):
            raise TimeoutError

        signal.signal(signal.SIGALRM, alarm)
        signal.alarm(int(limit))
        t0 = time.process_time()
        try:
            analyze_batch([("long", text, {}, "bench")], errors="raise")
            seconds = time.process_time() - t0
            note = ""
        except TimeoutError:
            seconds = time.process_time() - t0
            note = f"stopped after {limit:.0f} s"
        finally:
            signal.alarm(0)
        base = base or (seconds, len(text))
        per_kb = seconds / (len(text) / 1000)
        out_rows.append([f"{len(text) / 1000:,.0f} KB", len(text.split()), f"{seconds:.2f}", f"{per_kb * 1000:.1f}",
                         f"{seconds / base[0]:.1f}x" if not note else note])
    _table("Time per article against its length (one article made of whole Wikinews articles)",
           ["size", "words", "CPU s", "CPU ms per KB", "vs smallest"], out_rows)


def _tree_rss(proc) -> int:
    import psutil

    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def run_with_memory(args: list[str], *, log=None) -> tuple[float, int, int]:
    """Run a command; return (wall seconds, peak RSS of its process tree in bytes, exit code)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=log or subprocess.DEVNULL, stderr=log or subprocess.DEVNULL, cwd=ROOT)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(ps))
        time.sleep(0.25)
    return time.perf_counter() - t0, peak, proc.returncode


def memory(rows, sizes: list[int], n_jobs: int) -> None:
    out_rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            subset = Path(tmp) / f"wikinews_{size}.jsonl"
            with open(subset, "w", encoding="utf-8") as fh:
                for r in rows[:size]:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            wall, peak, code = run_with_memory(
                [sys.executable, "-m", "analysis", "run", str(subset), "--out", str(Path(tmp) / f"out{size}"),
                 "--jobs", str(n_jobs), "--no-figures", "--no-progress"])
            out_rows.append([size, f"{peak / 2**20:,.0f}", f"{wall:.0f}", f"{size / wall:.2f}", code])
    _table(f"Peak memory of the whole process tree, `run FILE.jsonl --jobs {n_jobs} --no-figures` "
           f"(first N Wikinews articles)", ["articles", "peak MiB (all processes)", "wall s", "articles/s", "exit"],
           out_rows)


def coldstart() -> None:
    from analysis.nlp import MODEL_NAMES

    import importlib.util

    model = next(m for m in MODEL_NAMES if importlib.util.find_spec(m))

    def wall(args) -> float:
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            subprocess.run(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            best = min(best, time.perf_counter() - t0)
        return best

    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        measures = [
            ("python -c pass (interpreter)", [py, "-c", "pass"]),
            ("python -m analysis --help", [py, "-m", "analysis", "--help"]),
            ("import analysis.pipeline (spaCy, pandas, NLTK, stages)", [py, "-c", "import analysis.pipeline"]),
            (f"bare spacy.load('{model}')", [py, "-c", f"import spacy; spacy.load('{model}')"]),
            ("import + model + sentiment model", [py, "-c", "from analysis.nlp import load_pipeline; "
                                                  "from analysis.sentiment import load_model; "
                                                  "load_pipeline(); load_model()"]),
            ("run seeds/ --no-figures", [py, "-m", "analysis", "run", "seeds/", "--out", f"{tmp}/a",
                                         "--no-figures", "--format", "csv"]),
            ("run seeds/ (tables and 14 figure files)", [py, "-m", "analysis", "run", "seeds/", "--out", f"{tmp}/b",
                                                         "--figures", f"{tmp}/f", "--format", "csv"]),
        ]
        times = [(name, wall(args)) for name, args in measures]
    bare = dict(times)[f"bare spacy.load('{model}')"]
    _table("Cold start: wall seconds (best of 2)", ["what", "wall s", "vs bare model load"],
           [[name, f"{t:.2f}", f"{t / bare:.1f}x"] for name, t in times])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument("--articles", type=int, default=30, help="articles for throughput/stages")
    parser.add_argument("--repeats", type=int, default=3, help="alternated runs for throughput")
    parser.add_argument("--jobs-articles", type=int, default=48, help="articles for the --jobs comparison")
    parser.add_argument("--sizes", default="1000,10000,50000,100000,1000000", help="bytes, for 'length'")
    parser.add_argument("--time-limit", type=float, default=300, help="seconds per size in 'length'")
    parser.add_argument("--memory-sizes", default="100,1000,4188")
    parser.add_argument("--memory-jobs", type=int, default=2)
    args = parser.parse_args()
    rows = _articles(args.corpus)
    print(f"corpus: {args.corpus} ({len(rows):,} articles); {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    if "coldstart" in args.only:
        coldstart()
    if "throughput" in args.only:
        throughput(rows, args.articles, args.repeats)
    if "stages" in args.only:
        stages(rows, args.articles)
    if "jobs" in args.only:
        jobs(rows, args.jobs_articles)
    if "length" in args.only:
        length(rows, [int(s) for s in args.sizes.split(",")], args.time_limit)
    if "memory" in args.only:
        memory(rows, [int(s) for s in args.memory_sizes.split(",")], args.memory_jobs)


if __name__ == "__main__":
    main()
