"""Stage 2 (extract), layer 10: train the rules' statistical models from gold sets.

Each rule module lists its models in ``MODELS`` (name → :class:`extract.learn.ModelSpec`); this
module runs the pipeline up to the district mentions over every gold line, asks each spec for the
line's ``(features, label)`` examples, fits :func:`extract.learn.train` and writes
``extract/data/models/<name>.json``. ``--cv`` scores leave-one-file-out instead: for each gold file
the models are trained on the other files and the file is extracted and scored with them (and with
no models), which is how a change is judged before it touches a held-out set.

    python -m extract.train                   # every model, from the development gold sets
    python -m extract.train job_kind --cv     # leave-one-file-out scores, nothing written
    python -m extract.train job_kind --folds 5  # five folds of files: the same, in a few minutes
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extract import awards, jobs, programs
from extract.context import Article
from extract.evaluate import evaluate, format_scores
from extract.learn import MODELS_DIR, Model, ModelSpec, train, using
from extract.pipeline import article_context, default_nlp, extract_article, parse_input

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "extract" / "gold"

#: the gold sets models are trained on: the development sets written from real articles (never the held-out
#: sets real_heldout*.jsonl). From 0.19.0 every development set read while the rules were written
#: (real_dev_a … real_dev_hs), from 0.22.0 also real_dev_ht … real_dev_ii, read for its rules, from 0.23.0 real_dev_ij …
#: real_dev_im (read) and real_dev_ir … real_dev_iu (trained on without being read), from 0.24.0 real_dev_in …
#: real_dev_iq and real_dev_iv … real_dev_iy (read), from 0.25.0 real_dev_jd … real_dev_jg (read), from 0.26.0
#: real_dev_jl … real_dev_jo (read), from 0.27.0 real_dev_jp … real_dev_js (read), from 0.28.0 real_dev_jt …
#: real_dev_jw (read), from 0.29.0 real_dev_jh … real_dev_jk (read), from 0.30.0 real_dev_jx … real_dev_ka (read), from
#: 0.31.0 real_dev_kj … real_dev_kl (read), from 0.32.0 real_dev_kb … real_dev_ki (kept unread until 0.31.0, read for
#: 0.32.0) and real_dev_km … real_dev_ko (written for 0.32.0, scored unseen, then read); real_dev_iz … real_dev_jc and
#: real_dev_kp … real_dev_kr stay out, the sets scored unseen.
TRAINING_SETS = (
    "real_dev_a.jsonl",
    "real_dev_b.jsonl",
    "real_dev_c.jsonl",
    "real_dev_d.jsonl",
    "real_dev_e.jsonl",
    "real_dev_f.jsonl",
    "real_dev_h.jsonl",
    "real_dev_i.jsonl",
    "real_dev_j.jsonl",
    "real_dev_k.jsonl",
    "real_dev_l.jsonl",
    "real_dev_m.jsonl",
    "real_dev_n.jsonl",
    "real_dev_o.jsonl",
    "real_dev_p.jsonl",
    "real_dev_q.jsonl",
    "real_dev_r.jsonl",
    "real_dev_s.jsonl",
    "real_dev_t.jsonl",
    "real_dev_u.jsonl",
    "real_dev_v.jsonl",
    "real_dev_w.jsonl",
    "real_dev_x.jsonl",
    "real_dev_y.jsonl",
    "real_dev_z.jsonl",
    "real_dev_ga.jsonl",
    "real_dev_gb.jsonl",
    "real_dev_gc.jsonl",
    "real_dev_gd.jsonl",
    "real_dev_ge.jsonl",
    "real_dev_gf.jsonl",
    "real_dev_gg.jsonl",
    "real_dev_gh.jsonl",
    "real_dev_gi.jsonl",
    "real_dev_gj.jsonl",
    "real_dev_gk.jsonl",
    "real_dev_gl.jsonl",
    "real_dev_gm.jsonl",
    "real_dev_gn.jsonl",
    "real_dev_go.jsonl",
    "real_dev_gp.jsonl",
    "real_dev_gq.jsonl",
    "real_dev_gr.jsonl",
    "real_dev_gs.jsonl",
    "real_dev_gt.jsonl",
    "real_dev_gu.jsonl",
    "real_dev_gv.jsonl",
    "real_dev_gw.jsonl",
    "real_dev_gx.jsonl",
    "real_dev_gy.jsonl",
    "real_dev_gz.jsonl",
    "real_dev_ha.jsonl",
    "real_dev_hb.jsonl",
    "real_dev_hc.jsonl",
    "real_dev_hd.jsonl",
    "real_dev_he.jsonl",
    "real_dev_hf.jsonl",
    "real_dev_hg.jsonl",
    "real_dev_hh.jsonl",
    "real_dev_hi.jsonl",
    "real_dev_hj.jsonl",
    "real_dev_hk.jsonl",
    "real_dev_hl.jsonl",
    "real_dev_hm.jsonl",
    "real_dev_hn.jsonl",
    "real_dev_hp.jsonl",
    "real_dev_hq.jsonl",
    "real_dev_hr.jsonl",
    "real_dev_hs.jsonl",
    "real_dev_ht.jsonl",
    "real_dev_hu.jsonl",
    "real_dev_hv.jsonl",
    "real_dev_hw.jsonl",
    "real_dev_hx.jsonl",
    "real_dev_hy.jsonl",
    "real_dev_hz.jsonl",
    "real_dev_ia.jsonl",
    "real_dev_ib.jsonl",
    "real_dev_ic.jsonl",
    "real_dev_id.jsonl",
    "real_dev_ie.jsonl",
    "real_dev_if.jsonl",
    "real_dev_ig.jsonl",
    "real_dev_ih.jsonl",
    "real_dev_ii.jsonl",
    "real_dev_ij.jsonl",
    "real_dev_ik.jsonl",
    "real_dev_il.jsonl",
    "real_dev_im.jsonl",
    "real_dev_in.jsonl",
    "real_dev_io.jsonl",
    "real_dev_ip.jsonl",
    "real_dev_iq.jsonl",
    "real_dev_ir.jsonl",
    "real_dev_is.jsonl",
    "real_dev_it.jsonl",
    "real_dev_iu.jsonl",
    "real_dev_iv.jsonl",
    "real_dev_iw.jsonl",
    "real_dev_ix.jsonl",
    "real_dev_iy.jsonl",
    "real_dev_jd.jsonl",
    "real_dev_je.jsonl",
    "real_dev_jf.jsonl",
    "real_dev_jg.jsonl",
    "real_dev_jl.jsonl",
    "real_dev_jm.jsonl",
    "real_dev_jn.jsonl",
    "real_dev_jo.jsonl",
    "real_dev_jp.jsonl",
    "real_dev_jq.jsonl",
    "real_dev_jr.jsonl",
    "real_dev_js.jsonl",
    "real_dev_jt.jsonl",
    "real_dev_ju.jsonl",
    "real_dev_jv.jsonl",
    "real_dev_jw.jsonl",
    "real_dev_jh.jsonl",
    "real_dev_ji.jsonl",
    "real_dev_jj.jsonl",
    "real_dev_jk.jsonl",
    "real_dev_jx.jsonl",
    "real_dev_jy.jsonl",
    "real_dev_jz.jsonl",
    "real_dev_ka.jsonl",
    "real_dev_kj.jsonl",
    "real_dev_kk.jsonl",
    "real_dev_kl.jsonl",
    "real_dev_kb.jsonl",
    "real_dev_kc.jsonl",
    "real_dev_kd.jsonl",
    "real_dev_ke.jsonl",
    "real_dev_kf.jsonl",
    "real_dev_kg.jsonl",
    "real_dev_kh.jsonl",
    "real_dev_ki.jsonl",
    "real_dev_km.jsonl",
    "real_dev_kn.jsonl",
    "real_dev_ko.jsonl",
)


def specs() -> dict[str, ModelSpec]:
    """Every model of the rule modules, by name."""
    out: dict[str, ModelSpec] = {}
    for module in (awards, jobs, programs):
        for name, spec in getattr(module, "MODELS", {}).items():
            if name in out:
                raise ValueError(f"model {name} is declared twice")
            out[name] = spec
    return out


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The decoded lines of a gold file.

    :raises ValueError: naming the file and line of a line that is not a JSON object
    """
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise ValueError(f"{path}:{n}: not a JSON object")
        out.append(obj)
    return out


def contexts(nlp: Language, lines: Sequence[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Article, Doc]]:
    """Each gold line with its article context (district mentions included) and Doc, before the fact rules."""
    for gold in lines:
        art, doc = article_context(nlp, parse_input(gold))
        yield gold, art, doc


def examples_of(nlp: Language, lines: Sequence[dict[str, Any]], wanted: dict[str, ModelSpec]) -> dict[str, list]:
    """The training examples of every wanted model over the gold lines."""
    out: dict[str, list] = {name: [] for name in wanted}
    for gold, art, doc in contexts(nlp, lines):
        for name, spec in wanted.items():
            out[name].extend(spec.examples(art, doc, gold))
    return out


def fit(wanted: dict[str, ModelSpec], examples: dict[str, list], files: Sequence[str]) -> dict[str, Model]:
    """Train each wanted model on its examples."""
    return {
        name: train(name, examples[name], labels=spec.labels, meta={"gold": list(files)}, **spec.params)
        for name, spec in wanted.items()
    }


def _pairs(nlp: Language, lines: Sequence[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(gold, predicted) pairs of the lines, extracted with the models in force."""
    return [(gold, extract_article(nlp, parse_input(gold)).to_json()) for gold in lines]


def folds_of(names: Sequence[str], folds: int | None = None) -> list[list[str]]:
    """The groups of gold files held out in turn: one file each (``folds`` None: leave-one-file-out), or the files
    sorted by name and dealt round-robin into ``folds`` groups (file i → group i mod folds).

    :raises ValueError: when ``folds`` is below 2 or above the number of files
    """
    if folds is None:
        return [[name] for name in names]
    if not 2 <= folds <= len(names):
        raise ValueError(f"--folds {folds}: needs 2 to {len(names)} folds (one gold file or more in each)")
    ordered = sorted(names)
    return [ordered[i::folds] for i in range(folds)]


def _held_label(group: Sequence[str], i: int, count: int) -> str:
    if count == 1 or len(group) == 1:
        return group[0] if len(group) == 1 else f"fold {i + 1} of {count}"
    return f"fold {i + 1} of {count} ({len(group)} files: {group[0]} …)"


def cross_validate(
    nlp: Language, sets: dict[str, list[dict[str, Any]]], wanted: dict[str, ModelSpec], folds: int | None = None
) -> str:
    """Each file (or, with ``folds``, each fold of files, :func:`folds_of`) scored with models trained on the other
    files, and with no models; then both pooled. The pooled score with the models is an out-of-sample figure for the
    development sets themselves: a model scores its own training data higher than text it has not seen, so a change
    that only moves the models' decisions (a threshold, a feature) is judged here rather than on the fitted sets.
    Models not wanted stay the stored ones."""
    groups = folds_of(list(sets), folds)
    per_file = {name: examples_of(nlp, lines, wanted) for name, lines in sets.items()}
    report = []
    pooled_with: list[tuple[dict[str, Any], dict[str, Any]]] = []
    pooled_without: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for i, group in enumerate(groups):
        held = set(group)
        rest = [n for n in sets if n not in held]
        lines = [line for name in group for line in sets[name]]
        merged = {m: [ex for n in rest for ex in per_file[n][m]] for m in wanted}
        models = fit(wanted, merged, rest)
        with using(dict(models)):
            scored = _pairs(nlp, lines)
        with using(dict.fromkeys(wanted)):
            base = _pairs(nlp, lines)
        label = _held_label(group, i, len(groups))
        report.append(f"== {label}: models trained on the other {len(rest)} files\n{format_scores(evaluate(scored))}")
        report.append(f"-- {label}: rules without the models\n{format_scores(evaluate(base))}")
        pooled_with.extend(scored)
        pooled_without.extend(base)
    each = "each file" if folds is None else f"each of {len(groups)} folds"
    report.append(f"== pooled, {each} with models trained on the others\n{format_scores(evaluate(pooled_with))}")
    report.append(f"-- pooled, rules without the models\n{format_scores(evaluate(pooled_without))}")
    return "\n".join(report)


def run(
    names: Sequence[str], gold: Sequence[Path] | None = None, *, cv: bool = False, folds: int | None = None
) -> str:
    """Train (or, with ``cv`` or ``folds``, cross-validate) the named models; returns the report.

    :param names: models to train (empty: all declared)
    :param gold: gold files (default: :data:`TRAINING_SETS`)
    :param folds: cross-validate over this many folds of files instead of leaving one file out (implies ``cv``)
    :raises KeyError: for an unknown model name
    :raises ValueError: when no model is declared, a gold line is bad (naming file and line) or ``folds`` does
        not fit the number of files
    """
    paths = list(gold or [GOLD_DIR / n for n in TRAINING_SETS])
    sets = {p.name: read_gold(p) for p in paths}
    every = specs()
    unknown = [n for n in names if n not in every]
    if unknown:
        raise KeyError(f"unknown model(s) {', '.join(unknown)}; known: {', '.join(sorted(every)) or 'none'}")
    wanted = {n: every[n] for n in (names or sorted(every))}
    if not wanted:
        raise ValueError("no models declared")
    if folds is not None:
        folds_of(list(sets), folds)  # a bad count is named before any text is read
    nlp = default_nlp()
    if cv or folds is not None:
        return cross_validate(nlp, sets, wanted, folds)
    examples = examples_of(nlp, [line for lines in sets.values() for line in lines], wanted)
    lines = []
    for name, model in fit(wanted, examples, list(sets)).items():
        path = MODELS_DIR / f"{name}.json"
        model.save(path)
        lines.append(f"{name}: {model.meta['examples']} examples, {model.meta['features']} features → {path.name}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.train", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="models to train (default: all)")
    parser.add_argument("--gold", nargs="*", type=Path, help="gold files (default: the development sets)")
    parser.add_argument("--cv", action="store_true", help="leave-one-file-out scores; write nothing")
    parser.add_argument("--folds", type=int, help="cross-validate over this many folds of files (implies --cv)")
    args = parser.parse_args(argv)
    try:
        print(run(args.names, args.gold, cv=args.cv, folds=args.folds))
    except (KeyError, ValueError) as exc:
        print(exc.args[0] if exc.args else exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
