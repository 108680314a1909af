#!/bin/sh
# The generated deck test (issue 15): the decks and ledes of the corpora's
# kicker paragraphs, recombined (deck i + lede j, 500 seeded cases, and
# every deck once with no lede after it), must split where deck i ends
# (tests/decks.py).
. "$(dirname "$0")/lib.sh"
corpus_script decks decks --seed 15 --cases 500 --min-exact 0.95
ok "decks: generated splits exact >= 0.95" \
	json_at_least "$TMP/decks.json" exact 0.95
done_testing
