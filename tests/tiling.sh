#!/bin/sh
# Invariants on every fixture and, when ../shared/corpus is beside the
# project, on every file of its dev and dev-real corpora: the stories tile
# the file byte for byte,
# every json line is valid, the text format prints each non-blank line once.
. "$(dirname "$0")/lib.sh"
command -v "$PYTHON3" >/dev/null 2>&1 || skip_all "python3 not found"
for f in "$SRCDIR"/tests/e2e/*.in "$SRCDIR"/samples/*.txt \
	 "$SRCDIR"/../shared/corpus/dev/*.txt \
	 "$SRCDIR"/../shared/corpus/dev-real/*.txt; do
	[ -f "$f" ] || continue
	ok "tiles: ${f#"$SRCDIR"/}" "$PYTHON3" "$SRCDIR/tests/tiling.py" "$STORYSIFT" "$f"
done
done_testing
