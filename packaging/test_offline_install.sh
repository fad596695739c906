#!/usr/bin/env bash
# Prove the offline installers work without any package index or network.
# usage: packaging/test_offline_install.sh [LINUX_WHEELHOUSE [LINUX_ARCHIVE.tar.gz [WINDOWS_WHEELHOUSE]]]
#   defaults: dist/wheelhouse-linux-x86_64, dist/counsel-app-<v>-linux-x86_64.tar.gz,
#   dist/wheelhouse-windows-x86_64; the bundle dist/bundle/counsel-app is tried when present.
# Exit status 1 when the offline install, --version or inspect fails (wheelhouse, archive's
# install.sh, Windows resolution, or the bundle); `check` and `--profile-startup` only report.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VERSION=$(python3 -c 'import re; print(re.search(r"^__version__\s*=\s*[\"\x27]([^\"\x27]+)", open("'"$ROOT"'/counsel_app/__init__.py").read(), re.M).group(1))')
WH=$(realpath "${1:-$ROOT/dist/wheelhouse-linux-x86_64}")
ARCHIVE=$(realpath -m "${2:-$ROOT/dist/counsel-app-$VERSION-linux-x86_64.tar.gz}")
WH_WIN=$(realpath -m "${3:-$ROOT/dist/wheelhouse-windows-x86_64}")
BUNDLE_DIR=$(realpath -m "${BUNDLE_DIR:-$ROOT/dist/bundle/counsel-app}")
TMP=$(mktemp -d /tmp/counsel-offline.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"   # never import counsel_app from the checkout by accident
fails=0
T0=$SECONDS
ok()   { echo "PASS    $*"; }
bad()  { echo "FAIL    $*"; fails=$((fails + 1)); }
skip() { echo "SKIPPED $*"; }

# No index, no config, and (where the kernel lets us) no network at all: a private network
# namespace has only a downed loopback, so any download attempt fails instead of quietly working.
unset PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_FIND_LINKS PIP_TRUSTED_HOST
export PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9
if unshare -rn true 2>/dev/null; then
  nonet=(unshare -rn); echo "network: none (unshare -rn: own network namespace)"
else
  nonet=(); echo "network: not isolated (unshare unavailable); index disabled and proxies point at a dead port"
fi
export QT_QPA_PLATFORM=offscreen   # inspect/check must not need a display

# the commands every install must pass: --version, then inspect --json on its own bundled deck
smoke() {  # $1 label, $2 counsel-app executable, $3 python (for default_deck) or a deck path
  local label=$1 exe=$2 deck out
  out=$("$exe" --version 2>&1)
  if [ "$out" = "counsel-app $VERSION" ]; then ok "$label: --version -> $out"; else bad "$label: --version -> ${out:-nothing} (want counsel-app $VERSION)"; fi
  if [ -x "$3" ]; then deck=$("$3" -c 'from counsel_app.resources import default_deck; print(default_deck())' 2>&1)
    DECK_NAME=${DECK_NAME:-$(basename "$deck")}; else deck=$3; fi
  if [ ! -f "$deck" ]; then bad "$label: bundled deck missing: $deck"; return; fi
  if "$exe" inspect "$deck" --json >"$TMP/inspect.json" 2>"$TMP/inspect.err" &&
     n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["slides"]; print(len(d["slides"]), "slides,", d["title"])' "$TMP/inspect.json" 2>&1); then
    ok "$label: inspect --json $deck -> $n"
  else
    bad "$label: inspect --json $deck: $(head -c 400 "$TMP/inspect.err")${n:-}"
  fi
  if "$exe" check --help >/dev/null 2>&1; then
    if out=$("$exe" check "$deck" 2>&1); then ok "$label: check -> $(tail -1 <<<"$out")"
    elif grep -q "No module named 'counsel_app" <<<"$out"; then
      skip "$label: check ($(grep -o "No module named 'counsel_app[^']*'" <<<"$out" | head -1): not written yet)"
    else echo "WARN    $label: check exits non-zero on the bundled deck:"; tail -15 <<<"$out" | sed 's/^/          /'; fi
  else
    skip "$label: check (counsel-app check --help fails: not implemented yet)"
  fi
}

echo "== 1. pip install --no-index from $WH"
python3 -m venv "$TMP/venv"
if "${nonet[@]}" "$TMP/venv/bin/python" -m pip install -q --no-index --find-links "$WH" "counsel-app==$VERSION" >"$TMP/pip.log" 2>&1; then
  ok "offline pip install ($(du -sh "$TMP/venv" | cut -f1) venv): $("$TMP/venv/bin/python" -m pip list --format=freeze 2>/dev/null | grep -iE 'pyside|shiboken|markdown|mdurl|counsel' | tr '\n' ' ')"
  smoke wheelhouse "$TMP/venv/bin/counsel-app" "$TMP/venv/bin/python"
else
  bad "offline pip install:"; tail -20 "$TMP/pip.log"
fi

echo "== 2. the archive's install.sh / uninstall.sh (HOME in a scratch dir)"
if [ -f "$ARCHIVE" ]; then
  mkdir -p "$TMP/home/Desktop" "$TMP/x"
  tar -xzf "$ARCHIVE" -C "$TMP/x"
  inst=$(ls "$TMP"/x/*/install.sh)
  if HOME=$TMP/home XDG_CONFIG_HOME= XDG_DATA_HOME= "${nonet[@]}" bash "$inst" >"$TMP/install.log" 2>&1; then
    ok "install.sh"; sed 's/^/          /' "$TMP/install.log"
    for f in "$TMP/home/.local/bin/counsel-app" "$TMP/home/.local/share/applications/counsel-app.desktop" "$TMP/home/Desktop/counsel-app.desktop"; do
      [ -e "$f" ] || bad "install.sh did not create ${f#$TMP/home/}"
    done
    smoke install.sh "$TMP/home/.local/bin/counsel-app" "$TMP/home/.local/share/counsel-app/venv/bin/python"
    if HOME=$TMP/home XDG_CONFIG_HOME= XDG_DATA_HOME= bash "$(dirname "$inst")/uninstall.sh" >/dev/null 2>&1 &&
       [ ! -e "$TMP/home/.local/bin/counsel-app" ] && [ ! -e "$TMP/home/.local/share/counsel-app" ] &&
       [ ! -e "$TMP/home/Desktop/counsel-app.desktop" ]; then ok "uninstall.sh removes everything"
    else bad "uninstall.sh left files behind: $(cd "$TMP/home" && find . -path '*counsel*' | head)"; fi
  else
    bad "install.sh:"; tail -20 "$TMP/install.log"
  fi
else
  skip "archive $ARCHIVE not found"
fi

echo "== 3. the Windows wheelhouse resolves offline (dry run for win_amd64)"
if [ -d "$WH_WIN" ]; then
  for pyv in 3.11 3.12 3.13 3.14; do
    if out=$("${nonet[@]}" "$TMP/venv/bin/python" -m pip install --dry-run --ignore-installed --no-index --find-links "$WH_WIN" \
         --only-binary=:all: --platform win_amd64 --python-version "$pyv" --implementation cp \
         --target "$TMP/win-$pyv" "counsel-app==$VERSION" 2>&1); then
      ok "win_amd64 Python $pyv: $(grep -i 'would install' <<<"$out" | sed 's/Would install //')"
    else bad "win_amd64 Python $pyv:"; tail -5 <<<"$out"; fi
  done
else
  skip "no Windows wheelhouse at $WH_WIN"
fi

echo "== 4. PyInstaller bundle"
if [ -x "$BUNDLE_DIR/counsel-app" ]; then
  # the frozen app's default_deck(): <bundle>/_internal/counsel_app/slides/<same name as in the wheel>
  smoke bundle "$BUNDLE_DIR/counsel-app" "$BUNDLE_DIR/_internal/counsel_app/slides/${DECK_NAME:-ret-bone-metastasis.md}"
  if command -v xvfb-run >/dev/null; then
    start=$SECONDS
    out=$(QT_QPA_PLATFORM=xcb timeout 90 xvfb-run -a -s '-screen 0 1920x1080x24' "${nonet[@]}" "$BUNDLE_DIR/counsel-app" --profile-startup 2>&1); rc=$?
    if [ $rc -eq 0 ] && [ -n "$out" ]; then
      ok "bundle --profile-startup under Xvfb ($((SECONDS - start))s wall):"; sed 's/^/          /' <<<"$out"
    else
      skip "bundle --profile-startup under Xvfb: exit $rc, $( [ -n "$out" ] && echo "says: $(grep -E 'Error|error' <<<"$out" | head -1)" || echo "no output")"
    fi
  else
    skip "bundle --profile-startup: xvfb-run not installed"
  fi
else
  skip "no bundle at $BUNDLE_DIR (packaging/build_bundle.sh builds it)"
fi

echo "== offline install test: $([ $fails -eq 0 ] && echo PASSED || echo "FAILED ($fails)") in $((SECONDS - T0))s"
[ $fails -eq 0 ]
