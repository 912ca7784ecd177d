#!/usr/bin/env python3
"""Wijzer in a real browser: headless Chromium, driven by Selenium, against a running
`wijzer serve` (issue 16, "Tested as people use it" and "Accessibility").

It completes one theme with the mouse and one with the keyboard only, uses back, skip, review
and edit, reloads mid-theme and resumes, comes back through the private link in a fresh browser
profile, downloads the result JSON (checked against docs/result.schema.json and by
`wijzer plan`), compares a second self-check with the first and deletes the data. On every page it visits, axe-core reports no violation of
WCAG 2.0/2.1 A and AA and every control has a label; focus is visible while tabbing; at 360 px
wide and at 200 % zoom nothing scrolls sideways.

Usage: browser_test.py --url http://127.0.0.1:PORT --out DIR --wijzer BINARY --schema FILE
Prints one line per check; the last line is "BROWSER OK" and the exit status 0 when all pass.
Exit status 1: a check failed; 2: Chromium, chromedriver or a Python package is missing.
"""

import argparse
import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

MISSING = []
try:
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    MISSING.append("selenium")
try:
    from axe_selenium_python import Axe
except ImportError:
    MISSING.append("axe-selenium-python")
try:
    import selenium_axe_python
except ImportError:
    MISSING.append("selenium-axe-python")
try:
    import jsonschema
except ImportError:
    MISSING.append("jsonschema")

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MOUSE_THEME = "lesgeven"  # has every kind of question
KEYBOARD_THEME = "voorbereiding"
ALL_KINDS = {"choice", "multiple", "likert", "number", "yesno", "reflection"}


# The focused element, its computed focus style, and whether it is the one wanted (%s: a JS
# expression on `e`), in one round trip.
FOCUS_STATE = """
    const e = document.activeElement, s = getComputedStyle(e);
    return {tag: e.tagName, outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow, wanted: !!(%s)};"""


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def axe_script():
    # axe-selenium-python 2.1.6 bundles axe-core 3.1.1, which predates the wcag21a/wcag21aa
    # tags (a run on them would silently check only WCAG 2.0); selenium-axe-python 2.2.0
    # bundles axe-core 4.9.1, so its script is injected through axe-selenium-python's Axe.
    return os.path.join(os.path.dirname(selenium_axe_python.__file__), "axe-core", "axe.min.js")


class Run:
    """One test run: the browsers it opened, the pages it audited, the output folder."""

    def __init__(self, url, out, wijzer, schema):
        self.url = url.rstrip("/")
        self.out = out
        self.wijzer = wijzer
        self.schema = schema
        self.scratch = tempfile.mkdtemp(prefix="wijzer-browser-")
        self.drivers = []
        self.audited = {}  # page name -> number of axe rules that passed
        self.kinds_seen = set()
        self.focus_checks = 0
        self.spent = {"axe": 0.0, "layout": 0.0}

    # Browsers ------------------------------------------------------------------------------

    def browser(self, name, again=False):
        """A fresh headless Chromium with its own profile (no cookies) and download folder; with
        `again`, Chromium started anew on the profile of an earlier `name` (its kept cookies)."""
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        profile = os.path.join(self.scratch, "profile-" + name)
        downloads = os.path.join(self.scratch, "downloads-" + name)
        os.makedirs(downloads, exist_ok=again)
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--user-data-dir=" + profile, "--window-size=1024,900", "--lang=nl"]:
            options.add_argument(argument)
        if self.url.startswith("https://127.0.0.1"):
            # Behind the test's own nginx (Tests/Deploy): a throwaway certificate on loopback.
            options.add_argument("--ignore-certificate-errors")
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        driver.downloads = downloads
        self.drivers.append(driver)
        return driver

    def close(self):
        for driver in self.drivers:
            try:
                driver.quit()
            except Exception:
                pass
        shutil.rmtree(self.scratch, ignore_errors=True)

    # Page checks ---------------------------------------------------------------------------

    def audit(self, driver, name):
        """axe-core on the current page (WCAG 2.0 and 2.1, A and AA) and a label on every control."""
        started = time.time()
        axe = Axe(driver, script_url=axe_script())
        axe.inject()
        results = axe.run(options=json.dumps({"runOnly": {"type": "tag", "values": WCAG_TAGS},
                                              "resultTypes": ["violations"]}))
        check(not results["violations"], "axe on %s (%s): %s" % (name, driver.current_url, axe.report(results["violations"])))
        unlabelled = driver.execute_script("""
            const bad = [];
            for (const el of document.querySelectorAll('input, select, textarea, button')) {
              if (el.type === 'hidden') continue;
              const named = el.tagName === 'BUTTON' ? el.textContent.trim() !== ''
                : (el.labels && el.labels.length > 0 && el.labels[0].textContent.trim() !== '')
                  || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
              if (!named) bad.push(el.outerHTML.slice(0, 120));
            }
            for (const group of document.querySelectorAll('fieldset')) {
              const legend = group.querySelector('legend');
              if (!legend || legend.textContent.trim() === '') bad.push('fieldset without legend');
            }
            return bad;""")
        check(not unlabelled, "controls without a label on %s: %s" % (name, unlabelled))
        self.audited[name] = self.audited.get(name, 0) + 1
        self.spent["axe"] += time.time() - started

    def focus_is_visible(self, state, url):
        """The focused element shows an outline or a box shadow (the :focus-visible style);
        `state` is what FOCUS_STATE returned."""
        tag, outline, width, shadow = state["tag"], state["outline"], state["width"], state["shadow"]
        visible = (outline != "none" and float(width.rstrip("px") or 0) >= 1) or shadow not in ("none", "")
        check(visible, "focus is not visible on a %s (outline %s %s, box-shadow %s) at %s"
              % (tag, outline, width, shadow, url))
        self.focus_checks += 1

    def no_sideways_scroll(self, driver, what):
        widths = driver.execute_script("return [document.scrollingElement.scrollWidth, window.innerWidth];")
        check(widths[0] <= widths[1], "%s scrolls sideways: scrollWidth %d > innerWidth %d at %s"
              % (what, widths[0], widths[1], driver.current_url))

    # Navigation ----------------------------------------------------------------------------

    def wait_for_path_change(self, driver, before):
        WebDriverWait(driver, 10).until(lambda d: d.current_url != before and d.execute_script("return document.readyState") == "complete")

    def click(self, driver, element):
        before = driver.current_url
        element.click()
        self.wait_for_path_change(driver, before)

    def link(self, driver, text):
        return driver.find_element(By.PARTIAL_LINK_TEXT, text)

    def button(self, driver, text):
        for b in driver.find_elements(By.CSS_SELECTOR, "button"):
            if text in b.text:
                return b
        raise Failure("no button '%s' on %s" % (text, driver.current_url))

    def page_kind(self, driver):
        """The kind of the question on the page, read from its controls."""
        path = driver.current_url.split("?")[0]
        if "/vraag/" not in path:
            return None
        if driver.find_elements(By.CSS_SELECTOR, "textarea[name=antwoord]"):
            return "reflection"
        if driver.find_elements(By.CSS_SELECTOR, "input[type=number][name=antwoord]"):
            return "number"
        if driver.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name=antwoord]"):
            return "multiple"
        values = {r.get_attribute("value") for r in driver.find_elements(By.CSS_SELECTOR, "input[type=radio][name=antwoord]")}
        values.discard("nvt")
        if values <= {"ja", "nee"}:
            return "yesno"
        if all(v.lstrip("-").isdigit() for v in values):
            return "likert"
        return "choice"

    def question_number(self, driver):
        return int(driver.current_url.split("?")[0].rstrip("/").split("/")[-1])

    def on_question(self, driver):
        return "/vraag/" in driver.current_url

    def on_review(self, driver):
        return driver.current_url.split("?")[0].endswith("/overzicht")

    # The mouse -----------------------------------------------------------------------------

    def answer_with_mouse(self, driver, kind):
        """Answers the question on the page by clicking labels and typing, then clicks Volgende."""
        if kind == "number":
            field = driver.find_element(By.CSS_SELECTOR, "input[type=number]")
            field.clear()
            field.send_keys(field.get_attribute("min"))
        elif kind == "reflection":
            field = driver.find_element(By.CSS_SELECTOR, "textarea")
            field.clear()
            field.send_keys("Ik vraag voortaan iedereen even vaak om uitleg.")
        else:
            # The first option's label, not the tiny input: how people click. (The first option of
            # lesgeven's first question shows its yes/no question.)
            driver.find_elements(By.CSS_SELECTOR, "label.choice")[0].click()
        self.click(driver, self.button(driver, "Volgende"))

    def mouse_theme(self, driver, link):
        """Theme MOUSE_THEME with the mouse, with back, skip, reload, resume, review and edit."""
        driver.get(self.url + "/s/" + link)
        self.click(driver, self.link(driver, "Lesgeven"))
        self.audit(driver, "theme intro")
        self.click(driver, self.link(driver, "Begin met dit thema"))
        answered, skipped, went_back, reloaded = 0, None, False, False
        layout_urls = []
        while self.on_question(driver):
            kind = self.page_kind(driver)
            self.kinds_seen.add(kind)
            self.audit(driver, "question (%s)" % kind)
            layout_urls.append((driver.current_url, kind))
            number = self.question_number(driver)
            if answered == 2 and not went_back:
                # Back: the previous page shows the answer given there; then on again.
                self.click(driver, self.link(driver, "Vorige vraag"))
                check(self.question_number(driver) < number, "Vorige vraag did not go back from %d" % number)
                chosen = driver.execute_script("return [...document.querySelectorAll('[name=antwoord]')]"
                                               ".some(e => e.checked || (e.value && e.type !== 'radio' && e.type !== 'checkbox'))")
                check(chosen, "the previous question lost its answer at %s" % driver.current_url)
                went_back = True
                self.click(driver, self.button(driver, "Volgende"))
                continue
            if answered == 3 and skipped is None and kind != "reflection":
                skipped = number
                self.click(driver, self.button(driver, "Overslaan"))
                continue
            if answered == 5 and not reloaded:
                # Reload mid-theme: the same question again; then resume from the intro.
                before = driver.current_url
                driver.refresh()
                check(driver.current_url == before and self.on_question(driver), "reload left %s" % before)
                driver.get(self.url + "/s/%s/thema/%s" % (link, MOUSE_THEME))
                resume = self.link(driver, "Ga verder")
                # A skipped question counts as dealt with; extra (show-if) questions are named
                # apart from the counted ones: "(5 van 11 klaar, en 1 extra vraag)".
                shown = re.search(r"\((\d+) van \d+ klaar(?:, en (\d+) extra vra(?:ag|gen))?\)", resume.text)
                dealt = shown and int(shown.group(1)) + int(shown.group(2) or 0)
                check(dealt == answered + 1, "the intro says '%s' after %d answers and a skip" % (resume.text, answered))
                self.click(driver, resume)
                check(self.question_number(driver) == number, "resumed at %s, not at question %d" % (driver.current_url, number))
                reloaded = True
            self.answer_with_mouse(driver, kind)
            answered += 1
            check(answered < 40, "the theme does not end")
        check(self.on_review(driver), "after the last question: %s" % driver.current_url)
        check(went_back and skipped is not None and reloaded, "the theme was too short to try back, skip and reload")
        missing = ALL_KINDS - self.kinds_seen
        check(not missing, "question kinds never shown in %s: %s" % (MOUSE_THEME, missing))
        print("mouse: %d answers in theme %s, back, skip, reload and resume tried" % (answered, MOUSE_THEME))

        # Review: the skipped question says so; edit it through its link.
        self.audit(driver, "review")
        review_url = driver.current_url
        item = driver.find_element(By.CSS_SELECTOR, "main ol li a[href$='/vraag/%d']" % skipped)
        check("overgeslagen" in item.find_element(By.XPATH, "..").text, "the review does not show question %d as skipped" % skipped)
        self.layout(driver, [(u, "question (%s)" % k) for u, k in layout_urls] + [(review_url, "review")])
        driver.get(review_url)
        self.click(driver, driver.find_element(By.CSS_SELECTOR, "main ol li a[href$='/vraag/%d']" % skipped))
        self.answer_with_mouse(driver, self.page_kind(driver))
        if self.on_question(driver):  # on to the next question, answered already: back to the review
            self.click(driver, self.link(driver, "Bekijk al je antwoorden"))
        check(self.on_review(driver), "after editing: %s" % driver.current_url)
        check("overgeslagen" not in driver.find_element(By.CSS_SELECTOR, "main ol li a[href$='/vraag/%d']" % skipped)
              .find_element(By.XPATH, "..").text, "the edited answer is not on the review page")
        print("review: the skipped question %d edited from the review page" % skipped)
        self.click(driver, self.button(driver, "maak mijn actieplan"))
        check(driver.current_url.endswith("/plan"), "finishing led to %s" % driver.current_url)
        check(driver.find_elements(By.TAG_NAME, "h1"), "the plan page has no heading")
        # A pasted link must fit where it is pasted: the earlier link's field spans its form.
        field, form = driver.execute_script(
            "const f = document.getElementById('eerder'); return [f.getBoundingClientRect().width, f.form.getBoundingClientRect().width];")
        check(field >= 0.95 * form, "the earlier link's field is %d px wide in a form of %d px" % (field, form))
        self.audit(driver, "plan")
        self.layout(driver, [(driver.current_url, "plan")])

    def restart_with_a_question_open(self):
        """A question open when the browser closes (a laptop restarts overnight), sent after the
        restart from the form as it was: the answer is saved, not refused as a forged form."""
        driver = self.browser("restart")
        driver.get(self.url + "/")
        self.click(driver, self.button(driver, "Begin je zelfcheck"))
        link = driver.find_element(By.CSS_SELECTOR, ".link").text.strip().rstrip("/").split("/s/")[-1]
        question = self.url + "/s/%s/thema/%s/vraag/1" % (link, MOUSE_THEME)
        driver.get(question)
        token = driver.find_element(By.CSS_SELECTOR, "form input[name=csrf]").get_attribute("value")
        driver.quit()
        self.drivers.remove(driver)
        driver = self.browser("restart", again=True)
        driver.get(question)
        # The restored tab holds the page from before the restart, with its token.
        driver.execute_script("document.querySelector('form input[name=csrf]').value = arguments[0]", token)
        self.answer_with_mouse(driver, self.page_kind(driver))
        check(self.on_question(driver) and self.question_number(driver) == 2,
              "after a browser restart the open question's answer was refused: %s, %s"
              % (driver.current_url, driver.find_element(By.TAG_NAME, "h1").text))
        print("restart: a question open across a browser restart was saved")

    # The keyboard --------------------------------------------------------------------------

    def key(self, driver, *keys):
        driver.switch_to.active_element.send_keys(*keys)

    def tab_to(self, driver, wanted, what):
        """Presses Tab until `wanted` (a JS expression on `e`) holds for the focused element;
        focus must be visible on every control on the way."""
        for _ in range(60):
            self.key(driver, Keys.TAB)
            state = driver.execute_script(FOCUS_STATE % wanted)
            if state["tag"] in ("A", "INPUT", "BUTTON", "TEXTAREA", "SUMMARY", "SELECT"):
                self.focus_is_visible(state, driver.current_url)
            if state["wanted"]:
                return
        raise Failure("Tab never reached %s on %s" % (what, driver.current_url))

    def press_enter(self, driver):
        before = driver.current_url
        self.key(driver, Keys.ENTER)
        self.wait_for_path_change(driver, before)

    def answer_with_keyboard(self, driver, kind):
        self.tab_to(driver, "e.name === 'antwoord'", "the answer")
        if kind in ("choice", "likert", "yesno"):
            # Space chooses the focused radio button, an arrow key the next one.
            self.key(driver, Keys.SPACE)
            self.key(driver, Keys.ARROW_DOWN)
            checked = driver.execute_script("return [...document.querySelectorAll('input[type=radio][name=antwoord]')].findIndex(e => e.checked)")
            check(checked == 1, "Space and arrow down chose option %d, not the second, at %s" % (checked, driver.current_url))
        elif kind == "multiple":
            self.key(driver, Keys.SPACE)
            check(driver.execute_script("return document.activeElement.checked"), "Space did not tick the box")
        elif kind == "number":
            self.key(driver, driver.switch_to.active_element.get_attribute("min"))
        else:
            self.key(driver, "Ik let op wie ik de beurt geef.")
        self.tab_to(driver, "e.tagName === 'BUTTON' && e.value === 'antwoord'", "Volgende")
        self.press_enter(driver)

    def keyboard_theme(self, driver, link):
        """Theme KEYBOARD_THEME with Tab, Space, arrow keys and Enter only: no clicks."""
        driver.get(self.url + "/s/" + link)
        self.tab_to(driver, "e.tagName === 'A' && e.getAttribute('href').endsWith('/thema/%s')" % KEYBOARD_THEME, "the theme")
        self.press_enter(driver)
        self.tab_to(driver, "e.tagName === 'A' && e.textContent.includes('Begin met dit thema')", "Begin met dit thema")
        self.press_enter(driver)
        answered = 0
        while self.on_question(driver):
            kind = self.page_kind(driver)
            self.kinds_seen.add(kind)
            self.audit(driver, "question (%s)" % kind)
            self.answer_with_keyboard(driver, kind)
            answered += 1
            check(answered < 40, "the theme does not end")
        check(self.on_review(driver), "after the last question: %s" % driver.current_url)
        self.tab_to(driver, "e.tagName === 'BUTTON' && e.textContent.includes('maak mijn actieplan')", "the finish button")
        self.press_enter(driver)
        check(driver.current_url.endswith("/plan"), "finishing led to %s" % driver.current_url)
        self.audit(driver, "plan")
        print("keyboard: %d answers in theme %s with Tab, Space, arrow keys and Enter; %d focus checks"
              % (answered, KEYBOARD_THEME, self.focus_checks))

    # Layout --------------------------------------------------------------------------------

    def layout(self, driver, pages):
        """No sideways scroll at 360 px wide, nor at 200 % zoom of a 1280 px window (640 CSS px
        at device scale factor 2, which is what the browser's zoom does); a 360 px screenshot."""
        started = time.time()
        for width, scale, label in [(360, 1, "360 px"), (640, 2, "200 % zoom")]:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": 800, "deviceScaleFactor": scale, "mobile": width < 400})
            for url, name in pages:
                driver.get(url)
                self.no_sideways_scroll(driver, "%s at %s" % (name, label))
                if width == 360 and name.startswith("question") and not getattr(self, "screenshot", None):
                    self.screenshot = os.path.join(self.out, "question-360px.png")
                    self.save_whole_page(driver, self.screenshot)
                    print("screenshot at 360 px: %s" % self.screenshot)
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.spent["layout"] += time.time() - started
        print("layout: %d pages without sideways scroll at 360 px and at 200 %% zoom" % len(pages))

    def save_whole_page(self, driver, path):
        """A PNG of the whole page, not only of the part in the window."""
        size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))

    def copy_link(self, driver, private):
        """The button under the link to keep copies it: the clipboard, read back, holds the link."""
        driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": self.url,
                                                           "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
        self.button(driver, "Kopieer de link").click()
        try:
            WebDriverWait(driver, 5).until(lambda d: "Gekopieerd" in d.find_element(By.CSS_SELECTOR, "p.link + p [role=status]").text)
        except TimeoutException:
            raise Failure("copying the link said '%s'" % driver.find_element(By.CSS_SELECTOR, "p.link + p [role=status]").text)
        copied = driver.execute_async_script(
            "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('error: ' + e));")
        check(copied == private, "the clipboard holds '%s', not the private link" % copied)
        print("copy: the button under the private link copied it")

    # Comparing with an earlier self-check ---------------------------------------------------

    def compare_with(self, driver, plan, entered):
        """On the plan page `plan`, pastes `entered` as the earlier link and compares."""
        driver.get(plan)
        driver.find_element(By.ID, "eerder").send_keys(entered)
        self.click(driver, self.button(driver, "Vergelijk"))

    def comparison(self, earlier):
        """A second self-check, in a profile of its own, finishes KEYBOARD_THEME with the mouse
        and compares itself with the self-check at `earlier` (its private link): first with text
        that is no link (refused beside the field), then with the link, at 1024 px, at 360 px and
        at 200 % zoom."""
        third = self.browser("third")
        third.get(self.url + "/")
        self.click(third, self.button(third, "Begin je zelfcheck"))
        link = third.find_element(By.CSS_SELECTOR, ".link").text.strip().rstrip("/").split("/s/")[-1]
        third.get(self.url + "/s/%s/thema/%s" % (link, KEYBOARD_THEME))
        self.click(third, self.link(third, "Begin met dit thema"))
        for _ in range(40):
            if not self.on_question(third):
                break
            self.answer_with_mouse(third, self.page_kind(third))
        check(self.on_review(third), "the second self-check did not reach its review: %s" % third.current_url)
        self.click(third, self.button(third, "maak mijn actieplan"))
        plan = third.current_url
        check(plan.endswith("/plan"), "finishing the second self-check led to %s" % plan)

        self.compare_with(third, plan, "mijn vorige link")
        problem = third.find_element(By.CSS_SELECTOR, "p.problem").text
        check("geen persoonlijke link" in problem and third.find_elements(By.CSS_SELECTOR, "#eerder[aria-invalid=true]"),
              "text that is no link was answered with '%s'" % problem)
        self.audit(third, "comparison refused")

        self.compare_with(third, plan, earlier)
        check("Vergelijking van twee zelfchecks" in third.find_element(By.TAG_NAME, "h1").text,
              "comparing led to '%s'" % third.find_element(By.TAG_NAME, "h1").text)
        rows = [row.text for row in third.find_elements(By.CSS_SELECTOR, "table.themes tbody tr")]
        check(len(rows) == 1 and rows[0].startswith("Voorbereiding"), "themes compared: %s" % rows)
        self.audit(third, "comparison")
        # The comparison answers a POST, so each width compares again (`layout` loads by GET).
        started = time.time()
        for width, scale, label in [(360, 1, "360 px"), (640, 2, "200 % zoom")]:
            third.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                  {"width": width, "height": 800, "deviceScaleFactor": scale, "mobile": width < 400})
            self.compare_with(third, plan, earlier)
            self.no_sideways_scroll(third, "the comparison at %s" % label)
        third.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.spent["layout"] += time.time() - started
        print("compare: a second self-check compared with the first (%s); text that is no link refused" % rows[0])
        self.round_before(third, link)

    def round_before(self, driver, link):
        """KEYBOARD_THEME, finished, done again and finished again in the same self-check: the
        plan compares with the round before in one click."""
        driver.get(self.url + "/s/%s/thema/%s" % (link, KEYBOARD_THEME))
        self.click(driver, self.link(driver, "Doe dit thema opnieuw"))
        self.click(driver, self.button(driver, "opnieuw"))
        self.click(driver, self.link(driver, "Begin met dit thema"))
        for _ in range(40):
            if not self.on_question(driver):
                break
            self.answer_with_mouse(driver, self.page_kind(driver))
        check(self.on_review(driver), "the theme done again did not reach its review: %s" % driver.current_url)
        self.click(driver, self.button(driver, "maak mijn actieplan"))
        self.audit(driver, "plan after a theme done again")
        self.click(driver, self.button(driver, "Vergelijk met de vorige keer"))
        check("Vergelijking met de vorige keer" in driver.find_element(By.TAG_NAME, "h1").text,
              "comparing with the round before led to '%s'" % driver.find_element(By.TAG_NAME, "h1").text)
        rows = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "table.themes tbody tr")]
        check(len(rows) == 1 and rows[0].startswith("Voorbereiding"), "themes compared with the round before: %s" % rows)
        self.audit(driver, "comparison with the round before")
        print("rounds: a theme done again compared with the round before (%s)" % rows[0])

    # The private link, the download, deleting ----------------------------------------------

    def download_result(self, driver):
        before = set(os.listdir(driver.downloads))
        self.link(driver, "resultaat.json").click()
        deadline = time.time() + 10
        while time.time() < deadline:
            new = [f for f in set(os.listdir(driver.downloads)) - before if f.endswith(".json")]
            if new:
                return os.path.join(driver.downloads, new[0])
            time.sleep(0.1)
        raise Failure("the result file was not downloaded: %s" % os.listdir(driver.downloads))

    def check_result(self, path):
        with open(path) as f:
            document = json.load(f)
        with open(self.schema) as f:
            schema = json.load(f)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = ["%s: %s" % (list(e.absolute_path), e.message) for e in validator.iter_errors(document)]
        check(not errors, "the downloaded result breaks docs/result.schema.json: %s" % errors[:5])
        finished = [t.get("theme") for t in document.get("themes", []) if t.get("completed")]
        check(MOUSE_THEME in finished and KEYBOARD_THEME in finished, "themes completed in the download: %s" % finished)
        plans = os.path.join(self.scratch, "plans")
        run = subprocess.run([self.wijzer, "plan", path, "--out", plans, "--data-dir", os.path.join(self.scratch, "data")],
                             capture_output=True, text=True, timeout=60)
        check(run.returncode == 0, "wijzer plan on the download: exit %d: %s%s" % (run.returncode, run.stdout, run.stderr))
        print("download: %s passes the schema and wijzer plan (exit 0)" % os.path.basename(path))

    def status(self, path):
        try:
            return urllib.request.urlopen(self.url + path, timeout=10).status
        except urllib.error.HTTPError as error:
            return error.code

    # The whole run -------------------------------------------------------------------------

    def main(self):
        started = time.time()
        first = self.browser("first")
        first.get(self.url + "/")
        self.audit(first, "start")
        self.click(first, self.button(first, "Begin je zelfcheck"))
        check("?welkom" in first.current_url, "beginning led to %s" % first.current_url)
        self.audit(first, "private link")
        private = first.find_element(By.CSS_SELECTOR, ".link").text.strip()
        link = private.rstrip("/").split("/s/")[-1]
        check(private.startswith(self.url) and len(link) >= 22, "the private link is '%s'" % private)
        overview = first.current_url.split("?")[0]
        self.copy_link(first, private)
        self.layout(first, [(self.url + "/", "start"), (first.current_url, "private link")])

        self.mouse_theme(first, link)
        self.keyboard_theme(first, link)
        self.restart_with_a_question_open()

        # Another computer: a fresh profile opens the private link and sees both themes done.
        second = self.browser("second")
        second.get(private)
        check(second.current_url.split("?")[0] == overview, "the private link opened %s" % second.current_url)
        rows = [row.text for row in second.find_elements(By.CSS_SELECTOR, "table.themes tbody tr")]
        finished = [row for row in rows if "klaar" in row]
        check(len(finished) == 2 and any("Lesgeven" in r for r in finished) and any("Voorbereiding" in r for r in finished),
              "theme states in the fresh profile: %s" % rows)
        self.audit(second, "self-check overview")
        print("fresh profile: the private link shows %s" % finished[:2])
        self.check_result(self.download_result(second))
        self.comparison(private)

        # Doing a finished theme again asks first; "Nee, terug" changes nothing.
        second.get(self.url + "/s/%s/thema/%s" % (link, MOUSE_THEME))
        self.click(second, self.link(second, "Doe dit thema opnieuw"))
        check("opnieuw doen?" in second.find_element(By.TAG_NAME, "h1").text, "no question before doing a theme again")
        self.audit(second, "restart confirmation")
        self.layout(second, [(second.current_url, "restart confirmation")])
        self.click(second, self.link(second, "Nee, terug"))
        check("afgerond op" in second.find_element(By.CSS_SELECTOR, "main").text, "'Nee, terug' left the theme unfinished")
        print("restart: asked first; 'Nee, terug' kept the finished theme")
        second.get(overview)

        # Delete everything: the link no longer works.
        self.click(second, self.link(second, "Verwijder al mijn antwoorden"))
        self.audit(second, "delete confirmation")
        self.click(second, self.button(second, "Ja, verwijder"))
        check("verwijderd" in second.find_element(By.CSS_SELECTOR, "main").text, "no confirmation after deleting")
        self.audit(second, "start after deleting")
        second.get(private)
        check("niet gevonden" in second.find_element(By.TAG_NAME, "h1").text, "the deleted link still opens: %s"
              % second.find_element(By.TAG_NAME, "h1").text)
        self.audit(second, "error page")
        self.layout(second, [(private, "error page")])
        check(self.status("/s/" + link) == 404, "the deleted link answers %d, not 404" % self.status("/s/" + link))
        first.get(self.url + "/s/%s/thema/%s" % (link, MOUSE_THEME))
        check("niet gevonden" in first.find_element(By.TAG_NAME, "h1").text, "the first browser still sees the deleted answers")
        print("delete: the private link answers 404 in both browsers")

        pages = sum(self.audited.values())
        print("axe-core %s (%s): 0 violations on %d pages of %d kinds: %s"
              % (axe_version(), ", ".join(WCAG_TAGS), pages, len(self.audited), ", ".join(sorted(self.audited))))
        print("every control labelled; %d focus checks while tabbing" % self.focus_checks)
        print("time: %.1f s (axe %.1f s, layout %.1f s)" % (time.time() - started, self.spent["axe"], self.spent["layout"]))


def axe_version():
    with open(axe_script()) as f:
        return f.readline().split()[-1]  # "/*! axe v4.9.1"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--wijzer", required=True)
    parser.add_argument("--schema", required=True)
    args = parser.parse_args()
    if not has_requirements():
        return 2
    os.makedirs(args.out, exist_ok=True)
    return drive(Run(args.url, args.out, args.wijzer, args.schema), "BROWSER OK")


def has_requirements():
    """Whether Chromium, chromedriver and the Python packages are there; if not, says which
    are missing (exit status 2 for the caller). (Also used by team_test.py.)"""
    missing = list(MISSING)
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        missing.append("chromium (Debian package chromium)")
    if not (shutil.which("chromedriver") or os.path.exists("/usr/bin/chromedriver")):
        missing.append("chromedriver (Debian package chromium-driver)")
    if missing:
        print("MISSING: %s; `make test` installs them" % ", ".join(missing))
    return not missing


def drive(run, done):
    """Runs `run.main()`, always quitting the browsers; prints `done` and returns 0 when every
    check passed, else prints why and returns 1. (Also used by team_test.py.)"""
    # Stopped on a timeout: still quit the browsers (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    try:
        run.main()
    except Failure as failure:
        print("FAILED: %s" % failure)
        return 1
    except TimeoutException:
        print("FAILED: a page did not change in time at %s" % (run.drivers[-1].current_url if run.drivers else "?"))
        return 1
    finally:
        run.close()
    print(done)
    return 0


if __name__ == "__main__":
    sys.exit(main())
