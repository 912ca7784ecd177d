#!/usr/bin/env python3
"""Instructions per saved answer in `wijzer serve`, counted by Valgrind's callgrind.

Timing on this shared 2-core machine moves by a third within minutes; an instruction count does
not. For each build, `wijzer serve` runs under callgrind twice on a fresh database (SQLite in a
temporary folder, or `--database`); 20 teachers begin a self-check and save answers one after
another (as answers.lua: the first questions of a theme, in turn), N1 answers in one run and N2
in the other. The difference of the two totals, divided by N2 - N1, is what one more saved
answer costs: start-up and set-up cancel out. Builds are measured one after the other and
compared side by side.

One answer at a time: each save is a group of one (SaveQueue), so costs per group (the SQL
statement, the commit) weigh more than at saturation, where a group holds several saves. It
counts user-space instructions only (no kernel, no waiting), so it compares code, not speed.

    Benchmarks/serve/save-instructions.py /tmp/wijzer-before /tmp/wijzer-after
    Benchmarks/serve/save-instructions.py --database postgres://wijzer@127.0.0.1:15432/wijzer BUILD
    Benchmarks/serve/save-instructions.py --profile 40 BUILD   # the 40 functions that cost most per save
    Benchmarks/serve/save-instructions.py --hello Benchmarks/.build/release/hello-server BUILD

`--hello` first counts hello-server's GET / and POST / (a save's cookie and form) the same way,
20 connections one request after another: the ceiling of issue 16's target in instructions,
which, unlike the rates of serve-bench, do not move with the machine's minute.

Needs valgrind (Debian: apt-get install valgrind) and python3; about a minute per build.
"""
import argparse, collections, http.client, os, re, shutil, subprocess, sys, tempfile, time


def callgrind_total(binary, arguments, port, load, keep=None):
    """Callgrind's total for `binary arguments(work folder)` from its start until `load(port)`
    has run against it (it answers GET / on `port` first)."""
    name = os.path.basename(binary)
    work = tempfile.mkdtemp(prefix="save-instructions-")
    try:
        # callgrind cannot read the Swift debug information; the symbols stay.
        stripped = os.path.join(work, name)
        subprocess.run(["strip", "-g", "-o", stripped, binary], check=True)
        out, log = os.path.join(work, "callgrind.out"), os.path.join(work, "server.log")
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", stripped] + arguments(work)
        server = subprocess.Popen(command, stdout=open(log, "w"), stderr=subprocess.STDOUT)
        try:
            for _ in range(600):
                if server.poll() is not None:
                    sys.exit(f"save-instructions: {name} stopped: " + open(log).read()[-400:])
                try:
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                    connection.request("GET", "/")
                    connection.getresponse().read()
                    break
                except OSError:
                    time.sleep(0.2)
            else:
                sys.exit(f"save-instructions: {name} did not answer on port {port} within two minutes")
            load(port)
            # A dump, not the totals at exit: the server is killed, and callgrind writes at a clean exit only.
            subprocess.run(["callgrind_control", "-d", str(server.pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            for _ in range(300):
                if os.path.exists(out + ".1"):
                    break
                time.sleep(0.2)
            time.sleep(1)
            if keep:
                shutil.copy(out + ".1", keep)
            return next(int(line.split()[1]) for line in open(out + ".1", errors="replace") if line.startswith("summary:"))
        finally:
            server.kill()
            server.wait()
    finally:
        shutil.rmtree(work)


def run(binary, saves, port, database, keep=None):
    """Callgrind's total for `wijzer serve` from its start to after `saves` saved answers."""
    def arguments(work):
        return ["serve", "--port", str(port), "--data-dir", os.path.join(work, "data")] + (["--database", database] if database else [])
    return callgrind_total(binary, arguments, port, lambda port: save_answers(saves, port), keep)


def save_answers(saves, port):
    """20 teachers begin a self-check; then `saves` answers are saved, one after another."""
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    teachers = []
    for _ in range(20):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        c.request("GET", "/")
        r = c.getresponse()
        r.read()
        csrf = re.search(r"wijzer-csrf=([^;]*)", r.getheader("Set-Cookie")).group(1)
        c.request("POST", "/begin", body=f"csrf={csrf}", headers={"Cookie": f"wijzer-csrf={csrf}", **form})
        r = c.getresponse()
        r.read()
        teachers.append((c, r.getheader("Location").split("?")[0], csrf))
    c, link, csrf = teachers[0]
    c.request("GET", link, headers={"Cookie": f"wijzer-csrf={csrf}"})
    theme = re.search(re.escape(link) + r'/thema/([^"/]*)"', c.getresponse().read().decode()).group(1)
    answers = []
    for number in (1, 2, 3):
        c.request("GET", f"{link}/thema/{theme}/vraag/{number}", headers={"Cookie": f"wijzer-csrf={csrf}"})
        page = c.getresponse().read().decode()
        answers += [(number, v) for v in re.findall(r'type="(?:radio|checkbox)" name="antwoord" value="([^"]*)"', page) if v != "nvt"]
    if not answers:
        sys.exit("save-instructions: no question with choices among the first three of theme " + theme)
    for i in range(saves):
        c, link, csrf = teachers[i % len(teachers)]
        number, value = answers[(i // len(teachers)) % len(answers)]
        c.request("POST", f"{link}/thema/{theme}/vraag/{number}", body=f"csrf={csrf}&actie=antwoord&antwoord={value}",
                  headers={"Cookie": f"wijzer-csrf={csrf}", **form})
        r = c.getresponse()
        r.read()
        if r.status != 303:
            sys.exit(f"save-instructions: a save was answered with {r.status}, not 303")


def hello(binary, requests, port, method):
    """Callgrind's total for hello-server from its start to after `requests` requests of `method`
    (20 connections in turn; a POST sends a save's cookie and form, as hello-post.lua does)."""
    def load(port):
        token = "k" * 32  # a CSRF token's length
        headers = {"Cookie": f"wijzer-csrf={token}", "Content-Type": "application/x-www-form-urlencoded"}
        connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=120) for _ in range(20)]
        for i in range(requests):
            c = connections[i % len(connections)]
            if method == "POST":
                c.request("POST", "/", body=f"csrf={token}&actie=antwoord&antwoord=b", headers=headers)
            else:
                c.request("GET", "/")
            c.getresponse().read()
    return callgrind_total(binary, lambda work: [str(port)], port, load)


def self_costs(path):
    """Instructions per function (their own, not their callees'), from callgrind_annotate."""
    text = subprocess.run(["callgrind_annotate", "--threshold=100", path], capture_output=True, text=True).stdout
    costs = collections.Counter()
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$", line)
        if m and "PROGRAM TOTALS" not in m.group(2):
            costs[re.sub(r"\s*\[[^]]*\]\s*$", "", m.group(2))] += int(m.group(1).replace(",", ""))
    return costs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("builds", nargs="+", help="wijzer binaries (release builds)")
    parser.add_argument("--saves", nargs=2, type=int, default=[300, 1300], metavar=("N1", "N2"))
    parser.add_argument("--database", help="postgres://... (default: SQLite in a temporary folder)")
    parser.add_argument("--port", type=int, default=18555)
    parser.add_argument("--profile", type=int, metavar="K", help="also list the K functions that cost most per save")
    parser.add_argument("--hello", metavar="HELLO_SERVER", help="first count hello-server's GET / and POST / the same way")
    args = parser.parse_args()
    if args.hello:
        # The ceiling compares two servers, so both are linked alike (as serve-bench checks).
        same = os.path.join(os.path.dirname(os.path.abspath(__file__)), "same-linkage.sh")
        for build in args.builds:
            if subprocess.run([same, build, args.hello]).returncode != 0:
                sys.exit("save-instructions: the builds are not comparable with this hello-server")
    n1, n2 = args.saves
    ceiling = None
    if args.hello:
        for method in ("GET", "POST"):
            a, b = (hello(args.hello, n, args.port, method) for n in (n1, n2))
            per = (b - a) / (n2 - n1)
            if method == "GET":
                ceiling = per
            print(f"{args.hello}: {per:,.0f} instructions per hello-world {method} ({n1}: {a:,}; {n2}: {b:,})", flush=True)
    for build in args.builds:
        with tempfile.TemporaryDirectory() as keep:
            first, second = os.path.join(keep, "1"), os.path.join(keep, "2")
            a = run(build, n1, args.port, args.database, first if args.profile else None)
            b = run(build, n2, args.port, args.database, second if args.profile else None)
            per = (b - a) / (n2 - n1)
            share = f"; hello-world GET / save: {ceiling / per:.1%}" if ceiling else ""
            print(f"{build}: {per:,.0f} instructions per saved answer ({n1} saves: {a:,}; {n2}: {b:,}){share}", flush=True)
            if args.profile:
                before, after = self_costs(first), self_costs(second)
                per_save = {name: (after[name] - before.get(name, 0)) / (n2 - n1) for name in after}
                names = sorted(per_save, key=lambda name: -per_save[name])[:args.profile]
                readable = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(names),
                                          capture_output=True, text=True).stdout.splitlines()
                for name, shown in zip(names, readable or names):
                    print(f"  {per_save[name]:9,.0f}  {shown[:150]}")


if __name__ == "__main__":
    main()
