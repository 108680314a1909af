#!/bin/sh
# The generated romanisation test (issue 15): the corpora's person CJK
# under names written in every romanisation src/roman_tables.c knows
# (Pinyin, Wade-Giles, Taiwan forms, Tongyong, Cantonese, Hokkien,
# Korean, a Western given name) must be typed person, and under a CJK
# that ends like a hall, temple or hill, other (tests/romantypes.py).
. "$(dirname "$0")/lib.sh"
corpus_script romantypes romantypes --seed 15 --per-style 100
ok "romanised names: typed right >= 0.98" \
	json_at_least "$TMP/romantypes.json" accuracy 0.98
done_testing
