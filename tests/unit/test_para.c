/* test_para.c — what one line says about itself (para_analyze) and how it
 * opens (opening_kicker, opening_dateline): SPEC §2.1–§2.4. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opening.h"
#include "para.h"
#include "reference.h"
#include "text.h"

static struct para p;

static const uint8_t *U(const char *s)
{
	return (const uint8_t *)s;
}

static void analyze(const char *line)
{
	para_analyze(U(line), strlen(line), &p);
}

/* The kicker para_analyze found in line, or "" when none. */
static const char *kicker_of(const char *line)
{
	static char value[128];

	analyze(line);
	value[0] = '\0';
	if (p.kicker == 0)
		return value;
	assert_true(p.kicker_len < sizeof value);
	memcpy(value, line + p.kicker_off, p.kicker_len);
	value[p.kicker_len] = '\0';
	return value;
}

/* Where the deck starts: the text after the kicker. */
static const char *deck_of(const char *line)
{
	analyze(line);
	assert_true(p.kicker > 0);
	return line + p.begin + p.kicker;
}

/* The dateline para_analyze found, or "" when none. */
static const char *dateline_of(const char *line)
{
	static char value[128];

	analyze(line);
	value[0] = '\0';
	if (p.dateline == 0)
		return value;
	assert_true(p.dateline_off <= p.dateline_len);
	assert_true(p.dateline_len - p.dateline_off < sizeof value);
	memcpy(value, line + p.begin + p.dateline_off,
	       p.dateline_len - p.dateline_off);
	value[p.dateline_len - p.dateline_off] = '\0';
	return value;
}

/* The line's text before a trailing teaser link. */
static const char *text_of(const char *line)
{
	static char value[256];

	analyze(line);
	assert_true(p.text_end - p.begin < sizeof value);
	memcpy(value, line + p.begin, p.text_end - p.begin);
	value[p.text_end - p.begin] = '\0';
	return value;
}

/* --- kickers ---------------------------------------------------------- */

static void kicker_with_colon(void **state)
{
	static const char line[] =
		"HARBOUR FEES: Port operators raised berth charges on Monday.";

	(void)state;
	assert_string_equal(kicker_of(line), "HARBOUR FEES");
	assert_false(p.kicker_mark);
	assert_string_equal(deck_of(line),
			    "Port operators raised berth charges on Monday.");
}

static void one_word_kicker_with_colon(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("EDITORIAL: The council should publish its audit"),
		"EDITORIAL");
}

static void kicker_without_space_after_colon(void **state)
{
	static const char line[] =
		"LOW TIDE:Fishers along the coast waited three days for boats";

	(void)state;
	assert_string_equal(kicker_of(line), "LOW TIDE");
	assert_string_equal(deck_of(line),
			    "Fishers along the coast waited three days for boats");
}

static void kicker_in_curly_single_quotes(void **state)
{
	static const char line[] =
		"‘SALT AND SAND’:Villagers rebuild the dykes that kept the sea out";

	(void)state;
	assert_string_equal(kicker_of(line), "SALT AND SAND");
	assert_string_equal(deck_of(line),
			    "Villagers rebuild the dykes that kept the sea out");
}

static void kicker_in_curly_double_quotes(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("“QUIET ZONE”: Residents near the airport ask for a curfew"),
		"QUIET ZONE");
}

static void kicker_in_straight_quotes(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("'NO VACANCY': Hostels in the old town are full until May"),
		"NO VACANCY");
}

static void kicker_with_glued_question_mark(void **state)
{
	static const char line[] =
		"LATE AGAIN?Trains on the northern line ran behind schedule all week";

	(void)state;
	assert_string_equal(kicker_of(line), "LATE AGAIN?");
	assert_true(p.kicker_mark);
	assert_string_equal(deck_of(line),
			    "Trains on the northern line ran behind schedule all week");
}

static void kicker_with_glued_exclamation_mark(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("GAME ON!Organisers confirm the marathon will go ahead"),
		"GAME ON!");
	assert_true(p.kicker_mark);
}

static void question_mark_before_lower_case_is_not_kicker(void **state)
{
	(void)state;
	assert_string_equal(kicker_of("WHY NOT?the mayor asked reporters"), "");
}

static void two_word_kicker_without_colon(void **state)
{
	static const char line[] =
		"DRY SPELL Farmers in the south brace for water rationing";

	(void)state;
	assert_string_equal(kicker_of(line), "DRY SPELL");
	assert_string_equal(deck_of(line),
			    "Farmers in the south brace for water rationing");
}

static void one_word_without_colon_is_not_kicker(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("DROUGHT Farmers in the south brace for rationing"), "");
}

static void kicker_with_digits(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("2026 BUDGET: Lawmakers approved a leaner spending plan"),
		"2026 BUDGET");
}

static void kicker_with_ampersand_hyphen_and_apostrophe(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("ARTS & CULTURE: A new opera house opens its doors"),
		"ARTS & CULTURE");
	assert_string_equal(
		kicker_of("US-JAPAN TALKS: Negotiators meet again in Osaka"),
		"US-JAPAN TALKS");
	assert_string_equal(
		kicker_of("THE NATION’S PULSE: A survey of 2,000 voters finds"),
		"THE NATION’S PULSE");
}

static void kicker_with_fullwidth_colon(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("FERRY WOES： Islanders wait for a new timetable"),
		"FERRY WOES");
}

static void kicker_after_leading_space(void **state)
{
	static const char line[] = "  NIGHT SHIFT: Nurses call for more staff";

	(void)state;
	assert_string_equal(kicker_of(line), "NIGHT SHIFT");
	assert_string_equal(deck_of(line), "Nurses call for more staff");
}

static void shouted_lede_is_not_kicker(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("IT IS time to mend the leaking roof of the city library."),
		"");
	assert_string_equal(
		kicker_of("THE CITY’S oldest bakery closed its doors on Friday."),
		"");
}

static void one_word_acronym_is_not_kicker(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("US President Ada Marsh signed the bill on Friday."), "");
	assert_string_equal(
		kicker_of("KMT lawmakers walked out of the session in protest."), "");
	assert_string_equal(
		kicker_of("EU Ministers meet in Brussels to discuss fishing quotas."),
		"");
}

static void single_capital_is_not_kicker(void **state)
{
	(void)state;
	assert_string_equal(kicker_of("A: The answer is on page three."), "");
	assert_string_equal(kicker_of("Harbour: a history"), "");
}

static void upper_case_dateline_is_not_kicker(void **state)
{
	(void)state;
	assert_string_equal(
		kicker_of("TAIPEI (Reuters) - Exports rose for a third month in May."),
		"");
	assert_true(p.dateline > 0);
	assert_string_equal(
		kicker_of("HONG KONG (AP) -- Ferry services resumed after the storm."),
		"");
	assert_true(p.dateline > 0);
}

static void opening_kicker_reports_deck_start(void **state)
{
	static const char line[] = "OUT OF TIME: Clocks stop";
	size_t off = 99, len = 99;
	bool mark = true;

	(void)state;
	assert_int_equal(opening_kicker(U(line), strlen(line), &off, &len, &mark),
			 13);
	assert_int_equal(off, 0);
	assert_int_equal(len, 11);
	assert_false(mark);
	assert_int_equal(opening_kicker(U(""), 0, &off, &len, &mark), 0);
}

/* --- datelines -------------------------------------------------------- */

/* A place written as a name and a dash, and the same with a tag the
 * scraper glued in front of it (SPEC §2.4: the value is the place and
 * its dash, the glued words left out). */
static void name_and_dash_is_a_dateline(void **state)
{
	(void)state;
	assert_string_equal(dateline_of("Taipei - A giant panda cub made its "
					"first public appearance."),
			    "Taipei -");
	assert_string_equal(dateline_of("Taiwan, PenghuTaipei- Taiwan's "
					"military said Tuesday it will test "
					"a radar."),
			    "Taipei-");
	assert_string_equal(dateline_of("Chen Wei-lunTaipei  - Taiwan's top "
					"regulator gave a local insurer the "
					"green light."),
			    "Taipei  -");
	/* not: a name and a dash inside a sentence, a dash before lower
	 * case, a short word */
	assert_string_equal(dateline_of("Taipei - the capital - will host "
					"the games next year."), "");
	assert_string_equal(dateline_of("He said - Taipei will host the "
					"games next year."), "");
	assert_string_equal(dateline_of("Tai - Chung will host the games "
					"next year."), "");
}

/* Malaysian papers write the place in capitals and a colon; a label of
 * English words and a colon is a kicker instead (SPEC §2.1: an upper-case
 * dateline is never a kicker). */
static void place_and_colon_is_a_dateline(void **state)
{
	(void)state;
	assert_string_equal(dateline_of("SEREMBAN: A contractor pleaded not "
					"guilty to cheating a temple."),
			    "SEREMBAN:");
	assert_string_equal(dateline_of("KUALA LUMPUR: The ministry will "
					"review the fees next month."),
			    "KUALA LUMPUR:");
	assert_string_equal(dateline_of("GEORGE TOWN: Clan associations must "
					"open their halls to the young."),
			    "GEORGE TOWN:");
	analyze("PETALING JAYA: Traders say the new rules came too fast.");
	assert_int_equal(p.kicker, 0);
	/* English words, a place with one, an acronym: kickers */
	assert_string_equal(dateline_of("WATER WARFARE: A Pakistani official "
					"called the move an act of war."), "");
	assert_string_equal(dateline_of("SEOUL SUBWAY: Seoul will raise the "
					"basic fare by 150 won in June."), "");
	assert_string_equal(dateline_of("TSMC: The chipmaker will fund 500 "
					"scholarships a year."), "");
	analyze("FREE WIFI: The city will upgrade its wireless network.");
	assert_true(p.kicker > 0);
	analyze("FREE WIFI: The city will upgrade its wireless network by "
		"the end of next year Officials said the cost was small.");
	assert_true(p.kicker > 0);
	/* English words and one the word list does not know, then a lede
	 * of several sentences: a place */
	assert_string_equal(dateline_of("SHAH ALAM: The state will give each "
					"troupe RM500 before the festive "
					"season. Officials said more would "
					"follow."), "SHAH ALAM:");
}

static void dateline_with_comma_and_agency(void **state)
{
	static const char line[] =
		"Taipei, Jan. 10 (CNA) Officials said the new metro line opens in June.";

	(void)state;
	assert_string_equal(dateline_of(line), "Taipei, Jan. 10 (CNA)");
	assert_string_equal(line + p.begin + p.dateline,
			    "Officials said the new metro line opens in June.");
}

static void dateline_with_double_dash(void **state)
{
	static const char line[] =
		"SEOUL, March 3 (Yonhap) -- Exports rose for a fifth month.";

	(void)state;
	assert_string_equal(dateline_of(line), "SEOUL, March 3 (Yonhap) --");
	assert_string_equal(line + p.begin + p.dateline,
			    "Exports rose for a fifth month.");
}

static void dateline_with_em_dash(void **state)
{
	static const char line[] =
		"OSAKA, Japan (AP) — Crowds packed the riverside for the fireworks.";

	(void)state;
	assert_string_equal(dateline_of(line), "OSAKA, Japan (AP) —");
	assert_string_equal(line + p.begin + p.dateline,
			    "Crowds packed the riverside for the fireworks.");
}

static void upper_case_dateline_with_dash(void **state)
{
	(void)state;
	assert_string_equal(
		dateline_of("TAIPEI (Reuters) - The central bank held rates."),
		"TAIPEI (Reuters) -");
}

static void organisation_acronym_is_not_dateline(void **state)
{
	(void)state;
	assert_string_equal(
		dateline_of("The Centers for Disease Control (CDC) on Tuesday urged calm."),
		"");
	assert_string_equal(
		dateline_of("Legislator Wu Pei (DPP) said the bill would pass."), "");
}

static void dateline_needs_text_after_it(void **state)
{
	(void)state;
	assert_string_equal(dateline_of("Taipei, Jan. 10 (CNA)"), "");
	assert_string_equal(dateline_of("TAIPEI (Reuters) -"), "");
}

/* --- teaser links ----------------------------------------------------- */

static void glued_full_story_is_a_link(void **state)
{
	(void)state;
	assert_string_equal(
		text_of("Officials would not say which of the piers would closeFULL STORY"),
		"Officials would not say which of the piers would close");
	assert_true(p.has_link);
	assert_false(p.link_only);
	assert_false(p.ends_sentence);
	assert_false(p.titleish);
}

static void bracketed_full_story_with_double_space(void **state)
{
	(void)state;
	assert_string_equal(
		text_of("The mayor promised a review of the night bus routes [FULL  STORY]"),
		"The mayor promised a review of the night bus routes");
	assert_true(p.has_link);
	assert_false(p.ellipsis);
}

static void full_story_after_full_stop_is_not_cut(void **state)
{
	(void)state;
	assert_string_equal(
		text_of("The vote is set for next week, the speaker said. Full Story"),
		"The vote is set for next week, the speaker said.");
	assert_true(p.has_link);
	assert_true(p.ends_sentence);
	assert_false(p.ellipsis);
	assert_false(p.open_quote);
}

static void read_more_with_arrow_is_a_link(void **state)
{
	(void)state;
	assert_string_equal(text_of("Tickets go on sale on Friday. Read more »"),
			    "Tickets go on sale on Friday.");
	assert_true(p.has_link);
	assert_true(p.ends_sentence);
}

static void link_only_line(void **state)
{
	(void)state;
	analyze("FULL STORY");
	assert_true(p.link_only);
	assert_true(p.has_link);
	analyze("  Continue reading  ");
	assert_true(p.link_only);
	analyze("[Read more]");
	assert_true(p.link_only);
}

static void bracketed_ellipsis_is_a_cut_link(void **state)
{
	(void)state;
	assert_string_equal(text_of("Ferry operators said the new timetable [\xE2\x80\xA6]"),
			    "Ferry operators said the new timetable");
	assert_true(p.has_link);
	assert_true(p.ellipsis);
	assert_false(p.ends_sentence);
	analyze("Ferry operators said the new timetable [...]");
	assert_true(p.has_link);
	assert_true(p.ellipsis);
}

static void link_words_inside_a_sentence_are_text(void **state)
{
	(void)state;
	analyze("She told the full story to the court on Monday.");
	assert_false(p.has_link);
	assert_int_equal(p.text_end, p.end);
	analyze("Read more widely, the librarian said.");
	assert_false(p.has_link);
}

static void para_link_returns_text_end(void **state)
{
	bool ellipsis = true;

	(void)state;
	assert_int_equal(para_link(U("no link here"), 12, &ellipsis), 12);
	assert_false(ellipsis);
	assert_int_equal(para_link(U("cut hereFULL STORY"), 18, &ellipsis), 8);
	assert_int_equal(para_link(U("cut here  READ MORE"), 19, &ellipsis), 8);
}

/* --- bracket bytes ---------------------------------------------------- */

/* paren and wide say whether a dateline or a gloss could open in the
 * line at all; the rest of the line's analysis may skip it when not. */
static void bracket_bytes_anywhere_in_the_line(void **state)
{
	(void)state;
	analyze("The ferry left on time.");
	assert_false(p.paren);
	assert_false(p.wide);
	analyze("(CNA) The ferry left on time.");
	assert_true(p.paren);
	assert_false(p.wide);
	analyze("Mayor Ko Wen-je（柯文哲）said.");
	assert_false(p.paren);
	assert_true(p.wide);
	/* Past a quote left open, in a line that ends in a teaser link. */
	analyze("Ferries resume “soon (CNA) FULL STORY");
	assert_true(p.has_link);
	assert_true(p.paren);
	assert_true(p.open_quote);
	/* A closing bracket alone is not an opening one. */
	analyze("Prices rose 3 percent) last year.");
	assert_false(p.paren);
	analyze("   ");
	assert_false(p.paren);
	assert_false(p.wide);
}

/* A dateline with an agency needs its `(`; without one, an upper-case
 * place and a dash make one too (SPEC §2.4: `TAIPEI`, `KUNSHAN, Jiangsu
 * —`), and so does a place's name and a dash: real pages write `Taipei -
 * A giant panda …` (../shared/corpus/dev-real, rb-13's gold). */
static void dateline_needs_a_paren(void **state)
{
	(void)state;
	analyze("TAIPEI (CNA) - The ferry left on time.");
	assert_true(p.paren);
	assert_true(p.dateline > 0);
	analyze("TAIPEI - The ferry left on time.");
	assert_false(p.paren);
	assert_int_equal(p.dateline_len, 6);
	analyze("KUNSHAN, Jiangsu \xE2\x80\x94 Every morning the bus is full.");
	assert_int_equal(p.dateline_len, strlen("KUNSHAN, Jiangsu"));
	assert_string_equal(dateline_of("Taipei - The ferry left on time."),
			    "Taipei -");
}

/* --- sentence ends ---------------------------------------------------- */

static void full_stop_ends_sentence(void **state)
{
	(void)state;
	analyze("The ferry left on time.");
	assert_true(p.ends_sentence);
	assert_false(p.ellipsis);
	assert_false(p.open_quote);
	analyze("Was the ferry late?");
	assert_true(p.ends_sentence);
	analyze("What a crossing!");
	assert_true(p.ends_sentence);
	analyze("渡輪準時出發。");
	assert_true(p.ends_sentence);
}

static void closing_quotes_after_full_stop_end_sentence(void **state)
{
	(void)state;
	analyze("“We will sail again,” the captain said. “Soon.”");
	assert_true(p.ends_sentence);
	assert_false(p.open_quote);
	analyze("He called it a ‘turning point.’");
	assert_true(p.ends_sentence);
	analyze("(The figures were revised later.)");
	assert_true(p.ends_sentence);
	assert_false(p.open_quote);
	analyze("She said \"it is done.\"  ");
	assert_true(p.ends_sentence);
	assert_false(p.open_quote);
}

static void no_final_punctuation_is_cut(void **state)
{
	(void)state;
	analyze("Residents gathered outside the hall to protest against the");
	assert_false(p.ends_sentence);
	assert_false(p.ellipsis);
}

static void open_quote_is_cut(void **state)
{
	(void)state;
	analyze("The mayor said the harbour has become a “real");
	assert_true(p.open_quote);
	assert_false(p.ends_sentence);
	analyze("The report called it “a test. We will pass.");
	assert_true(p.ends_sentence);
	assert_true(p.open_quote);
	analyze("The plan (first floated in 2019. It failed.");
	assert_true(p.open_quote);
	analyze("He said \"we are ready.");
	assert_true(p.open_quote);
}

static void apostrophe_does_not_open_a_quote(void **state)
{
	(void)state;
	analyze("The city’s mayor said the port’s future is bright.");
	assert_false(p.open_quote);
	assert_true(p.ends_sentence);
}

static void ellipsis_is_cut(void **state)
{
	(void)state;
	analyze("The talks ran late into the night and then…");
	assert_true(p.ellipsis);
	assert_false(p.ends_sentence);
	analyze("The talks ran late into the night and then ...");
	assert_true(p.ellipsis);
	assert_false(p.ends_sentence);
	analyze("The talks ran late into the night …”");
	assert_true(p.ellipsis);
}

static void broken_gloss_at_end(void **state)
{
	(void)state;
	analyze("The prize went to the novelist Chen Ming-hua (");
	assert_true(p.broken_gloss);
	assert_false(p.ends_sentence);
	analyze("The prize went to the novelist Chen Ming-hua （");
	assert_true(p.broken_gloss);
	analyze("The prize went to Chen Ming-hua (陳明華).");
	assert_false(p.broken_gloss);
	analyze("The prize went to Chen Ming-hua (");
	assert_true(p.broken_gloss);
}

/* --- credits, bylines, furniture ------------------------------------- */

static void credit_lines(void **state)
{
	static const char *const credits[] = {
		"Photo: AFP",
		"Photo: Lee Ann, Harbour Times",
		"PHOTO: REUTERS",
		"(CNA photo)",
		"(Photo: Harbour Bureau)",
		"Photo courtesy of the Harbour Bureau",
		"Screengrab from a video posted on social media",
		"File photo",
		"Volunteers clear the beach on Sunday. Photo: CNA",
	};

	(void)state;
	for (size_t i = 0; i < sizeof credits / sizeof credits[0]; i++) {
		analyze(credits[i]);
		if (!p.credit)
			fail_msg("not a credit: %s", credits[i]);
		assert_false(p.byline);
		assert_false(p.meta);
		assert_int_equal(p.kicker, 0);
	}
}

/* Sign-offs are credits that close an article. */
static void signoff_lines(void **state)
{
	static const char *const signoffs[] = {
		"Additional reporting by AP",
		"(Additional reporting by Reuters)",
		"Reporting by Lee Mei-hua; Editing by Chen Wen-li",
		"Compiled by Staff writers",
	};

	(void)state;
	for (size_t i = 0; i < sizeof signoffs / sizeof signoffs[0]; i++) {
		analyze(signoffs[i]);
		if (!p.signoff || !p.credit)
			fail_msg("not a sign-off: %s", signoffs[i]);
	}
	analyze("Photo: AFP");
	assert_false(p.signoff);
	analyze("Reporting by local media suggested that the mayor had known "
		"about the plan for months before it was made public, but his "
		"office denied it.");
	assert_false(p.signoff);
}

static void credit_needs_its_prefix(void **state)
{
	(void)state;
	analyze("Photographers waited outside the court all morning.");
	assert_false(p.credit);
	analyze("(The figures were revised later.)");
	assert_false(p.credit);
	analyze("The photo was taken on Sunday.");
	assert_false(p.credit);
}

static void byline_lines(void **state)
{
	static const char *const bylines[] = {
		"By Lin Mei / Staff reporter",
		"By Lin Mei  /  Staff reporter",
		"By: Chen An, Harbour News, Staff Writer",
		"Staff writer, with CNA",
		"By Wu Jia-hui",
	};

	(void)state;
	for (size_t i = 0; i < sizeof bylines / sizeof bylines[0]; i++) {
		analyze(bylines[i]);
		if (!p.byline)
			fail_msg("not a byline: %s", bylines[i]);
		assert_false(p.credit);
	}
}

static void by_followed_by_year_is_not_byline(void **state)
{
	(void)state;
	analyze("By 2030, the city plans to plant a million trees");
	assert_false(p.byline);
	analyze("By the time the ferry docked, the rain had stopped.");
	assert_false(p.byline);
	analyze("Byways Of The North");
	assert_false(p.byline);
}

static void meta_lines(void **state)
{
	static const char *const metas[] = {
		"Date: Mar 4, 2021",
		"Mon, Jan 27, 2025",
		"Updated: 8:42pm",
		"Source: Harbour Times",
		"■ CRIME",
		"[ LETTER ]",
		"Published on 3 March 2024",
	};

	(void)state;
	for (size_t i = 0; i < sizeof metas / sizeof metas[0]; i++) {
		analyze(metas[i]);
		if (!p.meta)
			fail_msg("not meta: %s", metas[i]);
		assert_false(p.credit);
	}
}

static void ordinary_lines_are_not_meta(void **state)
{
	(void)state;
	analyze("Monday was quiet at the port.");
	assert_false(p.meta);
	analyze("[Editor's note: this story has been corrected]");
	assert_false(p.meta);
	analyze("Mar 3 is the day the council picked for a vote on the harbour budget.");
	assert_false(p.meta);
}

static void date_word_must_be_a_whole_word(void **state)
{
	(void)state;
	analyze("Mayor Chen, 61, Sworn In");
	assert_false(p.meta);
	analyze("Marathon 2025 Draws Record Field");
	assert_false(p.meta);
	analyze("Sunrise at 6am");
	assert_false(p.meta);
	analyze("Thurs, Feb 6, 2025");
	assert_true(p.meta);
	analyze("September 9, 2024");
	assert_true(p.meta);
}

/* --- blank, form feed, shape ------------------------------------------ */

static void blank_lines(void **state)
{
	(void)state;
	analyze("");
	assert_true(p.blank);
	analyze("  \t ");
	assert_true(p.blank);
	analyze("\xC2\xA0\xE3\x80\x80");   /* no-break and ideographic spaces */
	assert_true(p.blank);
	analyze("\r");
	assert_true(p.blank);
	assert_false(p.formfeed);
	analyze(" x ");
	assert_false(p.blank);
	assert_int_equal(p.begin, 1);
	assert_int_equal(p.end, 2);
	assert_int_equal(p.words, 1);
}

static void form_feed_line(void **state)
{
	(void)state;
	analyze("\f");
	assert_true(p.formfeed);
	assert_false(p.blank);
	analyze(" \f\t");
	assert_true(p.formfeed);
	analyze("\fNext story");
	assert_false(p.formfeed);
	analyze("\f\f");
	assert_false(p.blank);
}

static void starts_lower_skips_opening_quote(void **state)
{
	(void)state;
	analyze("cost more than the building itself, the bureau said.");
	assert_true(p.starts_lower);
	analyze("“and then the lights went out,” she said.");
	assert_true(p.starts_lower);
	analyze("Then the lights went out.");
	assert_false(p.starts_lower);
	analyze("2,000 people came.");
	assert_false(p.starts_lower);
}

static void titleish_is_a_short_unpunctuated_line(void **state)
{
	(void)state;
	analyze("Ferry Fares to Rise in April");
	assert_true(p.titleish);
	analyze("‘Quiet Zone’ Plan Splits Residents");
	assert_true(p.titleish);
	analyze("Ferry fares will rise in April.");
	assert_false(p.titleish);
	analyze("ferry fares to rise");
	assert_false(p.titleish);
	analyze("Why?");
	assert_false(p.titleish);
	analyze("Will Ferry Fares Rise Again?");
	assert_true(p.titleish);
}

static void words_are_counted_across_unicode_space(void **state)
{
	(void)state;
	analyze("one\xC2\xA0two  three\tfour");
	assert_int_equal(p.words, 4);
}

static void invalid_bytes_are_text(void **state)
{
	static const uint8_t line[] = { 0xFF, 'a', 0x00, 0x80, 'b', 0xE6, 0xB8 };

	(void)state;
	para_analyze(line, sizeof line, &p);
	assert_false(p.blank);
	assert_int_equal(p.begin, 0);
	assert_int_equal(p.end, sizeof line);
	assert_int_equal(p.words, 1);
	assert_int_equal(p.kicker, 0);
	assert_int_equal(p.dateline, 0);
}

/* para_bounds gives para_analyze's begin, end and text_end: the analysis
 * measures them again from the bytes (issue 16). */
static void bounds_agree(const uint8_t *s, size_t n)
{
	struct text_bounds b;

	para_analyze(s, n, &p);
	para_bounds(s, n, &b);
	if (b.begin != p.begin || b.end != p.end || b.text_end != p.text_end)
		fail_msg("bounds %zu %zu %zu, para %zu %zu %zu: %.*s", b.begin,
			 b.end, b.text_end, p.begin, p.end, p.text_end, (int)n,
			 (const char *)s);
}

/* Every line of a file, split as the reader splits it: at LF, a CR
 * before the LF being part of the terminator. */
static size_t bounds_agree_in_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	static uint8_t data[1 << 20];
	size_t n, lines = 0;

	assert_non_null(f);
	n = fread(data, 1, sizeof data, f);
	assert_true(n < sizeof data);
	fclose(f);
	for (size_t i = 0; i < n; lines++) {
		const uint8_t *lf = memchr(data + i, '\n', n - i);
		size_t end = lf != NULL ? (size_t)(lf - data) : n;
		size_t len = end - i;
		if (lf != NULL && len > 0 && data[end - 1] == '\r')
			len--;
		bounds_agree(data + i, len);
		i = end + 1;
	}
	return lines;
}

static void bounds_agree_with_para_analyze(void **state)
{
	static const char *const edge[] = {
		"", " ", "\t \t", "\xC2\xA0", "\xE3\x80\x80", "\r", "  \r",
		"\f", " \f ", "\f\f", "\f text", "...", "\xE2\x80\xA6", " ... ",
		"Rain fell. Read more \xC2\xBB", "Rain fell. Read more >",
		"Rain fell.Read more\xE2\x80\xBA", "FULL STORY", "[...]",
		"(FULL STORY)", "Rain fell [READ MORE] ", "\xC2\xBB", ">",
		"Lone CR\rinside", "Ends in CR\r", "\xFF\xFE", "a\x00b",
		"Rain fell. \xE2\x80\xA6 ", "  (Continue reading)  ",
	};
	const char *srcdir = getenv("SRCDIR");
	char pattern[4096];
	glob_t g;
	size_t lines = 0;

	(void)state;
	for (size_t i = 0; i < sizeof edge / sizeof *edge; i++)
		bounds_agree(U(edge[i]), strlen(edge[i]));
	if (srcdir == NULL)
		srcdir = ".";
	snprintf(pattern, sizeof pattern, "%s/tests/e2e/*.in", srcdir);
	assert_int_equal(glob(pattern, 0, NULL, &g), 0);
	snprintf(pattern, sizeof pattern, "%s/samples/*.txt", srcdir);
	assert_int_equal(glob(pattern, GLOB_APPEND, NULL, &g), 0);
	for (size_t i = 0; i < g.gl_pathc; i++)
		lines += bounds_agree_in_file(g.gl_pathv[i]);
	globfree(&g);
	assert_true(lines > 200);      /* the files were found */
}

/* Reference answers, one decoded character at a time, as para_analyze
 * gave them before it read eight bytes at a time (the words: in
 * reference.c). */
static bool reference_open(const uint8_t *s, size_t n)
{
	long quotes = 0, singles = 0, parens = 0, straight = 0;
	ucs4_t prev = ' ';

	for (size_t i = 0; i < n;) {
		ucs4_t uc, next = ' ';
		i += text_next(s + i, n - i, &uc);
		switch (uc) {
		case 0x201C: quotes++; break;
		case 0x201D: if (quotes > 0) quotes--; break;
		case 0x2018:
			if (!text_is_letter(prev) && !text_is_digit(prev))
				singles++;
			break;
		case 0x2019:
			if (i < n)
				text_next(s + i, n - i, &next);
			if (singles > 0 && !text_is_letter(next))
				singles--;
			break;
		case '"': straight++; break;
		case '(': case 0xFF08: parens++; break;
		case ')': case 0xFF09: if (parens > 0) parens--; break;
		}
		prev = uc;
	}
	return quotes > 0 || singles > 0 || parens > 0 || straight % 2 == 1;
}

/* Random lines of spaces (ASCII and wide), letters, quotes, brackets and
 * invalid bytes, so that every piece lands at every offset of the eight
 * byte blocks; words, open quotes and bracket bytes must match the
 * references. */
static void words_and_quotes_agree_with_reference(void **state)
{
	static const char *const pieces[] = {
		" ", "\t", "a", "Zq", "\xC2\xA0", "\xE3\x80\x80", "\xE2\x80\x83",
		"\xE2\x80\xAF", "\xE2\x80\x8B", "\xE1\x9A\x80", "\xE2\x81\x9F",
		"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
		"(", ")", "\"", "\xEF\xBC\x88", "\xEF\xBC\x89", "\xC3\xA9",
		"\xE9\xBB\x83", "\xFF", "\xE2\x80", "\xC2", "7", ".",
		"\xEF", "\xEF\xBB\xBF",
	};
	uint8_t line[256];
	uint32_t seed = 12345;

	(void)state;
	for (int round = 0; round < 20000; round++) {
		size_t n = random_pieces(line, sizeof line, &seed, pieces,
					 sizeof pieces / sizeof *pieces, 40);
		para_analyze(line, n, &p);
		if (p.blank || p.formfeed)
			continue;
		const uint8_t *t = line + p.begin;
		assert_int_equal(p.words, reference_words(t, p.end - p.begin,
						 PARA_WORDS_MAX));
		assert_int_equal(p.open_quote,
				 reference_open(t, p.text_end - p.begin));
		/* Over the whole line: white space never holds them. */
		assert_int_equal(p.paren, memchr(line, '(', n) != NULL);
		assert_int_equal(p.wide, memchr(line, 0xEF, n) != NULL);
	}
}

static void words_are_capped(void **state)
{
	char line[1024] = "";

	(void)state;
	for (int i = 0; i < 100; i++)
		strcat(line, i % 3 ? "word " : "w\xC2\xA0");
	analyze(line);
	assert_int_equal(p.words, PARA_WORDS_MAX);
	analyze("one two\tthree\xE3\x80\x80" "four\xE2\x80\x8B" "five  six");
	assert_int_equal(p.words, 5);
}

/* lex_prefix_in finds a table's entries by their first byte. */
static void prefix_tables_are_in_order(void **state)
{
	(void)state;
	assert_true(para_tables_ok());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words_and_quotes_agree_with_reference),
		cmocka_unit_test(words_are_capped),
		cmocka_unit_test(kicker_with_colon),
		cmocka_unit_test(one_word_kicker_with_colon),
		cmocka_unit_test(kicker_without_space_after_colon),
		cmocka_unit_test(kicker_in_curly_single_quotes),
		cmocka_unit_test(kicker_in_curly_double_quotes),
		cmocka_unit_test(kicker_in_straight_quotes),
		cmocka_unit_test(kicker_with_glued_question_mark),
		cmocka_unit_test(kicker_with_glued_exclamation_mark),
		cmocka_unit_test(question_mark_before_lower_case_is_not_kicker),
		cmocka_unit_test(two_word_kicker_without_colon),
		cmocka_unit_test(one_word_without_colon_is_not_kicker),
		cmocka_unit_test(kicker_with_digits),
		cmocka_unit_test(kicker_with_ampersand_hyphen_and_apostrophe),
		cmocka_unit_test(kicker_with_fullwidth_colon),
		cmocka_unit_test(kicker_after_leading_space),
		cmocka_unit_test(shouted_lede_is_not_kicker),
		cmocka_unit_test(one_word_acronym_is_not_kicker),
		cmocka_unit_test(single_capital_is_not_kicker),
		cmocka_unit_test(upper_case_dateline_is_not_kicker),
		cmocka_unit_test(opening_kicker_reports_deck_start),
		cmocka_unit_test(prefix_tables_are_in_order),
		cmocka_unit_test(name_and_dash_is_a_dateline),
		cmocka_unit_test(place_and_colon_is_a_dateline),
		cmocka_unit_test(dateline_with_comma_and_agency),
		cmocka_unit_test(dateline_with_double_dash),
		cmocka_unit_test(dateline_with_em_dash),
		cmocka_unit_test(upper_case_dateline_with_dash),
		cmocka_unit_test(organisation_acronym_is_not_dateline),
		cmocka_unit_test(dateline_needs_text_after_it),
		cmocka_unit_test(glued_full_story_is_a_link),
		cmocka_unit_test(bracket_bytes_anywhere_in_the_line),
		cmocka_unit_test(dateline_needs_a_paren),
		cmocka_unit_test(bracketed_full_story_with_double_space),
		cmocka_unit_test(full_story_after_full_stop_is_not_cut),
		cmocka_unit_test(read_more_with_arrow_is_a_link),
		cmocka_unit_test(link_only_line),
		cmocka_unit_test(bracketed_ellipsis_is_a_cut_link),
		cmocka_unit_test(link_words_inside_a_sentence_are_text),
		cmocka_unit_test(para_link_returns_text_end),
		cmocka_unit_test(full_stop_ends_sentence),
		cmocka_unit_test(closing_quotes_after_full_stop_end_sentence),
		cmocka_unit_test(no_final_punctuation_is_cut),
		cmocka_unit_test(open_quote_is_cut),
		cmocka_unit_test(apostrophe_does_not_open_a_quote),
		cmocka_unit_test(ellipsis_is_cut),
		cmocka_unit_test(broken_gloss_at_end),
		cmocka_unit_test(credit_lines),
		cmocka_unit_test(signoff_lines),
		cmocka_unit_test(credit_needs_its_prefix),
		cmocka_unit_test(byline_lines),
		cmocka_unit_test(by_followed_by_year_is_not_byline),
		cmocka_unit_test(meta_lines),
		cmocka_unit_test(ordinary_lines_are_not_meta),
		cmocka_unit_test(date_word_must_be_a_whole_word),
		cmocka_unit_test(blank_lines),
		cmocka_unit_test(form_feed_line),
		cmocka_unit_test(starts_lower_skips_opening_quote),
		cmocka_unit_test(titleish_is_a_short_unpunctuated_line),
		cmocka_unit_test(words_are_counted_across_unicode_space),
		cmocka_unit_test(invalid_bytes_are_text),
		cmocka_unit_test(bounds_agree_with_para_analyze),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
