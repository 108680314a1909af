/* roman_tables.c — the word lists behind roman.c.
 *
 * Where the tables come from (checked against the Unicode 15 Unihan
 * database of Debian's unicode-data, not needed to build):
 * - pinyin: every toneless reading of kMandarin, less the interjections
 *   m, n, ng, hm, hng; with lv/nv/lve/nve and lue/nue for ü.
 * - wade_giles: the same syllables by the standard correspondence
 *   (zhi chih, zi tzu, si ssu/szu, xian hsien, ong ung, duo to, ge ko,
 *   gui kuei, er erh, yi i), apostrophes and umlauts dropped.
 * - taiwan_forms: spellings beside Wade-Giles in Taiwanese passports and
 *   bylines: MPS II (`Ing`, `Shiau`), Gwoyeu Romatzyh (`Jeou`, `Shyh`,
 *   `Horng`, `Jaw`) and postal (`Soong`).
 * - tongyong: only the syllables Tongyong writes unlike Hanyu Pinyin
 *   (si, cin, jhih, syu, liou, duei, fong, wun, ...); Hanyu Pinyin fills
 *   in the rest.
 * - cantonese: the Jyutping readings of the common characters (Unihan
 *   kGradeLevel or kFrequency <= 3) in Hong Kong government spelling:
 *   b d g z c j as p t k ch/ts ch/ts y, s as s/sh, oeng eung/eong, eoi ui,
 *   eon un, yu u/ue, yun uen, ou o, u/oo, am/um, ei/i/ee, o/or, zi chi/tsz,
 *   si sze/see; with name spellings such as Law, Wah, Fook, Chow.
 * - hokkien: Hokkien, Teochew, Hakka and Hainanese syllables as spelled in
 *   Singapore and Malaysian names, Malaysian Cantonese (Loong, Yoke).
 * - korean: every Sino-Korean reading (Unihan kHangul) and a few native
 *   name syllables (하늘 아름 슬기 ...), in Revised Romanization and in
 *   McCune-Reischauer without diacritics (ŏ o, ŭ u) in its initial and
 *   medial forms (Kim Il-sung, Jong-il); with name spellings such as
 *   Park, Lee, Choi, Yoon, Joon, Hyun, Young.
 * Entries are lower case; hyphenated compounds appear only in surnames. */
#include "roman_tables.h"

#define TABLE(a) { (a), sizeof(a) / sizeof((a)[0]) }
#define CHARS(s) { (s), sizeof(s) - 1 }

static const char *const pinyin[] = {
	"a", "ai", "an", "ang", "ao", "ba", "bai", "ban", "bang", "bao",
	"bei", "ben", "beng", "bi", "bian", "biang", "biao", "bie", "bin",
	"bing", "bo", "bu", "ca", "cai", "can", "cang", "cao", "ce", "cei",
	"cen", "ceng", "cha", "chai", "chan", "chang", "chao", "che", "chen",
	"cheng", "chi", "chong", "chou", "chu", "chua", "chuai", "chuan",
	"chuang", "chui", "chun", "chuo", "ci", "cong", "cou", "cu", "cuan",
	"cui", "cun", "cuo", "da", "dai", "dan", "dang", "dao", "de", "den",
	"deng", "di", "dian", "diao", "die", "ding", "diu", "dong", "dou",
	"du", "duan", "dui", "dun", "duo", "e", "ei", "en", "eng", "er", "fa",
	"fan", "fang", "fei", "fen", "feng", "fiao", "fo", "fou", "fu", "ga",
	"gai", "gan", "gang", "gao", "ge", "gei", "gen", "geng", "gong",
	"gou", "gu", "gua", "guai", "guan", "guang", "gui", "gun", "guo",
	"ha", "hai", "han", "hang", "hao", "he", "hei", "hen", "heng", "hong",
	"hou", "hu", "hua", "huai", "huan", "huang", "hui", "hun", "huo",
	"ji", "jia", "jian", "jiang", "jiao", "jie", "jin", "jing", "jiong",
	"jiu", "ju", "juan", "jue", "jun", "ka", "kai", "kan", "kang", "kao",
	"ke", "kei", "ken", "keng", "kong", "kou", "ku", "kua", "kuai",
	"kuan", "kuang", "kui", "kun", "kuo", "la", "lai", "lan", "lang",
	"lao", "le", "lei", "leng", "li", "lia", "lian", "liang", "liao",
	"lie", "lin", "ling", "liu", "lo", "long", "lou", "lu", "luan", "lue",
	"lun", "luo", "lv", "lve", "ma", "mai", "man", "mang", "mao", "me",
	"mei", "men", "meng", "mi", "mian", "miao", "mie", "min", "ming",
	"miu", "mo", "mou", "mu", "na", "nai", "nan", "nang", "nao", "ne",
	"nei", "nen", "neng", "ni", "nian", "niang", "niao", "nie", "nin",
	"ning", "niu", "nong", "nou", "nu", "nuan", "nue", "nun", "nuo", "nv",
	"nve", "o", "ou", "pa", "pai", "pan", "pang", "pao", "pei", "pen",
	"peng", "pi", "pian", "piao", "pie", "pin", "ping", "po", "pou", "pu",
	"qi", "qia", "qian", "qiang", "qiao", "qie", "qin", "qing", "qiong",
	"qiu", "qu", "quan", "que", "qun", "ran", "rang", "rao", "re", "ren",
	"reng", "ri", "rong", "rou", "ru", "rua", "ruan", "rui", "run", "ruo",
	"sa", "sai", "san", "sang", "sao", "se", "sen", "seng", "sha", "shai",
	"shan", "shang", "shao", "she", "shei", "shen", "sheng", "shi",
	"shou", "shu", "shua", "shuai", "shuan", "shuang", "shui", "shun",
	"shuo", "si", "song", "sou", "su", "suan", "sui", "sun", "suo", "ta",
	"tai", "tan", "tang", "tao", "te", "tei", "teng", "ti", "tian",
	"tiao", "tie", "ting", "tong", "tou", "tu", "tuan", "tui", "tun",
	"tuo", "wa", "wai", "wan", "wang", "wei", "wen", "weng", "wo", "wu",
	"xi", "xia", "xian", "xiang", "xiao", "xie", "xin", "xing", "xiong",
	"xiu", "xu", "xuan", "xue", "xun", "ya", "yan", "yang", "yao", "ye",
	"yi", "yin", "ying", "yo", "yong", "you", "yu", "yuan", "yue", "yun",
	"za", "zai", "zan", "zang", "zao", "ze", "zei", "zen", "zeng", "zha",
	"zhai", "zhan", "zhang", "zhao", "zhe", "zhei", "zhen", "zheng",
	"zhi", "zhong", "zhou", "zhu", "zhua", "zhuai", "zhuan", "zhuang",
	"zhui", "zhun", "zhuo", "zi", "zong", "zou", "zu", "zuan", "zui",
	"zun", "zuo",
};
const struct roman_table roman_pinyin = TABLE(pinyin);

static const char *const wade_giles[] = {
	"a", "ai", "an", "ang", "ao", "cha", "chai", "chan", "chang", "chao",
	"che", "chei", "chen", "cheng", "chi", "chia", "chiang", "chiao",
	"chieh", "chien", "chih", "chin", "ching", "chiu", "chiung", "cho",
	"chou", "chu", "chua", "chuai", "chuan", "chuang", "chueh", "chui",
	"chun", "chung", "e", "ei", "en", "eng", "erh", "fa", "fan", "fang",
	"fei", "fen", "feng", "fiao", "fo", "fou", "fu", "ha", "hai", "han",
	"hang", "hao", "hei", "hen", "heng", "ho", "hou", "hsi", "hsia",
	"hsiang", "hsiao", "hsieh", "hsien", "hsin", "hsing", "hsiu",
	"hsiung", "hsu", "hsuan", "hsueh", "hsun", "hu", "hua", "huai",
	"huan", "huang", "hui", "hun", "hung", "huo", "i", "jan", "jang",
	"jao", "je", "jen", "jeng", "jih", "jo", "jou", "ju", "jua", "juan",
	"jui", "jun", "jung", "ka", "kai", "kan", "kang", "kao", "kei", "ken",
	"keng", "ko", "kou", "ku", "kua", "kuai", "kuan", "kuang", "kuei",
	"kun", "kung", "kuo", "la", "lai", "lan", "lang", "lao", "le", "lei",
	"leng", "li", "lia", "liang", "liao", "lieh", "lien", "lin", "ling",
	"liu", "lo", "lou", "lu", "luan", "lueh", "lun", "lung", "ma", "mai",
	"man", "mang", "mao", "me", "mei", "men", "meng", "mi", "miao",
	"mieh", "mien", "min", "ming", "miu", "mo", "mou", "mu", "na", "nai",
	"nan", "nang", "nao", "ne", "nei", "nen", "neng", "ni", "niang",
	"niao", "nieh", "nien", "nin", "ning", "niu", "no", "nou", "nu",
	"nuan", "nueh", "nun", "nung", "o", "ou", "pa", "pai", "pan", "pang",
	"pao", "pei", "pen", "peng", "pi", "piang", "piao", "pieh", "pien",
	"pin", "ping", "po", "pou", "pu", "sa", "sai", "san", "sang", "sao",
	"se", "sen", "seng", "sha", "shai", "shan", "shang", "shao", "she",
	"shei", "shen", "sheng", "shih", "shou", "shu", "shua", "shuai",
	"shuan", "shuang", "shui", "shun", "shuo", "so", "sou", "ssu", "su",
	"suan", "sui", "sun", "sung", "szu", "ta", "tai", "tan", "tang",
	"tao", "te", "tei", "ten", "teng", "ti", "tiao", "tieh", "tien",
	"ting", "tiu", "to", "tou", "tsa", "tsai", "tsan", "tsang", "tsao",
	"tse", "tsei", "tsen", "tseng", "tso", "tsou", "tsu", "tsuan", "tsui",
	"tsun", "tsung", "tu", "tuan", "tui", "tun", "tung", "tzu", "wa",
	"wai", "wan", "wang", "wei", "wen", "weng", "wo", "wu", "ya", "yang",
	"yao", "yeh", "yen", "yin", "ying", "yo", "yu", "yuan", "yueh", "yun",
	"yung",
};
const struct roman_table roman_wade_giles = TABLE(wade_giles);

static const char *const taiwan_forms[] = {
	"charng", "chern", "chiou", "chyi", "chyuan", "der", "horng", "huey",
	"hwa", "ing", "jang", "jaw", "jeou", "jer", "jiann", "jiou", "jiun",
	"jiunn", "jyh", "perng", "pyng", "ruey", "shaw", "sheu", "shiau",
	"shieh", "shier", "shiou", "shiow", "shyh", "shyr", "shyu", "soong",
	"tzeng", "tzong", "yeou", "yi", "yih",
};
const struct roman_table roman_taiwan_forms = TABLE(taiwan_forms);

static const char *const tongyong[] = {
	"bong", "chih", "chuei", "cia", "cian", "ciang", "ciao", "cie", "cih",
	"cin", "cing", "ciong", "ciou", "cuei", "cyu", "cyuan", "cyue",
	"cyun", "diou", "duei", "fong", "guei", "huei", "jha", "jhai", "jhan",
	"jhang", "jhao", "jhe", "jhei", "jhen", "jheng", "jhih", "jhong",
	"jhou", "jhu", "jhua", "jhuai", "jhuan", "jhuang", "jhuei", "jhun",
	"jhuo", "jiou", "jyu", "jyuan", "jyue", "jyun", "kuei", "liou", "lyu",
	"lyue", "miou", "mong", "niou", "nyu", "nyue", "pong", "rih", "ruei",
	"shih", "shuei", "sia", "sian", "siang", "siao", "sie", "sih", "sin",
	"sing", "siong", "siou", "suei", "syu", "syuan", "syue", "syun",
	"tuei", "wong", "wun", "zih", "zuei",
};
const struct roman_table roman_tongyong = TABLE(tongyong);

static const char *const cantonese[] = {
	"a", "ah", "ai", "ak", "am", "ang", "ap", "at", "au", "cha", "chai",
	"chak", "cham", "chan", "chang", "chap", "chat", "chau", "che",
	"chek", "cheng", "cheok", "cheong", "cheuk", "cheung", "chi", "chik",
	"chim", "chin", "ching", "chip", "chit", "chiu", "cho", "choi",
	"chok", "chong", "chor", "chow", "chu", "chue", "chuen", "chuet",
	"chui", "chuk", "chum", "chun", "chung", "chut", "fa", "fai", "fan",
	"fat", "fau", "fe", "fee", "fei", "fi", "fo", "fong", "foo", "fook",
	"foon", "for", "fu", "fui", "fuk", "fun", "fung", "fut", "ha", "hai",
	"hak", "ham", "han", "hang", "hap", "hat", "hau", "hee", "hei", "hek",
	"heong", "heung", "hi", "him", "hin", "hing", "hip", "hit", "hiu",
	"ho", "hoi", "hok", "hon", "hong", "hor", "hot", "how", "huen",
	"huet", "hui", "huk", "hum", "hun", "hung", "hut", "ka", "kai", "kak",
	"kam", "kan", "kang", "kap", "kat", "kau", "ke", "kee", "kei", "kek",
	"keng", "keok", "keong", "keuk", "keung", "ki", "kik", "kim", "kin",
	"king", "kip", "kit", "kiu", "ko", "koi", "kok", "kon", "kong", "koo",
	"koon", "kor", "kot", "kow", "ku", "kuen", "kuet", "kui", "kuk",
	"kum", "kun", "kung", "kut", "kwa", "kwai", "kwan", "kwang", "kwat",
	"kwik", "kwo", "kwok", "kwong", "kwor", "la", "lai", "lak", "lam",
	"lan", "lang", "lap", "lau", "law", "lee", "lei", "leok", "leong",
	"leuk", "leung", "li", "lik", "lim", "lin", "ling", "lip", "lit",
	"liu", "lo", "loi", "lok", "long", "loo", "lor", "low", "luen",
	"luet", "lui", "luk", "lum", "lun", "lung", "lut", "ma", "mai", "mak",
	"man", "mang", "mat", "mau", "mee", "mei", "mi", "mik", "min", "ming",
	"mit", "miu", "mo", "mok", "mong", "moon", "mor", "mui", "muk", "mun",
	"mung", "mut", "na", "nai", "nam", "nan", "nang", "nap", "nau", "nee",
	"nei", "neong", "neung", "ng", "nga", "ngai", "ngak", "ngam", "ngan",
	"ngang", "ngau", "ngo", "ngoi", "ngon", "ngong", "ngor", "ni", "nik",
	"nim", "nin", "ning", "nip", "niu", "no", "noi", "nok", "nong", "nor",
	"nuen", "nui", "nun", "nung", "o", "oi", "ok", "on", "ong", "ow",
	"pa", "pai", "pak", "pam", "pan", "pang", "pat", "pau", "pee", "pei",
	"peng", "pi", "pik", "pin", "ping", "pit", "piu", "po", "pok", "pong",
	"poon", "por", "pui", "puk", "pum", "pun", "pung", "put", "sa", "sai",
	"sak", "sam", "san", "sang", "sap", "sat", "sau", "se", "see", "sei",
	"sek", "seok", "seong", "seuk", "seung", "sha", "shai", "shak",
	"sham", "shan", "shang", "shap", "shat", "shau", "she", "shee",
	"shei", "shek", "sheok", "sheong", "sheuk", "sheung", "shi", "shik",
	"shim", "shin", "shing", "ship", "shit", "shiu", "sho", "shok",
	"shong", "shor", "shu", "shue", "shuen", "shuet", "shui", "shuk",
	"shum", "shun", "shung", "shut", "si", "sik", "sim", "sin", "sing",
	"sip", "sit", "siu", "so", "sok", "song", "sor", "su", "sue", "suen",
	"suet", "sui", "suk", "sum", "sun", "sung", "sut", "sz", "sze", "ta",
	"tai", "tak", "tam", "tan", "tang", "tap", "tat", "tau", "tee", "tei",
	"tek", "teng", "teok", "teuk", "ti", "tik", "tim", "tin", "ting",
	"tip", "tit", "tiu", "to", "toi", "tok", "tong", "tor", "tow", "tsa",
	"tsai", "tsak", "tsam", "tsan", "tsang", "tsap", "tsat", "tsau",
	"tse", "tsek", "tseng", "tseok", "tseong", "tseuk", "tseung", "tsik",
	"tsim", "tsin", "tsing", "tsip", "tsit", "tsiu", "tso", "tsoi",
	"tsok", "tsong", "tsor", "tsu", "tsue", "tsuen", "tsuet", "tsui",
	"tsuk", "tsum", "tsun", "tsung", "tsut", "tsz", "tsze", "tuen",
	"tuet", "tui", "tuk", "tun", "tung", "tut", "tze", "uk", "um", "wa",
	"wah", "wai", "wak", "wan", "wang", "wat", "wik", "wing", "wo", "wok",
	"wong", "woo", "woon", "wor", "wu", "wui", "wun", "wut", "ya", "yai",
	"yam", "yan", "yap", "yat", "yau", "ye", "yee", "yeok", "yeong",
	"yeuk", "yeung", "yi", "yik", "yim", "yin", "ying", "yip", "yit",
	"yiu", "yow", "yu", "yue", "yuen", "yuet", "yui", "yuk", "yum", "yun",
	"yung", "yut",
};
const struct roman_table roman_cantonese = TABLE(cantonese);

static const char *const hokkien[] = {
	"ah", "ang", "au", "aw", "ba", "bak", "bee", "beh", "beng", "bin",
	"bo", "boey", "bok", "bong", "boo", "boon", "buay", "chai", "chan",
	"chang", "chay", "cheah", "cheang", "chee", "chek", "cheng", "cheok",
	"cheong", "chew", "chia", "chiah", "chiak", "chiam", "chian",
	"chiang", "chiap", "chiat", "chiau", "chieh", "chien", "chiew",
	"chih", "chin", "ching", "chio", "chiok", "chiong", "chiou", "chit",
	"chiu", "chng", "chok", "chong", "choo", "choon", "choong", "choy",
	"chua", "chuah", "chuan", "chuang", "chun", "chung", "chwee", "chye",
	"ee", "eng", "er", "eu", "foo", "fook", "foong", "fui", "gan", "gee",
	"gek", "geok", "ghee", "gim", "gin", "goh", "goi", "guan", "guat",
	"guek", "gwee", "hai", "han", "hean", "heng", "hia", "hian", "hiang",
	"hiap", "hiew", "hin", "hing", "hiok", "hiong", "ho", "hock", "hoe",
	"hoi", "hong", "hoo", "hooi", "hoon", "hor", "how", "hua", "huah",
	"huan", "huang", "huat", "huay", "hui", "hung", "hwa", "hwang",
	"hwee", "jin", "kah", "kai", "kam", "kang", "kar", "kean", "keat",
	"kee", "kek", "keng", "keong", "kew", "khai", "khaw", "khee", "kheng",
	"kheong", "khiam", "khian", "khim", "khoo", "khoon", "khor", "khung",
	"kia", "kiak", "kian", "kiang", "kiap", "kiat", "kiau", "kien",
	"kiew", "kim", "kin", "king", "kio", "kiok", "kiong", "kit", "kiu",
	"koay", "koh", "kok", "kon", "kong", "koo", "koon", "kuah", "kuan",
	"kuang", "kuek", "kwa", "kwan", "kwang", "kwee", "kwek", "kwok",
	"kwong", "lai", "lam", "lan", "lau", "lay", "lee", "leng", "leong",
	"leow", "lian", "liang", "liap", "liat", "liaw", "liew", "lim", "lin",
	"ling", "lip", "liu", "loh", "loi", "lok", "loke", "loo", "loon",
	"loong", "low", "lui", "lum", "lye", "ma", "mah", "meng", "mian",
	"miang", "moh", "moi", "mok", "mooi", "muay", "mui", "nah", "nam",
	"neo", "ng", "ngee", "ngeow", "ngiam", "ngiap", "ngo", "ngoh",
	"nguan", "nyet", "nyuk", "oei", "oey", "oh", "ong", "ooi", "oon",
	"ow", "pang", "peck", "peh", "pek", "peng", "phang", "pheng", "phin",
	"phoon", "phua", "pin", "ping", "png", "poh", "pong", "poon", "puay",
	"quah", "quan", "quee", "quek", "saw", "seah", "seck", "see", "seet",
	"sek", "seng", "seok", "seow", "sew", "sia", "siak", "siam", "sian",
	"siang", "siau", "siaw", "siew", "sim", "sin", "sing", "siok",
	"siong", "sit", "siu", "sng", "soh", "sok", "soo", "sook", "soon",
	"soong", "suan", "suat", "sun", "swan", "swat", "swee", "tan", "tang",
	"tay", "teck", "tee", "teh", "teik", "tek", "teng", "teo", "teoh",
	"teong", "tham", "thang", "thean", "thiam", "thian", "thien", "thong",
	"thye", "tia", "tian", "tiang", "tieng", "tin", "ting", "tio",
	"tiong", "tng", "toh", "tong", "toon", "tuck", "voo", "voon", "vun",
	"wah", "wai", "wan", "wee", "weng", "whye", "wong", "woo", "yak",
	"yam", "yan", "yang", "yap", "yeap", "yee", "yen", "yeo", "yeoh",
	"yeong", "yeow", "yew", "yih", "yim", "yip", "yoke", "yong", "yoon",
	"yoong", "yow", "yu", "yuen",
};
const struct roman_table roman_hokkien = TABLE(hokkien);

static const char *const korean[] = {
	"a", "ae", "aek", "aeng", "ahn", "ak", "al", "am", "an", "ang", "ap",
	"bae", "baek", "bak", "bal", "ban", "bang", "beol", "beom", "beon",
	"beop", "bi", "bin", "bing", "bit", "bo", "bok", "bol", "bom", "bon",
	"bong", "bop", "bu", "buk", "bul", "bum", "bun", "bung", "byeok",
	"byeol", "byeon", "byeong", "byok", "byol", "byon", "byong", "byun",
	"byung", "cha", "chae", "chaek", "chaeng", "chak", "chal", "cham",
	"chan", "chang", "chap", "che", "cheo", "cheok", "cheol", "cheom",
	"cheon", "cheong", "cheop", "cheuk", "cheung", "chey", "chi", "chik",
	"chil", "chim", "chin", "ching", "chip", "cho", "choe", "choi",
	"chok", "chol", "chom", "chon", "chong", "choo", "chop", "chu",
	"chuk", "chul", "chun", "chung", "chup", "chwa", "chwal", "chwe",
	"chwi", "da", "dae", "daek", "dal", "dam", "dan", "dang", "dap",
	"deok", "deuk", "deung", "do", "dok", "dol", "don", "dong", "doo",
	"du", "duck", "duk", "dul", "dun", "dung", "e", "en", "eo", "eok",
	"eol", "eom", "eon", "eop", "eui", "eul", "eum", "eun", "eung", "eup",
	"ga", "gae", "gaek", "gaeng", "gak", "gal", "gam", "gan", "gang",
	"gap", "ge", "geo", "geol", "geom", "geon", "geop", "geuk", "geul",
	"geum", "geun", "geung", "geup", "gi", "gil", "gim", "gin", "go",
	"goe", "goek", "goeng", "gok", "gol", "gom", "gon", "gong", "goo",
	"gop", "got", "gu", "guk", "gul", "gum", "gun", "gung", "gup", "gwa",
	"gwae", "gwak", "gwal", "gwan", "gwang", "gwe", "gwi", "gwol", "gwon",
	"gyak", "gye", "gyeok", "gyeol", "gyeom", "gyeon", "gyeong", "gyo",
	"gyok", "gyol", "gyom", "gyon", "gyong", "gyu", "gyul", "gyun", "ha",
	"hae", "haek", "haeng", "hak", "hal", "ham", "han", "hang", "hap",
	"hee", "heo", "heol", "heom", "heon", "heui", "heuk", "heul", "heum",
	"heun", "heung", "heup", "hi", "hil", "ho", "hoe", "hoek", "hoeng",
	"hoi", "hok", "hol", "hom", "hon", "hong", "hoo", "hoon", "hu", "huh",
	"hui", "huk", "hul", "hum", "hun", "hung", "hup", "hur", "hwa",
	"hwak", "hwal", "hwan", "hwang", "hwe", "hwi", "hwon", "hyang", "hye",
	"hyeok", "hyeol", "hyeom", "hyeon", "hyeong", "hyeop", "hyo", "hyok",
	"hyol", "hyom", "hyon", "hyong", "hyop", "hyu", "hyub", "hyuk",
	"hyul", "hyun", "hyung", "hyup", "i", "ik", "il", "im", "in", "ing",
	"ip", "ja", "jae", "jaeng", "jai", "jak", "jam", "jan", "jang", "jap",
	"je", "jeo", "jeok", "jeol", "jeom", "jeon", "jeong", "jeop", "jeuk",
	"jeul", "jeung", "jeup", "ji", "jik", "jil", "jim", "jin", "jing",
	"jip", "jo", "joe", "jok", "jol", "jom", "jon", "jong", "joo", "joon",
	"joong", "jop", "ju", "juk", "jul", "jun", "june", "jung", "jup",
	"jwa", "ka", "kae", "kaek", "kaeng", "kak", "kal", "kam", "kan",
	"kang", "kap", "ke", "keum", "keun", "ki", "kil", "kim", "kin",
	"kkik", "ko", "koe", "koek", "koeng", "kok", "kol", "kom", "kon",
	"kong", "koo", "kook", "kop", "kot", "ku", "kuk", "kul", "kum", "kun",
	"kung", "kup", "kwa", "kwae", "kwak", "kwal", "kwan", "kwang", "kwe",
	"kwi", "kwol", "kwon", "kyak", "kye", "kyo", "kyok", "kyol", "kyom",
	"kyon", "kyong", "kyu", "kyul", "kyun", "kyung", "lee", "lim", "ma",
	"mae", "maek", "maeng", "mak", "mal", "man", "mang", "mi", "mil",
	"min", "mo", "mok", "mol", "mong", "moo", "moon", "mu", "muk", "mul",
	"mun", "mye", "myeok", "myeol", "myeon", "myeong", "myo", "myok",
	"myol", "myon", "myong", "myung", "na", "nae", "naeng", "nak", "nal",
	"nam", "nan", "nang", "nap", "neuk", "neul", "neum", "neung", "ni",
	"nik", "nil", "no", "noe", "noh", "nok", "non", "nong", "nu", "nuk",
	"nul", "num", "nun", "nung", "nyeo", "nyeok", "nyeom", "nyeon",
	"nyeong", "nyeop", "nyo", "nyok", "nyom", "nyon", "nyong", "nyop",
	"nyu", "nyuk", "o", "oe", "oh", "ok", "ol", "om", "on", "ong", "op",
	"pa", "pae", "paek", "paeng", "paik", "pak", "pal", "pan", "pang",
	"park", "pi", "pik", "pil", "pin", "ping", "pip", "pit", "po", "pok",
	"pol", "pom", "pon", "pong", "pop", "pu", "puk", "pul", "pum", "pun",
	"pung", "pyak", "pye", "pyeom", "pyeon", "pyeong", "pyo", "pyok",
	"pyol", "pyom", "pyon", "pyong", "pyung", "ra", "rae", "raeng", "rak",
	"ral", "ram", "ran", "rang", "rap", "reuk", "reum", "reung", "rhee",
	"ri", "rim", "rin", "rip", "ro", "roe", "roh", "rok", "rom", "ron",
	"rong", "ru", "ruk", "rum", "rung", "ryak", "ryang", "rye", "ryeo",
	"ryeok", "ryeol", "ryeom", "ryeon", "ryeong", "ryeop", "ryo", "ryok",
	"ryol", "ryom", "ryon", "ryong", "ryoo", "ryop", "ryu", "ryuk",
	"ryul", "ryun", "ryung", "sa", "sae", "saek", "saeng", "sak", "sal",
	"sam", "san", "sang", "sap", "se", "seo", "seob", "seok", "seol",
	"seom", "seon", "seong", "seop", "seul", "seung", "seup", "shi",
	"shik", "shim", "shin", "si", "sik", "sil", "sim", "sin", "sip", "so",
	"soe", "sohn", "sok", "sol", "som", "son", "song", "soo", "sook",
	"sop", "ssang", "ssi", "su", "sub", "suh", "suk", "sul", "sun",
	"sung", "sup", "swae", "swi", "ta", "tae", "taek", "taeng", "tak",
	"tal", "tam", "tan", "tang", "tap", "teo", "teuk", "teum", "to",
	"toe", "tok", "tol", "ton", "tong", "tu", "tuk", "tul", "tum", "tun",
	"tung", "u", "uhm", "ui", "uk", "ul", "um", "un", "ung", "up", "wa",
	"wae", "wal", "wan", "wang", "wi", "wol", "won", "woo", "wook",
	"woon", "woong", "ya", "yak", "yang", "ye", "yeo", "yeok", "yeol",
	"yeom", "yeon", "yeong", "yeop", "yi", "yo", "yok", "yol", "yom",
	"yon", "yong", "yoo", "yook", "yool", "yoon", "yop", "youn", "young",
	"yu", "yuh", "yuk", "yul", "yum", "yun", "yung", "yup",
};
const struct roman_table roman_korean = TABLE(korean);

/* Surnames in the romanisations above: Chinese (Pinyin, Wade-Giles,
 * Hong Kong, Singapore and Malaysia), and Korean (including compounds). */
static const char *const surnames[] = {
	"ahn", "an", "ang", "au", "au-yeung", "auyeung", "aw", "bae", "baek",
	"bai", "bak", "ban", "bang", "bao", "beh", "bi", "bian", "boey",
	"bong", "boo", "bu", "byeon", "byun", "cai", "cao", "cen", "cha",
	"chae", "chai", "chan", "chang", "chao", "chau", "che", "cheah",
	"chee", "chen", "cheng", "cheong", "cheuk", "cheung", "chew", "chi",
	"chia", "chiang", "chien", "chin", "chiu", "chng", "cho", "choe",
	"choi", "chon", "chong", "choo", "chou", "chow", "chu", "chua",
	"chuang", "chun", "chung", "cui", "dai", "deng", "di", "ding", "do",
	"dokgo", "dong", "dongfang", "dou", "du", "duan", "eo", "eom", "eun",
	"fan", "fang", "feng", "fok", "fong", "foo", "fu", "fung", "gan",
	"gang", "gao", "ge", "geng", "geum", "gi", "gil", "go", "goh", "gong",
	"gongsun", "gu", "gui", "guk", "guo", "gwak", "gwee", "gwon", "ha",
	"ham", "han", "hao", "he", "heng", "heo", "heung", "hiew", "ho",
	"hong", "hou", "hsia", "hsiao", "hsieh", "hsiung", "hsu", "hsueh",
	"hu", "hua", "huang", "huangfu", "huh", "hui", "hung", "huo", "hur",
	"hwang", "hwangbo", "hyeon", "hyun", "im", "jang", "je", "jegal",
	"jen", "jeon", "jeong", "ji", "jia", "jiang", "jiao", "jin", "jo",
	"joo", "ju", "jun", "jung", "kam", "kan", "kang", "kao", "kee",
	"keum", "keung", "khaw", "khoo", "khor", "ki", "kil", "kim", "ko",
	"koay", "koh", "kok", "kong", "koo", "kook", "ku", "kuah", "kuan",
	"kuang", "kum", "kung", "kuo", "kwak", "kwan", "kwek", "kwok", "kwon",
	"kwong", "la", "lai", "lam", "lau", "law", "lee", "lei", "leong",
	"leung", "li", "lian", "liang", "liao", "lien", "liew", "lim", "lin",
	"ling", "liu", "lo", "loh", "lok", "long", "loo", "lou", "low", "lu",
	"luan", "lui", "luk", "lum", "lung", "luo", "lye", "ma", "maeng",
	"mah", "mak", "man", "mao", "mei", "meng", "mi", "min", "mo", "mok",
	"moon", "mu", "mui", "mun", "murong", "myeong", "myung", "na", "nam",
	"namgung", "namkoong", "neo", "ng", "ngai", "ngan", "ngo", "ni",
	"nie", "ning", "niu", "noh", "nong", "oei", "oey", "oh", "ok", "ong",
	"ooi", "ou", "ouyang", "pae", "paek", "pai", "paik", "pak", "pan",
	"pang", "park", "peh", "pek", "peng", "phang", "phoon", "phua", "png",
	"poh", "poon", "pu", "pyeon", "pyo", "pyun", "qi", "qian", "qiao",
	"qin", "qiu", "qu", "quek", "ra", "rao", "ren", "rhee", "ri", "rim",
	"roh", "rong", "ruan", "ryoo", "ryu", "sa", "sagong", "sang", "saw",
	"seah", "see", "seo", "seok", "seol", "seon", "seong", "seonwoo",
	"seow", "sha", "shangguan", "shao", "shek", "shen", "sheung", "shi",
	"shih", "shim", "shin", "shiu", "shu", "shum", "sim", "sima", "sin",
	"situ", "siu", "sng", "so", "soh", "sohn", "son", "song", "soo",
	"soon", "su", "suen", "suh", "suk", "sul", "sum", "sun", "sung",
	"sunwoo", "sze", "sze-to", "szeto", "tai", "tak", "tam", "tan",
	"tang", "tao", "tay", "tee", "teh", "teng", "teo", "teoh", "thong",
	"tian", "tien", "ting", "tio", "tiong", "tng", "to", "toh", "tong",
	"tsai", "tsang", "tsao", "tse", "tseng", "tso", "tsoi", "tsou",
	"tsui", "tsz", "tu", "tuan", "tung", "uhm", "um", "voon", "wan",
	"wang", "wee", "wei", "wen", "weng", "wi", "won", "wong", "woo", "wu",
	"xi", "xia", "xiahou", "xiang", "xiao", "xie", "xing", "xiong", "xu",
	"xue", "yan", "yang", "yao", "yap", "yau", "ye", "yeap", "yeh", "yen",
	"yeo", "yeoh", "yeom", "yeon", "yeow", "yeung", "yi", "yim", "yin",
	"yip", "yiu", "yong", "yoo", "yook", "yoon", "you", "youn", "yu",
	"yuan", "yue", "yuen", "yuk", "yum", "yun", "yung", "zang", "zeng",
	"zha", "zhai", "zhan", "zhang", "zhao", "zheng", "zhong", "zhou",
	"zhu", "zhuang", "zhuge", "zhuo", "zou", "zuo",
};
const struct roman_table roman_surnames = TABLE(surnames);

/* English given names, and those Hong Kong, Singapore and Taiwan figures
 * are known by (Rimsky, Starry, Hacken, Jolin, Sammi, Eason). */
static const char *const given_names[] = {
	"aaron", "abigail", "ada", "adam", "adrian", "agnes", "alan",
	"albert", "alex", "alexander", "alexandra", "alfred", "alice",
	"alicia", "alison", "alvin", "amanda", "amber", "ambrose", "amy",
	"andrew", "andy", "angel", "angela", "angelina", "angie", "ann",
	"anna", "anne", "annie", "anson", "anthony", "antonio", "antony",
	"arthur", "ashley", "audrey", "augustine", "barbara", "barry",
	"becky", "belinda", "bella", "ben", "benedict", "benjamin", "benny",
	"benson", "bernard", "bernice", "betty", "bianca", "bill", "billy",
	"bob", "bobby", "bonnie", "bosco", "bowie", "brandon", "brenda",
	"brian", "bridget", "bruce", "calvin", "candice", "candy", "carina",
	"carl", "carlos", "carmen", "carol", "caroline", "carrie", "carson",
	"catherine", "cathy", "cecilia", "celia", "charlene", "charles",
	"charlie", "charlotte", "charmaine", "cherry", "cheryl", "chris",
	"christian", "christina", "christine", "christopher", "christy",
	"cindy", "cissy", "claire", "clara", "clarence", "claudia", "clement",
	"cliff", "clifford", "coco", "colin", "connie", "conrad", "cora",
	"corinna", "crystal", "cynthia", "cyrus", "daisy", "damian", "dan",
	"daniel", "danny", "daphne", "darren", "david", "debbie", "deborah",
	"denise", "dennis", "derek", "desmond", "diana", "dickson", "dixon",
	"dominic", "don", "donald", "donnie", "dora", "doris", "dorothy",
	"douglas", "duncan", "dylan", "eason", "eddie", "eddy", "edgar",
	"edison", "edith", "edmund", "edward", "edwin", "eileen", "elaine",
	"eleanor", "elena", "eliza", "elizabeth", "ella", "ellen", "elliot",
	"elsa", "elsie", "elton", "elva", "elvis", "emily", "emma", "enoch",
	"eric", "erica", "erick", "ernest", "esther", "eugene", "eunice",
	"eva", "evan", "evelyn", "fanny", "faye", "felicia", "felix",
	"fernando", "fiona", "flora", "florence", "frances", "francis",
	"frank", "frankie", "fred", "frederick", "gabriel", "gary", "gavin",
	"geoffrey", "george", "gerald", "gigi", "gilbert", "gina", "gladys",
	"glen", "glenn", "gloria", "godfrey", "gordon", "grace", "graham",
	"gregory", "gwen", "hacken", "hannah", "harold", "harry", "harvey",
	"hazel", "hebe", "hector", "heidi", "helen", "helena", "henry",
	"herbert", "herman", "hilda", "hins", "horace", "howard", "hubert",
	"hugh", "hugo", "ian", "ida", "ignatius", "ingrid", "irene", "iris",
	"isaac", "isabel", "isabella", "isabelle", "ivan", "ivy", "jack",
	"jackie", "jackson", "jacky", "jacob", "jacqueline", "jade", "james",
	"jamus", "jan", "jane", "janet", "janice", "jasmine", "jason",
	"jasper", "jay", "jean", "jeff", "jeffrey", "jennifer", "jenny",
	"jeremy", "jerome", "jerry", "jessica", "jessie", "jim", "jimmy",
	"joan", "joanna", "jocelyn", "jodie", "joe", "joel", "joey", "john",
	"johnny", "johnson", "jolin", "jon", "jonathan", "joseph",
	"josephine", "joshua", "josie", "joy", "joyce", "judy", "julia",
	"julian", "julie", "juliet", "june", "junius", "justin", "karen",
	"karina", "kate", "katherine", "kathleen", "kathy", "katrina", "kay",
	"keith", "kelly", "kelvin", "ken", "kenneth", "kenny", "kent",
	"kevin", "kingsley", "kitty", "kris", "kristy", "kyle", "lambert",
	"lance", "larry", "laura", "laurence", "lawrence", "leo", "leon",
	"leona", "leonard", "leslie", "lester", "lewis", "lilian", "lillian",
	"lily", "lincoln", "linda", "lionel", "lisa", "liz", "lois",
	"loretta", "lorraine", "louis", "louisa", "louise", "lucas", "lucy",
	"luke", "lulu", "lydia", "mabel", "mable", "maggie", "mandy", "marco",
	"marcus", "margaret", "maria", "marian", "marianne", "marina",
	"marion", "mark", "martha", "martin", "marvin", "mary", "matthew",
	"matthias", "maureen", "mavis", "max", "maxwell", "may", "melanie",
	"melissa", "melvin", "mervyn", "mia", "michael", "michelle", "mike",
	"milton", "mimi", "miranda", "miriam", "molly", "mona", "monica",
	"morgan", "murray", "nancy", "naomi", "natalie", "nathan", "nelson",
	"neville", "nicholas", "nick", "nicole", "nina", "noel", "nora",
	"norman", "olivia", "oscar", "owen", "pamela", "pat", "patricia",
	"patrick", "paul", "paula", "pauline", "pearl", "peggy", "percy",
	"peter", "philip", "phillip", "phoebe", "phyllis", "polly",
	"priscilla", "queenie", "quincy", "rachel", "rainie", "ralph", "ray",
	"raymond", "rebecca", "regina", "reginald", "renee", "rex", "richard",
	"rick", "ricky", "rimsky", "rita", "robert", "roderick", "rodney",
	"roger", "roland", "ron", "ronald", "ronnie", "ronny", "rosa",
	"rosalind", "rosanna", "rose", "rosemary", "rosie", "rowena", "roy",
	"ruby", "rupert", "russell", "ruth", "ryan", "sabrina", "sally",
	"sam", "samantha", "sammi", "sammy", "samuel", "sandra", "sandy",
	"sarah", "sean", "sebastian", "selina", "sharon", "sheila", "sherman",
	"sherry", "shirley", "sidney", "simon", "sonia", "sophia", "sophie",
	"stacy", "stanley", "starry", "stefanie", "stella", "stephanie",
	"stephen", "steven", "stewart", "stuart", "sue", "sunny", "susan",
	"susanna", "suzanne", "sylvia", "tammy", "tanya", "ted", "teddy",
	"terence", "teresa", "terry", "thomas", "tiffany", "tim", "timothy",
	"tina", "tobias", "tom", "tommy", "tony", "tracy", "travis", "trevor",
	"tristan", "valerie", "vanessa", "venus", "vera", "vernon",
	"veronica", "vicky", "victor", "victoria", "vincent", "viola",
	"violet", "virginia", "vivian", "vivien", "wallace", "walter",
	"warren", "wayne", "wendy", "wesley", "wilfred", "william", "willie",
	"wilson", "winnie", "winston", "xavier", "yolanda", "yvette",
	"yvonne", "zachary", "zoe",
};
const struct roman_table roman_given_names = TABLE(given_names);

/* CJK tables are UTF-8 strings of characters of three bytes each (all in
 * the BMP), sorted by code point, which for UTF-8 is byte order.
 * Surnames: the common Chinese ones of the mainland, Taiwan, Hong Kong and
 * Singapore in traditional form, their simplified forms (Unihan
 * kSimplifiedVariant, so 鍾 and 鐘 give 钟 and 锺), 肖 and 闫, and the
 * Korean Hanja surnames (朴 曺 裵 愼 河 ...).
 * Left out although they are surnames: characters that mostly start
 * place names (大 小 上 下 東 东 西 中 北 新 山 水 天 日 月 深 灣 湾 旺 尖
 * 觀 观 荃 元 沙 九 香 太 長 长 樂 乐 台 臺 花 雲 云 廣 广 杭 海 青 福 貴 贵
 * 蘭 兰 哈 巴 烏 乌), and rare surnames that mostly start ordinary words or
 * transliterations, and their simplified forms:
 *   計 戰 賓 況 師 帥 強 滿 盤 位 原 支 井 祖 漆 卿 危 玉 亢 勾 揭 冶 束 展
 *   陰 幸 衡 修 鮮 諸 慕 尉 於 和 平 國 門 宿 富 普 相 初 敬 來 由 但 干 居
 *   斯 衣 那 母 利 伊 索 戈 米 羊 鹿 浦 赫 印 智 蒙 司 宗 都 銀
 * 河 and 南 stay for Korean (하 남), though 河北 and 南京 are places. */
static const char han_surnames[] =
	"丁万丛严丰乔习于亓仇付仝仲任伍伏何佘余佟侯俞倪傅储儲"
	"党全关具冀冉农冯冷冼凃凌刁刘劉劳勞包匡区區千华卓单南"
	"卜卞卢卫厉厲叢古史叶吉向吕吳吴呂周咸唐商喬單喻嚴堯夏"
	"夫奇奉奚姚姜姬娄婁孔孙孟季孫宁安宋官宣宫宮容寇寧封尚"
	"尤尧尹屈屠岑岳崔嵇左巩巫席常庄应庞康廉廖延张張彭徐惠"
	"愼慎應戎成戚戴房扈招敖文方施时明易昝晁時晉晋晏景曲曹"
	"曺曾朱朴权李杜杨林柏查柯柳柴栗栾桂桑梁梅植楊楚楼榮樊"
	"樓檀權欒欧歐武段殷毕毛江池汤汪沈河洪涂温游湛湯源溫滕"
	"潘焦熊燕片牛牟狄玄王班琴甄甘田申畢白皮盖盛盧瞿石祁祝"
	"禹秋秦程穆窦竇章童符简管簡粟紀練繆纪练缪罗羅翁習翟耿"
	"聂聞聶肖胡胥臧舒艾芮苏苑苗苟范茅茹荆荊荣莊莫華萧萬葉"
	"葛董蒋蒲蓋蓝蔡蔣蔺蕭薄薛藍藺蘇虞衛表袁裘裴裵褚覃解許"
	"詹談諶謝譚许谈谌谢谭谷豆豐費賀賈賴费贺贾赖赵趙路車车"
	"辛辜農边连迟連逯遲邊邓邝邢邬邰邱邵邸邹郁郎郑郜郝郭鄂"
	"鄒鄔鄢鄧鄭鄺金錢鍾鐘钟钱锺閔閻闕關闞闫闵闻阎阙阚阮陆"
	"陈陳陶陸隆隋雍雷霍靳鞏鞠韋韓韦韩項顏顧项顾颜饒饶馬馮"
	"駱马骆高魏魚魯鮑鱼鲁鲍麥麦麻黃黄黎黨齊齐龍龐龔龙龚";
const struct roman_chars roman_han_surnames = CHARS(han_surnames);

/* Hangul syllables that are surnames, with the North Korean 리 림 로 량 려;
 * without those that mostly start place names or words (대 동 상 시 단 당
 * 화 평 창 순 빙 종 포 궁 풍 가 목). */
static const char hangul_surnames[] =
	"간갈감강견경계고공곽구국권금기길김나남노도두라량"
	"려로류리림마맹명모묵문민박반방배백범변복봉부빈사"
	"서석선설성소손송승신심안양어엄여연염엽예오옥온옹"
	"왕용우원위유육윤은음이인임장전정제조좌주지진차채"
	"천최추탁태팽편표피하한함허현형호홍황";
const struct roman_chars roman_hangul_surnames = CHARS(hangul_surnames);

/* Compound surnames: pairs of characters, six bytes each, sorted. */
static const char compound_surnames[] =
	"万俟上官东方东郭东门令狐仲孙仲孫公冶公孙公孫公羊"
	"单于南宫南宮司徒司空司馬司马呼延單于夏侯太史宇文"
	"完顏完颜宗政尉迟尉遲左丘巫馬巫马慕容拓跋東方東郭"
	"東門梁丘欧阳歐陽淳于澹台澹臺濮阳濮陽独孤獨孤申屠"
	"百里皇甫穀梁端木第五羊舌聞人西門西门諸葛诸葛谷梁"
	"赫连赫連軒轅轩辕長孫长孙闻人鮮于鲜于남궁독고동방"
	"사공서문선우제갈황보";
const struct roman_chars roman_compound_surnames = CHARS(compound_surnames);

