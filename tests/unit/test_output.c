/* test_output.c — the story writers (SPEC §3.1, §3.2, §3.3): the text
 * format's header line and options, the JSON line with its keys, offsets,
 * glosses and escaping, and the XML story with its attributes, elements
 * and escaping.  Stories come from the real segmenter and
 * analysis; the writers append them all to one buffer, which is
 * compared whole. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blurb.h"
#include "buf.h"
#include "gloss.h"
#include "kind.h"
#include "feed.h"
#include "output.h"
#include "segment.h"
#include "text.h"

enum format { TEXT, JSON, XML };

static struct {
	enum format format;
	struct out_options opt;
	bool memory;            /* give the stories §8's fields (memory.c's
	                           job in the pipeline) */
	struct fingerprint fp;
	struct promotes promotes;
	int64_t seen;
	struct out rec;         /* what the writers appended (no file) */
	const char *out;        /* rec as a C string, after finish() */
} w;

static void on_story(struct story *st, void *ctx)
{
	long invalid = 0, nul = 0;

	(void)ctx;
	story_check(st, &invalid, &nul);    /* as the pipeline does */
	kind_analyze(st);
	blurb_analyze(st);
	gloss_analyze(st);
	if (w.memory) {
		st->fp = w.fp;
		st->promotes = w.promotes;
		st->seen = w.seen;
	}
	if (w.format == JSON) {
		gloss_offsets(st);
		out_json(&w.rec, st, &w.opt);
	} else if (w.format == XML)
		out_xml(&w.rec, st, &w.opt);
	else
		out_text(&w.rec, st, &w.opt);
}

static void start(void)
{
	w.rec.buf.len = 0;
	w.out = NULL;
}

static const char *finish(void)
{
	buf_addc(&w.rec.buf, '\0');
	w.out = (const char *)w.rec.buf.data;
	return w.out;
}

/* Run n bytes of input, a file called `file`, through the segmenter and
 * the writer; returns everything written.  Lines end at LF, a CR before
 * the LF is part of the terminator, a BOM at the start is skipped. */
static const char *render_n(const char *file, const char *input, size_t n)
{
	start();
	feed_bytes(file, (const uint8_t *)input, n, on_story, NULL);
	return finish();
}

static const char *render(const char *file, const char *input)
{
	return render_n(file, input, strlen(input));
}

static int setup(void **state)
{
	(void)state;
	memset(&w, 0, sizeof w);
	w.format = TEXT;
	w.opt.headers = true;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	buf_free(&w.rec.buf);
	return 0;
}

/* Two stories: an article of two lines and a blank, then a kicker blurb
 * with two glosses. */
static const char two_stories[] =
	"The ferry service to Green Island resumed on Monday.\n"
	"Ticket sales were brisk, operators said.\n"
	"\n"
	"ECONOMIC JITTERS: Exporters brace for weaker demand from Europe "
	"Premier Cho Jung-tai (卓榮泰) and Economic Minister Kuo Jyh-huei "
	"(郭智輝) met business leaders on Monday to discuss\n";

/* §3.1: `# story 1: article, line 1` — fields that do not apply are
 * left out. */
static void text_header_for_article(void **state)
{
	(void)state;
	assert_string_equal(render("-",
		"The ferry service to Green Island resumed on Monday.\n"
		"Ticket sales were brisk, operators said.\n"),
		"# story 1: article, line 1\n"
		"The ferry service to Green Island resumed on Monday.\n"
		"Ticket sales were brisk, operators said.\n"
		"\n");
}

/* §3.1: the blurb form, in order: kind, truncated, line, kicker,
 * glosses. */
static void text_header_for_blurb_with_kicker_and_glosses(void **state)
{
	(void)state;
	assert_string_equal(render("-", two_stories),
		"# story 1: article, line 1\n"
		"The ferry service to Green Island resumed on Monday.\n"
		"Ticket sales were brisk, operators said.\n"
		"\n"
		"# story 2: blurb, truncated, line 4, kicker \"ECONOMIC "
		"JITTERS\", glosses: Cho Jung-tai=卓榮泰; Kuo Jyh-huei=郭智輝\n"
		"ECONOMIC JITTERS: Exporters brace for weaker demand from "
		"Europe Premier Cho Jung-tai (卓榮泰) and Economic Minister "
		"Kuo Jyh-huei (郭智輝) met business leaders on Monday to "
		"discuss\n"
		"\n");
}

/* §3.1: --no-headers: the stories separated by empty lines. */
static void no_headers_leaves_paragraphs(void **state)
{
	(void)state;
	w.opt.headers = false;
	assert_string_equal(render("-", two_stories),
		"The ferry service to Green Island resumed on Monday.\n"
		"Ticket sales were brisk, operators said.\n"
		"\n"
		"ECONOMIC JITTERS: Exporters brace for weaker demand from "
		"Europe Premier Cho Jung-tai (卓榮泰) and Economic Minister "
		"Kuo Jyh-huei (郭智輝) met business leaders on Monday to "
		"discuss\n"
		"\n");
}

/* §4: --with-filename names the file in each header. */
static void with_filename_names_file(void **state)
{
	(void)state;
	w.opt.with_filename = true;
	assert_string_equal(render("news.txt",
		"Tea farmers reported a good spring harvest.\n"),
		"# news.txt: story 1: article, line 1\n"
		"Tea farmers reported a good spring harvest.\n"
		"\n");
}

/* §3.1: blank lines are dropped, CRLF becomes LF, and the header's line
 * is the story's first non-blank line. */
static void text_drops_blank_lines_and_crlf(void **state)
{
	(void)state;
	assert_string_equal(render("-",
		"\r\n"
		"  \r\n"
		"Night buses return to the county next month.\r\n"
		"\r\n"
		"The county said demand had recovered.\r\n"),
		"# story 1: article, line 3\n"
		"Night buses return to the county next month.\n"
		"The county said demand had recovered.\n"
		"\n");
}

/* The last line need not end in a newline; the output still does. */
static void text_last_line_without_newline(void **state)
{
	(void)state;
	w.opt.headers = false;
	assert_string_equal(render("-", "A typhoon skirted the coast."),
			    "A typhoon skirted the coast.\n\n");
}

/* §4: --glosses=strip removes ` (黃循財)` from the printed text, every
 * gloss of every line; a gloss cut after its CJK is left alone. */
static void strip_glosses_removes_bracket(void **state)
{
	(void)state;
	w.opt.strip_glosses = true;
	assert_string_equal(render("-",
		"Prime Minister Lawrence Wong (黃循財) and Lee Hsien Loong "
		"(李顯龍) toured the new port on Monday.\n"
		"Speaker Han Kuo-yu ( 韓國瑜) joined them.\n"
		"Officials said Lai Ching-te (賴清德 ...\n"),
		"# story 1: article, truncated, line 1, glosses: Lawrence "
		"Wong=黃循財; Lee Hsien Loong=李顯龍; Han Kuo-yu=韓國瑜; Lai "
		"Ching-te=賴清德\n"
		"Prime Minister Lawrence Wong and Lee Hsien Loong toured the "
		"new port on Monday.\n"
		"Speaker Han Kuo-yu joined them.\n"
		"Officials said Lai Ching-te (賴清德 ...\n"
		"\n");
}

/* A fullwidth bracket glued to the words on both sides leaves a space,
 * so the sentence stays readable; glued before a comma it leaves none. */
static void strip_glued_fullwidth_bracket(void **state)
{
	(void)state;
	w.opt.headers = false;
	w.opt.strip_glosses = true;
	assert_string_equal(render("-",
		"Mayor Ko Wen-je（柯文哲）said the city was ready.\n"
		"Ko Wen-je（柯文哲）, the mayor, agreed.\n"),
		"Mayor Ko Wen-je said the city was ready.\n"
		"Ko Wen-je, the mayor, agreed.\n\n");
}

/* Render input with --glosses=strip, without header lines. */
static const char *stripped(const char *input)
{
	w.opt.headers = false;
	w.opt.strip_glosses = true;
	return render("-", input);
}

/* §4's five examples, verbatim: the bracket goes whole when only the
 * CJK was in it, else the CJK and the separator that joins it; a
 * byline's CJK goes with the space before it. */
static void strip_spec_examples(void **state)
{
	(void)state;
	assert_string_equal(stripped(
		"Prime Minister Lawrence Wong (黃循財) opened the port.\n"),
		"Prime Minister Lawrence Wong opened the port.\n\n");
	assert_string_equal(stripped(
		"Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) "
		"shares rose.\n"),
		"Taiwan Semiconductor Manufacturing Co (TSMC) shares rose.\n\n");
	assert_string_equal(stripped(
		"Qiushi (求是, “Seeking Truth”) ran the essay.\n"),
		"Qiushi (“Seeking Truth”) ran the essay.\n\n");
	assert_string_equal(stripped(
		"Ko Wen-je (Chinese: 柯文哲; pinyin: Kē Wénzhé) was mayor.\n"),
		"Ko Wen-je (pinyin: Kē Wénzhé) was mayor.\n\n");
	assert_string_equal(stripped(
		"Flood Defences Tested\n"
		"By Paul Lin 林保華\n"
		"Engineers opened the new flood gates for a test on Monday.\n"
		"Residents watched from the bank, officials said.\n"),
		"Flood Defences Tested\n"
		"By Paul Lin\n"
		"Engineers opened the new flood gates for a test on Monday.\n"
		"Residents watched from the bank, officials said.\n\n");
}

/* §2.5's other separators: `;`, the fullwidth comma and `、` go with the
 * CJK after an abbreviation; a `Chinese:` label alone goes with it. */
static void strip_other_separators(void **state)
{
	(void)state;
	assert_string_equal(stripped(
		"Taiwan Semiconductor Manufacturing Co (TSMC; 台積電) "
		"shares rose.\n"),
		"Taiwan Semiconductor Manufacturing Co (TSMC) shares rose.\n\n");
	assert_string_equal(stripped(
		"Taiwan Semiconductor Manufacturing Co（TSMC，台積電）"
		"shares rose.\n"),
		"Taiwan Semiconductor Manufacturing Co（TSMC）shares rose.\n\n");
	assert_string_equal(stripped(
		"Taiwan Semiconductor Manufacturing Co（TSMC、台積電）"
		"shares rose.\n"),
		"Taiwan Semiconductor Manufacturing Co（TSMC）shares rose.\n\n");
	assert_string_equal(stripped(
		"Former mayor Ko Wen-je (Chinese: 柯文哲) was released.\n"),
		"Former mayor Ko Wen-je was released.\n\n");
}

/* Fullwidth brackets, spaced or glued: the same rules; a bracket glued
 * on both sides and stripped whole leaves a space. */
static void strip_fullwidth_brackets(void **state)
{
	(void)state;
	assert_string_equal(stripped(
		"Mayor Ko Wen-je （柯文哲） said the city was ready.\n"
		"The magazine Qiushi（求是，“Seeking Truth”）ran the essay.\n"
		"Speaker Han Kuo-yu（韓國瑜）said no.\n"),
		"Mayor Ko Wen-je said the city was ready.\n"
		"The magazine Qiushi（“Seeking Truth”）ran the essay.\n"
		"Speaker Han Kuo-yu said no.\n\n");
}

/* A gloss right after the name that opens a line, and one that ends it. */
static void strip_gloss_at_start_and_end_of_line(void **state)
{
	(void)state;
	assert_string_equal(stripped(
		"Lawrence Wong (黃循財) opened the new port on Monday.\n"),
		"Lawrence Wong opened the new port on Monday.\n\n");
	assert_string_equal(stripped(
		"The port was opened on Monday by Lawrence Wong (黃循財)\n"),
		"The port was opened on Monday by Lawrence Wong\n\n");
	assert_string_equal(stripped(
		"The chipmaker is Taiwan Semiconductor Manufacturing Co "
		"(TSMC, 台積電)\n"),
		"The chipmaker is Taiwan Semiconductor Manufacturing Co "
		"(TSMC)\n\n");
}

/* Two glosses of different forms in one line, each stripped its way. */
static void strip_two_glosses_in_one_line(void **state)
{
	(void)state;
	assert_string_equal(stripped(
		"Lawrence Wong (黃循財) met Ko Wen-je (Chinese: 柯文哲; "
		"pinyin: Kē Wénzhé) and Taiwan Semiconductor Manufacturing Co "
		"(TSMC, 台積電) staff on Monday.\n"),
		"Lawrence Wong met Ko Wen-je (pinyin: Kē Wénzhé) and Taiwan "
		"Semiconductor Manufacturing Co (TSMC) staff on Monday.\n\n");
}

/* CRLF lines: the CR goes as in every text output, the gloss as in LF
 * lines. */
static void strip_crlf_lines(void **state)
{
	(void)state;
	assert_string_equal(stripped(
		"Prime Minister Lawrence Wong (黃循財) opened the port.\r\n"
		"\r\n"
		"Officials from Taiwan Semiconductor Manufacturing Co "
		"(TSMC, 台積電)\r\n"),
		"Prime Minister Lawrence Wong opened the port.\n"
		"Officials from Taiwan Semiconductor Manufacturing Co "
		"(TSMC)\n\n");
}

/* CJK first and a romanisation after it: the romanisation stays in the
 * bracket, as a translation does, with or without a comma. */
static void strip_cjk_before_romanisation(void **state)
{
	(void)state;
	assert_string_equal(stripped(
		"Former mayor Ko Wen-je (柯文哲, Ko Wen-je) was released.\n"
		"Former mayor Ko Wen-je (柯文哲 Ko Wen-je) was released.\n"),
		"Former mayor Ko Wen-je (Ko Wen-je) was released.\n"
		"Former mayor Ko Wen-je (Ko Wen-je) was released.\n\n");
}

/* Broken glosses and a gloss cut after its CJK are printed as read:
 * there is no bracket to close, nothing to strip cleanly. */
static void strip_leaves_broken_glosses(void **state)
{
	(void)state;
	assert_string_equal(stripped(
		"Volunteers cleared mud from homes, said Su Ying-kwei (\n"
		"Officials said Ma Ying-jeou () would visit.\n"
		"Officials said Lai Ching-te (賴清德 ...\n"),
		"Volunteers cleared mud from homes, said Su Ying-kwei (\n"
		"Officials said Ma Ying-jeou () would visit.\n"
		"Officials said Lai Ching-te (賴清德 ...\n\n");
}

/* §4: json text and offsets never change with --glosses=strip. */
static void json_ignores_strip(void **state)
{
	static const char input[] =
		"Flood Defences Tested\n"
		"By Paul Lin 林保華\n"
		"Ko Wen-je (Chinese: 柯文哲; pinyin: Kē Wénzhé) and Taiwan "
		"Semiconductor Manufacturing Co (TSMC, 台積電) met Qiushi "
		"(求是, “Seeking Truth”) editors.\n";
	char *kept;

	(void)state;
	w.format = JSON;
	kept = strdup(render("-", input));
	assert_non_null(kept);
	assert_non_null(strstr(kept, "(TSMC, 台積電)"));
	w.opt.strip_glosses = true;
	assert_string_equal(render("-", input), kept);
	free(kept);
}

/* Without the option the glosses stay. */
static void glosses_kept_by_default(void **state)
{
	(void)state;
	w.opt.headers = false;
	assert_string_equal(render("-",
		"Prime Minister Lawrence Wong (黃循財) opened the port.\n"),
		"Prime Minister Lawrence Wong (黃循財) opened the port.\n\n");
}

/* §3.2: one line per story, keys in order, null fields, credits, glosses
 * and broken glosses with code-point start/end, text joined with \n. */
static void json_line_for_small_story(void **state)
{
	(void)state;
	w.format = JSON;
	assert_string_equal(render("-",
		"Premier Cho Jung-tai (卓榮泰) toured the flooded district on "
		"Sunday.\r\n"
		"\r\n"
		"Volunteers cleared mud from homes, said Su Ying-kwei (\r\n"
		"Officials said repairs would take a month.\r\n"
		"Photo: CNA\r\n"),
		"{\"file\":\"-\",\"story\":1,\"id\":\"0000000000000000\",\"line\":1,\"lines\":5,"
		"\"offset\":0,\"bytes\":187,\"boundary\":\"first\","
		"\"kind\":\"article\",\"truncated\":false,\"kicker\":null,"
		"\"deck\":null,\"headline\":null,\"byline\":null,"
		"\"dateline\":null,\"credits\":[\"Photo: CNA\"],"
		"\"glosses\":[{\"name\":\"Cho Jung-tai\",\"cjk\":\"卓榮泰\","
		"\"type\":\"person\",\"start\":8,\"end\":26}],"
		"\"broken_glosses\":[{\"name\":\"Su Ying-kwei\",\"start\":107,"
		"\"end\":121}],"
		"\"promotes\":null,\"seen\":null,\"text\":\"Premier Cho Jung-tai (卓榮泰) toured the flooded "
		"district on Sunday.\\n\\nVolunteers cleared mud from homes, "
		"said Su Ying-kwei (\\nOfficials said repairs would take a "
		"month.\\nPhoto: CNA\"}\n");
}

/* §3.2: offset and bytes tile the file; a blank line after a story
 * belongs to it and stays in its text; the boundary names the rule. */
static void json_offsets_and_boundary(void **state)
{
	(void)state;
	w.format = JSON;
	assert_string_equal(render("feed.txt",
		"Typhoon winds eased overnight but forecasters warned that "
		"heavy rain would keep falling in the south and\n"
		"\n"
		"Rail services in the east resumed on Tuesday morning.\n"),
		"{\"file\":\"feed.txt\",\"story\":1,\"id\":\"0000000000000000\",\"line\":1,\"lines\":2,"
		"\"offset\":0,\"bytes\":106,\"boundary\":\"first\","
		"\"kind\":\"blurb\",\"truncated\":true,\"kicker\":null,"
		"\"deck\":null,\"headline\":null,\"byline\":null,"
		"\"dateline\":null,\"credits\":[],\"glosses\":[],"
		"\"broken_glosses\":[],\"promotes\":null,\"seen\":null,\"text\":\"Typhoon winds eased "
		"overnight but forecasters warned that heavy rain would keep "
		"falling in the south and\\n\"}\n"
		"{\"file\":\"feed.txt\",\"story\":2,\"id\":\"0000000000000000\",\"line\":3,\"lines\":1,"
		"\"offset\":106,\"bytes\":54,\"boundary\":\"after-blurb\","
		"\"kind\":\"article\",\"truncated\":false,\"kicker\":null,"
		"\"deck\":null,\"headline\":null,\"byline\":null,"
		"\"dateline\":null,\"credits\":[],\"glosses\":[],"
		"\"broken_glosses\":[],\"promotes\":null,\"seen\":null,\"text\":\"Rail services in the east "
		"resumed on Tuesday morning.\"}\n");
}

/* §3.2: kicker and deck of a blurb. */
static void json_kicker_and_deck(void **state)
{
	(void)state;
	w.format = JSON;
	assert_string_equal(render("-",
		"ECONOMY WATCH: The central bank raised rates amid inflation "
		"worries Officials said the move would\n"),
		"{\"file\":\"-\",\"story\":1,\"id\":\"0000000000000000\",\"line\":1,\"lines\":1,"
		"\"offset\":0,\"bytes\":98,\"boundary\":\"first\","
		"\"kind\":\"blurb\",\"truncated\":true,"
		"\"kicker\":\"ECONOMY WATCH\",\"deck\":\"The central bank "
		"raised rates amid inflation worries\",\"headline\":null,"
		"\"byline\":null,\"dateline\":null,\"credits\":[],"
		"\"glosses\":[],\"broken_glosses\":[],\"promotes\":null,\"seen\":null,\"text\":\"ECONOMY "
		"WATCH: The central bank raised rates amid inflation worries "
		"Officials said the move would\"}\n");
}

/* §3.2: headline, byline and dateline of a listing story. */
static void json_headline_byline_dateline(void **state)
{
	(void)state;
	w.format = JSON;
	assert_string_equal(render("-",
		"Harbour Bridge Reopens\n"
		"By Chen Mei-ling / Staff reporter\n"
		"KEELUNG, May 2 (CNA) - The bridge reopened on Friday.\n"),
		"{\"file\":\"-\",\"story\":1,\"id\":\"0000000000000000\",\"line\":1,\"lines\":3,"
		"\"offset\":0,\"bytes\":111,\"boundary\":\"first\","
		"\"kind\":\"article\",\"truncated\":false,\"kicker\":null,"
		"\"deck\":null,\"headline\":\"Harbour Bridge Reopens\","
		"\"byline\":\"By Chen Mei-ling / Staff reporter\","
		"\"dateline\":\"KEELUNG, May 2 (CNA) -\",\"credits\":[],"
		"\"glosses\":[],\"broken_glosses\":[],\"promotes\":null,\"seen\":null,\"text\":\"Harbour "
		"Bridge Reopens\\nBy Chen Mei-ling / Staff reporter\\nKEELUNG, "
		"May 2 (CNA) - The bridge reopened on Friday.\"}\n");
}

/* §1: a BOM is counted in offset and bytes but is not text. */
static void json_bom_counted_not_printed(void **state)
{
	(void)state;
	w.format = JSON;
	assert_string_equal(render("-",
		"\xEF\xBB\xBFMayor Hsu Ming-che (許明哲) spoke.\n"),
		"{\"file\":\"-\",\"story\":1,\"id\":\"0000000000000000\",\"line\":1,\"lines\":1,"
		"\"offset\":0,\"bytes\":41,\"boundary\":\"first\","
		"\"kind\":\"article\",\"truncated\":false,\"kicker\":null,"
		"\"deck\":null,\"headline\":null,\"byline\":null,"
		"\"dateline\":null,\"credits\":[],\"glosses\":[{\"name\":"
		"\"Hsu Ming-che\",\"cjk\":\"許明哲\",\"type\":\"person\","
		"\"start\":6,\"end\":24}],\"broken_glosses\":[],\"promotes\":null,\"seen\":null,\"text\":"
		"\"Mayor Hsu Ming-che (許明哲) spoke.\"}\n");
}

/* §8: id after story, promotes and seen before text; the text header
 * ends with them, the xml story carries them as attributes. */
static void memory_fields(void **state)
{
	static const char blurb[] = "BRIDGE WORK: Two lanes of the Zhongxiao "
				    "Bridge will close from Monday for\n";
	(void)state;
	w.memory = true;
	w.fp = (struct fingerprint){ .id = UINT64_C(0x00ab00cd00ef0012) };
	w.promotes = (struct promotes){ .set = true,
					.id = UINT64_C(0xfedcba9876543210),
					.file = "morning.txt", .number = 4 };
	w.seen = 1764644400;    /* 2025-12-02T03:00:00Z */
	w.format = JSON;
	render("night.txt", blurb);
	assert_non_null(strstr(w.out, "{\"file\":\"night.txt\",\"story\":1,"
			       "\"id\":\"00ab00cd00ef0012\",\"line\":1,"));
	assert_non_null(strstr(w.out, "\"broken_glosses\":[],"
			       "\"promotes\":\"fedcba9876543210\","
			       "\"seen\":\"2025-12-02T03:00:00Z\",\"text\":"));
	w.format = TEXT;
	render("night.txt", blurb);
	assert_non_null(strstr(w.out, "kicker \"BRIDGE WORK\", promotes "
			       "morning.txt:4, seen 2025-12-02\n"));
	w.promotes.same_file = true;
	render("night.txt", blurb);
	assert_non_null(strstr(w.out, ", promotes story 4, seen 2025-12-02\n"));
	w.promotes.file = NULL;         /* from the --seen database */
	render("night.txt", blurb);
	assert_non_null(strstr(w.out, ", promotes fedcba9876543210, seen "
			       "2025-12-02\n"));
	w.format = XML;
	render("night.txt", blurb);
	assert_non_null(strstr(w.out, "<story n=\"1\" id=\"00ab00cd00ef0012\" "
			       "line=\"1\""));
	assert_non_null(strstr(w.out, "truncated=\"yes\" promotes=\"fedcba9876543210\" "
			       "seen=\"2025-12-02T03:00:00Z\">\n"));
	/* Not set: null in json, left out of the header and the story tag. */
	w.promotes = (struct promotes){ 0 };
	w.seen = 0;
	w.format = JSON;
	render("night.txt", blurb);
	assert_non_null(strstr(w.out, "\"promotes\":null,\"seen\":null,"));
	w.format = TEXT;
	render("night.txt", blurb);
	assert_non_null(strstr(w.out, "kicker \"BRIDGE WORK\"\n"));
	w.format = XML;
	render("night.txt", blurb);
	assert_non_null(strstr(w.out, "truncated=\"yes\">\n"));
	w.memory = false;
}

/* The text of a JSON line, found after its "text" key. */
static const char *json_text(const char *line)
{
	const char *p = strstr(line, ",\"text\":\"");

	assert_non_null(p);
	return p + 9;
}

/* §3.2: `"` and `\` are escaped, and so are control characters —
 * tab, a lone CR, form feed, NUL and the rest. */
static void json_escapes_quotes_backslash_controls(void **state)
{
	static const char input[] = "The sign read \"EXIT \\ WAY OUT\"\tand"
				    "\x01 blinked\r twice\f in \0 red.\n";

	(void)state;
	w.format = JSON;
	assert_string_equal(json_text(render_n("-", input, sizeof input - 1)),
		"The sign read \\\"EXIT \\\\ WAY OUT\\\"\\tand\\u0001 blinked"
		"\\r twice\\f in \\u0000 red.\"}\n");
}

/* The file name is a JSON string too. */
static void json_escapes_file_name(void **state)
{
	(void)state;
	w.format = JSON;
	assert_memory_equal(render("dir/\"odd\"\\name.txt", "Rain fell.\n"),
			    "{\"file\":\"dir/\\\"odd\\\"\\\\name.txt\",", 32);
}

/* §3.2: invalid UTF-8 becomes U+FFFD, and gloss offsets count each
 * replacement as one code point, as the text shows it. */
static void json_invalid_utf8_becomes_replacement(void **state)
{
	(void)state;
	w.format = JSON;
	render("-", "Caf\xE9 owners and \xFF\xFE Mayor Hsu Ming-che (許明哲) "
		    "met.\n");
	assert_non_null(strstr(w.out, "\"start\":25,\"end\":43}"));
	assert_string_equal(json_text(w.out),
		"Caf\xEF\xBF\xBD owners and \xEF\xBF\xBD\xEF\xBF\xBD Mayor "
		"Hsu Ming-che (許明哲) met.\"}\n");
}

/* A multibyte sequence cut short is one replacement character. */
static void json_truncated_sequence_is_one_replacement(void **state)
{
	(void)state;
	w.format = JSON;
	render("-", "Harbour \xE6\xB8 reopened today.\n");
	assert_string_equal(json_text(w.out),
			    "Harbour \xEF\xBF\xBD reopened today.\"}\n");
}

/* The writer scans several bytes at a time, so every escape is tried at
 * every position of the first 18 bytes, with text on both sides. */
static const char filler[] = "Rain fell on hills";   /* 18 bytes */

/* How §3.2 writes the ASCII byte c inside a string. */
static void json_escape(char *dst, size_t cap, unsigned char c)
{
	static const char *const named[] = {
		['"'] = "\\\"", ['\\'] = "\\\\", ['\b'] = "\\b",
		['\f'] = "\\f", ['\n'] = "\\n", ['\r'] = "\\r", ['\t'] = "\\t",
	};

	if (c < sizeof named / sizeof named[0] && named[c] != NULL)
		snprintf(dst, cap, "%s", named[c]);
	else if (c < 0x20)
		snprintf(dst, cap, "\\u%04x", c);
	else
		snprintf(dst, cap, "%c", c);
}

/* Line `filler` with its byte at `at` replaced by the n bytes of ins,
 * then a full stop; its json text must be want. */
static void check_text(size_t at, const char *ins, size_t n,
		       const char *want)
{
	char input[64], expect[128];
	size_t len = 0;

	memcpy(input, filler, at);
	len = at;
	memcpy(input + len, ins, n);
	len += n;
	memcpy(input + len, filler + at + 1, sizeof filler - 2 - at);
	len += sizeof filler - 2 - at;
	memcpy(input + len, ".\n", 2);
	len += 2;
	snprintf(expect, sizeof expect, "%.*s%s%s.\"}\n", (int)at, filler,
		 want, filler + at + 1);
	w.format = JSON;
	assert_string_equal(json_text(render_n("-", input, len)), expect);
}

/* §3.2: every control byte (LF ends a line, so it shows only between
 * lines), `"` and `\` are escaped wherever they fall. */
static void json_escapes_every_control_byte_everywhere(void **state)
{
	(void)state;
	for (unsigned c = 0; c < 0x80; c++) {
		if ((c >= 0x20 && c != '"' && c != '\\') || c == '\n')
			continue;
		char in = (char)c, want[8];
		json_escape(want, sizeof want, (unsigned char)c);
		for (size_t at = 0; at < sizeof filler - 1; at++)
			check_text(at, &in, 1, want);
	}
}

/* The same in the file name, which has no line structure: a newline is
 * escaped, and the last byte of the string is reached too. */
static void json_escapes_file_name_everywhere(void **state)
{
	(void)state;
	w.format = JSON;
	for (unsigned c = 1; c < 0x80; c++) {
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		for (size_t at = 0; at < sizeof filler - 1; at++) {
			char name[sizeof filler], want[8], expect[128];
			memcpy(name, filler, sizeof filler);
			name[at] = (char)c;
			json_escape(want, sizeof want, (unsigned char)c);
			snprintf(expect, sizeof expect, "{\"file\":\"%.*s%s%s\",",
				 (int)at, filler, want, filler + at + 1);
			render(name, "Rain fell.\n");
			assert_memory_equal(w.out, expect, strlen(expect));
		}
	}
}

/* Valid UTF-8 of every length, at the edges of its ranges, is copied as
 * it is wherever it falls. */
static void json_copies_valid_multibyte_text(void **state)
{
	static const char *const chars[] = {
		"\xC2\x80", "\xC3\xA9", "\xDF\xBF",             /* U+0080..07FF */
		"\xE0\xA0\x80", "\xE8\xA8\xB1", "\xED\x9F\xBF", /* U+0800..D7FF */
		"\xEE\x80\x80", "\xEF\xBF\xBD", "\xEF\xBF\xBF", /* U+E000..FFFF */
		"\xF0\x90\x80\x80", "\xF0\x9F\x98\x80",         /* U+10000.. */
		"\xF4\x8F\xBF\xBF",                             /* U+10FFFF */
		"\xE8\xA8\xB1\xE6\x98\x8E\xE5\x93\xB2",         /* 許明哲 */
	};

	(void)state;
	for (size_t k = 0; k < sizeof chars / sizeof chars[0]; k++)
		for (size_t at = 0; at < sizeof filler - 1; at++)
			check_text(at, chars[k], strlen(chars[k]), chars[k]);
}

/* §3.2: each invalid piece becomes one U+FFFD wherever it falls: a lone
 * continuation or bad byte, an overlong form, a surrogate, a code point
 * past U+10FFFF, a sequence cut short by ASCII or by the line's end. */
static void json_invalid_utf8_replaced_everywhere(void **state)
{
#define R "\xEF\xBF\xBD"
	static const struct { const char *in, *want; } cases[] = {
		{ "\x80", R }, { "\xBF", R }, { "\xFF", R }, { "\xF5", R },
		{ "\xC0\x80", R R }, { "\xC1\xBF", R R },
		{ "\xE0\x80\x80", R R R }, { "\xED\xA0\x80", R R R },
		{ "\xF0\x80\x80\x80", R R R R }, { "\xF4\x90\x80\x80", R R R R },
		{ "\xC3", R }, { "\xE6\xB8", R }, { "\xF0\x9F\x98", R },
		{ "\xE6\xB8\xE6\xB8", R R }, { "\xC3\xC3\xA9", R "\xC3\xA9" },
	};
#undef R

	(void)state;
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
		for (size_t at = 0; at < sizeof filler - 1; at++)
			check_text(at, cases[k].in, strlen(cases[k].in),
				   cases[k].want);
}

/* A long line that mixes every case, so that each meets every alignment
 * to the eight-byte steps of the scan, and the buffer grows under it. */
static void json_long_line_mixes_every_case(void **state)
{
	static const struct { const char *in, *want; } piece[] = {
		{ "Rain", "Rain" }, { "\"", "\\\"" }, { " fell", " fell" },
		{ "\xE8\xA8\xB1", "\xE8\xA8\xB1" }, { "\t", "\\t" },
		{ "on the hills\\", "on the hills\\\\" },
		{ "\xFF", "\xEF\xBF\xBD" }, { "\x1F", "\\u001f" },
		{ "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80" }, { "x", "x" },
		{ "\xE6\xB8", "\xEF\xBF\xBD" }, { "\xC3\xA9", "\xC3\xA9" },
	};
	enum { N = sizeof piece / sizeof piece[0], CAP = 1 << 15 };
	char *input = malloc(CAP), *want = malloc(CAP);
	size_t ni = 0, nw = 0;

	(void)state;
	assert_non_null(input);
	assert_non_null(want);
	/* Pieces in an order that drifts against the cycle of N, so every
	 * piece starts at every offset modulo 8 many times over. */
	for (size_t k = 0; k < 2000; k++) {
		size_t p = (k * 7 + k / N) % N;
		memcpy(input + ni, piece[p].in, strlen(piece[p].in));
		ni += strlen(piece[p].in);
		memcpy(want + nw, piece[p].want, strlen(piece[p].want));
		nw += strlen(piece[p].want);
	}
	memcpy(input + ni, ".\n", 2);
	ni += 2;
	memcpy(want + nw, ".\"}\n", 5);
	w.format = JSON;
	assert_string_equal(json_text(render_n("-", input, ni)), want);
	free(input);
	free(want);
}

/* A sequence cut short by the end of the line is one replacement. */
static void json_sequence_cut_by_line_end(void **state)
{
	(void)state;
	w.format = JSON;
	render("-", "Rain fell on hills\xF0\x9F\x98\nMore rain.\n");
	assert_string_equal(json_text(w.out),
			    "Rain fell on hills\xEF\xBF\xBD\\nMore rain.\"}\n");
}

/* An over-long line comes from the reader in pieces, all with the same
 * line number and `cut` set but the last. */
static const char *render_cut_line(void)
{
	static const struct seg_options seg = { 1u << 20, NULL, 0 };
	static const char input[] = "Rescuers reached the village at dawn "
				    "and Mayor Hsu Ming-che (許明哲) thanked "
				    "them.\n";
	const uint8_t *s = (const uint8_t *)input;
	size_t n = sizeof input - 1, half = 37;
	struct rawline a = { s, half, 0, 0, 0, 1, true };
	struct rawline b = { s + half, n - half - 1, 0, 1, half, 1, false };
	struct segmenter sg;

	start();
	seg_init(&sg, &seg, on_story, NULL);
	seg_file(&sg, "-");
	seg_line(&sg, &a);
	seg_line(&sg, &b);
	seg_end(&sg);
	seg_free(&sg);
	return finish();
}

/* §6: the pieces of a cut line print as the one line they were. */
static void text_rejoins_cut_line(void **state)
{
	(void)state;
	w.opt.headers = false;
	assert_string_equal(render_cut_line(),
		"Rescuers reached the village at dawn and Mayor Hsu Ming-che "
		"(許明哲) thanked them.\n\n");
}

/* §3.2: `text` joins lines, not the pieces of one line. */
static void json_text_rejoins_cut_line(void **state)
{
	(void)state;
	w.format = JSON;
	render_cut_line();
	assert_non_null(strstr(w.out, "\"start\":47,\"end\":65}"));
	assert_string_equal(json_text(w.out),
		"Rescuers reached the village at dawn and Mayor Hsu Ming-che "
		"(許明哲) thanked them.\"}\n");
}

/* The numbers of both formats: every digit count, each side of a power
 * of ten, up to the largest uint64_t. */
static void numbers_in_decimal(void **state)
{
	char want[32];
	uint64_t p = 1;

	(void)state;
	for (int k = 0; k < 20; k++, p *= 10) {
		/* p is 10^k; 10^20 - 1 does not fit, UINT64_MAX stands in */
		const uint64_t v[] = { p - 1, p, p + 1,
				       k < 19 ? 10 * p - 1 : UINT64_MAX };
		for (size_t j = 0; j < sizeof v / sizeof v[0]; j++) {
			w.rec.buf.len = 0;
			buf_addu(&w.rec.buf, v[j]);
			finish();
			snprintf(want, sizeof want, "%llu",
				 (unsigned long long)v[j]);
			assert_string_equal(w.out, want);
		}
	}
}

/* story_first_line and story_line_count on a story with blank lines. */
static void first_line_and_line_count(void **state)
{
	(void)state;
	w.format = JSON;
	render("-", "\n\nRain fell.\n\n");
	assert_memory_equal(w.out, "{\"file\":\"-\",\"story\":1,"
			    "\"id\":\"0000000000000000\",\"line\":3,"
			    "\"lines\":4,", 65);
	assert_non_null(strstr(w.out, "\"text\":\"\\n\\nRain fell.\\n\"}\n"));
}

/* A story far longer than OUT_SPILL: with a file the writer spills as
 * it goes, keeps less than a spill plus a line, and what reaches the
 * file is exactly what the writer builds in memory without one. */
static void long_story_spills_the_same_bytes(void **state)
{
	enum { LINES = 3000 };
	static char input[LINES * 64 + 1];
	size_t n = 0;

	(void)state;
	for (int i = 0; i < LINES; i++)
		n += (size_t)snprintf(input + n, sizeof input - n,
				      "Line %d of one long story (\xE9\xBB\x83) said \"so\".\n", i);
	for (int f = 0; f < 3; f++) {
		w.format = f == 0 ? TEXT : f == 1 ? JSON : XML;
		const char *whole = render_n("long.txt", input, n);
		size_t want = strlen(whole);
		char *copy = strdup(whole);

		FILE *file = tmpfile();
		assert_non_null(file);
		w.rec.file = file;
		start();
		feed_bytes("long.txt", (const uint8_t *)input, n, on_story, NULL);
		assert_true(w.rec.buf.len < OUT_SPILL + 256);
		fwrite(w.rec.buf.data, 1, w.rec.buf.len, file);
		w.rec.file = NULL;
		assert_int_equal(ftell(file), (long)want);
		rewind(file);
		char *got = malloc(want + 1);
		assert_int_equal(fread(got, 1, want + 1, file), want);
		assert_memory_equal(got, copy, want);
		free(got);
		free(copy);
		fclose(file);
	}
}

static size_t count_fffd(const uint8_t *s, size_t n)
{
	size_t count = 0;

	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		i += text_next(s + i, n - i, &uc);
		count += uc == 0xFFFD;
	}
	return count;
}

static size_t count_substr(const char *s, const char *sub)
{
	size_t count = 0;

	for (const char *p = strstr(s, sub); p != NULL; p = strstr(p + 1, sub))
		count++;
	return count;
}

/* A line longer than OUT_SPILL is escaped in slices; a character, valid
 * or broken, that straddles a slice edge comes out as it would whole. */
static void long_line_slices_keep_characters_whole(void **state)
{
	static const char *const around[] = {
		"\xE9\xBB\x83", "\xF0\x9F\x98\x80", "\xC3\xA9",
		"\xF0\x90\x80", "\x80\x80\x80\x80\x80", "\xE9\xBB",
		"\xF0\x9F\x98\x80\x80\x80",
	};
	enum { LONG = OUT_SPILL + 16 };
	static uint8_t line[LONG + 2];

	(void)state;
	for (size_t f = 0; f < 2 * (sizeof around / sizeof *around); f++) {
		const char *piece = around[f / 2];
		w.format = f % 2 == 0 ? JSON : XML;
		for (size_t k = 0; k <= 8; k++) {
			memset(line, 'x', LONG);
			memcpy(line + OUT_SPILL - k, piece, strlen(piece));
			line[LONG] = '\n';
			const char *out = render_n("l.txt", (const char *)line,
						   LONG + 1);
			assert_int_equal(count_substr(out, "\xEF\xBF\xBD"),
					 count_fffd(line, LONG));
			if (count_fffd(line, LONG) == 0)
				assert_non_null(strstr(out, piece));
		}
	}
}

/* story_check: each line's valid flag, and the first line with invalid
 * UTF-8 or a NUL byte, unless one was found before. */
static struct checked {
	long invalid, nul;
	bool valid[8];
	size_t lines;
} checked;

static void check_only(struct story *st, void *ctx)
{
	(void)ctx;
	story_check(st, &checked.invalid, &checked.nul);
	for (size_t i = 0; i < st->nlines && checked.lines < 8; i++)
		checked.valid[checked.lines++] = st->lines[i].valid;
}

static void story_check_flags_lines(void **state)
{
	static const char input[] =
		"Valid text with “quotes” and 林.\n"
		"Bad \xFF byte here, more text after it.\n"
		"A written \xEF\xBF\xBD replacement character is valid.\n"
		"A NUL \0 byte is valid UTF-8 all the same.\n"
		"Another bad one \xC3 in the same story.\n";

	(void)state;
	memset(&checked, 0, sizeof checked);
	feed_bytes("-", (const uint8_t *)input, sizeof input - 1, check_only,
		   NULL);
	assert_int_equal(checked.lines, 5);
	assert_true(checked.valid[0]);
	assert_false(checked.valid[1]);
	assert_true(checked.valid[2]);
	assert_true(checked.valid[3]);
	assert_false(checked.valid[4]);
	assert_int_equal(checked.invalid, 2);
	assert_int_equal(checked.nul, 4);
	/* Lines found before are kept. */
	memset(&checked, 0, sizeof checked);
	checked.invalid = checked.nul = 99;
	feed_bytes("-", (const uint8_t *)input, sizeof input - 1, check_only,
		   NULL);
	assert_int_equal(checked.invalid, 99);
	assert_int_equal(checked.nul, 99);
}

/* §3.3 ---------------------------------------------------------------- */

/* The <story> element of the only story of input, whole. */
static const char *xml(const char *input)
{
	w.format = XML;
	return render("-", input);
}

/* The first line element of the first story: what lies between the end
 * of the <story ...> line and the next newline. */
static const char *xml_line(const char *out)
{
	static char line[1024];
	const char *s = strstr(out, ">\n");

	assert_non_null(s);
	s += 2;
	size_t n = strcspn(s, "\n");
	assert_true(n < sizeof line);
	memcpy(line, s, n);
	line[n] = '\0';
	return line;
}

/* §3.3: a story's attributes are json's scalars; each line that is not
 * blank is an element on a line of its own; blank lines are left out;
 * glosses nest in the deck that holds them. */
static void xml_story_attributes_and_lines(void **state)
{
	(void)state;
	assert_string_equal(xml(two_stories),
		"<story n=\"1\" id=\"0000000000000000\" line=\"1\" lines=\"3\" offset=\"0\" bytes=\"95\" "
		"boundary=\"first\" kind=\"article\" truncated=\"no\">\n"
		"<p>The ferry service to Green Island resumed on Monday.</p>\n"
		"<p>Ticket sales were brisk, operators said.</p>\n"
		"</story>\n"
		"<story n=\"2\" id=\"0000000000000000\" line=\"4\" lines=\"1\" offset=\"95\" bytes=\"186\" "
		"boundary=\"kicker\" kind=\"blurb\" truncated=\"yes\">\n"
		"<p><kicker>ECONOMIC JITTERS</kicker>: <deck>Exporters brace for "
		"weaker demand from Europe Premier <gloss name=\"Cho Jung-tai\" "
		"cjk=\"卓榮泰\" type=\"person\">Cho Jung-tai (卓榮泰)</gloss> and "
		"Economic Minister <gloss name=\"Kuo Jyh-huei\" cjk=\"郭智輝\" "
		"type=\"person\">Kuo Jyh-huei (郭智輝)</gloss> met business "
		"leaders on Monday to discuss</deck></p>\n"
		"</story>\n");
}

/* §3.3: headline and byline lines are elements of their own; the
 * dateline is marked where it opens the first paragraph. */
static void xml_headline_byline_dateline(void **state)
{
	(void)state;
	assert_string_equal(xml(
		"Harbour Bridge Reopens\n"
		"By Chen Mei-ling / Staff reporter\n"
		"KEELUNG, May 2 (CNA) - The bridge reopened on Friday.\n"),
		"<story n=\"1\" id=\"0000000000000000\" line=\"1\" lines=\"3\" offset=\"0\" bytes=\"111\" "
		"boundary=\"first\" kind=\"article\" truncated=\"no\">\n"
		"<headline>Harbour Bridge Reopens</headline>\n"
		"<byline>By Chen Mei-ling / Staff reporter</byline>\n"
		"<p><dateline>KEELUNG, May 2 (CNA) -</dateline> The bridge "
		"reopened on Friday.</p>\n"
		"</story>\n");
}

/* §3.3: a broken gloss is marked where its span ends, past the bracket;
 * a credit line is an element of its own; CRLF ends a line, a blank line
 * is left out. */
static void xml_broken_gloss_and_credit(void **state)
{
	(void)state;
	assert_string_equal(xml(
		"Volunteers cleared mud from homes, said Su Ying-kwei (\r\n"
		"\r\n"
		"Officials said Ma Ying-jeou () would visit.\r\n"
		"Photo: CNA\r\n"),
		"<story n=\"1\" id=\"0000000000000000\" line=\"1\" lines=\"4\" offset=\"0\" bytes=\"115\" "
		"boundary=\"first\" kind=\"article\" truncated=\"no\">\n"
		"<p>Volunteers cleared mud from homes, said Su Ying-kwei "
		"(<broken-gloss/></p>\n"
		"<p>Officials said Ma Ying-jeou ()<broken-gloss/> would "
		"visit.</p>\n"
		"<credit>Photo: CNA</credit>\n"
		"</story>\n");
}

/* §3.3: a gloss inside the deck nests in it. */
static void xml_gloss_inside_deck(void **state)
{
	(void)state;
	assert_string_equal(xml_line(xml(
		"CABINET TALKS: Premier Cho Jung-tai (卓榮泰) meets party "
		"whips on budget Lawmakers said the session would\n")),
		"<p><kicker>CABINET TALKS</kicker>: <deck>Premier <gloss "
		"name=\"Cho Jung-tai\" cjk=\"卓榮泰\" type=\"person\">Cho "
		"Jung-tai (卓榮泰)</gloss> meets party whips on budget</deck> "
		"Lawmakers said the session would</p>");
}

/* §3.3, §4: --glosses=strip leaves out the CJK as the text format does,
 * and the <gloss> element keeps what remains, its attributes whole; a
 * bracket glued to words leaves a space after the element. */
static void xml_strip_keeps_gloss_element(void **state)
{
	(void)state;
	w.opt.strip_glosses = true;
	assert_string_equal(xml_line(xml(
		"Prime Minister Lawrence Wong (黃循財) spoke.\n")),
		"<p>Prime Minister <gloss name=\"Lawrence Wong\" cjk=\"黃循財\" "
		"type=\"person\">Lawrence Wong</gloss> spoke.</p>");
	assert_string_equal(xml_line(xml(
		"Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) "
		"shares rose.\n")),
		"<p><gloss name=\"Taiwan Semiconductor Manufacturing Co\" "
		"cjk=\"台積電\" type=\"other\">Taiwan Semiconductor "
		"Manufacturing Co (TSMC)</gloss> shares rose.</p>");
	assert_non_null(strstr(xml(
		"Flood Defences Tested\n"
		"By Paul Lin 林保華\n"
		"Engineers opened the new flood gates for a test on Monday.\n"
		"Residents watched from the bank, officials said.\n"),
		"\n<byline>By <gloss name=\"Paul Lin\" cjk=\"林保華\" "
		"type=\"person\">Paul Lin</gloss></byline>\n"));
	assert_string_equal(xml_line(xml(
		"Mayor Ko Wen-je（柯文哲）said the city was ready.\n")),
		"<p>Mayor <gloss name=\"Ko Wen-je\" cjk=\"柯文哲\" "
		"type=\"person\">Ko Wen-je</gloss> said the city was "
		"ready.</p>");
	/* A bracket that never closes keeps its CJK, as in the text. */
	assert_string_equal(xml_line(xml(
		"Officials said Lai Ching-te (賴清德 ...\n")),
		"<p>Officials said <gloss name=\"Lai Ching-te\" cjk=\"賴清德\" "
		"type=\"person\">Lai Ching-te (賴清德</gloss> ...</p>");
}

/* §3.3: markup is escaped, `>` always, so `]]>` never stands; a lone CR
 * is a reference, as a parser would read a raw one as LF; a tab stays. */
static void xml_escapes_markup_and_cr(void **state)
{
	(void)state;
	assert_string_equal(xml_line(xml(
		"Shares of AT&T rose <5%> at ]]> the close\rafter\ta \"rally\".\n")),
		"<p>Shares of AT&amp;T rose &lt;5%&gt; at ]]&gt; the "
		"close&#13;after\ta \"rally\".</p>");
}

/* Line `filler` with its byte at `at` replaced by the n bytes of ins,
 * then a full stop; its XML line element must hold want. */
static void check_xml(size_t at, const char *ins, size_t n, const char *want)
{
	char input[64], expect[128];
	size_t len = at;

	memcpy(input, filler, at);
	memcpy(input + len, ins, n);
	len += n;
	memcpy(input + len, filler + at + 1, sizeof filler - 2 - at);
	len += sizeof filler - 2 - at;
	memcpy(input + len, ".\n", 2);
	len += 2;
	snprintf(expect, sizeof expect, "<p>%.*s%s%s.</p>", (int)at, filler,
		 want, filler + at + 1);
	w.format = XML;
	assert_string_equal(xml_line(render_n("-", input, len)), expect);
}

/* §3.3: a C0 control XML 1.0 forbids becomes U+FFFD wherever it falls
 * (the scans read sixteen bytes at a time); tab stays, CR is a
 * reference, & < > are escaped. */
static void xml_controls_and_markup_everywhere(void **state)
{
	(void)state;
	for (unsigned c = 0; c < 0x80; c++) {
		const char *want = NULL;
		char in = (char)c;
		if (c == '\n')
			continue;
		switch (c) {
		case '\t': want = "\t"; break;
		case '\r': want = "&#13;"; break;
		case '&': want = "&amp;"; break;
		case '<': want = "&lt;"; break;
		case '>': want = "&gt;"; break;
		default: want = c < 0x20 ? "\xEF\xBF\xBD" : NULL; break;
		}
		if (want == NULL)
			continue;
		for (size_t at = 0; at < sizeof filler - 1; at++)
			check_xml(at, &in, 1, want);
	}
}

/* §3.3: U+FFFE and U+FFFF become U+FFFD, on a valid line and on a line
 * with invalid bytes elsewhere (the two scans); the characters around
 * them, 0xEF-led ones included, are copied. */
static void xml_noncharacters_become_replacement(void **state)
{
#define R "\xEF\xBF\xBD"
	static const struct { const char *in, *want; } cases[] = {
		{ "\xEF\xBF\xBE", R }, { "\xEF\xBF\xBF", R },
		{ "\xEF\xBF\xBD", R }, { "\xEF\xBC\x88", "\xEF\xBC\x88" },
		{ "\xEF\xBF\xBC", "\xEF\xBF\xBC" },
		{ "\xEF\xBF\xBE\xFF", R R }, { "\xFF\xEF\xBF\xBF", R R },
		{ "\xEF\xBF", R }, { "\xEF", R },
	};
#undef R

	(void)state;
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
		for (size_t at = 0; at < sizeof filler - 1; at++)
			check_xml(at, cases[k].in, strlen(cases[k].in),
				  cases[k].want);
}

/* §3.3: invalid UTF-8 becomes U+FFFD as json has it, wherever it falls. */
static void xml_invalid_utf8_replaced_everywhere(void **state)
{
#define R "\xEF\xBF\xBD"
	static const struct { const char *in, *want; } cases[] = {
		{ "\x80", R }, { "\xFF", R }, { "\xC0\x80", R R },
		{ "\xED\xA0\x80", R R R }, { "\xF4\x90\x80\x80", R R R R },
		{ "\xE6\xB8", R }, { "\xC3\xC3\xA9", R "\xC3\xA9" },
		{ "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80" },
	};
#undef R

	(void)state;
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
		for (size_t at = 0; at < sizeof filler - 1; at++)
			check_xml(at, cases[k].in, strlen(cases[k].in),
				  cases[k].want);
}

/* §3.3: attribute values: quotes and markup escaped, white space as
 * references (attribute normalisation would turn it into spaces), the
 * rest as in character data. */
static void xml_feed_attribute_escaped(void **state)
{
	struct out o = { { NULL, 0, 0 }, NULL };
	static const char name[] =
		"a&b\"c<d>e'f\tg\nh\ri\x01j\xFFk\xEF\xBF\xBEl黃.txt";

	(void)state;
	out_xml_feed(&o, name);
	buf_addc(&o.buf, '\0');
	assert_string_equal((const char *)o.buf.data,
		"<feed file=\"a&amp;b&quot;c&lt;d&gt;e'f&#9;g&#10;h&#13;i"
		"\xEF\xBF\xBDj\xEF\xBF\xBDk\xEF\xBF\xBDl黃.txt\">\n");
	buf_free(&o.buf);
}

/* §3.3: the document's parts, and -o's document of one story. */
static void xml_document_parts(void **state)
{
	(void)state;
	start();
	out_xml_head(&w.rec);
	out_xml_feed(&w.rec, "-");
	out_xml_feed_end(&w.rec);
	out_xml_tail(&w.rec);
	assert_string_equal(finish(),
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<storysift>\n"
		"<feed file=\"-\">\n</feed>\n</storysift>\n");
}

static void own_document(struct story *st, void *ctx)
{
	(void)ctx;
	story_check(st, &(long){ 0 }, &(long){ 0 });
	kind_analyze(st);
	blurb_analyze(st);
	gloss_analyze(st);
	out_xml_document(&w.rec, st, &w.opt);
}

static void xml_own_file_is_a_document(void **state)
{
	(void)state;
	start();
	feed_bytes("feed.txt", (const uint8_t *)"Rain fell.\n", 11,
		   own_document, NULL);
	assert_string_equal(finish(),
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<storysift>\n"
		"<feed file=\"feed.txt\">\n"
		"<story n=\"1\" id=\"0000000000000000\" line=\"1\" lines=\"1\" offset=\"0\" bytes=\"11\" "
		"boundary=\"first\" kind=\"article\" truncated=\"no\">\n"
		"<p>Rain fell.</p>\n</story>\n</feed>\n</storysift>\n");
}

/* §6: the pieces of a cut line are one element (this story's headline),
 * with the gloss of its second piece. */
static void xml_cut_line_is_one_element(void **state)
{
	(void)state;
	w.format = XML;
	render_cut_line();
	assert_string_equal(xml_line(w.out),
		"<headline>Rescuers reached the village at dawn and Mayor <gloss "
		"name=\"Hsu Ming-che\" cjk=\"許明哲\" type=\"person\">Hsu "
		"Ming-che (許明哲)</gloss> thanked them.</headline>");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(story_check_flags_lines),
		cmocka_unit_test_setup_teardown(long_line_slices_keep_characters_whole,
						setup, teardown),
		cmocka_unit_test_setup_teardown(long_story_spills_the_same_bytes,
						setup, teardown),
		cmocka_unit_test_setup_teardown(text_header_for_article,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			text_header_for_blurb_with_kicker_and_glosses,
			setup, teardown),
		cmocka_unit_test_setup_teardown(no_headers_leaves_paragraphs,
						setup, teardown),
		cmocka_unit_test_setup_teardown(with_filename_names_file,
						setup, teardown),
		cmocka_unit_test_setup_teardown(text_drops_blank_lines_and_crlf,
						setup, teardown),
		cmocka_unit_test_setup_teardown(text_last_line_without_newline,
						setup, teardown),
		cmocka_unit_test_setup_teardown(strip_glosses_removes_bracket,
						setup, teardown),
		cmocka_unit_test_setup_teardown(strip_glued_fullwidth_bracket,
						setup, teardown),
		cmocka_unit_test_setup_teardown(strip_spec_examples,
						setup, teardown),
		cmocka_unit_test_setup_teardown(strip_other_separators,
						setup, teardown),
		cmocka_unit_test_setup_teardown(strip_fullwidth_brackets,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			strip_gloss_at_start_and_end_of_line, setup, teardown),
		cmocka_unit_test_setup_teardown(strip_two_glosses_in_one_line,
						setup, teardown),
		cmocka_unit_test_setup_teardown(strip_crlf_lines,
						setup, teardown),
		cmocka_unit_test_setup_teardown(strip_cjk_before_romanisation,
						setup, teardown),
		cmocka_unit_test_setup_teardown(strip_leaves_broken_glosses,
						setup, teardown),
		cmocka_unit_test_setup_teardown(json_ignores_strip,
						setup, teardown),
		cmocka_unit_test_setup_teardown(glosses_kept_by_default,
						setup, teardown),
		cmocka_unit_test_setup_teardown(memory_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(json_line_for_small_story,
						setup, teardown),
		cmocka_unit_test_setup_teardown(json_offsets_and_boundary,
						setup, teardown),
		cmocka_unit_test_setup_teardown(json_kicker_and_deck,
						setup, teardown),
		cmocka_unit_test_setup_teardown(json_headline_byline_dateline,
						setup, teardown),
		cmocka_unit_test_setup_teardown(json_bom_counted_not_printed,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			json_escapes_quotes_backslash_controls,
			setup, teardown),
		cmocka_unit_test_setup_teardown(json_escapes_file_name,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			json_invalid_utf8_becomes_replacement, setup, teardown),
		cmocka_unit_test_setup_teardown(
			json_truncated_sequence_is_one_replacement,
			setup, teardown),
		cmocka_unit_test_setup_teardown(
			json_escapes_every_control_byte_everywhere,
			setup, teardown),
		cmocka_unit_test_setup_teardown(
			json_escapes_file_name_everywhere, setup, teardown),
		cmocka_unit_test_setup_teardown(
			json_copies_valid_multibyte_text, setup, teardown),
		cmocka_unit_test_setup_teardown(
			json_invalid_utf8_replaced_everywhere, setup, teardown),
		cmocka_unit_test_setup_teardown(
			json_sequence_cut_by_line_end, setup, teardown),
		cmocka_unit_test_setup_teardown(
			json_long_line_mixes_every_case, setup, teardown),
		cmocka_unit_test_setup_teardown(text_rejoins_cut_line,
						setup, teardown),
		cmocka_unit_test_setup_teardown(json_text_rejoins_cut_line,
						setup, teardown),
		cmocka_unit_test_setup_teardown(numbers_in_decimal,
						setup, teardown),
		cmocka_unit_test_setup_teardown(first_line_and_line_count,
						setup, teardown),
		cmocka_unit_test_setup_teardown(xml_story_attributes_and_lines,
						setup, teardown),
		cmocka_unit_test_setup_teardown(xml_headline_byline_dateline,
						setup, teardown),
		cmocka_unit_test_setup_teardown(xml_broken_gloss_and_credit,
						setup, teardown),
		cmocka_unit_test_setup_teardown(xml_gloss_inside_deck,
						setup, teardown),
		cmocka_unit_test_setup_teardown(xml_strip_keeps_gloss_element,
						setup, teardown),
		cmocka_unit_test_setup_teardown(xml_escapes_markup_and_cr,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			xml_controls_and_markup_everywhere, setup, teardown),
		cmocka_unit_test_setup_teardown(
			xml_noncharacters_become_replacement, setup, teardown),
		cmocka_unit_test_setup_teardown(
			xml_invalid_utf8_replaced_everywhere, setup, teardown),
		cmocka_unit_test_setup_teardown(xml_feed_attribute_escaped,
						setup, teardown),
		cmocka_unit_test_setup_teardown(xml_document_parts,
						setup, teardown),
		cmocka_unit_test_setup_teardown(xml_own_file_is_a_document,
						setup, teardown),
		cmocka_unit_test_setup_teardown(xml_cut_line_is_one_element,
						setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
