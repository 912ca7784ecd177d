# Two commands on a fresh Debian machine with the Swift toolchain:
#   make run    Wijzer's main job: the self-check's start screen on a terminal (a check of the
#               bundled questionnaires when input is not a terminal)
#   make test   the whole test suite
# Both first make sure the one system library Wijzer needs, GNU readline, is installed; the
# tests also validate result files against docs/result.schema.json with Python's jsonschema (and
# `wijzer check --format sarif` against the official SARIF 2.1.0 schema in docs/), and
# open the team CSV files in LibreOffice Calc (headless), read back with Python's openpyxl, and
# print the HTML action plan to PDF with headless Chromium, read back with poppler-utils; the
# browser test drives `wijzer serve` in headless Chromium (chromium-driver) with Python's
# selenium and axe-core (axe-selenium-python; selenium-axe-python only for its newer axe.min.js,
# see Tests/Browser/browser_test.py); the answer store of `wijzer serve` is tested against
# throwaway PostgreSQL servers (Debian's postgresql); deploy/ is tested with systemd-analyze and
# behind Debian's nginx, with a throwaway certificate from openssl, and docs/SERVER.md's back-up
# and restore with sqlite3.

.PHONY: run test deps print-deps

run: deps
	swift run wijzer

test: deps print-deps
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
	@python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install -q openpyxl
	@python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q selenium
	@python3 -c 'import axe_selenium_python' 2>/dev/null || python3 -m pip install -q axe-selenium-python==2.1.6
	@python3 -c 'import selenium_axe_python' 2>/dev/null || python3 -m pip install -q --no-deps selenium-axe-python==2.2.0
	@command -v soffice >/dev/null 2>&1 || { \
	  echo "Installing LibreOffice Calc (the team CSV files are tested in a spreadsheet)..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui; fi; }
	@{ test -x /usr/sbin/nginx && command -v openssl >/dev/null 2>&1 && command -v systemd-analyze >/dev/null 2>&1 && command -v sqlite3 >/dev/null 2>&1; } || { \
	  echo "Installing nginx, openssl, systemd and sqlite3 (deploy/ and the back-up in docs/SERVER.md are tested as a school runs them)..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq nginx openssl systemd sqlite3; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq nginx openssl systemd sqlite3; fi; }
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "Installing PostgreSQL (the server's store is tested against a real PostgreSQL server)..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq postgresql; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq postgresql; fi; }
	swift test

deps:
	@pkg-config --exists readline 2>/dev/null || { \
	  echo "Installing libreadline-dev (needed for the interactive runner)..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libreadline-dev pkg-config; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq libreadline-dev pkg-config; fi; }

print-deps:
	@{ command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; } || { \
	  echo "Installing chromium, chromium-driver and poppler-utils (the tests print the action plan to PDF and drive wijzer serve in the browser)..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium chromium-driver poppler-utils; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium chromium-driver poppler-utils; fi; }
