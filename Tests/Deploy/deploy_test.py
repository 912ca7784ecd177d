#!/usr/bin/env python3
"""The shipped deployment, as a school's IT sets it up (docs/SERVER.md).

deploy/wijzer.service is checked with `systemd-analyze verify`, and `wijzer serve` is started
with the unit's own arguments. deploy/nginx-wijzer.conf runs in Debian's nginx in front of it,
with TLS (a throwaway self-signed certificate), changed only where a school changes it: the
certificate, the ports, and the upstream port. It is tried twice: on a host of its own, and under
a path as the file's comment describes.

Through nginx, over HTTPS, a teacher starts a self-check, answers, finishes a theme and gets the
plan; every link on those pages stays under the prefix and opens; cookies are Secure; a body
over Wijzer's limit gets Wijzer's Dutch answer, not nginx's; plain HTTP is sent to HTTPS; nginx
logs no request; with Wijzer stopped nginx answers with a Dutch page. A facilitator's team view
hears its event stream through the proxy at once, and a release when the group is complete; on
its own host, the whole live team session of Tests/Browser/team_test.py runs in Chromium
through the proxy.

Prints DEPLOY OK at the end; exits 1 with the reason on the first failure.
"""

import argparse
import http.client
import http.cookiejar
import os
import re
import shlex
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, what, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            fail(f"{what} stopped at start (status {process.returncode})")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    fail(f"{what} did not listen on port {port} within {seconds} s")


def replace_once(text, old, new, where):
    """The shipped file with one thing a school changes; fails when that thing is not there once,
    so a changed file cannot slip past this test unchanged."""
    count = text.count(old)
    check(count == 1, f"{where}: expected {old!r} once, found it {count} times")
    return text.replace(old, new)


# The systemd unit

def unit_command(unit_text):
    """ExecStart of the unit as an argument list (continuation lines joined)."""
    joined = re.sub(r"\\\n\s*", " ", unit_text)
    lines = [l for l in joined.splitlines() if l.startswith("ExecStart=")]
    check(len(lines) == 1, "deploy/wijzer.service: expected one ExecStart line")
    return shlex.split(lines[0][len("ExecStart="):])


def option(arguments, name):
    check(arguments.count(name) == 1, f"deploy/wijzer.service: expected {name} once in ExecStart")
    return arguments[arguments.index(name) + 1]


def with_option(arguments, name, value):
    result = list(arguments)
    result[result.index(name) + 1] = value
    return result


def verify_unit(repo, wijzer, work):
    text = open(os.path.join(repo, "deploy/wijzer.service"), encoding="utf-8").read()
    arguments = unit_command(text)
    check(arguments[:2] == ["/usr/local/bin/wijzer", "serve"], f"ExecStart runs {arguments[:2]}")
    local = os.path.join(work, "wijzer.service")
    with open(local, "w", encoding="utf-8") as f:
        f.write(text.replace("/usr/local/bin/wijzer", wijzer))
    run = subprocess.run(["systemd-analyze", "verify", "--man=no", local], capture_output=True, text=True)
    complaints = (run.stdout + run.stderr).strip()
    check(run.returncode == 0 and not complaints,
          f"systemd-analyze verify deploy/wijzer.service (status {run.returncode}):\n{complaints}")
    print("unit: systemd-analyze verify finds nothing", flush=True)
    return arguments


# nginx

NGINX_MAIN = """daemon off;
master_process off;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{}}
http {{
    include /etc/nginx/mime.types;
    access_log {work}/access.log;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    include {work}/site.conf;
}}
"""


def nginx_site(repo, work, folder, http_port, https_port, upstream_port, path):
    """The shipped site, changed where a school changes it: certificate, ports and, for `path`,
    the location the file's own comment describes."""
    where = "deploy/nginx-wijzer.conf"
    site = open(os.path.join(repo, where), encoding="utf-8").read()
    site = replace_once(site, "/etc/letsencrypt/live/wijzer.school.nl/fullchain.pem", f"{work}/cert.pem", where)
    site = replace_once(site, "/etc/letsencrypt/live/wijzer.school.nl/privkey.pem", f"{work}/key.pem", where)
    site = replace_once(site, "/var/log/nginx/error.log", f"{folder}/site-error.log", where)
    site = replace_once(site, "listen 80;", f"listen 127.0.0.1:{http_port};", where)
    site = re.sub(r"listen 443 ssl\b", f"listen 127.0.0.1:{https_port} ssl", site)
    check(f"127.0.0.1:{https_port} ssl" in site, f"{where}: no 'listen 443 ssl'")
    upstream = f"proxy_pass http://127.0.0.1:{upstream_port}"
    if path:
        site = replace_once(site, "location / {", f"location {path}/ {{", where)
        site = replace_once(site, "proxy_pass http://127.0.0.1:8080;", upstream + "/;", where)
    else:
        site = replace_once(site, "proxy_pass http://127.0.0.1:8080;", upstream + ";", where)
    return site


def start_nginx(work):
    test = subprocess.run(["/usr/sbin/nginx", "-t", "-c", f"{work}/nginx.conf", "-p", work + "/"],
                          capture_output=True, text=True)
    check(test.returncode == 0, "nginx -t refuses deploy/nginx-wijzer.conf:\n" + test.stderr)
    log = open(f"{work}/nginx.out", "w")
    return subprocess.Popen(["/usr/sbin/nginx", "-c", f"{work}/nginx.conf", "-p", work + "/"],
                            stdout=log, stderr=subprocess.STDOUT)


def make_certificate(work):
    run = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                          "-keyout", f"{work}/key.pem", "-out", f"{work}/cert.pem", "-subj", "/CN=127.0.0.1",
                          "-addext", "subjectAltName=IP:127.0.0.1"], capture_output=True, text=True)
    check(run.returncode == 0, "openssl could not make a certificate:\n" + run.stderr)


# A browser of sorts: cookies, redirects, HTTPS that trusts the test's certificate

class Links(HTMLParser):
    """The URLs a page points at, by attribute, and its forms with their fields."""

    def __init__(self):
        super().__init__()
        self.urls = []
        self.forms = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("href", "src", "action", "data-events"):
            if a.get(name):
                self.urls.append((tag, name, a[name]))
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "fields": []})
        elif tag in ("input", "textarea", "button") and self.forms and a.get("name"):
            self.forms[-1]["fields"].append((tag, a.get("type", ""), a["name"], a.get("value", "")))


class Browser:
    def __init__(self, context):
        self.jar = http.cookiejar.CookieJar()
        self.context = context
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar),
                                                  urllib.request.HTTPSHandler(context=context))
        self.set_cookies = []

    def open(self, url, data=None):
        """(status, final URL, headers, body); a refusal is an answer too, not an exception."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if isinstance(data, (dict, list)) else data
        try:
            with self.opener.open(url, data=body, timeout=20) as r:
                self.set_cookies += r.headers.get_all("Set-Cookie") or []
                return r.status, r.url, r.headers, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, url, e.headers, e.read().decode("utf-8", "replace")

    def get(self, url):
        status, final, headers, body = self.open(url)
        check(status == 200, f"GET {url}: status {status}\n{body[:400]}")
        return final, headers, body

    def submit(self, page_url, body, action_part, extra=None, choose=None):
        """Submits the page's form whose action contains `action_part`, with its hidden fields."""
        parser = Links()
        parser.feed(body)
        forms = [f for f in parser.forms if action_part in f["action"]]
        check(forms, f"{page_url}: no form to {action_part}")
        form = forms[0]
        fields = [(n, v) for (tag, kind, n, v) in form["fields"] if kind == "hidden"]
        if choose:
            fields += choose(form["fields"])
        fields += list((extra or {}).items())
        return self.open(urllib.parse.urljoin(page_url, form["action"]), fields)


def check_links(browser, page_url, body, prefix, seen):
    """Every URL on the page that the site serves stays under the prefix, and opens."""
    parser = Links()
    parser.feed(body)
    origin = urllib.parse.urlsplit(page_url)
    for tag, attribute, value in parser.urls:
        url = urllib.parse.urljoin(page_url, value)
        parts = urllib.parse.urlsplit(url)
        if parts.netloc != origin.netloc:
            continue
        check(parts.path.startswith(prefix + "/"),
              f"{page_url}: <{tag} {attribute}=\"{value}\"> leaves {prefix or 'the site'}/")
        if attribute in ("href", "src") and parts.path not in seen:
            seen.add(parts.path)
            status, _, _, text = browser.open(url)
            check(status == 200, f"{page_url}: <{tag} {attribute}=\"{value}\"> gives status {status}\n{text[:300]}")


def first_choices(fields):
    """One answer to a question page: its first radio button, or a number or text where asked."""
    for tag, kind, name, value in fields:
        if kind == "radio":
            return [(name, value)]
    for tag, kind, name, value in fields:
        if kind == "number":
            return [(name, "1")]
        if tag == "textarea":
            return [(name, "Een antwoord door de proxy.")]
    fail("a question page with no field this test can answer: " + repr(fields))


def answer_choices(fields):
    """The first answer on a question page, sent with its first named button (Volgende)."""
    buttons = [(n, v) for (tag, kind, n, v) in fields if tag == "button" and n]
    check(buttons, "a question page without a named submit button")
    return first_choices(fields) + buttons[:1]


def self_check(context, base, prefix):
    """A teacher's whole way through one theme, through the proxy. Returns the private link's
    URL and the browser."""
    browser = Browser(context)
    seen = set()
    url, headers, body = browser.get(base + "/")
    check(headers.get("Strict-Transport-Security"), "nginx sent no Strict-Transport-Security")
    check("default-src 'self'" in (headers.get("Content-Security-Policy") or ""), "Wijzer's CSP did not come through")
    check_links(browser, url, body, prefix, seen)

    status, overview, _, body = browser.submit(url, body, "/begin")
    check(status == 200, f"starting a self-check: status {status}\n{body[:300]}")
    check(overview.startswith(base + "/s/"), f"starting a self-check went to {overview}, not under {base}/s/")
    # The link to keep, as the teacher will open it: the public address, prefix and all.
    shown = overview.split("?")[0]
    check(f'<p class="link">{shown}</p>' in body, f"the overview does not show the private link as {shown}")
    check_links(browser, overview, body, prefix, seen)
    cookies = [c for c in browser.set_cookies if c.startswith("wijzer")]
    check(cookies and all("; Secure" in c for c in cookies), f"cookies without Secure behind TLS: {cookies}")

    themes = [u for (_, a, u) in _links(body) if "/thema/" in u]
    check(themes, "the overview links to no theme")
    intro = urllib.parse.urljoin(overview, themes[0])
    url, _, body = browser.get(intro)
    check_links(browser, url, body, prefix, seen)
    start = [u for (_, a, u) in _links(body) if "/vraag/" in u]
    check(start, "the theme's introduction links to no question")
    url, _, body = browser.get(urllib.parse.urljoin(url, start[0]))
    check_links(browser, url, body, prefix, seen)

    # Over Wijzer's own limit (64 kB): Wijzer's Dutch refusal, not nginx's English page.
    status, _, _, refusal = browser.submit(url, body, "/vraag/", extra={"opvulling": "x" * 100_000})
    check(status == 413, f"a 100 kB answer: status {status}")
    check("te lang om te verwerken (hooguit 64 kB)" in refusal and "<html lang=\"nl\"" in refusal, f"a 100 kB answer got nginx's page, not Wijzer's:\n{refusal[:300]}")
    # Over nginx's own limit (1 MB): nginx refuses it, with the Dutch page of deploy/, not its English one.
    status, _, _, refusal = browser.submit(url, body, "/vraag/", extra={"opvulling": "x" * 2_000_000})
    check(status == 413, f"a 2 MB answer: status {status}")
    check("<h1>Je antwoord is te lang</h1>" in refusal and "<html lang=\"nl\"" in refusal and "nginx" not in refusal,
          f"a 2 MB answer got nginx's English page:\n{refusal[:300]}")

    status, url, _, body = browser.submit(url, body, "/vraag/", choose=answer_choices)
    check(status == 200 and url.startswith(base + "/s/") and url.endswith("/vraag/2"),
          f"an answer through the proxy: status {status}, then {url}")
    review = intro + "/overzicht"
    url, _, body = browser.get(review)
    check_links(browser, url, body, prefix, seen)
    status, plan, _, body = browser.submit(url, body, "/afronden")
    check(status == 200 and plan.startswith(base + "/s/") and plan.endswith("/plan"), f"finishing the theme: status {status}, then {plan}")
    check("<h1>Persoonlijk actieplan</h1>" in body, "the plan page shows no plan")
    check_links(browser, plan, body, prefix, seen)
    print(f"self-check under '{prefix or '/'}': started, answered, finished; {len(seen)} linked URLs open; "
          "cookies Secure; a 100 kB answer refused by Wijzer in Dutch", flush=True)
    return overview, browser


def _links(body):
    parser = Links()
    parser.feed(body)
    return parser.urls


class EventStream:
    """A team view's event stream read in the background, each line with when it came."""

    def __init__(self, context, url, cookie_header):
        parts = urllib.parse.urlsplit(url)
        self.lines = []
        self.status = None
        self.opened = time.time()
        self.connection = http.client.HTTPSConnection(parts.hostname, parts.port, context=context, timeout=30)
        self.connection.request("GET", parts.path, headers={"Cookie": cookie_header, "Accept": "text/event-stream"})
        # In the background: a buffering proxy holds back even the response's head.
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            response = self.connection.getresponse()
            self.status = response.status
            while True:
                line = response.readline()
                if not line:
                    return
                self.lines.append((time.time(), line.decode("utf-8").rstrip("\n")))
        except Exception:
            return

    def wait_for(self, text, seconds):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for at, line in self.lines:
                if line.startswith(text):
                    return at
            time.sleep(0.05)
        return None

    def close(self):
        # Shut down first: a plain close waits for the reading thread's next line (a ping, 15 s).
        try:
            self.connection.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.connection.close()


def team_session(context, base, prefix):
    facilitator = Browser(context)
    url, _, body = facilitator.get(base + "/teamsessie")
    parser = Links()
    parser.feed(body)
    theme = next(v for (tag, kind, n, v) in parser.forms[-1]["fields"] if n == "thema")
    status, page, _, body = facilitator.submit(url, body, "/teamsessie", extra={"thema": theme, "k": "3"})
    check(status == 200 and page.startswith(base + "/teamsessie/"), f"starting a team session: status {status}, then {page}")
    check(f"{base}/team" in body, f"the facilitator page does not send participants to {base}/team")
    code = re.search(r'class="code">([A-Z0-9]{4}-[A-Z0-9]{4})<', body)
    check(code, "the facilitator page shows no join code")
    check(f"{base}/beamer/" in body, f"the facilitator page's projector link is not under {base}/beamer/")
    view = [u for (_, a, u) in _links(body) if "/beamer/" in u and "/presentatie/" not in u]
    check(view, "the facilitator page links to no team view for the projector")
    url, _, body = facilitator.get(urllib.parse.urljoin(page, view[0]))
    events = [u for (_, a, u) in _links(body) if a == "data-events"]
    check(events, "the team view names no event stream")
    check(events[0].startswith(prefix + "/"), f"the event stream {events[0]} is not under {prefix}/")
    cookie = "; ".join(f"{c.name}={c.value}" for c in facilitator.jar)
    stream = EventStream(context, urllib.parse.urljoin(url, events[0]), cookie)
    # Wijzer writes its first line at once; a buffering proxy holds it back for good (its
    # buffer of kilobytes fills with a ping of 7 bytes every 15 s). 10 s leaves room for a busy
    # test machine.
    first = stream.wait_for("retry:", 10)
    check(stream.status in (None, 200), f"event stream: status {stream.status}")
    check(first is not None, "the event stream's first line did not come through nginx within 10 s (is it buffered?)")
    print(f"team: the event stream's first line came through nginx after {1000 * (first - stream.opened):.0f} ms", flush=True)

    for n in range(3):
        member = Browser(context)
        url, _, body = member.get(base + "/team")
        status, overview, _, body = member.submit(url, body, "/team", extra={"code": code.group(1)})
        check(status == 200 and overview.startswith(base + "/s/"), f"participant {n + 1} joining: status {status}, then {overview}")
        review = overview.split("?")[0] + f"/thema/{theme}/overzicht"
        url, _, body = member.get(review)
        finished = time.time()
        status, plan, _, _ = member.submit(url, body, "/afronden")
        check(status == 200 and plan.endswith("/plan"), f"participant {n + 1} finishing: status {status}, then {plan}")
    released = stream.wait_for("event: release", 15)
    check(released is not None, "the team view heard no release through nginx within 15 s of the third participant finishing")
    stream.close()
    print(f"team: three participants joined and finished; the release reached the team view through nginx "
          f"{1000 * max(0.0, released - finished):.0f} ms after the last one finished", flush=True)
    return code.group(1)


def in_chromium(repo, wijzer, base, folder):
    """The whole live team session of Tests/Browser/team_test.py, in Chromium, through nginx:
    HTTP/2 and TLS, Secure cookies, the team view reloading by itself over the proxied stream."""
    run = subprocess.run([sys.executable, "-u", os.path.join(repo, "Tests/Browser/team_test.py"), "--url", base,
                          "--out", os.path.join(folder, "team"), "--wijzer", wijzer],
                         capture_output=True, text=True, timeout=420)
    output = run.stdout + run.stderr
    check(run.returncode == 0 and output.rstrip().endswith("TEAM OK"),
          f"the team session in Chromium through nginx (status {run.returncode}):\n{output[-3000:]}")
    print("team in Chromium through nginx (HTTP/2 offered, TLS): TEAM OK", flush=True)


def main():
    # Started from `swift test`, this process inherits a mask that blocks SIGTERM, and nginx
    # would inherit it too and never stop: unblock the signals used here.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP})
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--wijzer", required=True, help="the wijzer binary")
    p.add_argument("--repo", required=True, help="the repository root (for deploy/)")
    p.add_argument("--work", required=True, help="an empty folder for nginx, the database and the logs")
    args = p.parse_args()
    work = os.path.abspath(args.work)
    args.wijzer = os.path.abspath(args.wijzer)
    for tool in ("/usr/sbin/nginx", "/usr/bin/openssl", "/usr/bin/systemd-analyze"):
        check(os.access(tool, os.X_OK), f"{tool} is missing (make test installs nginx; openssl and systemd come with Debian)")

    arguments = verify_unit(args.repo, args.wijzer, work)
    public = urllib.parse.urlsplit(option(arguments, "--base-url"))
    site_text = open(os.path.join(args.repo, "deploy/nginx-wijzer.conf"), encoding="utf-8").read()
    check(re.search(rf"server_name {re.escape(public.hostname)};", site_text),
          f"the unit's --base-url host {public.hostname} is not nginx's server_name")
    check(f"proxy_pass http://{option(arguments, '--host')}:{option(arguments, '--port')};" in site_text,
          "nginx does not proxy to the unit's --host and --port")
    make_certificate(work)
    context = ssl.create_default_context(cafile=f"{work}/cert.pem")

    for prefix in ("", "/zelfcheck"):
        folder = os.path.join(work, "root" if not prefix else prefix.strip("/"))
        os.makedirs(folder)
        http_port, https_port, upstream = free_port(), free_port(), free_port()
        base = f"https://127.0.0.1:{https_port}{prefix}"
        # The unit's own command, with this run's binary, port, database and address.
        command = [args.wijzer] + arguments[1:]
        command = with_option(command, "--port", str(upstream))
        command = with_option(command, "--database", f"sqlite:{folder}/wijzer.sqlite")
        command = with_option(command, "--base-url", base)
        log = open(f"{folder}/wijzer.log", "w")
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        with open(f"{folder}/site.conf", "w") as f:
            f.write(nginx_site(args.repo, work, folder, http_port, https_port, upstream, prefix))
        with open(f"{folder}/nginx.conf", "w") as f:
            f.write(NGINX_MAIN.format(work=folder))
        nginx = start_nginx(folder)
        try:
            wait_for_port(upstream, server, "wijzer serve")
            wait_for_port(https_port, nginx, "nginx")
            overview, _ = self_check(context, base, prefix)
            team_session(context, base, prefix)
            if not prefix:
                # Bytes: after the handshake the server's first HTTP/2 frames are printed as they are.
                hello = subprocess.run(["openssl", "s_client", "-alpn", "h2", "-connect", f"127.0.0.1:{https_port}"],
                                       input=b"", capture_output=True, timeout=20)
                said = hello.stdout.decode("utf-8", "replace")
                check("ALPN protocol: h2" in said, "nginx does not offer HTTP/2:\n" + said[-600:])
                in_chromium(args.repo, args.wijzer, base, folder)

            plain = http.client.HTTPConnection("127.0.0.1", http_port, timeout=10)
            plain.request("GET", prefix + "/")
            answer = plain.getresponse()
            check(answer.status == 301 and (answer.getheader("Location") or "").startswith("https://"),
                  f"plain HTTP: status {answer.status}, Location {answer.getheader('Location')}")
            if prefix:
                short = http.client.HTTPSConnection("127.0.0.1", https_port, context=context, timeout=10)
                short.request("GET", prefix)
                answer = short.getresponse()
                check(answer.status == 301 and (answer.getheader("Location") or "").endswith(prefix + "/"),
                      f"{prefix} without a slash: status {answer.status}, Location {answer.getheader('Location')}")
            # Wijzer stopped (an update): a Dutch page from nginx, and no link in its error log.
            server.terminate()
            server.wait(timeout=20)
            secret = overview.split("/s/")[1].split("?")[0]
            status, _, _, body = Browser(context).open(overview)
            check(status == 503 and 'lang="nl"' in body and "even niet bereikbaar" in body,
                  f"with Wijzer stopped: status {status}\n{body[:300]}")
            errors = open(f"{folder}/site-error.log").read() if os.path.exists(f"{folder}/site-error.log") else ""
            check(secret not in errors and "127.0.0.1" not in errors, "nginx's error log names the request:\n" + errors[:400])
        finally:
            for process, seconds in ((nginx, 10), (server, 20)):
                process.terminate()
                try:
                    process.wait(timeout=seconds)
                except subprocess.TimeoutExpired:
                    process.kill()
                    fail(f"{process.args[0]} did not stop within {seconds} s of SIGTERM")
        access = f"{folder}/access.log"
        check(not os.path.exists(access) or os.path.getsize(access) == 0,
              "nginx logged requests (the private links are in the paths):\n" + open(access).read()[:400])
        check(secret not in open(f"{folder}/wijzer.log").read(), "Wijzer's log holds a private link")
        mode = os.stat(f"{folder}/wijzer.sqlite").st_mode & 0o777
        check(mode == 0o600, f"the database is {oct(mode)}, not 0600")
        print(f"nginx under '{prefix or '/'}': plain HTTP sent to HTTPS; a Dutch page while Wijzer is down; "
              "no request in nginx's logs or a link in Wijzer's; database 0600", flush=True)
    print("DEPLOY OK", flush=True)


if __name__ == "__main__":
    main()
