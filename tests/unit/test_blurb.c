/* test_blurb.c — how a story opens (SPEC §2.3): the kicker, and the deck
 * that runs from the kicker to the capitalised word opening the lede.
 * Stories come from the real segmenter; blurb_deck is also tested on its
 * own. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "blurb.h"
#include "kind.h"
#include "feed.h"
#include "segment.h"

enum { MAXSTORIES = 16, FIELD = 512 };

struct seen {
	char kicker[FIELD], deck[FIELD], headline[FIELD];
};

static struct {
	struct seen story[MAXSTORIES];
	size_t count;
} got;

/* A field of the story as a C string in dst (FIELD bytes). */
#define copy_span(dst, st, sp) feed_copy_span(dst, FIELD, st, sp)

static void on_story(struct story *st, void *ctx)
{
	struct seen *s;

	(void)ctx;
	kind_analyze(st);
	blurb_analyze(st);
	assert_true(got.count < MAXSTORIES);
	s = &got.story[got.count++];
	copy_span(s->kicker, st, st->kicker);
	copy_span(s->deck, st, st->deck);
	copy_span(s->headline, st, st->headline);
}

/* Feed a whole file from memory: lines end at LF, a CR before the LF is
 * part of the terminator.  Returns how many stories came out. */
static size_t split(const char *input)
{
	memset(&got, 0, sizeof got);
	feed_string(input, on_story, NULL);
	return got.count;
}

/* The only story of input has this kicker and deck ("" when absent). */
static void assert_opening(const char *input, const char *kicker,
			   const char *deck)
{
	assert_int_equal(split(input), 1);
	assert_string_equal(got.story[0].kicker, kicker);
	assert_string_equal(got.story[0].deck, deck);
}

/* blurb_deck on a C string: the deck as a string. */
static const char *deck_of(const char *s)
{
	static char out[FIELD];
	size_t n = blurb_deck((const uint8_t *)s, strlen(s));

	assert_true(n < FIELD);
	memcpy(out, s, n);
	out[n] = '\0';
	return out;
}

/* §2.3: the deck ends before the capitalised word that opens the lede. */
static void deck_ends_before_lede(void **state)
{
	(void)state;
	assert_opening("ECONOMY WATCH: The central bank raised interest rates "
		       "by a quarter point amid worries about inflation "
		       "Officials said the move would cool the housing "
		       "market, but builders warned that\n",
		       "ECONOMY WATCH",
		       "The central bank raised interest rates by a quarter "
		       "point amid worries about inflation");
}

/* §2.3: `by` before a capital does not end a deck. */
static void by_before_capital_keeps_deck_open(void **state)
{
	(void)state;
	assert_opening("HARBOUR ROW: Fishermen protested a dredging plan "
		       "announced by Keelung’s port office "
		       "Protesters blocked the pier for three hours on "
		       "Monday and said they would\n",
		       "HARBOUR ROW",
		       "Fishermen protested a dredging plan announced by "
		       "Keelung’s port office");
}

/* §2.3: `of`, `amid`, `the`, `called` before a capital do not end it. */
static void of_amid_the_called_keep_deck_open(void **state)
{
	(void)state;
	assert_opening("FARM ANGER: Growers joined a rally of Yunlin farmers "
		       "amid Beijing’s import ban outside the "
		       "Executive Yuan to demand aid Organisers said more "
		       "than\n",
		       "FARM ANGER",
		       "Growers joined a rally of Yunlin farmers amid "
		       "Beijing’s import ban outside the Executive "
		       "Yuan to demand aid");
	assert_opening("CLEAN SEAS: Divers backed a beach cleanup called "
		       "Operation Blue Coast along the northern shore "
		       "Volunteers collected two tonnes of rubbish and "
		       "said the\n",
		       "CLEAN SEAS",
		       "Divers backed a beach cleanup called Operation Blue "
		       "Coast along the northern shore");
}

/* §2.3: a deck is at least three words (`The ruling` before `KMT …` is
 * not one). */
static void deck_is_at_least_three_words(void **state)
{
	(void)state;
	assert_opening("VOTE COUNT: The ruling KMT kept most seats in the "
		       "council Officials confirmed the result on Monday "
		       "after a recount in two districts that\n",
		       "VOTE COUNT",
		       "The ruling KMT kept most seats in the council");
}

/* §2.3: the kicker value loses its quotes and colon. */
static void quoted_kicker_loses_quotes(void **state)
{
	(void)state;
	assert_opening("‘WATER WARFARE’: Neighbours "
		       "feud over a shared mountain well Villagers say the "
		       "spring has run low since the\n",
		       "WATER WARFARE",
		       "Neighbours feud over a shared mountain well");
	assert_opening("\"HOME GROUND\":Fans pack the old stadium for a "
		       "farewell match Tickets sold out within an hour as "
		       "supporters\n",
		       "HOME GROUND",
		       "Fans pack the old stadium for a farewell match");
}

/* §2.3: a `?` or `!` glued to the deck stays in the kicker. */
static void glued_question_mark_stays_in_kicker(void **state)
{
	(void)state;
	assert_opening("FOOT DRAGGING?Prosecutors have yet to charge the "
		       "suspects in a fraud case Victims say they lost "
		       "their savings and that\n",
		       "FOOT DRAGGING?",
		       "Prosecutors have yet to charge the suspects in a "
		       "fraud case");
	assert_opening("GAME ON!Schools reopen their sports fields to the "
		       "public Parents welcomed the move but asked\n",
		       "GAME ON!",
		       "Schools reopen their sports fields to the public");
}

/* §2.3: with no colon, two capitalised words before a title-case deck. */
static void kicker_without_colon(void **state)
{
	(void)state;
	assert_opening("LOUD AND PROUD Taiwan might have lost the final but "
		       "its fans kept singing Supporters stayed in the "
		       "stands long after the\n",
		       "LOUD AND PROUD",
		       "Taiwan might have lost the final but its fans kept "
		       "singing");
}

/* §2.3: a kicker on a headline line: the rest of the line is the
 * headline, and there is no deck. */
static void kicker_on_headline_line_gives_no_deck(void **state)
{
	(void)state;
	assert_int_equal(split("EDITORIAL: Port levy plan ambitious, but "
			       "unions balk\n"
			       "The cabinet’s plan to raise port fees "
			       "to pay for new cranes has drawn criticism from "
			       "dockworkers, who say the\n"), 1);
	assert_string_equal(got.story[0].kicker, "EDITORIAL");
	assert_string_equal(got.story[0].deck, "");
	assert_string_equal(got.story[0].headline,
			    "Port levy plan ambitious, but unions balk");
}

/* §2.3: kicker and deck alone in a paragraph, the lede on the next line:
 * the whole rest of the paragraph is the deck. */
static void kicker_and_deck_alone_give_whole_rest(void **state)
{
	(void)state;
	assert_int_equal(split("SEA CHANGE: Fishing towns on the east coast "
			       "brace for a lean season.\n"
			       "Catches of mackerel fell by a third last year, "
			       "the fisheries agency said.\n"), 1);
	assert_string_equal(got.story[0].kicker, "SEA CHANGE");
	assert_string_equal(got.story[0].deck,
			    "Fishing towns on the east coast brace for a lean "
			    "season.");
}

/* §2.1: a kicker right under the headline and byline opens the text of
 * the story the headline started; its deck is found as usual. */
static void kicker_under_headline_and_byline(void **state)
{
	(void)state;
	assert_int_equal(split("Port Workers Threaten Strike\n"
			       "By Lin Yu-ting / Staff reporter\n"
			       "LABOUR DISPUTE: Dockworkers reject the new "
			       "shift rota Union leaders said talks with the "
			       "port company had broken down and that\n"), 1);
	assert_string_equal(got.story[0].kicker, "LABOUR DISPUTE");
	assert_string_equal(got.story[0].deck,
			    "Dockworkers reject the new shift rota");
	assert_string_equal(got.story[0].headline,
			    "Port Workers Threaten Strike");
}

/* A fullwidth colon ends a kicker like an ASCII one. */
static void fullwidth_colon_ends_kicker(void **state)
{
	(void)state;
	assert_opening("NIGHT SKY： Stargazers gather on the "
		       "mountain for a meteor shower Astronomers expect up "
		       "to sixty an hour if the\n",
		       "NIGHT SKY",
		       "Stargazers gather on the mountain for a meteor "
		       "shower");
}

/* §2.3: a story without a kicker has no deck. */
static void no_kicker_no_deck(void **state)
{
	(void)state;
	assert_opening("The central bank raised rates on Thursday Officials "
		       "said the move was meant to cool the housing market "
		       "and\n", "", "");
}

/* An upper-case dateline is never a kicker. */
static void dateline_is_not_a_kicker(void **state)
{
	(void)state;
	assert_opening("TAIPEI (Reuters) - Taiwan’s exports rose for "
		       "a tenth straight month in May, the finance ministry "
		       "said.\n", "", "");
}

/* A kicker with no lede after it, in a cut blurb: the deck is the whole
 * rest of the paragraph (SPEC §2.3, as revised for real pages). */
static void kicker_without_lede_deck_is_the_rest(void **state)
{
	(void)state;
	assert_opening("TRAFFIC ALERT: roadworks on the coastal highway will "
		       "close two lanes until the end of\n",
		       "TRAFFIC ALERT", "roadworks on the coastal highway will "
		       "close two lanes until the end of");
}

/* §2.3: a label that names a section or form makes the rest of its
 * line a headline, glued lede or not: no deck. */
static void form_label_has_no_deck(void **state)
{
	(void)state;
	assert_opening("EDITORIAL: A fair price for clean airWhen the haze "
		       "returns each spring, the clinics fill up again. "
		       "Doctors say the worst days are still ahead.\n",
		       "EDITORIAL", "");
}

/* A forum post's header (`Re: …`) opens the story: the lines under it
 * are the post, which quotes, and carry no kicker. */
static void no_kicker_under_a_forum_post_header(void **state)
{
	(void)state;
	assert_opening("Re: Harbour ferry thread (merged)\n"
		       "LATEST: Ferry fares to rise by a fifth from next "
		       "month as fuel costs climb\n"
		       "The operator said on Monday that fares on all outlying "
		       "island routes would rise from March, the first "
		       "increase in six years.\n",
		       "", "");
}

/* §2.3: a kicker glued to the end of the headline before it, on a line
 * the page glued whole: the deck runs to the glued byline, or without
 * one to the lede. */
static void kicker_glued_to_headline(void **state)
{
	(void)state;
	assert_opening("Bus fares rise 5% on fuel costsFARE SHOCK: Commuters "
		       "on the busiest routes will pay the most from "
		       "MarchBy Lin Mei-hua / Staff reporterThe city "
		       "government said yesterday that fares would rise.\n",
		       "FARE SHOCK",
		       "Commuters on the busiest routes will pay the most "
		       "from March");
	assert_opening("Port opens new cruise terminal in Keelung‘SEA "
		       "CHANGE’: the terminal doubles the berths for large "
		       "ships The Keelung port authority said on Monday that "
		       "the terminal would open in May.\n",
		       "SEA CHANGE",
		       "the terminal doubles the berths for large ships");
	/* after a sentence end it is text, not a headline */
	assert_opening("The council met on Monday. Members said the vote "
		       "was closeFINAL WORD: a decision is due in June.\n",
		       "", "");
}

/* §2.3, issue 15: a deck that ends in a name before a lede that opens
 * with one.  The name the deck ends in is one the word list knows (or an
 * acronym); the lede opens with a possessive, or with a name and a time
 * or a finite verb.  A deck never ends a sentence. */
static void deck_ends_in_a_name_before_a_named_lede(void **state)
{
	(void)state;
	assert_string_equal(deck_of("A new drug won approval for sale in the "
				    "US Taiwan’s exports of chips rose 12 "
				    "percent last month, the ministry said. "
				    "Total exports rose too."),
			    "A new drug won approval for sale in the US");
	assert_string_equal(deck_of("Busan hopes its new arena will draw fans "
				    "from across Asia Singapore will open "
				    "19,600 flats next year, officials said. "
				    "More will follow."),
			    "Busan hopes its new arena will draw fans from "
			    "across Asia");
	/* a name the list does not know may go on: no split inside it */
	assert_string_equal(deck_of("Fish farmers in Sai Kung have been told "
				    "to move their cages"), "");
	/* a common word ends the deck's name: `Dome` is no subject */
	assert_string_equal(deck_of("Organizers say the route near the Taipei "
				    "Dome will change"), "");
}

/* blurb_deck: the words up to the one before a capitalised lede word. */
static void deck_stops_before_capital(void **state)
{
	(void)state;
	assert_string_equal(deck_of("The central bank raised rates amid "
				    "inflation worries Officials said more "
				    "hikes may follow"),
			    "The central bank raised rates amid inflation "
			    "worries");
	assert_string_equal(deck_of("A plan floated by Kaohsiung’s "
				    "mayor drew protests Residents said it "
				    "was rushed"),
			    "A plan floated by Kaohsiung’s mayor "
			    "drew protests");
}

/* §2.3: a determiner or a plural subject opens the lede even after a
 * capitalised word; a subject before a capital names a body instead. */
static void lede_opener_after_capital_ends_deck(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Ferries will sail again from Keelung "
				    "The port reopened on Monday"),
			    "Ferries will sail again from Keelung");
	assert_string_equal(deck_of("Exports of chips rose again to the US A "
				    "strong month was expected"),
			    "Exports of chips rose again to the US");
	assert_string_equal(deck_of("Runners will avoid the Taipei Dome "
				    "Organizers of the race said so"),
			    "Runners will avoid the Taipei Dome");
	assert_string_equal(deck_of("Growers welcome aid from the Farmers "
				    "Association The group said it helped"),
			    "Growers welcome aid from the Farmers "
			    "Association");
}

/* §2.3: `said` before a capital ends a deck; an amount (`HK$2`), a
 * quantifier (`all MRT`) or a direction (`northern Taiwan`) does not. */
static void amounts_and_quantifiers_keep_deck_open(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Fares will rise next year, the bureau "
				    "said Commuters in the east will pay more"),
			    "Fares will rise next year, the bureau said");
	assert_string_equal(deck_of("Elderly riders say a scheme offering "
				    "HK$2 rides helps Officials agree"),
			    "Elderly riders say a scheme offering HK$2 "
			    "rides helps");
	assert_string_equal(deck_of("The network will cover all MRT stations "
				    "by June The work began"),
			    "The network will cover all MRT stations by June");
	assert_string_equal(deck_of("Snow could fall in northern Taiwan this "
				    "weekend Forecasters warned drivers"),
			    "Snow could fall in northern Taiwan this weekend");
}

static void deck_may_be_exactly_three_words(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Ports reopen quickly Officials said "
				    "the storm had passed"),
			    "Ports reopen quickly");
}

static void deck_of_two_words_is_none(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Rain ends Floods recede across the "
				    "south"), "");
}

static void deck_without_capital_is_none(void **state)
{
	(void)state;
	assert_string_equal(deck_of("rates rose again across the whole "
				    "region"), "");
	assert_int_equal(blurb_deck((const uint8_t *)"", 0), 0);
}

/* A list of capitalised names does not end the deck; a quoted capital
 * opens the lede. */
static void deck_spans_name_list_and_stops_at_quote(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Farmers in Yunlin, Chiayi and Tainan "
				    "face drought Officials said rain is "
				    "due"),
			    "Farmers in Yunlin, Chiayi and Tainan face "
			    "drought");
	assert_string_equal(deck_of("Activists staged a sit-in outside "
				    "parliament “We will stay,"
				    "” one said"),
			    "Activists staged a sit-in outside parliament");
}

/* Only the given bytes are read: a capital just past n is not seen. */
static void deck_respects_length(void **state)
{
	static const char s[] = "Ports reopen quickly Officials said";

	(void)state;
	assert_int_equal(blurb_deck((const uint8_t *)s, 20), 0);
	assert_int_equal(blurb_deck((const uint8_t *)s, 22), 20);
}

/* The word lists are looked up in a hash table: the first, last and
 * longest word of each list must be found, and only as written. */
static void deck_links_first_last_longest(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Farmers planted a Taiwan variety of rice "
				    "Buyers came early"),
			    "Farmers planted a Taiwan variety of rice");
	assert_string_equal(deck_of("Ferries will run all week without Coast "
				    "Guard escorts The port said so"),
			    "Ferries will run all week without Coast Guard "
			    "escorts");
	assert_string_equal(deck_of("Shops sold goods including Taiwan tea "
				    "and cakes Buyers queued"),
			    "Shops sold goods including Taiwan tea and cakes");
}

static void lede_openers_last_and_case(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Ferries sailed again from Keelung While "
				    "the port was shut"),
			    "Ferries sailed again from Keelung");
	/* `WHILE` is not `While`: after a capital it opens nothing. */
	assert_string_equal(deck_of("Ferries sailed again from Keelung WHILE "
				    "the port was shut"), "");
}

static void lede_subjects_first_last_longest(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Crowds gathered near the Legislative "
				    "Yuan Activists shouted slogans"),
			    "Crowds gathered near the Legislative Yuan");
	assert_string_equal(deck_of("Unions marched past the Ministry of "
				    "Labor Workers want more pay"),
			    "Unions marched past the Ministry of Labor");
	assert_string_equal(deck_of("Judges heard the case in the Taipei "
				    "District Court Prosecutors said more"),
			    "Judges heard the case in the Taipei District "
			    "Court");
	/* Neither the singular nor a longer word is on the list. */
	assert_string_equal(deck_of("Funds went to the Academia Sinica "
				    "Researcher teams said so"), "");
	assert_string_equal(deck_of("Funds went to the Academia Sinica "
				    "Researchersx said so"), "");
}

static void calendar_words_first_last_longest(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Rain fell through its wettest April "
				    "night Officials said"),
			    "Rain fell through its wettest April night");
	assert_string_equal(deck_of("Ferries stay docked next Wednesday "
				    "morning Operators said"),
			    "Ferries stay docked next Wednesday morning");
	assert_string_equal(deck_of("Markets reopened after a pause lasting "
				    "until late September and stalls sold out "
				    "Traders cheered"),
			    "Markets reopened after a pause lasting until late "
			    "September and stalls sold out");
}

/* After a determiner (`a` and `this` end the list), an -ing word is a
 * noun and a capital after it may open the lede; after another word it
 * is a participle whose object the capital is. */
static void determiners_make_ing_words_nouns(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Crews repaired a building Taipei "
				    "officials said"),
			    "Crews repaired a building");
	assert_string_equal(deck_of("Crews finished repairs this morning "
				    "Taipei officials said"),
			    "Crews finished repairs this morning");
	assert_string_equal(deck_of("Crews finished repairs early morning "
				    "Taipei officials said"), "");
}

/* Words end at any white space, a no-break or ideographic space too;
 * control characters and invalid bytes are part of a word. */
static void words_split_at_unicode_spaces_only(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Ports reopen\xc2\xa0quickly\tOfficials "
				    "said"),
			    "Ports reopen\xc2\xa0quickly");
	assert_string_equal(deck_of("Ports\xe3\x80\x80reopen quickly "
				    "Officials said"),
			    "Ports\xe3\x80\x80reopen quickly");
	assert_string_equal(deck_of("Ports reopen quick\x01Officials said "
				    "so"), "");
	assert_string_equal(deck_of("Ports re\xffopen quickly Officials said"),
			    "Ports re\xffopen quickly");
}

/* Words longer than eight bytes, and the last word of the text with
 * fewer than eight bytes left, are read like any other. */
static void long_words_and_last_word(void **state)
{
	(void)state;
	assert_string_equal(deck_of("Internationalisation efforts "
				    "intensified Officials said"),
			    "Internationalisation efforts intensified");
	assert_string_equal(deck_of("Ports reopen quickly Police"),
			    "Ports reopen quickly");
	assert_string_equal(deck_of("Ferries sailed from Keelung "
				    "Internationalisation"), "");
}

/* A word is compared with its length: `The` followed by a NUL byte is not
 * the opener `The`. */
static void word_with_nul_is_not_list_word(void **state)
{
	static const char with_nul[] = "Ferries sailed from Keelung The\0 port";
	static const char plain[] = "Ferries sailed from Keelung The port";

	(void)state;
	assert_int_equal(blurb_deck((const uint8_t *)with_nul,
				    sizeof with_nul - 1), 0);
	assert_int_equal(blurb_deck((const uint8_t *)plain, sizeof plain - 1),
			 27);
}

/* The lists are searched in strcmp order: an entry out of order would
 * silently never match. */
static void word_lists_are_sorted(void **state)
{
	(void)state;
	assert_true(blurb_tables_ok());
}

/* A page's `URL: …` marker (--start, SPEC §4) is furniture: neither
 * the kicker `URL` nor the headline; the kicker is the page's. */
static void url_marker_is_no_kicker(void **state)
{
	(void)state;
	memset(&got, 0, sizeof got);
	feed_string_marked("URL: https://example.com/news/2025/fire\n"
			   "FIRE SAFETY: Inspectors found dozens of buildings "
			   "without sprinklers The city said it would fine "
			   "their owners.\n", "^URL: ", on_story, NULL);
	assert_int_equal(got.count, 1);
	assert_string_equal(got.story[0].kicker, "FIRE SAFETY");
	assert_string_equal(got.story[0].headline, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(word_lists_are_sorted),
		cmocka_unit_test(deck_ends_before_lede),
		cmocka_unit_test(by_before_capital_keeps_deck_open),
		cmocka_unit_test(of_amid_the_called_keep_deck_open),
		cmocka_unit_test(deck_is_at_least_three_words),
		cmocka_unit_test(quoted_kicker_loses_quotes),
		cmocka_unit_test(glued_question_mark_stays_in_kicker),
		cmocka_unit_test(kicker_without_colon),
		cmocka_unit_test(kicker_on_headline_line_gives_no_deck),
		cmocka_unit_test(kicker_and_deck_alone_give_whole_rest),
		cmocka_unit_test(kicker_under_headline_and_byline),
		cmocka_unit_test(fullwidth_colon_ends_kicker),
		cmocka_unit_test(no_kicker_no_deck),
		cmocka_unit_test(dateline_is_not_a_kicker),
		cmocka_unit_test(kicker_without_lede_deck_is_the_rest),
		cmocka_unit_test(form_label_has_no_deck),
		cmocka_unit_test(kicker_glued_to_headline),
		cmocka_unit_test(deck_ends_in_a_name_before_a_named_lede),
		cmocka_unit_test(no_kicker_under_a_forum_post_header),
		cmocka_unit_test(deck_stops_before_capital),
		cmocka_unit_test(deck_may_be_exactly_three_words),
		cmocka_unit_test(deck_of_two_words_is_none),
		cmocka_unit_test(lede_opener_after_capital_ends_deck),
		cmocka_unit_test(amounts_and_quantifiers_keep_deck_open),
		cmocka_unit_test(deck_without_capital_is_none),
		cmocka_unit_test(deck_spans_name_list_and_stops_at_quote),
		cmocka_unit_test(deck_respects_length),
		cmocka_unit_test(deck_links_first_last_longest),
		cmocka_unit_test(lede_openers_last_and_case),
		cmocka_unit_test(lede_subjects_first_last_longest),
		cmocka_unit_test(calendar_words_first_last_longest),
		cmocka_unit_test(determiners_make_ing_words_nouns),
		cmocka_unit_test(words_split_at_unicode_spaces_only),
		cmocka_unit_test(long_words_and_last_word),
		cmocka_unit_test(word_with_nul_is_not_list_word),
		cmocka_unit_test(url_marker_is_no_kicker),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
