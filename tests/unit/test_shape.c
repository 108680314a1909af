/* test_shape.c — what one line looks like by itself (shape_of): the shapes
 * and flags of src/shape.h for the line forms SPEC §2 names and the forms
 * real scraped pages take.
 *
 * Each row is a line, the shape it must have, the flags that must be set
 * and the flags that must not be.  The expected values are what SPEC §2
 * (and the promise in shape.h) says the line is, not what the code once
 * returned.  Every row of a group is checked before the group fails, and
 * each mismatch is printed with the shape names and the flags in hex. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "para.h"
#include "shape.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

struct row {
	const char *line;
	enum shape shape;
	uint32_t set;           /* SHF_ bits that must be set */
	uint32_t unset;         /* SHF_ bits that must not be */
};

static void shape_line(const char *line, struct shape_info *info)
{
	struct para p;
	size_t n = strlen(line);

	para_analyze((const uint8_t *)line, n, &p);
	shape_of((const uint8_t *)line, n, &p, info);
}

/* Check every row, print each one that does not hold, then fail if any
 * did not. */
static void check_rows(const struct row *rows, size_t count)
{
	unsigned bad = 0;

	for (size_t i = 0; i < count; i++) {
		const struct row *r = &rows[i];
		struct shape_info info;

		shape_line(r->line, &info);
		if (info.shape == r->shape && (info.flags & r->set) == r->set &&
		    (info.flags & r->unset) == 0)
			continue;
		print_error("line \"%s\":\n"
			    "  want %s, flags set 0x%05x, unset 0x%05x\n"
			    "  got  %s, flags 0x%05x\n",
			    r->line, shape_name(r->shape), (unsigned)r->set,
			    (unsigned)r->unset, shape_name((enum shape)info.shape),
			    (unsigned)info.flags);
		bad++;
	}
	if (bad > 0)
		fail_msg("%u of %zu lines have the wrong shape or flags", bad,
			 count);
}

/* --- blank lines and form feeds (SPEC §1) ------------------------------ */

static const struct row blanks[] = {
	{ "", SH_BLANK, 0, 0 },
	{ " \t ", SH_BLANK, 0, 0 },
	{ "\xC2\xA0\xC2\xA0", SH_BLANK, 0, 0 },         /* no-break spaces */
	{ "\f", SH_FORMFEED, 0, 0 },
	{ " \f ", SH_FORMFEED, 0, 0 },
};

static void blank_and_form_feed_lines(void **state)
{
	(void)state;
	check_rows(blanks, LEN(blanks));
}

/* --- dates, times, ages, sources, counts: meta (SPEC §2.1 footers, §2.4) */

static const struct row metas[] = {
	/* a date line heading an article */
	{ "Date: Feb 20, 2018", SH_META, SHF_HEADER, SHF_TIME | SHF_DAY },
	{ "Published: 12 April 2024", SH_META, SHF_HEADER, SHF_TIME },
	{ "Updated: 8:42pm", SH_META, SHF_HEADER | SHF_TIME, SHF_DAY },
	/* a day's date with its weekday and no time */
	{ "Mon, Jan 30, 2023", SH_META, SHF_DAY, SHF_TIME },
	{ "Thursday, October 17, 2024", SH_META, SHF_DAY, SHF_TIME },
	/* stamps with a time; footers with a comment count */
	{ "Sat, 11 Mar 2023 18:05:41 +0800", SH_META, SHF_TIME, SHF_DAY },
	{ "June 3, 2021 09:12 UTC", SH_META, SHF_TIME, 0 },
	{ "3 Mar 2015 - 10:45pm 2 comments", SH_META, SHF_TIME, 0 },
	{ "Monday, 4 March, 2019, 7:10pm 12 comments", SH_META, SHF_TIME,
	  SHF_DAY },
	/* ages: `14h`, `5 hours ago` */
	{ "14h", SH_META, SHF_TIME | SHF_AGE, 0 },
	{ "3d", SH_META, SHF_TIME | SHF_AGE, 0 },
	{ "5 hours ago", SH_META, SHF_TIME | SHF_AGE, 0 },
	/* sources: `Source:` lines and an outlet in brackets before a date */
	{ "[RTHK] - 03/14/2025", SH_META, SHF_SOURCE, 0 },
	{ "Source: Global Times | 2021/9/17 20:41:09", SH_META,
	  SHF_SOURCE | SHF_TIME, 0 },
	{ "Source: Taipei Times", SH_META, SHF_SOURCE, 0 },
	{ "Source:Focus Taiwan", SH_META, SHF_SOURCE, 0 },
	/* an author and a date: a stamp that heads an article */
	{ "Marcus Teo | March 2, 2024, 09:40 AM", SH_META,
	  SHF_HEADER | SHF_TIME, 0 },
	/* a page's metadata line */
	{ " date 2020-01-21 By Mei Chen / Staff reporter", SH_META,
	  SHF_PAGE | SHF_HEADER, 0 },
	/* reading times */
	{ "3 mins", SH_META, 0, 0 },
	{ "time to read", SH_META, 0, 0 },
	{ "5 min read", SH_META, 0, 0 },
};

static void dates_and_stamps_are_meta(void **state)
{
	(void)state;
	check_rows(metas, LEN(metas));
}

/* --- section labels, list labels, separators (SPEC §2.1, §2.3) --------- */

static const struct row labels[] = {
	/* an upper-case line with nothing after it is a section label */
	{ "\xE2\x96\xA0 CRIME", SH_LABEL, 0, SHF_SEPARATOR },   /* ■ CRIME */
	{ "\xE2\x96\xA0" "CRIME", SH_LABEL, 0, SHF_SEPARATOR }, /* ■CRIME */
	{ "[ LETTER ]", SH_LABEL, 0, SHF_SEPARATOR },
	{ "SOCIETY", SH_LABEL, SHF_CAPS, SHF_SEPARATOR | SHF_NAME },
	/* separators: punctuation only */
	{ "-", SH_LABEL, SHF_SEPARATOR, SHF_LISTLABEL },
	{ "-----------------", SH_LABEL, SHF_SEPARATOR, 0 },
	{ "* * *", SH_LABEL, SHF_SEPARATOR, 0 },
	/* the labels of a list of items */
	{ "Latest", SH_LABEL, SHF_LISTLABEL, SHF_SEPARATOR },
	{ "Other News", SH_LABEL, SHF_LISTLABEL, 0 },
	{ "Related Articles", SH_LABEL, SHF_LISTLABEL, 0 },
	/* a newspaper's page over its items */
	{ "Front Page", SH_LABEL, 0, SHF_LISTLABEL },
	{ "Page Two", SH_LABEL, 0, SHF_LISTLABEL },
	{ "Page 3", SH_LABEL, 0, SHF_LISTLABEL },
	{ "Page Turner", SH_TITLE, 0, 0 },
	{ "More stories from The Straits Times", SH_LABEL, SHF_LISTLABEL, 0 },
	/* a place in the site: tags, breadcrumbs, a section under a dash */
	{ "Tag: lion dance", SH_LABEL, 0, 0 },
	{ "Tag - Kumamoto", SH_LABEL, SHF_TOP, 0 },
	{ "Home / Features", SH_LABEL, 0, 0 },
	{ "News> Hong Kong", SH_LABEL, 0, 0 },
	/* A section under a dash is a bulleted title by its shape: role.c
	 * makes it a label in front of a headline (`- Society`), a list
	 * item elsewhere (`- Joined`, a forum's profile). */
	{ "- Politics", SH_TITLE, SHF_BULLET, 0 },
};

static void section_labels_and_separators(void **state)
{
	(void)state;
	check_rows(labels, LEN(labels));
}

/* --- `= Heading =` lines of an encyclopedia page (SPEC §2.1) ----------- */

static const struct row heading_lines[] = {
	{ "= Takeshi Onodera =", SH_HEADING, 0, SHF_SUBHEADING },
	{ "= = Early life = =", SH_HEADING, SHF_SUBHEADING, 0 },
	{ "== Career ==", SH_HEADING, SHF_SUBHEADING, 0 },
};

static void headings(void **state)
{
	(void)state;
	check_rows(heading_lines, LEN(heading_lines));
}

/* --- bylines (SPEC §2.4) ----------------------------------------------- */

static const struct row bylines[] = {
	{ "By Sean Lin  /  Staff reporter", SH_BYLINE, 0, 0 },
	{ "By Mei Chen / Staff reporter", SH_BYLINE, 0, 0 },
	{ "By: Ko Lin, Taiwan News, Staff Writer", SH_BYLINE, 0, 0 },
	{ "Staff writer, with CNA", SH_BYLINE, 0, 0 },
	{ "By Paul Lin \xE6\x9E\x97\xE4\xBF\x9D\xE8\x8F\xAF", SH_BYLINE, 0,
	  0 },                                  /* By Paul Lin 林保華 */
};

static void bylines_are_bylines(void **state)
{
	(void)state;
	check_rows(bylines, LEN(bylines));
}

/* --- credit and caption lines: never open a story (SPEC §2.1) ---------- */

static const struct row credits[] = {
	{ "Photo: AFP", SH_CREDIT, 0, 0 },
	{ "Photo: Chen Yu-ting, Taipei Times", SH_CREDIT, 0, 0 },
	{ "(CNA photo)", SH_CREDIT, 0, 0 },
	{ "CNA file photo", SH_CREDIT, 0, 0 },
	{ "Photo courtesy of the Ministry of Culture", SH_CREDIT, 0, 0 },
	{ "Screengrab from YouTube", SH_CREDIT, 0, 0 },
	/* a caption sentence that ends in its credit */
	{ "Volunteers clear driftwood from the beach at Fulong on Sunday. "
	  "Photo: Lo Chia-hsin, Taipei Times", SH_CREDIT, 0, 0 },
	{ "Paper lanterns hang over a lane in Tainan's old town on "
	  "Sept. 4, 2020. Zhang Lei/People Visual", SH_CREDIT, 0, 0 },
	{ "Fishing boats shelter in Keelung harbour ahead of the typhoon. "
	  "(Keelung City Government photo)", SH_CREDIT, 0, 0 },
};

static void credits_and_captions(void **state)
{
	(void)state;
	check_rows(credits, LEN(credits));
}

/* --- teaser links alone on a line (SPEC §2.2) -------------------------- */

static const struct row links[] = {
	{ "[FULL  STORY]", SH_LINK, 0, 0 },
	{ "FULL STORY", SH_LINK, 0, 0 },
	{ "Read more", SH_LINK, 0, 0 },
	{ "Continue reading", SH_LINK, 0, 0 },
	{ "READ FULL ARTICLE", SH_LINK, 0, 0 },
	{ "read full story", SH_LINK, 0, 0 },
	{ "Read original article here", SH_LINK, 0, 0 },
	{ "[\xE2\x80\xA6]", SH_LINK, 0, 0 },                 /* […] */
	/* a publisher's paywall note that sends the reader to its archive */
	{ "(The full story is in our subscriber archive. Please read it "
	  "here.)", SH_LINK, 0, 0 },
	{ "(Full text of this report is in the news archive for "
	  "subscribers.)", SH_LINK, 0, 0 },
	/* a bare URL */
	{ "https://www.example.com/news/2024/03/harbour-fees-rise", SH_LINK,
	  0, 0 },
};

static void teaser_links(void **state)
{
	(void)state;
	check_rows(links, LEN(links));
}

/* --- lines that close an article (SPEC §2.2 truncated) ----------------- */

static const struct row signoff_lines[] = {
	{ "(END)", SH_SIGNOFF, 0, 0 },
	{ "Enditem/", SH_SIGNOFF, 0, 0 },
	{ "Additional reporting by AP", SH_SIGNOFF, 0, 0 },
	{ "\xC2\xA9 Japan Today", SH_SIGNOFF, 0, 0 },          /* © */
	{ "m.chen@example.com.tw", SH_SIGNOFF, 0, 0 },
};

static void signoffs(void **state)
{
	(void)state;
	check_rows(signoff_lines, LEN(signoff_lines));
}

/* --- site furniture: UI strings (SPEC §2.1, §2.2) ---------------------- */

static const struct row furniture[] = {
	{ "Share this:", SH_UI, 0, 0 },
	{ "Share this page", SH_UI, 0, 0 },
	{ "Listen to this article", SH_UI, 0, 0 },
	{ "Close banner", SH_UI, 0, 0 },
	/* skip links: only a page's top holds them */
	{ "Skip to main content", SH_UI, SHF_TOP, 0 },
	{ "Go to Contents Go to Navigation", SH_UI, SHF_TOP, 0 },
	/* a page's title over its text (the page's <title>: a name, a
	 * spaced dash, the site's name); not a section's topic, an infobox
	 * line or a headline that goes on past its dash */
	{ "News Programmes - RTHK", SH_TITLE, SHF_TOP, 0 },
	{ "Newsfeed \xE2\x80\x93 Local Malaysian News", SH_TITLE, SHF_TOP, 0 },
	{ "Search - festival", SH_LABEL, SHF_TOP, 0 },
	{ "Topic |   Taiwan", SH_TITLE, 0, SHF_TOP },
	{ "Bronze medal \xE2\x80\x93 third place 2022 Hangzhou Women's team",
	  SH_TITLE, 0, SHF_TOP },
	{ "Taiwan in Time - The last lantern maker", SH_TITLE, 0, SHF_TOP },
	{ "Kaohsiung port - night shifts for cargo checks", SH_TITLE, 0,
	  SHF_TOP },
	/* a comment section that says it is empty */
	{ "No comments yet...", SH_UI, SHF_EMPTY, 0 },
	{ "Be the first to comment", SH_UI, SHF_EMPTY, 0 },
	{ "Share this page", SH_UI, 0, SHF_EMPTY },
	/* a back-to-top link ends a page; `Top` alone ends a forum post */
	{ "TOP top", SH_UI, SHF_END, 0 },
	{ "Go to top", SH_UI, SHF_END, 0 },
	{ "Top", SH_UI, 0, SHF_END },
	/* an article's view count and comment policy close its page */
	{ "This story has been viewed 2841 times.", SH_UI, SHF_END, 0 },
	{ "Comments will be moderated. Keep comments relevant to the "
	  "article. Remarks containing abusive and obscene language, "
	  "personal attacks of any kind or promotion will be removed and the "
	  "user banned. Final decision will be at the discretion of the "
	  "editors.", SH_UI, SHF_END, 0 },
	{ "Advertisement", SH_UI, 0, 0 },
	{ "Newer Post Older Post Home", SH_UI, 0, 0 },
	/* a counter alone */
	{ "37", SH_UI, 0, 0 },
	/* a paywall's plans: their names and prices per period; not a
	 * headline about prices or plans */
	{ "Yearly Plan", SH_UI, 0, 0 },
	{ "S$9.90/month", SH_UI, 0, 0 },
	{ "HK$ 78 per year", SH_UI, 0, 0 },
	{ "US$4.99 a week", SH_UI, 0, 0 },
	{ "Rents top NT$30,000 a month", SH_TITLE, 0, 0 },
	{ "Annual plan for flood control approved", SH_TITLE, 0, 0 },
	/* a cookie notice */
	{ "We use cookies to give you a better experience on this site. "
	  "By continuing to browse, you agree to our use of cookies.",
	  SH_UI, 0, 0 },
	/* a button in a script with neither capitals nor CJK on an English
	 * page: Arabic for `Read more` */
	{ "\xD8\xA7\xD9\x82\xD8\xB1\xD8\xA3 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB2"
	  "\xD9\x8A\xD8\xAF", SH_UI, 0, 0 },
};

static void site_furniture_is_ui(void **state)
{
	(void)state;
	check_rows(furniture, LEN(furniture));
}

/* --- the start of comments and forum replies --------------------------- */

static const struct row comments[] = {
	{ "2 responses", SH_COMMENTS, 0, 0 },
	{ "1 comment:", SH_COMMENTS, 0, 0 },
	{ "15 Comments", SH_COMMENTS, 0, 0 },
	{ "Leave a Reply", SH_COMMENTS, 0, 0 },
	{ "Re: Scooter licence test", SH_COMMENTS, 0, 0 },
	{ "Anonymous said...", SH_COMMENTS, 0, 0 },
	{ "harbourwatcher wrote:", SH_COMMENTS, 0, 0 },
	{ "scooterfan88 wrote:Is the road test held on the same day", SH_COMMENTS,
	  0, 0 },
};

static void comment_markers(void **state)
{
	(void)state;
	check_rows(comments, LEN(comments));
}

/* --- lists, infobox and pipe rows, tag lines --------------------------- */

static const struct row lists[] = {
	{ "Country | Taiwan |", SH_LIST, 0, SHF_TAGS },
	{ "---|---|", SH_LIST, 0, SHF_SEPARATOR | SHF_TAGS },
	{ "wonton mee,chinatown complex,food review,char siew", SH_LIST,
	  SHF_TAGS, 0 },
};

static void lists_tables_and_tags(void **state)
{
	(void)state;
	check_rows(lists, LEN(lists));
}

/* --- a bullet is stripped, and the rest classified --------------------- */

static const struct row bullets[] = {
	/* prose under a bullet is a list item */
	{ "\xE2\x80\xA2 The ferry operator said it would add two sailings a "
	  "day from next month.", SH_LIST, SHF_BULLET, 0 },
	{ "1. Bring your own cup and bag to the night market.", SH_LIST,
	  SHF_BULLET, 0 },
	/* a bulleted headline (a search result) or deck point (a card) is
	 * a title: which of the two, the lines around it decide (role.c) */
	{ "\xE2\x80\xA2 Hotels report cancellations of up to 40 per cent",
	  SH_TITLE, SHF_BULLET, 0 },
	{ "  \xE2\x80\xA2 Keelung opens new ferry pier beside the night market",
	  SH_TITLE, SHF_BULLET, 0 },
	/* what the bullet leads is still a credit, a stamp */
	{ "\xE2\x80\xA2 Photo: AFP", SH_CREDIT, SHF_BULLET, 0 },
	{ "  \xE2\x80\xA2 Updated: 8:42pm", SH_META,
	  SHF_BULLET | SHF_TIME | SHF_HEADER, 0 },
};

static void bullets_are_stripped_before_classifying(void **state)
{
	(void)state;
	check_rows(bullets, LEN(bullets));
}

/* --- titles: headlines, names, fragments (SPEC §2.1 rule 4) ------------ */

static const struct row titles[] = {
	{ "Taipei shelves Beitou cable car plan over landslide fears",
	  SH_TITLE, 0, SHF_NAME | SHF_TITLECASE | SHF_CAPS },
	{ "Night Markets Reopen As Tourists Return To Penghu", SH_TITLE,
	  SHF_TITLECASE, SHF_NAME },
	/* a headline cut mid-word or mid-phrase; a word the list lacks is
	 * no cut */
	{ "Council vote dela", SH_TITLE, SHF_CUTOFF, 0 },
	/* cut after an auxiliary, which headlines drop: a sentence's start */
	{ "Relations between the two have", SH_PROSE, SHF_CUTOFF, 0 },
	{ "Lawmakers said that they would", SH_PROSE, SHF_CUTOFF, 0 },
	/* cut inside a bracket it opened; closed, no cut */
	{ "[South China Mor", SH_TITLE, SHF_CUTOFF | SHF_BRACKET, 0 },
	{ "Ferry fares to rise (again", SH_TITLE, SHF_CUTOFF | SHF_BRACKET, 0 },
	{ "Ferry fares to rise (again)", SH_TITLE, 0,
	  SHF_CUTOFF | SHF_BRACKET },
	{ "Second chip plant in Kumamoto to", SH_PROSE, SHF_CUTOFF, 0 },
	{ "Taipei\xE2\x80\x99s", SH_TITLE, SHF_CUTOFF, 0 },   /* Taipei’s */
	{ "Taipei Zoo welcomes baby pangolin", SH_TITLE, 0, SHF_CUTOFF },
	{ "Sanja Matsuri draws record crowds as overseas visitors join in",
	  SH_TITLE, 0, SHF_CUTOFF },
	/* a name or a place alone: a letter's signature, a subhead */
	{ "Daniel Harper", SH_TITLE, SHF_NAME | SHF_TITLECASE, SHF_CAPS },
	/* In capitals, a name reads as a section label (`CURRENCIES`,
	 * SPEC §2.3), marked a name: role.c tells a letter's signature by
	 * the place under it.  A word alone, or words with a function word
	 * among them, are no name. */
	{ "HELEN WU", SH_LABEL, SHF_CAPS | SHF_NAME, 0 },
	{ "IN BRIEF", SH_LABEL, SHF_CAPS, SHF_NAME },
	{ "Changhua County", SH_TITLE, SHF_NAME, 0 },
	/* a fragment of a few words: a dish and its English name */
	{ "\xE8\x9A\xB5\xE4\xBB\x94\xE7\x85\x8E (Oyster Omelette)", SH_TITLE,
	  0, 0 },                               /* 蚵仔煎 (Oyster Omelette) */
};

static void titles_and_fragments(void **state)
{
	(void)state;
	check_rows(titles, LEN(titles));
}

/* --- prose paragraphs -------------------------------------------------- */

static const struct row prose[] = {
	/* several sentences, more than forty words */
	{ "The county government said on Tuesday that the coastal road "
	  "would stay closed until engineers had checked the retaining wall. "
	  "Heavy rain over the weekend washed away part of the embankment "
	  "near the fishing harbour, and residents of two villages have "
	  "been told to use the mountain road instead. Buses will run every "
	  "hour.", SH_PROSE, 0, SHF_SENTENCE | SHF_CAPTION },
	/* one sentence of forty words at most */
	{ "Residents of the two villages have been told to use the mountain "
	  "road until engineers finish checking the retaining wall next week.",
	  SH_PROSE, SHF_SENTENCE, SHF_CAPTION },
	{ "The ferry to Matsu leaves Keelung at dawn.", SH_PROSE,
	  SHF_SENTENCE | SHF_CAPTION, SHF_SAID },
	/* reported speech */
	{ "The ministry said the ferries would run again on Monday.",
	  SH_PROSE, SHF_SENTENCE | SHF_SAID, 0 },
	/* cut mid-sentence */
	{ "Stall owners at the night market, many of whom have worked there "
	  "for three decades, told reporters that the new rent would force "
	  "them to", SH_PROSE, 0, 0 },
	/* ends in a broken gloss: the scraper lost the rest */
	{ "The plan had the backing of the party elders, said Lien Chan (",
	  SH_PROSE, 0, 0 },
	/* a dateline opens a wire brief */
	{ "Taipei, Jan. 10 (CNA) The weather administration issued a sea "
	  "warning for the typhoon on Friday morning.", SH_PROSE, 0, 0 },
	/* a shouted lede, an acronym at the start, a quotation */
	{ "IT IS time to start worrying about the water supply in the south, "
	  "where reservoirs are at their lowest level in a decade.", SH_PROSE,
	  0, 0 },
	{ "KMT lawmakers walked out of the session on Tuesday after the vote "
	  "was put off again.", SH_PROSE, 0, 0 },
	{ "\xE2\x80\x9CWe will not leave until the council listens to us,"
	  "\xE2\x80\x9D one resident said.", SH_PROSE, SHF_SAID, 0 },
};

static void prose_paragraphs(void **state)
{
	(void)state;
	check_rows(prose, LEN(prose));
}

/* --- CJK lines: 。！？ end a sentence (SPEC §2.2) ------------------- */

static const struct row cjk[] = {
	/* 台北市政府今天宣布，捷運將延長營運時間。 */
	{ "\xE5\x8F\xB0\xE5\x8C\x97\xE5\xB8\x82\xE6\x94\xBF\xE5\xBA\x9C"
	  "\xE4\xBB\x8A\xE5\xA4\xA9\xE5\xAE\xA3\xE5\xB8\x83\xEF\xBC\x8C"
	  "\xE6\x8D\xB7\xE9\x81\x8B\xE5\xB0\x87\xE5\xBB\xB6\xE9\x95\xB7"
	  "\xE7\x87\x9F\xE9\x81\x8B\xE6\x99\x82\xE9\x96\x93\xE3\x80\x82",
	  SH_PROSE, SHF_CJK, 0 },
	/* 颱風假最新消息 */
	{ "\xE9\xA2\xB1\xE9\xA2\xA8\xE5\x81\x87\xE6\x9C\x80\xE6\x96\xB0"
	  "\xE6\xB6\x88\xE6\x81\xAF", SH_TITLE, SHF_CJK, 0 },
};

static void cjk_lines(void **state)
{
	(void)state;
	check_rows(cjk, LEN(cjk));
}

/* --- beside the shape: hashes and tables ------------------------------- */

/* Stamps of one layout share a pattern; a repeated short line its text
 * hash; prose has no text hash. */
static void stamps_of_one_layout_share_a_pattern(void **state)
{
	struct shape_info a, b, c;

	(void)state;
	shape_line("Sat, 11 Mar 2023 18:05:41 +0800", &a);
	shape_line("Sun, 2 Apr 2023 09:15:02 +0800", &b);
	shape_line("June 3, 2021 09:12 UTC", &c);
	assert_int_not_equal(a.pattern, 0);
	assert_int_equal(a.pattern, b.pattern);
	assert_int_not_equal(a.pattern, c.pattern);
	assert_int_not_equal(a.text, b.text);
}

static void a_repeated_line_has_the_same_text_hash(void **state)
{
	struct shape_info a, b, c;

	(void)state;
	shape_line("Daniel Harper", &a);
	shape_line("  Daniel Harper  ", &b);     /* trimmed first */
	shape_line("Daniel Harpers", &c);
	assert_int_not_equal(a.text, 0);
	assert_int_equal(a.text, b.text);
	assert_int_not_equal(a.text, c.text);
}

static void phrase_tables_are_sorted(void **state)
{
	(void)state;
	assert_true(shape_tables_ok());
}

static void every_shape_has_a_name(void **state)
{
	(void)state;
	for (int sh = SH_BLANK; sh <= SH_COMMENTS; sh++)
		assert_string_not_equal(shape_name((enum shape)sh), "?");
	assert_string_equal(shape_name((enum shape)(SH_COMMENTS + 1)), "?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(blank_and_form_feed_lines),
		cmocka_unit_test(dates_and_stamps_are_meta),
		cmocka_unit_test(section_labels_and_separators),
		cmocka_unit_test(headings),
		cmocka_unit_test(bylines_are_bylines),
		cmocka_unit_test(credits_and_captions),
		cmocka_unit_test(teaser_links),
		cmocka_unit_test(signoffs),
		cmocka_unit_test(site_furniture_is_ui),
		cmocka_unit_test(comment_markers),
		cmocka_unit_test(lists_tables_and_tags),
		cmocka_unit_test(bullets_are_stripped_before_classifying),
		cmocka_unit_test(titles_and_fragments),
		cmocka_unit_test(prose_paragraphs),
		cmocka_unit_test(cjk_lines),
		cmocka_unit_test(stamps_of_one_layout_share_a_pattern),
		cmocka_unit_test(a_repeated_line_has_the_same_text_hash),
		cmocka_unit_test(phrase_tables_are_sorted),
		cmocka_unit_test(every_shape_has_a_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
