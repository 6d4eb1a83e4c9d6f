# materialen: set-up, build, test and render. `make materials` and `make test` are the two
# commands a new checkout needs; both install missing system packages first.

SWIFT          ?= swift
PREFIX         ?= /usr/local
OUT            ?= uitvoer
# Libraries the build links against, fonts-free (the fonts are bundled in Assets/fonts).
BUILD_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libqrencode-dev zlib1g-dev
# Tools the tests use to inspect output: pdfinfo/pdffonts/pdftotext, qpdf, zbarimg (QR codes),
# rsvg-convert (SVG output opens in librsvg), pngcheck (PNG chunks), openssl and curl (a certificate for the TLS test, and a login over HTTPS).
TEST_PACKAGES  := poppler-utils qpdf zbar-tools librsvg2-bin pngcheck python3 openssl curl
# The browser tests of the web page (`make e2e`): Debian's Chromium (Playwright's own browser
# download is not used), a font for it, and venv for the pinned Python packages of
# Tests/e2e/requirements.txt, installed in E2E_VENV (Debian's Python is externally managed).
E2E_PACKAGES   := chromium fonts-dejavu-core python3-venv poppler-utils
E2E_VENV       := .build/e2e-venv

# `make deb`: dpkg-shlibdeps (dpkg-dev), help2man for the man page, strip (binutils). `make deb-test`
# also: systemd for systemd-analyze, man-db to read the man page, adduser for the package's postinst.
DEB_PACKAGES      := dpkg-dev help2man binutils
DEB_TEST_PACKAGES := systemd man-db adduser util-linux
VERSION           := $(shell sed -n 's/^ *static let current = "\(.*\)".*/\1/p' Sources/materialen/Version.swift)
DEB               := materialen_$(VERSION)_amd64.deb

.PHONY: materials test e2e build setup setup-test setup-e2e install clean bench bench-serve profile serve fixtures deb deb-test setup-deb

materials: setup
	$(SWIFT) build -c release --product materialen
	mkdir -p $(OUT)
	"$$($(SWIFT) build -c release --show-bin-path)/materialen" alles -o $(OUT)
	@echo "Materials written to $(OUT)/"

# The unit tests, then the browser tests (e2e, after them: it needs the debug build they make),
# then the Debian package, installed on this machine and purged again.
test: setup setup-test
	$(SWIFT) test
	@$(MAKE) --no-print-directory e2e
	@$(MAKE) --no-print-directory deb-test

# The Debian package materialen_VERSION_amd64.deb in the checkout (see scripts/build-deb.sh): a
# release build with the Swift runtime linked statically, in .build/deb.
deb: setup setup-deb
	SWIFT=$(SWIFT) sh scripts/build-deb.sh

# Installs the package with dpkg -i (as root), uses it as a person and as its service would, and
# purges it again (scripts/test-deb.sh).
deb-test: deb setup-test
	@sh scripts/install-packages.sh $(DEB_TEST_PACKAGES)
	sh scripts/test-deb.sh $(DEB)

setup-deb:
	@sh scripts/install-packages.sh $(DEB_PACKAGES)

# The web page in headless Chromium: keyboard, live preview, downloads, messages, axe-core's
# WCAG 2.1 AA rules, 768 px; screenshots in .build/e2e-screenshots.
e2e: setup setup-e2e $(E2E_VENV)/installed
	$(SWIFT) build --product materialen
	PYTHONDONTWRITEBYTECODE=1 $(E2E_VENV)/bin/python -m pytest -q -p no:cacheprovider Tests/e2e

setup-e2e:
	@sh scripts/install-packages.sh $(E2E_PACKAGES)

# Made again only when the pins change. --no-deps: the file pins every package, dependencies too.
$(E2E_VENV)/installed: Tests/e2e/requirements.txt
	rm -rf $(E2E_VENV)
	python3 -m venv $(E2E_VENV)
	$(E2E_VENV)/bin/python -m pip install -q --disable-pip-version-check --no-deps -r Tests/e2e/requirements.txt
	touch $@

build: setup
	$(SWIFT) build

# The client-sheet fixtures (Tests/Fixtures/sheets) and the sample sheets (Examples/afspraken.*),
# made again by real spreadsheet writers: openpyxl and msoffcrypto-tool (pinned, in their own
# venv) and LibreOffice. The files are committed, so `make test` needs none of this.
FIXTURES_VENV := .build/fixtures-venv
fixtures: $(FIXTURES_VENV)/installed
	@sh scripts/install-packages.sh libreoffice-calc-nogui
	$(FIXTURES_VENV)/bin/python Tests/Fixtures/sheets/make_fixtures.py

$(FIXTURES_VENV)/installed: Tests/Fixtures/sheets/requirements.txt
	@sh scripts/install-packages.sh python3-venv
	rm -rf $(FIXTURES_VENV)
	python3 -m venv $(FIXTURES_VENV)
	$(FIXTURES_VENV)/bin/python -m pip install -q --disable-pip-version-check --no-deps -r Tests/Fixtures/sheets/requirements.txt
	touch $@

# The web page on http://127.0.0.1:8080 (SERVE_ARGS passes options on, e.g. SERVE_ARGS="--port 8081").
SERVE_ARGS ?=
serve: setup
	$(SWIFT) build -c release --product materialen
	"$$($(SWIFT) build -c release --show-bin-path)/materialen" serve $(SERVE_ARGS)

setup:
	@sh scripts/install-packages.sh $(BUILD_PACKAGES)

setup-test:
	@sh scripts/install-packages.sh $(TEST_PACKAGES)

# The binary, its resource bundle (the default content), Assets and Examples (the sample sheets the
# web page offers) live together in PREFIX/lib/materialen; PREFIX/bin/materialen links to it, so the tool finds both from anywhere.
install: setup
	$(SWIFT) build -c release --product materialen
	rm -rf "$(DESTDIR)$(PREFIX)/lib/materialen"
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/lib/materialen"
	bin="$$($(SWIFT) build -c release --show-bin-path)"; \
	install -m 755 "$$bin/materialen" "$(DESTDIR)$(PREFIX)/lib/materialen/materialen"; \
	cp -R "$$bin"/*.resources "$(DESTDIR)$(PREFIX)/lib/materialen/"
	cp -R Assets "$(DESTDIR)$(PREFIX)/lib/materialen/Assets"
	cp -R Examples "$(DESTDIR)$(PREFIX)/lib/materialen/Examples"
	ln -sf ../lib/materialen/materialen "$(DESTDIR)$(PREFIX)/bin/materialen"
	@echo "Installed $(PREFIX)/bin/materialen (with its content and fonts in $(PREFIX)/lib/materialen)"

clean:
	rm -rf .build $(OUT)

# Benchmark (see BENCHMARKS.md): the release CLI against the C baseline of ../shared/bench (built
# here when that folder is beside the checkout), whole processes, median of 5, ratios printed.
# BENCH_ARGS passes options on, e.g. `make bench BENCH_ARGS=--quick`.
BENCH_PEERS ?= ../shared/bench
BENCH_DIR   ?= .build/bench
BENCH_ARGS  ?=
BENCH_C     := $(BENCH_DIR)/cairo_werkblad

bench: setup
	$(SWIFT) build -c release --product materialen
	$(SWIFT) build -c release --product materialen-bench
	@mkdir -p $(BENCH_DIR)
	@baseline=""; \
	if [ -f "$(BENCH_PEERS)/peers/cairo_werkblad.c" ]; then \
	  sh scripts/install-packages.sh gcc pkg-config libpango1.0-dev libcairo2-dev python3 && \
	  python3 "$(BENCH_PEERS)/peers/gen_content_h.py" "$(BENCH_DIR)/werkblad_content.h" && \
	  gcc -O2 -Wall -o "$(BENCH_C)" "$(BENCH_PEERS)/peers/cairo_werkblad.c" -I"$(BENCH_DIR)" \
	    $$(pkg-config --cflags --libs pangocairo pangofc fontconfig cairo-pdf) -lm && \
	  baseline="--baseline $(BENCH_C)"; \
	else echo "bench: $(BENCH_PEERS) not found: no C baseline, no ratios"; fi; \
	bin="$$($(SWIFT) build -c release --show-bin-path)"; \
	MATERIALEN_ASSETS="$(CURDIR)/Assets" "$$bin/materialen-bench" --materialen "$$bin/materialen" \
	  --work "$(BENCH_DIR)/work" --json "$(BENCH_DIR)/results.json" $$baseline $(BENCH_ARGS)
	$(MAKE) --no-print-directory bench-serve

# The web page under load on 127.0.0.1 (a bounded number of requests): latency one at a time and
# with 8 clients, memory after 100 and after BENCH_SERVE_REQUESTS requests. Part of `make bench`.
BENCH_SERVE_REQUESTS ?= 10000
bench-serve: setup
	$(SWIFT) build -c release --product materialen
	$(SWIFT) build -c release --product materialen-bench
	@mkdir -p $(BENCH_DIR)/work
	@bin="$$($(SWIFT) build -c release --show-bin-path)"; \
	MATERIALEN_ASSETS="$(CURDIR)/Assets" "$$bin/materialen-bench" serve --materialen "$$bin/materialen" \
	  --work "$(BENCH_DIR)/work" --requests $(BENCH_SERVE_REQUESTS) --json "$(BENCH_DIR)/serve.json"

# Instruction profile of a 50-werkblad batch on one worker (valgrind's callgrind): the share of
# the project's own Swift code against the Swift runtime, cairo, Pango, HarfBuzz, FreeType and zlib.
# valgrind 3.19 cannot read Swift 6's DWARF 5, so it runs a copy without debug sections.
profile: setup
	sh scripts/install-packages.sh valgrind binutils
	$(SWIFT) build -c release --product materialen
	$(SWIFT) build -c release --product materialen-bench
	@mkdir -p $(BENCH_DIR)/work
	@bin="$$($(SWIFT) build -c release --show-bin-path)"; \
	objcopy --strip-debug "$$bin/materialen" "$$bin/materialen-nodebug" && \
	"$$bin/materialen-bench" --write-sheet 50 "$(BENCH_DIR)/work/profile.csv" && \
	rm -rf "$(BENCH_DIR)/work/profile" && \
	MATERIALEN_ASSETS="$(CURDIR)/Assets" valgrind --tool=callgrind --callgrind-out-file="$(BENCH_DIR)/callgrind.out" \
	  "$$bin/materialen-nodebug" werkblad --clients "$(BENCH_DIR)/work/profile.csv" -o "$(BENCH_DIR)/work/profile" \
	  --quiet --jobs 1 && \
	"$$bin/materialen-bench" profile "$(BENCH_DIR)/callgrind.out"
