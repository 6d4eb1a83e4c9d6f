# materialen: set-up, build, test and render. `make materials` and `make test` are the two
# commands a new checkout needs; both install missing system packages first.

SWIFT          ?= swift
PREFIX         ?= /usr/local
OUT            ?= uitvoer
# Libraries the build links against, fonts-free (the fonts are bundled in Assets/fonts).
BUILD_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libqrencode-dev
# Tools the tests use to inspect output: pdfinfo/pdffonts/pdftotext, qpdf, zbarimg (QR codes).
TEST_PACKAGES  := poppler-utils qpdf zbar-tools

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

# The binary, its resource bundle (the default content) and Assets live together in
# PREFIX/lib/materialen; PREFIX/bin/materialen links to it, so the tool finds both from anywhere.
install: setup
	$(SWIFT) build -c release --product materialen
	rm -rf "$(DESTDIR)$(PREFIX)/lib/materialen"
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/lib/materialen"
	bin="$$($(SWIFT) build -c release --show-bin-path)"; \
	install -m 755 "$$bin/materialen" "$(DESTDIR)$(PREFIX)/lib/materialen/materialen"; \
	cp -R "$$bin"/*.resources "$(DESTDIR)$(PREFIX)/lib/materialen/"
	cp -R Assets "$(DESTDIR)$(PREFIX)/lib/materialen/Assets"
	ln -sf ../lib/materialen/materialen "$(DESTDIR)$(PREFIX)/bin/materialen"
	@echo "Installed $(PREFIX)/bin/materialen (with its content and fonts in $(PREFIX)/lib/materialen)"

clean:
	rm -rf .build $(OUT)
