#!/usr/bin/env bash
# Build the PyInstaller one-folder app (packaging/counsel-app.spec) into dist/bundle/counsel-app/
# and pack dist/counsel-app-<version>-linux-x86_64-bundle.tar.gz. Needs PyPI (for pyinstaller).
# Qt and markdown-it versions: those in dist/wheelhouse-linux-x86_64 when make_dist.sh made it.
# BUNDLE_SRC=dir: build from that copy of the checkout (make_dist.sh passes the snapshot its wheel
# was built from, so wheel and bundle hold the same code while others keep editing).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
T0=$SECONDS
VERSION=$(python3 -c 'import re; print(re.search(r"^__version__\s*=\s*[\"\x27]([^\"\x27]+)", open("counsel_app/__init__.py").read(), re.M).group(1))')
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
BVENV=$ROOT/build/venv-bundle
WH=$ROOT/dist/wheelhouse-linux-x86_64
NAME=counsel-app-$VERSION-linux-x86_64-bundle
SRC=${BUNDLE_SRC:-$ROOT}
[ -f "$SRC/packaging/counsel-app.spec" ] || SRC=$ROOT
mkdir -p build dist

# runtime dependencies from pyproject.toml, pinned to the wheelhouse's versions when there is one
python3 - "$WH" >build/bundle-requirements.txt <<'PY'
import glob, os, sys, tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))
for whl in sorted(glob.glob(os.path.join(sys.argv[1], "*.whl"))):
    name, version = os.path.basename(whl).split("-")[:2]
    if name != "counsel_app":
        print(f"{name.replace('_', '-')}=={version}")
PY
if ! cmp -s build/bundle-requirements.txt "$BVENV/.requirements" 2>/dev/null; then
  rm -rf "$BVENV"
  python3 -m venv "$BVENV"
  "$BVENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  "$BVENV/bin/python" -m pip install -q --disable-pip-version-check pyinstaller -r build/bundle-requirements.txt
  cp build/bundle-requirements.txt "$BVENV/.requirements"
fi
# PySide's support modules as files with their bytecode, for the spec to bundle (see counsel-app.spec)
SBK_EMBED=0 "$BVENV/bin/python" -c 'import PySide6.QtCore'
"$BVENV/bin/python" -c 'import pathlib, shiboken6; print(pathlib.Path(shiboken6.__file__).parent / "files.dir")' \
  | xargs "$BVENV/bin/python" -m compileall -q --invalidation-mode unchecked-hash
echo "build_bundle: $("$BVENV/bin/pyinstaller" --version 2>/dev/null | sed 's/^/pyinstaller /'), $("$BVENV/bin/python" -m pip list --format=freeze 2>/dev/null | grep -iE '^(pyside6|shiboken6|markdown-it)' | tr '\n' ' ')"

rm -rf dist/bundle
"$BVENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist/bundle --workpath build/pyinstaller "$SRC/packaging/counsel-app.spec"
"dist/bundle/counsel-app/counsel-app" --version

rm -f dist/counsel-app-*-linux-x86_64-bundle.tar.gz
tar -C dist/bundle --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  --transform "s,^counsel-app,$NAME," -cf - counsel-app | gzip -n -6 >"dist/$NAME.tar.gz"
(cd dist && sha256sum -- counsel-app-"$VERSION"-*.tar.gz counsel-app-"$VERSION"-*.zip >SHA256SUMS 2>/dev/null) || true
echo "build_bundle: dist/bundle/counsel-app $(du -sh dist/bundle/counsel-app | cut -f1)," \
     "dist/$NAME.tar.gz $(du -h "dist/$NAME.tar.gz" | cut -f1), $((SECONDS - T0))s"
