#!/usr/bin/env python3
"""A live team session in real browsers (issue 17): headless Chromium, driven by Selenium,
against a running `wijzer serve`.

A facilitator starts a session on one theme (k = 5); a team view (the projector, through its
read-only link) opens in its
own profile; six participants, each in a separate browser profile, join with the code, answer
the theme with the mouse, get their plan and download their result file. The team view says
"te weinig" until five finished, then reloads by itself (server-sent events and /team.js) to
show the report; the sixth participant changes nothing; closing reloads it with the final
report, on the session's theme alone. The four frozen files the facilitator downloads are
byte-identical to `wijzer team --with-reflections --thema THEME` over the six downloaded result
files. axe-core (WCAG 2.0/2.1 A and AA) finds no violation on the participant and team pages.

Usage: team_test.py --url http://127.0.0.1:PORT --out DIR --wijzer BINARY
Prints one line per step; the last line is "TEAM OK" and the exit status 0 when all pass.
Exit status 1: a check failed; 2: Chromium, chromedriver or a Python package is missing.
"""

import argparse
import os
import subprocess
import sys
import time

# The browsers, axe and navigation helpers of the self-check test.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_test import MISSING, WCAG_TAGS, Failure, Run, axe_version, check, drive, has_requirements  # noqa: E402

if not MISSING:
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

THEME = "voorbereiding"
THEME_TITLE = "Voorbereiding"
PARTICIPANTS = 6
FILES = ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"]


class TeamRun(Run):
    def __init__(self, url, out, wijzer):
        super().__init__(url, out, wijzer, schema=None)

    def text(self, driver):
        return driver.find_element(By.TAG_NAME, "main").text

    def text_while_loading(self, driver):
        """The text of <main> while a new page may replace it: "" when the element read went
        with the old page, which Chromium reports either as stale or, mid-read, as a node that
        no longer belongs to the document (seen in CI on 2026-12-05)."""
        try:
            return self.text(driver)
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return ""
            raise

    def mark(self, driver):
        """Marks the page so that a reload (which forgets the mark) can be told apart."""
        driver.execute_script("window.wijzerMark = true;")

    def reloaded(self, driver):
        return not driver.execute_script("return window.wijzerMark === true;")

    def wait_for_reload(self, driver, what):
        try:
            WebDriverWait(driver, 15).until(lambda d: self.reloaded(d) and d.execute_script("return document.readyState") == "complete")
        except TimeoutException:
            raise Failure("the team view did not reload by itself %s" % what)

    def start_session(self, facilitator):
        facilitator.get(self.url + "/")
        self.click(facilitator, self.link(facilitator, "Teamsessie starten"))
        self.audit(facilitator, "team: start form")
        for box in facilitator.find_elements(By.CSS_SELECTOR, "input[name=thema]"):
            if box.get_attribute("value") == THEME:
                box.find_element(By.XPATH, "..").click()
        self.click(facilitator, self.button(facilitator, "Start de teamsessie"))
        check("?welkom" in facilitator.current_url, "starting led to %s" % facilitator.current_url)
        self.audit(facilitator, "team: facilitator page")
        link, projector = [e.text.strip() for e in facilitator.find_elements(By.CSS_SELECTOR, ".link")]
        code = facilitator.find_element(By.CSS_SELECTOR, ".code").text.strip()
        check(link.startswith(self.url + "/teamsessie/") and len(code) == 9, "link %s, code %s" % (link, code))
        check(projector.startswith(self.url + "/beamer/") and link not in projector, "projector link %s" % projector)
        print("facilitator: session on %s with code %s" % (THEME, code))
        return link, projector, code

    def answer(self, driver, variant):
        """Answers the question on the page (the option by `variant`, so people differ)."""
        kind = self.page_kind(driver)
        self.kinds_seen.add(kind)
        if kind == "number":
            field = driver.find_element(By.CSS_SELECTOR, "input[type=number]")
            field.clear()
            field.send_keys(field.get_attribute("min"))
        elif kind == "reflection":
            driver.find_element(By.CSS_SELECTOR, "textarea").send_keys("We bereiden samen voor.")
        else:
            labels = driver.find_elements(By.CSS_SELECTOR, "label.choice")
            labels[variant % len(labels)].click()
        self.click(driver, self.button(driver, "Volgende"))

    def participate(self, number, code):
        """One participant in a fresh profile: joins, answers, gets the plan and the result file."""
        driver = self.browser("participant-%d" % number)
        driver.get(self.url + "/")
        self.click(driver, self.link(driver, "Meedoen aan een teamsessie"))
        if number == 1:
            self.audit(driver, "team: join form")
        driver.find_element(By.ID, "code").send_keys(code.lower().replace("-", " "))
        self.click(driver, self.button(driver, "Doe mee"))
        main = self.text(driver)
        check("Je doet mee aan een teamsessie" in main and "Bewaar deze link" in main, "after joining: %s" % main[:300])
        themes = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "table.themes tbody tr")]
        check(len(themes) == 1 and THEME_TITLE in themes[0], "the participant sees the themes %s" % themes)
        if number == 1:
            self.audit(driver, "team: participant overview")
        overview = driver.current_url.split("?")[0]
        self.click(driver, self.link(driver, THEME_TITLE))
        self.click(driver, self.link(driver, "Begin met dit thema"))
        for _ in range(60):
            if not self.on_question(driver):
                break
            if number == 1:
                self.audit(driver, "team: question (%s)" % self.page_kind(driver))
            self.answer(driver, number + self.question_number(driver))
        check(self.on_review(driver), "participant %d did not reach the review: %s" % (number, driver.current_url))
        self.click(driver, self.button(driver, "Klopt, maak mijn actieplan"))
        check("Persoonlijk actieplan" in driver.title or "actieplan" in self.text(driver).lower(), "no plan for participant %d" % number)
        if number == 1:
            self.audit(driver, "team: participant plan")
        # Joining again in the same browser goes back to the same self-check. The form now
        # offers the browser's self-check (checked) beside a new one.
        driver.get(self.url + "/team")
        offered = driver.find_element(By.CSS_SELECTOR, "input[name=zelfcheck][value=deze]")
        check(offered.is_selected(), "the join form does not offer this browser's self-check first")
        if number == 1:
            self.audit(driver, "team: join form (own self-check offered)")
        driver.find_element(By.ID, "code").send_keys(code)
        self.click(driver, self.button(driver, "Doe mee"))
        check(driver.current_url.split("?")[0] == overview, "rejoining led to %s, not %s" % (driver.current_url, overview))
        return self.download_result(driver)

    def download(self, driver, name):
        before = set(os.listdir(driver.downloads))
        self.link(driver, name).click()
        deadline = time.time() + 10
        while time.time() < deadline:
            new = [f for f in set(os.listdir(driver.downloads)) - before if f == name]
            if new and not any(f.endswith(".crdownload") for f in os.listdir(driver.downloads)):
                return os.path.join(driver.downloads, name)
            time.sleep(0.1)
        raise Failure("%s was not downloaded: %s" % (name, os.listdir(driver.downloads)))

    def main(self):
        started = time.time()
        facilitator = self.browser("facilitator")
        session, projector, code = self.start_session(facilitator)

        # The projector opens the read-only link, which cannot close the session.
        view = self.browser("projector")
        view.get(projector)
        check("te weinig" in self.text(view), "the new team view says: %s" % self.text(view)[:200])
        self.audit(view, "team: view before k")
        self.mark(view)

        results = []
        for number in range(1, PARTICIPANTS + 1):
            results.append(self.participate(number, code))
            time.sleep(1.5)  # time for a release to reach the view, if there were one
            if number < 5:
                check(not self.reloaded(view), "the team view reloaded after %d finished" % number)
                view.refresh()
                check("te weinig" in self.text(view), "after %d finished the view shows: %s" % (number, self.text(view)[:300]))
                self.mark(view)
                print("%d finished: the team view says 'te weinig'" % number)
            elif number == 5:
                self.wait_for_reload(view, "when the fifth participant finished")
                main = self.text(view)
                check("Dit overzicht telt 5 deelnemers" in main and "Gespreksonderwerpen" in main, "after 5: %s" % main[:400])
                self.audit(view, "team: view with report")
                # The report looks as in its file: counts are plain cells, not the plan's badges.
                badges = view.execute_script("""
                    return [...document.querySelectorAll('td.num')].filter(td => {
                      const s = getComputedStyle(td);
                      return s.display !== 'table-cell' || s.backgroundColor !== 'rgba(0, 0, 0, 0)'; }).length;""")
                check(view.find_elements(By.CSS_SELECTOR, "td.num") and badges == 0, "%d count cells look like badges" % badges)
                rows = [row.find_element(By.TAG_NAME, "td").text for row in view.find_elements(By.CSS_SELECTOR, "table.scores tbody tr")]
                check(rows == [THEME_TITLE], "the report's themes are %s, not the session's alone" % rows)
                released = view.page_source
                self.mark(view)
                print("5 finished: the view reloaded by itself and shows the report")
            else:
                check(not self.reloaded(view), "the team view reloaded after the sixth finished")
                view.refresh()
                check(view.page_source == released, "one more finished participant changed the team view")
                self.mark(view)
                print("6 finished: the team view is unchanged (the next release needs 5 more)")

        view.get(projector + "/presentatie/1")
        self.audit(view, "team: presentation")
        check("Scherm 1 van" in self.text(view), "presentation: %s" % self.text(view)[:200])
        view.get(projector)
        self.mark(view)

        facilitator.get(session)
        check("klaar met alle thema’s: 6" in self.text(facilitator), "facilitator counts: %s" % self.text(facilitator)[:300])
        # The page comes back at the same address: wait for its new content.
        self.button(facilitator, "Sluit de sessie af").click()
        # The old page's <main> may go stale while it is read: the new page is on its way.
        WebDriverWait(facilitator, 10, ignored_exceptions=[StaleElementReferenceException]).until(
            lambda d: "De sessie is afgesloten" in self.text_while_loading(d))
        self.audit(facilitator, "team: closed session")
        self.wait_for_reload(view, "when the session closed")
        check("definitieve teamrapport" in self.text(view), "after closing the view shows: %s" % self.text(view)[:300])
        self.audit(view, "team: final report")
        print("closed: the view reloaded by itself and shows the final report")

        frozen = [self.download(facilitator, name) for name in FILES]
        team_out = os.path.join(self.scratch, "wijzer-team")
        run = subprocess.run([self.wijzer, "team"] + results + ["--with-reflections", "--thema", THEME, "--out", team_out],
                             capture_output=True, text=True, timeout=60)
        check(run.returncode == 0, "wijzer team failed: %s" % run.stderr)
        for name, path in zip(FILES, frozen):
            with open(path, "rb") as a, open(os.path.join(team_out, name), "rb") as b:
                check(a.read() == b.read(), "the frozen %s differs from wijzer team's" % name)
        print("frozen report: %s byte-identical to wijzer team --thema %s over the %d downloaded result files"
              % (", ".join(FILES), THEME, len(results)))

        pages = sum(self.audited.values())
        print("axe-core %s (%s): 0 violations on %d pages of %d kinds: %s"
              % (axe_version(), ", ".join(WCAG_TAGS), pages, len(self.audited), ", ".join(sorted(self.audited))))
        print("time: %.1f s" % (time.time() - started))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--wijzer", required=True)
    args = parser.parse_args()
    if not has_requirements():
        return 2
    os.makedirs(args.out, exist_ok=True)
    return drive(TeamRun(args.url, args.out, args.wijzer), "TEAM OK")


if __name__ == "__main__":
    sys.exit(main())
