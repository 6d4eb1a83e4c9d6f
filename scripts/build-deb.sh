#!/bin/sh
# Builds materialen_VERSION_amd64.deb (see `make deb`): a release build with the Swift runtime
# linked in statically, so that the package depends only on Debian's own libraries (cairo, pango,
# qrencode, zlib, found by dpkg-shlibdeps). The version comes from Sources/materialen/Version.swift.
# Usage: scripts/build-deb.sh [OUTPUT-DIRECTORY]   (default: the checkout)
set -eu
cd "$(dirname "$0")/.."
out="${1:-.}"
swift="${SWIFT:-swift}"
scratch=.build/deb

version=$(sed -n 's/^ *static let current = "\([0-9A-Za-z.+~-]*\)".*/\1/p' Sources/materialen/Version.swift)
if [ -z "$version" ]; then
    echo "build-deb: no version found in Sources/materialen/Version.swift (static let current = \"…\")" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
[ "$arch" = amd64 ] || { echo "build-deb: builds for amd64, this machine is $arch" >&2; exit 1; }

# A scratch path of its own: the static release build does not undo `make install`'s.
"$swift" build -c release --static-swift-stdlib --product materialen --scratch-path "$scratch"
bin="$("$swift" build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)"

# Nothing of the toolchain may be needed at run time: the machine that installs the package has none.
toolchain_libs=$(ldd "$bin/materialen" | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|not found' || true)
if [ -n "$toolchain_libs" ]; then
    echo "build-deb: the binary still needs libraries of the Swift toolchain:" >&2
    echo "$toolchain_libs" >&2
    exit 1
fi

stage="$scratch/package/materialen_${version}_${arch}"
rm -rf "$stage"
lib="$stage/usr/lib/materialen"
doc="$stage/usr/share/doc/materialen"
install -d "$lib" "$stage/usr/bin" "$stage/lib/systemd/system" "$stage/etc/materialen" \
    "$stage/usr/share/man/man1" "$doc" "$stage/DEBIAN"

# Laid out as `make install` does: the binary finds its content bundle, Assets and Examples beside it.
install -m 755 "$bin/materialen" "$lib/materialen"
strip --strip-unneeded --remove-section=.comment "$lib/materialen"
cp -R "$bin"/*.resources "$lib/"
cp -R Assets "$lib/Assets"
cp -R Examples "$lib/Examples"
ln -s ../lib/materialen/materialen "$stage/usr/bin/materialen"

install -m 644 packaging/materialen.service "$stage/lib/systemd/system/materialen.service"
install -m 644 packaging/materialen.conf "$stage/etc/materialen/materialen.conf"

# The man page, from the tool's own help: the top level, then every subcommand's.
help2man_include="$scratch/package/materialen.h2m"
{
    cat packaging/materialen.h2m
    printf '\n[COMMANDS]\n'
    subcommands() { "$lib/materialen" help "$@" | awk '/^SUBCOMMANDS:/ { on = 1; next } on && /^  [a-z]/ { print $1 }'; }
    for command in $(subcommands); do
        echo "$command"
        subcommands "$command" | sed "s/^/$command /"
    done | while read -r sub; do
        printf '.SS "materialen %s"\n.nf\n' "$sub"
        # shellcheck disable=SC2086  # "user add" is two words on purpose
        "$lib/materialen" help $sub | sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
        printf '.fi\n'
    done
} > "$help2man_include"
help2man --no-info --no-discard-stderr --section 1 --source "materialen $version" \
    --name "render the printed materials of Gezien & Gehoord, and serve their web page" \
    --include "$help2man_include" --output "$stage/usr/share/man/man1/materialen.1" "$lib/materialen"
gzip -9n "$stage/usr/share/man/man1/materialen.1"

# copyright: the tool, then the bundled fonts' licences in full (SIL OFL 1.1).
{
    cat packaging/debian/copyright
    for licence in Assets/fonts/*-LICENSE.txt; do
        font=$(basename "$licence" -LICENSE.txt)
        printf '\n\n==== Bundled font %s: /usr/lib/materialen/Assets/fonts/%s-*.ttf ====\n\n' "$font" "$font"
        cat "$licence"
    done
} > "$doc/copyright"
install -m 644 README.md "$doc/README.md"
gzip -9n "$doc/README.md"
printf 'materialen (%s) stable; urgency=medium\n\n  * Release %s, see the project repository.\n\n -- Gezien & Gehoord <materialen@gezien-en-gehoord.invalid>  %s\n' \
    "$version" "$version" "$(date -R -u -d "@$(git log -1 --format=%ct 2>/dev/null || date +%s)")" | gzip -9n > "$doc/changelog.gz"

# Depends: the shared libraries the binary links, as Debian's packages, plus adduser (postinst) and
# tzdata (the unit sets TZ=Europe/Amsterdam).
shlibs_dir="$scratch/package/shlibs"
rm -rf "$shlibs_dir" && mkdir -p "$shlibs_dir/debian"
printf 'Source: materialen\n\nPackage: materialen\nArchitecture: any\n' > "$shlibs_dir/debian/control"
binary="$(pwd)/$lib/materialen"
shlibs=$(cd "$shlibs_dir" && dpkg-shlibdeps -O "-e$binary" | sed -n 's/^shlibs:Depends=//p')
if [ -z "$shlibs" ]; then
    echo "build-deb: dpkg-shlibdeps found no dependencies for $lib/materialen" >&2
    exit 1
fi
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$shlibs, adduser, tzdata/" \
    packaging/debian/control.in > "$stage/DEBIAN/control"
install -m 644 packaging/debian/conffiles "$stage/DEBIAN/conffiles"
install -m 755 packaging/debian/postinst packaging/debian/prerm packaging/debian/postrm "$stage/DEBIAN/"
(cd "$stage" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -print | sed 's|^\./||' | LC_ALL=C sort | xargs md5sum) \
    > "$stage/DEBIAN/md5sums"

# Files owned by root whoever builds; directories 755, files 644 unless executable.
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f ! -perm -u+x -exec chmod 644 {} +
mkdir -p "$out"
deb="$out/materialen_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "Built $deb"
dpkg-deb --field "$deb" Version Depends Installed-Size
