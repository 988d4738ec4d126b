#!/usr/bin/env bash
# Validates every shipped form against schemas/form.xsd, and checks that the schema
# rejects the known-bad documents in tests/data/forms/schema-bad/.
#
# Usage: validate_xml_against_schema.sh SOURCE_DIR
#
# Good forms: forms/*.xml (at least one must exist) and plugins/*/forms/*.xml (may be none).
# Bad forms:  tests/data/forms/schema-bad/*.xml; each names the error it must cause in a
#             comment "<!-- expect-error: <text> -->", and xmllint's output must contain <text>.
# Prints one line per file; exits non-zero if any file is not as expected.
set -u

if [[ $# -ne 1 || ! -d "$1" ]]; then
    echo "usage: $0 SOURCE_DIR" >&2
    exit 2
fi
src="$1"
schema="$src/schemas/form.xsd"

if ! command -v xmllint >/dev/null 2>&1; then
    echo "FAIL: xmllint not found (Debian/Ubuntu: apt-get install libxml2-utils)" >&2
    exit 2
fi
if [[ ! -f "$schema" ]]; then
    echo "FAIL: no schema at $schema" >&2
    exit 1
fi

failures=0

# The schema itself must be a well-formed document.
if ! out=$(xmllint --noout --nonet "$schema" 2>&1); then
    echo "FAIL  $schema is not well-formed:"
    printf '%s\n' "$out" | sed 's/^/      /'
    exit 1
fi

shopt -s nullglob

core_forms=("$src"/forms/*.xml)
plugin_forms=("$src"/plugins/*/forms/*.xml)
bad_forms=("$src"/tests/data/forms/schema-bad/*.xml)

if [[ ${#core_forms[@]} -eq 0 ]]; then
    echo "FAIL  no core forms found in $src/forms/"
    failures=$((failures + 1))
fi

for f in "${core_forms[@]}" "${plugin_forms[@]}"; do
    rel="${f#"$src"/}"
    if out=$(xmllint --noout --nonet --schema "$schema" "$f" 2>&1); then
        echo "ok        $rel"
    else
        echo "FAIL      $rel"
        printf '%s\n' "$out" | sed 's/^/          /'
        failures=$((failures + 1))
    fi
done

if [[ ${#bad_forms[@]} -eq 0 ]]; then
    echo "FAIL  no known-bad documents found in $src/tests/data/forms/schema-bad/"
    failures=$((failures + 1))
fi

for f in "${bad_forms[@]}"; do
    rel="${f#"$src"/}"
    expected=$(sed -n 's/.*expect-error: *//p' "$f" | head -n 1 | sed 's/ *\(-->\)\{0,1\} *$//')
    if [[ -z "$expected" ]]; then
        echo "FAIL      $rel has no 'expect-error:' comment"
        failures=$((failures + 1))
        continue
    fi
    if out=$(xmllint --noout --nonet --schema "$schema" "$f" 2>&1); then
        echo "FAIL      $rel was accepted, but the schema must reject it ($expected)"
        failures=$((failures + 1))
    elif ! grep -qF -- "$expected" <<<"$out"; then
        echo "FAIL      $rel was rejected, but not for the expected reason ($expected):"
        printf '%s\n' "$out" | sed 's/^/          /'
        failures=$((failures + 1))
    else
        echo "rejected  $rel (as expected: $expected)"
    fi
done

if [[ $failures -ne 0 ]]; then
    echo "$failures file(s) not as expected"
    exit 1
fi
echo "all forms match the schema; all known-bad documents are rejected"
