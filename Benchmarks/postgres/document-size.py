#!/usr/bin/env python3
"""What a save group's write costs PostgreSQL by the size and storage of the self-check's text.

serve-bench's teachers answer three questions (documents under 1 kB); a teacher who filled in
every theme has about 9 kB. This runs WriteDocuments' statement (its advisory lock and guard,
groups of 100, binary parameters as postgres-nio sends them) on a table like self_checks
(fillfactor 50, 200 rows), each save a new version of its document, and prints PostgreSQL's
CPU per save (the backend's ticks) and the table's size, for each storage of the text, and
then for documents of 3, 30 and 62 answers with the guard on the revision (migration 11) and
on the kept text (before it), both with lz4 in the row (migration 10).

Needs a PostgreSQL you may create tables in and psycopg 3 (pip install "psycopg[binary]"):
  Benchmarks/postgres/document-size.py "host=/tmp/pg port=5432 user=wijzer dbname=postgres" [groups]
Run on the same machine as the server (it reads /proc/PID/stat of the backend).
"""
import hashlib, json, sys, time
import psycopg

# WriteDocuments before migration 11: written while the row still holds the kept text.
WRITE_TEXT = """
WITH turn AS MATERIALIZED (SELECT pg_advisory_xact_lock(1))
UPDATE {t} SET document = v.document, updated = v.updated
FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[]) AS v(link_hash, questionnaire, kept, document, updated)
WHERE {t}.link_hash = v.link_hash AND EXISTS (SELECT FROM turn) AND {t}.questionnaire = v.questionnaire AND {t}.document = v.kept
RETURNING {t}.link_hash"""
# WriteDocuments now: written while the row is still at the kept revision, which it raises.
WRITE_REVISION = """
WITH turn AS MATERIALIZED (SELECT pg_advisory_xact_lock(1))
UPDATE {t} SET document = v.document, updated = v.updated, revision = {t}.revision + 1
FROM unnest(%s::text[], %s::text[], %s::bigint[], %s::text[], %s::text[]) AS v(link_hash, questionnaire, revision, document, updated)
WHERE {t}.link_hash = v.link_hash AND EXISTS (SELECT FROM turn) AND {t}.questionnaire = v.questionnaire AND {t}.revision = v.revision
RETURNING {t}.link_hash"""

def document(answers):
    """A result document shaped as Wijzer stores one (ResultCodec), with `answers` answers over six themes."""
    kinds = [{"option": "a"}, {"options": ["a", "c"]}, {"number": 3}, {"option": "b"},
             {"text": "Ik merk dat studentes in mijn klas minder vaak vragen stellen; ik wil daar bewuster op letten."}]
    themes = ["voorbereiding", "lesgeven", "studievoortgang", "keuzebegeleiding", "stagebegeleiding", "beroepsorientatie"]
    per = -(-answers // len(themes))
    out = []
    for i, theme in enumerate(themes):
        given = [{"answer": kinds[k % len(kinds)], "at": "2026-12-04T16:19:30Z", "fingerprint": hashlib.sha256(f"{theme}{k}".encode()).hexdigest()[:16],
                  "question": f"{theme}.vraag-{k}"} for k in range(min(per, answers - i * per))]
        if given: out.append({"answers": given, "dimensions": [], "started": "2026-12-04T16:19:19Z", "theme": theme})
    return json.dumps({"created": "2026-12-04T16:19:19Z", "formatVersion": 1, "questionnaire": {"contentHash": "411690e4497e321e", "id": "beter-behouden", "version": "2026.1"},
                       "respondent": "037fa84d24966d337f7d745a595e7f95", "themes": out}, sort_keys=True, separators=(",", ":"))

def main():
    conn = psycopg.connect(sys.argv[1], autocommit=True)
    groups = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    def ticks():
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    def run(name, base, setup, write=WRITE_TEXT, size=100, rows=200):
        t = "document_size_" + name
        conn.execute(f"DROP TABLE IF EXISTS {t}")
        conn.execute(f"CREATE TABLE {t} (link_hash TEXT PRIMARY KEY, questionnaire TEXT NOT NULL, created TEXT NOT NULL, "
                     f"updated TEXT NOT NULL, document TEXT NOT NULL, earlier TEXT, revision INTEGER NOT NULL DEFAULT 0) "
                     f"WITH (fillfactor = 50)")
        for statement in setup: conn.execute(statement.format(t=t))
        keys = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(rows)]
        version = [0] * rows
        doc = lambda i, v: base.replace('"respondent":"', f'"respondent":"{i:04d}{v:06d}', 1)
        with conn.cursor() as c:
            c.executemany(f"INSERT INTO {t} VALUES (%s, 'beter-behouden', 'x', 'x', %s)", [(k, doc(i, 0)) for i, k in enumerate(keys)])
        conn.execute(f"VACUUM ANALYZE {t}")
        before, written = ticks(), 0
        for g in range(groups):
            picked = [(g * size + j) % rows for j in range(size)]
            kept = [version[i] if write is WRITE_REVISION else doc(i, version[i]) for i in picked]
            for i in picked: version[i] += 1
            with conn.cursor() as c:
                c.execute(write.format(t=t), ([keys[i] for i in picked], ["beter-behouden"] * size, kept,
                                              [doc(i, version[i]) for i in picked], ["2026-12-04T16:00:00Z"] * size), binary=True)
                written += len(c.fetchall())
        cpu = (ticks() - before) * 1e6 / 100 / written
        mb = conn.execute(f"SELECT pg_total_relation_size('{t}')").fetchone()[0] / 1e6
        print(f"{name:22s} {len(base):6d} B  {written:6d} saves  PostgreSQL's CPU per save {cpu:7.1f} µs  table {mb:6.1f} MB", flush=True)
        conn.execute(f"DROP TABLE {t}")
    short, full = document(3), document(62)
    run("short_default", short, [])
    run("full_default", full, [])
    run("full_lz4", full, ["ALTER TABLE {t} ALTER COLUMN document SET COMPRESSION lz4"])
    in_row = ["ALTER TABLE {t} ALTER COLUMN document SET STORAGE MAIN", "ALTER TABLE {t} ALTER COLUMN document SET COMPRESSION lz4"]
    run("full_lz4_in_row", full, in_row)
    for answers in (3, 30, 62):
        run(f"text_guard_{answers}", document(answers), in_row, WRITE_TEXT)
        run(f"revision_guard_{answers}", document(answers), in_row, WRITE_REVISION)

main()
