# materialen: set-up, build, test and render. `make materials` and `make test` are the two
# commands a new checkout needs; both install missing system packages first.

SWIFT          ?= swift
PREFIX         ?= /usr/local
OUT            ?= uitvoer
# Libraries the build links against, fonts-free (the fonts are bundled in Assets/fonts).
BUILD_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev
# Tools the tests use to inspect output: pdfinfo/pdffonts/pdftotext, qpdf.
TEST_PACKAGES  := poppler-utils qpdf

.PHONY: materials test build setup setup-test install clean

materials: setup
	$(SWIFT) build -c release --product materialen
	mkdir -p $(OUT)
	"$$($(SWIFT) build -c release --show-bin-path)/materialen" alles -o $(OUT)
	@echo "Materials written to $(OUT)/"

test: setup setup-test
	$(SWIFT) test

build: setup
	$(SWIFT) build

setup:
	@sh scripts/install-packages.sh $(BUILD_PACKAGES)

setup-test:
	@sh scripts/install-packages.sh $(TEST_PACKAGES)

install: setup
	$(SWIFT) build -c release --product materialen
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/materialen"
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/materialen" "$(DESTDIR)$(PREFIX)/bin/materialen"
	rm -rf "$(DESTDIR)$(PREFIX)/share/materialen/Assets"
	cp -R Assets "$(DESTDIR)$(PREFIX)/share/materialen/Assets"
	@echo "Installed $(PREFIX)/bin/materialen with its assets in $(PREFIX)/share/materialen/Assets"

clean:
	rm -rf .build $(OUT)
