/* test_kind.c — what a finished story is (SPEC §2.2, §2.4): article or
 * blurb, truncated or not, and its headline, byline and dateline.  The
 * stories come from the real segmenter, fed lines from memory. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "kind.h"
#include "feed.h"
#include "segment.h"

enum { MAXSTORIES = 16, FIELD = 256 };

/* What the callback saw of one story, copied out of it. */
struct seen {
	enum boundary boundary;
	enum kind kind;
	bool truncated;
	long first;                 /* lineno of the first line */
	size_t nlines;
	char headline[FIELD], byline[FIELD], dateline[FIELD];
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
	assert_true(got.count < MAXSTORIES);
	s = &got.story[got.count++];
	s->boundary = st->boundary;
	s->kind = st->kind;
	s->truncated = st->truncated;
	s->first = st->nlines > 0 ? st->lineno : 0;
	s->nlines = (size_t)story_line_count(st);
	copy_span(s->headline, st, st->headline);
	copy_span(s->byline, st, st->byline);
	copy_span(s->dateline, st, st->dateline);
}

/* Feed a whole file from memory: lines end at LF, a CR before the LF is
 * part of the terminator.  Returns how many stories came out. */
static size_t split(const char *input)
{
	memset(&got, 0, sizeof got);
	feed_string(input, on_story, NULL);
	return got.count;
}

/* split, with the lines that open with `=== ` or `URL: ` as --start
 * markers. */
static size_t split_marked(const char *input)
{
	memset(&got, 0, sizeof got);
	feed_string_marked(input, "^(=== |URL: )", on_story, NULL);
	return got.count;
}

static void assert_kind(size_t i, enum kind k, bool truncated)
{
	assert_true(i < got.count);
	assert_string_equal(kind_name(got.story[i].kind), kind_name(k));
	assert_int_equal(got.story[i].truncated, truncated);
}

/* §2.2: one paragraph cut off mid-sentence is a truncated blurb. */
static void one_cut_paragraph_is_truncated_blurb(void **state)
{
	(void)state;
	assert_int_equal(split("The river authority opened two new flood gates "
			       "north of the city on Tuesday, but residents "
			       "downstream said the\n"), 1);
	assert_kind(0, K_BLURB, true);
}

/* §2.2: `said.FULL STORY` — the glued link is not part of the sentence,
 * so the blurb is complete. */
static void full_story_after_sentence_is_untruncated_blurb(void **state)
{
	(void)state;
	assert_int_equal(split("The night market on Lantern Street will close "
			       "two hours earlier from next month, the "
			       "district office said.FULL STORY\n"), 1);
	assert_kind(0, K_BLURB, false);
}

static void read_more_with_space_is_untruncated_blurb(void **state)
{
	(void)state;
	assert_int_equal(split("Ferry tickets to the outlying islands sold out "
			       "within an hour, operators said. Read more\n"),
			 1);
	assert_kind(0, K_BLURB, false);
}

/* §2.2: the link may stand alone on the next line. */
static void link_on_next_line_makes_blurb(void **state)
{
	(void)state;
	assert_int_equal(split("A new cycling path along the east coast "
			       "opened to riders on Saturday.\n"
			       "Continue reading\n"), 1);
	assert_kind(0, K_BLURB, false);
}

/* §2.2: an ellipsis means the text was cut. */
static void ellipsis_makes_truncated_blurb(void **state)
{
	(void)state;
	assert_int_equal(split("Orchard owners in the hills counted their "
			       "losses after the frost, and some said they "
			       "might …\n"), 1);
	assert_kind(0, K_BLURB, true);
}

/* §2.2: a quotation left open does not end a sentence. */
static void open_quote_is_truncated(void **state)
{
	(void)state;
	assert_int_equal(split("The housing shortage in the capital has "
			       "become a “real crisis.\n"), 1);
	assert_kind(0, K_BLURB, true);
}

/* §2.2: a complete one-paragraph brief is an article. */
static void complete_brief_is_article(void **state)
{
	(void)state;
	assert_int_equal(split("The weather bureau lifted its heat warning for "
			       "the south on Thursday evening.\n"), 1);
	assert_kind(0, K_ARTICLE, false);
}

/* §2.2: several paragraphs make an article, blank lines or not. */
static void several_paragraphs_are_article(void **state)
{
	(void)state;
	assert_int_equal(split("The city zoo welcomed a pair of red pandas "
			       "on loan from a partner zoo in Japan.\n"
			       "\n"
			       "Keepers said the animals would stay in "
			       "quarantine for a month before going on show.\n"
			       "\n"
			       "Visitors can follow their progress on the "
			       "zoo's website, a spokeswoman added.\n"), 1);
	assert_kind(0, K_ARTICLE, false);
	assert_int_equal(got.story[0].nlines, 5);
}

/* §2.2: an article whose last paragraph is cut is still an article. */
static void article_with_cut_last_paragraph_is_truncated(void **state)
{
	(void)state;
	assert_int_equal(split("Rail operators added late trains for the "
			       "lantern festival weekend.\n"
			       "Extra staff will guide crowds at the main "
			       "stations, the company said.\n"
			       "Passengers were urged to buy tickets early "
			       "because the last\n"), 1);
	assert_kind(0, K_ARTICLE, true);
}

/* §2.2: credit lines are never the last paragraph for the test. */
static void article_ending_in_credit_is_not_truncated(void **state)
{
	(void)state;
	assert_int_equal(split("Fishermen in the northern harbour repaired "
			       "their boats after the storm.\n"
			       "Most expect to sail again next week, the "
			       "fishermen's association said.\n"
			       "Photo: Reuters\n"), 1);
	assert_kind(0, K_ARTICLE, false);
}

static void blurb_with_credit_is_still_a_blurb(void **state)
{
	(void)state;
	assert_int_equal(split("Lantern makers in the old quarter are racing "
			       "to fill orders before the festival, and some "
			       "say the\n"
			       "Photo: CNA\n"), 1);
	assert_kind(0, K_BLURB, true);
}

/* §2.4: headline, byline and dateline of a listing story. */
static void headline_byline_dateline_are_filled(void **state)
{
	(void)state;
	assert_int_equal(split("Harbour Bridge Reopens After Repairs\n"
			       "By Chen Mei-ling / Staff reporter\n"
			       "KEELUNG, May 2 (CNA) - The harbour bridge "
			       "reopened to traffic on Friday after six weeks "
			       "of repairs, the city government said.\n"
			       "The work cost about NT$40 million, officials "
			       "said.\n"), 1);
	assert_kind(0, K_ARTICLE, false);
	assert_string_equal(got.story[0].headline,
			    "Harbour Bridge Reopens After Repairs");
	assert_string_equal(got.story[0].byline,
			    "By Chen Mei-ling / Staff reporter");
	assert_string_equal(got.story[0].dateline, "KEELUNG, May 2 (CNA) -");
}

/* §2.2: a link glued to the last word still marks a blurb; the words
 * before it do not end a sentence. */
static void link_glued_to_word_makes_truncated_blurb(void **state)
{
	(void)state;
	assert_int_equal(split("Voters in the township will pick a new mayor "
			       "after the resignation of Wu ChiFULL STORY\n"),
			 1);
	assert_kind(0, K_BLURB, true);
}

/* §2.2: `[…]` is an ellipsis link: a blurb, cut. */
static void bracketed_ellipsis_makes_truncated_blurb(void **state)
{
	(void)state;
	assert_int_equal(split("Scientists tagged twelve sea turtles off the "
			       "island this summer to study their routes "
			       "[…]\n"), 1);
	assert_kind(0, K_BLURB, true);
}

/* §2.2: closing quotes after the full stop still end the sentence. */
static void closing_quote_after_period_ends_sentence(void **state)
{
	(void)state;
	assert_int_equal(split("The coach said his team had “"
			       "nothing left to prove.”\n"), 1);
	assert_kind(0, K_ARTICLE, false);
}

/* §2.2: a blurb is one paragraph; with two, a link does not make one. */
static void article_with_link_stays_article(void **state)
{
	(void)state;
	assert_int_equal(split("A typhoon is expected to skirt the east coast "
			       "on Wednesday.\n"
			       "Schools in two counties will close as a "
			       "precaution, officials said. Read more\n"), 1);
	assert_kind(0, K_ARTICLE, false);
}

/* A dateline without a dash ends at the agency's bracket. */
static void dateline_with_comma_ends_at_agency(void **state)
{
	(void)state;
	assert_int_equal(split("Taipei, Jan. 10 (CNA) The cabinet approved a "
			       "draft bill on elderly care on Thursday.\n"), 1);
	assert_string_equal(got.story[0].dateline, "Taipei, Jan. 10 (CNA)");
	assert_string_equal(got.story[0].headline, "");
	assert_string_equal(got.story[0].byline, "");
}

/* Spans are the line without its surrounding white space. */
static void headline_span_is_trimmed(void **state)
{
	(void)state;
	assert_int_equal(split("  Night Buses Return to Hualien  \r\n"
			       "By Lin Yu-ting\r\n"
			       "Night buses return to the county next month "
			       "after a two-year pause, the county said.\r\n"),
			 1);
	assert_string_equal(got.story[0].headline,
			    "Night Buses Return to Hualien");
	assert_string_equal(got.story[0].byline, "By Lin Yu-ting");
}

/* A plain story has none of the three. */
static void plain_story_has_no_headline(void **state)
{
	(void)state;
	assert_int_equal(split("Tea farmers in the mountains reported a good "
			       "spring harvest this year.\n"), 1);
	assert_string_equal(got.story[0].headline, "");
	assert_string_equal(got.story[0].byline, "");
	assert_string_equal(got.story[0].dateline, "");
}

/* kind_is_cut on hand-made paragraph features. */
static void kind_is_cut_reads_para_flags(void **state)
{
	struct para p;

	(void)state;
	memset(&p, 0, sizeof p);
	p.ends_sentence = true;
	assert_false(kind_is_cut(&p));
	p.open_quote = true;
	assert_true(kind_is_cut(&p));
	p.open_quote = false;
	p.ellipsis = true;
	assert_true(kind_is_cut(&p));
	p.ellipsis = false;
	p.ends_sentence = false;
	assert_true(kind_is_cut(&p));
}

/* --- --start markers (SPEC §4): furniture, never a cut teaser -------- */

/* A marker over one teaser paragraph cut off: the paragraph is the
 * story's only one, so a blurb, truncated; the marker is no headline. */
static void marker_over_cut_teaser_is_truncated_blurb(void **state)
{
	(void)state;
	assert_int_equal(split_marked("=== flood gates ===\n"
				      "The river authority opened two new flood "
				      "gates north of the city on Tuesday, but "
				      "residents downstream said the\n"), 1);
	assert_kind(0, K_BLURB, true);
	assert_string_equal(got.story[0].headline, "");
}

/* A marker that reads like a paragraph cut off, over a full article:
 * an article, not truncated, whose headline and byline are the page's. */
static void marker_over_article_is_untruncated_article(void **state)
{
	(void)state;
	assert_int_equal(split_marked("=== the river authority opened two new "
				      "flood gates north of the city on\n"
				      "Flood gates open north of the city\n"
				      "By Lin Mei / Staff reporter\n"
				      "The river authority opened two new flood "
				      "gates on Tuesday.\n"
				      "Residents downstream welcomed the move.\n"),
			 1);
	assert_kind(0, K_ARTICLE, false);
	assert_string_equal(got.story[0].headline,
			    "Flood gates open north of the city");
	assert_string_equal(got.story[0].byline, "By Lin Mei / Staff reporter");
}

/* A page's URL is neither a teaser link nor the headline. */
static void url_marker_is_no_link_and_no_headline(void **state)
{
	(void)state;
	assert_int_equal(split_marked("URL: https://example.com/news/2025/ferry\n"
				      "Ferry terminal to open in spring\n"
				      "Harbour officials said the ferry terminal "
				      "will open in spring, two years late.\n"), 1);
	assert_kind(0, K_ARTICLE, false);
	assert_string_equal(got.story[0].headline,
			    "Ferry terminal to open in spring");
}

/* A marker alone (the next marker follows it, or the file ends, with or
 * without a newline): no text was cut, so an article, not truncated. */
static void marker_alone_is_untruncated_article(void **state)
{
	(void)state;
	assert_int_equal(split_marked("=== page 1 ===\n"
				      "=== page 2 ===\n"
				      "Officials said the terminal will open in "
				      "spring.\n"
				      "=== page 3 ==="), 3);
	assert_kind(0, K_ARTICLE, false);
	assert_kind(1, K_ARTICLE, false);
	assert_kind(2, K_ARTICLE, false);
	assert_string_equal(got.story[2].headline, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(one_cut_paragraph_is_truncated_blurb),
		cmocka_unit_test(
			full_story_after_sentence_is_untruncated_blurb),
		cmocka_unit_test(read_more_with_space_is_untruncated_blurb),
		cmocka_unit_test(link_on_next_line_makes_blurb),
		cmocka_unit_test(ellipsis_makes_truncated_blurb),
		cmocka_unit_test(open_quote_is_truncated),
		cmocka_unit_test(complete_brief_is_article),
		cmocka_unit_test(several_paragraphs_are_article),
		cmocka_unit_test(article_with_cut_last_paragraph_is_truncated),
		cmocka_unit_test(article_ending_in_credit_is_not_truncated),
		cmocka_unit_test(blurb_with_credit_is_still_a_blurb),
		cmocka_unit_test(link_glued_to_word_makes_truncated_blurb),
		cmocka_unit_test(bracketed_ellipsis_makes_truncated_blurb),
		cmocka_unit_test(closing_quote_after_period_ends_sentence),
		cmocka_unit_test(article_with_link_stays_article),
		cmocka_unit_test(headline_byline_dateline_are_filled),
		cmocka_unit_test(dateline_with_comma_ends_at_agency),
		cmocka_unit_test(headline_span_is_trimmed),
		cmocka_unit_test(plain_story_has_no_headline),
		cmocka_unit_test(kind_is_cut_reads_para_flags),
		cmocka_unit_test(marker_over_cut_teaser_is_truncated_blurb),
		cmocka_unit_test(marker_over_article_is_untruncated_article),
		cmocka_unit_test(url_marker_is_no_link_and_no_headline),
		cmocka_unit_test(marker_alone_is_untruncated_article),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
