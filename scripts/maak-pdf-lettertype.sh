#!/usr/bin/env bash
# Makes public/fonts/SafehouseSansPDF-{Regular,Bold}.ttf: Source Sans 3 (OFL) cut to the
# character ranges in src/lib/pdf/tekens.ts, so the first PDF downloads ~100 KB less.
# A cut font is a Modified Version under the OFL and "Source" is a Reserved Font Name, so the
# family is renamed to "Safehouse Sans PDF"; the licence travels with it.
# Needs pyftsubset (Debian: apt-get install fonttools). Run it again when the ranges change;
# No ligatures (liga): text copied or extracted from the PDF must equal what was typed.
# tests/unit/pdf-lettertype.test.ts fails when the font and the ranges disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
bereiken=$(node --input-type=module -e "
  const { GEWENSTE_BEREIKEN } = await import('./src/lib/pdf/tekens.ts');
  console.log(GEWENSTE_BEREIKEN.map(([a, b]) => 'U+' + a.toString(16).padStart(4, '0') + '-' + b.toString(16).padStart(4, '0')).join(','));
")
for gewicht in Regular Bold; do
bron=node_modules/source-sans/TTF/SourceSans3-$gewicht.ttf
doel=public/fonts/SafehouseSansPDF-$gewicht.ttf
pyftsubset "$bron" --unicodes="U+000A,$bereiken" --output-file="$doel.tmp" \
  --layout-features='kern,mark,mkmk,ccmp,locl' --name-IDs='*' --name-languages='*' --notdef-outline --no-hinting --desubroutinize
python="$(head -n1 "$(command -v pyftsubset)" | sed "s/^#!//")"  # the Python that has fontTools
"$python" - "$doel.tmp" "$doel" "$gewicht" <<'PY'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
nieuw = {1: 'Safehouse Sans PDF', 3: 'SafehouseSansPDF-' + sys.argv[3], 4: 'Safehouse Sans PDF', 6: 'SafehouseSansPDF-' + sys.argv[3], 16: 'Safehouse Sans PDF', 17: sys.argv[3]}
for rec in f['name'].names:
    if rec.nameID in nieuw:
        rec.string = nieuw[rec.nameID]
    elif rec.nameID == 5:
        rec.string = str(rec.toUnicode()) + '; subset for Safehouse-portaal PDFs'
f['name'].names = [r for r in f['name'].names if r.nameID not in (18, 21, 22, 25)]
f.save(sys.argv[2])
PY
rm "$doel.tmp"
ls -l "$doel"
done
cp node_modules/source-sans/LICENSE.md public/fonts/OFL-SafehouseSansPDF.txt
# The list of characters the form accepts: what the cut fonts really have.
node scripts/maak-tekenlijst.ts
