#!/usr/bin/env python3
"""Load benchmark of live team sessions (issue 17, "Speed"): two `wijzer serve` instances on one
throwaway PostgreSQL (or, with --database sqlite, one instance on a SQLite file), on loopback
only, bounded in time. Python's standard library only.

    team-bench.py [--sessions 1] [--participants 200] [--views 5] [--k 5] [--theme NAME]
                  [--think-ms 300] [--timeout 300] [--wijzer .build/release/wijzer] [--port 18180]

1. initdb + pg_ctl a PostgreSQL of its own in a temporary folder (as Benchmarks/serve does; run
   as the postgres user when this runs as root), two `wijzer serve` on it (A and B).
2. Per session, a facilitator starts it on A (one theme, group size k); its team views open the
   event stream (`/teamsessie/{link}/events`, server-sent events), alternately on B and A, and
   keep it open.
3. All participants join at once (alternately on A and B; a 429 of the begin limiter is retried
   after a second), then, once all have joined, answer every question of the theme with a think
   time of 0 to 2 x think-ms before each answer, and finish the theme (POST .../afronden).
   Measured: every answer save (POST -> 303), and for every `event: release` a view receives,
   the time from the finishing POST that caused it; the view then loads its page (`/overzicht`)
   and the time until it shows the released count is measured too. The saves are also
   reported as the servers timed them (server_save_*, from their request logs), which leaves
   out the time this client's 200 threads wait for Python's interpreter lock.
4. Peak memory (VmHWM) of each instance; CPU time of the instances, of PostgreSQL and of this
   client over the whole run, the instances' per answer saved (every request of the run counted
   in), and how idle the machine's cores were while the participants answered (/proc/stat).

TEAM_BENCH_KEEP=1 keeps the run's folder (request logs with times, PostgreSQL's log).
--statements loads pg_stat_statements into the throwaway PostgreSQL and prints, at the end, the
statements that took its time (calls, plans, planning and executing ms): how the save group's
write was found to be planned on every call.

The finishing POST that caused a release of count N is the N-th finishing POST of the session
to be answered (the release is made inside that POST, after its finish was stored); its latency
is measured from the moment that POST was sent.
"""
import _thread, argparse, glob, json, os, random, re, resource, shutil, socket, statistics, subprocess
import sys, tempfile, threading, time, urllib.parse

now = time.monotonic


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]


class Client:
    """One browser: a keep-alive connection to one instance, its cookies.

    HTTP/1.1 on a plain socket rather than `http.client`, whose header parsing (the `email`
    package) cost the scenario of 1,000 participants about a third of both cores: load the
    server should have had."""

    def __init__(self, port):
        self.port = port
        self.sock = None
        self.cookies = {}

    def connect(self):
        self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def request(self, method, path, form=None):
        head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
        body = b""
        if self.cookies:
            head.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if form is not None:
            form = list(form) + [("csrf", self.cookies.get("wijzer-csrf", ""))]
            body = urllib.parse.urlencode(form).encode()
            head.append("Content-Type: application/x-www-form-urlencoded")
        if method == "POST":
            head.append(f"Content-Length: {len(body)}")
        message = ("\r\n".join(head) + "\r\n\r\n").encode() + body
        for attempt in range(2):
            try:
                if self.sock is None:
                    self.connect()
                self.sock.sendall(message)
                status, headers, data = self.response()
                break
            except (ConnectionError, EOFError):
                if attempt:
                    raise
                self.sock.close()
                self.sock = None
        for name, value in headers:
            if name == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";")[0]
        location = next((v for n, v in headers if n == "location"), None)
        if any(n == "connection" and v.lower() == "close" for n, v in headers):
            self.sock.close()
            self.sock = None
        return status, location, data.decode("utf-8", "replace")

    def read_until(self, marker):
        while marker not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError
            self.buffer += chunk
        part, self.buffer = self.buffer.split(marker, 1)
        return part

    def read_exactly(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError
            self.buffer += chunk
        part, self.buffer = self.buffer[:n], self.buffer[n:]
        return part

    def response(self):
        lines = self.read_until(b"\r\n\r\n").decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = [(n.strip().lower(), v.strip()) for n, _, v in (line.partition(":") for line in lines[1:])]
        length = next((int(v) for n, v in headers if n == "content-length"), None)
        if length is not None:
            return status, headers, self.read_exactly(length)
        if any(n == "transfer-encoding" and "chunked" in v for n, v in headers):
            data = b""
            while True:
                size = int(self.read_until(b"\r\n").split(b";")[0], 16)
                chunk = self.read_exactly(size + 2)[:size]
                if size == 0:
                    return status, headers, data
                data += chunk
        return status, headers, b""

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, form=()):
        return self.request("POST", path, form)


class View:
    """A team view: its event stream on a raw socket, and a page load after each release."""

    def __init__(self, port, link, deadline):
        self.port, self.link, self.deadline = port, link, deadline
        self.opened = threading.Event()
        self.events = []  # monotonic times of `event: release`
        self.shown = []  # (event time, shown time, released count)
        self.pending = []
        self.cond = threading.Condition()
        self.sock = None
        threading.Thread(target=self.read, daemon=True).start()
        threading.Thread(target=self.load, daemon=True).start()

    def read(self):
        self.sock = socket.create_connection(("127.0.0.1", self.port))
        self.sock.settimeout(1)
        self.sock.sendall(f"GET /teamsessie/{self.link}/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n".encode())
        buffer = b""
        while now() < self.deadline:
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                return
            if not chunk:
                return
            t = now()
            buffer += chunk
            if b"retry: 5000" in buffer:
                self.opened.set()
            while b"event: release" in buffer:
                buffer = buffer.split(b"event: release", 1)[1]
                with self.cond:
                    self.events.append(t)
                    self.pending.append(t)
                    self.cond.notify()
            buffer = buffer[-64:]

    def load(self):
        client = Client(self.port)
        while now() < self.deadline:
            with self.cond:
                while not self.pending and now() < self.deadline:
                    self.cond.wait(0.5)
                if not self.pending:
                    return
                t = self.pending.pop(0)
            status, _, page = client.get(f"/teamsessie/{self.link}/overzicht")
            m = re.search(r"Dit overzicht telt (\d+) deelnemers", page)
            self.shown.append((t, now(), int(m.group(1)) if m else -1))

    def close(self):
        try:
            self.sock.close()
        except Exception:
            pass


class Session:
    def __init__(self, index, ports, args, deadline):
        self.index = index
        facilitator = Client(ports[0])
        facilitator.get("/teamsessie")
        while True:
            status, location, page = facilitator.post("/teamsessie", [("thema", args.theme), ("k", str(args.k))])
            if status != 429:
                break
            time.sleep(1)
        assert status == 303, f"starting a session: {status} {page[:300]}"
        self.link = location.split("/teamsessie/")[1][:32]
        _, _, page = facilitator.get(f"/teamsessie/{self.link}")
        self.code = re.search(r'class="code">([A-Z0-9]{4}-[A-Z0-9]{4})<', page).group(1)
        self.views = [View(ports[(i + 1) % 2], self.link, deadline) for i in range(args.views)]
        self.finishes = []  # (sent, answered) of each finishing POST
        self.lock = threading.Lock()


def answer_form(page, variant):
    """The form a participant sends for the question on `page`, and alternatives to try if refused."""
    radios = [v for v in re.findall(r'type="radio" name="antwoord" value="([^"]*)"', page) if v != "nvt"]
    boxes = [v for v in re.findall(r'type="checkbox" name="antwoord" value="([^"]*)"', page) if v != "nvt"]
    if radios:
        return [[("actie", "antwoord"), ("antwoord", radios[variant % len(radios)])]]
    if boxes:
        return [[("actie", "antwoord")] + [("antwoord", v) for v in boxes[:n]] for n in range(1, len(boxes) + 1)]
    number = re.search(r'type="number"[^>]*min="(-?\d+)"', page)
    if number:
        return [[("actie", "antwoord"), ("antwoord", number.group(1))]]
    return [[("actie", "antwoord"), ("antwoord", "Ik let er beter op.")]]


class Participant:
    def __init__(self, session, index, port, args, results):
        self.session, self.index, self.port, self.args, self.results = session, index, port, args, results
        self.client = Client(port)

    def join(self):
        self.client.get("/team")
        while True:
            status, location, page = self.client.post("/team", [("code", self.session.code)])
            if status != 429:
                break
            time.sleep(1 + random.random())
        assert status == 303, f"joining: {status} {page[:300]}"
        self.link = location.split("/s/")[1][:32]

    def run(self, start_barrier):
        start_barrier.wait()
        theme = self.args.theme
        path = f"/s/{self.link}/thema/{theme}/vraag/1"
        for _ in range(200):
            status, location, page = self.client.get(path)
            if status == 303:
                path = location
            else:
                time.sleep(random.uniform(0, 2 * self.args.think_ms / 1000))
                for form in answer_form(page, self.index):
                    t0 = now()
                    status, location, page2 = self.client.post(path, form)
                    t1 = now()
                    if status == 303:
                        self.results["saves"].append(t1 - t0)
                        path = location
                        break
                    self.results["refused"].append(status)
                else:
                    raise AssertionError(f"{path}: no answer accepted")
            if "/overzicht" in path or "/thema/" not in path or path.endswith(f"/thema/{theme}"):
                break
        sent = now()
        status, _, _ = self.client.post(f"/s/{self.link}/thema/{theme}/afronden")
        answered = now()
        assert status == 303, f"finishing: {status}"
        with self.session.lock:
            self.session.finishes.append((sent, answered))


STATEMENTS = """SELECT calls, plans, round(total_plan_time::numeric) AS plan_ms, round(total_exec_time::numeric) AS exec_ms,
    left(regexp_replace(query, '\\s+', ' ', 'g'), 100) AS statement
FROM pg_stat_statements ORDER BY total_plan_time + total_exec_time DESC LIMIT 15"""


def start_postgres(work, port, statements=False):
    pg_bin = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))[-1]
    root = os.getuid() == 0
    as_pg = ["runuser", "-u", "postgres", "--"] if root else []
    os.makedirs(f"{work}/pg")
    if root:
        shutil.chown(f"{work}/pg", "postgres")
    subprocess.run(as_pg + [f"{pg_bin}/initdb", "-D", f"{work}/pg/data", "-A", "trust", "-U", "wijzer", "-E", "UTF8"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(as_pg + [f"{pg_bin}/pg_ctl", "-D", f"{work}/pg/data", "-l", f"{work}/pg/server.log", "-w", "-t", "60",
                            "-o", f"-p {port} -k {work}/pg -c listen_addresses=127.0.0.1 -c max_connections=200"
                            + (" -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on" if statements else ""),
                            "start"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([f"{pg_bin}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "wijzer", "wijzer"], check=True)
    return lambda: subprocess.run(as_pg + [f"{pg_bin}/pg_ctl", "-D", f"{work}/pg/data", "-m", "immediate", "stop"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for(port):
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    sys.exit(f"team-bench: nothing listens on port {port}")


def cpu_seconds(pid, children=False):
    """User + system CPU time of a process so far (/proc/PID/stat); with children, also that of
    its children that ended (a PostgreSQL server's backends)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if children else 0)
    return ticks / os.sysconf("SC_CLK_TCK")


def postgres_cpu_seconds(work):
    """CPU time of this run's PostgreSQL: its postmaster, its backends that ended, and the ones
    still running (their parent is the postmaster)."""
    with open(f"{work}/pg/data/postmaster.pid") as f:
        postmaster = int(f.readline())
    total = cpu_seconds(postmaster, children=True)
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
            if parent == postmaster:
                total += cpu_seconds(pid)
        except (OSError, ValueError):
            pass
    return total


def peak_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM"))


def machine_cpu():
    """The machine's busy and total CPU ticks so far (/proc/stat): how saturated the cores were."""
    with open("/proc/stat") as f:
        ticks = [int(x) for x in f.readline().split()[1:]]
    idle = ticks[3] + ticks[4]  # idle and iowait
    return sum(ticks) - idle, sum(ticks)


def client_cpu_seconds():
    """This client's own CPU time over the run (its threads, not the servers it started)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=1)
    parser.add_argument("--participants", type=int, default=200, help="per session")
    parser.add_argument("--views", type=int, default=5, help="team views per session")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--theme", default=None, help="default: the theme with the fewest questions")
    parser.add_argument("--think-ms", type=float, default=300, help="average think time before each answer")
    parser.add_argument("--timeout", type=float, default=300, help="the whole run ends after this many seconds")
    parser.add_argument("--wijzer", default=".build/release/wijzer")
    parser.add_argument("--port", type=int, default=18180, help="A; B on the next, PostgreSQL on the one after")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--statements", action="store_true",
                        help="print the statements that took PostgreSQL's time (pg_stat_statements; PostgreSQL only)")
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres",
                        help="sqlite: one instance on its own SQLite file (the default set-up), serving as A and B")
    args = parser.parse_args()
    if args.statements and args.database != "postgres":
        parser.error("--statements reads PostgreSQL's statistics: use it without --database sqlite")
    deadline = now() + args.timeout
    # Bounded whatever happens: first interrupt the main thread (its cleanup stops the servers).
    for delay, action in ((args.timeout + 15, _thread.interrupt_main), (args.timeout + 45, lambda: os._exit(2))):
        timer = threading.Timer(delay, action)
        timer.daemon = True
        timer.start()

    work = tempfile.mkdtemp()
    os.chmod(work, 0o755)
    servers, stop_pg = [], None
    try:
        if args.database == "postgres":
            stop_pg = start_postgres(work, args.port + 2, args.statements)
            database = f"postgres://wijzer@127.0.0.1:{args.port + 2}/wijzer"
            ports = [args.port, args.port + 1]
        else:
            database = f"sqlite:{work}/wijzer.sqlite"
            ports = [args.port, args.port]
        names = "AB"[:len(set(ports))]
        for name, port in zip(names, ports):
            os.makedirs(f"{work}/data-{name}")
            log = open(f"{work}/serve-{name}.log", "w")
            servers.append(subprocess.Popen([args.wijzer, "serve", "--port", str(port), "--database", database,
                                             "--data-dir", f"{work}/data-{name}"], stdout=log, stderr=log))
            wait_for(port)  # A first: it makes the tables
        if args.theme is None:
            _, _, form = Client(ports[0]).get("/teamsessie")
            themes = re.findall(r'name="thema" value="([^"]*)"', form)
            args.theme = min(themes, key=lambda t: question_count(ports[0], t))

        t_setup = now()
        sessions = [Session(i, ports, args, deadline) for i in range(args.sessions)]
        for s in sessions:
            for v in s.views:
                assert v.opened.wait(10), "a team view's stream did not open"
        results = {"saves": [], "refused": []}
        people = [Participant(s, i, ports[i % 2], args, results) for s in sessions for i in range(args.participants)]
        t_join = now()
        threads = [threading.Thread(target=p.join) for p in people]
        [t.start() for t in threads]
        [t.join(max(1, deadline - now())) for t in threads]
        join_seconds = now() - t_join
        people = [p for p in people if hasattr(p, "link")]
        barrier = threading.Barrier(len(people), timeout=60)
        t_answer = now()
        cpu_before = machine_cpu()
        threads = [threading.Thread(target=p.run, args=(barrier,)) for p in people]
        [t.start() for t in threads]
        [t.join(max(1, deadline - now())) for t in threads]
        answer_seconds = now() - t_answer
        busy, total = (after - before for after, before in zip(machine_cpu(), cpu_before))
        time.sleep(2)  # the last releases reach the views
        peaks = [peak_kb(s.pid) for s in servers]
        # CPU time of the whole run (joins, pages, saves, finishes, releases, views), which
        # varies less from round to round than the tail latencies do.
        cpu = [cpu_seconds(s.pid) for s in servers]
        cpu_postgres = postgres_cpu_seconds(work) if args.database == "postgres" else 0.0

        delivery, shown, wrong_count, missing, later, released = [], [], 0, 0, 0, 0
        finished = 0
        for s in sessions:
            answered = sorted(s.finishes, key=lambda f: f[1])
            finished += len(answered)
            final = max((c for v in s.views for _, _, c in v.shown), default=0)
            released += final
            for v in s.views:
                # Every view hears every release: the last one it shows is the same everywhere.
                missing += int(max((c for _, _, c in v.shown), default=0) != final)
                for t_event, t_shown, count in v.shown:
                    if count < 1 or count > len(answered):
                        wrong_count += 1
                        continue
                    sent = answered[count - 1][0]
                    if sent > t_event:  # the page showed a later release: the latest finish sent before the event
                        sent = max(f[0] for f in answered if f[0] <= t_event)
                        later += 1
                    delivery.append(t_event - sent)
                    shown.append(t_shown - sent)
            for v in s.views:
                v.close()
        events = sum(len(v.events) for s in sessions for v in s.views)
        # The same saves as the servers timed them (their request log: from the request's head
        # to the response), without the time this Python client's threads wait for each other.
        served = []
        for name in names:
            for line in open(f"{work}/serve-{name}.log", errors="replace"):
                m = re.search(r"POST /s/\{link\}/thema/\{theme\}/vraag/\{number\} 303 ([0-9.]+) ms", line)
                if m:
                    served.append(float(m.group(1)) / 1000)
        figures = {
            "sessions": args.sessions, "participants": args.participants, "views": args.views, "k": args.k,
            "theme": args.theme, "think_ms": args.think_ms,
            "joined_seconds": round(join_seconds, 1), "answering_seconds": round(answer_seconds, 1),
            "saves": len(results["saves"]), "refused": len(results["refused"]),
            "save_p50_ms": round(1000 * pct(results["saves"], 50), 1), "save_p99_ms": round(1000 * pct(results["saves"], 99), 1),
            "save_max_ms": round(1000 * max(results["saves"], default=0), 1),
            "server_save_p50_ms": round(1000 * pct(served, 50), 1), "server_save_p99_ms": round(1000 * pct(served, 99), 1),
            "finished": finished, "release_events": events, "views_missing_the_last_release": missing, "released_in_the_last_releases": released,
            "release_p50_ms": round(1000 * pct(delivery, 50), 1), "release_p95_ms": round(1000 * pct(delivery, 95), 1),
            "release_max_ms": round(1000 * max(delivery, default=0), 1),
            "page_after_event_p50_ms": round(1000 * pct([b - a for v in (v for s in sessions for v in s.views) for a, b, _ in v.shown], 50), 1),
            "shown_p50_ms": round(1000 * pct(shown, 50), 1), "shown_p95_ms": round(1000 * pct(shown, 95), 1),
            "views_with_unexpected_count": wrong_count, "pages_showing_a_later_release": later,
            "vmhwm_mb_a": round(peaks[0] / 1024, 1), "vmhwm_mb_b": round(peaks[-1] / 1024, 1),
            "cpu_seconds_instances": round(sum(cpu), 2), "cpu_seconds_postgres": round(cpu_postgres, 2),
            "instances_cpu_ms_per_answer": round(1000 * sum(cpu) / max(1, len(results["saves"])), 2),
            "cpu_seconds_client": round(client_cpu_seconds(), 2),
            "machine_idle_percent_answering": round(100 * (1 - busy / max(1, total)), 1),
        }
        print(json.dumps(figures))
        if args.json:
            with open(args.json, "w") as f:
                json.dump(figures, f)
        return 0 if finished == len(people) else 1
    except BaseException:
        for name in "AB":
            try:
                print(f"--- serve-{name}.log (end):", open(f"{work}/serve-{name}.log").read()[-1500:], file=sys.stderr)
            except OSError:
                pass
        raise
    finally:
        for i, p in enumerate(servers):
            if p.poll() is not None:
                print(f"team-bench: instance {'AB'[i]} ended by itself with {p.returncode}", file=sys.stderr)
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        if stop_pg:
            if args.statements:
                subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(args.port + 2), "-U", "wijzer", "wijzer",
                                "-c", "CREATE EXTENSION IF NOT EXISTS pg_stat_statements", "-c", STATEMENTS], stdout=sys.stderr)
            stop_pg()
        if os.environ.get("TEAM_BENCH_KEEP"):
            print(f"team-bench: kept {work} (the instances' request logs, PostgreSQL's log)", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def question_count(port, theme):
    """How many question pages the theme has (from a throwaway self-check)."""
    client = Client(port)
    client.get("/")
    _, link, _ = client.post("/begin")
    path, count = f"{link}/thema/{theme}/vraag/1", 0
    for n in range(1, 100):
        status, location, _ = client.get(f"{link}/thema/{theme}/vraag/{n}")
        if status == 404 or (status == 303 and "/vraag/" not in (location or "")):
            break
        count += 1
    return count


if __name__ == "__main__":
    sys.exit(main())
