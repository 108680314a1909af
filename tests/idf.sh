#!/bin/sh
# The committed word weights (src/idf_table.c) are what src/mkidf.sh makes
# of the project's own text, when that text (../shared/corpus) is beside
# the project: the table is reproducible, and `make idf-table` after a
# change of that text is not forgotten.
. "$(dirname "$0")/lib.sh"
CORPUS=$SRCDIR/../shared/corpus
[ -d "$CORPUS/dev" ] && [ -d "$CORPUS/dev-real" ] ||
	skip_all "no ../shared/corpus/dev and dev-real"
sh "$SRCDIR/src/mkidf.sh" "$CORPUS"/dev/*.txt "$CORPUS"/dev-real/*.txt \
	"$SRCDIR"/samples/*.txt >"$TMP/idf_table.c"
ok "mkidf.sh runs" test $? -eq 0
ok "src/idf_table.c is what mkidf.sh writes" \
	cmp "$TMP/idf_table.c" "$SRCDIR/src/idf_table.c"
done_testing
