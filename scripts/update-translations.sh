#!/usr/bin/env bash
# Collects the desktop app's translatable strings (_(), wxPLURAL, wxTRANSLATE) into
# host/gui/translations/parity.pot and merges them into each <lang>.po, keeping what is
# translated. New strings arrive untranslated (shown in English until someone translates them).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=host/gui/translations
find host/gui -name '*.cpp' -o -name '*.h' | sort > "$dir/.sources"
xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE \
    --package-name=parity --add-comments=TRANSLATORS --sort-by-file \
    --files-from="$dir/.sources" --output="$dir/parity.pot"
rm -f "$dir/.sources"
for po in "$dir"/*.po; do
    msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" "$dir/parity.pot"
    echo "$po: $(msgfmt --statistics -o /dev/null "$po" 2>&1)"
done
