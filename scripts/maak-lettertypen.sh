#!/usr/bin/env bash
# Makes the site's two cut versions of Source Sans 3 (OFL), both limited to the character ranges
# in src/lib/kern/tekens.ts (Latin with the accents of European and Vietnamese names):
#   public/fonts/SafehouseSansPDF-{Regular,Bold}.ttf   for PDFs: TTF (pdf-lib embeds TTF), no
#     ligatures, so text copied or extracted from a PDF equals what was typed, and no OpenType
#     layout tables (GSUB, GPOS, GDEF): pdf-lib measures with advance widths and draws one glyph per
#     character, so they never change a PDF, but fontkit runs their lookups for every line of text
#     (3.6x slower; tests/unit/pdf-vingerafdruk.test.ts proves the PDFs stay byte-identical);
#   public/fonts/SafehouseSans-{Regular,Bold}[-uitgebreid].woff2  for the web pages, unhinted, split
#     by src/lib/lettertype/web.ts: a page downloads only the small basis file (~15 KB) instead of
#     2 × 109 KB of the full font; the uitgebreid file only when it shows such a character.
# A cut font is a Modified Version under the OFL and "Source" is a Reserved Font Name, so the
# families are renamed; the licence travels with them.
# Needs pyftsubset with brotli (Debian: apt-get install fonttools python3-brotli). Run it again
# when the ranges change. tests/unit/pdf-lettertype.test.ts and tests/unit/weblettertype.test.ts
# fail when the fonts and the ranges (or the site's text) disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
unicodes() {
  node --input-type=module -e "
    const m = await import('./src/lib/lettertype/web.ts');
    const p = await import('./src/lib/kern/tekens.ts');
    console.log(m.alsUnicodeRange($1));
  "
}
alles=$(unicodes p.GEWENSTE_BEREIKEN)
basis=$(unicodes m.WEB_BASIS_BEREIKEN)
uitgebreid=$(unicodes m.WEB_UITGEBREID_BEREIKEN)
python="$(head -n1 "$(command -v pyftsubset)" | sed "s/^#!//")"  # the Python that has fontTools

# snij GEWICHT FAMILIE DOEL UNICODES [pyftsubset-opties…]
snij() {
  local gewicht=$1 familie=$2 doel=$3 tekens=$4
  shift 4
  pyftsubset "node_modules/source-sans/TTF/SourceSans3-$gewicht.ttf" --unicodes="$tekens" \
    --output-file="$doel.tmp" --name-IDs='*' --name-languages='*' --notdef-outline --desubroutinize "$@"
  "$python" - "$doel.tmp" "$doel" "$gewicht" "$familie" <<'PY'
import sys
from fontTools.ttLib import TTFont
bron, doel, gewicht, familie = sys.argv[1:5]
f = TTFont(bron)
ps = familie.replace(' ', '') + '-' + gewicht
nieuw = {1: familie, 3: ps, 4: familie, 6: ps, 16: familie, 17: gewicht}
for rec in f['name'].names:
    if rec.nameID in nieuw:
        rec.string = nieuw[rec.nameID]
    elif rec.nameID == 5:
        rec.string = str(rec.toUnicode()) + '; subset for Safehouse-portaal' + (' PDFs' if familie.endswith('PDF') else '')
f['name'].names = [r for r in f['name'].names if r.nameID not in (18, 21, 22, 25)]
f.save(doel)
PY
  rm "$doel.tmp"
  ls -l "$doel"
}

for gewicht in Regular Bold; do
  snij "$gewicht" 'Safehouse Sans PDF' "public/fonts/SafehouseSansPDF-$gewicht.ttf" "U+000A,$alles" \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF --no-hinting
  snij "$gewicht" 'Safehouse Sans' "public/fonts/SafehouseSans-$gewicht.woff2" "$basis" --flavor=woff2 --no-hinting
  snij "$gewicht" 'Safehouse Sans' "public/fonts/SafehouseSans-$gewicht-uitgebreid.woff2" "$uitgebreid" --flavor=woff2 --no-hinting
done
cp node_modules/source-sans/LICENSE.md public/fonts/OFL-SafehouseSansPDF.txt
cp node_modules/source-sans/LICENSE.md public/fonts/OFL-SafehouseSans.txt
# The list of characters the form accepts: what the cut fonts really have.
node scripts/maak-tekenlijst.ts
