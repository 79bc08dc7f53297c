#!/bin/sh
# Regenerates DayarlyqSerif-Regular.ttf and DayarlyqSerif-Bold.ttf beside this script from
# Liberation Serif 2.x (Debian package fonts-liberation2), as README.md describes.
#
# Needs: fonts-liberation2, fonttools (pyftsubset and the fontTools Python module), and
# optionally brotli (to print the compressed sizes). Deterministic: the same inputs give the
# same bytes (head.modified is pinned to head.created).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=${LIBERATION_DIR:-/usr/share/fonts/truetype/liberation2}
# Debian's fontTools lives in the system Python, which a pyenv `python3` on PATH may hide.
python=${PYTHON:-/usr/bin/python3}
[ -x "$python" ] || python=python3

# Latin: Basic Latin and Latin-1 (names typed in Latin letters, «», °, §, no-break space).
# Cyrillic: the Russian alphabet with Ѐ–џ, and the nine Kazakh letters in both cases
# (Ғ ғ Қ қ Ң ң Ү ү Ұ ұ Һ һ Ә ә Ө ө; І і are in U+0406/U+0456).
# Punctuation of the forms: dashes, quotes, ellipsis, bullet, №, narrow and thin spaces.
unicodes="U+0020-007E,U+00A0-00FF,U+0400-045F,U+0492-0493,U+049A-049B,U+04A2-04A3,\
U+04AE-04AF,U+04B0-04B1,U+04BA-04BB,U+04D8-04D9,U+04E8-04E9,U+2009,U+2010-2014,\
U+2018-201E,U+2022,U+2026,U+202F,U+2116"

for style in Regular Bold; do
  in="$src/LiberationSerif-$style.ttf"
  tmp="$here/.subset-$style.ttf"
  out="$here/DayarlyqSerif-$style.ttf"
  pyftsubset "$in" \
    --output-file="$tmp" \
    --unicodes="$unicodes" \
    --layout-features='kern,liga' \
    --no-hinting \
    --desubroutinize \
    --drop-tables+=FFTM,gasp \
    --name-IDs='0,1,2,3,4,5,6,7,8,9,10,11,12,13,14' \
    --name-languages=0x409 \
    --no-glyph-names \
    --notdef-outline \
    --recalc-bounds
  "$python" - "$tmp" "$out" "$style" <<'PY'
import sys
from fontTools.ttLib import TTFont

src, dst, style = sys.argv[1:4]
font = TTFont(src, recalcTimestamp=False)
# OFL 1.1 §3: a modified version must not use the Reserved Font Names ("Liberation", "Tinos").
family = "Dayarlyq Serif"
postscript = "DayarlyqSerif-" + style
full = family if style == "Regular" else family + " " + style
version = font["name"].getDebugName(5) or "Version 2"
names = {
    1: family,
    2: style,
    3: "Dayarlyq: " + postscript + " " + version.replace("Version ", ""),
    4: full,
    6: postscript,
    10: "Modified from Liberation Serif (" + version + "): trimmed to Latin and Cyrillic with "
        "the Kazakh letters, hinting removed, renamed, for the Dayarlyq documents.",
}
name = font["name"]
for rec in list(name.names):
    if rec.nameID in names:
        name.removeNames(nameID=rec.nameID)
for name_id, text in names.items():
    name.setName(text, name_id, 3, 1, 0x409)
font["head"].modified = font["head"].created
font.save(dst, reorderTables=True)
PY
  rm -f "$tmp"
  raw=$(wc -c <"$out")
  if command -v brotli >/dev/null 2>&1; then
    echo "$(basename "$out"): $raw bytes, $(brotli -c "$out" | wc -c) bytes brotli"
  else
    echo "$(basename "$out"): $raw bytes"
  fi
done
