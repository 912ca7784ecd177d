#!/usr/bin/env python3
"""The same team figures as `wijzer team`, in plain Python 3 with the standard json module.

Usage: team_aggregate.py CATALOG.json RESULTS_DIR OUT.json

CATALOG.json describes the questionnaire (written by team-bench from the .wijzer files).
For every result file: check it, keep the answers of questions that are unchanged (same
questionnaire hash, or same question fingerprint). Gather a person's files (same `respondent`,
or without it the same questionnaire and `created`) and keep per theme the newest finished
answers; score the person's themes as Scorer does (docs/LANGUAGE.md), and count people. Writes
the figures a report shows, after the same privacy rule (k = 5 for the team and the group):
"theme ID" -> [n, q1, median, q3] (rounded to 5) and "answer QID KEY" -> [count].
"""
import json
import os
import sys

K = 5


def main():
    catalog = json.load(open(sys.argv[1], "rb"))
    folder, out = sys.argv[2], sys.argv[3]
    questions = catalog["questions"]
    by_id = {q["id"]: q for q in questions}
    themes = catalog["themes"]
    dim_theme = {d["id"]: d["theme"] for d in catalog["dimensions"]}
    for q in questions:
        q["keys"] = ["ja", "nee"] if q["kind"] == "yesno" else [o["key"] for o in q.get("options", [])]

    counts = {q["id"]: {} for q in questions}
    respondents = {q["id"]: 0 for q in questions}
    histograms = {t: [0] * 101 for t in themes}
    tips = {}
    seen = set()
    people = {}
    team = 0

    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or not name.endswith(".json"):
                continue
            try:
                with open(os.path.join(dirpath, name), "rb") as f:
                    doc = json.loads(f.read())
                answers = accepted(doc, catalog, by_id)
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
            if answers is None:
                continue
            key = json.dumps([doc.get("respondent"), doc["questionnaire"]["version"], doc["created"], doc["updated"], answers])
            if key in seen:
                continue
            seen.add(key)
            person = doc.get("respondent") or "created:%s:%s" % (doc["questionnaire"]["id"], doc["created"])
            parts = people.setdefault(person, {})
            for theme, completed, theme_answers in answers:
                if completed is None or theme not in histograms:
                    continue
                if theme not in parts or (completed, key) > parts[theme][:2]:
                    parts[theme] = (completed, key, theme_answers)

    for parts in people.values():
        answers = {}
        for theme in sorted(parts):
            answers.update(parts[theme][2])
        participating = set()
        for qid, value in answers.items():
            q = by_id[qid]
            kind = value[0]
            if kind == "t":
                if value[1] == "":
                    continue
            elif kind == "nvt":
                counts[qid]["nvt"] = counts[qid].get("nvt", 0) + 1
            elif kind == "m":
                for k in set(value[1]):
                    counts[qid][k] = counts[qid].get(k, 0) + 1
            else:
                k = value[1] if kind == "o" else str(value[1])
                counts[qid][k] = counts[qid].get(k, 0) + 1
            respondents[qid] += 1
            participating.add(q["theme"])
        if not participating:
            continue
        team += 1
        scores, triggered = evaluate(questions, answers, participating, dim_theme, themes)
        for t, s in scores.items():
            if s is not None:
                histograms[t][s] += 1
        for t in triggered:
            tips[t] = tips.get(t, 0) + 1

    def may_show(n):
        return team >= K and n >= K

    figures = {}
    for t in themes:
        h = histograms[t]
        n = sum(h)
        if may_show(n):
            figures["theme " + t] = [n] + quartiles(h, n)
    for q in questions:
        if q["kind"] == "reflection" or not may_show(respondents[q["id"]]):
            continue
        c = counts[q["id"]]
        keys = q["keys"] if q["kind"] not in ("likert", "number") else [str(v) for v in range(q["low"], q["high"] + 1)]
        for k in keys + (["nvt"] if q["nvt"] else []):
            if q["kind"] == "number" and k != "nvt" and c.get(k, 0) == 0:
                continue
            figures["answer %s %s" % (q["id"], k)] = [c.get(k, 0)]
    json.dump(figures, open(out, "w"), sort_keys=True)


def accepted(doc, catalog, by_id):
    """The answers that count, as [(theme, completed, {question: value})]; None when the file cannot be used."""
    if doc.get("formatVersion") != 1 or doc["questionnaire"]["id"] != catalog["id"]:
        return None
    same = doc["questionnaire"]["contentHash"] == catalog["contentHash"]
    result = []
    for theme in doc["themes"]:
        found = {}
        result.append((theme["theme"], theme.get("completed"), found))
        for record in theme["answers"]:
            q = by_id.get(record["question"])
            if q is None or (not same and record.get("fingerprint") != q["fingerprint"]):
                continue
            a = record["answer"]
            if len(a) != 1:
                return None
            (kind, v), = a.items()
            if kind == "notApplicable" and v is True and q["nvt"]:
                found[q["id"]] = ("nvt",)
            elif kind == "option" and q["kind"] in ("choice", "yesno") and v in q["keys"]:
                found[q["id"]] = ("o", v)
            elif kind == "options" and q["kind"] == "multiple" and all(k in q["keys"] for k in v):
                found[q["id"]] = ("m", v)
            elif kind == "number" and q["kind"] in ("likert", "number") and type(v) is int and q["low"] <= v <= q["high"]:
                found[q["id"]] = ("n", v)
            elif kind == "text" and q["kind"] == "reflection" and isinstance(v, str):
                found[q["id"]] = ("t", v)
            else:
                return None
    return result


def quartiles(h, n):
    def rank(r):
        seen = 0
        for score, c in enumerate(h):
            seen += c
            if seen >= r:
                return score
        return 100
    q = lambda p: (rank(max(1, (p * n + 99) // 100)) + 2) // 5 * 5
    return [q(25), q(50), q(75)]


def holds(e, answers):
    if "and" in e:
        return all(holds(x, answers) for x in e["and"])
    if "or" in e:
        return any(holds(x, answers) for x in e["or"])
    if "not" in e:
        return not holds(e["not"], answers)
    if "state" in e:
        qid, state = e["state"]
        a = answers.get(qid)
        return (a is not None and a[0] != "nvt") if state == "answered" else a is None
    if "has" in e:
        qid, key = e["has"]
        a = answers.get(qid)
        return a is not None and a[0] == "m" and key in a[1]
    if "in" in e:
        qid, literals = e["in"]
        a = answers.get(qid)
        if a is None:
            return False
        if a[0] == "m":
            return any("w" in l and l["w"] in a[1] for l in literals)
        return any(compare(a, "=", l) for l in literals)
    qid, op, l = e["cmp"]
    a = answers.get(qid)
    return a is not None and compare(a, op, l)


def compare(a, op, l):
    if "w" in l:
        w = l["w"]
        equal = a[0] == "nvt" if w == "nvt" else (a[0] == "o" and a[1] == w)
        return equal if op == "=" else (not equal if op == "!=" else False)
    if a[0] != "n":
        return False
    v, n = a[1], l["n"]
    return {"=": v == n, "!=": v != n, "<": v < n, "<=": v <= n, ">": v > n, ">=": v >= n}[op]


def contributions(q, a):
    """Per dimension (earned, lowest, highest) for an answered question (ScoreRanges)."""
    result = {}
    kind = q["kind"]
    if kind in ("choice", "yesno"):
        options = q["options"]
        per = [{} for _ in options]
        for i, o in enumerate(options):
            for e in o["effects"]:
                if "score" in e:
                    per[i][e["score"]] = per[i].get(e["score"], 0) + e["points"]
        dims = set(d for p in per for d in p)
        chosen = {}
        if a[0] == "o":
            for i, o in enumerate(options):
                if o["key"] == a[1]:
                    chosen = per[i]
                    break
        for d in dims:
            values = [p.get(d, 0) for p in per]
            if kind == "yesno" and len(options) < 2:
                values.append(0)
            result[d] = [chosen.get(d, 0), min(values), max(values)]
    elif kind == "multiple":
        keys = a[1] if a[0] == "m" else []
        for o in q["options"]:
            points = {}
            for e in o["effects"]:
                if "score" in e:
                    points[e["score"]] = points.get(e["score"], 0) + e["points"]
            for d, n in points.items():
                c = result.setdefault(d, [0, 0, 0])
                if o["key"] in keys:
                    c[0] += n
                if n < 0:
                    c[1] += n
                else:
                    c[2] += n
    elif kind in ("likert", "number") and a[0] == "n":
        low, high = q["low"], q["high"]
        v = min(max(a[1], low), high)
        for s in q["scales"]:
            result[s["dim"]] = [high - v if s["reverse"] else v - low, 0, high - low]
    for rule in q["rules"]:
        for e in rule["effects"]:
            if "score" in e:
                c = result.setdefault(e["score"], [0, 0, 0])
                if e["points"] < 0:
                    c[1] += e["points"]
                else:
                    c[2] += e["points"]
    return result


def evaluate(questions, answers, participating, dim_theme, themes):
    earned = {}
    triggered = set()
    for q in questions:
        if q["theme"] not in participating:
            continue
        if "showIf" in q and not holds(q["showIf"], answers):
            continue
        a = answers.get(q["id"])
        counts = a is not None and a[0] != "nvt"
        contrib = contributions(q, a) if counts else {}
        if counts and a[0] == "o":
            for o in q.get("options", []):
                if o["key"] == a[1]:
                    triggered.update(e["tip"] for e in o["effects"] if "tip" in e)
        if counts and a[0] == "m":
            for o in q["options"]:
                if o["key"] in a[1]:
                    triggered.update(e["tip"] for e in o["effects"] if "tip" in e)
        for rule in q["rules"]:
            if holds(rule["when"], answers):
                for e in rule["effects"]:
                    if "tip" in e:
                        triggered.add(e["tip"])
                    elif counts:
                        contrib.setdefault(e["score"], [0, 0, 0])[0] += e["points"]
        for d, (e, lo, hi) in contrib.items():
            t = earned.setdefault(d, [0, 0, 0, 0])
            t[0] += e
            t[1] += lo
            t[2] += hi
            t[3] += 1
    scores = {}
    for theme in themes:
        if theme not in participating:
            continue
        s = [0, 0, 0, 0]
        for d, t in earned.items():
            if dim_theme.get(d) == theme:
                s = [x + y for x, y in zip(s, t)]
        if s[3] == 0 or s[2] <= s[1]:
            scores[theme] = None
        else:
            value = (s[0] - s[1]) * 100 / (s[2] - s[1])
            scores[theme] = int(min(100.0, max(0.0, value)) + 0.5)
    return scores, triggered


if __name__ == "__main__":
    main()
