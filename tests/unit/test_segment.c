/* test_segment.c — lines to stories (SPEC §2.1): where stories start, the
 * boundary rule that started each, and that the stories tile the input. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <regex.h>
#include <string.h>

#include "diag.h"
#include "rules.h"
#include "segment.h"

enum { MAXSTORIES = 64, MAXBYTES = 1 << 16 };

/* What the callback saw of one story. */
struct seen {
	long number;
	long first;             /* lineno of the first non-blank line, or 0 */
	long start;             /* lineno of the story's first line */
	enum role first_role;   /* what the first non-blank line is */
	long headline;          /* lineno of its first headline, or 0 */
	enum boundary boundary;
	long lines;             /* input lines it covers */
	size_t nlines;          /* its records */
	size_t bytes;
	uint64_t offset;
	const char *file;
};

static struct {
	struct seen story[MAXSTORIES];
	size_t count;
	uint8_t bytes[MAXBYTES];    /* every story's bytes, in order */
	size_t nbytes;
} got;

/* The input, as the reader would have handed it out. */
static uint8_t input[MAXBYTES];
static size_t ninput;

static void on_story(struct story *st, void *ctx)
{
	struct seen *s;
	long lineno = st->lineno;

	(void)ctx;
	assert_true(got.count < MAXSTORIES);
	s = &got.story[got.count++];
	memset(s, 0, sizeof *s);
	s->number = st->number;
	s->boundary = st->boundary;
	s->nlines = st->nlines;
	s->bytes = st->bytes.len;
	s->offset = st->offset;
	s->file = st->file;
	s->lines = story_line_count(st);
	s->start = st->nlines > 0 ? st->lineno : 0;
	for (size_t i = 0; i < st->nlines; i++) {
		if (!line_blank(&st->lines[i]) && s->first == 0) {
			s->first = lineno;
			s->first_role = st->lines[i].role;
		}
		if (st->lines[i].role == R_HEADLINE && s->headline == 0)
			s->headline = lineno;
		lineno = story_next_lineno(&st->lines[i], lineno);
	}
	assert_true(got.nbytes + st->bytes.len <= MAXBYTES);
	memcpy(got.bytes + got.nbytes, st->bytes.data, st->bytes.len);
	got.nbytes += st->bytes.len;
}

static void reset(void)
{
	memset(&got, 0, sizeof got);
	ninput = 0;
}

/* Feed one line: text, then a terminator ("\n", "\r\n" or "").  The first
 * line of a file may carry a BOM. */
static void feed_raw(struct segmenter *sg, const char *text, const char *eol,
		     size_t bom, bool cut, long lineno)
{
	struct rawline rl;
	size_t len = strlen(text), neol = strlen(eol);

	assert_true(ninput + bom + len + neol <= MAXBYTES);
	rl.offset = ninput;
	if (bom) {
		memcpy(input + ninput, "\xEF\xBB\xBF", 3);
		ninput += 3;
	}
	rl.s = input + ninput;
	memcpy(input + ninput, text, len);
	ninput += len;
	memcpy(input + ninput, eol, neol);
	ninput += neol;
	rl.len = len;
	rl.bom = bom;
	rl.eol = neol;
	rl.lineno = lineno;
	rl.cut = cut;
	seg_line(sg, &rl);
}

/* Run the segmenter over lines (LF-terminated) with the given options. */
static size_t run_opt(const char *const *lines, size_t n,
		      const struct seg_options *opt)
{
	struct segmenter sg;

	reset();
	seg_init(&sg, opt, on_story, NULL);
	seg_file(&sg, "-");
	for (size_t i = 0; i < n; i++)
		feed_raw(&sg, lines[i], "\n", 0, false, (long)i + 1);
	seg_end(&sg);
	seg_free(&sg);
	return got.count;
}

static const struct seg_options defaults = { 64u << 20, NULL, 0 };

#define RUN(lines) run_opt(lines, sizeof lines / sizeof lines[0], &defaults)

/* The stories tile the input: in order, contiguous, every byte kept. */
static void assert_tiles(void)
{
	uint64_t at = 0;

	for (size_t i = 0; i < got.count; i++) {
		assert_int_equal(got.story[i].offset, at);
		assert_int_equal(got.story[i].number, (long)i + 1);
		at += got.story[i].bytes;
	}
	assert_int_equal(at, ninput);
	assert_int_equal(got.nbytes, ninput);
	assert_memory_equal(got.bytes, input, ninput);
}

/* Story i (0-based) opens at line `first` because of rule b. */
static void assert_story(size_t i, long first, enum boundary b)
{
	assert_true(i < got.count);
	assert_int_equal(got.story[i].first, first);
	assert_string_equal(boundary_name(got.story[i].boundary),
			    boundary_name(b));
}

/* --- the rules -------------------------------------------------------- */

static void article_then_kicker_blurb(void **state)
{
	static const char *const lines[] = {
		"Harbour officials said on Monday that the new ferry terminal will open in the spring.",
		"",
		"The terminal, built on reclaimed land, can berth four ships at once.",
		"",
		"Construction ran two years over schedule, the bureau said.",
		"LONG WAIT: Commuters on the eastern line face another month of delays as engineers replace worn track and",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(0, 1, B_FIRST);
	assert_int_equal(got.story[0].lines, 5);
	assert_story(1, 6, B_KICKER);
	assert_int_equal(got.story[1].lines, 1);
	assert_tiles();
}

static void blurb_after_blurb(void **state)
{
	static const char *const lines[] = {
		"DRY SPELL Farmers in the south brace for water rationing as the reservoirs fall to their lowest level in",
		"Officials in the port city have proposed a levy on cruise passengers to pay for the upkeep of the old",
		"A retired teacher has opened a free library in her garage, and her neighbours say it has become the heart of",
	};

	(void)state;
	assert_int_equal(RUN(lines), 3);
	assert_story(0, 1, B_FIRST);
	assert_int_equal(got.story[0].first_role, R_BODY);
	assert_story(1, 2, B_AFTER_BLURB);
	assert_story(2, 3, B_AFTER_BLURB);
	assert_tiles();
}

static void blurb_ending_in_link_then_complete_brief(void **state)
{
	static const char *const lines[] = {
		"The city will repaint every zebra crossing near a school by the end of the year, the transport bureau said. Full Story",
		"Rain is expected across the north on Thursday as a cold front moves in from the sea, forecasters said.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 2, B_AFTER_BLURB);
	assert_tiles();
}

static void caption_and_credit_inside_a_paragraph(void **state)
{
	/* The scraper split one paragraph around a photo caption and its
	 * credit; the text goes on in lower case. */
	static const char *const lines[] = {
		"The museum reopened its east wing to the public on Saturday after a two-year renovation whose final bill, officials admit,",
		"Visitors walk through the restored east wing of the museum in Tainan on Saturday.",
		"Photo: Lee Ann, Harbour Times",
		"cost more than the building itself, according to the city’s cultural affairs office.",
		"The wing houses the museum’s collection of early printed maps.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
	assert_story(0, 1, B_FIRST);
	assert_int_equal(got.story[0].first_role, R_BODY);
	assert_int_equal(got.story[0].lines, 5);
	assert_tiles();
}

static void credit_then_lower_case_continuation(void **state)
{
	static const char *const lines[] = {
		"The museum reopened its east wing to the public on Saturday after a two-year renovation whose final bill, officials admit,",
		"",
		"(CNA photo)",
		"",
		"cost more than the building itself, the cultural affairs office said.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
	assert_int_equal(got.story[0].first_role, R_BODY);
	assert_tiles();
}

static void credit_line_never_opens_a_story(void **state)
{
	static const char *const lines[] = {
		"Dock workers ended their three-week strike on Friday after the port authority agreed to a new pay scale and safety",
		"Photo courtesy of the Harbour Bureau",
		"Screengrab from a video posted online",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
	assert_int_equal(got.story[0].first_role, R_BODY);
	assert_tiles();
}

static void listing_headline_byline_teaser_repeated(void **state)
{
	static const char *const lines[] = {
		"Ferry Fares to Rise in April",
		"By Lin Mei / Staff reporter",
		"Harbour officials yesterday said fares on the island routes would rise by 10 percent to cover fuel costs, whichFULL STORY",
		"Night Market Vendors Win Reprieve",
		"By Chen An / Staff reporter",
		"The city government agreed to delay moving the riverside night market until after the lunar new year holiday, [FULL  STORY]",
		"Library Extends Weekend Hours",
		"By Wu Jia / Staff reporter",
		"The central library will stay open until 10pm on Saturdays from next month, the city said. Full Story",
	};

	(void)state;
	assert_int_equal(RUN(lines), 3);
	assert_story(0, 1, B_FIRST);
	assert_int_equal(got.story[0].lines, 3);
	assert_story(1, 4, B_AFTER_BLURB);
	assert_int_equal(got.story[1].lines, 3);
	assert_story(2, 7, B_AFTER_BLURB);
	assert_int_equal(got.story[2].lines, 3);
	assert_tiles();
}

static void teaser_link_alone_on_next_line(void **state)
{
	static const char *const lines[] = {
		"Harbour officials yesterday said fares on the island routes would rise to cover the cost of fuel, which",
		"READ MORE",
		"The central library will stay open until 10pm on Saturdays from next month, the city said.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_int_equal(got.story[0].lines, 2);
	assert_story(1, 3, B_AFTER_BLURB);
	assert_tiles();
}

static void bare_ellipsis_line_belongs_to_blurb(void **state)
{
	static const char *const lines[] = {
		"Harbour officials yesterday said fares on the island routes would rise to cover the cost of fuel, which",
		"\xE2\x80\xA6",
		"The central library will stay open until 10pm on Saturdays from next month, the city said.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_int_equal(got.story[0].lines, 2);
	assert_story(1, 3, B_AFTER_BLURB);
	assert_tiles();
}

static void headline_and_byline_after_article(void **state)
{
	static const char *const lines[] = {
		"The weather bureau issued a cold surge advisory for the northern counties on Friday.",
		"Temperatures could fall to 8C in the hills overnight, it said.",
		"Night Market Vendors Win Reprieve",
		"By Chen An / Staff reporter",
		"The city government agreed to delay moving the riverside night market until after the holiday.",
		"Vendors had protested outside city hall for a week.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(0, 1, B_FIRST);
	assert_story(1, 3, B_HEADLINE);
	assert_int_equal(got.story[1].lines, 4);
	assert_tiles();
}

static void kicker_under_headline_and_byline_stays(void **state)
{
	static const char *const lines[] = {
		"Harbour Levy Plan Draws Fire",
		"By Lin Mei / Staff reporter",
		"CRUISE WOES: Operators warned that a new passenger levy would drive ships to rival ports, costing the city millions.",
		"The council votes on the plan next week.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
	assert_story(0, 1, B_FIRST);
	assert_tiles();
}

static void wire_briefs_split_at_datelines(void **state)
{
	static const char *const lines[] = {
		"Taipei, Jan. 10 (CNA) The weather bureau issued a cold surge advisory for northern counties on Friday.",
		"Tainan, Jan. 10 (CNA) A fire at a textile warehouse was put out after three hours, firefighters said.",
		"",
		"SEOUL, March 3 (Yonhap) -- South Korea’s exports rose for a fifth straight month in February, data showed.",
		"TAIPEI (Reuters) - The central bank kept its benchmark rate unchanged on Thursday.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 4);
	assert_story(0, 1, B_FIRST);
	assert_story(1, 2, B_DATELINE);
	assert_story(2, 4, B_DATELINE);
	assert_story(3, 5, B_DATELINE);
	assert_tiles();
}

/* §2.1 rule 5 across the furniture that closes the page above (a wiki
 * dump's licence line): the dateline still opens the next wire story.
 * (A headline in between opens it instead: see
 * headline_then_dateline_after_article.) */
static void dateline_after_closing_furniture(void **state)
{
	static const char *const lines[] = {
		"Yeongwol has a long history of mining, and the county seat is Yeongwol-eup.",
		"The county is known for its limestone caves and the Dong River.",
		"This article is issued from Wikipedia. The text is licensed under Creative Commons - Attribution - Sharealike.",
		"Kinmen, Jan. 9 (CNA) A new ferry terminal at Shuitou Harbor in Kinmen opened Thursday, the county government said.",
		"The terminal has twice as many waiting seats as the old one.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(0, 1, B_FIRST);
	assert_story(1, 4, B_DATELINE);
	assert_tiles();
}

/* A stamp glued under a page that glues its lines (a list of briefs),
 * with the page's first blank line under it: the spacing sets it apart
 * from the text above, and it opens the article under it.  With a time
 * of day it is the brief's footer. */
static void stamp_set_apart_opens_the_article_under_it(void **state)
{
#define GLUED_ARTICLE \
	"Singapore to host Taiwanese food festival", \
	"The China Post - A three-day Taiwanese food festival will be held at a shopping mall in Singapore next month, organisers said.", \
	"Changhua rice farmers trial drone planting", \
	"The China Post - Rice farmers in Changhua County have begun planting seedlings with drones to save labour, the county said."
#define PARTED_ARTICLE \
	"", \
	"A banyan tree estimated to be more than 100 years old collapsed onto a minibus stop on Hollywood Road.", \
	"", \
	"The tree, which grew out of a stone retaining wall, had been inspected in March, the bureau said."
	static const char *const stamp[] = {
		GLUED_ARTICLE, "(Hong Kong Free Press) July 22, 2015.", PARTED_ARTICLE,
	};
	static const char *const timed[] = {
		GLUED_ARTICLE, "July 22, 2015 10:42am", PARTED_ARTICLE,
	};
#undef GLUED_ARTICLE
#undef PARTED_ARTICLE

	(void)state;
	assert_int_equal(RUN(stamp), 3);
	assert_story(2, 5, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(timed), 3);
	assert_story(2, 7, B_TOPIC_SHIFT);
	assert_tiles();
}

/* An article that glues its paragraphs, for the spacing tests below. */
#define HSINCHU_GLUED \
	"Hsinchu, Feb. 3 (CNA) The Hsinchu City Government said Monday it would plant 5,000 trees along the coast to slow the sand.", \
	"The project will focus on the area around Nanliao Fishing Harbor, where strong winter winds have buried roads in sand.", \
	"Department official Kuo Chien-chih said native species would be chosen because they survive salt spray and drought."

/* An article that glues its paragraphs, then one glued under it with a
 * blank line under it, which shares nothing with the paragraph above and
 * goes on into the text under the blank line, a page that parts its
 * lines: the next page's lede, even on a close topic.  With no blank
 * line it is the article's next paragraph; and where the page under the
 * blank line glues its lines too, the blank line only parts two pages
 * laid out alike, and the paragraph above it is the article's last. */
static void lede_set_apart_opens_the_next_page(void **state)
{
#define GLUED_ARTICLE HSINCHU_GLUED, \
	"Hsinchu will open a cycling path along the coast next month, linking Nanliao Fishing Harbor with the wetlands to the south."
#define SECOND \
	"The cycling path, which cost NT$200 million, runs for 17km past the wetlands, and rental bikes will be offered at both ends."
#define THIRD \
	"Cyclists will be able to stop at three rest areas along the path, each with water, shade and a repair stand for bikes."
	static const char *const apart[] = {
		GLUED_ARTICLE, "", SECOND, "", THIRD,
	};
	static const char *const glued[] = { GLUED_ARTICLE, SECOND, THIRD };
	static const char *const alike[] = {
		GLUED_ARTICLE, "", SECOND, THIRD,
	};
#undef GLUED_ARTICLE
#undef SECOND
#undef THIRD

	(void)state;
	assert_int_equal(RUN(apart), 2);
	assert_story(1, 4, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(glued), 1);
	assert_tiles();
	assert_int_equal(RUN(alike), 1);
	assert_tiles();
}

/* A page that parts its paragraphs, then a wire story under a blank
 * line whose second paragraph is glued under its first: the story's
 * own layout.  The glued paragraph opens no page (the spacing rule),
 * though it shares few words with the lede: a story that a paragraph
 * opened, with nothing above it, goes on with the text glued under it. */
static void glued_under_a_story_opened_by_its_lede(void **state)
{
	static const char *const lines[] = {
		"Harbour officials said the new ferry terminal in Kinmen will open in the spring, a year later than planned.",
		"",
		"The Kinmen ferry terminal has twice as many waiting seats as the old terminal, officials said.",
		"",
		"The county said the new ferry terminal would also serve visitors to the Kinmen islands in summer.",
		"",
		"Taipei, Jan. 10 (CNA) Taiwan's unemployment rate fell to 3.33 percent in December, the lowest for the month in 24 years.",
		"Retailers and restaurants hired more staff before the Lunar New Year holiday, a DGBAS official said on Friday.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 7, B_DATELINE);
	assert_tiles();
}

/* A title glued under an article that glues its paragraphs, with a
 * blank line under it, heads the next page (which parts its paragraphs)
 * even on the same topic; glued to the text under it as well, it is a
 * subhead of the article. */
static void title_set_apart_opens_the_next_page(void **state)
{
#define GLUED_ARTICLE HSINCHU_GLUED, \
	"Volunteers wanted for coastal tree planting"
#define TEXT_UNDER \
	"The Hsinchu City Government is looking for volunteers to plant trees along the coast near Nanliao Fishing Harbor.", \
	"", \
	"The city said volunteers would be given gloves, water and lunch, and that the native species would be planted in rows."
	static const char *const apart[] = { GLUED_ARTICLE, "", TEXT_UNDER };
	static const char *const glued[] = { GLUED_ARTICLE, TEXT_UNDER };
#undef GLUED_ARTICLE
#undef TEXT_UNDER

	(void)state;
	assert_int_equal(RUN(apart), 2);
	assert_story(1, 4, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(glued), 1);
	assert_tiles();
}

#undef HSINCHU_GLUED

/* A wire story of three glued paragraphs, for the tests below. */
#define CNA_JOBLESS \
	"Taipei, Jan. 10 (CNA) Taiwan's unemployment rate fell to 3.33 percent in December, the lowest for the month in 24 years.", \
	"Retailers and restaurants hired more staff before the Lunar New Year holiday, a DGBAS official said on Friday.", \
	"The number of unemployed people fell by 4,000 from November to 397,000, the statistics agency said."

/* A card pasted under an article: its photo caption, a section label, a
 * date, a headline and its text.  The caption, which shares nothing with
 * the article's paragraph above it and shares its words with the card's
 * headline, opens the card, whose first line it is.  A last paragraph
 * that goes on with the article stays the article's, and so does one
 * that shares nothing with the card either.  Where the card's text goes
 * on with the caption too, the topic shift opens the card at the
 * caption, and its header block opens nothing more. */
static void caption_above_a_card_opens_it(void **state)
{
#define CAPTION "Spectators watch fireworks over the Sumida River."
#define HEADER \
	"JAPAN / Society", \
	"May 18, 2025", \
	"Sumida River fireworks to cap crowds at riverside viewing areas"
#define CARD HEADER, \
	"Organizers of the festival in Tokyo will cap the number of people allowed on the banks this summer."
	static const char *const caption[] = { CNA_JOBLESS, CAPTION, CARD };
	static const char *const article_end[] = {
		CNA_JOBLESS,
		"The unemployment rate of people aged 15 to 24 fell to 8.7 percent in December, the statistics agency said.",
		CARD,
	};
	static const char *const untied[] = {
		CNA_JOBLESS,
		"Commuters crowd a platform at a railway station during the morning rush hour on Monday.",
		CARD,
	};
	static const char *const tied_text[] = {
		CNA_JOBLESS, CAPTION, HEADER,
		"Organizers of the Sumida River fireworks festival in Tokyo will limit the number of spectators on the riverbanks this summer.",
	};
#undef CAPTION
#undef HEADER
#undef CARD

	(void)state;
	assert_int_equal(RUN(caption), 2);
	assert_story(1, 4, B_HEADLINE);
	assert_int_equal(got.story[1].first_role, R_CREDIT);
	assert_tiles();
	assert_int_equal(RUN(article_end), 2);
	assert_story(1, 5, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(untied), 2);
	assert_story(1, 5, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(tied_text), 2);
	assert_story(1, 4, B_TOPIC_SHIFT);
	assert_tiles();
}

/* A page's title (`Newsfeed – Local Malaysian News`) is furniture only a
 * page's top holds: it opens the next page even under a comment section,
 * where a header block opens nothing.  And what the page's first lines
 * teach of its layout is kept: a page whose cards open with a photo
 * caption, learned from its first card, opens its second card at its
 * caption too. */
static void page_title_opens_a_page(void **state)
{
	static const char *const comments[] = {
		"Kaohsiung yesterday evacuated more than 1,200 residents from low-lying coastal areas as Typhoon Krathon approached.",
		"",
		"Schools and offices in the city will be closed today, the city government said.",
		"",
		"2 comments",
		"",
		"Stay safe everyone, the wind is already strong in Cianjhen.",
		"",
		"Hope the fishing boats all made it back to harbour in time.",
		"",
		"Newsdesk \xE2\x80\x93 Local Harbour News",
		"",
		"Fire guts prayer hall of 90-year-old Taoist temple in Kepong",
		"",
		"KUALA LUMPUR: A fire early this morning destroyed the main prayer hall of a Taoist temple in Kepong, police said.",
	};
	static const char *const cards[] = {
		CNA_JOBLESS,
		"Tag - Kumamoto",
		"",
		"Workers leave the chip plant in Kikuyo at the end of a shift on Tuesday.",
		"BUSINESS / Companies",
		"Mar 12, 2025",
		"Kumamoto chip plant to add third shift as orders climb",
		"The Taiwanese-run factory plans to hire 400 more local workers by the summer, most of them from technical high schools.",
		"Rents in the towns around the plant have risen faster than anywhere else in Kyushu.",
		"Feb 26, 2025",
		"Taiwanese families settle in as Kumamoto school adds Mandarin classes",
		"A public elementary school near the factory now teaches Mandarin twice a week, and a third of its pupils are Taiwanese.",
	};

	(void)state;
	assert_int_equal(RUN(comments), 2);
	assert_story(1, 11, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(cards), 3);
	assert_story(1, 4, B_HEADLINE);
	assert_story(2, 11, B_HEADLINE);
	assert_tiles();
}

/* A title cut off mid-word ends the page dump: the line after it opens
 * the next page, furniture in lower case too.  Complete, the same title
 * is a link under the article, and the next page opens at its headline
 * with the site's furniture above it: an encyclopedia's title (its lede
 * defines what it names) has its page's top over it. */
static void line_after_a_cut_title_opens_the_next_page(void **state)
{
#define PAGE(title) \
	"Taipei, Jan. 10 (CNA) Taiwan's unemployment rate fell to 3.33 percent in December, the lowest for the month in 24 years.", \
	"", \
	"Retailers and restaurants hired more staff before the Lunar New Year holiday, a DGBAS official said on Friday.", \
	"", \
	"The number of unemployed people fell by 4,000 from November to 397,000, the statistics agency said.", \
	"", \
	"More stories", \
	"", \
	title, \
	"kids encyclopedia robot", \
	"", \
	"Chou Yu-ting facts for kids", \
	"", \
	"Chou Yu-ting (Chinese: \xE5\x91\xA8\xE5\xAE\xA5\xE5\xBB\xB7) is a Taiwanese badminton player who won a bronze medal at the 2022 Asian Games in Hangzhou.", \
	"", \
	"Chou is known for long, patient rallies and quick hands at the net."
	static const char *const cut[] = {
		PAGE("Teochew opera troupe marks 95 years with free sho"),
	};
	static const char *const whole[] = {
		PAGE("Teochew opera troupe marks 95 years with free shows"),
	};
#undef PAGE

	(void)state;
	assert_int_equal(RUN(cut), 2);
	assert_story(1, 10, B_AFTER_BLURB);
	assert_tiles();
	assert_int_equal(RUN(whole), 2);
	assert_story(1, 10, B_HEADLINE);
	assert_tiles();
}

/* An encyclopedia's page under an article: its site's furniture, its
 * title, an infobox whose last line reads as a headline, then a lede that
 * defines what the title names.  The page opens at its top: the
 * furniture over its title, not the infobox line over its lede.  A link
 * under the article is no furniture of the next page. */
static void encyclopedia_page_opens_at_its_top(void **state)
{
#define PAGE(...) \
	CNA_JOBLESS, \
	__VA_ARGS__ \
	"kids encyclopedia robot", \
	"", \
	"Chou Yu-ting facts for kids", \
	"", \
	"Quick facts for kids", \
	"Country Taiwan", \
	"Born 14 March 2001 (age 24)", \
	"Height1.62 m (5 ft 4 in)", \
	"Chinese \xE5\x91\xA8\xE5\xAE\xA5\xE5\xBB\xB7", \
	"Hokkien POJ Chiu I\xC5\xAB-t\xC3\xAAng", \
	"", \
	"Chou Yu-ting (Chinese: \xE5\x91\xA8\xE5\xAE\xA5\xE5\xBB\xB7; born 14 March 2001) is a Taiwanese badminton player who won a bronze medal at the 2022 Asian Games in Hangzhou.", \
	"", \
	"Chou is known for long, patient rallies and quick hands at the net."
	static const char *const bare[] = { PAGE() };
	static const char *const linked[] = {
		PAGE("Taiwan's exports rise for a fifth month in a row",)
	};
#undef PAGE

	(void)state;
	assert_int_equal(RUN(bare), 2);
	assert_story(1, 4, B_HEADLINE);
	assert_int_equal(got.story[1].headline, 6);     /* its title */
	assert_tiles();
	assert_int_equal(RUN(linked), 2);
	assert_story(1, 5, B_HEADLINE);
	assert_int_equal(got.story[1].headline, 7);
	assert_tiles();
}

/* An encyclopedia's page alone: its title heads it, not the infobox line
 * over its lede, a wiki's footnote mark after the lede's parenthesis
 * (`)[a] is`) or not.  A lede that does not define the title's name
 * leaves the header as it is. */
static void encyclopedia_title_heads_its_page(void **state)
{
#define PAGE(lede) \
	"Toa Payoh", \
	"From Wikipedia, the free encyclopedia", \
	"Planning Area and HDB Town in Central Region, Singapore", \
	"Country Singapore", \
	"Population (2024)[2]", \
	"Simplified Chinese \xE5\xA4\xA7\xE5\xB7\xB4\xE7\xAA\xAF", \
	"", \
	lede, \
	"", \
	"Toa Payoh was one of the first satellite towns built by the Housing and Development Board in the 1960s."
	static const char *const plain[] = {
		PAGE("Toa Payoh (Chinese: \xE5\xA4\xA7\xE5\xB7\xB4\xE7\xAA\xAF) is a planning area and residential town in the Central Region of Singapore.")
	};
	static const char *const marked[] = {
		PAGE("Toa Payoh (Chinese: \xE5\xA4\xA7\xE5\xB7\xB4\xE7\xAA\xAF)[a] is a planning area and residential town in the Central Region of Singapore.")
	};
	static const char *const undefined[] = {
		PAGE("Residents of Toa Payoh (\xE5\xA4\xA7\xE5\xB7\xB4\xE7\xAA\xAF) will get a new bus interchange and a hawker centre by 2030, the Housing Board said on Friday.")
	};
#undef PAGE

	(void)state;
	assert_int_equal(RUN(plain), 1);
	assert_int_equal(got.story[0].headline, 1);
	assert_int_equal(RUN(marked), 1);
	assert_int_equal(got.story[0].headline, 1);
	assert_int_equal(RUN(undefined), 1);
	assert_int_not_equal(got.story[0].headline, 1);
}

/* A forum post cut inside a word (`becau`) is where the page dump
 * stopped, comment section or not: the text glued under it is the next
 * page's.  A post that ends on a whole word stays a post, whatever
 * follows: a comment ends as it likes. */
static void post_cut_mid_word_ends_the_page(void **state)
{
#define PAGE(last) \
	"Scooter licence test for foreign residents - what to expect?", \
	"", \
	"Postby Harbour Hank \xC2\xBB 12 Mar 2015, 10:41", \
	"", \
	"Has anyone taken the scooter test at the Fengyuan office? I would like to know how long the queue is and whether the written test is in English.", \
	"", \
	"Top", \
	"", \
	"Re: Scooter licence test for foreign residents - what to expect?", \
	"", \
	"Postby Ricefield Rob \xC2\xBB 13 Mar 2015, 00:17", \
	"", \
	"Bring your residence card, your passport and two photos. They sent me home the first time because my photos were the wrong size, so check that before you queue, and the road course is tighter than the one in town, a friend failed at the railway crossing " last, \
	CNA_JOBLESS
	static const char *const cut[] = { PAGE("becau") };
	static const char *const whole[] = { PAGE("because") };
#undef PAGE

	(void)state;
	assert_int_equal(RUN(cut), 2);
	assert_story(1, 14, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(whole), 1);
	assert_tiles();
}

/* An encyclopedia's article pasted under a story (its text, or only its
 * header block): its title, its infobox, then a lede that defines what the
 * title names (`Lin Hsiu-lan (born …) was a …`).  The lede opens the
 * article at its title, which at a file's top is the story's own
 * headline.  A paragraph that names the subject without defining it is no
 * encyclopedia's lede: the topic shift decides, at the paragraph. */
static void encyclopedia_lede_opens_its_title(void **state)
{
#define PAGE(lede) \
	"Lin Hsiu-lan (politician)", \
	"Lin Hsiu-lan | |", \
	"---|---|", \
	"Member of the Legislative Yuan | |", \
	"In office 1 February 2005 \xE2\x80\x93 31 January 2012 | |", \
	"Constituency | Yilan County |", \
	lede, \
	"Lin was born in Luodong to a family of rice farmers, and taught at a primary school for twenty years before entering politics."
#define DEFINED \
		PAGE("Lin Hsiu-lan (born 3 May 1951, died 9 June 2020) was a Taiwanese teacher and politician who served two terms in the Legislative Yuan.")
	static const char *const defined[] = { CNA_JOBLESS, DEFINED };
	static const char *const alone[] = { DEFINED };
	static const char *const headline[] = {
		"Night buses to run all week during the lantern festival",
		"By Lin Mei-hua / Staff reporter",
		DEFINED,
	};
	static const char *const named[] = {
		CNA_JOBLESS,
		PAGE("Lin Hsiu-lan (born 3 May 1951), who died on 9 June 2020, served two terms in the Legislative Yuan as a teacher and politician."),
	};
#undef PAGE
#undef DEFINED

	(void)state;
	assert_int_equal(RUN(defined), 2);
	assert_story(1, 4, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(alone), 1);
	assert_int_equal(RUN(headline), 2);
	assert_story(1, 3, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(named), 2);
	assert_story(1, 10, B_TOPIC_SHIFT);
	assert_tiles();
}

/* A page of cards, each a photo caption over its headline and text, and
 * a caption last whose card the dump lost; then an encyclopedia's page,
 * its title over a lede that defines what it names.  The caption does
 * not open the page, which opens at its title: an encyclopedia's page
 * has no photo caption over its title. */
static void caption_above_an_encyclopedia_title_stays(void **state)
{
	static const char *const lines[] = {
		"A worker picks tea leaves on a plantation in Anxi county, Fujian province, China, 12 April 2024. (CNS)",
		"",
		"Chinese economist: What tea prices say about county finances",
		"",
		"When county governments run short of money, the local tea brand is often among the first things to suffer, an economist says in a new study of county budgets.",
		"",
		"Children play in a pocket park in Chengdu, Sichuan province, China, 3 June 2024. (Xinhua)",
		"",
		"Why Chinese cities are racing to build tiny parks",
		"",
		"Local governments have opened thousands of so-called pocket parks on leftover plots of land, hoping to keep residents close to home.",
		"",
		"People walk past a closed property sales office in Zhengzhou, Henan province, China, 20 May 2024. (AFP)",
		"Yeongwol County",
		"Yeongwol County (Korean: \xEC\x98\x81\xEC\x9B\x94\xEA\xB5\xB0) is a county in Gangwon Province, South Korea. It lies on the upper reaches of the Namhan River.",
		"The county is known for its limestone caves and for the tomb of King Danjong.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 3);
	assert_story(2, 14, B_HEADLINE);
	assert_tiles();
}

/* A page of items each a kicker paragraph over a teaser cut off, then an
 * article: its paragraphs are no items, for the items had a kicker
 * paragraph and they have none.  Items without one (teaser lines) make
 * the complete paragraphs under them items too, as before. */
static void article_under_kicker_items_is_no_item(void **state)
{
#define KICKED(kicker) kicker,
#define BARE(kicker)
#define ITEMS(K) \
		K("CLOSE CALL Residents of a riverside lane say they had warned the district office about the embankment for years before it gave way") \
		"Nobody was hurt when a 20m section of the embankment slid into the river behind a row of houses on Tuesday night, the district office said. Residents said they had complained about cracks in the wall since 2019, and that the office had sent an inspector twice but had never explained what he found or why no repairs had been ordered for", \
		K("BACK TO SCHOOL At 71, a retired fisherman has finally earned the primary-school diploma he gave up as a boy to help his family") \
		"When Tsai Ming-chuan walked across the stage of the night school on Saturday, his grandchildren cheered louder than anyone in the hall. He had left school at ten to work on his father's boat, and he said he had promised his late wife that he would one day learn to read the newspaper without", \
		K("GREEN THUMBS With a small grant and a lot of borrowed tools, neighbours have turned an empty lot into a vegetable garden") \
		"A weed-choked lot by the old market that had been used as an illegal dump for years now grows beans, gourds and sweet potato leaves. The landowner, a construction company, has agreed to let the garden stay until building work begins, which the neighbours hope will not be before"
#define ARTICLE \
		"Kaohsiung yesterday evacuated more than 1,200 residents from low-lying coastal areas and mountain villages as a typhoon approached southern Taiwan.", \
		"The Central Weather Administration issued a land warning for the south at 8:30am, saying that the storm would bring torrential rain to the mountains.", \
		"Forecasters said that some areas could receive more than 600mm of rain by tomorrow, and warned of landslides and flash floods in river valleys.", \
		"The mayor chaired a meeting of the city's disaster response center in the afternoon and ordered schools and offices to close today."
	static const char *const kicked[] = { ITEMS(KICKED), ARTICLE };
	static const char *const bare[] = { ITEMS(BARE), ARTICLE };
#undef KICKED
#undef BARE
#undef ITEMS
#undef ARTICLE

	(void)state;
	assert_int_equal(RUN(kicked), 4);
	assert_story(3, 7, B_AFTER_BLURB);
	assert_tiles();
	assert_int_equal(RUN(bare), 7);
	assert_story(3, 4, B_AFTER_BLURB);
	assert_story(4, 5, B_TOPIC_SHIFT);
	assert_tiles();
}

/* A listing's last item, a headline the dump cut off under a teaser
 * that was cut too, then the next page's title: the title opens that
 * page, as it does under a story with a headline or text.  Under a line
 * of furniture (`Advertisement`) it is that page's top already. */
static void page_title_under_a_cut_item(void **state)
{
#define LISTING(last) \
	"Premier says no plan to raise electricity prices before summer", \
	"Taipei, April 8 (CNA) Premier Cho Jung-tai on Tuesday said the government had no plan to raise electricity rates before the summer peak, after the state-run power company reported a loss of NT$ ...", \
	"Young Taiwanese swap city desks for guava orchards", \
	"Today on Asia Insider, we visit a family workshop in Taipei where three generations have carved camphor wood into gods, generals and guardians for temples around ...", \
	last, \
	"Newsdesk \xE2\x80\x93 Local Harbour News", \
	"", \
	"", \
	"Fire guts prayer hall of old Taoist temple in Kepong", \
	"", \
	"Share this page", \
	"", \
	"KUALA LUMPUR: A fire early this morning destroyed the main prayer hall of a 90-year-old Taoist temple in Kepong, but no one was hurt, the fire department said.", \
	"", \
	"Firefighters took two hours to put out the blaze, which started in the temple's kitchen, a spokesman said."
	static const char *const item[] = {
		LISTING("Old Streets: The last lantern make"),
	};
	static const char *const furniture[] = {
		LISTING("Advertisement"),
	};
#undef LISTING

	(void)state;
	assert_int_equal(RUN(item), 4);
	assert_story(2, 5, B_AFTER_BLURB);
	assert_story(3, 6, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(furniture), 3);
	assert_story(2, 5, B_AFTER_BLURB);
	assert_tiles();
}

/* A letter whose last paragraph the page dump cut inside a word, then
 * the next page: the page begins under the cut paragraph (rule_cut_text),
 * and the cut paragraph is the letter's, however little it shares with
 * the rest of it; the topic shift, which weighs it with the next page's
 * text under it, does not take it for that page's lede.  Cut at a whole
 * word, a sentence left open is no sure cut, and the topic shift weighs
 * it: the paragraph shares next to nothing with the letter, but the
 * valley before the next page's lede, with the paragraph told as the
 * letter's, is deeper, and the page opens there (its bottom). */
static void paragraph_cut_mid_word_stays_with_its_page(void **state)
{
#define LETTER(last) \
	"A house worth saving", \
	"Your report on the old merchant's mansion in Lukang was a sad reminder of how slowly repairs move once a building has been listed.", \
	"The mansion was badly damaged in the earthquake, but it is still one of the finest examples of a southern Fujian courtyard house on the island.", \
	"The Ministry of Culture and the county government have each said the delay is the other's responsibility, and the roof has now leaked for three winters.", \
	"I would urge both sides to agree on a budget before the next typhoon season, or there may be little left to " last, \
	CNA_JOBLESS
	static const char *const midword[] = { LETTER("resto") };
	static const char *const word[] = { LETTER("restore") };
#undef LETTER

	(void)state;
	assert_int_equal(RUN(midword), 2);
	assert_story(1, 6, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(word), 2);
	assert_story(1, 6, B_TOPIC_SHIFT);
	assert_tiles();
}

#undef CNA_JOBLESS

/* A brief of one paragraph (its headline stripped, as a feed's text-only
 * dump strips it), then another article's text right under it: the
 * valley measures from a one-paragraph story too, so the article opens a
 * story.  A line too short for a lede (a pull quote, a kicker) says too
 * little to measure from and stays with the text under it, and so does a
 * paragraph the page cut off under the story's one paragraph: a promo's
 * lede and the cut start of its next paragraph. */
static void article_under_a_one_paragraph_brief(void **state)
{
#define BRIEF \
	"Temple volunteers in Lukang will repaint the dragon pillars of the town's oldest shrine over the winter, using pigments mixed to a recipe from the 1820s."
#define WAGE_LEDE(end) \
	"Pingtung's minimum hourly rate for seasonal farm workers will rise to NT$210 from March, the county labour bureau said on Monday, after a year of " end
#define WAGE_REST \
	"The new rate, the first increase for seasonal farm workers since 2019, covers about 6,000 pickers on Pingtung mango, pineapple and banana farms.", \
	"Growers said the higher wage would add about 4 percent to their costs, and some cooperatives asked for a subsidy to cover part of it."
	static const char *const brief[] = {
		BRIEF, WAGE_LEDE("talks with growers' cooperatives."), WAGE_REST
	};
	static const char *const quote[] = {
		"\u201cWhose ladder is this, anyway?\u201d",
		WAGE_LEDE("talks with growers' cooperatives."), WAGE_REST
	};
	static const char *const cut[] = {
		BRIEF, WAGE_LEDE("\u2026"), WAGE_REST
	};
#undef BRIEF
#undef WAGE_LEDE
#undef WAGE_REST

	(void)state;
	assert_int_equal(RUN(brief), 2);
	assert_story(1, 2, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(quote), 1);
	assert_tiles();
	RUN(cut);
	assert_true(got.count < 2 || got.story[1].first != 2);
	assert_tiles();
}

/* Teasers closed by their links, then a site's furniture (a cookie
 * banner and its button), then a page: the furniture between them is no
 * teaser's, so the header block after-blurb opens under it is a page's
 * top, whose player and headings are its own.  Without the furniture,
 * the header block reads as one more item of the listing. */
static void story_under_furniture_after_teasers_opens_a_page(void **state)
{
#define TEASERS \
	"Night buses to run all week during the lantern festival", \
	"Taipei Daily - The city will add 40 night bus departures from Friday for the lantern festival, the transport department said, with buses every 15 minutes until 2am. Full Story", \
	"Riverside cycle path reopens after repairs", \
	"Taipei Daily - The riverside cycle path between Dadaocheng and Guandu reopened on Monday after three months of repairs to its flood walls and lighting. Full Story", \
	"Baseball: Taiwan beats Japan in under-18 friendly", \
	"Taipei Daily - Taiwan's under-18 baseball team beat Japan 4-3 in a friendly match at Tianmu Stadium on Sunday, with a walk-off single in the ninth from shortstop Lin Cheng-en. Full Story"
#define PAGE \
	"City Magazine Archive", \
	"Listen to this article", \
	"0:00 / 3:40", \
	"The Week in Small Victories", \
	"A broken lift, a rent rise and a typhoon could not stop them. We salute the people who kept going this week.", \
	"PUBLISHED : Thursday, 18 August, 2016, 4:05pm", \
	"Share this article", \
	"The residents of a Sham Shui Po walk-up carried their neighbour's groceries up seven floors for three weeks while the lift was repaired, taking turns by floor.", \
	"A noodle shop in Tai Po reopened two days after the typhoon, serving from a folding table on the pavement while its kitchen dried out."
	static const char *const banner[] = {
		TEASERS,
		"We use cookies to give you a better experience. By continuing to use this site you agree to our use of cookies.",
		"Accept",
		PAGE,
	};
	static const char *const bare[] = { TEASERS, PAGE };
#undef TEASERS
#undef PAGE

	(void)state;
	assert_int_equal(RUN(banner), 4);
	assert_story(3, 9, B_AFTER_BLURB);
	assert_tiles();
	assert_int_equal(RUN(bare), 5);
	assert_story(3, 7, B_AFTER_BLURB);
	assert_story(4, 10, B_HEADLINE);
	assert_tiles();
}

/* A page prints its own title more than once (its <title>, its <h1>);
 * a listing's item does not.  Under a cut teaser, the journal page that
 * after-blurb opened is one story: the headings of its header (`Article
 * ID`, `Abstract`) are its own, as they are at a file's top.  Under
 * another deck the header block reads as a listing's item, as the teaser
 * above it was, and the next heading opens the next. */
static void title_printed_twice_is_a_page_top(void **state)
{
#define PAGE(again) \
	"Night buses for the lantern festival", \
	"", \
	"The city will add 40 night bus departures from Friday, the transport department said. Crowds of more than a million are expected, and the police will close the riverside roads toFULL STORY", \
	"Mountain Farms and the Return of the Young", \
	"", \
	"By:", \
	"", \
	"March 9, 2022", \
	"", \
	again, \
	"Volume 12 | Issue 4 | Number 2", \
	"", \
	"Article ID 4410", \
	"", \
	"Abstract", \
	"", \
	"Hill farms in eastern Taiwan have lost most of their workers over the past forty years, and this essay follows the young people who came back to them.", \
	"", \
	"Introduction", \
	"", \
	"Most visitors to the valley in October notice the colour of the terraces first, and the empty houses second."
	static const char *const twice[] = {
		PAGE("Mountain Farms and the Return of the Young"),
	};
	static const char *const once[] = {
		PAGE("Hill Farming in Eastern Taiwan"),
	};
#undef PAGE

	(void)state;
	assert_int_equal(RUN(twice), 2);
	assert_story(1, 4, B_AFTER_BLURB);
	assert_tiles();
	assert_int_equal(RUN(once), 4);
	assert_story(1, 4, B_AFTER_BLURB);
	assert_story(2, 13, B_HEADLINE);
	assert_tiles();
}

/* A headline over a few words of text, nothing closing them (an
 * address: `Physical Address`, `304 North Cardinal St.`), is the page's
 * furniture, not an item: the header block under it opens nothing.
 * With text of BLURB_MIN_WORDS words or more, or a footer closing it, it
 * is an item, and the next header block opens the next. */
static void headline_over_a_few_words_is_no_item(void **state)
{
#define ITEM(text, last) \
	"Inside the Taipei workshop that still hand-carves temple statues", \
	"Today on Asia Insider, we visit a family workshop in Taipei's Wanhua District where three generations have carved statues. Full Story", \
	"Physical Address", \
	"", \
	text, \
	last, \
	"", \
	"IN FOCUS: \xE2\x80\x98Our drums are getting quieter\xE2\x80\x99 \xE2\x80\x93 can Singapore\xE2\x80\x99s clan troupes find a new generation of performers?", \
	"", \
	"SINGAPORE: Every Saturday evening, 24-year-old Chloe Teo climbs three flights of stairs in a Jalan Besar shophouse to practise the drums.", \
	"", \
	"The graphic designer first joined the troupe at 11, when an uncle brought her along to watch the lion dance."
	static const char *const address[] = {
		ITEM("304 North Cardinal St.", "Dorchester Center, MA 02124"),
	};
	static const char *const text[] = {
		ITEM("The clan association moved to a new shophouse at 304 North Cardinal Street in March.",
		     "Dorchester Center, MA 02124"),
	};
	static const char *const closed[] = {
		ITEM("304 North Cardinal St.", "Source: Asia Insider"),
	};
#undef ITEM

	(void)state;
	assert_int_equal(RUN(address), 2);
	assert_story(1, 3, B_AFTER_BLURB);
	assert_tiles();
	assert_int_equal(RUN(text), 3);
	assert_story(2, 8, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(closed), 3);
	assert_story(2, 8, B_HEADLINE);
	assert_tiles();
}

/* A page whose cards open with a photo caption, then an article (a
 * wire story of four paragraphs), then a header block: the article's
 * last paragraph is no caption of the next item.  Paragraphs in a row
 * are an article's, and the cards' layout is behind them. */
static void article_after_cards_ends_their_layout(void **state)
{
	static const char *const lines[] = {
		"Tag - Kumamoto",
		"",
		"Workers leave the chip plant in Kikuyo at the end of a shift on Tuesday.",
		"BUSINESS / Companies",
		"Mar 12, 2025",
		"Kumamoto chip plant to add third shift as orders climb",
		"The Taiwanese-run factory plans to hire 400 more local workers by the summer, most of them from technical high schools.",
		"A direct flight from Kaohsiung lands at Aso Kumamoto Airport in January.",
		"Feb 10, 2025",
		"New Kaohsiung route lifts Kumamoto airport to record year",
		"Passenger numbers topped 3.6 million in 2024, helped by business travelers and tourists from Taiwan who come for the hot springs.",
		"TAIPEI (AFP) - Hailstones the size of ping-pong balls fell on parts of southern Taiwan on Tuesday, destroying mango and lychee crops.",
		"The storm lasted only 20 minutes, but farmers in Tainan said it had destroyed a whole year of work.",
		"The agriculture ministry said it would send officials to assess the damage on Wednesday.",
		"Lai said that the government would also help farmers apply for low-interest loans.",
		"Cloud Gate to tour Europe with new work",
		"By: Wu Kuan-hsien / Staff reporter",
		"Cloud Gate Dance Theatre will perform its new work in eight European cities this autumn, the company said on Monday.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 4);
	assert_story(1, 8, B_HEADLINE);
	assert_story(2, 12, B_DATELINE);
	assert_story(3, 16, B_HEADLINE);
	assert_tiles();
}

/* Teasers cut off, one a line, then an encyclopedia article glued under
 * them: its second paragraph shares little with its lede, but the third
 * goes back to it (the lede's subject by name), as no next item goes
 * back to the one two above it.  The article is one story. */
static void article_under_teasers_is_no_list(void **state)
{
	static const char *const lines[] = {
		"The number of foreign visitors to Taiwan rose 11 percent in July from a year earlier, and hotels in Taipei reported",
		"Visitors to Jiufen will have to book entry to the old street on weekends from next month, and the city will",
		"Taiwan Railway Corp. will add a second tourist shuttle from Taichung Station to the Rainbow Village on",
		"Mak Siu-fung MBE (Chinese: \xE9\xBA\xA5\xE5\x85\x86\xE9\x8B\x92; 2 February 1949 \xE2\x80\x93 17 August 2021) was a Hong Kong politician and teacher who sat on the Legislative Council.",
		"Born in Sham Shui Po to a family from Taishan, Guangdong, he studied at a teachers' college in the 1960s.",
		"As a lawmaker, Mak Siu-fung pressed for more public housing in Kowloon and for better schools for new arrivals.",
		"Mak won a Kowloon Central seat in the first direct elections of 1991 and sat on the Legislative Council until 1995.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 4);
	assert_story(3, 4, B_AFTER_BLURB);
	assert_tiles();
}

/* A comment section that says it is empty (`No comments yet...`) is
 * over: the next page's header block under it opens the next story, as
 * it does under any article.  Under a comment, the header is a post's
 * and opens nothing, over text that does not read like a lede (with a
 * time in its first sentence, it does: article_under_a_comment_section). */
static void empty_comment_section_is_over(void **state)
{
#define PAGE(comment) \
	"The Hospital Authority said that 12 people had been admitted to hospital with heatstroke since Monday.", \
	"", \
	"Community groups in Sham Shui Po have set up air-conditioned rest areas in community halls for the elderly.", \
	"", \
	"Comments", \
	"", \
	comment, \
	"", \
	"Kyoto to charge higher bus fares for tourists from next year", \
	"", \
	"By Kenji Sato", \
	"", \
	"Kyoto will introduce separate bus fares for tourists and residents, the city government said.", \
	"", \
	"Residents will need to register for a special card to pay the lower fare, the city said."
	static const char *const empty[] = { PAGE("No comments yet...") };
	static const char *const comment[] = {
		PAGE("I hope they open more halls in Kwun Tong too, it is unbearable in the afternoons."),
	};
#undef PAGE

	(void)state;
	assert_int_equal(RUN(empty), 2);
	assert_story(1, 9, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(comment), 1);
	assert_tiles();
}

/* Under a blog post's comment section, the next page's article opens at
 * its dateline, or at a paragraph that reads like a lede (a time in its
 * first sentence) on another topic.  A reply on a topic of its own, or
 * in another script, is still a reply. */
static void article_under_a_comment_section(void **state)
{
#define POST(...) \
	"The bookshop on the third floor of an old building in Mong Kok has sold second-hand Chinese novels for forty years.", \
	"", \
	"Its owner, Uncle Cheung, still writes every price by hand on a slip of paper tucked inside the cover of each novel.", \
	"", \
	"2 responses", \
	"", \
	"14 03 2019", \
	"Kit", \
	"", \
	"Thank you for writing this. I went to the bookshop every Saturday during uni and bought novels there.", \
	"", \
	__VA_ARGS__, \
	"", \
	"The park has a tea house, a small museum of Hakka farm tools and a trail through the tea terraces behind the farmhouse."
	static const char *const dateline[] = { POST(
		"MIAOLI, Oct. 14 (CNA) -- A cultural park showcasing the history of Hakka tea farmers opened in Miaoli County, where visitors can walk the tea terraces.") };
	static const char *const lede[] = { POST(
		"A cultural park showcasing the history of Hakka tea farmers opened yesterday in Miaoli County, where visitors can pick tea leaves on the terraces.") };
	static const char *const reply[] = { POST(
		"My grandmother grew tea on a farm in Miaoli County and she always said the Hakka terraces were the most beautiful place she knew.") };
	static const char *const headed[] = { POST(
		"Hakka tea park opens in Miaoli", "", "By Lee Hsin-fang", "",
		"A cultural park showcasing the history of Hakka tea farmers opened yesterday in Miaoli County, where visitors can pick tea leaves on the terraces.") };
	static const char *const chinese[] = { POST(
		"我外婆以前在苗栗種茶，她常說客家的茶園梯田是她見過最美的地方，每年春天我們都會回去幫忙採茶，一直到她八十歲那年才停下來。") };
#undef POST

	(void)state;
	assert_int_equal(RUN(dateline), 2);
	assert_story(1, 12, B_DATELINE);
	assert_tiles();
	assert_int_equal(RUN(lede), 2);
	assert_story(1, 12, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(headed), 2);
	assert_story(1, 12, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(reply), 1);
	assert_tiles();
	assert_int_equal(RUN(chinese), 1);
	assert_tiles();
}

/* A `Latest` list of headline-only items (headline, stamp), then a
 * paragraph under the last one that shares nothing with its headline:
 * the next page's text, with the page's top furniture above it (a
 * channel line, a counter).  Text that goes on with the headline is the
 * item's own. */
static void text_unlike_a_headline_only_item_opens_a_page(void **state)
{
#define LATEST \
	"Taipei, Nov. 6 (CNA) The Ministry of Economic Affairs said Wednesday it would extend a low-interest loan program for small firms. Read more", \
	"Latest", \
	"Cold front to bring lows of 14 C to northern Taiwan", \
	"11/02/2024 06:47 PM", \
	"Vice president to lead delegation to Paraguay for trade fair", \
	"11/02/2024 04:37 PM", \
	"Chunghwa Post to stop selling stamps at 200 small branches", \
	"11/02/2024 03:24 PM"
#define VILLAGE_BA \
	"The summer finals of the rural basketball tournament known as Village BA drew 30,000 fans to a Guizhou village this week.", \
	"The games are played on an open-air court ringed by terraces cut into the hillside, and tickets are free."
	static const char *const page[] = { LATEST, VILLAGE_BA };
	static const char *const furniture[] = {
		LATEST,
		"Channel: China Arts & Entertainment Archives | What's on Weibo",
		"Viewing all 512 articles",
		VILLAGE_BA,
	};
	static const char *const own[] = {
		LATEST,
		"Chunghwa Post said on Friday it would stop selling stamps at 200 small branches from next month as fewer people post letters.",
		"Stamps will still be sold at the branches in the cities, the postal company said.",
	};
#undef LATEST
#undef VILLAGE_BA

	(void)state;
	assert_int_equal(RUN(page), 5);
	assert_story(4, 9, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(furniture), 5);
	assert_story(4, 9, B_TOPIC_SHIFT);
	assert_int_equal(got.story[4].first_role, R_UI);
	assert_tiles();
	assert_int_equal(RUN(own), 4);
	assert_tiles();
}

/* A forum thread glues its lines; the next page's site name, glued under
 * its last post with a blank line under it, opens that page: in a
 * comment section a post's header opens nothing, but the spacing says
 * this line is no post's. */
static void line_set_apart_ends_a_comment_section(void **state)
{
	static const char *const lines[] = {
		"Re: HK typhoon thread (merged)",
		"The Observatory raised the No 8 gale or storm signal at 9.40am, bringing most of the city to a halt, forum members reported.",
		"Some 130 people have registered at the 42 temporary shelters opened by the Home Affairs Department, one member wrote.",
		"Airlines have cancelled more than 400 flights in and out of Hong Kong International Airport, another said.",
		"China Daily",
		"",
		"News> Hong Kong",
		"",
		"Ferry piers get new shelters before typhoon season",
		"",
		"The Transport Department will install new shelters at six ferry piers before the typhoon season, officials said on Monday.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 5, B_HEADLINE);
	assert_tiles();
}

/* A paragraph that shares next to nothing with the article above it and
 * goes on into the text under the caption below it is the next
 * article's lede: the topic shift reads past the caption. */
static void lede_tied_to_text_past_a_caption(void **state)
{
	static const char *const lines[] = {
		"SEOUL -- The number of people treated for heat-related illnesses reached a season high on Tuesday as temperatures climbed above 35 degrees in most of the country, health officials said.",
		"The Korea Disease Control and Prevention Agency said 46 patients were reported on Monday alone, most of them farmers and construction workers who had been working outdoors, and travellers waiting at airport bus stops.",
		"Officials urged older residents to stay indoors between noon and five in the afternoon and to drink water often, even when they did not feel thirsty.",
		"Passenger numbers at Aso Kumamoto Airport topped 3.6 million last year, helped by a new direct flight from Kaohsiung and by travellers from Taiwan.",
		"Photo: Kyodo",
		"The Kaohsiung route, flown four times a week, filled more than nine in ten seats, the operator said, and a second airline plans flights from Taipei.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(0, 1, B_FIRST);
	assert_story(1, 4, B_TOPIC_SHIFT);
	assert_tiles();
}

/* A wire story's lede (the news, with its time, then who told it:
 * `…, the ministry said yesterday, as …`) opens the next article at a
 * valley of e^4 even where a word it shares with the paragraph above
 * (`prices`) keeps it from standing apart.  The same paragraph with a
 * time and no attribution needs the deeper valley, or to stand apart. */
static void attributed_lede_opens_at_a_shallower_valley(void **state)
{
#define CONCERTS \
	"Taipei Dome will host 42 concerts next year, nearly double the number this year, as international pop stars add Taiwan to their Asian tours, the Taipei City Government said yesterday.", \
	"“Concerts bring people who stay for a weekend, eat, shop and visit night markets. It is good for the whole city,” the Department of Cultural Affairs commissioner said.", \
	"The city will add 200 YouBike docking spaces and more taxi stands around the stadium before the end of the year, officials said.", \
	"Residents of nearby neighbourhoods said they were pleased with the boost to business, but asked the city to limit noise after 10pm and to keep prices at nearby stalls fair.",
#define RICE \
	"South Korea’s purchase will take the government’s rice stockpile to about 1.1 million tonnes, and farmers will be paid within a month of delivery.", \
	"Korean farmers’ groups welcomed the rice purchase but said the government should also cut rice imports, since the harvest this year was the biggest in a decade."
	static const char *const attributed[] = {
		CONCERTS
		"South Korea will buy 200,000 tonnes of this year’s rice harvest to support falling prices, the Ministry of Agriculture, Food and Rural Affairs said yesterday, as a bumper crop pushed farm-gate prices to a three-year low.",
		RICE
	};
	static const char *const plain[] = {
		CONCERTS
		"South Korea will buy 200,000 tonnes of this year’s rice harvest to support falling prices from next month, as a bumper crop pushed farm-gate prices to a three-year low across the country.",
		RICE
	};
#undef CONCERTS
#undef RICE

	(void)state;
	assert_int_equal(RUN(attributed), 2);
	assert_story(1, 5, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(plain), 1);
	assert_tiles();
}

/* An article's last paragraph that shares next to nothing with the
 * paragraph above it, but a word with the next article's lede
 * (`Taiwan`), stands apart from its article as a lede would; the valley
 * before the lede under it is deeper, and the next article opens there,
 * at the valley's bottom, not a paragraph early. */
static void story_opens_at_the_valley_bottom(void **state)
{
	static const char *const closer[] = {
		"Busan will cap the number of tour buses allowed into its old port district at 300 a day from next spring to ease congestion on its narrow hillside roads, the city government said yesterday.",
		"Mayor Park Heong-joon said the district had seen more than 500 buses a day during the summer peak, and that residents had complained about noise and fumes.",
		"Operators said the cap would force them to raise fares during the festival season.",
		"Electric buses will be exempt from the cap, as the city aims to replace its diesel fleet by 2030.",
		"Busan received about 3 million foreign visitors last year, most of them from Japan and Taiwan.",
		"More than 1,200 residents of coastal areas and mountain villages in Kaohsiung were evacuated yesterday as Typhoon Podul approached southern Taiwan, bringing heavy rain and gusts of up to 150kph.",
		"The Central Weather Administration issued a land warning for Kaohsiung, Pingtung and Taitung counties, and said the storm would make landfall early on Wednesday.",
		"Schools and offices in the three counties were closed, and ferry services to outlying islands were suspended.",
	};

	(void)state;
	assert_int_equal(RUN(closer), 2);
	assert_story(1, 6, B_TOPIC_SHIFT);
	assert_tiles();
}

/* A lead photo: the caption right above the paragraph that opens the
 * next article, tied to that paragraph and to the one after it, is that
 * article's, and so is the page's furniture above it (a text-to-speech
 * notice).  A caption that says what the photo shows need not share a
 * word with the paragraph after the lede (`scene`).  A bare credit whose
 * one word the lede shares (`CNA`) is the photo of the article above. */
static void lead_photo_opens_the_article_under_it(void **state)
{
#define STORM \
	"The Hong Kong Observatory said the heavy rain would ease by the evening, but warned of flooding in low-lying parts of the New Territories.", "", \
	"More than 30 trees were blown down across the city, and the Highways Department said two lanes of Tolo Highway would stay closed until Sunday.", "", \
	"Residents of Tai Po said the drains near the market had been blocked for weeks before the storm.", ""
#define NOTICE \
	"To activate the text-to-speech service, please first agree to the privacy policy below."
#define PACT \
	"", \
	"Tainan, Oct. 21 (CNA) Tainan and Japan's Okayama Prefecture on Tuesday signed an agreement to send more high school students on exchange visits and to promote each other's fruit.", "", \
	"The agreement was signed at Tainan City Hall by Tainan Mayor Huang Wei-che and Okayama Governor Ryuta Ibaragi, who led a delegation of 30 officials and farmers.", "", \
	"Huang said Tainan mangoes had sold well in Okayama department stores since 2023."
	static const char *const caption[] = {
		STORM, NOTICE,
		"Tainan Mayor Huang Wei-che (left) and Okayama Governor Ryuta Ibaragi sign the exchange agreement on Tuesday. CNA photo Oct. 21, 2025",
		PACT
	};
	static const char *const credit[] = {
		STORM, NOTICE, "Photo: CNA", PACT
	};
	static const char *const scene[] = {
		STORM, "Image for post",
		"Factory workers wait for the shuttle bus to the industrial park in Kunshan, Jiangsu province, Sept. 4, 2020. Wang Jun", "",
		"KUNSHAN, Jiangsu — Every morning at 6:30, hundreds of factory workers wait for the shuttle bus that carries them across the industrial park.", "",
		"The 28-year-old welder moved here from Sichuan two years ago because rents are a third of those in Suzhou.", "",
		"She sends half of what she earns to her parents."
	};
#undef STORM
#undef NOTICE
#undef PACT

	(void)state;
	assert_int_equal(RUN(caption), 2);
	assert_story(1, 7, B_DATELINE);
	assert_tiles();
	assert_int_equal(RUN(credit), 2);
	assert_story(1, 10, B_DATELINE);
	assert_tiles();
	assert_int_equal(RUN(scene), 2);
	assert_story(1, 7, B_DATELINE);
	assert_tiles();
}

/* A compilation of sources under a listing: each source opens with its
 * stamp (`(SCMP) March 3, 2016.`).  The first stamp, under the listing's
 * last teaser, reads as that teaser's footer, and the story opens at it
 * only because the paragraph under it starts one (stamp_above).  Once it
 * has, the page's items open with such stamps: the next ones open
 * their stories as they do when the page is read alone, not the
 * paragraphs under them, as after an item closed by its footer. */
static void stamp_that_opened_a_story_opens_the_next(void **state)
{
	static const char *const compilation[] = {
		"Taiwan High Speed Rail adds early trains for holiday",
		"The Daily - Taiwan High Speed Rail Corp will run 80 extra trains over the Lunar New Year holiday, including early departures from Nangang.",
		"Keelung opens harbor-side public library",
		"The Daily - A new public library overlooking Keelung Harbor opened Saturday, with a reading terrace on its roof and a children's room.",
		"Yushan permit lottery opens for spring season",
		"The Daily - Hikers hoping to climb Yushan, Taiwan's highest mountain, can enter the lottery for spring permits from Monday.",
		"(Hong Kong Free Press) March 3, 2016.", "",
		"A landslide closed Shek O Road for six hours on Thursday after heavy overnight rain loosened a slope above the bus terminus.", "",
		"Engineers said the slope had been inspected in January and found stable at the time.", "",
		"Buses to the village were diverted along Tai Tam Road until the evening, the transport department said.", "",
		"(SCMP) March 3, 2016.", "",
		"Residents of Shek O village said they had complained about falling rocks on the road for two years.", "",
		"\"We were told the netting would be replaced in the spring,\" said a shop owner who has run a grocery there since 1988.", "",
		"(Ming Pao) March 4, 2016.", "",
		"According to Ming Pao, the Geotechnical Engineering Office will survey 40 slopes on the south side of the island next month.", "",
		"The office said none of them was at immediate risk.",
	};

	(void)state;
	assert_int_equal(RUN(compilation), 6);
	assert_story(3, 7, B_TOPIC_SHIFT);
	assert_story(4, 13, B_HEADLINE);
	assert_story(5, 21, B_HEADLINE);
	assert_tiles();
}

/* A wire story closed by its end mark, then a listing of editorials whose
 * first headline is glued under the mark: the headline heads its teaser,
 * as it does at the top of its own page, and the teaser's link backs it.
 * A title glued under a paragraph's text or under the line that closed
 * it is a page pasted under the one above, not alt text under a card. */
static void headline_glued_under_an_end_mark_opens_its_page(void **state)
{
	static const char *const pasted[] = {
		"SEOUL, March 4 (Yonhap) -- Seoul will add 1,500 shared bicycles to its Ttareungyi service this year, the city government said Tuesday.", "",
		"The new bicycles will go to stations near parks along the Han River, where riders often find the racks empty on weekends.", "",
		"jhkim@yna.co.kr",
		"(END)",
		"EDITORIAL: The budget review must not become a standoff", "",
		"IT IS that time of year again. The Cabinet has sent its budget proposal to the legislature, and the opposition has promised to cut it line by line, as it did last year, when dozens of agencies began the year without money for new programs, whichFULL STORY", "",
		"Taiwan must prepare for an older workforce", "",
		"By Chang Wei-ming", "",
		"By 2030, one in four workers in Taiwan will be over 55. Employers have been slow to adapt, and few offer flexible hours or retraining to older staff.",
	};

	(void)state;
	assert_int_equal(RUN(pasted), 3);
	assert_story(1, 7, B_HEADLINE);
	assert_tiles();
}

/* A brief's last paragraph shares next to nothing with the brief, and
 * the page ends under it: its site furniture (a consent banner), then the
 * next page.  The valley before the paragraph is measured with the text
 * it goes on into, which stops at the furniture: the next page's text is
 * no more of it, and measured with it the paragraph read as a lede that
 * opened a story of its own. */
static void last_paragraph_over_page_furniture_stays(void **state)
{
	static const char *const briefs[] = {
		"Hualien, March 2 (CNA) A new footbridge over the Meilun River in Hualien opened Sunday, linking the city's night market with the seaside park, the county government said.",
		"The bridge cost NT$180 million and took two years to build, the county said.",
		"Tainan, March 2 (CNA) A 17-year-old student from Tainan won first prize in a national calligraphy contest on Sunday, after three rounds judged by a panel of artists.",
		"Chen Yi-hsuan (陳怡萱), a high school student at Tainan First Senior High School, said she had practised every evening since she was eight.",
		"Entries rose to 2,300 this year, the most since 1998, organizers said.",
		"We use cookies to give you a better experience. By continuing to use this site you agree to our use of cookies.",
		"Accept",
		"City Magazine Archive",
		"Listen to this article",
		"The Week in Small Victories",
		"A broken lift, a rent rise and a typhoon could not stop them. We salute the people who kept going this week.",
		"PUBLISHED : Thursday, 18 August, 2016, 4:05pm",
		"Share this article",
		"The residents of a Sham Shui Po walk-up carried their neighbour's groceries up seven floors for three weeks while the lift was repaired, taking turns by floor.",
		"A noodle shop in Tai Po reopened two days after the typhoon, serving from a folding table on the pavement while its kitchen dried out.",
	};

	(void)state;
	assert_int_equal(RUN(briefs), 3);
	assert_story(1, 3, B_DATELINE);
	assert_story(2, 8, B_HEADLINE);
	assert_tiles();
}

/* An essay listing pasted under a wire story: its section label, a
 * counter, then each item's author and access line over the headline.
 * The author's name and `Members Free to read` are short titles among the
 * furniture that leads the headline, as a site's name or a search's terms
 * are; they do not break the run of it, which opens at the label. */
static void short_titles_among_furniture_lead_the_headline(void **state)
{
	static const char *const listing[] = {
		"TAIPEI (CNA) - Farmers in Pingtung said on Tuesday that a hailstorm had destroyed most of their mango crop a month before the harvest.",
		"\"The storm lasted only 20 minutes, but it took a whole year of work,\" said a grower in Fangshan Township.",
		"The agriculture ministry said it would pay cash relief to farmers who lost more than a fifth of their crop.",
		"essays",
		"",
		"2041700",
		"",
		"Soo-ah Lim",
		"Members Free to read",
		"",
		"The Last Tailor on Our Street",
		"",
		"Every spring until I was ten, my father took me to the tailor at the end of our alley to be measured for a school uniform I would outgrow by winter. Last month the tailor put a notice in his window: his eyes were too tired, the",
		"",
		"Jun-ho Park",
		"Members Free to read",
		"",
		"Why Busan's Ferries Run Half Empty",
		"",
		"The harbour ferries were supposed to take cars off the bridges, but most mornings the boats leave with more seagulls than commuters on board. I spent a week riding them to find out who uses them, and",
	};

	(void)state;
	assert_int_equal(RUN(listing), 3);
	assert_story(1, 4, B_HEADLINE);
	assert_story(2, 15, B_AFTER_BLURB);
	assert_tiles();
}

/* A journal's article page pasted under a news page's end furniture: its
 * title and byline are at the bottom of the lines in view when the roles
 * plan its header block, so the block runs on past them (its date, the
 * title again, the issue and article lines).  Those lines go on with the
 * block; taken for the footers of an item above, they left `Article ID`,
 * `Key words` and `Introduction` to open stories of their own.  Alone,
 * the page is one story. */
static void header_block_longer_than_the_view_goes_on(void **state)
{
	static const char *const journal[] = {
		"Taoyuan, Oct. 14 (CNA) Taoyuan and Japan's Ibaraki Prefecture on Tuesday signed an agreement to send more high school students on exchange visits.",
		"",
		"Chang said more than 30 high schools in Taoyuan had hosted visiting students from Ibaraki since 2016.",
		"",
		"Kuwata told reporters that Ibaraki Airport was in talks with two Taiwanese carriers about new routes.",
		"",
		"Enditem/",
		"",
		"    0:00",
		"    /",
		"    0:00",
		"    Latest",
		"    More",
		"    We value your privacy.",
		"    This site uses tracking technologies to improve your reading experience while respecting your privacy.",
		"    Got it.Learn more",
		"    37",
		"Fishing Villages, Festivals and the Return of the Young: Coastal Towns in Yilan and Tottori",
		"",
		"By:",
		"",
		"May 5, 2022",
		"",
		"Fishing Villages, Festivals and the Return of the Young: Coastal Towns in Yilan and Tottori",
		"Fishing Villages, Festivals and the Return of the Young: Coastal Towns in Yilan and Tottori",
		"",
		"Volume 20 | Issue 5 | Number 2",
		"",
		"Article ID 5712",
		"",
		"Abstract",
		"",
		"Fishing villages on the east coast of Taiwan and the west coast of Japan have lost most of their young people over the past forty years, and the boats that remain are crewed by men in their sixties and seventies.",
		"",
		"Key words",
		"",
		"Taiwan; Japan; Fishing villages; Rural revitalisation; Return migration; Festivals; Yilan; Tottori.",
		"",
		"Introduction",
		"",
		"The first thing most visitors notice in Nanfang-ao in spring is the smell of the fish market, which opens before dawn and closes before most tourists arrive.",
	};

	(void)state;
	assert_int_equal(RUN(journal), 2);
	assert_story(1, 18, B_HEADLINE);
	assert_tiles();
}

/* Two stamps between two articles: the first, with its time of day,
 * closes the article above; the second, a date alone, opens the article
 * under it (SPEC §2.4: a stamp in front of a story is its own).  Items
 * that close with a source line and a timed stamp keep both. */
static void second_stamp_opens_the_article_under_it(void **state)
{
	static const char *const stamps[] = {
		"Operators of green minibuses say the fare increase approved by the Executive Council will not cover their rising costs.",
		"Friday, 18 July, 2014, 3:06am 1 comment",
		"(SCMP) July 22, 2015.",
		"Residents of Sheung Wan said they had warned the authorities about the tree for more than a year.",
		"Shop owners said the wall had been leaning since the typhoon season last year.",
	};
	static const char *const footers[] = {
		"Customs officers seized more than 2 tonnes of glass eels bound for Hong Kong, the agency said on Thursday.",
		"Source: Taipei Times",
		"November 27, 2020 16:07 UTC",
		"The share of people aged 55 to 64 who are in work rose to a record last year, the labor ministry said.",
		"Source: Taipei Times",
		"November 27, 2020 15:56 UTC",
	};

	(void)state;
	assert_int_equal(RUN(stamps), 2);
	assert_story(1, 3, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(footers), 2);
	assert_story(1, 4, B_TOPIC_SHIFT);
	assert_tiles();
}

/* One word set apart from the text above by a blank line and glued over
 * a headline is the headline's section label (`ニュース`): it opens the
 * story (SPEC §2.1: labels before a headline belong to the story they
 * precede).  Glued under the text above, it may be a caption and opens
 * nothing. */
static void one_word_over_a_headline_opens_it(void **state)
{
#define TEXT_ABOVE \
	"Chipmakers in the science park have agreed to buy the plant's water, officials said.", \
	"", \
	"Environmental groups welcomed the project, but urged the government to fix leaks in the supply."
#define HEADED \
	"\xe3\x83\x8b\xe3\x83\xa5\xe3\x83\xbc\xe3\x82\xb9", \
	"Kyoto to charge higher bus fares for tourists from next year", \
	"", \
	"Kyoto will introduce separate bus fares for tourists and residents from next June, the city said on Tuesday."
	static const char *const apart[] = { TEXT_ABOVE, "", HEADED };
	static const char *const glued[] = { TEXT_ABOVE, HEADED };

	(void)state;
	assert_int_equal(RUN(apart), 2);
	assert_story(1, 5, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(glued), 1);
	assert_tiles();
#undef TEXT_ABOVE
#undef HEADED
}

/* A page that parts its paragraphs with blank lines, then a paragraph
 * glued under the last one on another topic: the next page, pasted in
 * another layout.  Glued under it and tied to it, the paragraph goes on
 * with the item above. */
static void paragraph_glued_under_a_parted_page_opens_the_next(void **state)
{
#define ITEMS \
	"Who will care for the oldest old?", "", \
	"The number of Taiwanese aged 85 and over has doubled in fifteen years, and families are struggling to cope.", "", \
	"A bowl of beef noodles, three generations later", "", \
	"In a Tainan alley, a shop opened by a veteran from Sichuan is now run by his granddaughter, who has kept the recipe.", "", \
	"Can offshore wind keep its promise?", "", \
	"Turbines now stand off the coast of Changhua, but delays and rising costs have raised doubts about the 2030 targets."
	static const char *const other[] = {
		ITEMS,
		"Singapore's oldest public library building in Queenstown will reopen next month after a two-year renovation.",
		"The library, which opened in 1970, was the first branch library built by the government after independence.",
	};
	static const char *const tied[] = {
		ITEMS,
		"Fishermen in Changhua say the turbines have pushed their boats further out, and the delays have raised their costs too.",
		"The library, which opened in 1970, was the first branch library built by the government after independence.",
	};
#undef ITEMS

	(void)state;
	assert_int_equal(RUN(other), 4);
	assert_story(3, 12, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(tied), 3);
	assert_tiles();
}

/* A copyright notice ends a page; the page's own closing furniture may
 * follow it (a feed's `]]>`, share buttons), and the first line that is
 * none of that opens the next page, however far under the notice. */
static void next_page_after_the_copyright_and_its_furniture(void **state)
{
	static const char *const lines[] = {
		"The city will open two new ferry routes next month, the transport bureau said on Monday.",
		"The routes will link the outlying islands with the business district.",
		"Copyright 2025 Japan Today. All rights reserved.",
		"]]>",
		"Share this",
		"(Hong Kong Free Press) July 22, 2015.",
		"A banyan tree estimated to be more than 100 years old collapsed onto a minibus stop on Hollywood Road.",
		"The tree, which grew out of a stone retaining wall, had been inspected in March.",
	};
	static const char *const closing[] = {
		"The city will open two new ferry routes next month, the transport bureau said on Monday.",
		"The routes will link the outlying islands with the business district.",
		"Copyright 2025 Japan Today. All rights reserved.",
		"]]>",
		"Share this",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(0, 1, B_FIRST);
	assert_story(1, 6, B_TOPIC_SHIFT);
	assert_tiles();
	assert_int_equal(RUN(closing), 1);
	assert_tiles();
}

/* A listing's card run alone: its photo caption, a full sentence, opens
 * it, then its date, headline and teaser.  One story: the stamp under
 * the file's first sentence closes no item above it. */
static void card_opened_by_its_caption_is_one_story(void **state)
{
	static const char *const card[] = {
		"Rents in the towns around the plant have risen faster than anywhere else in Kyushu over the past two years.",
		"Feb 26, 2025",
		"Taiwanese families settle in as Kumamoto school adds Mandarin classes",
		"A public elementary school near the factory now teaches Mandarin twice a week, and a third of the pupils in its first-grade class have a parent from Taiwan.",
	};

	(void)state;
	assert_int_equal(RUN(card), 1);
	assert_story(0, 1, B_FIRST);
	assert_tiles();
}

static void acronym_and_shouted_lede_do_not_split(void **state)
{
	static const char *const lines[] = {
		"The council approved the harbour budget on Tuesday after a long debate.",
		"US President Ada Marsh praised the plan in a statement.",
		"KMT lawmakers said they would seek a review.",
		"IT IS time, the mayor said, to stop arguing about the harbour.",
		"THE CITY’S oldest shipyard will be turned into a park.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
	assert_tiles();
}

static void form_feed_line_is_hard_boundary(void **state)
{
	static const char *const lines[] = {
		"Dock workers ended their strike on Friday.",
		"The port reopened the same evening.",
		"\f",
		"the council meets again in March to discuss the harbour budget.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(0, 1, B_FIRST);
	/* The form feed line belongs to the story it ends. */
	assert_int_equal(got.story[0].lines, 3);
	assert_story(1, 4, B_FORMFEED);
	assert_tiles();
}

static void start_pattern_opens_a_story(void **state)
{
	static const char *const lines[] = {
		"Officials opened the new bridge on Sunday.",
		"Traffic was light in the first hours.",
		"#3 the council meets again in March.",
		"It will discuss the harbour budget.",
		"#4 a second bridge is planned for 2030.",
	};
	regex_t re;
	struct seg_options opt = defaults;

	(void)state;
	assert_int_equal(regcomp(&re, "^#[0-9]+ ", REG_EXTENDED | REG_NOSUB), 0);
	opt.patterns = &re;
	opt.npatterns = 1;
	assert_int_equal(run_opt(lines, sizeof lines / sizeof lines[0], &opt), 3);
	assert_story(0, 1, B_FIRST);
	assert_story(1, 3, B_PATTERN);
	assert_story(2, 5, B_PATTERN);
	assert_tiles();
	regfree(&re);
}

static void start_pattern_on_first_line_is_first(void **state)
{
	static const char *const lines[] = {
		"#1 officials opened the new bridge on Sunday.",
		"Traffic was light in the first hours.",
	};
	regex_t re;
	struct seg_options opt = defaults;

	(void)state;
	assert_int_equal(regcomp(&re, "^#[0-9]+ ", REG_EXTENDED | REG_NOSUB), 0);
	opt.patterns = &re;
	opt.npatterns = 1;
	assert_int_equal(run_opt(lines, sizeof lines / sizeof lines[0], &opt), 1);
	assert_story(0, 1, B_FIRST);
	regfree(&re);
}

/* --- --start markers (SPEC §4) ------------------------------------------ */

/* Run the lines with one --start pattern. */
static size_t run_marked(const char *const *lines, size_t n, const char *pattern)
{
	regex_t re;
	struct seg_options opt = defaults;

	assert_int_equal(regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB), 0);
	opt.patterns = &re;
	opt.npatterns = 1;
	size_t count = run_opt(lines, n, &opt);
	regfree(&re);
	return count;
}

#define RUN_MARKED(lines, pattern) \
	run_marked(lines, sizeof lines / sizeof lines[0], pattern)

/* A marker opens its story and the page under it stays with it: the
 * page's headline starts nothing, and a marker that reads like a
 * paragraph cut off does not end a blurb. */
static void marker_opens_its_page_and_keeps_its_headline(void **state)
{
	static const char *const lines[] = {
		"=== typhoon warning issued for eastern taiwan",
		"Typhoon warning issued for eastern Taiwan",
		"The weather bureau issued a sea warning for the typhoon yesterday afternoon, saying the storm would bring heavy rain to Hualien.",
		"Residents in mountain areas were urged to prepare for evacuations.",
		"=== the financial supervisory commission said it would tighten rules on",
		"Lending rules tightened for second homes",
		"By Chen Yu-fu  /  Staff reporter",
		"The Financial Supervisory Commission yesterday said it would tighten rules on mortgage lending for buyers of second homes.",
		"Banks will be required to cap loans at half of a property's value.",
		"=== lai calls for unity",
		"Lai calls for unity before National Day",
		"President Lai Ching-te yesterday called for unity ahead of National Day celebrations, saying Taiwan must stand firm against pressure from",
	};

	(void)state;
	assert_int_equal(RUN_MARKED(lines, "^=== "), 3);
	assert_story(0, 1, B_FIRST);
	assert_story(1, 5, B_PATTERN);
	assert_story(2, 10, B_PATTERN);
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(got.story[i].first_role, R_MARKER);
	assert_tiles();
}

/* A page's URL is furniture, not a teaser link that ends a story: the
 * prose under it stays with it. */
static void url_marker_stays_with_its_page(void **state)
{
	static const char *const lines[] = {
		"URL: https://example.com/news/2025/03/12/ferry",
		"Harbour officials said the ferry terminal will open in spring, two years later than planned.",
		"The terminal can berth four ships at once.",
		"URL: https://example.com/news/2025/03/12/rail",
		"The rail operator said on Tuesday that fares on the eastern line would rise by five percent in",
	};

	(void)state;
	assert_int_equal(RUN_MARKED(lines, "^URL: "), 2);
	assert_story(0, 1, B_FIRST);
	assert_story(1, 4, B_PATTERN);
	assert_tiles();
}

/* A listing page under a marker splits inside as it does alone at the
 * start of a file. */
static void listing_under_a_marker_splits_as_alone(void **state)
{
	static const char *const page[] = {
		"Typhoon warning issued for eastern Taiwan",
		"The weather bureau issued a sea warning for the typhoon yesterday afternoon, saying the storm was expected to bring heavy rain to",
		"Lending rules tightened for second homes",
		"The Financial Supervisory Commission yesterday said it would tighten rules on mortgage lending for buyers of second homes, citing",
		"Lai calls for unity before National Day",
		"President Lai Ching-te yesterday called for unity ahead of National Day celebrations, saying Taiwan must stand firm against",
	};
	static const char *const lines[] = {
		"=== opinion",
		"Museum reopens southern branch",
		"The National Palace Museum's southern branch in Chiayi County reopened yesterday after renovations that took two years.",
		"The museum said the work had added two galleries.",
		"=== front page",
		"Typhoon warning issued for eastern Taiwan",
		"The weather bureau issued a sea warning for the typhoon yesterday afternoon, saying the storm was expected to bring heavy rain to",
		"Lending rules tightened for second homes",
		"The Financial Supervisory Commission yesterday said it would tighten rules on mortgage lending for buyers of second homes, citing",
		"Lai calls for unity before National Day",
		"President Lai Ching-te yesterday called for unity ahead of National Day celebrations, saying Taiwan must stand firm against",
	};
	struct seen alone[MAXSTORIES];
	size_t n;

	(void)state;
	n = RUN(page);
	assert_int_equal(n, 3);
	memcpy(alone, got.story, n * sizeof *alone);
	assert_int_equal(RUN_MARKED(lines, "^=== "), 1 + n);
	assert_story(1, 5, B_PATTERN);
	/* the page's first story opens at its marker, the others where
	 * they open alone, by the same rule */
	for (size_t i = 1; i < n; i++)
		assert_story(1 + i, alone[i].first + 5, alone[i].boundary);
	assert_tiles();
}

/* A marker right after a marker: the first is a story of its own.  A
 * marker that ends the file is one too. */
static void marker_after_marker_and_at_the_end(void **state)
{
	static const char *const lines[] = {
		"=== page 1 ===",
		"=== page 2 ===",
		"Harbour officials said the ferry terminal will open in spring.",
		"=== page 3 ===",
	};

	(void)state;
	assert_int_equal(RUN_MARKED(lines, "^=== "), 3);
	assert_story(0, 1, B_FIRST);
	assert_int_equal(got.story[0].lines, 1);
	assert_story(1, 2, B_PATTERN);
	assert_int_equal(got.story[1].lines, 2);
	assert_story(2, 4, B_PATTERN);
	assert_tiles();
}

/* SPEC §3.2: formfeed comes before pattern when both hold. */
static void marker_after_form_feed_is_formfeed(void **state)
{
	static const char *const lines[] = {
		"Harbour officials said the ferry terminal will open in spring.",
		"\f",
		"=== page 2 ===",
		"The terminal can berth four ships at once.",
	};

	(void)state;
	assert_int_equal(RUN_MARKED(lines, "^=== "), 2);
	assert_story(1, 3, B_FORMFEED);
	assert_int_equal(got.story[1].first_role, R_MARKER);
	assert_tiles();
}

/* Blank lines before a marker belong to the story above it (or, at the
 * file's start, to its first story); those after it, to its own. */
static void blank_lines_around_markers(void **state)
{
	static const char *const lines[] = {
		"",
		"=== page 1 ===",
		"",
		"Harbour officials said the ferry terminal will open in spring.",
		"",
		"",
		"=== page 2 ===",
		"",
		"The terminal can berth four ships at once.",
		"",
	};

	(void)state;
	assert_int_equal(RUN_MARKED(lines, "^=== "), 2);
	assert_story(0, 2, B_FIRST);
	assert_int_equal(got.story[0].start, 1);
	assert_int_equal(got.story[0].lines, 6);
	assert_story(1, 7, B_PATTERN);
	assert_int_equal(got.story[1].start, 7);
	assert_int_equal(got.story[1].lines, 4);
	assert_tiles();
}

static void max_story_cuts_and_keeps_every_byte(void **state)
{
	static const char *const lines[] = {
		"The harbour was quiet on Monday morning.",        /* 41 bytes */
		"",
		"Fishing boats stayed in port because of wind.",
		"Ferry services ran to a reduced timetable.",
		"",
		"Forecasters expect calmer seas by Wednesday.",
		"The port authority will review its storm plan.",
		"Dock workers were sent home at noon.",
	};
	struct seg_options opt = defaults;

	(void)state;
	diag_quiet = true;      /* the cut is warned about on stderr */
	opt.max_story = 100;
	size_t count = run_opt(lines, sizeof lines / sizeof lines[0], &opt);
	diag_quiet = false;
	assert_true(count >= 3);
	assert_story(0, 1, B_FIRST);
	for (size_t i = 0; i < count; i++) {
		assert_true(got.story[i].bytes <= 100);
		if (i > 0)
			assert_string_equal(boundary_name(got.story[i].boundary),
					    "max-story");
	}
	assert_tiles();
}

/* Feed n empty lines with --max-story=bound, then the line text unless
 * it is NULL. */
static void run_empty_lines(long n, size_t bound, const char *text)
{
	struct seg_options opt = defaults;
	struct segmenter sg;

	reset();
	diag_quiet = true;
	opt.max_story = bound;
	seg_init(&sg, &opt, on_story, NULL);
	seg_file(&sg, "-");
	for (long i = 1; i <= n; i++)
		feed_raw(&sg, "", "\n", 0, false, i);
	if (text != NULL)
		feed_raw(&sg, text, "\n", 0, false, n + 1);
	seg_end(&sg);
	seg_free(&sg);
	diag_quiet = false;
}

#define TEXT "Harbour officials said the ferry terminal will open in spring."


/* §6, issue 16: --max-story counts a story's bytes only; its records no
 * longer count, since a run of blank lines is one record (300 000 empty
 * lines once took 49 MiB with --max-story=1M).  400 empty lines and a
 * line of text are one story of two records within 7,040 bytes; 8,000
 * are cut where their bytes would pass the bound. */
static void empty_lines_count_only_their_bytes(void **state)
{
	size_t bound = 7040;

	(void)state;
	run_empty_lines(400, bound, TEXT);
	assert_int_equal(got.count, 1);
	assert_int_equal(got.story[0].nlines, 2);
	assert_int_equal(got.story[0].lines, 401);
	assert_tiles();
	run_empty_lines(8000, bound, TEXT);
	assert_int_equal(got.count, 2);
	for (size_t i = 0; i < got.count; i++)
		assert_true(got.story[i].bytes <= bound);
	assert_int_equal(got.story[0].nlines, 1);
	assert_int_equal(got.story[1].nlines, 2);
	assert_int_equal(got.story[0].bytes, bound);
	assert_int_equal(got.story[1].boundary, B_MAX_STORY);
	assert_tiles();
}

/* After a long story the next one starts at the front of the arrays
 * again: the windows do not slide over all the room the long one made,
 * which would all become resident (issue 16). */
static void windows_rewind_after_a_long_story(void **state)
{
	struct seg_options opt = defaults;
	struct segmenter sg;

	(void)state;
	reset();
	diag_quiet = true;
	opt.max_story = 4000;
	seg_init(&sg, &opt, on_story, NULL);
	seg_file(&sg, "-");
	/* 2,000 lines fill the story; 20 more fit in the room behind
	 * them, where they would stay but for the rewind. */
	for (long i = 1; i <= 2020; i++)
		feed_raw(&sg, "a", "\n", 0, false, i);
	assert_int_equal(got.count, 1);
	assert_int_equal(got.story[0].lines, 2000);
	assert_ptr_equal(sg.st.lines, sg.lines_base);
	assert_ptr_equal(sg.st.bytes.data, sg.bytes_base);
	seg_end(&sg);
	seg_free(&sg);
	diag_quiet = false;
	assert_int_equal(got.count, 2);
	assert_tiles();
}

static void line_longer_than_max_story_is_kept_whole(void **state)
{
	static const char *const lines[] = {
		"First a short line.",
		"Then a line that is by itself much longer than the forty bytes allowed.",
		"And a short one.",
	};
	struct seg_options opt = defaults;

	(void)state;
	diag_quiet = true;
	opt.max_story = 40;
	size_t count = run_opt(lines, sizeof lines / sizeof lines[0], &opt);
	diag_quiet = false;
	assert_int_equal(count, 3);
	assert_story(1, 2, B_MAX_STORY);
	assert_int_equal(got.story[1].lines, 1);
	assert_tiles();
}

static void furniture_and_headline_after_article(void **state)
{
	static const char *const lines[] = {
		"The weather bureau issued a cold surge advisory for the northern counties on Friday.",
		"Temperatures could fall to 8C in the hills overnight, it said.",
		"Mon, Jan 30, 2023",
		"Ferry Fares to Rise in April",
		"By Lin Mei / Staff reporter",
		"Harbour officials said fares on the island routes would rise by 10 percent to cover fuel costs.",
		"\xE2\x96\xA0 CRIME",
		"Pickpockets Target Night Market",
		"Police arrested three men at the riverside night market on Saturday, a spokesman said.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 3);
	assert_story(1, 3, B_HEADLINE);
	assert_int_equal(got.story[1].first_role, R_META);
	assert_story(2, 7, B_HEADLINE);
	assert_tiles();
}

static void headline_then_teaser_after_article(void **state)
{
	static const char *const lines[] = {
		"The weather bureau issued a cold surge advisory for the northern counties on Friday.",
		"Temperatures could fall to 8C in the hills overnight, it said.",
		"Night Market Vendors Win Reprieve",
		"The city government agreed to delay moving the riverside night market until after the lunar new year holiday, FULL STORY",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 3, B_HEADLINE);
	assert_tiles();
}

static void headline_then_dateline_after_article(void **state)
{
	static const char *const lines[] = {
		"The weather bureau issued a cold surge advisory for the northern counties on Friday.",
		"Temperatures could fall to 8C in the hills overnight, it said.",
		"Night Market Vendors Win Reprieve",
		"Taipei, Jan. 10 (CNA) The city government agreed to delay moving the riverside night market until after the holiday.",
		"Vendors had protested outside city hall for a week.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 3, B_HEADLINE);
	assert_tiles();
}

static void quotation_paragraph_does_not_start_a_story(void **state)
{
	static const char *const lines[] = {
		"In a statement released on Monday evening, the harbour bureau said the closure of the north pier was necessary and added:",
		"\xE2\x80\x9CThe safety of passengers comes before everything else, and the pier will stay shut until engineers are satisfied.\xE2\x80\x9D",
		"The bureau did not say when the inspection would finish.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
	assert_tiles();
}

/* §2.1 rule 7: two articles pasted back to back with no marker; the
 * second opens with a lede that shares no recurring word with the first. */
static const char *const cycling[] = {
	"Yilan County will open a 42km cycling path along the Lanyang River next month, linking three townships with the coast, the county government said.",
	"The path follows old levees and farm roads, and passes rice paddies, two temples and a lighthouse before it reaches the sea.",
	"County officials said the cycling path had cost NT$180 million, most of it paid for by the central government.",
	"Rental bicycles will be available at four stations along the path, and cyclists can return them at any station.",
};

static void pasted_article_starts_at_its_lede(void **state)
{
	const char *lines[7];

	(void)state;
	memcpy(lines, cycling, sizeof cycling);
	lines[4] = "Bakeries in Kaohsiung will raise the price of bread by up to 15 percent from next month, as the cost of imported flour and butter keeps climbing, a bakers' association estimated.";
	lines[5] = "A loaf of white bread now costs about NT$55 at most neighbourhood bakeries, compared with NT$45 two years ago.";
	lines[6] = "Association chairwoman Lin Hsiu-ying said small bakeries could not absorb the higher costs any longer.";
	assert_int_equal(run_opt(lines, 7, &defaults), 2);
	assert_story(1, 5, B_TOPIC_SHIFT);
	assert_tiles();
}

/* The same story going on: a paragraph that reuses the story's words, or
 * opens as reported speech, is not a new article. */
static void continuing_paragraph_is_not_a_topic_shift(void **state)
{
	const char *lines[6];

	(void)state;
	memcpy(lines, cycling, sizeof cycling);
	lines[4] = "The county also plans to extend the cycling path to Suao Township by the end of next year, officials said, if the path proves popular.";
	lines[5] = "Tourism bureau director Chen Mei-ling said on Monday that hotels near the coast expected more weekend visitors from Taipei.";
	assert_int_equal(run_opt(lines, 6, &defaults), 1);
}

/* §2.1 rule 7: a page that ends an article with a sign-off and goes on
 * with another lede; the sign-off stays with its article. */
static void signoff_ends_the_article(void **state)
{
	const char *lines[6];

	(void)state;
	lines[0] = cycling[0];
	lines[1] = cycling[1];
	lines[2] = "Additional reporting by Staff writer and CNA";
	lines[3] = "Shoppers in Taichung queued for hours to buy limited-edition mooncakes.";
	lines[4] = "The bakery sold 3,000 boxes in the first hour, a spokeswoman said.";
	lines[5] = "Reporting by Lee Mei-hua; Editing by Chen Wen-li";
	assert_int_equal(run_opt(lines, 6, &defaults), 2);
	assert_story(1, 4, B_TOPIC_SHIFT);
	assert_int_equal(got.story[0].lines, 3);
	assert_int_equal(got.story[1].lines, 3);
	assert_tiles();
}

/* After one paragraph, cohesion has little to go on: only a paragraph
 * that opens as a lede does (a time expression in its first sentence)
 * opens a story there (article_under_a_one_paragraph_brief).  One that
 * does not say when stays with the paragraph above. */
static void no_topic_shift_early_in_a_story(void **state)
{
	const char *lines[3];

	(void)state;
	lines[0] = cycling[0];
	lines[1] = "Bakeries in Kaohsiung will raise the price of bread by up to 15 percent, as the cost of imported flour and butter keeps climbing, a bakers' association estimated.";
	lines[2] = "A loaf of white bread now costs about NT$55 at most neighbourhood bakeries, compared with NT$45 two years ago.";
	assert_int_equal(run_opt(lines, 3, &defaults), 1);
}

/* §2.1 rule 7 without a lede's shape: no time expression in the new
 * article's first sentence, only the vocabulary changes, and the story
 * has two paragraphs: the cohesion valley alone finds the join. */
static void topic_shift_without_a_time_expression(void **state)
{
	static const char *const lines[] = {
		"Yilan County will open a 42km cycling path along the Lanyang River, linking three townships with the coast, the county government said.",
		"The path follows old levees and farm roads, and passes rice paddies, two temples and a lighthouse before it reaches the sea.",
		"Kaohsiung bakeries will raise the price of bread by up to 15 percent, as imported flour and butter keep getting dearer, a bakers' association estimated.",
		"A loaf of white bread costs about NT$55 at most neighbourhood bakeries, compared with NT$45 two years ago, the association said.",
		"Association chairwoman Lin Hsiu-ying said small bakeries could not absorb the higher flour and butter costs any longer.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 3, B_TOPIC_SHIFT);
	assert_tiles();
}

/* A roundup: the related items under one headline turn with a
 * connective, and stay one story even when the topic changes. */
static void roundup_turns_stay_one_story(void **state)
{
	static const char *const lines[] = {
		"Yilan County will open a 42km cycling path along the Lanyang River next month, linking three townships with the coast, the county government said.",
		"The path follows old levees and farm roads, and passes rice paddies, two temples and a lighthouse before it reaches the sea.",
		"In related news, Kaohsiung bakeries will raise the price of bread by up to 15 percent from next month, a bakers' association estimated.",
		"A loaf of white bread costs about NT$55 at most neighbourhood bakeries, compared with NT$45 two years ago, the association said.",
		"Meanwhile, Taichung will close its oldest night market on Monday for a month of repairs to its drains and stalls.",
		"Vendors at the market said the city had promised them rent relief for the weeks they cannot trade.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
}

/* A short paragraph tells little of its topic: a closing line of a few
 * words that the story never used is no new article. */
static void short_closing_line_is_not_a_topic_shift(void **state)
{
	static const char *const lines[] = {
		"Dock workers at the southern port ended their two-week strike on Friday after the operator agreed to raise night-shift pay.",
		"The union said members had voted by a large margin to accept the offer, which also adds two rest days a month.",
		"Construction ran two years over schedule.",
		"Ships that waited offshore during the strike began unloading on Saturday morning, the port authority said.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
}

/* --- tiling ----------------------------------------------------------- */

static void blank_lines_are_kept_in_stories(void **state)
{
	struct segmenter sg;

	(void)state;
	reset();
	seg_init(&sg, &defaults, on_story, NULL);
	seg_file(&sg, "feed.txt");
	feed_raw(&sg, "", "\r\n", 3, false, 1);
	feed_raw(&sg, "  ", "\r\n", 0, false, 2);
	feed_raw(&sg, "Harbour officials said the ferry terminal will open in spring.", "\r\n", 0, false, 3);
	feed_raw(&sg, "", "\r\n", 0, false, 4);
	feed_raw(&sg, "The terminal can berth four ships at once.", "\r\n", 0, false, 5);
	feed_raw(&sg, "\t", "\r\n", 0, false, 6);
	feed_raw(&sg, "LONG WAIT: Commuters face another month of delays on the eastern line as", "\r\n", 0, false, 7);
	feed_raw(&sg, "", "\r\n", 0, false, 8);
	seg_end(&sg);
	seg_free(&sg);

	assert_int_equal(got.count, 2);
	/* Blank lines before the first story belong to it. */
	assert_int_equal(got.story[0].start, 1);
	assert_story(0, 3, B_FIRST);
	assert_story(1, 7, B_KICKER);
	assert_string_equal(got.story[0].file, "feed.txt");
	/* Trailing blank lines belong to the last story. */
	assert_int_equal(got.story[0].lines + got.story[1].lines, 8);
	assert_tiles();
}

/* SPEC §2.1: a file with no non-blank line has no story. */
static void blank_only_input_has_no_story(void **state)
{
	static const char *const lines[] = {
		"", "   ", "\t", "\xC2\xA0", "\xE3\x80\x80", "",
	};

	(void)state;
	assert_int_equal(RUN(lines), 0);
	assert_int_equal(got.nbytes, 0);
}

/* ... but one that --max-story cut as it came in keeps its pieces, the
 * last one too, so that they tile it: the stream could not wait to see
 * whether text would come (SPEC §6). */
static void blank_only_input_over_max_story_keeps_its_pieces(void **state)
{
	(void)state;
	run_empty_lines(8000, 7040, NULL);
	assert_int_equal(got.count, 2);
	assert_int_equal(got.story[1].boundary, B_MAX_STORY);
	assert_tiles();
}

/* --- blank runs (issue 16) ------------------------------------------------ */

enum { MAXSPLIT = 512 };

/* The lines story_next_line gives back, over every story. */
static struct {
	size_t len[MAXSPLIT], eol[MAXSPLIT];
	long lineno[MAXSPLIT];
	size_t count;
} split;

static void on_split(struct story *st, void *ctx)
{
	struct story_iter it;
	struct story_line l;

	on_story(st, ctx);
	story_iter_init(st, &it);
	while (story_next_line(st, &it, &l)) {
		assert_true(split.count < MAXSPLIT);
		assert_ptr_equal(l.text, st->bytes.data + l.start);
		split.len[split.count] = l.len;
		split.eol[split.count] = l.eol;
		split.lineno[split.count++] = l.lineno;
	}
}

/* A line as the reader hands it out. */
struct fed {
	const char *text, *eol;
	size_t bom;
	bool cut;
};

static void run_fed(const struct fed *f, size_t n)
{
	struct segmenter sg;
	long lineno = 1;

	reset();
	memset(&split, 0, sizeof split);
	seg_init(&sg, &defaults, on_split, NULL);
	seg_file(&sg, "-");
	for (size_t i = 0; i < n; i++) {
		feed_raw(&sg, f[i].text, f[i].eol, f[i].bom, f[i].cut, lineno);
		lineno += !f[i].cut;
	}
	seg_end(&sg);
	seg_free(&sg);
}

/* Each line comes back as it was fed: its length, terminator and
 * number, whatever record holds it. */
static void assert_split_as_fed(const struct fed *f, size_t n)
{
	long lineno = 1;

	assert_int_equal(split.count, n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(split.len[i], strlen(f[i].text));
		assert_int_equal(split.eol[i], strlen(f[i].eol));
		assert_int_equal(split.lineno[i], lineno);
		lineno += !f[i].cut;
	}
}

#define RUN_FED(f) run_fed(f, sizeof f / sizeof f[0])
#define ASSERT_SPLIT_AS_FED(f) assert_split_as_fed(f, sizeof f / sizeof f[0])

static void empty_lines_fold_into_one_record(void **state)
{
	static struct fed f[401];

	(void)state;
	for (size_t i = 0; i < 400; i++)
		f[i] = (struct fed){ "", "\n", 0, false };
	f[400] = (struct fed){ TEXT, "\n", 0, false };
	RUN_FED(f);
	assert_int_equal(got.count, 1);
	assert_int_equal(got.story[0].nlines, 2);
	assert_int_equal(got.story[0].lines, 401);
	ASSERT_SPLIT_AS_FED(f);
	assert_tiles();
}

/* Empty, spaces, tab, no-break space, ideographic space, a lone CR (a
 * CR before the CRLF), CRLF. */
static void blank_lines_of_every_kind_fold(void **state)
{
	static const struct fed f[] = {
		{ "", "\n", 0, false }, { " ", "\n", 0, false },
		{ "\t", "\r\n", 0, false }, { "\xC2\xA0", "\n", 0, false },
		{ "\xE3\x80\x80", "\n", 0, false }, { "\r", "\r\n", 0, false },
		{ "  \r", "\r\n", 0, false }, { "", "\r\n", 0, false },
		{ "Harbour officials said the ferry terminal will open in spring.",
		  "\n", 0, false },
		{ "", "\n", 0, false }, { " \t ", "\n", 0, false },
	};

	(void)state;
	RUN_FED(f);
	assert_int_equal(got.count, 1);
	assert_int_equal(got.story[0].nlines, 3);
	assert_int_equal(got.story[0].lines, 11);
	assert_int_equal(got.story[0].first, 9);
	ASSERT_SPLIT_AS_FED(f);
	assert_tiles();
}

/* A BOM is skipped for analysis (SPEC §1): a file of a BOM alone, or of
 * a BOM and blank lines, has no non-blank line, so no story. */
static void bom_only_input_has_no_story(void **state)
{
	static const struct fed alone[] = { { "", "", 3, false } };
	static const struct fed blank[] = {
		{ "  ", "\r\n", 3, false }, { "", "\n", 0, false },
	};

	(void)state;
	RUN_FED(alone);
	assert_int_equal(got.count, 0);
	RUN_FED(blank);
	assert_int_equal(got.count, 0);
}

/* A form feed is no white space (SPEC §1: Zs and tab), so a form-feed
 * line is not blank: a file of them keeps its stories, and every
 * non-blank line is printed (§6). */
static void form_feed_only_input_keeps_its_stories(void **state)
{
	static const char *const lines[] = { "\f", "", "\f" };

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 3, B_FORMFEED);
	assert_tiles();
}

/* A line with a BOM keeps a record of its own: a run holds no BOM. */
static void bom_line_stays_apart(void **state)
{
	static const struct fed f[] = {
		{ "", "\n", 3, false }, { "", "\n", 0, false },
		{ " ", "\n", 0, false }, { TEXT, "\n", 0, false },
	};

	(void)state;
	RUN_FED(f);
	assert_int_equal(got.story[0].nlines, 3);
	assert_int_equal(got.story[0].lines, 4);
	ASSERT_SPLIT_AS_FED(f);
	assert_tiles();
}

/* The pieces of an over-long blank line keep records of their own, its
 * last piece too (it follows a cut); the blank lines after them fold. */
static void blank_pieces_do_not_fold(void **state)
{
	static const struct fed f[] = {
		{ "    ", "", 0, true }, { "    ", "", 0, true },
		{ "  ", "\n", 0, false }, { "", "\n", 0, false },
		{ "", "\n", 0, false }, { "", "\n", 0, false },
		{ TEXT, "\n", 0, false },
	};

	(void)state;
	RUN_FED(f);
	assert_int_equal(got.story[0].nlines, 5);
	assert_int_equal(got.story[0].lines, 5);
	ASSERT_SPLIT_AS_FED(f);
	assert_tiles();
}

/* The file's last line, blank and without a line feed, joins the run. */
static void blank_last_line_without_newline_folds(void **state)
{
	static const struct fed f[] = {
		{ "Rain fell on the harbour for a third day, officials said.",
		  "\n", 0, false },
		{ "", "\n", 0, false }, { " ", "", 0, false },
	};

	(void)state;
	RUN_FED(f);
	assert_int_equal(got.story[0].nlines, 2);
	assert_int_equal(got.story[0].lines, 3);
	ASSERT_SPLIT_AS_FED(f);
	assert_tiles();
}

static void empty_input_has_no_story(void **state)
{
	struct segmenter sg;

	(void)state;
	reset();
	seg_init(&sg, &defaults, on_story, NULL);
	seg_file(&sg, "-");
	seg_end(&sg);
	seg_free(&sg);
	assert_int_equal(got.count, 0);
}

static void numbers_restart_in_each_file(void **state)
{
	static const char *const blurbs[] = {
		"Officials in the port city have proposed a levy on cruise passengers to pay for the upkeep of the",
		"A retired teacher has opened a free library in her garage, and her neighbours say it has become the",
	};
	struct segmenter sg;

	(void)state;
	reset();
	seg_init(&sg, &defaults, on_story, NULL);
	for (int f = 0; f < 2; f++) {
		seg_file(&sg, f == 0 ? "a.txt" : "b.txt");
		for (size_t i = 0; i < 2; i++)
			feed_raw(&sg, blurbs[i], "\n", 0, false, (long)i + 1);
		seg_end(&sg);
	}
	seg_free(&sg);
	assert_int_equal(got.count, 4);
	assert_int_equal(got.story[2].number, 1);
	assert_int_equal(got.story[2].offset, 0);
	assert_string_equal(got.story[2].file, "b.txt");
	assert_story(2, 1, B_FIRST);
	assert_story(3, 2, B_AFTER_BLURB);
}

/* One over-long input line handed out in two pieces (cut says whether
 * the first continues in the second): the first stops mid-sentence, the
 * second opens like a kicker. */
static size_t run_pieces(bool cut)
{
	struct segmenter sg;

	reset();
	seg_init(&sg, &defaults, on_story, NULL);
	seg_file(&sg, "-");
	feed_raw(&sg, "The harbour board met until late on Tuesday and, after a long and at times bitter debate, agreed that the",
		 cut ? "" : "\n", 0, cut, 1);
	feed_raw(&sg, "OLD PIER: will be rebuilt by 2030.", "\n", 0, false,
		 cut ? 1 : 2);
	feed_raw(&sg, "Work starts in the spring.", "\n", 0, false, cut ? 2 : 3);
	seg_end(&sg);
	seg_free(&sg);
	return got.count;
}

static void second_piece_of_cut_line_never_starts_story(void **state)
{
	(void)state;
	assert_int_equal(run_pieces(true), 1);
	/* Both pieces of line 1, then line 2. */
	assert_int_equal(got.story[0].nlines, 3);
	assert_int_equal(got.story[0].lines, 2);
	assert_tiles();
	/* The same text as two input lines is a blurb and a new story. */
	assert_int_equal(run_pieces(false), 2);
	assert_story(1, 2, B_AFTER_BLURB);
	assert_tiles();
}

/* --- what does not start a story -------------------------------------- */

static void broken_gloss_does_not_trigger_after_blurb(void **state)
{
	static const char *const lines[] = {
		"The literature prize was handed on Friday to the novelist of short stories and former teacher Chen Ming-hua (",
		"The jury praised her third novel for its portrait of a fishing village.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
	/* A teaser paragraph, not a headline, so only the gloss holds. */
	assert_int_equal(got.story[0].first_role, R_BODY);
	assert_int_equal(got.story[0].lines, 2);
	assert_tiles();
}

static void cut_paragraph_without_gloss_does_trigger_after_blurb(void **state)
{
	/* The same lines with the bracket gone: now a cut-off teaser. */
	static const char *const lines[] = {
		"The literature prize was handed on Friday to the novelist of short stories and former teacher Chen Ming-hua and",
		"The jury praised her third novel for its portrait of a fishing village.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 2, B_AFTER_BLURB);
	assert_tiles();
}

static void complete_paragraphs_do_not_split(void **state)
{
	static const char *const lines[] = {
		"Dock workers ended their strike on Friday.",
		"“We got what we asked for,” one of them said.",
		"The port reopened the same evening.",
		"Ferry Services Resume",
		"Ferries left on time on Saturday.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 1);
	assert_tiles();
}

/* Headed one-paragraph cards, then an article pasted under the listing:
 * the article's paragraphs are not more items (its lede opens after the
 * last card; SPEC §2.1.7 counts headless items only). */
static void article_after_headed_cards_stays_whole(void **state)
{
	static const char *const lines[] = {
		"Woodlands hawker centre reopens after six-month makeover",
		"Published: Sun, Mar 2, 2025",
		"The 40 stalls at the hawker centre in Woodlands reopened on Sunday after a renovation that added fans, new drains and a play \xE2\x80\xA6",
		"Volunteers needed to teach seniors to spot online scams",
		"Published: Sun, Mar 2, 2025",
		"The police are looking for 500 volunteers to run talks at community centres on how older people can spot \xE2\x80\xA6",
		"Punggol Coast MRT station to open in December",
		"Published: Sat, Mar 1, 2025",
		"The new station on the North East Line will serve about 24,000 households in the Punggol Digital District, the Land Transport \xE2\x80\xA6",
		"The city court yesterday ordered a builder to pay NT$12 million to the owners of 32 flats damaged by a dig next door.",
		"The households had sued the developer in 2022, saying the digging of a deep basement had cracked their walls and tilted the block.",
		"The court found that the company had failed to shore up the pit properly and had ignored warnings from its own engineers.",
		"The award covers repairs to the building, the cost of temporary housing for eight families and a fall in the value of the flats.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 4);
	assert_story(3, 10, B_AFTER_BLURB);
	assert_tiles();
}

/* Headless teaser lines, one of them under a section label: after two
 * items, each complete paragraph is an item of its own. */
static void teaser_lines_under_a_section_label_split(void **state)
{
	static const char *const lines[] = {
		"The police said on Monday that they had received notice of two small demonstrations planned for Labour Day, one of them by a group of",
		"Politics",
		"A lawmaker urged the government to extend the public consultation on the minimum wage law by another month, saying that many workers had",
		"The Commission Against Corruption said in its annual report that it had received 812 complaints last year.",
		"The Health Bureau has proposed raising the fine for smoking in non-smoking areas, saying the current penalty no longer deters anyone.",
		"The Transport Bureau said on Friday that three new bus routes linking the housing estates with the peninsula would start next month.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 5);
	assert_story(4, 6, B_TOPIC_SHIFT);
	assert_tiles();
}

/* A title glued between an article's last paragraph and a lede on
 * another topic: the story that the lede's topic shift starts opens at
 * the title, its headline (SPEC §2.1 rules 4 and 7).  Two paragraphs
 * are too few for the title alone to start a story. */
static void title_above_a_topic_shift_opens_the_story(void **state)
{
	static const char *const lines[] = {
		"Hokusai museum extends hours for summer exhibition",
		"",
		"The show brings together more than 100 prints by Katsushika Hokusai, including rarely seen works lent by collectors in Europe.",
		"The museum in Tokyo will stay open until 8pm on Fridays and Saturdays from June to August, its director said on Monday.",
		"Sidewalks are for walking",
		"Every morning I walk my daughter to school along Heping East Road, and every morning we step into the traffic because the arcade is full of parked scooters.",
		"The city has painted neat white boxes for scooters on many sidewalks, but the boxes have become an excuse. Riders park next to them and across the ramps meant for wheelchairs.",
		"I do not blame the riders alone. Fines are rare and tow trucks only appear when a newspaper writes about the problem.",
		"It should be possible to walk 500m with a seven-year-old without a detour into the bus lane.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 5, B_TOPIC_SHIFT);
	assert_tiles();
}

/* A story that opens with a day's date (`Sat`, `Mon, Jan 27, 2025`) or
 * a page's metadata line opens a page, whichever rule started it: what
 * the page before taught of headlines does not carry over. */
static void day_stamp_opens_a_page(void **state)
{
	const struct rule marked = { NULL, B_HEADLINE, "headline",
				     PAGE_IF_MARKED, false };
	struct line l;

	(void)state;
	memset(&l, 0, sizeof l);
	l.role = R_META;
	assert_false(rule_opens_page(&marked, &l, R_BLANK));
	l.day = 1;
	assert_true(rule_opens_page(&marked, &l, R_BLANK));
	l.day = 0;
	l.page = 1;
	assert_true(rule_opens_page(&marked, &l, R_BLANK));
	/* furniture above opens a page only after a blurb */
	l.page = 0;
	assert_false(rule_opens_page(&marked, &l, R_UI));
}

/* A blog post in Chinese: its first paragraph (今天一早收到朋友的訊息，才知道
 * 在我家樓下開了三十年雜貨店的黃伯走了，享年八十八歲。) and its last (黃伯，一路好走。),
 * and an English post's bilingual title (River Lanterns 2026 春到河畔). */
#define ZH_POST_LEDE \
	"\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x80\xE6\x97\xA9\xE6\x94\xB6\xE5\x88\xB0\xE6\x9C\x8B\xE5\x8F\x8B\xE7\x9A\x84\xE8\xA8\x8A\xE6\x81\xAF\xEF\xBC\x8C\xE6\x89\x8D\xE7\x9F\xA5\xE9\x81\x93\xE5\x9C\xA8\xE6\x88\x91\xE5\xAE\xB6\xE6\xA8\x93\xE4\xB8\x8B\xE9\x96\x8B\xE4\xBA\x86\xE4\xB8\x89\xE5\x8D\x81\xE5\xB9\xB4\xE9\x9B\x9C\xE8\xB2\xA8\xE5\xBA\x97\xE7\x9A\x84\xE9\xBB\x83\xE4\xBC\xAF\xE8\xB5\xB0\xE4\xBA\x86\xEF\xBC\x8C\xE4\xBA\xAB\xE5\xB9\xB4\xE5\x85\xAB\xE5\x8D\x81\xE5\x85\xAB\xE6\xAD\xB2\xE3\x80\x82"
#define ZH_POST_END "\xE9\xBB\x83\xE4\xBC\xAF\xEF\xBC\x8C\xE4\xB8\x80\xE8\xB7\xAF\xE5\xA5\xBD\xE8\xB5\xB0\xE3\x80\x82"
#define BILINGUAL_TITLE "River Lanterns 2026 \xE6\x98\xA5\xE5\x88\xB0\xE6\xB2\xB3\xE7\x95\x94"

/* An article in English, then a blog post in Chinese pasted under it:
 * the script changes with the topic (SPEC §2.1 rule 7); a Chinese name
 * inside the English text changes nothing. */
static void article_in_another_script_is_a_topic_shift(void **state)
{
	static const char *const lines[] = {
		"The museum in Tokyo will stay open until 8pm on Fridays and Saturdays from June to August, its director said on Monday.",
		"Curators said the prints by Katsushika Hokusai (\xE8\x91\x9B\xE9\xA3\xBE\xE5\x8C\x97\xE6\x96\x8E) would be rotated every six weeks to protect them from light.",
		ZH_POST_LEDE,
		"\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x80\xE6\x97\xA9\xE6\x94\xB6\xE5\x88\xB0\xE6\x9C\x8B\xE5\x8F\x8B\xE7\x9A\x84\xE8\xA8\x8A\xE6\x81\xAF\xE3\x80\x82",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 3, B_TOPIC_SHIFT);
	assert_tiles();
}

/* Teasers cut off, each a story, then an article pasted under them: its
 * second paragraph goes on with its lede (`Cho`, `caucus`), so it is no
 * item of the list (rule_list_item, topic_tie). */
static void article_after_teasers_is_no_list(void **state)
{
	static const char *const lines[] = {
		"TAIPEI (Island News) \xE2\x80\x93" " Buyers of electric scooters could save up to NT$10,000 under a new subsidy scheme announced by the environment ministry on",
		"TAIPEI (Island News) \xE2\x80\x93" " The weather bureau on Monday issued a heavy rain advisory for eight counties and cities in the north, warning of flooding in",
		"TAIPEI (Island News) \xE2\x80\x93" " Hualien County Commissioner Hsu Chen-wei said the county would rebuild three bridges damaged in the April earthquake by the end",
		"Lawmakers might differ over policy, but they share a wish to see the nation do well, Premier Cho Jung-tai said yesterday as he paid courtesy calls on the legislative caucuses.",
		"Meeting the Democratic Progressive Party caucus, Cho said that he had spent years in the Legislative Yuan himself and knew how much work went into each bill.",
		"DPP caucus whip Ker Chien-ming said the caucus would give priority to bills on long-term care and rental housing during the session.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 4);
	assert_story(3, 4, B_AFTER_BLURB);
	assert_tiles();
}

/* A post in Chinese, then the next page's metadata line: the post has
 * text enough to be a story, though its words are not spaced (a
 * character counts as a word), so the page's line opens the next one. */
static void page_line_after_a_chinese_post(void **state)
{
	static const char *const lines[] = {
		ZH_POST_LEDE,
		ZH_POST_END,
		" date 2023-05-16 Harbour News Summary",
		"The following is the first summary of major stories moved by the agency on Tuesday.",
		"South Korea and Japan will raise the annual quota for their working holiday programme next year, the foreign ministry said.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 2);
	assert_story(1, 3, B_HEADLINE);
	assert_tiles();
}

/* A post in Chinese, then a post in English whose title is bilingual and
 * whose first paragraph is too short to tell its script (`HUAT AH!`):
 * the paragraph after it tells, and the title opens the post (SPEC §2.1
 * rule 4).  Where that paragraph is in Chinese, the title is the post's
 * own subhead. */
static void title_over_a_short_line_then_another_script(void **state)
{
	static const char *const english[] = {
		ZH_POST_LEDE,
		ZH_POST_END,
		BILINGUAL_TITLE,
		"HUAT AH!",
		"It is Chinese New Year again, which means the lanterns are back along the river, and so are the crowds that come to see them every night.",
		"I went on the second day of the new year, mostly to escape the relatives at home, and the queue for the bridge was already long.",
	};
	static const char *const chinese[] = {
		ZH_POST_LEDE,
		ZH_POST_END,
		BILINGUAL_TITLE,
		"HUAT AH!",
		ZH_POST_LEDE,
		ZH_POST_END,
	};

	(void)state;
	assert_int_equal(RUN(english), 2);
	assert_story(1, 3, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(chinese), 1);
	assert_tiles();
}
#undef ZH_POST_LEDE
#undef ZH_POST_END
#undef BILINGUAL_TITLE

/* A channel page: its name printed twice (its <title> and its <h1>), a
 * paragraph about the channel, then cards of caption, headline and
 * teaser.  The paragraph is the page's introduction, and the first card
 * is the page's first story with it; the second card opens at its
 * caption.  So with header blocks of a headline and a byline.  An
 * article's headline printed twice over one paragraph is no page's
 * name: the next title opens the next story. */
static void introduction_under_a_page_name_printed_twice(void **state)
{
	static const char *const channel[] = {
		"Harbour Weekly",
		"",
		"Harbour Weekly",
		"",
		"Harbour Weekly is the English-language service of the Harbour Media Group, publishing news and features about the region's ports.",
		"",
		"Dock workers unload containers at the western terminal in Kaohsiung, Taiwan, on 3 March 2024. (Reuters)",
		"",
		"Why ports are racing to build cold storage",
		"",
		"Shipping lines are asking for more refrigerated space as fruit exports from the south grow faster than the terminals can handle.",
		"A worker checks crates of bananas on a pier in Pingtung, Taiwan, 12 April 2024. (CNA)",
		"",
		"What banana prices say about county finances",
		"",
		"When county governments run short of money, the farm cooperatives are often among the first places to feel it.",
	};
	/* the same with bylines: header blocks of their own */
	static const char *const bylined[] = {
		"Harbour Weekly",
		"",
		"Harbour Weekly",
		"",
		"Harbour Weekly is the English-language service of the Harbour Media Group, publishing news and features about the region's ports.",
		"",
		"Why ports are racing to build cold storage",
		"By Lin Mei-hua / Staff reporter",
		"",
		"Shipping lines are asking for more refrigerated space as fruit exports from the south grow faster than the terminals can handle.",
		"",
		"What banana prices say about county finances",
		"By Chen Wei / Staff reporter",
		"",
		"When county governments run short of money, the farm cooperatives are often among the first places to feel it.",
	};
	static const char *const article[] = {
		"Cold storage shortage hits fruit exporters",
		"",
		"Cold storage shortage hits fruit exporters",
		"",
		"Shipping lines are asking for more refrigerated space as fruit exports from the south grow faster than the terminals can handle.",
		"",
		"Why county budgets depend on the price of bananas",
		"",
		"When county governments run short of money, the farm cooperatives are often among the first places to feel it.",
	};

	(void)state;
	assert_int_equal(RUN(channel), 2);
	assert_story(1, 12, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(bylined), 2);
	assert_story(1, 12, B_HEADLINE);
	assert_tiles();
	assert_int_equal(RUN(article), 2);
	assert_story(1, 7, B_HEADLINE);
	assert_tiles();
}

/* A topic page pasted under an article opens at the day's date over it
 * (`• Sat` / `• Dec 20, 2014`), as a file's first page opens: the
 * paragraph about the section under it is the page's introduction, and
 * the first item's headline stays with it (SPEC §2.1: furniture at the
 * top of a page belongs to its first story). */
static void day_date_opens_a_page_with_its_introduction(void **state)
{
	static const char *const lines[] = {
		"Harbour bridge repairs to close two lanes",
		"By Lin Mei / Staff reporter",
		"The city transport bureau said on Monday that work on the harbour bridge will close two lanes for three weeks starting next month.",
		"Engineers found cracks in two of the bridge's steel joints during an inspection in May, the bureau said.",
		"  \xE2\x80\xA2 Sat",
		"  \xE2\x80\xA2 Dec 20, 2014",
		"  \xE2\x80\xA2 Updated: 11:02pm",
		"",
		"",
		"The Harbour Post looks beyond the day's headlines with in-depth reporting on the issues that shape the city.",
		"",
		"Minibus operators say fare rise will not keep drivers behind the wheel",
		"",
		"Green minibuses wait for passengers at a terminus in Mong Kok. Photo: Sam Tsang",
		"",
		"Operators of green minibuses say the 7 per cent fare increase approved by the government will not be enough to stop drivers leaving the trade.",
		"",
		"15 Jul 2014 - 4:53pm 2 comments",
		"",
		"Cable car queues return as tour groups flock back",
		"",
		"Visitors queue for the cable car at the terminal. Photo: Felix Wong",
		"",
		"Queues at the cable car terminal stretched for more than an hour on Sunday as tour groups returned to the island.",
	};

	(void)state;
	assert_int_equal(RUN(lines), 3);
	assert_story(1, 5, B_HEADLINE);
	assert_story(2, 20, B_HEADLINE);
	assert_tiles();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(article_then_kicker_blurb),
		cmocka_unit_test(blurb_after_blurb),
		cmocka_unit_test(blurb_ending_in_link_then_complete_brief),
		cmocka_unit_test(caption_and_credit_inside_a_paragraph),
		cmocka_unit_test(credit_then_lower_case_continuation),
		cmocka_unit_test(credit_line_never_opens_a_story),
		cmocka_unit_test(listing_headline_byline_teaser_repeated),
		cmocka_unit_test(teaser_link_alone_on_next_line),
		cmocka_unit_test(bare_ellipsis_line_belongs_to_blurb),
		cmocka_unit_test(headline_and_byline_after_article),
		cmocka_unit_test(kicker_under_headline_and_byline_stays),
		cmocka_unit_test(furniture_and_headline_after_article),
		cmocka_unit_test(headline_then_teaser_after_article),
		cmocka_unit_test(headline_then_dateline_after_article),
		cmocka_unit_test(quotation_paragraph_does_not_start_a_story),
		cmocka_unit_test(pasted_article_starts_at_its_lede),
		cmocka_unit_test(continuing_paragraph_is_not_a_topic_shift),
		cmocka_unit_test(no_topic_shift_early_in_a_story),
		cmocka_unit_test(topic_shift_without_a_time_expression),
		cmocka_unit_test(roundup_turns_stay_one_story),
		cmocka_unit_test(short_closing_line_is_not_a_topic_shift),
		cmocka_unit_test(signoff_ends_the_article),
		cmocka_unit_test(wire_briefs_split_at_datelines),
		cmocka_unit_test(dateline_after_closing_furniture),
		cmocka_unit_test(stamp_set_apart_opens_the_article_under_it),
		cmocka_unit_test(lede_set_apart_opens_the_next_page),
		cmocka_unit_test(glued_under_a_story_opened_by_its_lede),
		cmocka_unit_test(title_set_apart_opens_the_next_page),
		cmocka_unit_test(line_set_apart_ends_a_comment_section),
		cmocka_unit_test(caption_above_a_card_opens_it),
		cmocka_unit_test(page_title_opens_a_page),
		cmocka_unit_test(line_after_a_cut_title_opens_the_next_page),
		cmocka_unit_test(title_printed_twice_is_a_page_top),
		cmocka_unit_test(post_cut_mid_word_ends_the_page),
		cmocka_unit_test(article_under_a_one_paragraph_brief),
		cmocka_unit_test(encyclopedia_lede_opens_its_title),
		cmocka_unit_test(encyclopedia_page_opens_at_its_top),
		cmocka_unit_test(caption_above_an_encyclopedia_title_stays),
		cmocka_unit_test(encyclopedia_title_heads_its_page),
		cmocka_unit_test(article_under_kicker_items_is_no_item),
		cmocka_unit_test(page_title_under_a_cut_item),
		cmocka_unit_test(paragraph_cut_mid_word_stays_with_its_page),
		cmocka_unit_test(story_under_furniture_after_teasers_opens_a_page),
		cmocka_unit_test(headline_over_a_few_words_is_no_item),
		cmocka_unit_test(article_after_cards_ends_their_layout),
		cmocka_unit_test(article_under_teasers_is_no_list),
		cmocka_unit_test(empty_comment_section_is_over),
		cmocka_unit_test(article_under_a_comment_section),
		cmocka_unit_test(text_unlike_a_headline_only_item_opens_a_page),
		cmocka_unit_test(lede_tied_to_text_past_a_caption),
		cmocka_unit_test(attributed_lede_opens_at_a_shallower_valley),
		cmocka_unit_test(story_opens_at_the_valley_bottom),
		cmocka_unit_test(lead_photo_opens_the_article_under_it),
		cmocka_unit_test(second_stamp_opens_the_article_under_it),
		cmocka_unit_test(header_block_longer_than_the_view_goes_on),
		cmocka_unit_test(short_titles_among_furniture_lead_the_headline),
		cmocka_unit_test(last_paragraph_over_page_furniture_stays),
		cmocka_unit_test(headline_glued_under_an_end_mark_opens_its_page),
		cmocka_unit_test(stamp_that_opened_a_story_opens_the_next),
		cmocka_unit_test(one_word_over_a_headline_opens_it),
		cmocka_unit_test(paragraph_glued_under_a_parted_page_opens_the_next),
		cmocka_unit_test(next_page_after_the_copyright_and_its_furniture),
		cmocka_unit_test(card_opened_by_its_caption_is_one_story),
		cmocka_unit_test(acronym_and_shouted_lede_do_not_split),
		cmocka_unit_test(form_feed_line_is_hard_boundary),
		cmocka_unit_test(start_pattern_opens_a_story),
		cmocka_unit_test(start_pattern_on_first_line_is_first),
		cmocka_unit_test(marker_opens_its_page_and_keeps_its_headline),
		cmocka_unit_test(url_marker_stays_with_its_page),
		cmocka_unit_test(listing_under_a_marker_splits_as_alone),
		cmocka_unit_test(marker_after_marker_and_at_the_end),
		cmocka_unit_test(marker_after_form_feed_is_formfeed),
		cmocka_unit_test(blank_lines_around_markers),
		cmocka_unit_test(max_story_cuts_and_keeps_every_byte),
		cmocka_unit_test(empty_lines_count_only_their_bytes),
		cmocka_unit_test(windows_rewind_after_a_long_story),
		cmocka_unit_test(line_longer_than_max_story_is_kept_whole),
		cmocka_unit_test(blank_lines_are_kept_in_stories),
		cmocka_unit_test(blank_only_input_has_no_story),
		cmocka_unit_test(blank_only_input_over_max_story_keeps_its_pieces),
		cmocka_unit_test(empty_lines_fold_into_one_record),
		cmocka_unit_test(blank_lines_of_every_kind_fold),
		cmocka_unit_test(bom_only_input_has_no_story),
		cmocka_unit_test(form_feed_only_input_keeps_its_stories),
		cmocka_unit_test(bom_line_stays_apart),
		cmocka_unit_test(blank_pieces_do_not_fold),
		cmocka_unit_test(blank_last_line_without_newline_folds),
		cmocka_unit_test(empty_input_has_no_story),
		cmocka_unit_test(numbers_restart_in_each_file),
		cmocka_unit_test(second_piece_of_cut_line_never_starts_story),
		cmocka_unit_test(broken_gloss_does_not_trigger_after_blurb),
		cmocka_unit_test(cut_paragraph_without_gloss_does_trigger_after_blurb),
		cmocka_unit_test(complete_paragraphs_do_not_split),
		cmocka_unit_test(article_after_headed_cards_stays_whole),
		cmocka_unit_test(teaser_lines_under_a_section_label_split),
		cmocka_unit_test(title_above_a_topic_shift_opens_the_story),
		cmocka_unit_test(day_stamp_opens_a_page),
		cmocka_unit_test(article_in_another_script_is_a_topic_shift),
		cmocka_unit_test(title_over_a_short_line_then_another_script),
		cmocka_unit_test(introduction_under_a_page_name_printed_twice),
		cmocka_unit_test(day_date_opens_a_page_with_its_introduction),
		cmocka_unit_test(article_after_teasers_is_no_list),
		cmocka_unit_test(page_line_after_a_chinese_post),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
