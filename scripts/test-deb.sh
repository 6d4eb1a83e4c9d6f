#!/bin/sh
# The Debian package on this machine (`make deb-test`, part of `make test`): installs the given
# .deb with dpkg -i, uses the installed binary as a person and as the service would (a werkblad on
# the command line; the unit's own command line with the package's configuration, as the service's
# user, over HTTPS: an account added with `materialen user add`, a login with curl and the form's
# CSRF token, a werkblad downloaded, the users file reloaded on SIGHUP), checks the unit with
# systemd-analyze, runs the service under a systemd of its own (the machine has no systemd as PID 1:
# one is started in new PID, mount and cgroup namespaces, with a private /run and only the units
# this needs), and purges the package again, also when a step fails.
# Usage: scripts/test-deb.sh materialen_VERSION_amd64.deb
set -eu
deb="${1:?usage: scripts/test-deb.sh materialen_VERSION_amd64.deb}"
[ -f "$deb" ] || { echo "test-deb: $deb does not exist (make deb)" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "test-deb: installs a package, so it runs as root" >&2; exit 1; }
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
version=$(dpkg-deb --field "$deb" Version)

work=$(mktemp -d /tmp/materialen-deb-test.XXXXXX)
chmod 755 "$work"   # the service's user reads the TLS files in it
server=""
namespace=""
passed=0
purge() {
    status=$?
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
    # The namespace's systemd, then everything in it, goes with its PID 1.
    if [ -n "$namespace" ] && kill -0 "$namespace" 2>/dev/null; then
        kill -KILL "$(namespace_init 2>/dev/null)" 2>/dev/null || true
        wait "$namespace" || true
    fi
    rm -f /etc/materialen/cert.pem /etc/materialen/key.pem
    if dpkg-query -W -f='${Status}' materialen 2>/dev/null | grep -q "ok installed\|half"; then
        dpkg --purge materialen >/dev/null 2>&1 || echo "test-deb: dpkg --purge materialen failed" >&2
    fi
    rm -rf "$work"
    [ "$status" -eq 0 ] || echo "test-deb: FAILED (after $passed checks passed); the package is purged again" >&2
    exit "$status"
}
trap purge EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() { echo "test-deb: $*" >&2; exit 1; }
ok() { passed=$((passed + 1)); echo "ok $passed - $*"; }

# --- install ---------------------------------------------------------------------------------
dpkg -i "$deb" > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i $deb failed"; }
[ "$(dpkg-query -W -f='${Status}' materialen)" = "install ok installed" ] || fail "the package is not configured"
ok "dpkg -i installs and configures the package without systemd as PID 1"
[ "$(materialen --version)" = "$version" ] || fail "materialen --version says '$(materialen --version)', the package $version"
[ "$(readlink -f /usr/bin/materialen)" = /usr/lib/materialen/materialen ] || fail "/usr/bin/materialen does not lead to /usr/lib/materialen"
ok "/usr/bin/materialen --version is $version"
if ldd /usr/lib/materialen/materialen | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|not found'; then
    fail "the installed binary needs libraries that no package provides"
fi
ok "the binary needs no Swift runtime library"
getent passwd materialen >/dev/null || fail "postinst made no user materialen"
[ "$(stat -c '%U:%G %a' /etc/materialen/gebruikers)" = "root:materialen 640" ] \
    || fail "/etc/materialen/gebruikers is $(stat -c '%U:%G %a' /etc/materialen/gebruikers), not root:materialen 640"
[ "$(materialen user list --users /etc/materialen/gebruikers)" = "" ] || fail "the new users file is not empty"
ok "postinst made the system user and an empty users file root:materialen 0640"
dpkg-query -W -f='${Conffiles}\n' materialen | grep -q "/etc/materialen/materialen.conf" || fail "materialen.conf is no conffile"
ok "/etc/materialen/materialen.conf is a conffile"
MANWIDTH=80 man -P cat materialen 2>/dev/null > "$work/man.txt" || fail "man materialen does not show the page"
for heading in NAME SYNOPSIS COMMANDS "materialen serve" "materialen user add" FILES; do
    grep -q "$heading" "$work/man.txt" || fail "the man page has no '$heading'"
done
ok "man materialen shows every command and the files"
grep -q "Lato" /usr/share/doc/materialen/copyright && grep -q "Andika" /usr/share/doc/materialen/copyright \
    && grep -q "SIL Open Font License\|OFL" /usr/share/doc/materialen/copyright || fail "the copyright file lacks the font licences"
ok "the copyright file carries the fonts' licences"

# --- the command line, from another folder --------------------------------------------------------
(cd "$work" && materialen werkblad --client "Test Klant" --date 3-12-2026 --expert "Noor Jansen" -o werkblad.pdf) \
    || fail "materialen werkblad failed"
pdfinfo "$work/werkblad.pdf" | grep -q "^Pages: *2" || fail "the werkblad has not 2 pages"
pdffonts "$work/werkblad.pdf" | grep -q "Andika" || fail "the werkblad does not embed the bundled Andika"
pdftotext "$work/werkblad.pdf" - | grep -q "Test Klant" || fail "the werkblad does not show the client's name"
ok "the installed binary renders a werkblad with the bundled fonts"

# --- the web page as the service runs it -------------------------------------------------------
printf '%s\n' "geheim-wachtwoord" | materialen user add tester --users /etc/materialen/gebruikers >/dev/null
[ "$(stat -c '%U:%G %a' /etc/materialen/gebruikers)" = "root:materialen 640" ] \
    || fail "user add left the users file $(stat -c '%U:%G %a' /etc/materialen/gebruikers)"
ok "root's user add keeps the users file readable by the service's group"

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 \
    -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost" >/dev/null 2>&1 || fail "openssl made no certificate"
chown root:materialen "$work/key.pem" "$work/cert.pem"
chmod 640 "$work/key.pem" "$work/cert.pem"

# The unit's ExecStart with the package's configuration; only where it listens and the TLS files
# differ. systemd splits an unquoted $VAR at white space, as the shell does here.
execstart=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/materialen.service)
[ -n "$execstart" ] || fail "the unit has no ExecStart"
(
    set -a
    . /etc/materialen/materialen.conf
    set +a
    MATERIALEN_LISTEN="--host 127.0.0.1 --port 0"
    MATERIALEN_TLS="--tls-cert $work/cert.pem --tls-key $work/key.pem"
    cd /
    eval "exec env -i PATH=/usr/bin:/bin TZ=Europe/Amsterdam \
        setpriv --reuid=materialen --regid=materialen --init-groups --no-new-privs -- $execstart"
) 2> "$work/server.log" &
server=$!
port=""
for _ in $(seq 1 100); do
    port=$(sed -n 's|^Listening on https://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$work/server.log")
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; fail "the server stopped"; }
    sleep 0.2
done
[ -n "$port" ] || { cat "$work/server.log" >&2; fail "the server did not say where it listens"; }
ok "the unit's command line with materialen.conf serves HTTPS as user materialen (port $port)"

base="https://localhost:$port"
curl="curl -s --cacert $work/cert.pem -b $work/jar -c $work/jar"
# The CSRF token of the form on page $1.
csrf_of() { $curl "$base$1" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
# Logs in as $1 with password $2 through the login form; prints the status.
login() {
    token=$(csrf_of /inloggen)
    [ -n "$token" ] || fail "the login page has no CSRF token"
    $curl -o /dev/null -w '%{http_code}' --data-urlencode "csrf=$token" --data-urlencode "gebruiker=$1" \
        --data-urlencode "wachtwoord=$2" "$base/inloggen"
}
# Posts the werkblad form (the command line's werkblad above) into file $1; prints the headers.
download_werkblad() {
    token=$(csrf_of /werkblad)
    [ -n "$token" ] || fail "the werkblad page has no CSRF token"
    $curl -D - -o "$1" --data-urlencode "csrf=$token" --data-urlencode "naam=Test Klant" \
        --data-urlencode "datum=3-12-2026" --data-urlencode "arbeidsdeskundige=Noor Jansen" "$base/werkblad"
}
[ "$($curl -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "$base/werkblad")" = 303 ] || fail "/werkblad without a login is no redirect"
ok "a page without a login sends the browser to the login page"
status=$(login tester niet-het-wachtwoord)
[ "$status" = 401 ] || [ "$status" = 200 ] || fail "a wrong password answers $status"
grep -q "sessie" "$work/jar" && fail "a wrong password gave a session"
status=$(login tester geheim-wachtwoord)
[ "$status" = 303 ] || fail "the login answers $status, not 303"
grep -q "sessie" "$work/jar" || fail "the login set no session cookie"
ok "login over HTTPS with the form's CSRF token"

headers=$(download_werkblad "$work/web.pdf")
echo "$headers" | grep -qi "^content-type: application/pdf" || fail "the werkblad download is no PDF: $headers"
cmp -s "$work/web.pdf" "$work/werkblad.pdf" || fail "the page's werkblad differs from the command line's"
ok "the werkblad downloaded after the login is the command line's PDF"
grep -q '"user":"tester"' "$work/server.log" || fail "the access log does not name the user"
grep -q "Test Klant\|Test%20Klant\|Test+Klant" "$work/server.log" && fail "the log holds the client's name"
ok "the access log names the user and not the client"

printf '%s\n' "nog-een-wachtwoord" | materialen user add tweede --users /etc/materialen/gebruikers >/dev/null
kill -HUP "$server"
reloaded=""
for _ in $(seq 1 50); do
    grep -q "reloaded 2 users from /etc/materialen/gebruikers" "$work/server.log" && { reloaded=yes; break; }
    sleep 0.1
done
[ -n "$reloaded" ] || { cat "$work/server.log" >&2; fail "SIGHUP (the unit's ExecReload) did not reload the users"; }
ok "SIGHUP, as ExecReload sends it, reads the users file again"

kill -TERM "$server"
wait "$server" || fail "the server did not exit 0 on SIGTERM"
server=""
ok "SIGTERM stops the server with exit code 0"

# --- the unit ------------------------------------------------------------------------------------
# verify exits 0 on an unknown key or a value it cannot parse (it only says so): any word from it fails.
systemd-analyze verify /lib/systemd/system/materialen.service > "$work/verify.txt" 2>&1 \
    || { cat "$work/verify.txt" >&2; fail "systemd-analyze verify rejects the unit"; }
[ ! -s "$work/verify.txt" ] || { cat "$work/verify.txt" >&2; fail "systemd-analyze verify complains about the unit"; }
ok "systemd-analyze verify accepts materialen.service without a word"
# An exposure of at most 2.0 of 10 ("OK"); offline, since systemd need not be running here.
systemd-analyze security --offline=true --threshold=20 /lib/systemd/system/materialen.service > "$work/security.txt" \
    || { cat "$work/security.txt" >&2; fail "the unit's exposure is above 2.0"; }
ok "systemd-analyze security: $(grep -o 'exposure level for materialen.service: [0-9.]* [A-Z]*' "$work/security.txt")"

# --- the service under systemd -------------------------------------------------------------------
# A systemd of its own as PID 1 of new namespaces: a private /run (so this machine's /run/systemd
# stays as it is), and every unit that would touch the machine itself (devices, sysctl, modules,
# clock, file systems, timers) masked in a private /etc/systemd/system. It starts only
# materialen.service, with the package's unit and configuration, on the port found free above.
sed -i -e "s|^MATERIALEN_LISTEN=.*|MATERIALEN_LISTEN=\"--host 127.0.0.1 --port $port\"|" \
    -e 's|^MATERIALEN_TLS=.*|MATERIALEN_TLS="--tls-cert /etc/materialen/cert.pem --tls-key /etc/materialen/key.pem"|' \
    /etc/materialen/materialen.conf
install -o root -g materialen -m 0640 "$work/cert.pem" "$work/key.pem" /etc/materialen/
cat > "$work/systemd.sh" <<'PROBE'
set -e
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /etc/systemd/system
cd /etc/systemd/system
for unit in systemd-udevd.service systemd-udev-trigger.service systemd-udev-settle.service systemd-udevd-control.socket \
    systemd-udevd-kernel.socket systemd-sysctl.service systemd-modules-load.service kmod-static-nodes.service \
    systemd-networkd.service systemd-resolved.service systemd-timesyncd.service systemd-random-seed.service \
    systemd-hwdb-update.service systemd-binfmt.service proc-sys-fs-binfmt_misc.automount systemd-tmpfiles-setup.service \
    systemd-tmpfiles-setup-dev.service systemd-tmpfiles-clean.timer systemd-remount-fs.service ldconfig.service \
    systemd-journal-flush.service systemd-update-utmp.service systemd-pstore.service systemd-logind.service \
    systemd-firstboot.service systemd-machine-id-commit.service systemd-fsck-root.service local-fs.target swap.target \
    getty.target console-getty.service timers.target dbus.service dbus.socket cron.service; do
    ln -s /dev/null "$unit"
done
printf '[Unit]\nDescription=materialen only\nRequires=materialen.service\nAfter=materialen.service\n' > materialen-only.target
exec env container=materialen-test /lib/systemd/systemd --system --unit=materialen-only.target --log-target=console
PROBE
# The namespace's PID 1 (systemd) is the one child of unshare.
namespace_init() { tr -d ' ' < "/proc/$namespace/task/$namespace/children"; }
in_namespace() { nsenter -t "$(namespace_init)" -m -p "$@"; }
unshare --pid --fork --mount --uts --ipc --cgroup --mount-proc sh "$work/systemd.sh" > "$work/systemd.log" 2>&1 &
namespace=$!
state=""
for _ in $(seq 1 100); do
    state=$(in_namespace systemctl is-active materialen.service 2>/dev/null || true)
    [ "$state" = active ] && curl -s -o /dev/null --cacert "$work/cert.pem" "https://localhost:$port/health" && break
    kill -0 "$namespace" 2>/dev/null || { cat "$work/systemd.log" >&2; fail "systemd did not start in its namespaces"; }
    sleep 0.2
done
[ "$state" = active ] || { in_namespace systemctl status materialen.service >&2 || cat "$work/systemd.log" >&2; fail "materialen.service is $state"; }
main=$(in_namespace systemctl show -p MainPID --value materialen.service)
[ "$(in_namespace stat -c %U "/proc/$main")" = materialen ] || fail "the service does not run as the user materialen"
in_namespace cat "/proc/$main/environ" | tr '\0' '\n' | grep -qx "TZ=Europe/Amsterdam" || fail "the service has no TZ=Europe/Amsterdam"
ok "materialen.service runs under systemd with every hardening setting, as materialen, in Dutch time"

rm -f "$work/jar"
[ "$(login tweede nog-een-wachtwoord)" = 303 ] || fail "no login with the service"
download_werkblad "$work/service.pdf" >/dev/null
cmp -s "$work/service.pdf" "$work/werkblad.pdf" || fail "the service's werkblad differs from the command line's"
ok "the service serves HTTPS: login, and the command line's werkblad"

printf '%s\n' "een-derde-wachtwoord" | materialen user add derde --users /etc/materialen/gebruikers >/dev/null
in_namespace systemctl reload materialen.service || fail "systemctl reload materialen failed"
in_namespace journalctl -u materialen.service --no-pager > "$work/journal.txt" 2>&1 || true
grep -q "reloaded 3 users from /etc/materialen/gebruikers" "$work/journal.txt" \
    || { cat "$work/journal.txt" >&2; fail "systemctl reload did not reload the users"; }
grep -q '"user":"tweede"' "$work/journal.txt" || fail "the journal has no access log line"
ok "systemctl reload reads the users file again; the access log is in the journal"
in_namespace systemctl exit 0 >/dev/null 2>&1 || true
for _ in $(seq 1 50); do kill -0 "$namespace" 2>/dev/null || break; sleep 0.2; done
kill -0 "$namespace" 2>/dev/null && fail "systemd in the namespaces did not exit"
wait "$namespace" || true
namespace=""
rm -f /etc/materialen/cert.pem /etc/materialen/key.pem

# --- purge ---------------------------------------------------------------------------------------
dpkg --purge materialen > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg --purge failed"; }
for gone in /usr/bin/materialen /usr/lib/materialen /etc/materialen /lib/systemd/system/materialen.service; do
    [ ! -e "$gone" ] || fail "$gone is still there after the purge"
done
getent passwd materialen >/dev/null && fail "the user materialen is still there after the purge"
ok "dpkg --purge removes the files, the configuration and the user"
echo "$passed passed, 0 failed"
