#!/bin/sh
# The GNU parallel recipe of the README: one storysift per file, output in
# the order of the files (-k), is the same as one storysift over them all.
. "$(dirname "$0")/lib.sh"
command -v parallel >/dev/null 2>&1 || skip_all "GNU parallel not found"
cd "$SRCDIR/tests/e2e" || exit 1

same_as_one_run() {
	"$STORYSIFT" --format=json ./*.in >"$TMP/one" &&
	parallel --will-cite -k "$STORYSIFT" --format=json ::: ./*.in \
		>"$TMP/many" &&
	cmp "$TMP/one" "$TMP/many"
}
ok "parallel -k storysift --format=json ::: FILES == one run" same_as_one_run

glossary_sums() {
	# --glossary per file, summed: the same totals as over all files.
	"$STORYSIFT" --glossary ./*.in | sort >"$TMP/g1" &&
	parallel --will-cite "$STORYSIFT" --glossary ::: ./*.in |
		awk -F '\t' '{ n[$1 "\t" $2 "\t" $3] += $4 }
			END { for (k in n) print k "\t" n[k] }' | sort >"$TMP/g2" &&
	cmp "$TMP/g1" "$TMP/g2"
}
ok "per-file glossaries sum to the glossary of all files" glossary_sums
done_testing
