#!/bin/sh
# The corpus scores (../shared/corpus/dev and dev-real, when they are
# beside the project) must stay at or above the thresholds the issues set.
. "$(dirname "$0")/lib.sh"
DEV=$SRCDIR/../shared/corpus/dev
SCORE=$SRCDIR/../shared/tools/score
[ -d "$DEV" ] && [ -x "$SCORE" ] || skip_all "no ../shared/corpus/dev"
command -v "$PYTHON3" >/dev/null 2>&1 || skip_all "python3 not found"

"$PYTHON3" "$SCORE" --json --bin "$STORYSIFT" "$DEV" >"$TMP/all.json"
"$PYTHON3" "$SCORE" --json --bin "$STORYSIFT" "$DEV/seed.txt" >"$TMP/seed.json"
cat "$TMP/all.json" | sed 's/^/# /'
# Issue 3: boundaries, kinds, kickers and decks.
ok "boundary F1 >= 0.98" json_at_least "$TMP/all.json" boundary_f1 0.98
ok "story exact >= 0.95" json_at_least "$TMP/all.json" story_exact 0.95
ok "Pk <= 0.03" json_at_most "$TMP/all.json" pk 0.03
ok "kind accuracy >= 0.99" json_at_least "$TMP/all.json" kind_acc 0.99
ok "truncation accuracy >= 0.99" json_at_least "$TMP/all.json" trunc_acc 0.99
ok "kicker accuracy >= 0.99" json_at_least "$TMP/all.json" kicker_acc 0.99
ok "deck exact >= 0.95" json_at_least "$TMP/all.json" deck_acc 0.95
# Issue 4: glosses.
ok "gloss F1 >= 0.98" json_at_least "$TMP/all.json" gloss_f1 0.98
ok "person-gloss F1 >= 0.98" json_at_least "$TMP/all.json" gloss_person_f1 0.98
ok "gloss type accuracy >= 0.97" json_at_least "$TMP/all.json" gloss_type_acc 0.97
for key in boundary_f1 story_exact kind_acc trunc_acc kicker_acc deck_acc gloss_f1; do
	ok "seed: $key = 1.000" json_at_least "$TMP/seed.json" "$key" 1.0
done
# Issue 13: pages in the shapes real scraped pages take.
REAL=$SRCDIR/../shared/corpus/dev-real
if [ -d "$REAL" ]; then
	"$PYTHON3" "$SCORE" --json --bin "$STORYSIFT" "$REAL" >"$TMP/real.json"
	sed 's/^/# dev-real: /' "$TMP/real.json"
	ok "dev-real: boundary F1 >= 0.95" json_at_least "$TMP/real.json" boundary_f1 0.95
	ok "dev-real: Pk <= 0.05" json_at_most "$TMP/real.json" pk 0.05
	ok "dev-real: story exact >= 0.85" json_at_least "$TMP/real.json" story_exact 0.85
	ok "dev-real: kind accuracy >= 0.95" json_at_least "$TMP/real.json" kind_acc 0.95
	ok "dev-real: truncation accuracy >= 0.95" json_at_least "$TMP/real.json" trunc_acc 0.95
	# Issue 15: kickers, decks and glosses on real pages too.
	ok "dev-real: kicker accuracy >= 0.98" json_at_least "$TMP/real.json" kicker_acc 0.98
	ok "dev-real: deck exact >= 0.95" json_at_least "$TMP/real.json" deck_acc 0.95
	ok "dev-real: gloss F1 >= 0.98" json_at_least "$TMP/real.json" gloss_f1 0.98
	ok "dev-real: person-gloss F1 >= 0.98" json_at_least "$TMP/real.json" gloss_person_f1 0.98
	ok "dev-real: gloss type accuracy >= 0.97" json_at_least "$TMP/real.json" gloss_type_acc 0.97
else
	skip "dev-real scores" "no ../shared/corpus/dev-real"
fi
done_testing
