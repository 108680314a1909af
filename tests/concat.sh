#!/bin/sh
# Whole corpus files pasted back to back (../shared/corpus/dev and dev-real,
# when they are beside the project): a story must start where each file
# begins, and nowhere its own run does not start one (tests/concat.py).
. "$(dirname "$0")/lib.sh"
skip_under_valgrind
corpus_script concatenation concat --seed 13 --combos 300 \
	--min-recall 0.98 --max-false-per-file 0.02
# Issue 13's targets are not met yet (see README, "Known gaps"): they run
# as TAP TODO items, so the figures show in the log and make check turns
# red (XPASS) the day they hold, for the TODO to be removed.  The floors
# below hold what has been reached: a change that loses joins or adds
# false starts fails.
todo "issue 13: most missed joins open on the next page's furniture" \
	"concatenation: join recall >= 0.98" \
	json_at_least "$TMP/concatenation.json" join_recall 0.98
todo "issue 13: page state still leaks across some joins" \
	"concatenation: false starts <= 1 per 50 files" \
	json_at_most "$TMP/concatenation.json" false_per_file 0.02
ok "concatenation: join recall >= 0.94 (floor)" \
	json_at_least "$TMP/concatenation.json" join_recall 0.94
ok "concatenation: false starts <= 0.03 per file (floor)" \
	json_at_most "$TMP/concatenation.json" false_per_file 0.03
# The same pages parted by a blank line, as some scrapers dump them: the
# rules that read the spacing must not take that line for a page's own.
corpus_script concatenation-gap concat --seed 13 --combos 300 --gap 1 \
	--min-recall 0.98 --max-false-per-file 0.02
ok "concatenation, a blank line between pages: join recall >= 0.93 (floor)" \
	json_at_least "$TMP/concatenation-gap.json" join_recall 0.93
ok "concatenation, a blank line between pages: false starts <= 0.03 per file (floor)" \
	json_at_most "$TMP/concatenation-gap.json" false_per_file 0.03
# The same pages with the line the dump cut them in left out (most corpus
# files end inside a line): they end on a complete paragraph, as pages do
# when the scraper has them whole, and no cut line tells where the next
# begins.
corpus_script concatenation-whole concat --seed 13 --combos 300 \
	--drop-cut-ends --min-recall 0.98 --max-false-per-file 0.02
ok "concatenation, pages ending whole: join recall >= 0.82 (floor)" \
	json_at_least "$TMP/concatenation-whole.json" join_recall 0.82
ok "concatenation, pages ending whole: false starts <= 0.09 per file (floor)" \
	json_at_most "$TMP/concatenation-whole.json" false_per_file 0.09
done_testing
