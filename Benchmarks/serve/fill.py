#!/usr/bin/env python3
"""Fill serve-bench's self-checks part way, as 200 teachers in the middle of theirs would have.

serve-bench's rounds answer the first questions of one theme. Without this, every teacher's
self-check holds only those few answers (a stored document of under 1 kB), while a teacher who
has answered every theme has about 9 kB: the store writes the whole self-check at every saved
answer, and on PostgreSQL a document above 2 kB costs several times as much to save
(Benchmarks/postgres/document-size.py).

Through the forms, as a browser: for the first teacher it walks every other theme's questions
from the first, answers each (the first option that is not n.v.t.; a number's lowest value; a
reflection a few sentences long, like a teacher's) and follows the server's redirect to the
next question, so questions shown only after some answer are walked as a teacher meets them.
Those answers, in that order, are then sent for the other teachers: the k-th of them gets
the first k * N / (T - 1) (T teachers, N answers), so the teachers are spread evenly from a
self-check with hardly an answer outside the rounds' theme to a complete one, as teachers
part way through theirs would be (about half of every theme on average).

    fill.py BASE_URL DATA_LUA SKIP_THEME   # prints "answers per teacher: 0 to N"

DATA_LUA is serve-bench's file of links and CSRF tokens; SKIP_THEME the theme its rounds
answer (left alone, so the rounds' check of what was stored still holds).
"""
import concurrent.futures, html, http.client, re, sys, urllib.parse

REFLECTION = ("Ik merk dat studentes in mijn klas minder vaak het woord nemen dan studenten. "
              "Ik wil vaker zelf het woord geven en ze na de les vragen hoe de opdracht ging, "
              "en ik bespreek dit met mijn collega's in het team.")


def connection(base):
    url = urllib.parse.urlsplit(base)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=30)


def send(conn, method, path, csrf, form=None):
    """One request on a kept-alive connection: (status, location, body)."""
    headers = {"Cookie": f"wijzer-csrf={csrf}"}
    body = None
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode([("csrf", csrf), ("actie", "antwoord")] + form)
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    return response.status, response.getheader("Location") or "", response.read().decode()


def answer_for(page):
    """The form fields of an answer to the question on `page` (one field per line of the form)."""
    for kind in ("radio", "checkbox"):
        values = [html.unescape(v) for v in re.findall(rf'type="{kind}" name="antwoord" value="([^"]*)"', page)]
        values = [v for v in values if v != "nvt"]
        if values:
            return [("antwoord", values[0])]
    number = re.search(r'type="number"[^>]* min="([^"]*)"', page)
    if number:
        return [("antwoord", number.group(1))]
    if "<textarea" in page:
        return [("antwoord", REFLECTION)]
    return None


def walk(base, link, csrf, skip_theme):
    """The first teacher's answers, in order: [(question path, form fields)]."""
    conn = connection(base)
    _, _, start = send(conn, "GET", link, csrf)
    themes = []
    for theme in re.findall(rf'href="{re.escape(link)}/thema/([^"/]+)"', start):
        if theme != skip_theme and theme not in themes:
            themes.append(theme)
    answers = []
    for theme in themes:
        path = f"{link}/thema/{theme}/vraag/1"
        for _ in range(200):  # a theme's questions; bounded, should a redirect go round
            status, location, page = send(conn, "GET", path, csrf)
            if status == 303:  # a question not shown (yet): the server sends on to the next
                location = urllib.parse.urlsplit(location).path
                if "/vraag/" not in location:
                    break
                path = location
                continue
            form = answer_for(page)
            if form is None:
                sys.exit(f"fill: no answer found on {path.replace(link, '/s/…')}")
            status, location, _ = send(conn, "POST", path, csrf, form)
            if status != 303:
                sys.exit(f"fill: {path.replace(link, '/s/…')} answered {status}")
            answers.append((path[len(link):], form))
            location = urllib.parse.urlsplit(location).path
            if "/vraag/" not in location:
                break
            path = location
    return answers


def fill(base, teacher, answers):
    link, csrf = teacher
    conn = connection(base)
    for path, form in answers:
        status, _, _ = send(conn, "POST", link + path, csrf, form)
        if status != 303:
            raise RuntimeError(f"an answer to /s/…{path[path.index('/thema'):]} was answered with {status}")


def main():
    base, data, skip_theme = sys.argv[1:4]
    text = open(data).read()
    teachers = re.findall(r'path = "(/s/[a-z0-9]+)", csrf = "([^"]*)"', text)
    answers = walk(base, teachers[0][0], teachers[0][1], skip_theme)
    count = len(teachers)
    shares = [answers[: k * len(answers) // max(count - 1, 1)] for k in range(1, count)]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(fill, [base] * len(shares), teachers[1:], shares))
    print(f"{len(answers)} answers outside theme {skip_theme}; each teacher has given between {len(shares[0]) if shares else len(answers)} and {len(answers)} of them")


if __name__ == "__main__":
    main()
