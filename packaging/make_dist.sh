#!/usr/bin/env bash
# Offline installers for hospital workstations (no internet there):
#   dist/counsel-app-<version>-linux-x86_64.tar.gz     install.sh / uninstall.sh + wheelhouse/
#   dist/counsel-app-<version>-windows-x86_64.zip      install.bat/.ps1, uninstall.bat/.ps1 + wheelhouse\
#   dist/counsel-app-<version>-linux-x86_64-bundle.tar.gz   PyInstaller one-folder app (BUNDLE=0 skips)
#   dist/SHA256SUMS
# then runs packaging/test_offline_install.sh on the result.
#
# Needs PyPI (this machine), not the workstations. Environment knobs:
#   LINUX_GLIBC=2.34  oldest glibc the Linux wheelhouse must run on. PySide6 >= 6.10 ships only
#                     manylinux_2_34 wheels (Debian 12, Ubuntu 22.04, RHEL 9 and newer); LINUX_GLIBC=2.28
#                     gets PySide6 6.9.x instead, for RHEL 8 / Ubuntu 20.04 / Kylin V10 / UOS 20.
#   PY_VERSION=3.11   the Python the wheelhouses are resolved for (PySide6 wheels are abi3: any 3.x
#                     up to PySide6's Requires-Python cap works with the same wheels).
#   BUNDLE=1          also build the PyInstaller bundle (packaging/build_bundle.sh).
#   SKIP_TEST=1       don't run the offline-install test at the end.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
LINUX_GLIBC=${LINUX_GLIBC:-2.34}
PY_VERSION=${PY_VERSION:-3.11}
BUNDLE=${BUNDLE:-1}
DIST=$ROOT/dist
WORK=$ROOT/build/dist-work
T0=$SECONDS
say() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - T0)); }

VERSION=$(python3 -c 'import re,sys; print(re.search(r"^__version__\s*=\s*[\"\x27]([^\"\x27]+)", open("counsel_app/__init__.py").read(), re.M).group(1))')
PYPROJECT_VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"].get("version",""))')
if [ -n "$PYPROJECT_VERSION" ] && [ "$PYPROJECT_VERSION" != "$VERSION" ]; then
  echo "make_dist: counsel_app/__init__.py says $VERSION but pyproject.toml says $PYPROJECT_VERSION" >&2
  exit 1
fi
# reproducible archives: timestamps from the last commit
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
LIN=counsel-app-$VERSION-linux-x86_64
WIN=counsel-app-$VERSION-windows-x86_64
WH_LIN=$DIST/wheelhouse-linux-x86_64
WH_WIN=$DIST/wheelhouse-windows-x86_64
echo "make_dist: counsel-app $VERSION, Linux glibc >= $LINUX_GLIBC, Python $PY_VERSION"

say "build venv"
BVENV=$ROOT/build/venv-dist
if [ ! -f "$BVENV/.ok" ]; then
  rm -rf "$BVENV"
  python3 -m venv "$BVENV"
  "$BVENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip "setuptools>=77" wheel
  touch "$BVENV/.ok"
fi
PIP=("$BVENV/bin/python" -m pip --disable-pip-version-check)

say "project wheel"
# Build from a clean copy of the checkout (tracked + new, not ignored files): an in-tree build
# reuses build/lib, where files deleted from the source would live on and reach the wheel.
rm -rf "$WORK" "$WH_LIN" "$WH_WIN" "$DIST/$LIN" "$DIST/$WIN"
mkdir -p "$WORK/src" "$WH_LIN" "$WH_WIN"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
    | tar -c --null -T - | tar -x -C "$WORK/src"
else
  tar -c --exclude=./dist --exclude=./build --exclude=./.venv --exclude=.git . | tar -x -C "$WORK/src"
fi
"${PIP[@]}" wheel -q --no-deps --no-build-isolation -w "$WH_LIN" "$WORK/src"
WHEEL=$(ls "$WH_LIN"/counsel_app-"$VERSION"-*.whl)
cp "$WHEEL" "$WH_WIN/"
python3 - "$WHEEL" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
deck = [n for n in names if n.startswith("counsel_app/slides/") and n.endswith(".md")]
print(f"  {len(names)} files, decks: {', '.join(deck) or 'NONE'}")
if not deck:
    print("make_dist: WARNING: no deck (.md) in counsel_app/slides/ of the wheel", file=sys.stderr)
PY

say "wheelhouses (dependencies resolved from the wheel's metadata)"
glibc_tags=()
IFS=. read -r gmaj gmin <<<"$LINUX_GLIBC"
for ((m = gmin; m >= 17; m--)); do glibc_tags+=(--platform "manylinux_${gmaj}_${m}_x86_64"); done
glibc_tags+=(--platform manylinux2014_x86_64 --platform linux_x86_64)
pyabi=cp${PY_VERSION/./}
common=(download -q --only-binary=:all: --python-version "$PY_VERSION" --implementation cp
        --abi "$pyabi" --abi abi3 --abi none)
"${PIP[@]}" "${common[@]}" "${glibc_tags[@]}" -d "$WH_LIN" "$WHEEL"
"${PIP[@]}" "${common[@]}" --platform win_amd64 -d "$WH_WIN" "$(ls "$WH_WIN"/counsel_app-*.whl)"
for wh in "$WH_LIN" "$WH_WIN"; do
  echo "  $(basename "$wh"): $(du -sh "$wh" | cut -f1)"
  for f in "$wh"/*.whl; do echo "    $(basename "$f")"; done
  for need in pyside6_essentials shiboken6 markdown_it_py mdurl; do
    ls "$wh"/"$need"-*.whl >/dev/null 2>&1 || { echo "make_dist: $need missing from $wh" >&2; exit 1; }
  done
done

say "install scripts"
stage_lin=$WORK/stage/$LIN
stage_win=$WORK/stage/$WIN
mkdir -p "$stage_lin" "$stage_win"
cp -al "$WH_LIN" "$stage_lin/wheelhouse" 2>/dev/null || cp -a "$WH_LIN" "$stage_lin/wheelhouse"
cp -al "$WH_WIN" "$stage_win/wheelhouse" 2>/dev/null || cp -a "$WH_WIN" "$stage_win/wheelhouse"
PYSIDE_LIN=$(basename "$(ls "$WH_LIN"/pyside6_essentials-*.whl)")
NEED_GLIBC=$(sed -E 's/.*manylinux_([0-9]+)_([0-9]+)_x86_64.*/\1.\2/' <<<"$PYSIDE_LIN")

# ---------------------------------------------------------------- Linux: install.sh
cat >"$stage_lin/install.sh" <<'SH'
#!/usr/bin/env bash
# Install counsel-app for the current user, offline, from the wheelhouse next to this script.
#   ./install.sh                 into ~/.local/share/counsel-app (PREFIX=... to change),
#                                launcher ~/.local/bin/counsel-app (BINDIR=... to change)
#   PYTHON=/usr/bin/python3.12 ./install.sh    to choose the Python (3.11 or newer)
#   NO_DESKTOP=1 ./install.sh                  no menu entry / desktop icon
# Running it again replaces the program; settings and logs are kept.
set -euo pipefail
VERSION=@VERSION@
NEED_GLIBC=@NEED_GLIBC@
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local/share/counsel-app}
BINDIR=${BINDIR:-$HOME/.local/bin}
APPS=${XDG_DATA_HOME:-$HOME/.local/share}/applications
die() { echo "install.sh: $*" >&2; exit 1; }

py=${PYTHON:-}
if [ -z "$py" ]; then
  for c in python3.13 python3.12 python3.11 python3 python3.14 python3.15; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(not (3,11) <= sys.version_info[:2] < (3,16))' 2>/dev/null; then
      py=$(command -v "$c"); break
    fi
  done
fi
[ -n "$py" ] || die "needs Python 3.11 to 3.15 (python3.11 or newer); none found. Install it with the system's package manager, or set PYTHON=/path/to/python3"
"$py" -c 'import sys; sys.exit(not (3,11) <= sys.version_info[:2] < (3,16))' || die "$py is not Python 3.11 to 3.15"
"$py" -c 'import venv, ensurepip' 2>/dev/null || die "$py cannot create a venv: install the venv module (Debian/Ubuntu: apt install python3-venv, or python3.X-venv)"
have=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
if [ -n "$have" ] && [ "$(printf '%s\n%s\n' "$NEED_GLIBC" "$have" | sort -V | head -1)" != "$NEED_GLIBC" ]; then
  die "this system has glibc $have; this package needs glibc $NEED_GLIBC or newer (Qt's wheels). Ask for a package built with LINUX_GLIBC=$have"
fi

echo "Installing counsel-app $VERSION with $("$py" -V) into $PREFIX"
rm -rf "$PREFIX/venv"
mkdir -p "$PREFIX"
unset PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_FIND_LINKS PIP_CONSTRAINT PIP_REQUIRE_HASHES PIP_NO_BINARY
"$py" -m venv "$PREFIX/venv"
PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 "$PREFIX/venv/bin/python" -m pip install -q \
  --no-index --find-links "$HERE/wheelhouse" --disable-pip-version-check "counsel-app==$VERSION"
# Qt's support modules as files, compiled once (else from an archive at every start: ~40 ms slower)
SBK_EMBED=0 "$PREFIX/venv/bin/python" -c 'import PySide6.QtCore' >/dev/null 2>&1 || true
"$PREFIX/venv/bin/counsel-app" --version >/dev/null || die "the installed program does not start"

mkdir -p "$BINDIR"
ln -sfn "$PREFIX/venv/bin/counsel-app" "$BINDIR/counsel-app"

# Qt's system libraries (Debian package names) that this machine lacks: the window needs them.
qt=$("$PREFIX/venv/bin/python" -c 'import PySide6, os; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')
missing=$(ldd "$qt/plugins/platforms/libqxcb.so" "$qt/lib/libQt6Widgets.so.6" 2>/dev/null | awk '/not found/{print $1}' | sort -u | tr '\n' ' ')
if [ -n "$missing" ]; then
  echo
  echo "WARNING: Qt needs system libraries that are missing: $missing"
  echo "  Debian/Ubuntu: apt install libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \\"
  echo "    libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libx11-xcb1 \\"
  echo "    libxcb-xinerama0 libfontconfig1 libdbus-1-3"
  echo "  RHEL/Kylin/UOS: the same libraries from the system's package manager (e.g. xcb-util-cursor)."
fi
ldd "$qt/plugins/platforms/libqxcb.so" 2>/dev/null | grep -q 'libxcb-cursor.so.0 => not found' &&
  echo "  (libxcb-cursor0 alone missing already stops Qt >= 6.5 from opening a window)"

if [ -z "${NO_DESKTOP:-}" ]; then
  icon=x-office-presentation
  for f in "$PREFIX"/venv/lib/python3*/site-packages/counsel_app/assets/img/counsel-app.svg; do
    [ -f "$f" ] && icon=$f
  done
  mkdir -p "$APPS"
  cat >"$APPS/counsel-app.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=counsel
Name[zh_CN]=患者宣教
Comment=Patient counselling slides: presenter console and large-print patient view
Exec="$PREFIX/venv/bin/counsel-app" %f
Icon=$icon
Terminal=false
Categories=Office;Presentation;Education;
MimeType=text/markdown;
StartupWMClass=counsel-app
DESKTOP
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" 2>/dev/null || true
  desk=$(command -v xdg-user-dir >/dev/null && xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")
  if [ -d "$desk" ] && [ "$desk" != "$HOME" ]; then
    install -m 755 "$APPS/counsel-app.desktop" "$desk/counsel-app.desktop"
    command -v gio >/dev/null && gio set "$desk/counsel-app.desktop" metadata::trusted true 2>/dev/null || true
    echo "Desktop icon: $desk/counsel-app.desktop"
  fi
  echo "Menu entry:   $APPS/counsel-app.desktop"
fi
cat <<MSG
Program:      $PREFIX/venv  (launcher: $BINDIR/counsel-app)
Settings:     ${XDG_CONFIG_HOME:-$HOME/.config}/counsel/counsel-app.ini
Logs:         ${XDG_DATA_HOME:-$HOME/.local/share}/counsel/counsel-app/logs
Uninstall:    $HERE/uninstall.sh   (keeps settings; --purge removes them too)
MSG
case ":$PATH:" in *":$BINDIR:"*) ;; *) echo "Note: $BINDIR is not on PATH; start it with $BINDIR/counsel-app";; esac
echo "counsel-app $VERSION installed."
SH

cat >"$stage_lin/uninstall.sh" <<'SH'
#!/usr/bin/env bash
# Remove counsel-app installed by install.sh (same PREFIX/BINDIR). --purge also removes settings and logs.
set -euo pipefail
PREFIX=${PREFIX:-$HOME/.local/share/counsel-app}
BINDIR=${BINDIR:-$HOME/.local/bin}
APPS=${XDG_DATA_HOME:-$HOME/.local/share}/applications
link=$BINDIR/counsel-app
if [ -L "$link" ] && [ "$(readlink "$link")" = "$PREFIX/venv/bin/counsel-app" ]; then rm -f "$link"; fi
rm -rf "$PREFIX/venv"
rmdir "$PREFIX" 2>/dev/null || true
rm -f "$APPS/counsel-app.desktop"
desk=$(command -v xdg-user-dir >/dev/null && xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")
[ "$desk" != "$HOME" ] && rm -f "$desk/counsel-app.desktop"
if [ "${1:-}" = --purge ]; then
  rm -f "${XDG_CONFIG_HOME:-$HOME/.config}/counsel/counsel-app.ini"
  rm -rf "${XDG_DATA_HOME:-$HOME/.local/share}/counsel/counsel-app"
  rmdir "${XDG_CONFIG_HOME:-$HOME/.config}/counsel" "${XDG_DATA_HOME:-$HOME/.local/share}/counsel" 2>/dev/null || true
  echo "counsel-app removed, with its settings and logs."
else
  echo "counsel-app removed. Settings and logs kept (uninstall.sh --purge removes them)."
fi
SH

# ---------------------------------------------------------------- Windows: install.ps1 / .bat
# Keep the .ps1 files ASCII: Windows PowerShell 5.1 reads BOM-less scripts in the ANSI code page.
cat >"$stage_win/install.ps1" <<'PS1'
# Install counsel-app for the current user, offline, from the wheelhouse next to this script.
# Needs Python 3.11 or newer from python.org (with the "py" launcher). Running it again replaces
# the program; settings and logs are kept.  Usage: install.bat   (or: install.ps1 [-NoShortcut])
param([switch]$NoShortcut)
$ErrorActionPreference = 'Stop'
$Version = '@VERSION@'
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$AppDir = Join-Path $env:LOCALAPPDATA 'counsel-app'
$Venv = Join-Path $AppDir 'venv'

function Fail($msg) { Write-Host "install: $msg" -ForegroundColor Red; exit 1 }

# Find Python 3.11 .. 3.15: COUNSEL_PYTHON, then the py launcher, then python.exe on PATH.
$check = 'import sys; sys.exit(not (3,11) <= sys.version_info[:2] < (3,16))'
$py = $null
$candidates = @()
if ($env:COUNSEL_PYTHON) { $candidates += ,@($env:COUNSEL_PYTHON) }
foreach ($v in '-3.13', '-3.12', '-3.11', '-3', '-3.14', '-3.15') { $candidates += ,@('py', $v) }
$candidates += ,@('python')
foreach ($c in $candidates) {
    $exe = $c[0]; $rest = @($c | Select-Object -Skip 1)
    if (-not (Get-Command $exe -ErrorAction SilentlyContinue)) { continue }
    try { & $exe @rest -c $check 2>$null | Out-Null } catch { continue }
    if ($LASTEXITCODE -eq 0) { $py = $c; break }
}
if (-not $py) { Fail 'Python 3.11 or newer is needed. Install it from python.org (the installer is offline; tick "py launcher"), then run install.bat again.' }
$pyExe = $py[0]; $pyArgs = @($py | Select-Object -Skip 1)
Write-Host "Installing counsel-app $Version with $(& $pyExe @pyArgs -V) into $Venv"

if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
New-Item -ItemType Directory -Force -Path $AppDir | Out-Null
& $pyExe @pyArgs -m venv $Venv
if ($LASTEXITCODE -ne 0) { Fail 'could not create the venv' }

$env:PIP_CONFIG_FILE = 'nul'  # os.devnull: pip then reads no pip.ini
$env:PIP_NO_INDEX = '1'
foreach ($v in 'PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS', 'PIP_CONSTRAINT', 'PIP_NO_BINARY') {
    Remove-Item "Env:$v" -ErrorAction SilentlyContinue
}
& (Join-Path $Venv 'Scripts\python.exe') -m pip install -q --no-index --disable-pip-version-check `
    --find-links (Join-Path $Here 'wheelhouse') "counsel-app==$Version"
if ($LASTEXITCODE -ne 0) { Fail 'pip could not install from the wheelhouse' }
# Qt's support modules as files, compiled once (else from an archive at every start: ~40 ms slower)
$env:SBK_EMBED = '0'
try { & (Join-Path $Venv 'Scripts\python.exe') -c 'import PySide6.QtCore' 2>$null | Out-Null } catch { }
Remove-Item Env:SBK_EMBED -ErrorAction SilentlyContinue
& (Join-Path $Venv 'Scripts\counsel-app.exe') --version | Out-Null
if ($LASTEXITCODE -ne 0) { Fail 'the installed program does not start' }

if (-not $NoShortcut) {
    # pythonw.exe: no console window behind the slides.
    $target = Join-Path $Venv 'Scripts\pythonw.exe'
    $icon = Join-Path $Venv 'Lib\site-packages\counsel_app\assets\img\counsel-app.ico'
    if (-not (Test-Path $icon)) { $icon = "$target,0" }
    $shell = New-Object -ComObject WScript.Shell
    $places = @([Environment]::GetFolderPath('Desktop'), [Environment]::GetFolderPath('Programs'))
    foreach ($dir in $places) {
        $lnk = $shell.CreateShortcut((Join-Path $dir 'counsel.lnk'))
        $lnk.TargetPath = $target
        $lnk.Arguments = '-m counsel_app'
        $lnk.WorkingDirectory = $env:USERPROFILE
        $lnk.IconLocation = $icon
        $lnk.Description = 'counsel: patient counselling slides'
        $lnk.Save()
    }
    Write-Host "Shortcuts:  Desktop and Start menu ('counsel')"
}
Write-Host "Program:    $Venv  (command line: $Venv\Scripts\counsel-app.exe)"
Write-Host "Settings:   $env:APPDATA\counsel\counsel-app.ini"
Write-Host "Logs:       $env:LOCALAPPDATA\counsel\counsel-app\logs"
Write-Host "Uninstall:  uninstall.bat  (keeps settings; uninstall.bat -Purge removes them too)"
Write-Host "counsel-app $Version installed." -ForegroundColor Green
PS1

cat >"$stage_win/uninstall.ps1" <<'PS1'
# Remove counsel-app installed by install.ps1. -Purge also removes settings and logs.
param([switch]$Purge)
$ErrorActionPreference = 'Stop'
$AppDir = Join-Path $env:LOCALAPPDATA 'counsel-app'
foreach ($dir in [Environment]::GetFolderPath('Desktop'), [Environment]::GetFolderPath('Programs')) {
    Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $dir 'counsel.lnk')
}
if (Test-Path $AppDir) { Remove-Item -Recurse -Force $AppDir }
if ($Purge) {
    Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $env:APPDATA 'counsel\counsel-app.ini')
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $env:LOCALAPPDATA 'counsel\counsel-app')
    Write-Host 'counsel-app removed, with its settings and logs.'
} else {
    Write-Host 'counsel-app removed. Settings and logs kept (uninstall.bat -Purge removes them).'
}
PS1

bat() {  # $1 = script name; CRLF line endings for cmd.exe
  printf '%s\r\n' '@echo off' \
    "rem Runs $1.ps1 next to this file (double-click, or from cmd: $1.bat [options])." \
    "powershell.exe -NoProfile -ExecutionPolicy Bypass -File \"%~dp0$1.ps1\" %*" \
    'set rc=%ERRORLEVEL%' \
    'echo %CMDCMDLINE% | find /i "/c" >nul && pause' \
    'exit /b %rc%' >"$stage_win/$1.bat"
}
bat install
bat uninstall
for f in "$stage_lin/install.sh"; do
  sed -i "s/@VERSION@/$VERSION/; s/@NEED_GLIBC@/$NEED_GLIBC/" "$f"
done
sed -i "s/@VERSION@/$VERSION/" "$stage_win/install.ps1"
sed -i 's/$/\r/' "$stage_win/install.ps1" "$stage_win/uninstall.ps1"
chmod 755 "$stage_lin/install.sh" "$stage_lin/uninstall.sh"
bash -n "$stage_lin/install.sh"; bash -n "$stage_lin/uninstall.sh"
if LC_ALL=C grep -nP '[^\x00-\x7f]' "$stage_win"/*.ps1 "$stage_win"/*.bat; then
  echo "make_dist: non-ASCII in Windows scripts" >&2; exit 1
fi
cat >"$stage_lin/README.txt" <<TXT
counsel-app $VERSION for Linux x86_64 (glibc $NEED_GLIBC or newer, Python 3.11 to 3.15), offline.

  ./install.sh          install for this user (no network, no root); prints where things went
  ./uninstall.sh        remove it (--purge: also settings and logs)

Settings: ~/.config/counsel/counsel-app.ini   Logs: ~/.local/share/counsel/counsel-app/logs
TXT
printf '%s\r\n' "counsel-app $VERSION for Windows x86_64 (Python 3.11 to 3.15 from python.org), offline." '' \
  '  install.bat      install for this user (no network, no admin): desktop + Start menu shortcut "counsel"' \
  '  uninstall.bat    remove it (uninstall.bat -Purge: also settings and logs)' '' \
  'Settings: %APPDATA%\counsel\counsel-app.ini   Logs: %LOCALAPPDATA%\counsel\counsel-app\logs' >"$stage_win/README.txt"

say "archives"
rm -f "$DIST"/counsel-app-*-linux-x86_64.tar.gz "$DIST"/counsel-app-*-windows-x86_64.zip
tar -C "$WORK/stage" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  -cf - "$LIN" | gzip -n -6 >"$DIST/$LIN.tar.gz"
python3 - "$WORK/stage" "$WIN" "$DIST/$WIN.zip" <<'PY'
import os, sys, time, zipfile
base, top, out = sys.argv[1:]
stamp = time.gmtime(max(int(os.environ["SOURCE_DATE_EPOCH"]), 315532800))[:6]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    for d, dirs, files in os.walk(os.path.join(base, top)):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            info = zipfile.ZipInfo(os.path.relpath(p, base).replace(os.sep, "/"), stamp)
            info.external_attr = 0o644 << 16
            # wheels are zips already: store them, deflate the scripts
            info.compress_type = zipfile.ZIP_STORED if f.endswith(".whl") else zipfile.ZIP_DEFLATED
            with open(p, "rb") as fh:
                z.writestr(info, fh.read())
PY

if [ "$BUNDLE" = 1 ]; then
  say "PyInstaller bundle"
  if ! BUNDLE_SRC=$WORK/src bash "$ROOT/packaging/build_bundle.sh"; then
    echo "make_dist: WARNING: the PyInstaller bundle failed (see above); the wheel archives are unaffected" >&2
  fi
fi

say "SHA256SUMS"
(cd "$DIST" && sha256sum -- counsel-app-"$VERSION"-*.tar.gz counsel-app-"$VERSION"-*.zip >SHA256SUMS && cat SHA256SUMS)
ls -la "$DIST" | grep -E 'counsel-app-|SHA256SUMS'

if [ -z "${SKIP_TEST:-}" ]; then
  say "offline install test"
  bash "$ROOT/packaging/test_offline_install.sh" "$WH_LIN" "$DIST/$LIN.tar.gz" "$WH_WIN"
fi
say "done"
