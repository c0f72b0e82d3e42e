/* lectern-extractor.c: people and organizations of a story
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three passes over the text:
 *  1. tokenize, detect the language, tag each sentence with the trained
 *     perceptron (lectern-ner.c);
 *  2. turn tagged spans into surface forms (titles and possessives outside)
 *     and merge forms into entities: same normalized form, acronym and its
 *     expansion, surname and full name; one type per entity by vote;
 *  3. find every occurrence of every form of every entity, so mentions the
 *     tagger missed are counted too.
 */

#define G_LOG_DOMAIN "lectern-extractor"

#include "config.h"

#include "lectern-extractor.h"

#include "lectern-memory-private.h"
#include "lectern-ner.h"
#include "lectern-tokenizer.h"

#include <stdlib.h>
#include <string.h>

/* A span's length is counted in one byte. */
G_STATIC_ASSERT (LECTERN_TOKENIZER_MAX_SENTENCE < 256);

/* Forms looked at per shared word when merging and matching. */
#define MAX_CANDIDATES 512

/* Bump when the rules below change in a way that changes results. */
#define RULES_VERSION "56"

struct _LecternExtractor
{
  LecternNerModel *model;
  char            *version;
  int              trace;    /* $LECTERN_NER_TRACE: 1 prints tags, 2 also scores, 3 tags after the rules */
};

G_DEFINE_QUARK (lectern-extractor-error-quark, lectern_extractor_error)

typedef enum
{
  LANG_OTHER,
  LANG_FR,
  LANG_EN,
} Lang;

enum
{
  VOTE_PER,
  VOTE_ORG,
  VOTE_LOC,
  N_VOTES
};

/* One distinct token sequence that was tagged (or defined as an acronym). */
typedef struct
{
  guint32  first;       /* token index of its first occurrence */
  guint32  n_tokens;
  guint64  seq_hash;
  guint64 *hash;        /* exact and lower-case word hashes of its tokens */
  guint64 *lower;
  char    *surface;     /* white space folded */
  char    *key;         /* case-folded, article removed: forms with one key merge */
  guint    votes[N_VOTES];
  guint    parent;      /* union-find */
  guint    n_mentions;  /* after matching */
  guint    vehicle;     /* spans beside a word for a craft: "the Hera probe" */
  gboolean team;        /* a town's or a county's name read as its team */
} Form;

/* A token in 6 bytes (its start, then its length and flags), so that long
 * texts stay small in memory: code point offsets are computed for mentions
 * only (cp_marks), hashes and name-table flags again when needed outside the
 * sentence being tagged. */
G_STATIC_ASSERT (LECTERN_TOKEN_SPACE_BEFORE < 16);

/* The length field (12 bits) of a token of 4095 bytes or more, whose length
 * is kept in long_tokens instead. */
#define TOK_LONG 0x0fffu

/* The tokenizer runs on pieces of about this size, cut before a line break
 * (where a sentence ends anyway), so its larger tokens never all exist. */
#define PIECE_BYTES (1 << 16)

/* A run of tokens the tagger gave a type (MISC = 3), in token order. */
typedef struct
{
  guint32 start;
  guint8  len;
  gint8   type;
} Span;

typedef struct
{
  const char          *text;
  guint32             *starts;       /* per token: byte offset */
  guint16             *lens;         /* per token: byte length << 4 | LecternTokenFlags */
  guint                n_tokens;
  GHashTable          *long_tokens;  /* token index → byte length, or NULL */
  guint32             *cp_marks;     /* code points before each 4 KiB block of the text */
  guint8              *upper;        /* per token, a bit: it has a capital letter */
  GArray              *spans;        /* Span */
  GArray              *examples;     /* Span: bodies named by a place's name or a common word, that
                                      * a list of examples or a word for a firm vouches for */
  /* The sentence being tagged: its hashes and flags, computed once. */
  guint                cur_first;
  guint                cur_n;
  const guint64       *cur_hash;
  const guint64       *cur_lower;
  const guint32       *cur_lex;
  GString             *scratch;
  GArray              *forms;        /* Form */
  GHashTable          *form_by_seq;  /* seq hash → form index + 1 */
  const LecternLexicon *lexicon;
  LecternLexMemo      *lex_memo;
  Lang                 lang;         /* of the paragraph being tagged, then of the story */
  Lang                 story_lang;
  GArray              *langs;        /* LangRun: where the language of the paragraphs changes */
  /* Hashes of the words written after a first name, where the story has a
   * "Gen" or an "M" that may be a rank or a title (else NULL). */
  GHashTable          *named_surnames;
  /* Quoted titles of the sentence being tagged ("a post titled “Why I
   * Left The Party”"): no name is taken from them. */
  guint                n_muted;
  guint32              mute_from[4];
  guint32              mute_to[4];
} Doc;

typedef struct
{
  guint32 start;  /* token */
  guint32 lang;
} LangRun;

static const char *articles[] = { "le", "la", "les", "l'", "l’", "the" };

/* ---- small helpers ---- */

static inline const char *
tok_str (const Doc *doc,
         guint      i)
{
  return doc->text + doc->starts[i];
}

static inline guint32
tok_len (const Doc *doc,
         guint      i)
{
  guint32 len = doc->lens[i] >> 4;

  if (G_UNLIKELY (len == TOK_LONG))
    return GPOINTER_TO_UINT (g_hash_table_lookup (doc->long_tokens, GUINT_TO_POINTER (i)));

  return len;
}

static inline guint32
tok_flags (const Doc *doc,
           guint      i)
{
  return doc->lens[i] & 15;
}

static inline guint32
tok_end (const Doc *doc,
         guint      i)
{
  return doc->starts[i] + tok_len (doc, i);
}

static inline guint64
tok_hash (const Doc *doc,
          guint      i)
{
  if (i - doc->cur_first < doc->cur_n)
    return doc->cur_hash[i - doc->cur_first];

  return lectern_ner_hash (tok_str (doc, i), tok_len (doc, i));
}

static inline guint64
tok_lower (const Doc *doc,
           guint      i)
{
  if (i - doc->cur_first < doc->cur_n)
    return doc->cur_lower[i - doc->cur_first];

  return lectern_ner_lower_hash (tok_str (doc, i), tok_len (doc, i), doc->scratch);
}

/* "Ramón", "Joaquín": a capitalized word the name table lacks, written
 * with accents, has the name flags of its form without them when that is
 * a first name ("Ramon"): the American list drops accents. Asked only of
 * words the table lacks. */
static guint32
accent_folded_name_flags (const Doc *doc,
                          guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);
  gboolean iberian = FALSE;
  g_autofree char *word = NULL;
  g_autofree char *folded = NULL;
  guint32 flags;

  /* tok_has_upper(), defined further on. */
  if (!((doc->upper[i >> 3] >> (i & 7)) & 1) || len > 48 || memchr (s, 0xc3, len) == NULL)
    return 0;
  /* Only the accents of Spanish, Portuguese and Irish names (á í ó ú ñ
   * ã õ): the French lists keep theirs, and a French word without its
   * accent may be an English first name ("Sablé", "Sable"). */
  for (guint32 j = 0; j + 1 < len && !iberian; j++)
    iberian = (guchar) s[j] == 0xc3 &&
              ((guchar) s[j + 1] == 0xa1 || (guchar) s[j + 1] == 0xad || (guchar) s[j + 1] == 0xb3 ||
               (guchar) s[j + 1] == 0xba || (guchar) s[j + 1] == 0xb1 || (guchar) s[j + 1] == 0xa3 ||
               (guchar) s[j + 1] == 0xb5);
  if (!iberian || !g_unichar_isupper (g_utf8_get_char (s)))
    return 0;
  word = g_strndup (s, len);
  folded = g_str_to_ascii (word, "C");
  if (strchr (folded, '?') != NULL)
    return 0;
  /* The folded word is ASCII: its lower-case hash needs no scratch. */
  flags = lectern_lexicon_lookup (doc->lexicon, lectern_ner_lower_hash (folded, strlen (folded), NULL));

  return (flags & LECTERN_LEX_GIVEN) != 0
           ? flags & (LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME | LECTERN_LEX_SURNAME_TOP)
           : 0;
}

/* tok_lex of a token outside the sentence being tagged. */
static guint32
tok_lex_outside (const Doc *doc,
                 guint      i)
{
  guint32 flags = lectern_lexicon_lookup_memo (doc->lexicon, doc->lex_memo, tok_lower (doc, i));

  return flags != 0 ? flags : accent_folded_name_flags (doc, i);
}

/* Always inline: asked of most tokens by most rules, mostly inside the
 * sentence, where it is one load. */
G_ALWAYS_INLINE static inline guint32
tok_lex (const Doc *doc,
         guint      i)
{
  if (i - doc->cur_first < doc->cur_n)
    return doc->cur_lex[i - doc->cur_first];

  return tok_lex_outside (doc, i);
}

/* Code points in valid UTF-8: the bytes that do not continue a character
 * (10xxxxxx), counted eight at a time. */
static guint32
count_code_points (const char *s,
                   gsize       len)
{
  guint32 n = 0;
  gsize i = 0;

  for (; len - i >= 8; i += 8)
    {
      guint64 w;

      memcpy (&w, s + i, 8);
      /* The continuation bytes' top bits moved to the bottom of each byte
       * and added up by a multiplication into the top byte: without
       * -mpopcnt, __builtin_popcountll is a call to a loop. */
      w = (w & ~(w << 1) & G_GUINT64_CONSTANT (0x8080808080808080)) >> 7;
      n += 8 - (guint32) ((w * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
    }
  for (; i < len; i++)
    n += ((guchar) s[i] & 0xc0) != 0x80;

  return n;
}

/* Code points before a byte offset at a character boundary. Mentions come
 * in text order: counting on from the last offset asked (`cursor`, a byte
 * and its code points) keeps the count linear in the text, where starting
 * from the 4 KiB mark every time cost a scan of 2 KiB a mention. */
static guint32
byte_to_cp (const Doc *doc,
            guint32    byte,
            guint32   *cursor)
{
  const char *p;
  guint32 cp;

  if (cursor != NULL && cursor[0] <= byte && byte - cursor[0] < (byte & 4095u))
    {
      p = doc->text + cursor[0];
      cp = cursor[1];
    }
  else
    {
      p = doc->text + (byte & ~4095u);
      cp = doc->cp_marks[byte >> 12];
    }
  cp += count_code_points (p, doc->text + byte - p);
  if (cursor != NULL)
    {
      cursor[0] = byte;
      cursor[1] = cp;
    }

  return cp;
}

static gboolean scan_has_upper (const Doc *doc,
                                guint      i);


static void
tokenize (Doc  *doc,
          gsize length)
{
  /* Room for the tokens of a piece (about one in five bytes starts one),
   * so that the array seldom grows. */
  guint piece_tokens = (guint) MIN (length, PIECE_BYTES) / 4 + 16;
  g_autoptr(GArray) piece = g_array_sized_new (FALSE, FALSE, sizeof (LecternToken), piece_tokens);
  gsize cap = 0;
  gsize pos = 0;
  guint32 cp = 0;

  lectern_prefault (piece->data, sizeof (LecternToken) * piece_tokens);
  doc->cp_marks = g_new (guint32, (length >> 12) + 1);
  for (gsize b = 0; b < length; b += 4096)
    {
      doc->cp_marks[b >> 12] = cp;
      cp += count_code_points (doc->text + b, MIN (4096, length - b));
    }
  if ((length & 4095) == 0)
    doc->cp_marks[length >> 12] = cp;

  while (pos < length)
    {
      gsize end = MIN (pos + PIECE_BYTES, length);

      if (end < length)
        {
          const char *nl = memchr (doc->text + end, '\n', length - end);

          end = nl != NULL ? (gsize) (nl - doc->text) : length;
        }
      g_array_set_size (piece, 0);
      lectern_tokenize (doc->text + pos, end - pos, piece);
      /* Room for the rest of the text at the density seen so far, and a
       * sixteenth more: a doubling array could waste half. */
      if (doc->n_tokens + piece->len > cap)
        {
          gsize need = doc->n_tokens + piece->len;
          gsize rest = (length - end) * need / end;

          cap = need + rest + rest / 16 + 1024;
          doc->starts = g_renew (guint32, doc->starts, cap);
          doc->lens = g_renew (guint16, doc->lens, cap);
          lectern_prefault (doc->starts + doc->n_tokens, sizeof (guint32) * (cap - doc->n_tokens));
          lectern_prefault (doc->lens + doc->n_tokens, sizeof (guint16) * (cap - doc->n_tokens));
        }
      for (guint k = 0; k < piece->len; k++)
        {
          const LecternToken *t = &g_array_index (piece, LecternToken, k);
          guint32 len = t->byte_len;

          if (G_UNLIKELY (len >= TOK_LONG))
            {
              if (doc->long_tokens == NULL)
                doc->long_tokens = g_hash_table_new (NULL, NULL);
              g_hash_table_insert (doc->long_tokens, GUINT_TO_POINTER (doc->n_tokens),
                                   GUINT_TO_POINTER (len));
              len = TOK_LONG;
            }
          doc->starts[doc->n_tokens] = (guint32) (pos + t->byte_start);
          doc->lens[doc->n_tokens] = (guint16) (len << 4 | (t->flags & 15));
          doc->n_tokens++;
        }
      pos = end;
    }
  doc->starts = g_renew (guint32, doc->starts, MAX (doc->n_tokens, 1));
  doc->lens = g_renew (guint16, doc->lens, MAX (doc->n_tokens, 1));
  /* Rules ask whether a token has a capital many times over. */
  doc->upper = g_new0 (guint8, doc->n_tokens / 8 + 1);
  for (guint i = 0; i < doc->n_tokens; i++)
    doc->upper[i >> 3] |= (guint8) (scan_has_upper (doc, i) << (i & 7));
}

/* Inline, so that the length of a literal is known at compile time. */
static inline gboolean
tok_is (const Doc  *doc,
        guint       i,
        const char *s)
{
  /* The first byte first: most calls loop over word lists. */
  return *tok_str (doc, i) == *s && tok_len (doc, i) == strlen (s) &&
         memcmp (tok_str (doc, i), s, tok_len (doc, i)) == 0;
}

/* A set of lower-case ASCII letters as bits, for the first-letter checks
 * that come before a word list: LETTER ('t') | LETTER ('c'). */
#define LETTER(c) (1u << ((c) - 'a'))

static inline gboolean
letter_in (guint32 set,
           char    c)
{
  guint d = (guint) (guchar) c - 'a';

  return d < 26 && ((set >> d) & 1);
}

/* The same for capitals: CAPITAL ('U') | CAPITAL ('W'). */
#define CAPITAL(c) (1u << ((c) - 'A'))

static inline gboolean
capital_in (guint32 set,
            char    c)
{
  guint d = (guint) (guchar) c - 'A';

  return d < 26 && ((set >> d) & 1);
}

/* Whether token i is one of n_words words. Inline too, so that each list
 * of literals keeps its lengths known at compile time. */
static inline gboolean
tok_is_any (const Doc         *doc,
            guint              i,
            const char *const *words,
            guint              n_words)
{
  const char *t = tok_str (doc, i);

  /* The token's first byte once, against each word's. */
  for (guint k = 0; k < n_words; k++)
    if (*t == words[k][0] && tok_len (doc, i) == strlen (words[k]) && memcmp (t, words[k], tok_len (doc, i)) == 0)
      return TRUE;

  return FALSE;
}

static int
compare_u64 (const void *a,
             const void *b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* Whether `h` is among the `n` sorted `hashes`. */
static inline gboolean
sorted_hashes_contain (const guint64 *hashes,
                       guint          n,
                       guint64        h)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (hashes[mid] < h)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo < n && hashes[lo] == h;
}

/* tok_is_any of a long list, asked of many tokens: the token's hash is
 * looked up among the words' (`hashes`, as many as the words, sorted at
 * the first call, which `ready` records), and only a hash found is
 * compared word by word, so that the answer is tok_is_any's. */
static gboolean
tok_in_list (const Doc         *doc,
             guint              i,
             const char *const *words,
             guint              n_words,
             guint64           *hashes,
             gsize             *ready)
{
  guint64 h;

  if (g_once_init_enter (ready))
    {
      for (guint k = 0; k < n_words; k++)
        hashes[k] = lectern_ner_hash (words[k], strlen (words[k]));
      qsort (hashes, n_words, sizeof hashes[0], compare_u64);
      g_once_init_leave (ready, 1);
    }
  h = tok_hash (doc, i);

  return sorted_hashes_contain (hashes, n_words, h) && tok_is_any (doc, i, words, n_words);
}

static gboolean
tok_has_upper (const Doc *doc,
               guint      i)
{
  return (doc->upper[i >> 3] >> (i & 7)) & 1;
}

static gboolean
scan_has_upper (const Doc *doc,
                guint      i)
{
  const char *s = tok_str (doc, i);
  const char *end = s + tok_len (doc, i);

  while (s < end)
    {
      if ((guchar) *s < 0x80)
        {
          if (*s >= 'A' && *s <= 'Z')
            return TRUE;
          s++;
        }
      else
        {
          if (g_unichar_isupper (g_utf8_get_char (s)))
            return TRUE;
          s = g_utf8_next_char (s);
        }
    }

  return FALSE;
}

/* Inline, like tok_starts_lower: asked of most tokens by many rules, and
 * told by one byte for ASCII. */
static inline gboolean
tok_starts_upper (const Doc *doc,
                  guint      i)
{
  const char *s = tok_str (doc, i);

  if ((guchar) *s < 0x80)
    return *s >= 'A' && *s <= 'Z';

  return g_unichar_isupper (g_utf8_get_char (s));
}

static inline gboolean
tok_starts_lower (const Doc *doc,
                  guint      i)
{
  const char *s = tok_str (doc, i);

  /* The lower-case letters of ASCII are a to z. */
  if ((guchar) *s < 0x80)
    return *s >= 'a' && *s <= 'z';

  return g_unichar_islower (g_utf8_get_char (s));
}

static gboolean is_particle (const Doc *doc,
                             guint      i);
static gboolean opens_clause (const Doc *doc,
                              guint      i);

/* g_ascii_tolower, inline: GLib's is a call, and some loops below ask it
 * of every token. */
static inline char
ascii_tolower (char c)
{
  return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
}

/* Whether s[0, len), of 2 to 4 bytes, is one of `articles` in any case. */
static gboolean
is_article (const char *s,
            guint32     len)
{
  char a = ascii_tolower (s[0]);

  if (len == 2)
    return a == 'l' && (ascii_tolower (s[1]) == 'e' || ascii_tolower (s[1]) == 'a' || s[1] == '\'');
  if (len == 3)
    return (a == 'l' && ascii_tolower (s[1]) == 'e' && ascii_tolower (s[2]) == 's') ||
           (a == 't' && ascii_tolower (s[1]) == 'h' && ascii_tolower (s[2]) == 'e');

  return a == 'l' && memcmp (s + 1, "\xe2\x80\x99", 3) == 0;
}

/* One of `articles`, in any case: by length first, inline, as it is asked
 * of most tokens. */
static inline gboolean
tok_is_article (const Doc *doc,
                guint      i)
{
  guint32 len = tok_len (doc, i);

  return len >= 2 && len <= 4 && is_article (tok_str (doc, i), len);
}

static gboolean
tok_is_elision (const Doc *doc,
                guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  return (len >= 1 && s[len - 1] == '\'') || (len >= 3 && memcmp (s + len - 3, "\xe2\x80\x99", 3) == 0);
}

/* Whether token i starts a sentence or a clause that reads like one: after a
 * dateline's dash ("BRUSSELS — The European Commission") or a colon, a
 * capital says nothing about a name either. Not after a quote, which may
 * open a name ("credited as "The Phantom Horns""). */
static gboolean
tok_starts_clause (const Doc *doc,
                   guint      i)
{
  /* A hyphen alone is a dash typed on a keyboard ("BOSTON - Halden"). */
  static const char *openers[] = { "\xe2\x80\x94", "\xe2\x80\x93", ":", "-" };

  if (tok_flags (doc, i) & LECTERN_TOKEN_SENTENCE_START)
    return TRUE;
  return i > 0 && !(tok_flags (doc, i - 1) & LECTERN_TOKEN_WORD) &&
         tok_is_any (doc, i - 1, openers, G_N_ELEMENTS (openers));
}

static inline gboolean
tok_is_possessive (const Doc *doc,
                   guint      i)
{
  /* Asked of most tokens: the first byte tells most apart, inline. */
  if (*tok_str (doc, i) != '\'' && (guchar) *tok_str (doc, i) != 0xe2)
    return FALSE;
  return tok_is (doc, i, "'s") || tok_is (doc, i, "\xe2\x80\x99s") ||
         tok_is (doc, i, "'") || tok_is (doc, i, "\xe2\x80\x99");
}

/* tok_is_acronym of a token of 2 to 40 bytes that starts with a capital. */
static gboolean
is_acronym (const char *s,
            guint32     len)
{
  const char *end = s + len;
  guint upper = 0, lower = 0, n = 0;

  for (; s < end; s = g_utf8_next_char (s), n++)
    {
      gunichar c = (guchar) *s < 0x80 ? (gunichar) *s : g_utf8_get_char (s);

      /* ASCII letters told without a call. */
      if (c < 0x80 ? (c >= 'A' && c <= 'Z') : g_unichar_isupper (c))
        upper++;
      else if (c < 0x80 ? (c >= 'a' && c <= 'z') : g_unichar_islower (c))
        lower++;
      /* Most capitalized words are told at their third letter. */
      if (lower > 1 || n >= 10)
        return FALSE;
    }

  return n >= 2 && n <= 10 && upper >= 2 && lower <= 1 && upper > lower;
}

/* An acronym: 2 to 10 characters, letters mostly capitals ("ONU",
 * "SUD-PTT"). Inline, as most tokens are told apart at once: most words
 * have no capital, and most capitalized words have two lower-case letters
 * after the first, where is_acronym would stop. */
static inline gboolean
tok_is_acronym (const Doc *doc,
                guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  if (!tok_has_upper (doc, i) || len < 2 || len > 40 ||
      (len >= 3 && s[1] >= 'a' && s[1] <= 'z' && s[2] >= 'a' && s[2] <= 'z') || !tok_starts_upper (doc, i))
    return FALSE;

  return is_acronym (s, len);
}

/* Case-folded, apostrophes and dashes unified, white space folded. */
static char *
normalize (const char *s,
           gsize       len,
           gboolean    fold)
{
  g_autofree char *folded = fold ? g_utf8_casefold (s, (gssize) len) : g_strndup (s, len);
  GString *out = g_string_sized_new (len);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        c = '\'';
      else if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212)
        c = '-';
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
form_key (const char *surface)
{
  g_autofree char *n = normalize (surface, strlen (surface), TRUE);

  for (guint k = 0; k < G_N_ELEMENTS (articles); k++)
    {
      gsize len = strlen (articles[k]);

      if (g_str_has_prefix (n, articles[k]) && n[len] != '\0')
        {
          if (articles[k][len - 1] == '\'')
            return g_strdup (n + len);
          if (n[len] == ' ' && n[len + 1] != '\0')
            return g_strdup (n + len + 1);
        }
    }

  return g_steal_pointer (&n);
}

#define SEQ_HASH_INIT 0x84222325cbf29ce4ULL
#define SEQ_HASH_STEP(h, word) (((h) ^ (word)) * 0x100000001b3ULL + ((h) >> 29))

static guint64
seq_hash (const Doc *doc,
          guint      a,
          guint      b)
{
  guint64 h = SEQ_HASH_INIT;

  for (guint i = a; i < b; i++)
    h = SEQ_HASH_STEP (h, tok_hash (doc, i));

  return h ? h : 1;
}

static guint
find_root (GArray *forms,
           guint   i)
{
  while (g_array_index (forms, Form, i).parent != i)
    {
      Form *f = &g_array_index (forms, Form, i);

      f->parent = g_array_index (forms, Form, f->parent).parent;
      i = f->parent;
    }

  return i;
}

static void
unite (GArray *forms,
       guint   a,
       guint   b)
{
  a = find_root (forms, a);
  b = find_root (forms, b);
  if (a == b)
    return;
  /* The earlier form stays the root, which keeps results deterministic. */
  if (a < b)
    g_array_index (forms, Form, b).parent = a;
  else
    g_array_index (forms, Form, a).parent = b;
}

static void
form_clear (gpointer data)
{
  Form *f = data;

  g_free (f->surface);
  g_free (f->key);
  g_free (f->hash);
  g_free (f->lower);
}

/* The form of tokens [a, b), created if new. */
static guint
get_form (Doc  *doc,
          guint a,
          guint b)
{
  guint64 h = seq_hash (doc, a, b);
  gpointer found = g_hash_table_lookup (doc->form_by_seq, &h);
  Form form = { 0 };

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  form.first = a;
  form.n_tokens = b - a;
  form.seq_hash = h;
  form.surface = normalize (tok_str (doc, a), tok_end (doc, b - 1) - doc->starts[a], FALSE);
  form.key = form_key (form.surface);
  form.hash = g_new (guint64, b - a);
  form.lower = g_new (guint64, b - a);
  for (guint i = a; i < b; i++)
    {
      form.hash[i - a] = tok_hash (doc, i);
      form.lower[i - a] = tok_lower (doc, i);
    }
  form.parent = doc->forms->len;
  g_array_append_val (doc->forms, form);
  g_hash_table_insert (doc->form_by_seq, g_memdup2 (&h, sizeof h),
                       GUINT_TO_POINTER (doc->forms->len));

  return doc->forms->len - 1;
}

/* The lower-case hash of tokens [a, b) joined by a space, after `state`:
 * a name's key as the trainer joins the names of data/gazetteers, hashed
 * piece by piece rather than written out (these lookups run over most
 * capitalized words). */
static guint64
joined_lower_hash_add (const Doc *doc,
                       guint64    state,
                       guint      a,
                       guint      b)
{
  for (guint i = a; i < b; i++)
    {
      if (i > a)
        state = lectern_ner_lower_hash_add (state, " ", 1, doc->scratch);
      state = lectern_ner_lower_hash_add (state, tok_str (doc, i), tok_len (doc, i), doc->scratch);
    }

  return state;
}

/* lectern_ner_lower_hash of `prefix` and tokens [a, b) joined by a
 * space. */
static guint64
joined_lower_hash (const Doc  *doc,
                   const char *prefix,
                   guint       a,
                   guint       b)
{
  guint64 h = lectern_ner_lower_hash_add (LECTERN_NER_HASH_START, prefix, strlen (prefix), doc->scratch);

  return lectern_ner_hash_end (joined_lower_hash_add (doc, h, a, b));
}

/* Whether token i is a first name: of the name table's lists, or of the
 * world's news that they lack ("Valtteri", "Chaminda"). */
static gboolean
tok_is_first_name (const Doc *doc,
                   guint      i)
{
  char key[64];

  if (tok_lex (doc, i) & LECTERN_LEX_GIVEN)
    return TRUE;
  /* On the stack: this runs over many capitalized words. */
  if (tok_len (doc, i) + 1 > sizeof key)
    return FALSE;
  key[0] = LECTERN_LEX_GIVEN_NAME_KEY[0];
  memcpy (key + 1, tok_str (doc, i), tok_len (doc, i));

  return lectern_lexicon_lookup (doc->lexicon, lectern_ner_lower_hash (key, tok_len (doc, i) + 1, doc->scratch)) != 0;
}

/* The number of the well-known organization that tokens [a, b) name, in
 * any case (LECTERN_LEX_AMBIGUOUS when two share the name), or 0. */
static guint32
known_organization (Doc  *doc,
                    guint a,
                    guint b)
{
  return lectern_lexicon_lookup (doc->lexicon, joined_lower_hash (doc, LECTERN_LEX_ORG_KEY, a, b));
}

/* known_organization of `article` and tokens [a, b): "du Figaro" is "de
 * Le Figaro". */
static guint32
known_organization_after (Doc        *doc,
                          const char *article,
                          guint       a,
                          guint       b)
{
  guint64 h = lectern_ner_lower_hash_add (LECTERN_NER_HASH_START, LECTERN_LEX_ORG_KEY, 1, doc->scratch);

  h = lectern_ner_lower_hash_add (h, article, strlen (article), doc->scratch);

  return lectern_lexicon_lookup (doc->lexicon, lectern_ner_hash_end (joined_lower_hash_add (doc, h, a, b)));
}

/* known_organization_after of the article inside the French contraction
 * before token a: "au Parisien", "du Figaro", "aux Échos". Not inside a
 * name ("Coupe du Monde"); a common word needs the press around it ("a
 * déclaré au Monde", "un journaliste du Monde", not "du Monde entier"). */
static guint32
known_after_contraction (Doc  *doc,
                         guint a,
                         guint b)
{
  static const char *press[] = {
    "déclaré", "confié", "indiqué", "expliqué", "affirmé", "raconté", "précisé", "assuré", "dit",
    "répondu", "annoncé", "révélé", "entretien", "interview", "tribune", "journaliste", "journalistes",
    "éditorialiste", "correspondant", "correspondante", "directeur", "directrice", "rédaction",
    "chroniqueur", "chroniqueuse", "article", "enquête", "édition", "site", "une", "colonnes",
    "éditeur", "éditrice", "propriétaire",
    /* A party's people and votes: "les voix des Engagés", "le président
     * des Républicains". */
    "voix", "élus", "élu", "élue", "président", "présidente", "candidat", "candidate", "liste", "ministre",
    "député", "députée", "députés", "sénateur", "sénatrice", "militants", "porte-parole", "chef", "groupe",
  };
  const char *article;

  /* The contraction first: it rules out almost every word at once. */
  if (a < 2)
    return 0;
  article = tok_is (doc, a - 1, "au") || tok_is (doc, a - 1, "du") ? "le "
            : tok_is (doc, a - 1, "aux") || tok_is (doc, a - 1, "des") ? "les "
            : NULL;
  if (article == NULL || !tok_starts_upper (doc, a) ||
      (tok_starts_upper (doc, a - 2) && !(tok_flags (doc, a - 2) & LECTERN_TOKEN_SENTENCE_START)) ||
      ((tok_lex (doc, a) & LECTERN_LEX_LOWER) && !tok_is_any (doc, a - 2, press, G_N_ELEMENTS (press))))
    return 0;

  return known_organization_after (doc, article, a, b);
}

/* LECTERN_LEX_PLACE_SUFFIX and _PREFIX of token i. */
static guint32
place_word (Doc  *doc,
            guint i)
{
  return lectern_lexicon_lookup (doc->lexicon, joined_lower_hash (doc, LECTERN_LEX_PLACE_WORD_KEY, i, i + 1));
}

/* The name-table flags of tokens [a, b) as one lower-cased name. */
static guint32
name_flags (Doc  *doc,
            guint a,
            guint b)
{
  if (b == a + 1)
    return tok_lex (doc, a);

  return lectern_lexicon_lookup (doc->lexicon, joined_lower_hash (doc, "", a, b));
}

/* ---- pass 1: tagging ---- */

/* Function words are a quarter or more of French or English prose; other
 * languages share few of them ("a", "en", "la"). */
static Lang
language_of_counts (guint fr,
                    guint en,
                    guint words)
{
  if (words == 0 || MAX (fr, en) * 100 < words * 12)
    return LANG_OTHER;

  return fr >= en ? LANG_FR : LANG_EN;
}

static Lang
detect_language (Doc *doc)
{
  guint fr = 0, en = 0, words = 0;

  for (guint i = 0; i < doc->n_tokens && words < 20000; i++)
    {
      guint32 lex;

      if (!(tok_flags (doc, i) & LECTERN_TOKEN_WORD))
        continue;
      words++;
      /* Once a word: no sentence is being tagged yet, so each tok_lex
       * hashes the word again. */
      lex = tok_lex (doc, i);
      fr += (lex & LECTERN_LEX_STOP_FR) != 0;
      en += (lex & LECTERN_LEX_STOP_EN) != 0;
    }

  return language_of_counts (fr, en, words);
}

/* The number of words of the line from token i, among its first
 * `words`, that start with a digit ("Adair 80"). */
static guint
count_number_words (Doc  *doc,
                    guint i,
                    guint words)
{
  guint n = 0;

  for (guint k = i, w = 0; k < doc->n_tokens && w < words; k++)
    {
      if (k > i && (tok_flags (doc, k) & LECTERN_TOKEN_LINE_START))
        break;
      if (!(tok_flags (doc, k) & LECTERN_TOKEN_WORD))
        continue;
      w++;
      n += g_ascii_isdigit (*tok_str (doc, k)) != 0;
    }

  return n;
}

/* Whether the line from token i is a team sheet of surnames: a label of
 * up to four words and a colon ("Larne:"), then one capitalized word
 * after each comma, semicolon or bracket, or a substitute's minute
 * ("McVicker (Adair 80), Ferris"). */
static gboolean
is_sheet_line (Doc  *doc,
               guint i)
{
  guint k = i + 1;

  while (k < doc->n_tokens && k <= i + 4 && !tok_is (doc, k, ":"))
    if (!(tok_flags (doc, k++) & LECTERN_TOKEN_WORD))
      return FALSE;
  if (k >= doc->n_tokens || !tok_is (doc, k, ":"))
    return FALSE;
  for (k++; k < doc->n_tokens && !(tok_flags (doc, k) & LECTERN_TOKEN_LINE_START); k++)
    {
      gboolean after_mark = tok_is (doc, k - 1, ":") || tok_is (doc, k - 1, ",") || tok_is (doc, k - 1, ";") ||
                            tok_is (doc, k - 1, "(");

      if (!(tok_flags (doc, k) & LECTERN_TOKEN_WORD))
        continue;
      if (g_ascii_isdigit (*tok_str (doc, k)) ? !(tok_flags (doc, k - 1) & LECTERN_TOKEN_WORD) : !after_mark)
        return FALSE;
    }

  return TRUE;
}

/* The language of the line (paragraph) from token i: from its first 80
 * words. A line of fewer than 12 ("Read more", a headline) takes the
 * story's, unless its function words are all of one language, French or
 * English ("Le Parti socialiste a gagné" in an English story: "le" is
 * only French, "a" both). Stories mix languages (a French story quoting
 * English). */
static Lang
detect_line_language (Doc  *doc,
                      guint i)
{
  guint fr = 0, en = 0, words = 0, fr_only = 0, en_only = 0, caps = 0;

  for (guint k = i; k < doc->n_tokens && words < 80; k++)
    {
      guint32 lex;

      if (k > i && (tok_flags (doc, k) & LECTERN_TOKEN_LINE_START))
        break;
      if (!(tok_flags (doc, k) & LECTERN_TOKEN_WORD))
        continue;
      words++;
      lex = tok_lex (doc, k) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN);
      fr += (lex & LECTERN_LEX_STOP_FR) != 0;
      en += (lex & LECTERN_LEX_STOP_EN) != 0;
      fr_only += lex == LECTERN_LEX_STOP_FR;
      en_only += lex == LECTERN_LEX_STOP_EN;
    }

  /* "Kerala Chief Minister Pinarayi Vijayan, Tamil Nadu Chief Minister
   * M.K. Stalin and …": a paragraph mostly of names has few function
   * words; its words in lower case tell its language (a German one has
   * fewer capitals, and few of ours among them), if two of them are
   * ours (not a list of a concert's pieces and their authors). */
  if (words >= 12 && language_of_counts (fr, en, words) == LANG_OTHER)
    {
      /* Rare: the capitals are counted only here. */
      for (guint k = i, w = 0; k < doc->n_tokens && w < words; k++)
        {
          if (k > i && (tok_flags (doc, k) & LECTERN_TOKEN_LINE_START))
            break;
          if (!(tok_flags (doc, k) & LECTERN_TOKEN_WORD))
            continue;
          w++;
          caps += tok_starts_upper (doc, k);
        }
      if (caps * 2 >= words && words > caps && MAX (fr, en) >= 2 && MAX (fr, en) * 4 >= words - caps)
        return fr >= en ? LANG_FR : LANG_EN;
      /* "Larne: Byrne, Nolan-Smyth, McKee, …": a team's name and a colon,
       * then names and numbers only, no word in lower case: a team
       * sheet, in the story's language. */
      if (caps + count_number_words (doc, i, words) == words && is_sheet_line (doc, i))
        return doc->story_lang;
    }
  if (words >= 12)
    return language_of_counts (fr, en, words);
  if (fr_only > 0 && en_only == 0)
    return LANG_FR;
  if (en_only > 0 && fr_only == 0)
    return LANG_EN;

  return doc->story_lang;
}

/* Where detect_line_language (doc, i) stops reading. */
static guint
line_language_end (const Doc *doc,
                   guint      i)
{
  guint words = 0;
  guint k;

  for (k = i; k < doc->n_tokens && words < 80; k++)
    {
      if (k > i && (tok_flags (doc, k) & LECTERN_TOKEN_LINE_START))
        break;
      words += (tok_flags (doc, k) & LECTERN_TOKEN_WORD) != 0;
    }

  return k;
}

/* The language of the paragraph of token i (after tagging). */
static Lang
lang_at (const Doc *doc,
         guint      i)
{
  guint lo = 0, hi = doc->langs->len;

  /* The last run that starts at or before i. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (doc->langs, LangRun, mid).start <= i)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo == 0 ? doc->story_lang : (Lang) g_array_index (doc->langs, LangRun, lo - 1).lang;
}

static int
tag_vote (guint8 tag)
{
  switch (tag)
    {
    case LECTERN_TAG_B_PER:
    case LECTERN_TAG_I_PER:
      return VOTE_PER;
    case LECTERN_TAG_B_ORG:
    case LECTERN_TAG_I_ORG:
      return VOTE_ORG;
    case LECTERN_TAG_B_LOC:
    case LECTERN_TAG_I_LOC:
      return VOTE_LOC;
    default:
      return -1;
    }
}

/* "Director-General", "vice-président": a hyphenated word whose part is
 * a title. The name table holds single words, so the parts are looked up. */
static gboolean
is_hyphenated_title (Doc  *doc,
                     guint i)
{
  g_autofree char *word = g_strndup (tok_str (doc, i), tok_len (doc, i));
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) scratch = NULL;
  gboolean title = FALSE;

  if (strchr (word, '-') == NULL || tok_len (doc, i) > 64)
    return FALSE;
  parts = g_strsplit (word, "-", 4);
  scratch = g_string_new (NULL);
  for (guint k = 0; parts[k] != NULL && !title; k++)
    title = (lectern_lexicon_lookup (doc->lexicon,
                                     lectern_ner_lower_hash (parts[k], strlen (parts[k]), scratch))
             & LECTERN_LEX_TITLE) != 0;

  return title;
}

/* "Director-General" in "WHO Director-General", "Chair" in "FCC Chair":
 * an office after a body's acronym; not a saint's name ("CHU
 * Saint-Pierre", "AS Saint-Étienne"). */
static gboolean
is_office_after_acronym (Doc  *doc,
                         guint i)
{
  if (tok_len (doc, i) >= 4 && memcmp (tok_str (doc, i), "Sain", 4) == 0)
    return FALSE;

  return (tok_lex (doc, i) & LECTERN_LEX_TITLE) || is_hyphenated_title (doc, i);
}

/* Whether token i is "Gen" or "M", a rank or a title that the press may
 * write without its full stop. */
static inline gboolean
tok_is_bare_title (const Doc *doc,
                   guint      i)
{
  return (tok_len (doc, i) == 1 && *tok_str (doc, i) == 'M') || (tok_len (doc, i) == 3 && tok_is (doc, i, "Gen"));
}

/* Fills doc->named_surnames, once, before the tagging, if the story
 * holds a bare "Gen" or "M": one pass, so that a text of many such
 * words stays linear. */
static void
note_named_surnames (Doc *doc)
{
  guint i = 0;

  while (i < doc->n_tokens && !tok_is_bare_title (doc, i))
    i++;
  if (i == doc->n_tokens)
    return;
  doc->named_surnames = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint j = 1; j < doc->n_tokens; j++)
    {
      guint64 h;

      if (!tok_starts_upper (doc, j) || !(tok_flags (doc, j) & LECTERN_TOKEN_WORD) ||
          !tok_starts_upper (doc, j - 1) || tok_is_bare_title (doc, j - 1) || !tok_is_first_name (doc, j - 1))
        continue;
      h = tok_hash (doc, j);
      if (!g_hash_table_contains (doc->named_surnames, &h))
        g_hash_table_add (doc->named_surnames, g_memdup2 (&h, sizeof h));
    }
}

/* "Gen Mazurek told", "M Pouyanné argued": a rank or a title at i
 * before a surname alone that the story gives elsewhere after a first
 * name ("Brig Gen Zbigniew Mazurek", "Patrick Pouyanné"). */
static gboolean
is_title_of_named_surname (const Doc *doc,
                           guint      i)
{
  guint64 h;

  if (doc->named_surnames == NULL || i + 1 >= doc->n_tokens || !tok_starts_upper (doc, i + 1) ||
      !(tok_flags (doc, i + 1) & LECTERN_TOKEN_WORD) ||
      (i + 2 < doc->n_tokens && tok_starts_upper (doc, i + 2) && (tok_flags (doc, i + 2) & LECTERN_TOKEN_WORD)))
    return FALSE;
  h = tok_hash (doc, i + 1);

  return g_hash_table_contains (doc->named_surnames, &h);
}

/* Honorifics and ranks that the name table's titles lack ("Alhaji Musa
 * Danjuma", "Premier Gladys Berejiklian", "Cik Nurul Syazwani", "Det Insp
 * Priya Chaudhary"); none is also a first name. "Chief" is one before a
 * first name ("Chief Olumide Ayeni-Coker", not "Chief Justice"). */
static gboolean
is_unlisted_title (const Doc *doc,
                   guint      i)
{
  static const char *const words[] = {
    "Alhaji", "Alhaja", "Alhaj", "Hajia", "Hajiya", "Mallam", "Datuk", "Datin", "Dato'", "Dato\xe2\x80\x99",
    "Tun", "Cik", "Encik", "Ustaz", "Ustazah", "Madam", "Engr", "Engr.", "Eng.", "Atty", "Atty.", "Advocate",
    "Advocates", "Spokesperson", "Spokeswoman", "Spokesman", "Det", "Insp", "Supt", "Pastor", "Prophet", "Oba",
    "Ayatollah", "Mullah", "Swami", "Shri", "Smt", "Baroness", "Countess", "Duchess", "Archdeacon",
    "Premier", "Councillor", "Councilor", "Alderman", "Assemblyman", "Assemblywoman", "Superintendent",
    "Sheriff", "Commander", "Corporal", "Trooper", "Deputy", "Provost", "Rector", "Adv", "Adv.", "Conseiller",
    "Conseillère", "Commissaire", "Gouverneur", "Ambassadeur", "Ambassadrice", "Évêque", "Archevêque",
    "Recteur", "Rectrice", "Sergent", "Adjudant", "Caporal", "Chancelier", "Chancelière",
    "conseiller", "conseillère", "commissaire", "gouverneur", "ambassadeur", "ambassadrice", "évêque",
    "archevêque", "recteur", "rectrice", "sergent", "adjudant", "caporal", "chancelier", "chancelière",
    "sélectionneur", "sélectionneuse", "entraîneuse", "Cllr", "Cllr.", "Brig", "Brig.",
    /* Police and courts of South Asia and beyond, Islamic scholars,
     * Filipino village chiefs, Aboriginal elders, Ireland's heads of
     * government. */
    "Constable", "Prosecutor", "DSP", "SSP", "DIG", "IGP", "SHO", "ASP", "Maulana", "Mufti", "Kapitan",
    "Aunty", "Taoiseach", "Tánaiste",
    /* Police ranks of Africa and South Asia; honorifics of West and East
     * Africa (pilgrims, comrades, elders, chiefs, lawyers). */
    "SP", "CSP", "SCP", "ACP", "DCP", "AIG", "Hajji", "Hajj", "Malam", "Mbuya", "Sekuru", "Cde", "Cde.",
    "Barr", "Barr.", "Osagyefuo", "Togbe", "Igwe", "Owek", "Owek.",
    /* Members of parliaments and assemblies of the Commonwealth ("the Rt
     * Hon Sir Keir Starmer", "MCA Hon. Peter Imwatok"), ranks written
     * with their full stop. */
    "Hon", "Hon.", "Rt", "Rt.", "Det.", "Insp.", "Supt.", "Cpl", "Cpl.", "Cmdr", "Cmdr.", "Sgt", "Capt", "Lt",
    /* Members of American city and town councils and state assemblies. */
    "Councilmember", "Councilwoman", "Councilman", "Assemblymember", "Selectman", "Selectwoman",
    "Alderwoman", "Freeholder",
    /* Burmese and Thai honorifics ("Daw Khin Myo Thant", "Khun Ploy"). */
    "Daw", "Khun",
    /* Pakistan's and Nigeria's lawyers in politics; comrades of trade
     * unions and chiefs of tribes in Africa and South Asia. */
    "Barrister", "Comrade", "Sardar",
    /* Ranks of the armies of South Asia ("Naik Sher Afzal", "Sepoy
     * Muhammad Rizwan"). */
    "Naik", "Sepoy", "Havildar", "Subedar",
    /* Ranks of British police forces in letters ("DCC Nikesh Valli",
     * "DCI Sarah Mole"). */
    "DCC", "ACC", "DCI", "DCS", "PCSO",
    /* Clergy without the full stop ("Rev Mutava Musyimi", "Revd Jane
     * Hall", "Msgr Paul Tighe"); members of school boards; Indonesian
     * honorifics ("Ibu Wa Ode Hasnah", "Bapak Joko"). */
    "Rev", "Revd", "Msgr", "Trustee", "Trustees", "Ibu", "Bapak",
    /* Members of parliaments before their names ("Congress MP Karti
     * Chidambaram"), a government's advisers ("Chief Economic Adviser V.
     * Anantha Nageswaran"). */
    "MP", "MEP", "MLA", "MPP", "MSP", "MNA", "Adviser", "Advisor",
    /* German honorifics ("Herr Bader"). */
    "Herr", "Frau",
    /* Military ranks as the British and wire press shorten them, without
     * the full stop or with it ("Gen Assimi Goïta", "Lt-Gen Sarah
     * Kowalchuk", "Maj-Gen Eldon Millar", "Adm. Tony Radakin"). */
    "Gen.", "Lt-Gen", "Maj-Gen", "Brig-Gen", "Lt-Col", "Col.", "Maj.", "Adm", "Adm.", "Vice-Adm",
    "Rear-Adm", "Lt.", "Capt.", "Sgt.", "Cdr", "Cdr.", "Cdre", "Pte", "Pvt", "Pvt.", "Gén.",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  /* A chief of Nigeria before a first name, listed or that no list
   * knows at all ("Chief Gbenga Afolabi"), not "Chief Executive". */
  if (tok_is (doc, i, "Chief"))
    return i + 1 < doc->n_tokens && tok_starts_upper (doc, i + 1) &&
           ((tok_lex (doc, i + 1) & LECTERN_LEX_GIVEN) || tok_lex (doc, i + 1) == 0) &&
           !(tok_lex (doc, i + 1) & (LECTERN_LEX_TITLE | LECTERN_LEX_LOWER | LECTERN_LEX_ORG_HEAD));
  /* "Rev Canon Chris Kinyanjui": a canon after the reverend (else the
   * camera maker). */
  if (tok_is (doc, i, "Canon"))
    return i > 0 && (tok_is (doc, i - 1, "Rev") || tok_is (doc, i - 1, "Rev.") || tok_is (doc, i - 1, "Revd"));
  /* An emir before a first name, listed or unknown, and a surname ("Emir
   * Abdullahi Bayero", "Emir Muhammadu Sanusi II"; "Emir Kusturica" is a
   * name). */
  if (tok_is (doc, i, "Emir"))
    return i + 2 < doc->n_tokens && ((tok_lex (doc, i + 1) & LECTERN_LEX_GIVEN) || tok_lex (doc, i + 1) == 0) &&
           tok_starts_upper (doc, i + 1) &&
           tok_starts_upper (doc, i + 2) && !(tok_lex (doc, i + 1) & LECTERN_LEX_LOWER);
  /* "la Dre Favre-Duvoisin": a woman doctor in Quebec and Switzerland,
   * not the rapper after "Dr.". */
  if (tok_is (doc, i, "Dre"))
    return i + 1 < doc->n_tokens && tok_starts_upper (doc, i + 1) &&
           !(i > 0 && (tok_is (doc, i - 1, "Dr") || tok_is (doc, i - 1, "Dr.")));
  /* A British constable, an Irish guard, before a first name or a rank
   * ("PC Rhiannon Cole", "Garda Commissioner Justin Kelly"); else the
   * party or the force. */
  /* Malaysia's titles of two words: "Tan Sri", "Toh Puan", "Puan Sri",
   * "Datuk Seri", "Dato' Sri" ("Sri Lanka" is a place). */
  if (tok_is (doc, i, "Puan"))
    return i + 1 < doc->n_tokens && tok_is (doc, i + 1, "Sri");
  if (tok_is (doc, i, "Tan") || tok_is (doc, i, "Toh"))
    return i + 1 < doc->n_tokens && (tok_is (doc, i + 1, "Sri") || tok_is (doc, i + 1, "Puan"));
  /* "Pak Slamet": an Indonesian man's honorific before a first name,
   * listed or unknown (not "Pak Army"). */
  if (tok_is (doc, i, "Pak"))
    return i + 1 < doc->n_tokens && tok_starts_upper (doc, i + 1) &&
           ((tok_lex (doc, i + 1) & LECTERN_LEX_GIVEN) || tok_lex (doc, i + 1) == 0) &&
           !(tok_lex (doc, i + 1) & (LECTERN_LEX_TITLE | LECTERN_LEX_LOWER | LECTERN_LEX_ORG_HEAD));
  /* "Brig Gen (retd) M Sakhawat Hussain", "Lt Gen Mohammad": a general's
   * rank without its full stop ("Gen" alone is also a first name); alone
   * before a first name and a surname ("Gen Assimi Goïta", not "Gen
   * Nakatani"). */
  if (tok_is (doc, i, "Gen"))
    return (i > 0 && (tok_is (doc, i - 1, "Brig") || tok_is (doc, i - 1, "Lt") || tok_is (doc, i - 1, "Maj") ||
                      tok_is (doc, i - 1, "Brigadier") || tok_is (doc, i - 1, "Lieutenant") ||
                      tok_is (doc, i - 1, "Major"))) ||
           (i + 2 < doc->n_tokens && tok_starts_upper (doc, i + 1) && tok_starts_upper (doc, i + 2) &&
            (tok_flags (doc, i + 2) & LECTERN_TOKEN_WORD) && tok_is_first_name (doc, i + 1) &&
            !(tok_lex (doc, i + 1) & (LECTERN_LEX_LOWER | LECTERN_LEX_TITLE))) ||
           is_title_of_named_surname (doc, i);
  /* "M Pouyanné": the French "Monsieur" as English copy writes it,
   * without its full stop. */
  if (tok_len (doc, i) == 1 && *tok_str (doc, i) == 'M')
    return is_title_of_named_surname (doc, i);
  /* A Malaysian state's chief minister: "Perak Menteri Besar". */
  if (tok_is (doc, i, "Menteri"))
    return i + 1 < doc->n_tokens && tok_is (doc, i + 1, "Besar");
  if (tok_is (doc, i, "Besar"))
    return i > 0 && tok_is (doc, i - 1, "Menteri");
  if (tok_is (doc, i, "Sri") || tok_is (doc, i, "Seri"))
    return i > 0 && (tok_is (doc, i - 1, "Tan") || tok_is (doc, i - 1, "Puan") || tok_is (doc, i - 1, "Datuk") ||
                     tok_is (doc, i - 1, "Dato'") || tok_is (doc, i - 1, "Dato\xe2\x80\x99") ||
                     tok_is (doc, i - 1, "Datin"));
  if (tok_is (doc, i, "PC") || tok_is (doc, i, "Garda"))
    return i + 1 < doc->n_tokens && tok_starts_upper (doc, i + 1) &&
           ((tok_lex (doc, i + 1) & LECTERN_LEX_TITLE) ||
            ((tok_lex (doc, i + 1) & LECTERN_LEX_GIVEN) &&
             !(tok_lex (doc, i + 1) & (LECTERN_LEX_LOWER | LECTERN_LEX_ORG_HEAD))));

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* "Okayed", "Hanged", "Breaking": an English verb form, capitalized at
 * the start of a sentence, is no one's name. */
static gboolean
is_english_verb_form (const Doc *doc,
                      guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  if (doc->lang != LANG_EN || len < 5)
    return FALSE;

  return (memcmp (s + len - 2, "ed", 2) == 0 || memcmp (s + len - 3, "ing", 3) == 0) &&
         g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (s + len)));
}

static gboolean tok_ends_with_any (const Doc         *doc,
                                   guint              i,
                                   const char *const *endings,
                                   guint              n_endings,
                                   guint32            min_stem);

/* "Newcomer Siobhán Kerrigan-Walsh", "Striker Kylian Mbappé": at the
 * start of a sentence, a word with the ending of an English agent noun
 * (no first name or surname of the lists, as the caller checks:
 * "Jaswinder Kaur Bains") before a name
 * of two words or more says who the person is. */
static gboolean
is_english_agent_noun (const Doc *doc,
                       guint      a,
                       guint      b)
{
  static const char *const endings[] = { "er", "or", "ist", "ian", "ant", "ent" };

  return doc->lang == LANG_EN && b >= a + 3 && tok_starts_upper (doc, a + 1) &&
         !(tok_lex (doc, a + 1) & (LECTERN_LEX_LOWER | LECTERN_LEX_PLACE | LECTERN_LEX_GEO | LECTERN_LEX_ORG_HEAD)) &&
         !tok_is_acronym (doc, a) &&
         tok_ends_with_any (doc, a, endings, G_N_ELEMENTS (endings), 4);
}

/* Whether token i ends with one of n_endings endings, after a stem of
 * min_stem bytes or more. */
static gboolean
tok_ends_with_any (const Doc         *doc,
                   guint              i,
                   const char *const *endings,
                   guint              n_endings,
                   guint32            min_stem)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  for (guint k = 0; k < n_endings; k++)
    {
      gsize n = strlen (endings[k]);

      if (len >= n + min_stem && memcmp (s + len - n, endings[k], n) == 0)
        return TRUE;
    }

  return FALSE;
}

/* A word naming where someone is from, not a name: "Camerounais",
 * "Italian", "Nepalese". With listed_only, the irregular ones only: after
 * a first name, a word with a demonym's ending is as often a surname
 * ("Arun Subramanian", "Kim Kardashian"). */
static gboolean
is_demonym_of (Doc      *doc,
               guint     i,
               gboolean  listed_only)
{
  static const char *suffixes[] = { "ais", "aise", "ois", "oise", "ien", "ienne", "iens", "ese", "ian",
                                    "ians", "ish", "can", "cans", "ean", "eans" };
  static const char *irregular[] = {
    "French", "Dutch", "Greek", "Thai", "Swiss", "Czech", "Welsh", "Saudi", "Israeli", "Iraqi", "Pakistani",
    "Afghan", "Kuwaiti", "Qatari", "Yemeni", "German", "Dane", "Swede", "Finn", "Pole", "Serb", "Croat",
    "Slovak", "Briton", "Scot", "Kurd", "Somali", "Omani", "Emirati", "Bahraini", "Filipino", "Bangladeshi",
    "Nepali", "Uzbek", "Kazakh", "Cypriot", "Kosovar", "Azerbaijani", "Lankan", "Lankans", "Zealander",
    "Zealanders", "Rican", "Ricans", "Salvadoran", "Salvadorans", "Guatemalan", "Nicaraguan", "Paraguayan",
    "Uruguayan", "Kenyan", "Kenyans", "Libyan", "Libyans", "Britons", "Scots", "Kurds", "Danes", "Swedes",
    "Finns", "Poles", "Serbs", "Croats", "Saudis", "Israelis", "Iraqis", "Pakistanis", "Afghans", "Kuwaitis",
    "Qataris", "Yemenis", "Germans", "Somalis", "Filipinos", "Bangladeshis", "Nepalis", "Greeks", "Czechs",
    "Emiratis", "Thais",
    /* Words in -ish that the name table knows as names too ("Danish"). */
    "Danish", "Swedish", "Finnish", "Spanish", "Polish", "Irish", "Turkish", "British", "Scottish", "Kurdish",
    "Flemish",
    /* Communities of South Asia. */
    "Dalit", "Dalits", "Adivasi", "Adivasis",
    /* Communities of the Americas. */
    "Hispanic", "Hispanics", "Latino", "Latinos", "Latina", "Latinas",
    /* French, beyond the endings below. */
    "Belge", "Belges", "Suisse", "Suisses", "Suissesse", "Suissesses", "Russe", "Russes", "Turc", "Turque",
    "Turcs", "Grec", "Grecque",
    "Grecs", "Tchèque", "Tchèques", "Slovaque", "Slovaques", "Slovène", "Slovènes", "Croate", "Croates",
    "Serbe", "Serbes", "Espagnol", "Espagnole", "Espagnols", "Allemand", "Allemande", "Allemands",
    "Britannique", "Britanniques", "Américain", "Américaine", "Américains", "Marocain", "Marocaine",
    "Marocains", "Mexicain", "Mexicaine", "Cubain", "Cubaine", "Kényan", "Kényane", "Kényans", "Coréen",
    "Coréenne", "Érythréen", "Érythréenne", "Guinéen", "Guinéenne", "Ghanéen", "Ghanéenne", "Argentin",
    "Argentine", "Argentins", "Roumain", "Roumaine", "Roumains", "Bulgare", "Bulgares", "Biélorusse",
    "Philippin", "Philippine", "Mongol", "Mongole", "Birman", "Birmane", "Danois", "Danoise", "Suédois",
    "Suédoise", "Chypriote", "Émirati", "Malgache", "Kosovar", "Sud-Africain", "Sud-Africaine", "Catalan",
    "Catalane", "Flamand", "Flamande", "Basque", "Corse", "Arabe", "Sahraoui", "Burkinabé", "Burkinabè",
  };
  static guint64 irregular_hashes[G_N_ELEMENTS (irregular)];
  static gsize irregular_ready = 0;
  guint32 len = tok_len (doc, i);

  /* All capitalized: that test is the cheapest, and most tokens fail it. */
  if (len < 4 || !tok_starts_upper (doc, i))
    return FALSE;
  if (tok_in_list (doc, i, irregular, G_N_ELEMENTS (irregular), irregular_hashes, &irregular_ready))
    return TRUE;
  if (listed_only)
    return FALSE;
  if (len < 5 ||
      (tok_lex (doc, i) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)))
    return FALSE;
  return tok_ends_with_any (doc, i, suffixes, G_N_ELEMENTS (suffixes), 3);
}

/* Endings of French nationalities and regions' people that is_demonym
 * leaves out, as words alone are as often clubs ("la Landernéenne"). */
static const char *const french_demonym_endings[] = { "\xc3\xa9" "en", "\xc3\xa9" "enne" };

static gboolean
is_demonym (Doc  *doc,
            guint i)
{
  return is_demonym_of (doc, i, FALSE);
}

/* A time of day or a time zone at the edge of a span: "15h UTC", "7h44",
 * "2e", "1er". */
static gboolean
is_time_word (const Doc *doc,
              guint      i)
{
  static const char *zones[] = { "UTC", "GMT", "CET", "CEST", "EST", "EDT", "PST", "PDT", "HNE" };
  const char *s = tok_str (doc, i);

  if (g_ascii_isdigit (s[0]))
    return !tok_has_upper (doc, i);
  for (guint k = 0; k < G_N_ELEMENTS (zones); k++)
    if (tok_is (doc, i, zones[k]))
      return TRUE;

  return FALSE;
}

/* A French département's number: 01 to 95, or 971 to 976 ("France
 * Victimes 59"). */
static gboolean
is_departement_number (const Doc *doc,
                       guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 n = tok_len (doc, i);
  guint number = 0;

  if (n != 2 && n != 3)
    return FALSE;
  /* The token's own digits: the text goes on after it. */
  for (guint32 d = 0; d < n; d++)
    {
      if (!g_ascii_isdigit (s[d]))
        return FALSE;
      number = number * 10 + (guint) (s[d] - '0');
    }

  return (n == 2 && number >= 1 && number <= 95) || (n == 3 && number >= 971 && number <= 976);
}

/* "65th", "1st", "82nd", "3rd", "413e", "1er", "2ème", "4°". */
static gboolean
is_ordinal (const Doc *doc,
            guint      i)
{
  static const char *suffixes[] = { "st", "nd", "rd", "th", "e", "er", "\xc3\xa8me", "\xc2\xb0" };
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);
  guint32 digits = 0;

  while (digits < len && g_ascii_isdigit (s[digits]))
    digits++;
  if (digits == 0 || digits > 4)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    if (len - digits == strlen (suffixes[k]) && memcmp (s + digits, suffixes[k], len - digits) == 0)
      return TRUE;

  return FALSE;
}

/* Whether one of tokens [a, b) is an organization's head word. */
static gboolean
span_has_head (const Doc *doc,
               guint      a,
               guint      b)
{
  for (guint i = a; i < b; i++)
    if (tok_lex (doc, i) & LECTERN_LEX_ORG_HEAD)
      return TRUE;

  return FALSE;
}

/* Tokens [a, b) start a line, are all in capitals, and a dash follows
 * them, perhaps after a comma and capitalized words: a dateline
 * ("PORTO ALEGRE, Brazil —"), not a name ("FRÉDÉRIC WILLIAMSON,
 * officier de police"). */
static gboolean
is_dateline (const Doc *doc,
             guint      a,
             guint      b)
{
  guint d = b;
  guint lower = 0;

  if ((a > 0 && !(tok_flags (doc, a) & LECTERN_TOKEN_LINE_START)) || b >= doc->n_tokens)
    return FALSE;
  /* After the comma, one or two words in lower case too: "KEREM SHALOM
   * CROSSING, Israel-Gaza border —". */
  while (d < doc->n_tokens && d < b + 5 &&
         (tok_is (doc, d, ",") || ((tok_flags (doc, d) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, d)) ||
          (d > b && tok_starts_lower (doc, d) && ++lower <= 2) ||
          /* "JEFFERSON CITY, Mo. —": a state's abbreviation. */
          (d > b + 1 && tok_is (doc, d, ".") && tok_starts_upper (doc, d - 1) && tok_len (doc, d - 1) <= 5)))
    d++;
  if (d >= doc->n_tokens ||
      !(tok_is (doc, d, "\xe2\x80\x94") || tok_is (doc, d, "\xe2\x80\x93") || tok_is (doc, d, "-")))
    return FALSE;
  for (guint i = a; i < b; i++)
    {
      const char *s = tok_str (doc, i), *end = s + tok_len (doc, i);

      if (!(tok_flags (doc, i) & LECTERN_TOKEN_WORD))
        continue;
      if (tok_len (doc, i) < 3)
        return FALSE;
      for (; s < end; s = g_utf8_next_char (s))
        if (g_unichar_islower (g_utf8_get_char (s)))
          return FALSE;
    }

  return TRUE;
}

static gboolean
is_calendar_word (const Doc *doc,
                  guint      i)
{
  static const char *words[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi",
    "Dimanche", "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août",
    "Septembre", "Octobre", "Novembre", "Décembre",
    /* As news agencies shorten them. */
    "Jan.", "Feb.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    /* "the library on Sundays". */
    "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  /* Months and days are 3 to 10 bytes and start with a capital A-Z. */
  if (tok_len (doc, i) < 3 || tok_len (doc, i) > 10 || !g_ascii_isupper (tok_str (doc, i)[0]))
    return FALSE;
  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Sports in French, as the names of their regional bodies end: "Ligue
 * de Bretagne de football". */
static gboolean
is_sport_word (const Doc *doc,
               guint      i)
{
  static const char *words[] = {
    "football", "rugby", "basket", "basket-ball", "handball", "volley-ball", "volley", "ski", "tennis",
    "cyclisme", "athlétisme", "natation", "judo", "hockey", "golf", "boxe", "pétanque", "badminton",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* Feasts of the year's calendars: "before Tabaski", "during Diwali". */
static gboolean
is_feast_word (const Doc *doc,
               guint      i)
{
  static const char *words[] = {
    "Diwali", "Deepavali", "Tabaski", "Korité", "Magal", "Ramadan", "Ramadhan", "Hanukkah", "Navratri", "Holi",
    "Onam", "Pongal", "Nowruz", "Vesak", "Kwanzaa", "Passover", "Thanksgiving", "Eid", "Pesach", "Purim",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Software and devices known by one word, which the tagger reads as
 * their makers ("tools such as ChatGPT", "on an iPhone"). */
static gboolean
is_product_word (const Doc *doc,
                 guint      i)
{
  static const char *words[] = {
    "ChatGPT", "iPhone", "iPhones", "iPad", "iPads", "MacBook", "PlayStation", "Xbox", "iOS", "Android",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* A vehicle named by its make, which the tagger reads as the maker:
 * after "a", a possessive or a word that describes the vehicle, the make
 * then a model or the make in the plural ("a maroon Chevrolet Monte
 * Carlo", "His Honda PCX", "a burned-out Dodge Ram", "classic Land
 * Rovers"). "a Honda spokesman" is the company's: no model follows. */
static gboolean
is_vehicle_at (Doc  *doc,
               guint a,
               guint b)
{
  static const char *const makes[] = {
    "Honda", "Toyota", "Ford", "Chevrolet", "Chevy", "Dodge", "Ferrari", "Porsche", "Lamborghini", "Maserati",
    "BMW", "Audi", "Mercedes", "Mercedes-Benz", "Volkswagen", "Nissan", "Hyundai", "Kia", "Tesla", "Jeep",
    "Subaru", "Mazda", "Volvo", "Peugeot", "Renault", "Citroën", "Fiat", "Jaguar", "Bentley", "Lexus",
    "Cadillac", "Buick", "Yamaha", "Suzuki", "Kawasaki", "Ducati", "Skoda", "Opel", "Mitsubishi", "Land",
    "Range",
  };
  static const char *const before[] = {
    "a", "an", "his", "her", "their", "my", "our", "your", "His", "Her", "Their", "stolen", "classic", "vintage",
    "black", "white", "silver", "red", "blue", "grey", "gray", "maroon", "green", "dark", "burned-out",
    "burnt-out", "rented", "unmarked", "parked", "abandoned",
    /* "une Audi A3", "un BMW X5", "sa Peugeot 3008". */
    "un", "une", "sa", "son", "leur",
  };
  static guint64 make_hashes[G_N_ELEMENTS (makes)];
  static guint64 before_hashes[G_N_ELEMENTS (before)];
  static gsize makes_ready = 0;
  static gsize before_ready = 0;
  guint m = a + 1;

  /* By hash: asked of every span, twice. */
  if (a == 0 || !tok_starts_upper (doc, a) ||
      !tok_in_list (doc, a, makes, G_N_ELEMENTS (makes), make_hashes, &makes_ready) ||
      !tok_in_list (doc, a - 1, before, G_N_ELEMENTS (before), before_hashes, &before_ready))
    return FALSE;
  /* "Land Rover", "Range Rover": the make in two words. */
  if (tok_is (doc, a, "Land") || tok_is (doc, a, "Range"))
    {
      if (m >= doc->n_tokens || !(tok_is (doc, m, "Rover") || tok_is (doc, m, "Rovers")))
        return FALSE;
      if (tok_is (doc, m, "Rovers"))
        return TRUE;
      m++;
    }

  /* "a Ford Motor Co. spokesman" is the company's. */
  return m < doc->n_tokens && m <= b && (tok_flags (doc, m) & LECTERN_TOKEN_WORD) &&
         (tok_starts_upper (doc, m) || g_ascii_isdigit (*tok_str (doc, m))) &&
         !(tok_lex (doc, m) & (LECTERN_LEX_LEGAL | LECTERN_LEX_ORG_HEAD)) && known_organization (doc, a, m + 1) == 0;
}

/* A stock index named by a word and its number, which the tagger reads
 * as the company that computes it: "the S&P 500 gained 0.8
 * per cent", "the Nasdaq-100", "le CAC 40 a reculé". The number is two to
 * four digits after the span or joined to its last word by a hyphen, and a
 * word of the markets is within eight words of it in the sentence. */
static gboolean
is_stock_index_at (Doc  *doc,
                   guint a,
                   guint b)
{
  static const char *const words[] = {
    "index", "indexes", "indices", "indice", "benchmark", "%", "cent", "rose", "fell", "gained", "lost",
    "added", "climbed", "slipped", "dropped", "closed", "ended", "jumped", "rallied", "tumbled", "slid", "edged",
    "shed", "futures", "recule", "progresse", "gagne", "cède", "perd", "termine", "reculé", "progressé", "gagné",
    "cédé", "perdu", "clôturé", "grimpé", "chuté", "inclusion",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;
  const char *last = tok_str (doc, b - 1);
  guint32 last_len = tok_len (doc, b - 1);
  guint digits = 0, lo, hi;

  if (b < doc->n_tokens && g_ascii_isdigit (*tok_str (doc, b)))
    {
      for (guint32 k = 0; k < tok_len (doc, b); k++)
        if (!g_ascii_isdigit (tok_str (doc, b)[k]))
          return FALSE;
      digits = tok_len (doc, b);
      b++;
    }
  else if (g_ascii_isdigit (last[last_len - 1]))
    {
      while (digits < last_len && g_ascii_isdigit (last[last_len - 1 - digits]))
        digits++;
      if (digits >= last_len || last[last_len - 1 - digits] != '-')
        return FALSE;
    }
  if (digits < 2 || digits > 4)
    return FALSE;

  lo = a - MIN (a, 8);
  for (guint j = a; j > lo; j--)
    if (tok_flags (doc, j) & LECTERN_TOKEN_SENTENCE_START)
      {
        lo = j;
        break;
      }
  hi = MIN (doc->n_tokens, b + 8);
  for (guint j = lo; j < hi; j++)
    {
      if (j >= b && (tok_flags (doc, j) & LECTERN_TOKEN_SENTENCE_START))
        break;
      if ((j < a || j >= b) && tok_in_list (doc, j, words, G_N_ELEMENTS (words), hashes, &ready))
        return TRUE;
    }

  return FALSE;
}

/* Awards named by one word, after an article or a number or before
 * their winners: "won an Emmy", "the Booker", "two Grammys", "Emmy
 * winner Destiny Okon" ("Cory Booker" is a person). */
static gboolean
is_award_after_determiner (const Doc *doc,
                           guint      i)
{
  static const char *awards[] = {
    "Emmy", "Emmys", "Grammy", "Grammys", "Booker", "Pulitzer", "Pulitzers", "Oscars", "Bafta", "Baftas", "BAFTA",
    "BAFTAs", "Goncourt", "Renaudot", "Juno", "Junos",
  };
  static const char *determiners[] = {
    "a", "an", "the", "two", "three", "four", "five", "his", "her", "their", "its", "le", "un", "du", "au",
  };
  static const char *winners[] = {
    "winner", "winners", "nominee", "nominees", "nomination", "nominations", "lauréat", "lauréate",
  };

  return tok_is_any (doc, i, awards, G_N_ELEMENTS (awards)) &&
         ((i > 0 && tok_is_any (doc, i - 1, determiners, G_N_ELEMENTS (determiners))) ||
          (i + 1 < doc->n_tokens && tok_is_any (doc, i + 1, winners, G_N_ELEMENTS (winners))));
}

static gboolean
is_lower_calendar_word (const Doc *doc,
                        guint      i)
{
  static const char *words[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
    "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "année", "années", "semaine", "mois", "jour", "soir", "matin",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Tokens [a, b) start a line and a date or a news agency in brackets
 * follows them: "Berne, 3 mars.", "PORT SUDAN, Aug 24, 2024", "Niamey
 * (AFP) –". */
static gboolean
is_dated_line_start (const Doc *doc,
                     guint      a,
                     guint      b)
{
  static const char *const months[] = {
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "janv", "févr", "avr", "juil",
    "sept", "oct", "nov", "déc",
  };
  guint lines = 0;

  /* A dateline opens the story's first lines, after its headline (not a
   * list of units and their dates). */
  if ((a > 0 && !(tok_flags (doc, a) & LECTERN_TOKEN_LINE_START)) || b + 3 >= doc->n_tokens || a > 100)
    return FALSE;
  for (guint i = 0; i < a; i++)
    lines += (tok_flags (doc, i) & LECTERN_TOKEN_LINE_START) != 0;
  if (lines > 2)
    return FALSE;
  if (tok_is (doc, b, "(") && tok_is_acronym (doc, b + 1) && tok_is (doc, b + 2, ")"))
    return TRUE;
  if (!tok_is (doc, b, ","))
    return FALSE;
  b++;
  if (g_ascii_isdigit (*tok_str (doc, b)) && tok_len (doc, b) <= 2)
    return is_calendar_word (doc, b + 1) || is_lower_calendar_word (doc, b + 1) ||
           tok_is_any (doc, b + 1, months, G_N_ELEMENTS (months));
  return (is_calendar_word (doc, b) || tok_is_any (doc, b, months, G_N_ELEMENTS (months))) &&
         g_ascii_isdigit (*tok_str (doc, b + 1 + tok_is (doc, b + 1, ".")));
}

static gboolean tok_is_caps_word (const Doc *doc,
                                  guint      i);
static gboolean is_role_word (const Doc *doc,
                              guint      i);

/* Tokens [a, b) are words in capitals that are usually written in lower
 * case or function words ("LA LOI"), or any word no list knows as a name
 * after an article ("LES LOYERS"); no frequent first name or surname, and
 * no title before them ("M. PETIT"). */
static gboolean
in_capitals_common (const Doc *doc,
                    guint      a,
                    guint      b)
{
  if (a > 0 && (tok_lex (doc, a - 1) & LECTERN_LEX_TITLE))
    return FALSE;
  /* "Yuriko Backes (DP)", "le député DP Gusty Wirtgen-Hoffmann": a
   * party's letters in brackets after a name, or between a role and the
   * holder's name, though they spell a common word. */
  if (b == a + 1 && a >= 2 && b + 1 < doc->n_tokens && tok_len (doc, a) <= 5 &&
      ((tok_is (doc, a - 1, "(") && tok_is (doc, b, ")") && tok_starts_upper (doc, a - 2) &&
        (tok_flags (doc, a - 2) & LECTERN_TOKEN_WORD)) ||
       (tok_starts_lower (doc, a - 1) && is_role_word (doc, a - 1) && tok_starts_upper (doc, b) &&
        (tok_flags (doc, b) & LECTERN_TOKEN_WORD))))
    return FALSE;
  /* Inside a sentence in lower case, a word in capitals alone that the
   * lists know as a name too is an acronym ("an appraisal by NICE,
   * which", "NICE has recommended"), not after a capitalized word ("Plan
   * & Grow BIG helps") nor between an article and the noun it qualifies
   * ("the BUILD stage"). Common words only are left out: an acronym
   * spelled out in lower case ("binge eating disorder (BED)") is no
   * body. */
  if (b == a + 1 &&
      (tok_lex (doc, a) & (LECTERN_LEX_SURNAME | LECTERN_LEX_GIVEN | LECTERN_LEX_COMPANY | LECTERN_LEX_PLACE |
                           LECTERN_LEX_GEO)))
    {
      gboolean word_before = a > 0 && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) &&
                             !(tok_flags (doc, a) & LECTERN_TOKEN_LINE_START);
      gboolean word_after = b < doc->n_tokens && (tok_flags (doc, b) & LECTERN_TOKEN_WORD) &&
                            !(tok_flags (doc, b) & LECTERN_TOKEN_LINE_START);

      if (((word_before && tok_starts_lower (doc, a - 1)) || (word_after && tok_starts_lower (doc, b))) &&
          !(word_before && tok_starts_upper (doc, a - 1)) && !(word_after && tok_starts_upper (doc, b)) &&
          !(word_before && word_after && tok_starts_lower (doc, b) &&
            (tok_is (doc, a - 1, "the") || tok_is (doc, a - 1, "a") || tok_is (doc, a - 1, "an"))))
        return FALSE;
    }
  for (guint i = a; i < b; i++)
    {
      guint32 lex = tok_lex (doc, i);
      const char *s = tok_str (doc, i);
      const char *end = s + tok_len (doc, i);

      if (!(tok_flags (doc, i) & LECTERN_TOKEN_WORD))
        continue;
      /* After an article ("LE CONFORT"), any word no list knows as a name. */
      if (!(lex & (LECTERN_LEX_LOWER | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) &&
          !(tok_is_article (doc, a) &&
            !(lex & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME | LECTERN_LEX_CAPITALIZED | LECTERN_LEX_COMPANY |
                     LECTERN_LEX_ORG_HEAD))))
        return FALSE;
      if (lex & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME_TOP))
        return FALSE;
      for (; s < end; s = g_utf8_next_char (s))
        if (g_unichar_islower (g_utf8_get_char (s)))
          return FALSE;
    }

  return TRUE;
}

/* A word of four letters or more, a hyphen and digits or one capital:
 * "Chandrayaan-3", "Vikram-S", "Matrix-M". */
static gboolean
is_numbered_product (const Doc *doc,
                     guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i), k = 1;

  if (len < 6 || !g_ascii_isupper (s[0]))
    return FALSE;
  while (k < len && g_ascii_islower (s[k]))
    k++;
  if (k < 4 || k + 1 >= len || s[k] != '-')
    return FALSE;
  if (k + 2 == len && g_ascii_isupper (s[k + 1]))
    return TRUE;
  for (k++; k < len; k++)
    if (!g_ascii_isdigit (s[k]))
      return FALSE;

  return TRUE;
}

/* A model code: a capital, at most two more letters, a hyphen and digits,
 * perhaps a letter after them ("F-86", "P-51D", "Su-27", "MiG-29"). */
static gboolean
is_model_code (const Doc *doc,
               guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i), k = 1;

  if (len < 3 || !g_ascii_isupper (s[0]))
    return FALSE;
  while (k < len && k < 3 && g_ascii_isalpha (s[k]))
    k++;
  if (k >= len || s[k] != '-' || k + 1 >= len || !g_ascii_isdigit (s[k + 1]))
    return FALSE;
  for (k++; k < len && g_ascii_isdigit (s[k]); k++)
    ;

  return k == len || (k + 1 == len && g_ascii_isalpha (s[k]));
}

/* "Democratic Republic" and "Congo" of "the Democratic Republic of the
 * Congo", "Janeiro" of "Rio de Janeiro": tokens [a, b) inside a longer
 * name that the place lists know, within one sentence, are part of that
 * place and name nothing of their own. Only spans are checked, so the few
 * lookups cost little. */
static gboolean
inside_known_place (Doc  *doc,
                    guint a,
                    guint b)
{
  for (guint from = a >= 4 ? a - 4 : 0; from <= a; from++)
    {
      gboolean same_sentence = TRUE;
      guint64 h;
      guint joined;

      for (guint k = from + 1; k <= a && k < b && same_sentence; k++)
        same_sentence = !(tok_flags (doc, k) & LECTERN_TOKEN_SENTENCE_START);
      if (!same_sentence || !tok_starts_upper (doc, from))
        continue;
      /* name_flags of [from, to) for each `to`, the hash of [from,
       * joined) carried on from one to the next. */
      h = joined_lower_hash_add (doc, LECTERN_NER_HASH_START, from, from + 1);
      joined = from + 1;
      for (guint to = MAX (b, from + 2); to <= from + 6 && to <= doc->n_tokens; to++)
        {
          if (to > b && (tok_flags (doc, to - 1) & LECTERN_TOKEN_SENTENCE_START))
            break;
          if ((from == a && to == b) || !tok_starts_upper (doc, to - 1))
            continue;
          h = joined_lower_hash_add (doc, lectern_ner_lower_hash_add (h, " ", 1, doc->scratch), joined, to);
          joined = to;
          if (lectern_lexicon_lookup (doc->lexicon, lectern_ner_hash_end (h)) & LECTERN_LEX_GEO)
            return TRUE;
        }
    }

  return FALSE;
}

/* The tagger's span that holds token `cut` ends there, and the name from
 * `rest` to `end` becomes a span of `type` (or none if -1), so that
 * count_mentions sees the name cut off a person as its own. The span is
 * of the current sentence: near the end of the list. */
static void
split_tagged_span (Doc  *doc,
                   guint cut,
                   guint rest,
                   guint end,
                   int   type)
{
  for (guint k = doc->spans->len; k > 0; k--)
    {
      Span *span = &g_array_index (doc->spans, Span, k - 1);

      if (span->start + span->len <= cut)
        break;
      if (span->start < cut && span->type != VOTE_PER && span->type != VOTE_ORG)
        return;
      if (span->start < cut)
        {
          Span tail = { rest, (guint8) (end - rest), (gint8) type };

          span->len = (guint8) (cut - span->start);
          if (type >= 0 && end > rest)
            g_array_insert_val (doc->spans, k, tail);
          return;
        }
    }
}

/* The tagger's span that starts at `from` now covers [to, end) as `type`:
 * its first words were a label ("le Belge | Remco Evenepoel"). */
static void
retag_tagged_span (Doc  *doc,
                   guint from,
                   guint to,
                   guint end,
                   int   type)
{
  for (guint k = doc->spans->len; k > 0; k--)
    {
      Span *span = &g_array_index (doc->spans, Span, k - 1);

      if (span->start + span->len <= from)
        break;
      if (span->start <= from)
        {
          span->start = to;
          span->len = (guint8) (end - to);
          span->type = (gint8) type;
          return;
        }
    }
}

/* A word in lower case that links a name to what follows and never ends
 * one: "Matthew Ingram of" (the tagger's span ran into "The Globe and
 * Mail"), "Conseil de". */
static gboolean
tok_is_trailing_function_word (const Doc *doc,
                               guint      i)
{
  static const char *words[] = {
    "of", "the", "and", "for", "in", "at", "by", "de", "d", "d'", "d\xe2\x80\x99", "du", "des", "la", "le", "l",
    "les", "l'", "l\xe2\x80\x99", "et", "à", "au", "aux", "pour", "sur", "en",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;
  guchar c = (guchar) *tok_str (doc, i);

  /* Asked of every span's last word: most start with a capital. */
  if ((c < 'a' && c < 0x80) || tok_len (doc, i) > 4)
    return FALSE;
  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* "ran for the Parti québécois", "the band of the Garde républicaine":
 * quoted in English, a French body's name opens with a head word that
 * English does not write and goes on in lower case. */
static gboolean
french_name_in_english (Doc  *doc,
                        guint a,
                        guint b)
{
  static const char *const heads[] = {
    "Parti", "Garde", "Orchestre", "Rassemblement", "Mouvement", "Conseil", "Banque", "Caisse", "Société",
    "Assemblée", "Confédération", "Fédération", "Syndicat", "Compagnie", "Régie", "Ligue", "Comité", "Cour",
    "Tribunal", "Chambre", "Bibliothèque", "Musée", "Théâtre", "Opéra", "Institut", "Centre", "Office", "Front",
  };
  static const char *const verbs[] = { "said", "says", "told", "added", "announced", "reported", "wrote" };

  /* "Parti Québécois finance critic": a capitalized name, then English. */
  if (b < a + 2 || b > a + 6 || !tok_starts_lower (doc, a + 1) || !tok_is_any (doc, a, heads, G_N_ELEMENTS (heads)))
    return FALSE;
  /* "the Centre said", "the Office has": English words after an English
   * head are no part of the name. */
  for (guint i = a + 1; i < b; i++)
    if (tok_starts_lower (doc, i) &&
        (((tok_lex (doc, i) & LECTERN_LEX_STOP_EN) && !(tok_lex (doc, i) & LECTERN_LEX_STOP_FR)) ||
         tok_is_any (doc, i, verbs, G_N_ELEMENTS (verbs))))
      return FALSE;
  /* "Centre", "Office", "Front" and "Institut" are English words (or
   * nearly): after them, a word with a French accent or ending. */
  if (tok_is (doc, a, "Centre") || tok_is (doc, a, "Office") || tok_is (doc, a, "Front") || tok_is (doc, a, "Institut"))
    {
      const char *s = tok_str (doc, a + 1);
      gsize n = tok_len (doc, a + 1);

      return g_utf8_strlen (s, n) != (glong) n ||
             (n > 4 && (memcmp (s + n - 4, "aire", 4) == 0 || memcmp (s + n - 4, "iste", 4) == 0 ||
                        memcmp (s + n - 3, "ale", 3) == 0));
    }
  return TRUE;
}

/* A listed name with a French function word in lower case ("France
 * terre d'asile", "Le Journal du dimanche"). */
static gboolean
french_listed_name (Doc  *doc,
                    guint a,
                    guint b)
{
  gboolean french = FALSE;

  for (guint i = a + 1; i < b && !french; i++)
    french = tok_starts_lower (doc, i) && (tok_lex (doc, i) & LECTERN_LEX_STOP_FR) &&
             !(tok_lex (doc, i) & LECTERN_LEX_STOP_EN);

  return french && known_organization (doc, a, b) != 0;
}

/* Whether the word after a person's span [a, b) makes it part of the
 * name of a prize, a cup or a day ("Nobel Prize", "Davis Cup", "Nelson
 * Mandela Day", "Black Friday"), whether the tagger took the word in or
 * not: a person named only inside another name
 * is not listed (GUIDELINES.md). */
static gboolean
names_event (const Doc *doc,
             guint      a,
             guint      b)
{
  static const char *events[] = {
    "Prize", "Prizes", "Award", "Awards", "Cup", "Trophy", "Medal", "Day", "Festival", "Lecture", "Prix",
  };
  static const char *days[] = { "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday" };
  static const char *firsts[] = { "Black", "Cyber", "Good", "Ash", "Super", "Easter", "Holy", "Giving" };

  if (b > a + 1 && tok_is_any (doc, b - 1, events, G_N_ELEMENTS (events)))
    return TRUE;
  if (b >= doc->n_tokens || !tok_starts_upper (doc, b) || (tok_flags (doc, b) & LECTERN_TOKEN_SPACE_BEFORE) == 0)
    return FALSE;
  if (tok_is_any (doc, b, events, G_N_ELEMENTS (events)))
    return TRUE;

  return b == a + 1 && tok_is_any (doc, b, days, G_N_ELEMENTS (days)) &&
         tok_is_any (doc, a, firsts, G_N_ELEMENTS (firsts));
}

/* "le ministre de l'Économie", "Minister of Finance", "the Secretary of
 * State met…": the words after a minister's "of" name the portfolio, not
 * an organization nor a person, unless they hold a head word ("Secretary
 * of the New Jersey Department of Public Safety") or a list knows them. */
static gboolean
names_portfolio (Doc  *doc,
                 guint a,
                 guint b)
{
  static const char *ministers[] = {
    "ministre", "ministres", "Ministre", "minister", "Minister", "secrétaire", "Secretary", "secretary",
    "échevin", "échevine", "adjoint", "adjointe", "commissaire", "commissioner", "Commissioner",
  };
  static const char *office_words[] = {
    "sortant", "sortante", "chargé", "chargée", "délégué", "déléguée", "fédéral", "fédérale",
    "provincial", "provinciale", "régional", "régionale", "cantonal", "cantonale",
  };
  /* Endings of a nationality in lower case: "québécoise", "ivoirien". */
  static const char *const nationalities[] = {
    "ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine",
  };
  guint i = a;

  if (i > 0 && (tok_is (doc, i - 1, "la") || tok_is (doc, i - 1, "l'") || tok_is (doc, i - 1, "l\xe2\x80\x99") ||
                tok_is (doc, i - 1, "the")))
    i--;
  if (i < 2 || !(tok_is (doc, i - 1, "de") || tok_is (doc, i - 1, "du") || tok_is (doc, i - 1, "des") ||
                 tok_is (doc, i - 1, "d'") || tok_is (doc, i - 1, "d\xe2\x80\x99") || tok_is (doc, i - 1, "of")))
    return FALSE;

  /* "l'échevin sortant de l'Environnement", "ministre chargée de", "la
   * ministre québécoise de l'Économie" (not "secrétaire général de la
   * Francophonie", a body's officer). */
  return (tok_is_any (doc, i - 2, ministers, G_N_ELEMENTS (ministers)) ||
          (i >= 3 &&
           (tok_is_any (doc, i - 2, office_words, G_N_ELEMENTS (office_words)) ||
            (tok_starts_lower (doc, i - 2) &&
             tok_ends_with_any (doc, i - 2, nationalities, G_N_ELEMENTS (nationalities), 3))) &&
           tok_is_any (doc, i - 3, ministers, G_N_ELEMENTS (ministers)))) &&
         !span_has_head (doc, a, b) && known_organization (doc, a, b) == 0;
}

/* A "+" written against the word before it ends a name: "Canal+",
 * "Disney+", "Apple TV+". */
static gboolean
is_attached_plus (const Doc *doc,
                  guint      i)
{
  return i > 0 && tok_is (doc, i, "+") && !(tok_flags (doc, i) & LECTERN_TOKEN_SPACE_BEFORE) &&
         (tok_flags (doc, i - 1) & LECTERN_TOKEN_WORD);
}

/* Whether a capitalized word among tokens [a, b) has one of the
 * name-table flags. */
static gboolean
span_has_lex (const Doc *doc,
              guint      a,
              guint      b,
              guint32    flags)
{
  for (guint i = a; i < b; i++)
    if ((tok_lex (doc, i) & flags) && tok_starts_upper (doc, i))
      return TRUE;

  return FALSE;
}

/* Whether a capitalized first name is among tokens [a, b) ("Mayor of
 * London Sadiq Khan"). */
static gboolean
span_has_first_name (const Doc *doc,
                     guint      a,
                     guint      b)
{
  return span_has_lex (doc, a, b, LECTERN_LEX_GIVEN);
}

/* Whether token i is a first name, or a compound one ("Jean-Noël",
 * "Georges-Louis"), capitalized. */
static gboolean
starts_with_first_name (Doc  *doc,
                        guint i)
{
  const char *s = tok_str (doc, i);
  const char *dash;

  if (!tok_starts_upper (doc, i))
    return FALSE;
  if (tok_lex (doc, i) & LECTERN_LEX_GIVEN_TOP)
    return TRUE;
  dash = memchr (s, '-', tok_len (doc, i));
  return dash != NULL && dash > s &&
         (lectern_lexicon_lookup (doc->lexicon, lectern_ner_lower_hash (s, dash - s, doc->scratch)) &
          LECTERN_LEX_GIVEN_TOP) != 0;
}

/* Words in lower case for a prize or a work, that its title follows:
 * "le prix Goncourt", "son roman Houris", "the film Oppenheimer". */
static gboolean
is_work_word (const Doc *doc,
              guint      i)
{
  static const char *words[] = {
    "prix", "roman", "livre", "essai", "recueil", "film", "album", "documentaire", "opéra", "chanson",
    "single", "tube", "tableau", "spectacle", "feuilleton", "prize", "novel", "book", "memoir", "documentary",
    "song", "painting", "musical", "sitcom",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Plural nouns for the staff of a firm, that "at" and the firm follow. */
static gboolean
is_staff_word (const Doc *doc,
               guint      i)
{
  static const char *words[] = {
    "analysts", "analyst", "economists", "economist", "strategists", "strategist", "researchers",
    "engineers", "employees", "executives", "staff", "workers", "traders", "Analysts", "Economists",
    "Strategists", "Researchers", "Engineers", "Employees", "Executives", "Staff", "Workers", "Traders",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* "publié", "paru": how French says a house published a book. */
static gboolean
is_publishing_verb (const Doc *doc,
                    guint      i)
{
  static const char *words[] = {
    "publié", "publiée", "publiés", "publiées", "paru", "parue", "parus", "parues", "édité", "éditée",
    "édités", "éditées", "réédité", "rééditée", "traduit", "traduite",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* The letters before a ship's name: "USS Carney", "HMS Queen
 * Elizabeth". */
static gboolean
is_ship_prefix (const Doc *doc,
                guint      i)
{
  static const char *words[] = { "USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "RMS", "MV" };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "Operation Prosperity Guardian", "l'opération Barkhane": a military or
 * police operation's name. */
static gboolean
is_operation_word (const Doc *doc,
                   guint      i)
{
  return tok_is (doc, i, "Operation") || tok_is (doc, i, "Opération") || tok_is (doc, i, "opération");
}

/* Token a ends a run of capitalized words that "Operation" starts:
 * "Guardian" in "Operation Prosperity Guardian". */
static gboolean
names_operation (const Doc *doc,
                 guint      a)
{
  for (guint j = a; j > 0 && j + 3 >= a; j--)
    {
      if (is_operation_word (doc, j - 1))
        return TRUE;
      if (!tok_starts_upper (doc, j - 1) || !(tok_flags (doc, j - 1) & LECTERN_TOKEN_WORD))
        return FALSE;
    }

  return FALSE;
}

/* Words that name a storm before its name: "la tempête Ciaran",
 * "Hurricane Ian". */
static gboolean
is_storm_word (const Doc *doc,
               guint      i)
{
  static const char *words[] = {
    "tempête", "Tempête", "ouragan", "Ouragan", "cyclone", "Cyclone", "typhon", "Typhon", "dépression",
    "storm", "Storm", "hurricane", "Hurricane", "typhoon", "Typhoon",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Facilities named after the town they serve: "l'aéroport de", "la gare
 * de". */
static gboolean
is_place_facility (const Doc *doc,
                   guint      i)
{
  static const char *words[] = {
    "aéroport", "gare", "port", "aérodrome", "commune", "ville", "village", "quartier", "quartiers", "hameau",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* Offices held for a place: "maire de", "préfet de", "Mayor of". */
static gboolean
is_office_of_place (const Doc *doc,
                    guint      i)
{
  static const char *offices[] = {
    "maire", "Maire", "préfet", "Préfet", "préfète", "sous-préfet", "sous-préfète", "député", "députée",
    "sénateur", "sénatrice",
    "évêque", "archevêque", "bourgmestre", "gouverneur", "Mayor", "mayor", "Governor", "governor",
    "Bishop", "bishop", "Archbishop", "archbishop",
  };

  return tok_is_any (doc, i, offices, G_N_ELEMENTS (offices));
}

static gboolean is_particle (const Doc *doc, guint i);

/* Whether token i is "de", "du", "des" or "d'". */
static inline gboolean
is_de_link (const Doc *doc,
            guint      i)
{
  return tok_is (doc, i, "de") || tok_is (doc, i, "du") || tok_is (doc, i, "des") || tok_is (doc, i, "d'") ||
         tok_is (doc, i, "d\xe2\x80\x99");
}

/* "d'" or "d’", the elided "de". */
static gboolean
tok_is_elision_de (const Doc *doc,
                   guint      i)
{
  return tok_is (doc, i, "d'") || tok_is (doc, i, "d\xe2\x80\x99");
}

static gboolean is_particle (const Doc *doc,
                             guint      i);

/* "le lycée François-Bazin", "l'hôpital Necker": a school or a hospital
 * in French is named with its word in lower case, which [a, b) starts and
 * a name follows. */
static gboolean
is_school_word (const Doc *doc,
                guint      a,
                guint      b)
{
  static const char *const words[] = {
    "lycée", "collège", "école", "hôpital", "clinique", "université", "institut", "conservatoire",
    "polyclinique",
  };

  static const char *const levels[] = {
    "élémentaire", "maternelle", "primaire", "professionnel", "agricole", "polyvalent", "technique",
    /* "le lycée maritime Pierre-Guéguin", "le collège privé Saint-Joseph". */
    "maritime", "hôtelier", "horticole", "privé", "public", "international", "catholique", "militaire",
    "technologique",
  };

  /* "le centre hospitalier Delafontaine". */
  if (b > a + 2 && tok_is (doc, a, "centre") && tok_is (doc, a + 1, "hospitalier") && tok_starts_upper (doc, a + 2))
    return TRUE;
  /* "le lycée professionnel Antoine-Bourdelle": its level before its
   * name. */
  if (b > a + 2 && tok_starts_upper (doc, a + 2) && tok_is_any (doc, a + 1, levels, G_N_ELEMENTS (levels)) &&
      tok_is_any (doc, a, words, G_N_ELEMENTS (words)))
    return TRUE;

  return b > a + 1 && tok_starts_upper (doc, a + 1) && tok_is_any (doc, a, words, G_N_ELEMENTS (words));
}

/* Token a of [a, b) is a capitalized title ("President", "Deputy",
 * "MEP") and the words after it, up to a possessive or b, two or three
 * capitalized words that no list knows but as names of people (a name
 * may also be a common word: "Bas"). */
static gboolean
title_before_holder (Doc  *doc,
                     guint a,
                     guint b)
{
  static const char *const members[] = { "MEP", "MP", "MPP", "MSP", "MLA", "TD" };
  const guint32 other = LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_COMPANY | LECTERN_LEX_KNOWN_ORG |
                        LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_TITLE |
                        LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN;
  guint p = a + 1;

  if (!tok_starts_upper (doc, a) ||
      !((tok_lex (doc, a) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, a) ||
        tok_is_any (doc, a, members, G_N_ELEMENTS (members))) ||
      known_organization (doc, a, b) != 0)
    return FALSE;
  for (; p < b && !tok_is_possessive (doc, p); p++)
    {
      guint32 lex = tok_lex (doc, p);

      /* A surname may be a town's name too ("Lins"), not the first. */
      if (p > a + 1)
        lex &= ~LECTERN_LEX_PLACE;
      if (!tok_starts_upper (doc, p) || !(tok_flags (doc, p) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, p) ||
          (lex & other) ||
          ((lex & LECTERN_LEX_LOWER) && !(lex & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME))))
        return FALSE;
    }

  return p >= a + 3 && p <= a + 4;
}

/* Tokens [a, b) are two or three capitalized words that no list knows as a
 * place, an organization or a common word: a person's name, seen from
 * what it is not ("Chandrababu Naidu", "Akhilesh Yadav"). */
static gboolean
names_a_person_only (Doc  *doc,
                     guint a,
                     guint b)
{
  const guint32 other = LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_COMPANY | LECTERN_LEX_KNOWN_ORG |
                        LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_LOWER |
                        LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN;

  if (b < a + 2 || b > a + 3 || known_organization (doc, a, b) != 0)
    return FALSE;
  for (guint i = a; i < b; i++)
    if (!tok_starts_upper (doc, i) || !(tok_flags (doc, i) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, i) ||
        (tok_lex (doc, i) & other))
      return FALSE;

  return TRUE;
}

/* "Mme Le Pen", "Jean-Yves Le Drian", "Bruno Le Maire": inside a
 * sentence, a capitalized article before a capitalized word starts a
 * French surname. At a sentence's start it may be any article. */
static gboolean
is_surname_article (const Doc *doc,
                    guint      a,
                    guint      b)
{
  return a + 1 < b && (tok_is (doc, a, "Le") || tok_is (doc, a, "La")) && !tok_starts_clause (doc, a) &&
         tok_starts_upper (doc, a + 1) && a > 0 && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD);
}

/* Tokens [a, b) end with a head word, "on", "for" or "of", and one or two
 * capitalized words without a head word (a ministry's may be a common
 * one): "House Committee on Oversight", "Ministry of Culture". A head word that starts the span must name a
 * ministry or a committee ("Bank of America" has no portfolio). */
static gboolean
ends_with_portfolio (Doc  *doc,
                     guint a,
                     guint b)
{
  static const char *const ministries[] = { "Ministry", "Department", "Committee", "Commission", "Office" };
  /* Centres and institutes of studies name their fields the same way
   * ("Center for Legal | and Judicial Studies"). */
  static const char *const studies[] = { "Center", "Centre", "Institute" };
  guint first = tok_is_any (doc, a, ministries, G_N_ELEMENTS (ministries)) ||
                        tok_is_any (doc, a, studies, G_N_ELEMENTS (studies))
                  ? a + 1
                  : a + 2;

  for (guint j = b - 1; j >= first && j + 3 >= b; j--)
    if (tok_is (doc, j, "on") || tok_is (doc, j, "for") || tok_is (doc, j, "of"))
      {
        /* A ministry's portfolio may be a common word that heads bodies
         * too ("Department of Energy", "Departmental Committee on
         * Communication"). */
        gboolean portfolio = (tok_lex (doc, j - 1) & LECTERN_LEX_ORG_HEAD) && tok_starts_upper (doc, j - 1);
        gboolean ministry = first == a + 1 || tok_is_any (doc, j - 1, ministries, G_N_ELEMENTS (ministries));

        for (guint i = j + 1; i < b && portfolio; i++)
          portfolio = !(tok_lex (doc, i) & LECTERN_LEX_ORG_HEAD) || (ministry && (tok_lex (doc, i) & LECTERN_LEX_LOWER));
        return portfolio;
      }

  return FALSE;
}

/* Cleans the tagged span [a, b) and records it as a form. */
static gboolean is_company_word (const Doc *doc,
                                 guint      i);
static gboolean is_initial (const Doc *doc,
                            guint      i);
static inline gboolean is_regnal_numeral (const Doc *doc,
                                          guint      i);

/* "CP", "SG", "FC": two or three capitals, no vowel. */
static gboolean
is_short_consonant_code (const Doc *doc,
                         guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  if (len < 2 || len > 3)
    return FALSE;
  for (guint32 k = 0; k < len; k++)
    if (!g_ascii_isupper (s[k]) || strchr ("AEIOUY", s[k]) != NULL)
      return FALSE;

  return TRUE;
}

/* Letters after a person's name (degrees, honours, seats) that are short
 * codes of consonants themselves. */
static gboolean
is_post_nominal (const Doc *doc,
                 guint      i)
{
  static const char *words[] = {
    "MP", "MSP", "MPP", "TD", "QC", "KC", "SC", "BL", "MD", "JR", "SR", "FRS", "RN", "DDS", "PC", "MS", "MLA",
    "MNA", "MHA",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* The last word of a family's firm: "Gordon Brothers", "Warner Bros.". */
static gboolean
is_family_firm_word (const Doc *doc,
                     guint      i)
{
  return tok_is (doc, i, "Brothers") || tok_is (doc, i, "Bros.") || tok_is (doc, i, "Bros");
}

/* Letters of a seat, a silk or an honour after a person's name, which are
 * no part of it ("Harriet Fenwick-Lowe KC", "Ama Owusu MBE"). */
static gboolean
is_honour_letters (const Doc *doc,
                   guint      i)
{
  static const char *words[] = {
    "MP", "MSP", "MPP", "TD", "QC", "KC", "SC", "SAN", "OBE", "MBE", "CBE", "KBE", "DBE", "MS", "MLA", "MNA",
    "MHA",
    /* An Irish barrister: "Sinéad Galvin BL". */
    "BL",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* Words for a craft, beside its name: "the Hera probe", "la sonde Juice".
 * Names of spacecraft, missions and rockets are no people and no bodies. */
static gboolean
is_craft_word (const Doc *doc,
               guint      i)
{
  static const char *words[] = {
    "spacecraft", "probe", "mission", "rocket", "satellite", "rover", "lander", "orbiter", "telescope",
    "capsule", "launcher", "spaceship", "sonde", "fusée", "lanceur", "télescope", "atterrisseur",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Lower-case words for a venue or a street, which a person's name follows
 * ("le stade Ernest-Wallon", "salle Pleyel"). */
static gboolean
is_venue_word (const Doc *doc,
               guint      i)
{
  static const char *words[] = {
    "stade", "salle", "rue", "avenue", "boulevard", "quai", "allée", "impasse", "pont", "gare", "aéroport",
    "vélodrome", "hippodrome", "circuit", "complexe", "esplanade", "square", "parvis", "cours",
    "rond-point", "carrefour", "giratoire", "parking", "résidence", "cité", "jardin", "parc", "passage",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* English words for a place that its name follows after "of": "the
 * village of Ali Wahan"; and that follow a place's name: "the Harwell
 * site". */
static gboolean
is_english_place_noun (const Doc *doc,
                       guint      i)
{
  static const char *words[] = {
    "village", "town", "city", "port", "district", "province", "region", "county", "island", "suburb",
    "township", "municipality", "hamlet", "commune", "villages", "towns", "cities",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

static gboolean
is_english_site_noun (const Doc *doc,
                      guint      i)
{
  static const char *words[] = {
    "site", "plant", "factory", "mine", "refinery", "campus", "facility", "smelter", "depot", "terminal",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

static gboolean is_commune_name (const Doc *doc,
                                 guint      a);

/* Lower-case words for a place that its name follows after "de": "le quai
 * de Valmy", "la cité du Moulin", "le pays de Caux", "l'usine de
 * Sochaux". */
static gboolean
is_place_noun_before_de (const Doc *doc,
                         guint      i)
{
  static const char *words[] = {
    "quai", "rue", "avenue", "boulevard", "allée", "impasse", "pont", "canal", "campus", "quartier", "cité",
    "parc", "lac", "col", "massif", "vallée", "plateau", "forêt", "pays", "port", "gare", "aéroport", "stade",
    "hippodrome", "circuit", "zone", "bassin", "baie", "golfe", "étang", "presqu'île", "île", "marais",
    /* "l'usine de Sochaux", "le chantier de Simandou", "la commune de
     * Scaër". */
    "usine", "site", "chantier", "plateforme", "commune", "ville", "village", "territoire", "province",
    "district", "canton", "entrepôt", "mine",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Whether token i is a first name and a surname joined by a hyphen
 * ("Philippe-Chatrier", "Pierre-Mauroy"), not two first names
 * ("Jean-Pierre") nor a double surname ("Lelièvre-Dumas"). */
static gboolean
is_given_surname_compound (const Doc *doc,
                           guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);
  const char *dash = memchr (s, '-', len);
  GString *scratch = doc->scratch;
  guint32 first, second;

  if (dash == NULL || dash == s || dash + 1 >= s + len || memchr (dash + 1, '-', (gsize) (s + len - dash - 1)) ||
      !g_unichar_isupper (g_utf8_get_char (dash + 1)))
    return FALSE;
  first = lectern_lexicon_lookup (doc->lexicon, lectern_ner_lower_hash (s, (gsize) (dash - s), scratch));
  second = lectern_lexicon_lookup (doc->lexicon,
                                   lectern_ner_lower_hash (dash + 1, (gsize) (s + len - dash - 1), scratch));

  return (first & LECTERN_LEX_GIVEN_TOP) && !(second & (LECTERN_LEX_GIVEN | LECTERN_LEX_LOWER | LECTERN_LEX_STOP_FR));
}

/* The seats of the French government's offices, named for them:
 * Matignon (the prime minister), Bercy (the economy), Beauvau (the
 * interior). */
static gboolean
is_french_seat (const Doc *doc,
                guint      i)
{
  static const char *words[] = { "Matignon", "Bercy", "Beauvau" };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* Words for a medium after its name: "Dawn newspaper", "Le Monde daily". */
static gboolean
is_medium_word (const Doc *doc,
                guint      i)
{
  static const char *words[] = {
    "newspaper", "daily", "tabloid", "magazine", "broadcaster", "website", "weekly", "quotidien", "hebdomadaire",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* French words for a grouping of towns, which end its name. */
static gboolean
is_local_authority_word (const Doc *doc,
                         guint      i)
{
  static const char *words[] = { "Métropole", "Agglomération", "Agglo", "Intercommunalité" };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

static guint listed_name_length (Doc     *doc,
                                 guint    a,
                                 guint    limit,
                                 gboolean lower);
static gboolean names_a_person_only (Doc  *doc,
                                     guint a,
                                     guint b);

/* Honorifics that name no one alone, unlike titles that are also
 * surnames ("King", "Bishop"). */
static gboolean
is_honorific (const Doc *doc,
              guint      i)
{
  static const char *words[] = {
    "M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Me", "Mgr",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

static gboolean is_role_word (const Doc *doc,
                              guint      i);
static gboolean is_role_word_or_opening (const Doc *doc,
                                         guint      i);

/* The number of a union's local or lodge: "73", "1059", "32BJ". */
static inline gboolean
is_branch_number (const Doc *doc,
                  guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 n = tok_len (doc, i), d = 0;

  while (d < n && g_ascii_isdigit (s[d]))
    d++;
  if (d == 0 || d > 5)
    return FALSE;
  for (guint32 k = d; k < n; k++)
    if (!g_ascii_isupper (s[k]) || n - d > 3)
      return FALSE;

  return TRUE;
}

/* "London-based", "Catalist-listed", "state-owned", "Houthi-run",
 * "Kenyan-led": where a body sits or trades, who owns, runs or backs it;
 * no part of a name. */
static gboolean
tok_is_based_word (const Doc *doc,
                   guint      i)
{
  static const char *const based[] = {
    "-based", "-listed", "-owned", "-backed", "-controlled", "-headquartered", "-registered", "-led", "-funded",
    "-sponsored", "-aligned", "-allied", "-linked", "-affiliated", "-run", "-born", "-founded", "-made",
  };
  char last;

  /* Every ending ends with "d" or "n": most words fail that first. */
  if (tok_len (doc, i) <= 5)
    return FALSE;
  last = tok_str (doc, i)[tok_len (doc, i) - 1];

  return (last == 'd' || last == 'n') && tok_ends_with_any (doc, i, based, G_N_ELEMENTS (based), 2);
}

/* "SEIU Local 73", "Fraternal Order of Police Lodge 7", "AFSCME Council
 * 31": a union's branch is named by a word and a number after its body's
 * name. "Council", "District" and "Chapter" are common words of other
 * names: not before a year ("the Council 2024 budget"). */
static inline gboolean
is_union_branch (const Doc *doc,
                 guint      i)
{
  static const char *const branches[] = { "Local", "Lodge", "Council", "District", "Chapter", "Fund" };

  /* A digit after a capital first: almost no token passes. */
  if (i + 1 >= doc->n_tokens || !g_ascii_isdigit (*tok_str (doc, i + 1)) || !tok_starts_upper (doc, i) ||
      !is_branch_number (doc, i + 1) || !tok_is_any (doc, i, branches, G_N_ELEMENTS (branches)))
    return FALSE;
  /* "SoftBank Vision Fund 2,": a fund's number ends the clause, not "the
   * Fund 3 billion short". */
  if (tok_is (doc, i, "Fund"))
    return tok_len (doc, i + 1) == 1 &&
           (i + 2 >= doc->n_tokens || !(tok_flags (doc, i + 2) & LECTERN_TOKEN_WORD) || tok_is (doc, i + 2, "and"));

  return tok_is (doc, i, "Local") || tok_is (doc, i, "Lodge") || tok_len (doc, i + 1) != 4 ||
         (memcmp (tok_str (doc, i + 1), "19", 2) != 0 && memcmp (tok_str (doc, i + 1), "20", 2) != 0);
}

/* Whether tokens [a, b) are an office alone: titles, maybe "of" and a
 * word ("Attorney-General", "Deputy Commissioner of Police"), not a
 * listed body. */
static gboolean
is_office_span (Doc  *doc,
                guint a,
                guint b)
{
  guint k = a;

  while (k < b && tok_starts_upper (doc, k) &&
         ((tok_lex (doc, k) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, k) ||
          (memchr (tok_str (doc, k), '-', tok_len (doc, k)) != NULL && is_hyphenated_title (doc, k))))
    k++;
  if (k == a || (k < b && !(tok_is (doc, k, "of") && k + 2 == b && k > a + 1)))
    return FALSE;

  return known_organization (doc, a, b) == 0;
}

/* Legal forms written with a dot that the tokenizer keeps apart:
 * Quebec's "inc.", Brazil's "Ltda.". */
static gboolean
is_dotted_form (const Doc *doc,
                guint      i)
{
  return tok_is (doc, i, "inc") || tok_is (doc, i, "Ltda");
}

static gboolean is_standing_remit (const Doc *doc,
                                   guint      i);

/* The words of a French army unit after its number (military_unit_end). */
static gboolean
is_military_unit_word (const Doc *doc,
                       guint      i)
{
  static const char *const units[] = {
    "régiment", "bataillon", "brigade", "division", "escadron", "escadrille", "compagnie", "flottille",
  };

  return tok_is_any (doc, i, units, G_N_ELEMENTS (units));
}

/* Whether tokens [a, b) name an event, which is no organization: "the
 * Milken Institute Global Conference", "le Salon international de
 * l'agriculture", "la Journée nationale du cacao" (not "Conférence des
 * évêques de France", a body, nor "Allegheny Conference on Community
 * Development"). */
static gboolean
names_an_event (Doc  *doc,
                guint a,
                guint b)
{
  static const char *const ends[] = { "Conference", "Summit", "Festival", "Expo", "Fair", "Fest" };
  static const char *const starts[] = { "Salon", "Festival", "Journée", "Journées", "Sommet", "Foire" };
  static const char *const bodies[] = { "Episcopal", "Bishops", "Bishops'", "Leadership" };

  /* "the Italian Episcopal Conference" is a body. */
  if (b >= a + 2 && tok_is (doc, b - 1, "Conference") && tok_is_any (doc, b - 2, bodies, G_N_ELEMENTS (bodies)))
    return FALSE;

  return tok_is_any (doc, b - 1, ends, G_N_ELEMENTS (ends)) || tok_is_any (doc, a, starts, G_N_ELEMENTS (starts));
}

/* Whether "Black" at token i names people's race: before a word for
 * people or places of theirs or "and" ("Black and Asian faces"), or after
 * "a", "percent" or "them". */
static gboolean
is_race_use (Doc  *doc,
             guint i)
{
  static const char *const nouns[] = {
    "people", "residents", "voters", "neighborhoods", "neighbourhoods", "worshippers", "women", "men", "students",
    "families", "communities", "Americans", "Britons", "majority", "churches", "businesses", "workers", "children",
    "patients", "officers", "congregation", "community", "faces", "and",
  };

  if (i + 1 < doc->n_tokens && tok_is_any (doc, i + 1, nouns, G_N_ELEMENTS (nouns)))
    return TRUE;
  return i > 0 && (tok_is (doc, i - 1, "a") || tok_is (doc, i - 1, "percent") || tok_is (doc, i - 1, "them"));
}

/* Whether tokens [a, b) name a law, a bill or an index, no body: "the
 * Prevention of Money Laundering Act", "the Hang Seng Index" (not a
 * report: "Weather Report" is a band). */
static gboolean
names_a_text (Doc  *doc,
              guint a,
              guint b)
{
  static const char *const ends[] = { "Act", "Acts", "Index", "Bill" };

  return b >= a + 2 && tok_is_any (doc, b - 1, ends, G_N_ELEMENTS (ends));
}

static gboolean tok_is_caps_word (const Doc *doc,
                                  guint      i);

/* An article, or "du" and "au" that hold one ("du nantais Vivalis"). */
static gboolean
is_article_or_contracted (const Doc *doc,
                          guint      i)
{
  return tok_is_article (doc, i) || tok_is (doc, i, "du") || tok_is (doc, i, "au");
}

/* A French nationality or townspeople's adjective in lower case, that
 * the press makes a noun for a company ("l'espagnol Indra", "le
 * lyonnais Solvarène"): its endings, and nationalities no ending tells
 * (not "-ien" or "-ain" at large: "le comédien X", "l'ancien X", "le
 * souverain X" name people). */
static gboolean
is_company_nationality (const Doc *doc,
                        guint      i)
{
  static const char *const endings[] = {
    "ais", "aise", "ois", "oise", "\xc3\xa9" "en", "\xc3\xa9" "enne",
  };
  static const char *const words[] = {
    "allemand", "allemande", "espagnol", "espagnole", "belge", "suisse", "russe", "turc", "turque", "italien",
    "italienne", "américain", "américaine", "canadien", "canadienne", "australien", "australienne", "indien",
    "indienne", "brésilien", "brésilienne", "norvégien", "norvégienne", "autrichien", "autrichienne", "marocain",
    "marocaine", "mexicain", "mexicaine", "sud-coréen", "sud-africain", "sud-africaine", "parisien", "parisienne",
    "britannique", "tchèque", "danois", "suédois", "finlandais", "israélien", "israélienne", "saoudien",
    "saoudienne", "émirien", "émirienne",
    /* Regions' and towns' people that no ending above tells. */
    "toulousain", "toulousaine", "montpelliérain", "montpelliéraine", "alsacien", "alsacienne", "breton",
    "bretonne", "normand", "normande", "angevin", "angevine", "lorrain", "poitevin", "poitevine", "savoyard",
    "savoyarde", "francilien", "francilienne", "auvergnat", "auvergnate", "ardéchois", "tunisien", "tunisienne",
    "algérien", "algérienne", "ivoirien", "ivoirienne", "égyptien", "égyptienne", "chilien", "chilienne",
    "colombien", "colombienne", "nigérian", "nigériane", "sud-coréenne", "japonaise", "chinoise",
  };

  if (tok_len (doc, i) < 5 || !g_ascii_islower (*tok_str (doc, i)) ||
      (tok_lex (doc, i) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
    return FALSE;
  if (tok_is_any (doc, i, words, G_N_ELEMENTS (words)))
    return TRUE;
  /* Short words end the same ("jamais", "marais", "mois", "fois"), and
   * a few longer ones. */
  return tok_len (doc, i) >= 7 && tok_ends_with_any (doc, i, endings, G_N_ELEMENTS (endings), 4) &&
         !tok_is (doc, i, "désormais") && !tok_is (doc, i, "autrefois") && !tok_is (doc, i, "parfois") &&
         !tok_is (doc, i, "mauvais");
}

static gboolean is_court_complement (const Doc *doc,
                                     guint      i);
static gboolean is_organization_noun (const Doc *doc,
                                      guint      i);
static gboolean is_media_noun (const Doc *doc,
                               guint      i);
static gboolean is_named_for_person (const Doc *doc,
                                     guint      i);
static gboolean tok_is_town (Doc  *doc,
                             guint i);

/* Whether token i, after a name's possessive, shows nothing is possessed:
 * a verb of saying or the end of a clause ("Sotheby's said", "at
 * Lloyd's, which"). */
static gboolean
ends_possessive_firm (const Doc *doc,
                      guint      i)
{
  static const char *const after[] = { "said", "says", ",", ".", ";", ":" };

  return i < doc->n_tokens && tok_is_any (doc, i, after, G_N_ELEMENTS (after));
}

/* Adverbs and links that open English and French sentences. */
static gboolean
is_sentence_adverb (const Doc *doc,
                    guint      i)
{
  static const char *const words[] = {
    "Meanwhile", "However", "Still", "Also", "Separately", "Elsewhere", "Earlier", "Later", "Instead",
    "Yet", "Now", "Then", "Since", "Today", "Yesterday", "Last", "Next", "Overall", "Similarly", "Likewise",
    "Nevertheless", "Nonetheless", "Indeed", "Besides", "Recently", "Previously", "Currently", "Eventually",
    "Finally", "Together", "Already", "Ainsi", "Désormais", "Pourtant", "Cependant", "Toutefois", "Depuis",
    "Aujourd'hui", "Hier", "Enfin", "Ensuite", "Puis", "Déjà", "Entre-temps", "Parallèlement", "Outre",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

static gboolean is_firm_word_before_name (const Doc *doc,
                                          guint      i);
static gboolean is_club_prefix (const Doc *doc,
                                guint      i);
static gboolean is_french_union_letters (const char *s,
                                         gsize       n);

/* A word in lower case for the kind of body whose name follows it: "the
 * drugmaker", "l'association", "le syndicat". */
static gboolean
is_kind_before_name (const Doc *doc,
                     guint      i)
{
  static const char *const kinds[] = {
    "association", "syndicat", "fédération", "federation", "union", "charity", "firm", "company",
  };

  return tok_starts_lower (doc, i) &&
         (tok_is_any (doc, i, kinds, G_N_ELEMENTS (kinds)) || is_firm_word_before_name (doc, i));
}

static gboolean is_listed_club (Doc      *doc,
                                guint     i,
                                gboolean  racing);

static void
add_clean_span (Doc  *doc,
                guint a,
                guint b,
                int   vote,
                guint weight)
{
  /* Plurals the name table lacks, for the people of a body. */
  static const char *const members[] = {
    "Executives", "Shareholders", "Representatives", "Supporters", "Investors", "Investigators",
    "Researchers", "Scientists", "Engineers", "Managers", "Directors",
  };
  /* What news says of a company before its name at a sentence's start. */
  static const char *const epithets[] = {
    "Rival", "Embattled", "Beleaguered", "Troubled", "Struggling", "Collapsed", "Defunct", "Bankrupt",
    "Insolvent",
  };
  /* What kind of body it is, there, before its acronym ("Union IG Metall,
   * which represents"; "Union Bank" is a name). */
  static const char *const kinds[] = {
    "Union", "Regulator", "Watchdog", "Lender", "Insurer", "Broadcaster", "Carmaker", "Chipmaker", "Airline",
  };
  /* Bodies named by their seat in lower case ("le barreau de Rennes"). */
  static const char *const seated[] = {
    "parquet", "barreau", "ambassade", "consulat", "commissariat", "mairie", "préfecture", "tribunal", "cour",
    "université", "diocèse", "rectorat", "gendarmerie", "brigade", "chambre",
  };
  /* Offices held in a firm, which its name follows after "de". */
  static const char *const firm_roles[] = {
    "directeur", "directrice", "PDG", "patron", "patronne", "fondateur", "fondatrice", "dirigeant",
    "dirigeante", "cofondateur", "cofondatrice", "actionnaire",
  };
  gboolean has_upper = FALSE, firm_role;
  guint f;

  /* "during Tabaski", "won an Emmy", "such as ChatGPT", "the MacBook
   * Pro": a feast, an award, a product. */
  if (b == a + 1 && (vote == VOTE_PER || vote == VOTE_ORG) &&
      (is_feast_word (doc, a) || is_award_after_determiner (doc, a)))
    return;
  if ((vote == VOTE_PER || vote == VOTE_ORG) && is_product_word (doc, a) && known_organization (doc, a, b) == 0)
    return;
  if (vote == VOTE_ORG && is_stock_index_at (doc, a, b))
    return;
  /* "the Crown argued": the prosecution of a Commonwealth court, or the
   * monarchy; no body of its own ("the Crown Prosecution Service" is
   * one). */
  if (vote == VOTE_ORG && b == a + 1 && a > 0 && tok_is (doc, a, "Crown") &&
      (tok_is (doc, a - 1, "the") || tok_is (doc, a - 1, "The")) &&
      !(b < doc->n_tokens && (tok_flags (doc, b) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, b)))
    return;
  /* The vehicle, and its model in a span of its own ("Chevrolet | Monte
   * Carlo"). */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && (is_vehicle_at (doc, a, b) || (a > 0 && is_vehicle_at (doc, a - 1, b))))
    return;
  /* "I'm", "I’ve": the pronoun with its verb is no one's name. */
  if (b == a + 1 && tok_len (doc, a) >= 3 && tok_len (doc, a) <= 6 && tok_str (doc, a)[0] == 'I' &&
      (tok_str (doc, a)[1] == '\'' || (tok_len (doc, a) >= 5 && memcmp (tok_str (doc, a) + 1, "\xe2\x80\x99", 3) == 0)))
    return;

  if (vote == VOTE_ORG && b >= a + 2 && (names_an_event (doc, a, b) || names_a_text (doc, a, b)) &&
      known_organization (doc, a, b) == 0)
    return;
  /* "Black voters", "a Black majority", "Black and Asian faces", "most
   * of them Black": the capitalized race of American usage, no surname. */
  if (vote == VOTE_PER && b == a + 1 && doc->lang == LANG_EN && tok_is (doc, a, "Black") && is_race_use (doc, a))
    return;

  /* "Deputy Ednaldo Ribeiro Lins of", "MEP Bas Eikenboom", "President
   * Gabriel Boric's Broad Front": a title, then a name no list knows but
   * as a person's, is its holder, no body; a body after the holder's
   * possessive is one of its own. */
  if (vote == VOTE_ORG && b >= a + 3 && title_before_holder (doc, a, b))
    {
      guint p = a + 1;

      while (p < b && !tok_is_possessive (doc, p))
        p++;
      if (p == b || (b >= p + 3 && (tok_lex (doc, b - 1) & LECTERN_LEX_ORG_HEAD)))
        {
          retag_tagged_span (doc, a, a + 1, p, VOTE_PER);
          if (p < b)
            split_tagged_span (doc, p, p + 1, b, VOTE_ORG);
          add_clean_span (doc, a + 1, p, VOTE_PER, weight);
          if (p < b)
            add_clean_span (doc, p + 1, b, VOTE_ORG, weight);
          return;
        }
    }

  /* "du Real Madrid Brahim Díaz": a listed body, then in the same span a
   * person's name, which the tagger ran together. */
  if (b >= a + 4)
    {
      guint n = listed_name_length (doc, a, b, FALSE);

      if (n >= 2 && b - (a + n) >= 2 && names_a_person_only (doc, a + n, b) &&
          (tok_lex (doc, a + n) & LECTERN_LEX_GIVEN))
        {
          split_tagged_span (doc, a + n, a + n, b, VOTE_PER);
          add_clean_span (doc, a, a + n, VOTE_ORG, weight);
          add_clean_span (doc, a + n, b, VOTE_PER, weight);
          return;
        }
    }

  /* "le secrétaire général de l'ONU, António Guterres, a demandé": two or
   * three capitalized words between commas that no list knows as a
   * place, the first a first name or no list's word, are a person's name
   * in an apposition, not a place. */
  if (vote == VOTE_LOC && b >= a + 2 && b <= a + 3 && a >= 1 && b < doc->n_tokens &&
      tok_is (doc, a - 1, ",") && tok_is (doc, b, ",") && names_a_person_only (doc, a, b) &&
      (tok_lex (doc, a) == 0 || (tok_lex (doc, a) & LECTERN_LEX_GIVEN)) &&
      !(name_flags (doc, a, b) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_REGION)) &&
      !inside_known_place (doc, a, b))
    {
      retag_tagged_span (doc, a, a, b, VOTE_PER);
      vote = VOTE_PER;
    }

  /* "his agent, Per-Erik Holm of Octagon, that": after a role and a
   * comma, a person's name, "of" and the body the tagger ran into one
   * organization. */
  if (vote == VOTE_ORG && a >= 2 && b >= a + 4 && b <= a + 7 && tok_is (doc, a - 1, ",") &&
      tok_starts_lower (doc, a - 2) && (is_role_word (doc, a - 2) || tok_is (doc, a - 2, "agent")) &&
      known_organization (doc, a, b) == 0)
    for (guint i = a + 2; i <= a + 3 && i + 1 < b; i++)
      if (tok_is (doc, i, "of") && tok_starts_upper (doc, i + 1) && names_a_person_only (doc, a, i))
        {
          split_tagged_span (doc, i, i + 1, b, VOTE_ORG);
          retag_tagged_span (doc, a, a, i, VOTE_PER);
          add_clean_span (doc, a, i, VOTE_PER, weight);
          add_clean_span (doc, i + 1, b, VOTE_ORG, weight);
          return;
        }
  /* "Jane Doe of Fortune": a person's span that runs on past "of" into
   * another name stops there; the rest is an organization if a list knows
   * it ("of the BBC"), it ends with a head word ("of Civic Party") or it is
   * an acronym that names no place ("of DAB", not "of NYC"). */
  if (vote == VOTE_PER)
    for (guint i = a + 1; i + 1 < b; i++)
      if (tok_is (doc, i, "of") && tok_starts_upper (doc, i - 1))
        {
          guint c = i + 1 + (i + 2 < b && tok_is_article (doc, i + 1));

          if (tok_starts_upper (doc, c) &&
              (known_organization (doc, c, b) != 0 || (c + 1 < b && (tok_lex (doc, b - 1) & LECTERN_LEX_ORG_HEAD)) ||
               (c + 1 == b && tok_is_acronym (doc, c) &&
                !(tok_lex (doc, c) & (LECTERN_LEX_PLACE | LECTERN_LEX_GEO | LECTERN_LEX_REGION)))))
            {
              split_tagged_span (doc, i, c, b, VOTE_ORG);
              add_clean_span (doc, c, b, VOTE_ORG, weight);
            }
          else
            split_tagged_span (doc, i, c, b, -1);
          b = i;
          break;
        }
  /* "Jean Martin du Figaro", "Marie Dupont de Libération": French
   * particles belong to names ("Charles de Gaulle"), so only a listed
   * organization after one is cut off. */
  if (vote == VOTE_PER)
    for (guint i = a + 2; i + 1 < b; i++)
      if ((tok_is (doc, i, "de") || tok_is (doc, i, "du") || tok_is (doc, i, "des")) && tok_starts_upper (doc, i - 1))
        {
          guint c = i + 1 + (i + 2 < b && tok_is_article (doc, i + 1));

          if (tok_starts_upper (doc, c) &&
              (known_organization (doc, c, b) != 0 ||
               (tok_is (doc, i, "du") && known_organization_after (doc, "le ", c, b) != 0) ||
               (tok_is (doc, i, "des") && known_organization_after (doc, "les ", c, b) != 0)))
            {
              split_tagged_span (doc, i, c, b, VOTE_ORG);
              add_clean_span (doc, c, b, VOTE_ORG, weight);
              b = i;
              break;
            }
        }

  /* "Mbemba's agent, Rich Paul of Klutch Sports Group, said": the tagger
   * may run a person and the body he works for into one organization.
   * A first name and one more word, then "of" and a body that a head word
   * ends or a list knows, are the two. */
  if (vote == VOTE_ORG && b >= a + 4 && tok_is (doc, a + 2, "of") && tok_starts_upper (doc, a + 3) &&
      tok_is_first_name (doc, a) && tok_starts_upper (doc, a + 1) &&
      !((tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) && (tok_lex (doc, a) & LECTERN_LEX_LOWER)) &&
      !(tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_TITLE |
                            LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) &&
      !(tok_lex (doc, a + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL |
                                LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_LOWER | LECTERN_LEX_TITLE)) &&
      !tok_is_acronym (doc, a + 1) && known_organization (doc, a, b) == 0 &&
      (known_organization (doc, a + 3, b) != 0 || (b > a + 4 && (tok_lex (doc, b - 1) & LECTERN_LEX_ORG_HEAD))))
    {
      split_tagged_span (doc, a + 2, a + 3, b, VOTE_ORG);
      retag_tagged_span (doc, a, a, a + 2, VOTE_PER);
      add_clean_span (doc, a + 3, b, VOTE_ORG, weight);
      b = a + 2;
      vote = VOTE_PER;
    }
  /* "Straits Fleet Management Pte. Ltd. of Singapore": an abbreviated
   * legal form ends a company's name; "of" and a place after it say where
   * it is (not "Standard Oil Company of New York"). */
  if (vote == VOTE_ORG)
    for (guint i = a + 1; i + 2 < b; i++)
      if (tok_is (doc, i + 1, "of") && (tok_lex (doc, i) & LECTERN_LEX_LEGAL) && tok_len (doc, i) <= 5 &&
          tok_starts_upper (doc, i + 2) &&
          (name_flags (doc, i + 2, b) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_REGION)) &&
          known_organization (doc, a, b) == 0)
        {
          split_tagged_span (doc, i + 1, i + 2, b, VOTE_LOC);
          b = i + 1;
          break;
        }
  /* "Gaël Faye pour Jacaranda": a word such as "pour" or "with" inside a
   * person's span, which no name holds, ends it. */
  if (vote == VOTE_PER)
    for (guint i = a + 1; i + 1 < b; i++)
      if (tok_starts_lower (doc, i) && !tok_has_upper (doc, i) &&
          (tok_lex (doc, i) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) && !is_particle (doc, i) &&
          !tok_is (doc, i, "y") && !tok_is (doc, i, "e") && tok_starts_upper (doc, i - 1))
        {
          split_tagged_span (doc, i, i, i, -1);
          b = i;
          break;
        }
  /* "le Telugu Desam Party de Chandrababu Naidu": an organization whose
   * name ends with a head word or that a list knows, then "de" and two
   * or three words that name nothing else, is followed by its leader. */
  if (vote == VOTE_ORG && doc->lang == LANG_FR && b >= a + 4)
    for (guint i = MAX (a + 1, b - 4); i + 2 < b; i++)
      if ((tok_is (doc, i, "de") || tok_is_elision_de (doc, i)) &&
          ((tok_lex (doc, i - 1) & LECTERN_LEX_ORG_HEAD) || known_organization (doc, a, i) != 0) &&
          tok_starts_upper (doc, i - 1) && names_a_person_only (doc, i + 1, b) &&
          /* "la Caisse d'Epargne Bourgogne Franche-Comté": no listed
           * name goes on past the "de". */
          listed_name_length (doc, a, b, FALSE) <= i - a)
        {
          split_tagged_span (doc, i, i + 1, b, VOTE_PER);
          add_clean_span (doc, i + 1, b, VOTE_PER, weight);
          b = i;
          break;
        }

  /* "le maire de Wood Buffalo", where the office was left out of the
   * span: the same place, no person, unless a frequent first name says
   * the name is the mayor's ("le maire de Paris Anne Hidalgo"), or a
   * one-word place is followed by a name of two words ("l'ancien maire de
   * Dakar Khalifa Sall"). */
  if (vote == VOTE_PER && a >= 2 &&
      (tok_is (doc, a - 1, "de") || tok_is (doc, a - 1, "d'") || tok_is (doc, a - 1, "d\xe2\x80\x99") ||
       tok_is (doc, a - 1, "du") || tok_is (doc, a - 1, "of")) &&
      is_office_of_place (doc, a - 2))
    {
      if (b == a + 3 && (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE)) &&
          !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)) && tok_starts_upper (doc, a + 1) &&
          tok_starts_upper (doc, a + 2) && names_a_person_only (doc, a + 1, b))
        {
          retag_tagged_span (doc, a, a + 1, b, VOTE_PER);
          a++;
        }
      else if (!span_has_lex (doc, a, b, LECTERN_LEX_GIVEN_TOP))
        return;
    }

  /* "une PME de Blagnac (Haute-Garonne)": a town's département or region
   * in brackets is a place. */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && b == a + 1 && a >= 2 && b < doc->n_tokens && tok_is (doc, a - 1, "(") &&
      tok_is (doc, b, ")") && (tok_lex (doc, a - 2) & (LECTERN_LEX_PLACE | LECTERN_LEX_GEO)) &&
      ((tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) || memchr (tok_str (doc, a), '-', tok_len (doc, a))) &&
      known_organization (doc, a, b) == 0)
    return;
  /* "directeur France de Believe": a country after a role in lower case
   * says which branch it runs; the body follows "de". */
  if (vote == VOTE_PER && doc->lang == LANG_FR && b >= a + 3)
    {
      /* The role may open the span (a piece after a comma). */
      guint c = tok_starts_lower (doc, a) && is_role_word (doc, a) ? a + 1 : a;

      if (c > 0 && c + 2 < b && (tok_lex (doc, c) & (LECTERN_LEX_REGION | LECTERN_LEX_GEO | LECTERN_LEX_PLACE)) &&
          (tok_is (doc, c + 1, "de") || tok_is_elision_de (doc, c + 1)) && tok_starts_lower (doc, c - 1) &&
          is_role_word (doc, c - 1))
        {
          retag_tagged_span (doc, a, c + 2, b, VOTE_ORG);
          a = c + 2;
          vote = VOTE_ORG;
        }
    }
  /* "l'espagnol Indra", "le néerlandais Veldkamp", "sur le lyonnais
   * Solvarène": French names a company after its nationality or its
   * town in lower case, as an adjective made a noun (a person is "l'Espagnol
   * X", "le comédien X"). */
  if (vote == VOTE_PER && doc->lang == LANG_FR && a >= 1 && b >= a + 2 && b <= a + 3 &&
      is_article_or_contracted (doc, a - 1) &&
      is_company_nationality (doc, a) && !(tok_lex (doc, a + 1) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_TITLE)))
    {
      /* The tagger ran the adjective into the name. */
      retag_tagged_span (doc, a, a + 1, b, VOTE_ORG);
      a++;
      vote = VOTE_ORG;
    }
  else if (vote == VOTE_PER && doc->lang == LANG_FR && a >= 2 && b <= a + 2 && is_article_or_contracted (doc, a - 2) &&
           is_company_nationality (doc, a - 1) && !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_TITLE)))
    vote = VOTE_ORG;
  /* "HANDBALL" alone on its line above a headline: a section's name,
   * no person's (a name in capitals has two words at least). */
  if (vote == VOTE_PER && b == a + 1 && tok_len (doc, a) >= 4 &&
      (a == 0 || (tok_flags (doc, a) & LECTERN_TOKEN_LINE_START)) &&
      (b == doc->n_tokens || (tok_flags (doc, b) & LECTERN_TOKEN_LINE_START)) && tok_is_caps_word (doc, a))
    return;
  /* "Greenpeace Brasil said": a listed body, no first name, and a
   * country or a region after it, which the tagger read as a person. */
  if (vote == VOTE_PER && b == a + 2 && !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)) &&
      (tok_lex (doc, a + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) &&
      known_organization (doc, a, a + 1) != 0)
    vote = VOTE_ORG;
  /* "the Princess | Royal Hospital", "the Queen | Elizabeth University
   * Hospital": a royal's title that starts a body's name after "the",
   * which the tagger left out as a title. */
  if (vote == VOTE_ORG && a >= 2 && tok_starts_upper (doc, a - 1) &&
      (tok_is (doc, a - 1, "Princess") || tok_is (doc, a - 1, "Prince") || tok_is (doc, a - 1, "Queen") ||
       tok_is (doc, a - 1, "King")) &&
      (tok_is (doc, a - 2, "the") || tok_is (doc, a - 2, "The")) && span_has_head (doc, a, b))
    {
      retag_tagged_span (doc, a, a - 1, b, VOTE_ORG);
      a--;
    }
  /* "le sénateur de la Sarthe | Gérard Fouquet-Lamarre": a place that
   * ends a role, then someone's first name and surname, which the tagger
   * ran into one body. */
  if ((vote == VOTE_ORG || vote == VOTE_PER) && a >= 1 && b == a + 3 &&
      (tok_is (doc, a - 1, "de") || tok_is (doc, a - 1, "du") || tok_is (doc, a - 1, "la") ||
       tok_is (doc, a - 1, "of") || tok_is_elision_de (doc, a - 1)) &&
      (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) &&
      !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME_TOP)) &&
      (tok_lex (doc, a + 1) & LECTERN_LEX_GIVEN_TOP) &&
      tok_starts_upper (doc, a + 1) && tok_starts_upper (doc, a + 2) && !span_has_head (doc, a, b) &&
      !(tok_lex (doc, a + 2) & LECTERN_LEX_LEGAL) && known_organization (doc, a, b) == 0)
    {
      retag_tagged_span (doc, a, a + 1, b, VOTE_PER);
      a++;
      vote = VOTE_PER;
    }
  /* "Mr Ebury said": a name after an honorific is a person's, though a
   * list knows a body of that name, unless the list has the honorific in
   * it ("Mr Bricolage"). "Me" is French for a lawyer and English for the
   * speaker. */
  if ((vote == VOTE_ORG ||
       /* "Ms Quansah-Mills": the tagger's place, a double-barrelled
        * word that no list knows. */
       (vote == VOTE_LOC && b == a + 1 && lang_at (doc, a) == LANG_EN &&
        memchr (tok_str (doc, a), '-', tok_len (doc, a)) != NULL &&
        !(name_flags (doc, a, b) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))) &&
      a > 0 && b <= a + 2 && is_honorific (doc, a - 1) && !tok_is (doc, a - 1, "Me") &&
      tok_starts_upper (doc, a) && !tok_is_acronym (doc, a) && known_organization (doc, a - 1, b) == 0 &&
      !span_has_head (doc, a, b))
    {
      retag_tagged_span (doc, a, a, b, VOTE_PER);
      vote = VOTE_PER;
    }
  /* "Reece Molloy, 22, of Everton": where someone of that age lives, as
   * British courts report it. */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && a >= 4 && b <= a + 3 && tok_is (doc, a - 1, "of") &&
      tok_is (doc, a - 2, ",") && g_ascii_isdigit (*tok_str (doc, a - 3)) && tok_len (doc, a - 3) <= 3 &&
      tok_is (doc, a - 4, ",") && known_organization (doc, a, b) == 0 && !span_has_head (doc, a, b))
    return;
  /* "Analysts at Piper Jaffray said", "an analyst at Bernstein": people
   * work at a firm, which the tagger may take for a place too. */
  if ((vote == VOTE_PER ||
       (vote == VOTE_LOC && b == a + 1 && !(tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)))) &&
      a >= 2 && tok_is (doc, a - 1, "at") && is_staff_word (doc, a - 2))
    vote = VOTE_ORG;
  /* "paru chez Grasset", "publié chez Gallimard": the house that
   * publishes a book, though its name is a family's. */
  if (vote == VOTE_PER && b == a + 1 && a >= 2 && tok_is (doc, a - 1, "chez") && is_publishing_verb (doc, a - 2) &&
      !(tok_lex (doc, a) & LECTERN_LEX_GIVEN_TOP))
    vote = VOTE_ORG;
  /* "the destroyer USS Carney", "Operation Prosperity Guardian": ships
   * and military operations are named like people and bodies. */
  if ((vote == VOTE_PER || vote == VOTE_ORG) &&
      ((b > a + 1 && (is_ship_prefix (doc, a) || is_operation_word (doc, a))) ||
       (a >= 1 && is_ship_prefix (doc, a - 1)) || names_operation (doc, a)))
    return;
  /* "la tempête Ciaran", "Hurricane Ian": storms are named like people
   * (mark_storm_names). */
  if ((vote == VOTE_PER || vote == VOTE_ORG) &&
      ((a >= 1 && is_storm_word (doc, a - 1)) || (b > a + 1 && is_storm_word (doc, a))))
    return;

  /* "Lac La Biche", "l'aéroport de La Tontouta": a name after a place
   * word the span left out, or after a facility that only places have,
   * is a place. */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && a >= 1 &&
      ((tok_starts_upper (doc, a - 1) && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) &&
        !(tok_flags (doc, a - 1) & LECTERN_TOKEN_SENTENCE_START) &&
        (place_word (doc, a - 1) & LECTERN_LEX_PLACE_PREFIX)) ||
       (a >= 2 && (tok_is (doc, a - 1, "de") || tok_is (doc, a - 1, "d'") || tok_is (doc, a - 1, "d\xe2\x80\x99")) &&
        is_place_facility (doc, a - 2))) &&
      known_organization (doc, a, b) == 0)
    return;

  /* Titles and honorifics are not part of a person's name ("M. Altman",
   * "le président Macron"); articles are stripped from people only, since an
   * organization's article may belong to its name ("Le Monde"). */
  firm_role = FALSE;
  while (a < b)
    {
      /* An article is part of an organization's name only when it is
       * capitalized inside a sentence ("Le Monde", not "l'ONU", "L'ONU"),
       * or at its start or elided when the list has it so ("Le Point a
       * publié", "L'Express"). */
      if (tok_is_article (doc, a) &&
          ((vote == VOTE_PER && !is_surname_article (doc, a, b)) || !tok_starts_upper (doc, a) ||
           ((tok_starts_clause (doc, a) || tok_is_elision (doc, a)) && known_organization (doc, a, b) == 0)))
        a++;
      /* "le maire de Langon", "the Mayor of Lyon": an office held for
       * a place names the place after it, not a person ("le général de
       * Gaulle" is one), unless a first name and more follow ("Mayor of
       * London Sadiq Khan"; one word is the place: "le maire de Sutton"). */
      else if (vote == VOTE_PER && a + 2 < b && is_office_of_place (doc, a) &&
               (tok_is (doc, a + 1, "de") || tok_is (doc, a + 1, "d'") || tok_is (doc, a + 1, "d\xe2\x80\x99") ||
                tok_is (doc, a + 1, "du") || tok_is (doc, a + 1, "des") || tok_is (doc, a + 1, "of")) &&
               !(tok_lex (doc, a + 2) & LECTERN_LEX_TITLE) && (b == a + 3 || !span_has_first_name (doc, a + 2, b)))
        return;
      else if (vote == VOTE_PER && a + 1 < b &&
               ((tok_lex (doc, a) & LECTERN_LEX_TITLE) || is_hyphenated_title (doc, a) || is_unlisted_title (doc, a) ||
                /* "Chief | Executive Barnaby Osterhout said". */
                (a > 0 && tok_is (doc, a, "Executive") && tok_is (doc, a - 1, "Chief"))))
        {
          firm_role = firm_role || tok_is_any (doc, a, firm_roles, G_N_ELEMENTS (firm_roles));
          a++;
        }
      /* "WHO Director-General Tedros", "FBI Director James Comey". */
      else if (vote == VOTE_PER && a + 2 < b && tok_is_acronym (doc, a) &&
               ((tok_lex (doc, a + 1) & LECTERN_LEX_TITLE) || is_hyphenated_title (doc, a + 1)))
        a += 2;
      /* "Bloc Leader Yves-François Blanchet", "Green Party Leader": a
       * party's name and its leader's office before the holder's name. */
      else if (vote == VOTE_PER && a + 3 < b && tok_is (doc, a + 1, "Leader") && tok_starts_upper (doc, a) &&
               !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_TITLE)) && tok_starts_upper (doc, a + 2))
        {
          retag_tagged_span (doc, a, a + 2, b, VOTE_PER);
          add_clean_span (doc, a, a + 1, VOTE_ORG, weight);
          a += 2;
        }
      /* "le député DP Gusty Wirtgen-Hoffmann", "senator ALP Jo Kerr": a
       * party's letters between a role in lower case and the holder's
       * name are the party. */
      else if (vote == VOTE_PER && a + 2 < b && a >= 1 && tok_is_acronym (doc, a) && tok_len (doc, a) >= 2 &&
               tok_len (doc, a) <= 5 && tok_starts_lower (doc, a - 1) && is_role_word (doc, a - 1) &&
               !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)) && tok_starts_upper (doc, a + 1) &&
               !tok_is_acronym (doc, a + 1))
        {
          retag_tagged_span (doc, a, a + 1, b, VOTE_PER);
          add_clean_span (doc, a, a + 1, VOTE_ORG, weight);
          a++;
        }
      /* "65th Air Division", "1er régiment d'infanterie": an ordinal
       * before a head word or a name of two words numbers the unit, it is
       * part of its name. */
      else if (vote == VOTE_ORG && is_ordinal (doc, a) && (b - a >= 3 || span_has_head (doc, a + 1, b)))
        break;
      else if (!(tok_flags (doc, a) & LECTERN_TOKEN_WORD) || is_time_word (doc, a))
        a++;
      /* "l'association | Terre de Liens", "the employers' federation |
       * Mouvement des entreprises de France": the kind of body in lower
       * case before its capitalized name, no head word. */
      else if (vote == VOTE_ORG && a + 1 < b && is_kind_before_name (doc, a) && tok_starts_upper (doc, a + 1) &&
               (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) && !(tok_lex (doc, a + 1) & LECTERN_LEX_ORG_HEAD) &&
               /* "le syndicat CGT des dockers du Havre": a union's
                * section, named by its kind. */
               !tok_is_acronym (doc, a + 1) && known_organization (doc, a, b) == 0)
        a++;
      /* "the Swiss drugmaker | Halvorsen-Riedl AG": its nationality too. */
      else if (vote == VOTE_ORG && a + 2 < b && lang_at (doc, a) == LANG_EN && is_demonym (doc, a) &&
               is_kind_before_name (doc, a + 1) && tok_starts_upper (doc, a + 2) &&
               (tok_flags (doc, a + 2) & LECTERN_TOKEN_WORD) && !(tok_lex (doc, a + 2) & LECTERN_LEX_ORG_HEAD) &&
               known_organization (doc, a, b) == 0)
        a += 2;
      /* "secrétaire général | de Solidaris", "président | du LCGB": a
       * role's body, which the tagger ran into the person's name before
       * the role, after its "de" or "du": an acronym, a listed body or,
       * after "du", a body's head word ("du Conseil des EPF"). */
      else if (vote == VOTE_PER && a + 1 < b && (tok_is (doc, a, "de") || tok_is (doc, a, "du")) &&
               tok_starts_upper (doc, a + 1) &&
               ((tok_is_acronym (doc, a + 1) && tok_len (doc, a + 1) >= 2) || known_organization (doc, a + 1, b) != 0 ||
                (tok_is (doc, a, "du") && b >= a + 3 && span_has_head (doc, a + 1, b)) ||
                /* "directeur général | de Harwood": one word after a
                 * firm's office, no first name nor place, is the firm. */
                (firm_role && b == a + 2 && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) &&
                 !(tok_lex (doc, a + 1) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_GEO | LECTERN_LEX_REGION |
                                           LECTERN_LEX_PLACE)))))
        {
          retag_tagged_span (doc, a, a + 1, b, VOTE_ORG);
          a++;
          vote = VOTE_ORG;
        }
      /* "bâtonnier Fourcade", "géant Wilkins", "roman de M. Chaguinian": a
       * word in lower case before a person's name is a label. Particles
       * stay ("de Gaulle", "van Gogh") unless a title or another word in
       * lower case follows them ("de M. Dupont", "de la Société"), or a
       * first name and more ("le MR de Georges-Louis Bouchez"); "des
       * Bismarck" is a plural. */
      else if (vote == VOTE_PER && a + 1 < b && tok_starts_lower (doc, a) &&
               (!is_particle (doc, a) || tok_is (doc, a, "des") ||
                /* "van der Linde", "von der Leyen": two particles. */
                (tok_starts_lower (doc, a + 1) &&
                 !((tok_is (doc, a, "van") || tok_is (doc, a, "von")) &&
                   (tok_is (doc, a + 1, "der") || tok_is (doc, a + 1, "den")))) ||
                (tok_lex (doc, a + 1) & LECTERN_LEX_TITLE) || (a + 2 < b && starts_with_first_name (doc, a + 1))))
        a++;
      /* "ABUJA — A Federal High Court in Abuja": an indefinite article
       * that starts the sentence or follows a dateline's dash (not "A
       * Tribe Called Quest", listed). */
      else if (a + 2 < b && (tok_is (doc, a, "A") || tok_is (doc, a, "An")) &&
               ((tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) ||
                (a > 0 && (tok_is (doc, a - 1, "\xe2\x80\x94") || tok_is (doc, a - 1, "\xe2\x80\x93") ||
                           tok_is (doc, a - 1, "-")))) &&
               known_organization (doc, a, b) == 0)
        a++;
      /* "the London-based Harbourline Films Ltd.", "Catalist-listed
       * Tembusu Marine Holdings": where a body sits or trades is no part
       * of its name. */
      else if (a + 1 < b && tok_is_based_word (doc, a))
        a++;
      /* "KITWE, Zambia - Mopani Copper Mines Plc will": the country of a
       * dateline and its dash, which the tagger ran into the name. */
      else if (a + 2 < b && a >= 2 && tok_is (doc, a - 1, ",") &&
               (tok_is (doc, a + 1, "-") || tok_is (doc, a + 1, "\xe2\x80\x94") ||
                tok_is (doc, a + 1, "\xe2\x80\x93")) &&
               (tok_flags (doc, a - 2) & LECTERN_TOKEN_LINE_START) && tok_len (doc, a - 2) >= 3 &&
               tok_is_acronym (doc, a - 2) && (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE)))
        a += 2;
      /* "BOSTON - Halden Cells Inc. said": a dateline's place in
       * capitals and its dash, which the tagger ran into the name. */
      else if (a + 2 < b && (tok_flags (doc, a) & LECTERN_TOKEN_LINE_START) && tok_len (doc, a) >= 3 &&
               tok_is_acronym (doc, a) &&
               (tok_is (doc, a + 1, "-") || tok_is (doc, a + 1, "\xe2\x80\x94") ||
                tok_is (doc, a + 1, "\xe2\x80\x93")) &&
               tok_starts_upper (doc, a + 2))
        a += 2;
      /* "Meanwhile Dixon Technologies said": an adverb that opens the
       * sentence, which the tagger ran into the name after it. */
      else if (a + 1 < b && (tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) && tok_starts_upper (doc, a + 1) &&
               (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) && is_sentence_adverb (doc, a) &&
               known_organization (doc, a, b) == 0)
        a++;
      /* "Rival Travis Perkins plc". */
      else if (a + 2 < b && (tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) &&
               tok_is_any (doc, a, epithets, G_N_ELEMENTS (epithets)) && tok_starts_upper (doc, a + 1) &&
               known_organization (doc, a, b) == 0)
        a++;
      else if (a + 1 < b && (tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) && tok_is_acronym (doc, a + 1) &&
               tok_is_any (doc, a, kinds, G_N_ELEMENTS (kinds)) && known_organization (doc, a, b) == 0)
        a++;
      /* "Ex-CEO of Tembusu Marine", "Ex-Emfuleni mayor": a former role
       * or place is no part of a name. */
      else if (a + 1 < b && tok_len (doc, a) > 3 && (g_str_has_prefix (tok_str (doc, a), "Ex-") ||
                                                     g_str_has_prefix (tok_str (doc, a), "ex-")))
        a++;
      /* "of Labasa", "and Kissinger": no name starts with these. */
      else if (a + 1 < b && (tok_is (doc, a, "of") || tok_is (doc, a, "and") || tok_is (doc, a, "in") ||
                             tok_is (doc, a, "for") || tok_is (doc, a, "by") || tok_is (doc, a, "with") ||
                             tok_is (doc, a, "from") || tok_is (doc, a, "et") || tok_is (doc, a, "pour") ||
                             tok_is (doc, a, "par") || tok_is (doc, a, "avec")))
        a++;
      else
        break;
    }
  while (b > a)
    {
      if (vote == VOTE_PER && b > a + 2 && is_honour_letters (doc, b - 1))
        {
          b--;
          continue;
        }
      /* "Canal+", "Disney+". */
      if (vote == VOTE_ORG && b - 1 > a && is_attached_plus (doc, b - 1))
        break;
      /* "Moody's" keeps its 's, and its mentions cover it; "Europe 1"
       * and "France 24" keep their number, and so does a name that ends
       * with one listed ("l'université | Paris 8"). */
      if ((tok_is_possessive (doc, b - 1) || g_ascii_isdigit (*tok_str (doc, b - 1))) &&
          vote == VOTE_ORG &&
          (known_organization (doc, a, b) != 0 ||
           (b >= a + 3 && g_ascii_isdigit (*tok_str (doc, b - 1)) && known_organization (doc, b - 2, b) != 0) ||
           (doc->lang == LANG_FR && b >= a + 2 && is_departement_number (doc, b - 1)) ||
           /* "l'université Alger 3" (extend_numbered_universities). */
           (b >= a + 3 && tok_len (doc, b - 1) <= 2 && g_ascii_isdigit (*tok_str (doc, b - 1)) &&
            (tok_is (doc, a, "université") || tok_is (doc, a, "Université"))) ||
           /* "at Lloyd's, which", "Sotheby's said" (mark_possessive_firms). */
           (b == a + 2 && tok_is_possessive (doc, b - 1) && doc->lang == LANG_EN && ends_possessive_firm (doc, b))))
        break;
      if (vote == VOTE_ORG && b >= a + 3 && is_union_branch (doc, b - 2))
        break;
      /* "Beaubien inc.", "Participações Ltda.": the form's dot
       * (join_partner_firms). */
      if (vote == VOTE_ORG && b >= a + 2 && tok_is (doc, b - 1, ".") && is_dotted_form (doc, b - 2) &&
          !(tok_flags (doc, b - 1) & LECTERN_TOKEN_SPACE_BEFORE))
        break;
      /* "Sunvale Laboratories Ltd. The recall": no name ends with an
       * article; the sentence's first word after an abbreviation's stop.
       * A body's number stays ("Hose Company No. 2"). */
      if (!tok_is_possessive (doc, b - 1) && (tok_flags (doc, b - 1) & LECTERN_TOKEN_WORD) &&
          (!is_time_word (doc, b - 1) || (b - 2 > a && tok_is (doc, b - 2, "No.")) ||
           /* "FC Rheinau 04": a club's year. */
           (vote == VOTE_ORG && b - 2 > a && is_club_prefix (doc, a) && tok_len (doc, b - 1) <= 4)) &&
          !(b - 1 > a && tok_is_trailing_function_word (doc, b - 1)) &&
          !(b - 1 > a && tok_is_article (doc, b - 1) && !tok_is_elision (doc, b - 1)))
        break;
      b--;
    }
  /* "le prix Goncourt", "son roman Houris", "the film Oppenheimer": a
   * prize or a work named after the word for it (which the
   * tagger may have taken in, and the loop above left out). */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && a >= 1 && is_work_word (doc, a - 1) &&
      known_organization (doc, a, b) == 0)
    return;
  /* "la loi Lemoine", "le plan Marshall", "le pavillon Roddick": a law,
   * a plan or a building named after a person names no one there ("le
   * plan Renault" is still the company's). */
  if (vote == VOTE_PER && a >= 1 && doc->lang == LANG_FR && tok_starts_lower (doc, a - 1) &&
      (tok_is (doc, a - 1, "loi") || tok_is (doc, a - 1, "plan") || tok_is (doc, a - 1, "pavillon") ||
       tok_is (doc, a - 1, "amendement")))
    return;
  /* "Newcomer of the Year", "Record of the Year": an award. */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && b + 2 < doc->n_tokens && tok_is (doc, b, "of") &&
      tok_is (doc, b + 1, "the") && tok_is (doc, b + 2, "Year"))
    return;
  /* "Sri Lankan", "South African", "New Zealander": a demonym of two words
   * names no one, nor does its first word alone ("Costa" of "Costa Rican"). */
  if ((vote == VOTE_PER || vote == VOTE_ORG) &&
      ((b == a + 2 && is_demonym (doc, a + 1)) || (b == a + 1 && b < doc->n_tokens && is_demonym (doc, b))) &&
      (tok_is (doc, a, "Sri") || tok_is (doc, a, "South") || tok_is (doc, a, "North") || tok_is (doc, a, "New") ||
       tok_is (doc, a, "Costa") || tok_is (doc, a, "Puerto") || tok_is (doc, a, "Sierra") ||
       tok_is (doc, a, "Papua") || tok_is (doc, a, "Saudi")))
    return;
  /* "United Nations Secretary-General", "ASEAN Secretary-General": a
   * body and the title of its head, no person's name after it; the body
   * is named (not "ministère de la Justice", whose last word is its
   * portfolio, nor "Clinique Saint-Pierre", whose saint is no title, nor
   * "Office of the Inspector General" or "Office of the Police Complaint
   * Commissioner", named after its head, unlike "Bank of Canada
   * Governor"). */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && b >= a + 2 && tok_starts_upper (doc, b - 1) &&
      tok_starts_upper (doc, b - 2) && !(tok_lex (doc, b - 2) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) &&
      !(b >= a + 4 && (tok_is (doc, b - 3, "of") || tok_is (doc, b - 3, "the")) &&
        !(tok_lex (doc, b - 2) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE))) &&
      !(b >= a + 4 && tok_is (doc, a, "Office") && tok_is (doc, a + 1, "of")) &&
      !(b >= a + 5 && tok_is (doc, a + 1, "Office") && tok_is (doc, a + 2, "of")) &&
      /* "FO Justice": a union's federation named by its trade. */
      !(b == a + 2 && is_french_union_letters (tok_str (doc, a), tok_len (doc, a))) &&
      ((tok_lex (doc, b - 1) & LECTERN_LEX_TITLE) ||
       (is_hyphenated_title (doc, b - 1) && strncmp (tok_str (doc, b - 1), "Saint", 5) != 0 &&
        strncmp (tok_str (doc, b - 1), "St", 2) != 0)) &&
      ((b == a + 2 && tok_is_acronym (doc, a)) || known_organization (doc, a, b - 1) != 0 ||
       span_has_head (doc, a, b - 1)))
    {
      retag_tagged_span (doc, a, a, b - 1, VOTE_ORG);
      b--;
      vote = VOTE_ORG;
    }
  /* "le Slovène Tadej Pogačar", "Kenyan Eliud Kipchoge": a nationality
   * before a name of two or three words no list knows otherwise. The
   * tagger may have taken the three words for an organization. French
   * puts an article before a nationality that only its ending tells
   * ("l'Ivoirien …", not the first name "Assémien Koffi Roger"). */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && b >= a + 3 && b <= a + 4 &&
      (is_demonym (doc, a) ||
       /* "la Guadeloupéenne Ketty Florimond" (alone, "la Landernéenne"
        * may be a club). */
       (doc->lang == LANG_FR && !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)) &&
        tok_ends_with_any (doc, a, french_demonym_endings, G_N_ELEMENTS (french_demonym_endings), 3))) &&
      names_a_person_only (doc, a + 1, b) && known_organization (doc, a, b) == 0 &&
      (doc->lang != LANG_FR || is_demonym_of (doc, a, TRUE) ||
       (a > 0 && (tok_is_article (doc, a - 1) || tok_is (doc, a - 1, "au") || tok_is (doc, a - 1, "du")))))
    {
      retag_tagged_span (doc, a, a + 1, b, VOTE_PER);
      a++;
      vote = VOTE_PER;
    }
  /* "le Belge Bernard de la Haye": the same with particles before the
   * surname, which the tagger may take for a place. */
  if ((vote == VOTE_PER || vote == VOTE_ORG || vote == VOTE_LOC) && b >= a + 4 && b <= a + 5 && is_demonym (doc, a) &&
      tok_starts_upper (doc, a + 1) && (tok_lex (doc, a + 1) & LECTERN_LEX_GIVEN) && tok_starts_upper (doc, b - 1) &&
      known_organization (doc, a, b) == 0)
    {
      gboolean particles = TRUE;

      /* Belgium's and the Netherlands' capitals too ("le Belge Jasper
       * Van den Broucke"). */
      for (guint i = a + 2; i + 1 < b && particles; i++)
        particles = is_particle (doc, i) || tok_is (doc, i, "Van") || tok_is (doc, i, "Von") || tok_is (doc, i, "De");
      if (particles)
        {
          retag_tagged_span (doc, a, a + 1, b, VOTE_PER);
          a++;
          vote = VOTE_PER;
        }
    }
  /* "South African Police Service spokesperson Brig. Athlenda Mathe":
   * a role in lower case and a rank after a body, the sentence cut at the
   * rank's stop; the body ends before the role. */
  if (vote == VOTE_ORG && b >= a + 3 && tok_starts_upper (doc, b - 1) &&
      ((tok_lex (doc, b - 1) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, b - 1)) && tok_starts_lower (doc, b - 2) &&
      is_role_word (doc, b - 2))
    b -= 2;
  /* English names do not end with a word in lower case ("the Palestinian
   * committee"), but for a town's council ("Winnipeg city council", as
   * mark_bodies_around_names tags it); French ones often do ("Parti
   * socialiste"), also quoted in English ("Le Journal du dimanche"). */
  if (vote == VOTE_ORG && doc->lang == LANG_EN && !tok_has_upper (doc, b - 1) && !french_listed_name (doc, a, b) &&
      !french_name_in_english (doc, a, b) &&
      /* "the Secours catholique": a listed name, not with a head word
       * in lower case ("the Labour party"), a number, a day or a word
       * for a medium ("BBC two", "India today", "Nikkei newspaper"). */
      !(b >= a + 2 && !(tok_lex (doc, b - 1) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_STOP_EN | LECTERN_LEX_COMPANY)) &&
        !is_time_word (doc, b - 1) && !tok_is (doc, b - 1, "today") && !is_medium_word (doc, b - 1) &&
        known_organization (doc, a, b) != 0) &&
      !(b >= a + 3 && tok_is (doc, b - 1, "council") && tok_starts_lower (doc, b - 2)) &&
      !(b >= a + 2 && tok_is (doc, b - 1, "prefecture")) &&
      !(b >= a + 2 && tok_is (doc, b - 1, "plc")))
    while (b > a + 1 && !tok_has_upper (doc, b - 1) &&
           g_unichar_islower (g_utf8_get_char (tok_str (doc, b - 1))))
      b--;
  /* "le gouvernement De Croo démissionne": a headline's verb, which the
   * tagger may take into a name. */
  if (vote == VOTE_ORG && b > a + 1 && (tok_flags (doc, b - 1) & LECTERN_TOKEN_WORD) && opens_clause (doc, b - 1) &&
      known_organization (doc, a, b) == 0)
    b--;
  /* "Shares of Arm Holdings", "Members of Hamas", "Executives of
   * Veridian Labs": a common word that is capitalized only because it
   * starts the sentence, and its "of", are no part of the organization
   * after them (a listed name keeps them: "Friends of the Earth"). */
  if (vote == VOTE_ORG && a + 2 < b && (tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) &&
      ((tok_lex (doc, a) & LECTERN_LEX_LOWER) || tok_is_any (doc, a, members, G_N_ELEMENTS (members))) &&
      !(tok_lex (doc, a) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_CAPITALIZED)) &&
      tok_is (doc, a + 1, "of") && tok_starts_upper (doc, a + 2) && known_organization (doc, a, b) == 0)
    a += 2;
  /* "Deputy Commissioner of Police Orville Hinds told": an office of
   * titles and its portfolio, then a first name and one or two words no
   * list ties to a body, which the tagger read as one organization. */
  if (vote == VOTE_ORG && b >= a + 4 && b <= a + 8 && doc->lang == LANG_EN && known_organization (doc, a, b) == 0)
    {
      gboolean titled = FALSE, ok = TRUE;
      guint j;

      for (j = a; j < b && ok; j++)
        {
          if (j > a + 1 && b - j >= 2 && b - j <= 3 && tok_is_first_name (doc, j) &&
              !span_has_lex (doc, j, b, LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_KNOWN_ORG))
            break;
          if (tok_lex (doc, j) & LECTERN_LEX_TITLE)
            titled = TRUE;
          else
            ok = tok_is (doc, j, "of") ||
                 (tok_starts_upper (doc, j) &&
                  ((j > a && tok_is (doc, j - 1, "of")) || (tok_lex (doc, j + 1) & LECTERN_LEX_TITLE)));
        }
      if (ok && titled && j < b)
        {
          retag_tagged_span (doc, a, j, b, VOTE_PER);
          a = j;
          vote = VOTE_PER;
        }
    }
  /* "DCC Valli added": a title and a surname (a place's name too, if a
   * list has it as a name), which the tagger read as a body's letters
   * and name. */
  if (vote == VOTE_ORG && b == a + 2 && ((tok_lex (doc, a) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, a)) &&
      tok_starts_upper (doc, a + 1) && !tok_is_acronym (doc, a + 1) &&
      !(tok_lex (doc, a + 1) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_LEGAL)) &&
      (!(tok_lex (doc, a + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
       (tok_lex (doc, a + 1) & (LECTERN_LEX_SURNAME | LECTERN_LEX_GIVEN))) &&
      !is_company_word (doc, a + 1) && known_organization (doc, a, b) == 0)
    {
      retag_tagged_span (doc, a, a + 1, b, VOTE_PER);
      a++;
      vote = VOTE_PER;
    }
  /* "Captain Richmond Tetteh-Quaye is understood to": a title or a role
   * that opens the sentence, then a first name and a surname that no
   * word ties to a body, which the tagger read as one organization. */
  if (vote == VOTE_ORG && (b == a + 3 || b == a + 4) && (tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) &&
      ((tok_lex (doc, a) & LECTERN_LEX_TITLE) || is_role_word_or_opening (doc, a)) &&
      tok_is_first_name (doc, a + 1) &&
      !span_has_lex (doc, a + 1, b, LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_KNOWN_ORG) &&
      !is_company_word (doc, b - 1) && known_organization (doc, a, b) == 0)
    {
      retag_tagged_span (doc, a, a + 1, b, VOTE_PER);
      a++;
      vote = VOTE_PER;
    }
  /* A common word capitalized only because it starts the sentence
   * ("Okayed Zia's martial law", "Flyhalf Tiaan Botha") is not part of a
   * person's name. The
   * trimming above may have eaten the whole span, and `a` may then be
   * past the last token of the text. */
  if (vote == VOTE_PER && a < b && (tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) &&
      !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME | LECTERN_LEX_CAPITALIZED)) &&
      (((tok_lex (doc, a) & LECTERN_LEX_LOWER) && b - a >= 2) || is_english_verb_form (doc, a) ||
       (is_english_agent_noun (doc, a, b) && !tok_is_first_name (doc, a)) ||
       (b >= a + 3 && is_role_word_or_opening (doc, a) && !tok_is_first_name (doc, a))))
    {
      /* And an honorific after it ("Outre M. Guillou-Marchal"). */
      for (a++; a + 1 < b && is_honorific (doc, a); a++)
        ;
    }
  /* "Secretary of State Antony Blinken", "Minister of Home Affairs Amit
   * Shah": after a title's "of", the words before a first name that a
   * surname follows finish the role. */
  if (vote == VOTE_PER && a >= 2 && a < b && tok_is (doc, a - 1, "of") && (tok_lex (doc, a - 2) & LECTERN_LEX_TITLE))
    for (guint j = a + 1; j + 1 < b && tok_starts_upper (doc, j - 1); j++)
      if ((tok_lex (doc, j) & LECTERN_LEX_GIVEN) && tok_starts_upper (doc, j) && tok_starts_upper (doc, j + 1))
        {
          a = j;
          break;
        }
  /* An article alone ("LA La journée" in OCR) names nothing. */
  if (a >= b || (b == a + 1 && tok_is_article (doc, a)))
    return;
  if (inside_known_place (doc, a, b))
    return;
  /* "sitting in The Hague": a place of several words that no list knows
   * as an organization's name. */
  if (vote == VOTE_ORG && b >= a + 2 && tok_is_article (doc, a) && (name_flags (doc, a, b) & LECTERN_LEX_GEO) &&
      known_organization (doc, a, b) == 0)
    return;

  if (vote == VOTE_PER && names_event (doc, a, b))
    return;
  if ((vote == VOTE_ORG || (vote == VOTE_PER && !span_has_first_name (doc, a, b))) && names_portfolio (doc, a, b))
    return;
  /* "@LinahAlsaafin", "#PPPFail": handles and hashtags name accounts and
   * topics; their people are counted where the text names them. */
  if (a > 0 && (tok_is (doc, a - 1, "@") || tok_is (doc, a - 1, "#")) &&
      !(tok_flags (doc, a) & LECTERN_TOKEN_SPACE_BEFORE))
    return;

  for (guint i = a; i < b && !has_upper; i++)
    has_upper = tok_has_upper (doc, i);
  /* No capital: no name, but a listed brand ("franceinfo"), a country's
   * prosecutor or police force ("le parquet fédéral", "la police
   * judiciaire", "la brigade criminelle", "la chambre régionale des
   * comptes", "la préfecture de police", mark_lower_courts) or
   * ministry ("le ministère de la culture", lower_ministry_end). */
  if (!has_upper && !(vote == VOTE_ORG && b == a + 1 && (tok_lex (doc, a) & LECTERN_LEX_KNOWN_ORG) &&
                      !(tok_lex (doc, a) & LECTERN_LEX_LOWER)) &&
      !(vote == VOTE_ORG && b >= a + 2 && b <= a + 3 &&
        (tok_is (doc, a, "parquet") || tok_is (doc, a, "police") || tok_is (doc, a, "gendarmerie") ||
         (tok_is (doc, a, "brigade") && tok_is (doc, a + 1, "criminelle")) ||
         (tok_is (doc, a, "préfecture") && tok_is (doc, b - 1, "police")))) &&
      !(vote == VOTE_ORG && b == a + 4 && tok_is (doc, a, "parquet") && tok_is (doc, b - 1, "organisée")) &&
      !(vote == VOTE_ORG && b == a + 4 && tok_is (doc, a, "chambre") && tok_is (doc, b - 1, "comptes")) &&
      !(vote == VOTE_ORG && b >= a + 3 && g_ascii_isdigit (*tok_str (doc, a)) && is_military_unit_word (doc, a + 1)) &&
      !(vote == VOTE_ORG && b >= a + 3 && tok_is (doc, a, "commission") &&
        (is_standing_remit (doc, a + 2) || is_standing_remit (doc, a + 3))) &&
      !(vote == VOTE_ORG && b >= a + 3 && tok_is (doc, a, "ministère")))
    return;
  /* "Lucan, Co Dublin", "in Co. Kerry": an Irish county ("Co" ends a
   * company's name, it starts none). */
  if (b == a + 2 && (tok_is (doc, a, "Co") || tok_is (doc, a, "Co.")) &&
      !(tok_lex (doc, a + 1) & LECTERN_LEX_LEGAL))
    return;
  /* "a spokeswoman for the Attorney-General", "said Deputy Commissioner
   * of Police (Cyber) Rashmi Kulkarni": offices, not bodies. */
  if (vote == VOTE_ORG && is_office_span (doc, a, b))
    return;
  /* "Sumitomo Realty & Development Co. | People familiar with", "Subaru
   * Corp. | Nagano prefecture": a legal form's full stop that also ends
   * the sentence ends the name, unless another form follows ("Co. Ltd"). */
  if (vote == VOTE_ORG)
    for (guint i = a + 1; i + 1 < b; i++)
      if (tok_str (doc, i)[tok_len (doc, i) - 1] == '.' && (tok_lex (doc, i) & LECTERN_LEX_LEGAL) &&
          !(tok_lex (doc, i + 1) & LECTERN_LEX_LEGAL) && tok_starts_upper (doc, i + 1))
        {
          /* What follows is a name of its own if it says it is one
           * ("Company Ltd. | Indian Oil Corporation"). */
          if (b >= i + 3 && ((tok_lex (doc, b - 1) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL)) ||
                             known_organization (doc, i + 1, b) != 0))
            add_clean_span (doc, i + 1, b, vote, weight);
          b = i + 1;
          break;
        }
  /* "the UN Secretary-General, António Guterres": the body's acronym and
   * its office; the office is no part of its name. */
  if (vote == VOTE_ORG && b == a + 2 && tok_is_acronym (doc, a) && is_office_after_acronym (doc, a + 1) &&
      !is_french_union_letters (tok_str (doc, a), tok_len (doc, a)))
    b--;
  /* "Saudi Arabia's General Authority for Competition", "the General
   * Directorate of Security": "General" before a head word, which the
   * tagger leaves out as a title. */
  if (vote == VOTE_ORG && a >= 1 && tok_is (doc, a - 1, "General") && (tok_lex (doc, a) & LECTERN_LEX_ORG_HEAD) &&
      !(a >= 2 && ((tok_lex (doc, a - 2) & LECTERN_LEX_TITLE) || is_hyphenated_title (doc, a - 2))))
    a--;
  /* "la Ligue de Bretagne | de football", "le comité de Savoie | de
   * ski": a sport's regional body ends with its sport. */
  if (vote == VOTE_ORG && doc->lang == LANG_FR && b + 1 < doc->n_tokens && tok_is (doc, b, "de") &&
      is_sport_word (doc, b + 1))
    b += 2;
  /* "Lyndon B. Johnson | Elementary": a school named after a person. */
  if (vote == VOTE_PER && b < doc->n_tokens && tok_is (doc, b, "Elementary"))
    {
      b++;
      vote = VOTE_ORG;
    }
  /* "the 15th Emir": the title alone. */
  if (vote == VOTE_PER && b == a + 1 && tok_is (doc, a, "Emir"))
    return;
  /* "F-86 Sabre", "MiG-29": a name that starts with a model code names a
   * product (an aircraft, a vehicle), not its maker. */
  if (vote == VOTE_ORG && is_model_code (doc, a) && known_organization (doc, a, b) == 0)
    return;
  /* "Chandrayaan-3", "Vikram-S", "Matrix-M": a word, a hyphen and a
   * number or one capital names a mission, a craft or a product. */
  if ((vote == VOTE_ORG || vote == VOTE_PER) && b == a + 1 && is_numbered_product (doc, a) &&
      known_organization (doc, a, b) == 0)
    return;
  /* "the Leighton Criminal Court Building": a building, no body. */
  if (vote == VOTE_ORG && b >= a + 2 && tok_is (doc, b - 1, "Building") && known_organization (doc, a, b) == 0)
    return;
  /* "le parti | Tiako i Madagasikara", "l'ONG | Justicia Asbl": the
   * word for what a body is, which the tagger ran into its name, is no
   * part of it. */
  if (vote == VOTE_ORG && b >= a + 2 && tok_starts_upper (doc, a + 1) &&
      (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) &&
      (tok_is (doc, a, "parti") || tok_is (doc, a, "mouvement") || tok_is (doc, a, "ONG") ||
       tok_is (doc, a, "coalition") || tok_is (doc, a, "collectif") || tok_is (doc, a, "plateforme")))
    {
      retag_tagged_span (doc, a, a + 1, b, VOTE_ORG);
      a++;
    }
  /* "The Cabinet Secretary for Transport, Fiona Hyslop,": a minister's
   * title, no body, though "Cabinet" heads some. */
  if (vote == VOTE_ORG && b >= a + 3 && tok_is (doc, a, "Cabinet") && (tok_lex (doc, a + 1) & LECTERN_LEX_TITLE) &&
      (tok_is (doc, a + 2, "for") || tok_is (doc, a + 2, "of")))
    return;
  /* "BORGO EGNAZIA, Italy —", "NAIROBI —": a dateline in capitals at a
   * line's start names the place the story was filed from. */
  if (is_dateline (doc, a, b) && known_organization (doc, a, b) == 0)
    return;
  /* "Berne, 3 mars. –", "Niamey (AFP) –": a dateline in lower case is
   * known by the date or the agency after the place. */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && b <= a + 3 && is_dated_line_start (doc, a, b) &&
      known_organization (doc, a, b) == 0)
    return;
  /* "LA LOI SUR LES LOYERS", "LE CONFORT": a headline in capitals writes
   * common words, not a name (unless a list knows it: "LE MONDE"). */
  if (in_capitals_common (doc, a, b) && known_organization (doc, a, b) == 0)
    return;
  /* "de la Société" without its labels: a head word alone names no one,
   * nor with a particle ("Alain Berset, chef du Département fédéral"),
   * nor an honorific alone ("Mme LeBel", which the tagger cut in two). */
  if (vote == VOTE_PER && b == a + 1 && ((tok_lex (doc, a) & LECTERN_LEX_ORG_HEAD) || is_honorific (doc, a)))
    return;
  if (vote == VOTE_PER && b == a + 2 && is_particle (doc, a) && tok_starts_lower (doc, a) &&
      (tok_lex (doc, a + 1) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LOWER)))
    return;
  /* "le stade Prince-Moulay-Abdellah", "rue Victor-Hugo": a venue or a
   * street named after someone, after its word in lower case. */
  if ((vote == VOTE_PER || vote == VOTE_ORG) &&
      ((a >= 1 && tok_starts_lower (doc, a - 1) && is_venue_word (doc, a - 1)) ||
       (b > a + 1 && tok_starts_lower (doc, a) && is_venue_word (doc, a))) &&
      known_organization (doc, a, b) == 0)
    return;
  /* "Val-d'Isère", "Hergnies-la-Fosse", "Aix-en-Provence": a French
   * commune's one word with its particles; a person's name with a
   * particle has spaces ("Valéry Giscard d'Estaing"). */
  if ((vote == VOTE_PER || (vote == VOTE_ORG && known_organization (doc, a, b) == 0)) && b == a + 1 &&
      is_commune_name (doc, a))
    {
      retag_tagged_span (doc, a, a, b, VOTE_LOC);
      vote = VOTE_LOC;
    }
  /* "le Stade Ernest-Wallon": a stadium named after someone, no club
   * ("le Stade toulousain" is one). */
  if (vote == VOTE_ORG && b == a + 2 && (tok_is (doc, a, "Stade") || tok_is (doc, a, "Palais")) &&
      is_given_surname_compound (doc, a + 1))
    return;
  /* "le Congrès des maires", "le congrès du PS": a body's gathering,
   * an event. */
  if (vote == VOTE_ORG && b >= a + 3 && (tok_is (doc, a, "Congrès") || tok_is (doc, a, "congrès")) &&
      (tok_is (doc, a + 1, "des") || tok_is (doc, a + 1, "du")) &&
      (tok_is_acronym (doc, a + 2) || tok_starts_lower (doc, a + 2)) && known_organization (doc, a, b) == 0)
    return;
  /* "on Jalan M.H. Thamrin": a street in Malay and Indonesian. */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && b > a + 1 && tok_is (doc, a, "Jalan"))
    return;
  /* "le quai de Valmy", "le canal de Jonage", "le pays de Caux": a place
   * after its word and "de", one word, no person's. */
  if (vote == VOTE_PER && b == a + 1 && a >= 2 && (tok_is (doc, a - 1, "de") || tok_is (doc, a - 1, "du") ||
                                                   tok_is_elision_de (doc, a - 1)) &&
      tok_starts_lower (doc, a - 2) && is_place_noun_before_de (doc, a - 2))
    return;
  /* "the village of Ali Wahan", "the port of Morébaya"; "the Harwell
   * site": a place after its word and "of", or before a word for a
   * site. */
  if (vote == VOTE_PER && b <= a + 2 && a >= 2 && tok_is (doc, a - 1, "of") && is_english_place_noun (doc, a - 2))
    return;
  if (vote == VOTE_PER && b == a + 1 && b < doc->n_tokens && a >= 1 && tok_is (doc, a - 1, "the") &&
      is_english_site_noun (doc, b))
    return;
  /* "de l'Aude", "dans l'Hérault": a French article before one word; no
   * person's name takes one. */
  if (vote == VOTE_PER && b == a + 1 && a >= 1 && !tok_is_acronym (doc, a) &&
      (tok_is (doc, a - 1, "l'") || tok_is (doc, a - 1, "l\xe2\x80\x99")))
    return;
  /* "le court Philippe-Chatrier", "la cité Jean-Moulin": a first name and
   * a surname in one word with a hyphen, after a common noun, is a place
   * or a body named after someone (French joins them so); a person's
   * title or role before it ("le député Martin-Lalande") is no such noun. */
  if (vote == VOTE_PER && b == a + 1 && a >= 1 && tok_starts_lower (doc, a - 1) &&
      (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) && tok_len (doc, a - 1) >= 4 &&
      !(tok_lex (doc, a - 1) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)) &&
      !is_role_word (doc, a - 1) && is_given_surname_compound (doc, a))
    return;
  /* "Dawn newspaper reported": a name before the word for its medium. */
  if (vote == VOTE_PER && b < doc->n_tokens && tok_starts_lower (doc, b) && is_medium_word (doc, b) &&
      !(tok_flags (doc, b) & LECTERN_TOKEN_SENTENCE_START))
    {
      retag_tagged_span (doc, a, a, b, VOTE_ORG);
      vote = VOTE_ORG;
    }
  /* "from Sporting CP", "Grand Besançon Métropole": a name that ends with
   * a short code of capitals without a vowel, or a word for a company or
   * a local authority, is a body's, and so is a place's name ending with
   * a word for a company (post-nominals aside: "Keir Starmer
   * KC"; French surnames in capitals have their vowels: "Jean DUPONT"). */
  if (((vote == VOTE_PER &&
        ((is_short_consonant_code (doc, b - 1) && !is_post_nominal (doc, b - 1) && !is_regnal_numeral (doc, b - 1) &&
          !is_initial (doc, a)) ||
         is_local_authority_word (doc, b - 1))) ||
       /* "Anglo American Platinum", which the tagger may take for a place
        * (not "Palais des Sports"). */
       ((vote == VOTE_PER || (vote == VOTE_LOC && !tok_is (doc, b - 1, "Sports"))) &&
        is_company_word (doc, b - 1))) &&
      b >= a + 2 && !tok_is_acronym (doc, a) && known_organization (doc, a, b) == 0)
    {
      retag_tagged_span (doc, a, a, b, VOTE_ORG);
      vote = VOTE_ORG;
    }
  /* "a résumé le Danois", "every young Kenyan who": a nationality after
   * an article or a word in lower case, before one, is no name. */
  if (vote == VOTE_PER && b == a + 1 && a >= 1 && is_demonym (doc, a) && known_organization (doc, a, b) == 0 &&
      (tok_is_article (doc, a - 1) ||
       (tok_starts_lower (doc, a - 1) && b < doc->n_tokens && tok_starts_lower (doc, b))))
    return;
  /* "Kenyatta's Jubilee Party": the tagger ran a possessive into a
   * person's span, which add_span cut there; a body's head word ends the
   * rest. */
  if (vote == VOTE_PER && a >= 1 && b >= a + 2 && tok_is_possessive (doc, a - 1) &&
      (tok_lex (doc, b - 1) & LECTERN_LEX_ORG_HEAD) && tok_starts_upper (doc, b - 1))
    {
      split_tagged_span (doc, a - 1, a, b, VOTE_ORG);
      vote = VOTE_ORG;
    }
  /* "Liberal MPPs called on", "Conservative MLAs walked out": members
   * of a house, no one's name; nor a body's alone ("as MPs demand
   * answers"). */
  if ((vote == VOTE_PER && b >= a + 2) || (vote == VOTE_ORG && b == a + 1 && tok_len (doc, a) <= 4))
    {
      static const char *const houses[] = { "MPs", "MPPs", "MLAs", "MEPs", "MSPs", "TDs", "MPAs", "MKs", "MNAs" };

      if (tok_is_any (doc, b - 1, houses, G_N_ELEMENTS (houses)))
        return;
    }
  /* "a review by June", "the Appropriation Bill": a month after a word in
   * lower case ("May" is also a surname), a bill after a capitalized word,
   * no first name alone. */
  if (vote == VOTE_PER && b == a + 1 && a >= 1 && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) &&
      ((tok_starts_lower (doc, a - 1) && is_calendar_word (doc, a) && !tok_is (doc, a, "May")) ||
       (tok_starts_upper (doc, a - 1) && tok_is (doc, a, "Bill"))))
    return;
  /* "Cassidy, a Louisiana Republican,", "Senate Republican leaders": a
   * party's member is no body. */
  if (vote == VOTE_ORG && b >= a + 2 && doc->lang == LANG_EN &&
      (tok_is (doc, b - 1, "Republican") || tok_is (doc, b - 1, "Democrat")))
    return;
  /* "the Sherman Act", "the Dodd-Frank Act": a law named after people
   * names no one. */
  if ((vote == VOTE_PER || vote == VOTE_ORG) && b >= a + 2 && tok_len (doc, b - 1) == 3 && tok_is (doc, b - 1, "Act"))
    return;
  /* "Senate Bill 10", "House Bill 6": the house that numbers a bill, no
   * body named; "Sept. 1": a date. */
  if (vote == VOTE_ORG && b + 1 < doc->n_tokens && tok_is (doc, b, "Bill") && g_ascii_isdigit (*tok_str (doc, b + 1)))
    return;
  if (vote == VOTE_ORG && b < doc->n_tokens && b > a + 1 && tok_is (doc, b - 1, "Bill") &&
      g_ascii_isdigit (*tok_str (doc, b)))
    return;
  if (b <= a + 2 && is_calendar_word (doc, a) &&
      (b == a + 1 ? tok_str (doc, a)[tok_len (doc, a) - 1] == '.' : g_ascii_isdigit (*tok_str (doc, a + 1))))
    return;
  /* "the County Governments Act", "the Safeguarding National Security
   * Ordinance": a law, no body. */
  if (vote == VOTE_ORG && b >= a + 2 && (tok_is (doc, b - 1, "Act") || tok_is (doc, b - 1, "Ordinance")) &&
      known_organization (doc, a, b) == 0)
    return;
  /* "the Nevada Public Records Act": the law's name, cut before its
   * "Act" by the tagger. */
  if (vote == VOTE_ORG && b < doc->n_tokens && b >= a + 2 && tok_is (doc, b, "Act") && known_organization (doc, a, b) == 0)
    return;
  /* "Matignon a promis", "renvoie vers Bercy": the seats that French
   * copy names its government's offices by, whatever the tagger read;
   * not a person so named after a first name or an honorific. */
  if (vote != VOTE_ORG && b == a + 1 && is_french_seat (doc, a) &&
      !(a >= 1 && (is_honorific (doc, a - 1) || tok_is_first_name (doc, a - 1))) &&
      !(a >= 1 && (tok_is (doc, a - 1, "à") || tok_is (doc, a - 1, "de"))))
    {
      retag_tagged_span (doc, a, a, b, VOTE_ORG);
      vote = VOTE_ORG;
    }
  /* "Gordon Brothers", "Warner Bros.": a family's firm. */
  if (vote == VOTE_PER && b >= a + 2 && is_family_firm_word (doc, b - 1))
    {
      retag_tagged_span (doc, a, a, b, VOTE_ORG);
      vote = VOTE_ORG;
    }
  /* "from Leyland", "in Kenosha": one word after "from" or "in" that the
   * lists know as a first name but no surname is a town, no person. */
  if (vote == VOTE_PER && b == a + 1 && a >= 1 && (tok_is (doc, a - 1, "from") || tok_is (doc, a - 1, "in")) &&
      !(tok_lex (doc, a) & (LECTERN_LEX_SURNAME | LECTERN_LEX_SURNAME_TOP)) && (tok_lex (doc, a) & LECTERN_LEX_GIVEN) &&
      !(b < doc->n_tokens && tok_is_possessive (doc, b)))
    return;
  /* "the Taoiseach accused", "The Tánaiste and Fine Gael leader": a
   * title alone names its holder, no body, and is no name. */
  if ((vote == VOTE_ORG || (vote == VOTE_PER && b == a + 1)) && b <= a + 2 && known_organization (doc, a, b) == 0)
    {
      gboolean titles = TRUE;

      for (guint i = a; i < b && titles; i++)
        titles = tok_starts_upper (doc, i) && ((tok_lex (doc, i) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, i));
      if (titles)
        return;
    }
  /* "the Palestinian committee" without its common word: a nationality;
   * not a club that a list knows by it ("Hibernian" of "Hibernian FC"). */
  if (vote == VOTE_ORG && b == a + 1 && is_demonym (doc, a) && known_organization (doc, a, b) == 0 &&
      known_after_contraction (doc, a, b) == 0 && !is_listed_club (doc, a, FALSE))
    return;
  /* "milice populaire Basij", "le syndicat SUD-PTT": common words before
   * a name that follows them directly are no part of it ("ministère des
   * Affaires étrangères" is one name). */
  if (vote == VOTE_ORG && !tok_has_upper (doc, a) && !is_ordinal (doc, a) && known_organization (doc, a, b) == 0 &&
      !is_school_word (doc, a, b) &&
      /* "la ligue Auvergne-Rhône-Alpes": a league named by its region. */
      !(b == a + 2 && tok_is (doc, a, "ligue") && (tok_lex (doc, a + 1) & (LECTERN_LEX_REGION | LECTERN_LEX_GEO))))
    {
      guint c = a;

      while (c < b && !tok_has_upper (doc, c) && !(tok_lex (doc, c) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) &&
             (tok_flags (doc, c) & LECTERN_TOKEN_WORD))
        c++;
      if (c < b && c > a && tok_starts_upper (doc, c) && !tok_is_article (doc, c))
        {
          gboolean name = TRUE;

          /* "la société Transports Ribeyrolles et Fils": "et" between
           * capitalized words is the name's. */
          for (guint i = c; i < b && name; i++)
            name = tok_has_upper (doc, i) || !(tok_flags (doc, i) & LECTERN_TOKEN_WORD) ||
                   g_ascii_isdigit (*tok_str (doc, i)) ||
                   ((tok_is (doc, i, "et") || tok_is (doc, i, "and")) && i > c && i + 1 < b &&
                    tok_starts_upper (doc, i + 1));
          if (name)
            a = c;
        }
      /* "Le pari | de Recyclis est simple": one common word that heads no
       * body, then "de" and the name. */
      else if (c == a + 1 && c + 1 < b && (tok_is (doc, c, "de") || tok_is_elision_de (doc, c)) &&
               tok_starts_upper (doc, c + 1) && !(tok_lex (doc, a) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_TITLE)) &&
               !tok_is_any (doc, a, seated, G_N_ELEMENTS (seated)) && !is_court_complement (doc, a) &&
               !is_organization_noun (doc, a) && !is_media_noun (doc, a) && !is_named_for_person (doc, a) &&
               !(name_flags (doc, c + 1, b) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) &&
               !tok_is_town (doc, c + 1))
        a = c + 1;
    }

  f = get_form (doc, a, b);
  /* Two per tagged span, so that weaker evidence (a defined acronym) can
   * count one. */
  g_array_index (doc->forms, Form, f).votes[vote] += weight;
  if ((vote == VOTE_PER || vote == VOTE_ORG) &&
      ((b < doc->n_tokens && tok_starts_lower (doc, b) && is_craft_word (doc, b)) ||
       (a >= 1 && tok_starts_lower (doc, a - 1) && is_craft_word (doc, a - 1))))
    g_array_index (doc->forms, Form, f).vehicle++;
}

/* The officers offices are named after, whom the name table lacks as
 * titles: "the Sheriff's Office", "the U.S. Attorney's Office", "the
 * Office of the State Comptroller". */
static gboolean
is_office_holder (const Doc *doc,
                  guint      i)
{
  static const char *const officers[] = {
    "Attorney", "Sheriff", "Examiner", "Coroner", "Comptroller", "Auditor", "Auditor-General", "Marshal",
    "Prosecutor", "Clerk", "Treasurer", "Assessor", "Recorder", "Ombudsman", "Controller", "Registrar",
  };

  return tok_is_any (doc, i, officers, G_N_ELEMENTS (officers));
}

/* Whether the possessive at token i follows a saint's name: "St
 * Aidan's", "St. Mary's", "Saint Joseph's". */
static gboolean
follows_saint (Doc  *doc,
               guint i)
{
  return i >= 2 && (tok_is (doc, i - 2, "St") || tok_is (doc, i - 2, "St.") || tok_is (doc, i - 2, "Saint"));
}

/* Nouns for a group of people that bodies name themselves by, with a
 * possessive: "Women's Aid", "Teachers' Association". */
static gboolean
is_people_plural (const Doc *doc,
                  guint      i)
{
  static const char *const words[] = {
    "Women", "Men", "Children", "Girls", "Boys", "Workers", "Teachers", "Nurses", "Farmers", "Veterans",
    "Citizens", "Writers", "Artists", "Students", "Parents", "Miners", "Pensioners", "Ladies", "Lawyers",
    "Journalists", "Musicians", "Mothers", "Fathers", "Widows", "Seamen", "Doctors", "Officers", "Traders",
    "Tenants", "Residents", "Carers", "Survivors", "Fishermen", "Growers", "Shooters", "Anglers", "Scientists",
    "Physicians",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "People's Party", "Workers' Party": a possessive inside an
 * organization's name, glued to a word that is no place or organization
 * of its own ("India's Supreme Court"), nor a body's head word, and
 * before a head word. */
static gboolean
possessive_in_name (Doc  *doc,
                    guint i)
{
  gboolean head;

  if (i == 0 || i + 1 >= doc->n_tokens || (tok_flags (doc, i) & LECTERN_TOKEN_SPACE_BEFORE) ||
      !tok_starts_upper (doc, i - 1) || !tok_starts_upper (doc, i + 1))
    return FALSE;
  /* "the Duke of Wellington's Regiment": a peer's title names a place. */
  if (i >= 3 && tok_is (doc, i - 2, "of") &&
      (tok_is (doc, i - 3, "Duke") || tok_is (doc, i - 3, "Duchess") || tok_is (doc, i - 3, "Earl") ||
       tok_is (doc, i - 3, "Prince") || tok_is (doc, i - 3, "Princess")) &&
      (tok_lex (doc, i + 1) & LECTERN_LEX_ORG_HEAD))
    return TRUE;
  if (tok_lex (doc, i - 1) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE))
    return FALSE;
  /* "the Education Department's Office for Civil Rights": a body's
   * office. */
  if ((tok_lex (doc, i - 1) & LECTERN_LEX_ORG_HEAD) && !(tok_lex (doc, i - 1) & LECTERN_LEX_LOWER))
    return FALSE;
  /* "L' ÉTAT" in OCR: an elision, no possessive. */
  if (tok_len (doc, i - 1) < 2)
    return FALSE;
  /* "the Hanoi People's Procuracy": the people's bodies are named so. */
  if (tok_is (doc, i - 1, "People"))
    return TRUE;
  /* "Holmcroft Women's Refuge", "the Tyneside Men's Shed": a group of
   * people and its possessive, then any word, but not a person ("Chelsea
   * Women's Sam Kerr") nor an event ("the Women's World Cup"). */
  if (is_people_plural (doc, i - 1))
    {
      static const char *const events[] = {
        "Cup", "Championship", "Championships", "Open", "Tour", "Games", "Series", "Final", "Finals", "Euro",
        "Day", "Week", "Month", "Prize", "Award", "Awards", "Trophy", "March", "Marathon", "Race", "Classic",
      };
      guint32 next = tok_lex (doc, i + 1);

      if ((next & LECTERN_LEX_GIVEN_TOP) ||
          ((next & LECTERN_LEX_GIVEN) && i + 2 < doc->n_tokens && tok_starts_upper (doc, i + 2) &&
           (tok_flags (doc, i + 2) & LECTERN_TOKEN_WORD) &&
           !(tok_lex (doc, i + 2) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LOWER | LECTERN_LEX_COMPANY))))
        return FALSE;
      for (guint j = i + 1; j < i + 5 && j < doc->n_tokens && tok_starts_upper (doc, j); j++)
        if (tok_is_any (doc, j, events, G_N_ELEMENTS (events)))
          return FALSE;
      return TRUE;
    }
  /* "St Aidan's Catholic College", "St. Mary's Hospital": a saint's
   * school, church or hospital, its head word within three words. */
  if (follows_saint (doc, i))
    {
      /* "St Kieran's GAC", "St Joseph's Primary": a club's letters and
       * a school's word too. */
      static const char *const clubs[] = { "GAA", "GAC", "CLG", "FC", "AFC", "RFC", "HC", "Primary" };

      for (guint j = i + 1; j < i + 4 && j < doc->n_tokens && tok_starts_upper (doc, j); j++)
        if ((tok_lex (doc, j) & LECTERN_LEX_ORG_HEAD) || is_company_word (doc, j) ||
            tok_is_any (doc, j, clubs, G_N_ELEMENTS (clubs)))
          return TRUE;
      return FALSE;
    }
  head = (tok_lex (doc, i + 1) & LECTERN_LEX_ORG_HEAD) != 0;
  /* "Tigray People's Liberation Front": the head word a little further,
   * after a word no list knows as a name's ("Smith's Liberal Party" is
   * not one name). */
  for (guint j = i + 2; !head && j < i + 4 && j < doc->n_tokens && tok_starts_upper (doc, j - 1) &&
                        (tok_flags (doc, j) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, j) &&
                        !(tok_lex (doc, i - 1) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME | LECTERN_LEX_SURNAME_TOP));
       j++)
    head = (tok_lex (doc, j) & LECTERN_LEX_ORG_HEAD) != 0;

  return head && known_organization (doc, i - 1, i) == 0;
}

/* "Macy's Inc.", "Sainsbury's plc": a possessive glued to a company's
 * name before its legal form. */
static gboolean
possessive_before_legal_form (const Doc *doc,
                              guint      i)
{
  return i + 1 < doc->n_tokens && !(tok_flags (doc, i) & LECTERN_TOKEN_SPACE_BEFORE) &&
         (((tok_lex (doc, i + 1) & LECTERN_LEX_LEGAL) && tok_starts_upper (doc, i + 1)) || tok_is (doc, i + 1, "plc"));
}

/* Whether token i is a quotation mark around a nickname: straight or
 * curly, single or double. */
static gboolean
is_nickname_quote (const Doc *doc,
                   guint      i)
{
  const char *s = tok_str (doc, i);

  switch (tok_len (doc, i))
    {
    case 1:
      return *s == '\'' || *s == '"';
    case 3:
      return (guchar) s[0] == 0xe2 && (guchar) s[1] == 0x80 &&
             ((guchar) s[2] == 0x98 || (guchar) s[2] == 0x99 || (guchar) s[2] == 0x9c || (guchar) s[2] == 0x9d);
    default:
      return FALSE;
    }
}

/* Legal forms of Malaysia, Singapore, India, Russia, Latin America and
 * the Baltic and Nordic countries that the name table lacks. */
static gboolean
is_extra_legal_form (const Doc *doc,
                     guint      i)
{
  static const char *words[] = {
    "Sdn", "Bhd", "Bhd.", "Berhad", "Pte", "Pte.", "Pvt", "Pvt.", "PJSC", "JSC", "OJSC", "Ltda", "Ltda.",
    "Sàrl", "Sarl", "PLLC", "P.C.", "A.Ş.",
    /* Estonia's, Norway's and Finland's ("Elering AS", "Saaremaa Kaabel
     * OÜ", "Fortum Oy"). */
    "AS", "OÜ", "Oy",
    /* Lithuania's, Latvia's and Denmark's ("NutriMax Baltic UAB",
     * "Rīgas Ūdens SIA", "Nordlys ApS"). */
    "UAB", "SIA", "ApS",
    /* American firms of several companies ("Piper Sandler Cos.", "The
     * Hershey Cos."). */
    "Cos", "Cos.",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_len (doc, i) <= 6 && tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* A company's legal form after token i ("SA", "GmbH", "Ltd"). */
static gboolean
is_legal_form (const Doc *doc,
               guint      i)
{
  /* The capital first: it is a bit of a table, the name table a lookup.
   * British companies write "plc" in lower case ("Beazley plc"). */
  return (tok_has_upper (doc, i) && tok_starts_upper (doc, i) &&
          ((tok_lex (doc, i) & LECTERN_LEX_LEGAL) || is_extra_legal_form (doc, i))) ||
         (tok_len (doc, i) == 3 && *tok_str (doc, i) == 'p' && tok_is (doc, i, "plc"));
}

/* Tokens i to i + 2 are a country or "Pty" in brackets before a legal
 * form: "(Ghana) Ltd", "(Pty) Ltd", "(Pvt) Ltd". */
static gboolean
is_bracketed_branch (Doc  *doc,
                     guint i)
{
  static const char *const proprietary[] = { "Pty", "Pvt", "Private", "Proprietary" };

  return i + 3 < doc->n_tokens && tok_is (doc, i, "(") && tok_is (doc, i + 2, ")") &&
         is_legal_form (doc, i + 3) &&
         (tok_is_any (doc, i + 1, proprietary, G_N_ELEMENTS (proprietary)) ||
          (tok_lex (doc, i + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)));
}

/* One piece [from, to) of a span that starts at a, cut at a comma. The
 * tagger may run a person's span over an apposition ("Mme Beaune, |
 * originaire de Mâcon,", "Karine Mouret, | présidente de HyFos
 * Énergies,"): a piece after the first that starts in lower case names
 * no one, unless a role opens it, whose body follows its "de". */
static void
add_span_piece (Doc  *doc,
                guint a,
                guint from,
                guint to,
                int   vote,
                guint weight)
{
  if (vote == VOTE_PER && from > a && from < to && tok_starts_lower (doc, from) &&
      (tok_flags (doc, from) & LECTERN_TOKEN_WORD) &&
      !(tok_lex (doc, from) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
    {
      guint j = from + 1;
      gboolean named = FALSE;

      /* A person named in it still counts ("roman de M. Chaguinian"). */
      for (guint i = from + 1; i < to && !named; i++)
        named = is_honorific (doc, i) || ((tok_lex (doc, i) & LECTERN_LEX_TITLE) && tok_starts_upper (doc, i)) ||
                (tok_starts_upper (doc, i) && tok_is_first_name (doc, i));
      if (named)
        {
          add_clean_span (doc, from, to, vote, weight);
          return;
        }
      if (!is_role_word (doc, from))
        return;
      /* "secrétaire général | de Solidaris": add_clean_span knows a
       * role's listed body or acronym; another is the body too. */
      while (j < to && tok_starts_lower (doc, j) && !is_de_link (doc, j))
        j++;
      if (j + 1 < to && is_de_link (doc, j) && tok_starts_upper (doc, j + 1) && !tok_is_acronym (doc, j + 1) &&
          known_organization (doc, j + 1, to) == 0 && !span_has_head (doc, j + 1, to) &&
          !(name_flags (doc, j + 1, to) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) &&
          memchr (tok_str (doc, j + 1), '-', tok_len (doc, j + 1)) == NULL)
        {
          add_clean_span (doc, j + 1, to, VOTE_ORG, 1);
          return;
        }
    }
  add_clean_span (doc, from, to, vote, weight);
}

/* Quotes, brackets and commas never sit inside a name, a listed one
 * aside: a span across one ("Perceval \"Perry\" Christie") is cut there. */
static void
add_span (Doc  *doc,
          guint a,
          guint b,
          int   vote,
          guint weight)
{
  guint from = a;

  /* "un Hugo Lemaire-Diallo | étincelant": a word in lower case ends no
   * person's name, but a particle joined to the surname ("al-Assad");
   * the tagger ran into an adjective. */
  while (vote == VOTE_PER && b > a + 1 && tok_starts_lower (doc, b - 1) && (tok_flags (doc, b - 1) & LECTERN_TOKEN_WORD) &&
         memchr (tok_str (doc, b - 1), '-', tok_len (doc, b - 1)) == NULL &&
         memchr (tok_str (doc, b - 1), '\'', tok_len (doc, b - 1)) == NULL && !is_particle (doc, b - 1))
    b--;
  for (guint m = 0; m < doc->n_muted; m++)
    if (a < doc->mute_to[m] && b > doc->mute_from[m])
      return;

  for (guint i = a; i < b; i++)
    {
      gboolean joins = (tok_flags (doc, i) & LECTERN_TOKEN_WORD) || tok_is (doc, i, "&") ||
                       tok_is (doc, i, "-") || tok_is (doc, i, ".") || is_attached_plus (doc, i) ||
                       (tok_is_possessive (doc, i) &&
                        (i + 1 == b || (vote == VOTE_ORG && i > a &&
                                        (possessive_in_name (doc, i) || known_organization (doc, a, b) != 0 ||
                                         possessive_before_legal_form (doc, i) ||
                                         /* "Moody's | Ratings": a listed name with its 's. */
                                         (tok_starts_upper (doc, i + 1) && known_organization (doc, a, i + 1) != 0)))));

      /* A dash between two people: "Victor Hugo - Richard Wagner" (a
       * name each side of it; "John - Christian" is one first name). */
      if (joins && vote == VOTE_PER && i >= from + 2 && i + 2 < b && tok_is (doc, i, "-") &&
          (tok_flags (doc, i) & LECTERN_TOKEN_SPACE_BEFORE) && (tok_flags (doc, i + 1) & LECTERN_TOKEN_SPACE_BEFORE) &&
          (tok_lex (doc, i + 1) & LECTERN_LEX_GIVEN) && tok_starts_upper (doc, i + 1))
        joins = FALSE;
      /* "Visma–Lease a Bike", "SD Worx–Protime": sponsors' names joined
       * by an en dash with no space, as cycling teams are named. */
      if (!joins && vote == VOTE_ORG && i > a && i + 1 < b && tok_is (doc, i, "\xe2\x80\x93") &&
          !(tok_flags (doc, i) & LECTERN_TOKEN_SPACE_BEFORE) &&
          !(tok_flags (doc, i + 1) & LECTERN_TOKEN_SPACE_BEFORE) &&
          tok_starts_upper (doc, i - 1) && tok_starts_upper (doc, i + 1))
        joins = TRUE;
      /* An elision written apart, as OCR does: "Compagnie d ' Orléans". */
      if (!joins && i > a && i + 1 < b && (tok_is (doc, i - 1, "d") || tok_is (doc, i - 1, "l")) &&
          (tok_is (doc, i, "'") || tok_is (doc, i, "\xe2\x80\x99")) && (tok_flags (doc, i + 1) & LECTERN_TOKEN_WORD))
        joins = TRUE;
      /* "Ravichandran s/o Murugiah": son of, daughter of. */
      if (!joins && vote == VOTE_PER && i > a && i + 1 < b && tok_is (doc, i, "/") && tok_len (doc, i - 1) == 1 &&
          tok_len (doc, i + 1) == 1 && !(tok_flags (doc, i) & LECTERN_TOKEN_SPACE_BEFORE))
        joins = TRUE;
      /* "Danske Bank A/S", "Tryg I/S": a Danish or Norwegian legal form. */
      if (!joins && vote == VOTE_ORG && i > a && i + 1 < b && tok_is (doc, i, "/") && tok_len (doc, i - 1) == 1 &&
          tok_len (doc, i + 1) == 1 && tok_starts_upper (doc, i - 1) && tok_starts_upper (doc, i + 1) &&
          !(tok_flags (doc, i) & LECTERN_TOKEN_SPACE_BEFORE) && !(tok_flags (doc, i + 1) & LECTERN_TOKEN_SPACE_BEFORE))
        joins = TRUE;
      /* A nickname: Perceval "Perry" Christie, Vicente 'Tito' Sotto. */
      if (!joins && vote == VOTE_PER && i > a && i + 1 < b && is_nickname_quote (doc, i) &&
          (tok_flags (doc, i - 1) & LECTERN_TOKEN_WORD) && (tok_flags (doc, i + 1) & LECTERN_TOKEN_WORD))
        joins = TRUE;

      /* A listed name with a comma: "Department for Environment, Food
       * and Rural Affairs". */
      if (!joins && vote == VOTE_ORG && i > a && tok_is (doc, i, ",") && known_organization (doc, a, b) != 0)
        joins = TRUE;
      /* A country or "Pty" in brackets before a legal form: "Cocoa
       * Marketing Company (Ghana) Ltd". */
      if (!joins && vote == VOTE_ORG && i > a &&
          ((i + 3 < b && is_bracketed_branch (doc, i)) ||
           (i >= a + 3 && i + 1 < b && is_bracketed_branch (doc, i - 2))))
        joins = TRUE;
      /* Two legal forms: "Korea Zinc Co., Ltd.". */
      if (!joins && vote == VOTE_ORG && i > a && i + 1 == b - 1 && tok_is (doc, i, ",") &&
          is_legal_form (doc, i - 1) && is_legal_form (doc, i + 1))
        joins = TRUE;
      /* The rules' names with commas before a last "and", "&" or "et":
       * "Senate Committee on Health, Education, Labor and Pensions",
       * "Wachtell, Lipton, Rosen & Katz", "ministère de l'Économie, des
       * Finances et de …" (the tagger ends its spans at commas). */
      if (!joins && vote == VOTE_ORG && i > a && i + 2 < b && tok_is (doc, i, ",") &&
          (tok_starts_upper (doc, i + 1) || tok_is (doc, i + 1, "and") || tok_is (doc, i + 1, "de") ||
           tok_is (doc, i + 1, "du") || tok_is (doc, i + 1, "des") || tok_is_elision_de (doc, i + 1)))
        for (guint j = i + 1; j + 1 < b && !joins; j++)
          joins = tok_is (doc, j, "and") || tok_is (doc, j, "&") || tok_is (doc, j, "et");

      if (!joins)
        {
          add_span_piece (doc, a, from, i, vote, weight);
          from = i + 1;
        }
    }
  add_span_piece (doc, a, from, b, vote, weight);
}

/* Whether the word i, as written, starts the name of a well-known
 * organization (one lookup rules out most words before a phrase's). */
static gboolean
starts_listed_name (Doc  *doc,
                    guint i)
{
  guint64 h = lectern_ner_hash_add (LECTERN_NER_HASH_START, LECTERN_LEX_STARTER_KEY, 1);

  h = lectern_ner_hash_add (h, tok_str (doc, i), tok_len (doc, i));

  return (lectern_lexicon_lookup_memo (doc->lexicon, doc->lex_memo, lectern_ner_hash_end (h)) &
          LECTERN_LEX_KNOWN_ORG) != 0;
}

/* A line's common words in capitals (as line_is_title_case counts them,
 * quotes aside) that belong to a name: capitalized words up to a head
 * word ("Institutional Revolutionary Party") or a listed organization
 * ("Economic Freedom Fighters"), not words in all capitals; or to a role
 * before a name ("Minister of Home Affairs Amit Shah"). A sentence
 * made of such names, ending with its stop, is no headline, whose
 * capitals fall on verbs and common nouns. */
static gboolean tok_is_caps_word (const Doc *doc,
                                  guint      i);

static guint
common_caps_in_names (Doc  *doc,
                      guint i)
{
  guint spared = 0;
  guint last = i;

  /* Only in a line written as a sentence, to its stop: headlines have none. */
  for (guint k = i + 1; k < doc->n_tokens && !(tok_flags (doc, k) & LECTERN_TOKEN_LINE_START); k++)
    if ((tok_flags (doc, k) & LECTERN_TOKEN_WORD) || tok_is (doc, k, ".") || tok_is (doc, k, "!") ||
        tok_is (doc, k, "?"))
      last = k;
  if (!tok_is (doc, last, ".") && !tok_is (doc, last, "!") && !tok_is (doc, last, "?"))
    return 0;

  for (guint k = i; k < doc->n_tokens;)
    {
      guint32 in_name = 0;
      guint e = k;

      if (k > i && (tok_flags (doc, k) & LECTERN_TOKEN_LINE_START))
        break;
      /* A role before a name: "Secretary of Homeland Security Kristi Noem". */
      if (k > i && tok_is (doc, k, "of") && (tok_lex (doc, k - 1) & LECTERN_LEX_TITLE) && tok_starts_upper (doc, k - 1))
        for (guint j = k + 2; j + 1 < doc->n_tokens && j < k + 6 && tok_starts_upper (doc, j - 1) &&
                              !(tok_flags (doc, j) & LECTERN_TOKEN_LINE_START);
             j++)
          if ((tok_lex (doc, j) & LECTERN_LEX_GIVEN) && tok_starts_upper (doc, j) && tok_starts_upper (doc, j + 1))
            {
              for (guint r = k + 1; r < j; r++)
                spared += (tok_lex (doc, r) & LECTERN_LEX_LOWER) && !(tok_lex (doc, r) & LECTERN_LEX_CAPITALIZED);
              break;
            }
      /* The run of capitalized words (and possessives: "Workers' Party")
       * from k, at most 31 tokens (a bit each). */
      while (e < doc->n_tokens && e - k < 31 && (e == k || !(tok_flags (doc, e) & LECTERN_TOKEN_LINE_START)) &&
             (((tok_flags (doc, e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, e) &&
               !tok_is_caps_word (doc, e)) ||
              (e > k && e + 1 < doc->n_tokens && tok_is_possessive (doc, e) && tok_starts_upper (doc, e + 1))))
        e++;
      if (e - k < 2)
        {
          k = MAX (e, k + 1);
          continue;
        }
      /* The head word and at most five tokens before it. */
      for (guint h = e; h > k + 1; h--)
        if (tok_lex (doc, h - 1) & LECTERN_LEX_ORG_HEAD)
          {
            guint from = MAX (k, h >= 6 ? h - 6 : 0);

            in_name = ((1u << (h - from)) - 1) << (from - k);
            break;
          }
      /* Listed names of two to eight tokens, longest first, from each word
       * that starts one (as written: the keys of mark_known_organizations). */
      for (guint s = k; s + 1 < e; s++)
        {
          guint64 names[8];
          guint64 h;

          if (!starts_listed_name (doc, s))
            continue;
          h = lectern_ner_hash_add (LECTERN_NER_HASH_START, tok_str (doc, s), tok_len (doc, s));
          for (guint t = s + 1; t < MIN (e, s + 8); t++)
            {
              h = lectern_ner_hash_add (h, " ", 1);
              names[t - s] = h = lectern_ner_hash_add (h, tok_str (doc, t), tok_len (doc, t));
            }
          for (guint t = MIN (e, s + 8); t >= s + 2; t--)
            if (lectern_lexicon_lookup (doc->lexicon, lectern_ner_hash_end (names[t - s - 1])) &
                LECTERN_LEX_KNOWN_ORG)
              {
                in_name |= ((1u << (t - s)) - 1) << (s - k);
                break;
              }
        }
      for (guint j = k + (k == i); j < e; j++)
        if ((in_name >> (j - k) & 1) && (tok_flags (doc, j) & LECTERN_TOKEN_WORD) &&
            (tok_lex (doc, j) & LECTERN_LEX_LOWER) && !(tok_lex (doc, j) & LECTERN_LEX_CAPITALIZED))
          spared++;
      k = e;
    }

  return spared;
}

/* A byline or a photo credit in capitals, whose names are the tagger's
 * to read like a sentence's: "By Helen Marsh, Local Democracy Reporting
 * Service", "Photo Le Télégramme / Fanch Guillou", "Clodagh Furlong,
 * Political Correspondent". */
static gboolean
is_credit_line (Doc  *doc,
                guint i)
{
  static const char *const openers[] = { "By", "Par", "Photo", "Photos", "Credit", "Crédit" };
  guint k = i, words = 0;

  if (i >= doc->n_tokens || !tok_starts_upper (doc, i))
    return FALSE;
  /* Short, unlike a paragraph that opens "By Friday, the council …". */
  for (guint j = i; j < doc->n_tokens && (j == i || !(tok_flags (doc, j) & LECTERN_TOKEN_LINE_START)); j++)
    if ((tok_flags (doc, j) & LECTERN_TOKEN_WORD) && ++words > 12)
      return FALSE;
  if (tok_is_any (doc, i, openers, G_N_ELEMENTS (openers)))
    {
      /* "Photo : Jean-Philippe Caron, La Presse Canadienne". */
      if (i + 2 < doc->n_tokens && tok_is (doc, i + 1, ":"))
        k++;
      return k + 1 < doc->n_tokens && tok_starts_upper (doc, k + 1) && !(tok_flags (doc, k + 1) & LECTERN_TOKEN_LINE_START);
    }
  /* A first name, one or two more capitalized words, a comma, a role. */
  if (!(tok_lex (doc, i) & LECTERN_LEX_GIVEN))
    return FALSE;
  while (k < doc->n_tokens && k < i + 4 && (tok_flags (doc, k) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, k) &&
         (k == i || !(tok_flags (doc, k) & LECTERN_TOKEN_LINE_START)))
    k++;
  if (k < i + 2 || k >= doc->n_tokens || !tok_is (doc, k, ","))
    return FALSE;
  for (guint j = k + 1; j < doc->n_tokens && j < k + 5 && !(tok_flags (doc, j) & LECTERN_TOKEN_LINE_START); j++)
    if (tok_is (doc, j, "Correspondent") || tok_is (doc, j, "Reporter") || tok_is (doc, j, "Editor") ||
        tok_is (doc, j, "Writer") || tok_is (doc, j, "Correspondante") || tok_is (doc, j, "Correspondant"))
      return TRUE;
  /* "Laurence Bérubé-Cloutier, Le Devoir, à Montréal": the paper, then
   * where the line was filed from, end the line. */
  for (guint j = k + 1; j + 2 < doc->n_tokens && !(tok_flags (doc, j + 2) & LECTERN_TOKEN_LINE_START); j++)
    if (tok_is (doc, j, ",") && (tok_is (doc, j + 1, "à") || tok_is (doc, j + 1, "in")) &&
        tok_starts_upper (doc, j + 2) &&
        (j + 3 >= doc->n_tokens || (tok_flags (doc, j + 3) & LECTERN_TOKEN_LINE_START)))
      return TRUE;

  return FALSE;
}

static gboolean tok_is_caps_word (const Doc *doc,
                                  guint      i);

/* Whether the line from token i has two words in capitals or more. */
static gboolean
line_shouts (const Doc *doc,
             guint      i)
{
  guint shouted = 0;

  for (guint k = i; k < doc->n_tokens && shouted < 2; k++)
    {
      if (k > i && (tok_flags (doc, k) & LECTERN_TOKEN_LINE_START))
        break;
      shouted += (tok_flags (doc, k) & LECTERN_TOKEN_WORD) && tok_is_caps_word (doc, k);
    }

  return shouted >= 2;
}

/* Whether the line from token i has "et al." (a paper's authors). */
static gboolean
line_cites (const Doc *doc,
            guint      i)
{
  for (guint k = i + 1; k + 1 < doc->n_tokens && !(tok_flags (doc, k + 1) & LECTERN_TOKEN_LINE_START); k++)
    if (tok_is (doc, k, "et") && (tok_is (doc, k + 1, "al") || tok_is (doc, k + 1, "al.")))
      return TRUE;

  return FALSE;
}

/* Headlines In Title Case capitalize common words, so the tagger's best cue
 * is gone: names are taken from the rest of the story instead (their
 * mentions in the headline are still counted). Words in quotation marks
 * do not count: a sentence may quote a title ("a post titled “Reasons Why
 * I Left”, Jane Doe writes"). */
static gboolean
line_is_title_case (Doc  *doc,
                    guint i)
{
  guint words = 0, caps = 0, common_caps = 0, lower_words = 0;
  gboolean quoted = FALSE;
  guint first_word = G_MAXUINT;

  for (guint k = i; k < doc->n_tokens; k++)
    {
      if (k > i && (tok_flags (doc, k) & LECTERN_TOKEN_LINE_START))
        break;
      if (first_word == G_MAXUINT && (tok_flags (doc, k) & LECTERN_TOKEN_WORD))
        first_word = k;
      if (!(tok_flags (doc, k) & LECTERN_TOKEN_WORD) &&
          (tok_is (doc, k, "\"") || tok_is (doc, k, "\xe2\x80\x9c") || tok_is (doc, k, "\xe2\x80\x9d") ||
           tok_is (doc, k, "\xc2\xab") || tok_is (doc, k, "\xc2\xbb")))
        {
          quoted = tok_is (doc, k, "\"") ? !quoted
                   : tok_is (doc, k, "\xe2\x80\x9c") || tok_is (doc, k, "\xc2\xab");
          continue;
        }
      if (!(tok_flags (doc, k) & LECTERN_TOKEN_WORD) || !g_unichar_isalpha (g_utf8_get_char (tok_str (doc, k))))
        continue;
      /* Too long for a headline (below), quotes included ("\"This was a
       * system, run with patience …,\" DPP Ng told District Judge Chua Li
       * Ting."): the rest of a paragraph need not be read. Quoted words
       * count no capitals. */
      if (++words > 24)
        return FALSE;
      if (quoted)
        continue;
      /* The line's first word is capitalized anyway, after a bracket
       * too ("(Reporting by Samira Haddad in Port Sudan)"). */
      if (tok_starts_upper (doc, k))
        {
          caps++;
          if (k != first_word && (tok_lex (doc, k) & LECTERN_LEX_LOWER) && !(tok_lex (doc, k) & LECTERN_LEX_CAPITALIZED))
            common_caps++;
        }
      else if (lower_words < 2 && tok_len (doc, k) >= 3 &&
               !(tok_lex (doc, k) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)))
        lower_words++;
    }

  /* "The Boys & Girls Clubs of King County and Blue Cross Blue Shield of
   * Michigan gave money": a headline in Title Case capitalizes its verbs
   * and nouns; two in lower case make a sentence of names or a caption,
   * unless the line shouts in capitals (an advertisement) or cites a paper
   * ("G. Petit et al. Hibernation and Torpor: Prospects for …"). */
  if (lower_words >= 2 && !line_shouts (doc, i) && !line_cites (doc, i))
    return FALSE;

  /* A headline is short: a long line of capitals is a list of names
   * and ranks ("Colonel Jesse Auton, 10 April 1943; Brigadier General
   * Ross G. Hoyt, 4 June 1943; …"). */
  if (words < 3 || words > 24 || common_caps < 2 || caps * 10 < words * 6)
    return FALSE;
  if (is_credit_line (doc, first_word))
    return FALSE;

  return common_caps >= common_caps_in_names (doc, i) + 2;
}

/* Quoted words in Title Case inside a sentence are a title, like a
 * headline's: their ranges are muted for the sentence. */
static void
mute_quoted_titles (Doc  *doc,
                    guint base,
                    guint len)
{
  guint open = 0;
  gboolean quoted = FALSE;

  doc->n_muted = 0;
  for (guint k = base; k < base + len; k++)
    {
      const char *s = tok_str (doc, k);
      gboolean opens, closes;

      if ((tok_flags (doc, k) & LECTERN_TOKEN_WORD) || (*s != '"' && (guchar) *s != 0xe2 && (guchar) *s != 0xc2))
        continue;
      /* A straight quote glued to the word or comma before it closes a
       * quotation that began in an earlier sentence ("patients,\" said
       * Dr. Irene Nabukeera, director of … Hospital. \"We"). */
      opens = tok_is (doc, k, "\xe2\x80\x9c") || tok_is (doc, k, "\xc2\xab") ||
              (!quoted && tok_is (doc, k, "\"") && (k == base || (tok_flags (doc, k) & LECTERN_TOKEN_SPACE_BEFORE)));
      closes = tok_is (doc, k, "\xe2\x80\x9d") || tok_is (doc, k, "\xc2\xbb") || (quoted && tok_is (doc, k, "\""));
      if (closes && quoted)
        {
          guint words = 0, caps = 0, common_caps = 0;

          for (guint j = open; j < k; j++)
            {
              if (!(tok_flags (doc, j) & LECTERN_TOKEN_WORD) || !g_unichar_isalpha (g_utf8_get_char (tok_str (doc, j))))
                continue;
              words++;
              if (tok_starts_upper (doc, j))
                {
                  caps++;
                  if (j > open && (tok_lex (doc, j) & LECTERN_LEX_LOWER) && !(tok_lex (doc, j) & LECTERN_LEX_CAPITALIZED))
                    common_caps++;
                }
            }
          if (words >= 3 && common_caps >= 2 && caps * 10 >= words * 6 && doc->n_muted < G_N_ELEMENTS (doc->mute_from))
            {
              doc->mute_from[doc->n_muted] = open;
              doc->mute_to[doc->n_muted++] = k;
            }
          quoted = FALSE;
        }
      else if (opens)
        {
          quoted = TRUE;
          open = k + 1;
        }
    }
}

static gboolean
tok_is_connector (const Doc *doc,
                  guint      i)
{
  static const char *words[] = {
    "of", "for", "to", "against", "on", "de", "des", "du", "d'", "d\xe2\x80\x99", "pour", "contre",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

static gboolean
is_french_adjective (const Doc *doc,
                     guint      i)
{
  static const char *endings[] = {
    "ale", "al", "aux", "ales", "ique", "iques", "aire", "aires", "iste", "istes", "ienne",
    "ien", "éenne", "éen", "aise", "ais", "oise", "ois", "elle", "el", "ive", "if", "aine", "ain",
    "anne", "crate", "crates", "érieur", "érieure",
  };
  /* Nationalities that no ending above tells. */
  static const char *words[] = {
    "allemand", "allemande", "espagnol", "espagnole", "belge", "suisse", "russe", "turc", "turque", "grec",
    "grecque", "flamand", "flamande", "catalan", "catalane", "tchèque", "slovaque", "croate", "serbe", "bulgare",
  };
  g_autofree char *word = NULL;

  if (tok_is_any (doc, i, words, G_N_ELEMENTS (words)))
    return TRUE;
  word = g_strndup (tok_str (doc, i), tok_len (doc, i));

  if (!g_unichar_islower (g_utf8_get_char (word)) || tok_len (doc, i) < 5 ||
      (tok_lex (doc, i) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    if (g_str_has_suffix (word, endings[k]))
      return TRUE;

  return FALSE;
}

/* Nouns of French adverbial phrases after "de" ("de nouveau"). */
static gboolean
is_french_adverb_noun (const Doc *doc,
                       guint      i)
{
  static const char *words[] = {
    "nouveau", "justesse", "suite", "façon", "manière", "sorte", "loin", "près", "demain", "même",
    "surcroît", "toute", "concert", "passage", "retour", "plus", "moins", "facto", "jure",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* A word of a French name's complement in lower case: "droits",
 * "assurance", "pétrolières". */
static gboolean
is_complement_word (const Doc    *doc,
                    guint         c,
                    guint         base,
                    const guint8 *tags)
{
  return tags[c - base] == LECTERN_TAG_O && (tok_flags (doc, c) & LECTERN_TOKEN_WORD) && tok_starts_lower (doc, c) &&
         tok_len (doc, c) >= 4 && !is_lower_calendar_word (doc, c) &&
         !(tok_lex (doc, c) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN));
}

/* "La Réunion", "Le Havre", "Les Sables-d'Olonne" from p, after "de": a
 * place's own article, which the tagger may leave out of the place with
 * the place (both O), or take into a body's name. Returns the end of the
 * place, or 0. */
static guint
place_with_article_end (Doc          *doc,
                        guint         p,
                        guint         base,
                        guint         end,
                        const guint8 *tags)
{
  if (!(tok_is (doc, p, "La") || tok_is (doc, p, "Le") || tok_is (doc, p, "Les")) || p + 1 >= end ||
      !tok_starts_upper (doc, p + 1) || !(tok_flags (doc, p + 1) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, p + 1) ||
      !(tags[p + 1 - base] == LECTERN_TAG_O || tag_vote (tags[p + 1 - base]) == VOTE_LOC ||
        tags[p + 1 - base] == LECTERN_TAG_I_ORG) ||
      (p + 2 < end && tok_starts_upper (doc, p + 2) && (tok_flags (doc, p + 2) & LECTERN_TOKEN_WORD)))
    return 0;
  return p + 2;
}

/* "Ordre des agronomes | du Québec", "Syndicat des enseignants | de
 * l'Ontario": the place of a body named by its lower-case words, which the
 * tagger tags as a place, is part of its name. Returns the end of "de/du
 * (la, l') Place" from c, or c. */
static guint
french_place_complement_end (Doc          *doc,
                             guint         c,
                             guint         base,
                             guint         end,
                             const guint8 *tags)
{
  guint k = c + 1;

  if (c + 1 >= end || !(tok_is (doc, c, "de") || tok_is (doc, c, "du") || tok_is (doc, c, "d'") ||
                        tok_is (doc, c, "d\xe2\x80\x99")))
    return c;
  if (k + 1 < end && (tok_is (doc, k, "la") || tok_is (doc, k, "l'") || tok_is (doc, k, "l\xe2\x80\x99")))
    k++;
  if (!tok_starts_upper (doc, k) || !(tok_flags (doc, k) & LECTERN_TOKEN_WORD))
    return c;
  if (k == c + 1 && tok_is (doc, c, "de") && place_with_article_end (doc, k, base, end, tags) != 0)
    return k + 2;
  /* A town or a region no list knows, which the tagger reads as a person
   * or a body or leaves out: one word that ends the name ("des dockers …
   * de Dapilon", "des producteurs d'ananas du Sud-Comoé"); or the
   * acronym of the body it belongs to ("Collectif des étudiants de
   * l'UOB", "Syndicat des employé-e-s de TVA"). */
  if ((tags[k - base] == LECTERN_TAG_B_PER || tags[k - base] == LECTERN_TAG_O ||
       (tags[k - base] == LECTERN_TAG_B_ORG && known_organization (doc, k, k + 1) == 0)) &&
      (!tok_is_caps_word (doc, k) || (tok_is_acronym (doc, k) && tags[k - base] != LECTERN_TAG_B_PER)) &&
      !(tok_lex (doc, k) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE | LECTERN_LEX_ORG_HEAD)) &&
      (k + 1 >= end || (tags[k + 1 - base] == LECTERN_TAG_O && !tok_starts_upper (doc, k + 1))))
    return k + 1;
  if (tags[k - base] != LECTERN_TAG_B_LOC)
    return c;
  for (k++; k < end && tags[k - base] == LECTERN_TAG_I_LOC; k++)
    ;

  return k;
}

/* Whether [a, b) ends with a complement in lower case that the tagger
 * took in: "Centre national des arts | du spectacle de Pékin". */
static gboolean
ends_with_complement (Doc  *doc,
                      guint a,
                      guint b)
{
  guint p = b - 1;

  if (b < a + 3 || !tok_starts_lower (doc, p) || tok_len (doc, p) < 4 ||
      (tok_lex (doc, p) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
    return FALSE;
  if (p > a + 1 && (tok_is (doc, p - 1, "la") || tok_is (doc, p - 1, "l'") || tok_is (doc, p - 1, "l\xe2\x80\x99")))
    p--;

  return tok_is (doc, p - 1, "des") || tok_is (doc, p - 1, "du") || tok_is (doc, p - 1, "de");
}

/* Head words of bodies that the name table lacks or holds as common
 * words: English ones ("the Homicide Squad", "the Seminole Tribe of
 * Florida", "the Granite Ledger Guild") or, with french, French ones,
 * read where a French name goes on in lower case ("la Division nationale
 * de lutte contre le trafic de migrants", "le Groupement des
 * entrepreneurs du bâtiment"). Not mixed: "the Geneva Convention" is a
 * treaty. */
static gboolean
is_extra_head (const Doc *doc,
               guint      i,
               gboolean   french)
{
  static const char *const english_words[] = {
    "Squad", "Tribe", "Archdiocese", "Patrol", "Taskforce", "Squadron", "Battalion", "Synod", "Congregation",
    "Cooperative", "Guild", "Collective",
    /* India's unions, associations, councils and fronts ("Bharatiya
     * Mazdoor Sangh", "Marwar Gaurav Samiti", "Vishva Hindu Parishad"),
     * athletics clubs ("Birchfield Harriers"). */
    "Sangh", "Harriers", "Samiti", "Parishad", "Sangathan", "Morcha",
    /* American schools named after a person ("Rosa Parks Elementary"),
     * a university's faculties, charities ("Catholic Charities"). */
    "Elementary", "Faculty", "Charities",
    /* Units of police forces, prosecutors and agencies ("the Conviction
     * Integrity Unit", "the Integrated Homicide Investigation Team"). */
    "Unit", "Team", "Division",
    /* Inspectors' offices ("the Mine Health and Safety Inspectorate"). */
    "Inspectorate",
    /* "Addis Civic Forum", "Calder Valley Education Partnership". */
    "Forum", "Partnership",
  };
  static const char *const french_words[] = {
    "Division", "Groupement", "Convention", "Délégation", "Cellule", "Coordination", "Collectif", "Coopérative",
    "Amicale", "Intersyndicale", "Commissariat",
  };
  static guint64 english_hashes[G_N_ELEMENTS (english_words)];
  static guint64 french_hashes[G_N_ELEMENTS (french_words)];
  static gsize english_ready = 0;
  static gsize french_ready = 0;

  return french ? tok_in_list (doc, i, french_words, G_N_ELEMENTS (french_words), french_hashes, &french_ready)
                : tok_in_list (doc, i, english_words, G_N_ELEMENTS (english_words), english_hashes, &english_ready);
}

/* ", du papier et de la communication", ", de pharmacie et
 * d'odontologie": from the comma at c, complements of one or two words in
 * lower case after "de", "du", "des" or "d'", the last after "et": the
 * list of what a body covers, part of its name. */
static gboolean
complement_list_closes (Doc  *doc,
                        guint c,
                        guint end)
{
  guint d = c;

  for (guint items = 0; items < 4; items++)
    {
      gboolean last = tok_is (doc, d, "et");
      guint words = 0;

      if (!last && !tok_is (doc, d, ","))
        return FALSE;
      d++;
      if (d + 1 >= end || !(tok_is (doc, d, "de") || tok_is (doc, d, "du") || tok_is (doc, d, "des") ||
                            tok_is (doc, d, "d'") || tok_is (doc, d, "d\xe2\x80\x99")))
        return FALSE;
      d++;
      if (d + 1 < end && (tok_is (doc, d, "la") || tok_is (doc, d, "l'") || tok_is (doc, d, "l\xe2\x80\x99")))
        d++;
      while (d < end && words < 2 && (tok_flags (doc, d) & LECTERN_TOKEN_WORD) && tok_starts_lower (doc, d) &&
             !(tok_lex (doc, d) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
        d++, words++;
      if (words == 0 || d >= end)
        return FALSE;
      if (last)
        return TRUE;
    }

  return FALSE;
}

/* The number of tokens of a link inside a French name's complement at c:
 * "de", "du", "des", "d'", "de la", "de l'"; "aux", "contre le", "pour
 * la", "sur les", "en" ("Association d'aide | aux victimes", "Division
 * nationale de lutte | contre le trafic"); "et des", "et d'" ("Chambre
 * de commerce | et d'industrie"); ", du" in a list that "et" closes.
 * 0 if none is there. */
static guint
complement_link_length (Doc  *doc,
                        guint c,
                        guint end)
{
  static const char *const others[] = { "aux", "contre", "pour", "sur", "en" };
  guint d = c;

  /* A text may end inside a name ("des syndicats des trav"). */
  if (c >= end)
    return 0;
  if ((tok_is (doc, d, "et") && d + 2 < end) || (tok_is (doc, d, ",") && complement_list_closes (doc, d, end)))
    d++;
  if (d + 1 < end && (tok_is (doc, d, "de") || tok_is (doc, d, "du") || tok_is (doc, d, "des") ||
                      tok_is (doc, d, "d'") || tok_is (doc, d, "d\xe2\x80\x99")))
    {
      d++;
      if (d + 1 < end && (tok_is (doc, d, "la") || tok_is (doc, d, "l'") || tok_is (doc, d, "l\xe2\x80\x99")))
        d++;
      return d - c;
    }
  if (d > c || d + 1 >= end || !tok_is_any (doc, d, others, G_N_ELEMENTS (others)))
    return 0;
  d++;
  if (d + 1 < end && (tok_is (doc, d, "le") || tok_is (doc, d, "la") || tok_is (doc, d, "les") ||
                      tok_is (doc, d, "l'") || tok_is (doc, d, "l\xe2\x80\x99")))
    d++;

  return d - c;
}

/* A head word alone after an article inside a sentence ("la Chambre de
 * commerce"), not a common noun capitalized at its start. */
static gboolean
after_article_inside (Doc  *doc,
                      guint a)
{
  return a > 0 && tok_is_article (doc, a - 1) && !(tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) &&
         !(tok_flags (doc, a - 1) & LECTERN_TOKEN_SENTENCE_START);
}

/* "… de l'industrie horlogère suisse | et la Chambre de commerce": "et"
 * or "ou" and the next capitalized name end a complement. */
static gboolean
starts_next_name (Doc  *doc,
                  guint c,
                  guint end)
{
  guint d = c + 1;

  if (!(tok_is (doc, c, "et") || tok_is (doc, c, "ou")))
    return FALSE;
  if (d < end && tok_is_article (doc, d))
    d++;

  return d < end && tok_starts_upper (doc, d) && (tok_flags (doc, d) & LECTERN_TOKEN_WORD);
}

/* Whether tokens i and j are one French noun in its two genders, in
 * either order: "employés" and "employées", "travailleurs" and
 * "travailleuses", "directeurs" and "directrices". */
static gboolean
is_gender_pair (const Doc *doc,
                guint      i,
                guint      j)
{
  /* What the masculine and the feminine end with after their stem. */
  static const char *const endings[][2] = {
    { "s", "es" }, { "", "e" }, { "rs", "ses" }, { "r", "se" }, { "ers", "Ã¨res" }, { "er", "Ã¨re" },
    { "s", "nes" }, { "", "ne" }, { "eurs", "rices" }, { "eur", "rice" },
  };
  const char *x = tok_str (doc, i), *y = tok_str (doc, j);
  guint32 nx = tok_len (doc, i), ny = tok_len (doc, j), p = 0;

  while (p < nx && p < ny && x[p] == y[p])
    p++;
  if (p < 5)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    for (guint order = 0; order < 2; order++)
      {
        const char *m = endings[k][order], *f = endings[k][1 - order];

        if (nx - p == strlen (m) && ny - p == strlen (f) && memcmp (x + p, m, nx - p) == 0 &&
            memcmp (y + p, f, ny - p) == 0)
          return TRUE;
      }

  return FALSE;
}

/* French names go on in lower case after their head and an adjective or a
 * complement: "Union française | des industries pétrolières (Ufip)",
 * "Université d'État | d'hydrométéorologie de Russie". The words in lower
 * case are taken only where a name plainly goes on: after "des" (a plural
 * complement: "Syndicat national des journalistes"), or when an acronym in
 * brackets, "de" and a capitalized word, or the end of the clause follows
 * them. */
static guint
extend_french_name (Doc          *doc,
                    guint         a,
                    guint         b,
                    guint         base,
                    guint         end,
                    const guint8 *tags,
                    gboolean      lone_head)
{
  guint k = b, c;

  /* One word may be a common noun capitalized at the sentence's start:
   * the caller decides (see add_pattern_organizations). */
  if ((b < a + 2 && !lone_head && !after_article_inside (doc, a)) ||
      !(span_has_head (doc, a, b) || is_extra_head (doc, a, TRUE)) || !tok_starts_upper (doc, a) ||
      (!is_french_adjective (doc, b - 1) && !tok_starts_upper (doc, b - 1) && !ends_with_complement (doc, a, b)) ||
      k >= end)
    return b;
  /* "Fédération des travailleurs des industries du livre | , du papier et
   * de la communication". */
  if (tok_is (doc, k, ",") && ends_with_complement (doc, a, b) && complement_list_closes (doc, k, end))
    k++;
  if (!(tok_is (doc, k, "des") || tok_is (doc, k, "de") || tok_is (doc, k, "du") || tok_is (doc, k, "d'") ||
        tok_is (doc, k, "d\xe2\x80\x99")))
    return b;
  k++;
  if (k < end && (tok_is (doc, k, "la") || tok_is (doc, k, "l'") || tok_is (doc, k, "l\xe2\x80\x99")) &&
      !tok_is (doc, b, "des"))
    k++;
  c = k;
  /* One or two nouns, each perhaps with adjectives: at most four words;
   * then perhaps more complements ("des droits | de l'homme", "de lutte |
   * contre le trafic | de migrants"). */
  for (guint more = 0; more < 4; more++)
    {
      guint from = c, d;

      /* A plural noun's adjectives agree with it: "des travaux publics |
       * partage", the verb, ends the name. */
      while (c < end && c < from + 4 && is_complement_word (doc, c, base, tags) && !opens_clause (doc, c) &&
             !tok_is_connector (doc, c) &&
             !(c > from && strchr ("sx", tok_str (doc, from)[tok_len (doc, from) - 1]) != NULL &&
               strchr ("sx", tok_str (doc, c)[tok_len (doc, c) - 1]) == NULL && !is_french_adjective (doc, c)))
        c++;
      if (c == from)
        break;
      /* "Fédération des employées et employés | de services publics":
       * a noun in both genders. */
      if (c + 1 < end && tok_is (doc, c, "et") && is_complement_word (doc, c + 1, base, tags) &&
          is_gender_pair (doc, c - 1, c + 1))
        c += 2;
      d = c + complement_link_length (doc, c, end);
      if (d == c || d >= end || !is_complement_word (doc, d, base, tags) || is_french_adverb_noun (doc, d))
        break;
      c = d;
    }
  if (c == k || c >= end)
    return b;
  if (tok_is (doc, b, "des") || tok_is (doc, c, "(") ||
      (c + 1 < end && tok_is_connector (doc, c) && tok_starts_upper (doc, c + 1)))
    return french_place_complement_end (doc, c, base, end, tags);
  /* "Fédération française de cardiologie, …": a complement that ends the
   * clause, or that the clause's verb follows ("la Ligue nationale de
   * rugby a annoncé"), unless it is an adverb ("de nouveau", "de
   * justesse"). */
  if ((tok_is (doc, c, ",") || tok_is (doc, c, ".") || tok_is (doc, c, ";") || tok_is (doc, c, ":") ||
       tok_is (doc, c, ")") || opens_clause (doc, c) || starts_next_name (doc, c, end)) &&
      !is_french_adverb_noun (doc, k))
    return c;

  return b;
}

/* An organization named by a head word often goes on past a preposition the
 * tagger stops at: "Assemblée nationale | du Québec", "Perm Coalition | for
 * Direct Elections". Extends [a, b) over "of/de … Capitalized" runs that the
 * tagger did not give to a person or another organization. */
static guint
extend_organization (Doc          *doc,
                     guint         a,
                     guint         b,
                     guint         base,
                     guint         end,
                     const guint8 *tags)
{
  gboolean head = FALSE;

  for (guint i = a; i < b && !head; i++)
    head = (tok_lex (doc, i) & LECTERN_LEX_ORG_HEAD) != 0;
  if (!head && !is_extra_head (doc, b - 1, FALSE) && !(doc->lang == LANG_FR && is_extra_head (doc, a, TRUE)))
    return b;

  /* "Congrès | de la | Nouvelle-Calédonie": the tagger's span may end on
   * the preposition before the place it leaves out; start from the
   * preposition. */
  if (b > a + 2 && tok_is_article (doc, b - 1) && tok_is_connector (doc, b - 2))
    b -= 2;
  else if (b > a + 1 && tok_is_connector (doc, b - 1))
    b--;

  /* French names put adjectives after the head, in lower case:
   * "Assemblée | nationale", "Parti | socialiste". */
  if (doc->lang == LANG_FR && (tok_lex (doc, b - 1) & LECTERN_LEX_ORG_HEAD) && b < end &&
      tags[b - base] == LECTERN_TAG_O && is_french_adjective (doc, b))
    b++;
  /* "Centre hospitalier | universitaire de Besançon": more of the words
   * in lower case that French names of institutions put after their
   * head. */
  if (doc->lang == LANG_FR && b > a + 1 && tok_starts_lower (doc, b - 1) && is_court_complement (doc, b - 1))
    while (b < end && tags[b - base] == LECTERN_TAG_O && is_court_complement (doc, b))
      b++;

  if (doc->lang == LANG_FR)
    b = extend_french_name (doc, a, b, base, end, tags, FALSE);

  for (;;)
    {
      guint k = b;
      guint c;

      if (k >= end || !tok_is_connector (doc, k))
        return b;
      /* "Helion Energy | of Everett": a firm's name ends with its trade;
       * "of" and a place say where it is. */
      if (tok_is (doc, k, "of") && (is_company_word (doc, b - 1) || is_legal_form (doc, b - 1)))
        return b;
      /* "St. Brendan Catholic Church | on Pike Avenue": its street. */
      if (tok_is (doc, k, "on") && tok_is (doc, b - 1, "Church"))
        return b;
      /* "FC Rheinau 04 | of Germany": a club's year ends its name. */
      if (tok_is (doc, k, "of") && g_ascii_isdigit (*tok_str (doc, b - 1)) && tok_len (doc, b - 1) <= 4)
        return b;
      k++;
      if (k < end && (tok_is (doc, k, "la") || tok_is (doc, k, "l'") ||
                      tok_is (doc, k, "l\xe2\x80\x99") || tok_is (doc, k, "the")))
        k++;
      c = k;
      while (c < end && (tok_flags (doc, c) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, c) &&
             !is_calendar_word (doc, c) &&
             (tag_vote (tags[c - base]) < 0 || tag_vote (tags[c - base]) == VOTE_LOC))
        c++;
      /* "Special Court for | Sierra Leone": a place the tagger took for a
       * person. */
      if (c == k && k < end && tags[k - base] == LECTERN_TAG_B_PER)
        {
          guint d = k + 1;

          while (d < end && tags[d - base] == LECTERN_TAG_I_PER)
            d++;
          if (d > k + 1 && (name_flags (doc, k, d) & LECTERN_LEX_GEO))
            c = d;
        }
      /* "the Office | of the | Police Complaint Commissioner": an office
       * named after its head, the title the tagger read as a body's
       * name. */
      else if (c == k && k < end && b == a + 1 && tags[k - base] == LECTERN_TAG_B_ORG && tok_is (doc, a, "Office"))
        {
          guint d = k + 1;

          while (d < end && tags[d - base] == LECTERN_TAG_I_ORG)
            d++;
          /* "the Office of the | Registrar of Societies". */
          if ((tok_lex (doc, d - 1) & LECTERN_LEX_TITLE) || is_office_holder (doc, d - 1) || is_office_holder (doc, k))
            c = d;
        }
      /* "the National Commission | for the | Reception and Reintegration
       * of Refugees": after a head word, what the body is for, which the
       * tagger read as a body of its own; no head word in it and no list
       * knows it. Not after a company's word: "Israel Aerospace Industries
       * for Iron Dome" names what it makes. */
      else if (c == k && k < end && tags[k - base] == LECTERN_TAG_B_ORG && (tok_lex (doc, b - 1) & LECTERN_LEX_ORG_HEAD) &&
               !tok_is_acronym (doc, k) && !is_company_word (doc, b - 1))
        {
          guint d = k + 1;
          gboolean inner_head = FALSE;

          while (d < end && tags[d - base] == LECTERN_TAG_I_ORG)
            inner_head |= (tok_lex (doc, d++) & LECTERN_LEX_ORG_HEAD) != 0;
          if (d > k + 1 && !inner_head && !(tok_lex (doc, k) & LECTERN_LEX_ORG_HEAD) &&
              known_organization (doc, k, d) == 0)
            c = d;
        }
      if (c == k)
        return b;
      b = c;
    }
}


/* The other way: "Joint Council | for the | Welfare of Immigrants", where
 * the tagger saw only the complement. Capitalized words tagged O that end
 * with a head word, then "of/for/de/pour" (and an article), join the
 * organization that follows. Returns its new start. */
static guint
extend_organization_back (Doc          *doc,
                          guint         a,
                          guint         base,
                          const guint8 *tags)
{
  guint j, h, s;

  if (a < base + 2)
    return a;
  j = a - 1;
  if (tok_is (doc, j, "the") || tok_is (doc, j, "la") || tok_is (doc, j, "l'") ||
      tok_is (doc, j, "l\xe2\x80\x99"))
    j--;
  if (j <= base || !(tok_is (doc, j, "of") || tok_is (doc, j, "for") || tok_is (doc, j, "de") ||
                     tok_is (doc, j, "pour")))
    return a;
  h = j - 1;
  /* "Americans for | Financial Reform", "Lawyers for | Human Rights": a
   * group of people for a cause, a name of its own. */
  if ((tags[h - base] == LECTERN_TAG_O || tags[h - base] == LECTERN_TAG_B_MISC) && tok_is (doc, j, "for") &&
      tok_starts_upper (doc, h) &&
      (is_people_plural (doc, h) ||
       (tok_len (doc, h) > 4 && tok_str (doc, h)[tok_len (doc, h) - 1] == 's' && is_demonym_of (doc, h, FALSE))) &&
      (h == base || !tok_starts_upper (doc, h - 1) || tok_is_article (doc, h - 1)))
    return h;
  /* "the Partnership | for Southern Equity", "Catholic Charities | of
   * Southwestern Ohio". */
  if (tags[h - base] != LECTERN_TAG_O || !tok_starts_upper (doc, h) ||
      !((tok_lex (doc, h) & LECTERN_LEX_ORG_HEAD) || is_extra_head (doc, h, FALSE) ||
        (tok_is (doc, h, "Partnership") && tok_is (doc, j, "for"))))
    return a;
  s = h;
  /* "Catholic | Charities of Southwestern Ohio": the word right before
   * the head may be one the tagger read as a religion or a nation. */
  while (s > base && h - s < 3 &&
         (tags[s - 1 - base] == LECTERN_TAG_O ||
          (s == h && tags[s - 1 - base] == LECTERN_TAG_B_MISC && tags[s - base] != LECTERN_TAG_I_MISC)) &&
         (tok_flags (doc, s - 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, s - 1) &&
         !tok_is_article (doc, s - 1) && !is_calendar_word (doc, s - 1) &&
         !(tok_lex (doc, s - 1) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)))
    s--;

  return s;
}

/* The end of a run of capitalized words from k, all tagged O, that could
 * be a name (no title, no function word, no calendar word). A legal
 * suffix in capitals ends it even where it spells a function word
 * ("Transports Vallon SA": "sa"). */
static guint
untagged_name_end (const Doc    *doc,
                   guint         base,
                   guint         len,
                   guint         k,
                   const guint8 *tags)
{
  guint e = k;

  while (e < len && tags[e] == LECTERN_TAG_O && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
         tok_has_upper (doc, base + e) && !is_calendar_word (doc, base + e) &&
         !(tok_lex (doc, base + e) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)))
    e++;
  if (e > k + 1 && e < len && tags[e] == LECTERN_TAG_O && (tok_lex (doc, base + e) & LECTERN_LEX_LEGAL) &&
      tok_is_caps_word (doc, base + e))
    e++;
  /* "Masakhane Pipe Works (Pty) Ltd". */
  else if (e > k + 1 && e + 4 <= len && tags[e] == LECTERN_TAG_O && tags[e + 3] == LECTERN_TAG_O &&
           is_bracketed_branch ((Doc *) doc, base + e))
    e += 4;

  return e;
}

/* Whether token i is the word for what a couple endows: "Foundation",
 * "Trust", "Fund", "Institute". */
static gboolean
is_endowed_body (Doc  *doc,
                 guint i)
{
  static const char *const words[] = { "Foundation", "Trust", "Fund", "Institute", "Center", "Centre", "Prize" };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "Nottinghamshire Fire and | Rescue Service", "Fish and | Wildlife
 * Service": capitalized words tagged O before "and", the last a common
 * word, begin the organization [a, b) that the tagger starts after "and"
 * (the caller checks that it ends with a head word: not "MacBook Air and
 * | MacBook Pro").
 * Returns its new start. */
static guint
extend_organization_over_and (Doc          *doc,
                              guint         a,
                              guint         b,
                              guint         base,
                              const guint8 *tags)
{
  guint h, s;

  if (a < base + 2 || !tok_is (doc, a - 1, "and"))
    return a;
  h = a - 2;
  /* "the Knut and | Alice Wallenberg Foundation", "the William and | Flora
   * Hewlett Foundation": a couple's first names, the first alone, which
   * the tagger reads as a person. */
  if ((tags[h - base] == LECTERN_TAG_O || tags[h - base] == LECTERN_TAG_B_PER) && tok_is_first_name (doc, h) &&
      tok_is_first_name (doc, a) && !(tok_lex (doc, a) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)) &&
      is_endowed_body (doc, b - 1) && (h == base || !tok_starts_upper (doc, h - 1)) &&
      !(tok_lex (doc, h) & (LECTERN_LEX_GEO | LECTERN_LEX_TITLE | LECTERN_LEX_LOWER)))
    return h;
  /* A name after "and" that is no common word starts a body of its own
   * ("Truist Financial and | M&T Bank"). */
  if (tags[h - base] != LECTERN_TAG_O || !(tok_lex (doc, a) & LECTERN_LEX_LOWER))
    return a;
  /* A head word before "and" ends a body of its own ("Calder Valley
   * Education Partnership and | Brigantia Schools Trust"). */
  if (!tok_starts_upper (doc, h) || tok_is_caps_word (doc, h) || is_calendar_word (doc, h) ||
      !(tok_lex (doc, h) & LECTERN_LEX_LOWER) ||
      (tok_lex (doc, h) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_ORG_HEAD)) ||
      is_extra_head (doc, h, FALSE))
    return a;
  s = h;
  while (s > base && h - s < 2 && tags[s - 1 - base] == LECTERN_TAG_O && (tok_flags (doc, s - 1) & LECTERN_TOKEN_WORD) &&
         tok_starts_upper (doc, s - 1) && !tok_is_article (doc, s - 1) && !is_calendar_word (doc, s - 1) &&
         !(tok_lex (doc, s - 1) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)))
    s--;

  return s;
}

/* Whether token i could be a word of a committee's portfolio: a
 * capitalized word tagged O that lists know as nothing else. */
static gboolean
could_be_portfolio_word (Doc          *doc,
                         guint         base,
                         const guint8 *tags,
                         guint         i)
{
  return tags[i - base] == LECTERN_TAG_O && tok_starts_upper (doc, i) && (tok_flags (doc, i) & LECTERN_TOKEN_WORD) &&
         !tok_is_caps_word (doc, i) && !is_calendar_word (doc, i) &&
         !(tok_lex (doc, i) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_ORG_HEAD |
                               LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_GIVEN_TOP));
}

/* The same, where a list of portfolios with its "and" is sure: any
 * capitalized word but a title, a function word, a date or a first
 * name. */
static gboolean
could_be_listed_portfolio_word (Doc          *doc,
                                guint         base,
                                const guint8 *tags,
                                guint         i)
{
  return (tags[i - base] == LECTERN_TAG_O || tags[i - base] == LECTERN_TAG_B_LOC ||
          (tags[i - base] == LECTERN_TAG_B_PER && tags[i + 1 - base] != LECTERN_TAG_I_PER)) &&
         tok_starts_upper (doc, i) && (tok_flags (doc, i) & LECTERN_TOKEN_WORD) && !tok_is_caps_word (doc, i) &&
         !is_calendar_word (doc, i) &&
         !(tok_lex (doc, i) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_GIVEN_TOP));
}

/* "the Scottish Parliament's Health, | Social Care and Sport Committee":
 * the first portfolio of the list, which the tagger read as a body of
 * one word; no list knows it as one. */
static gboolean
is_lone_portfolio_body (Doc          *doc,
                        guint         base,
                        const guint8 *tags,
                        guint         i)
{
  return tags[i - base] == LECTERN_TAG_B_ORG && tags[i + 1 - base] == LECTERN_TAG_O && tok_starts_upper (doc, i) &&
         i > base && tags[i - 1 - base] == LECTERN_TAG_O && !tok_starts_upper (doc, i - 1) &&
         (tok_flags (doc, i) & LECTERN_TOKEN_WORD) && !tok_is_caps_word (doc, i) &&
         !(tok_lex (doc, i) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_GEO | LECTERN_LEX_PLACE |
                               LECTERN_LEX_GIVEN_TOP)) &&
         known_organization (doc, i, i + 1) == 0;
}

/* "the council's Finance and | Personnel Committee", "the Education, |
 * Children and Young People Committee": a committee's portfolios listed
 * before it, one capitalized word each after "," or before one "and",
 * which the tagger leaves out. Returns the committee's new start. */
static guint
extend_committee_back (Doc          *doc,
                       guint         a,
                       guint         b,
                       guint         base,
                       const guint8 *tags)
{
  static const char *const committees[] = { "Committee", "Subcommittee", "Union", "Ministry" };
  gboolean with_and = FALSE, listed;

  if (a < base + 3 || !tok_is_any (doc, b - 1, committees, G_N_ELEMENTS (committees)))
    return a;
  for (guint i = a; i < b; i++)
    with_and |= tok_is (doc, i, "and");
  /* A committee whose "and" the tagger kept: the portfolios before it,
   * between commas, may be places or heads' words too ("Constitution,
   * Europe, External Affairs and Culture Committee", "Culture,
   * Communications, Welsh Language, Sport and …"). */
  listed = with_and && (tok_is (doc, b - 1, "Committee") || tok_is (doc, b - 1, "Subcommittee"));
  /* "the Senate Agriculture, | Nutrition and Forestry Committee": the
   * chamber and its first portfolio, which the tagger made a body. */
  if (listed && a >= base + 3 && tok_is (doc, a - 1, ",") && tags[a - 2 - base] == LECTERN_TAG_I_ORG &&
      tags[a - 3 - base] == LECTERN_TAG_B_ORG && (tok_is (doc, a - 3, "Senate") || tok_is (doc, a - 3, "House")) &&
      tok_starts_upper (doc, a - 2) && (tok_flags (doc, a - 2) & LECTERN_TOKEN_WORD) &&
      !(tok_lex (doc, a - 2) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_TITLE)))
    return a - 3;
  while (a >= base + 3 && (tok_is (doc, a - 1, ",") || (!with_and && tok_is (doc, a - 1, "and"))) &&
         (could_be_portfolio_word (doc, base, tags, a - 2) || is_lone_portfolio_body (doc, base, tags, a - 2) ||
          (listed && could_be_listed_portfolio_word (doc, base, tags, a - 2))))
    {
      with_and |= tok_is (doc, a - 1, "and");
      /* "the Climate Change, | Environment and Infrastructure
       * Committee": a portfolio of two words. */
      if (!tok_starts_upper (doc, a - 3) || tok_is_article (doc, a - 3))
        a -= 2;
      else if (a >= base + 4 &&
               (could_be_portfolio_word (doc, base, tags, a - 3) ||
                (listed && could_be_listed_portfolio_word (doc, base, tags, a - 3))) &&
               !tok_starts_upper (doc, a - 4))
        a -= 3;
      else
        break;
    }

  return a;
}

/* The last word of a broadcaster's station: "BBC Radio", "France Télévision". */
static gboolean
is_station_word (const Doc *doc,
                 guint      i)
{
  static const char *words[] = { "Radio", "TV", "Television", "Télévision", "Télé" };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* A listed party's name that is a ministry's portfolio too: "Ministry of
 * Health, | Labour | and Welfare". */
static gboolean
is_party_portfolio (const Doc *doc,
                    guint      i)
{
  static const char *words[] = { "Labour", "Labor", "Reform" };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* One to two capitalized words tagged O from k, no head word and no
 * listed body: a portfolio in a list ("Education", "Urban Affairs").
 * Returns their end, or k. */
static guint
portfolio_item_end (Doc          *doc,
                    guint         base,
                    guint         len,
                    guint         k,
                    const guint8 *tags)
{
  guint q = untagged_name_end (doc, base, len, k, tags);

  /* The tagger may read a single word of the list as a name of its own
   * ("Mines, | Petroleum | and Exploration"). */
  if (q == k && k + 1 < len && tags[k] != LECTERN_TAG_O && (tags[k] & 1) != 0 && tags[k + 1] != tags[k] + 1 &&
      tok_starts_upper (doc, base + k) && (tok_flags (doc, base + k) & LECTERN_TOKEN_WORD) &&
      !tok_is_caps_word (doc, base + k) &&
      (!tok_is_first_name ((Doc *) doc, base + k) || (tok_lex (doc, base + k) & LECTERN_LEX_LOWER)))
    q = k + 1;
  /* Or two, ending with a common noun ("Land, | Urban Planning | and
   * Construction"). */
  else if (q == k && k + 2 < len && tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_PER &&
           tags[k + 1] == tags[k] + 1 && tags[k + 2] != tags[k] + 1 && tok_starts_upper (doc, base + k + 1) &&
           (tok_lex (doc, base + k + 1) & LECTERN_LEX_LOWER) && !tok_is_caps_word (doc, base + k))
    q = k + 2;
  /* A head word alone is a portfolio too ("Mines, Petroleum and
   * Exploration"), where two words with one name a body. */
  if (q == k || q > k + 2 || (q > k + 1 && span_has_head (doc, base + k, base + q)) ||
      (name_flags (doc, base + k, base + q) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_GIVEN_TOP)) ||
      (known_organization (doc, base + k, base + q) != 0 && !(q == k + 1 && is_party_portfolio (doc, base + k))))
    return k;

  return q;
}

/* Where the "and" before a committee's last portfolio stands, from the
 * end e of its span: at e ("on Oversight | and Reform"), or after more
 * portfolios between commas ("on Health | , Education, Labor and
 * Pensions", "on Commerce | , Science, and Transportation"); 0 if none. */
static guint
portfolio_list_and (Doc          *doc,
                    guint         base,
                    guint         len,
                    guint         e,
                    const guint8 *tags)
{
  guint p = e;

  if (tok_is (doc, base + e, "and"))
    return e;
  while (p + 2 < len && tok_is (doc, base + p, ","))
    {
      guint q;

      if (p > e && tok_is (doc, base + p + 1, "and"))
        return p + 1;
      q = portfolio_item_end (doc, base, len, p + 1, tags);
      if (q == p + 1)
        return 0;
      p = q;
    }

  return p > e && p + 1 < len && tok_is (doc, base + p, "and") ? p : 0;
}

/* Where the last portfolio starts after the "and" at and_at, a name the
 * tagger started or a capitalized word, maybe after an article ("on Education
 * and the Workforce"); 0 if none. */
static guint
last_portfolio_start (Doc          *doc,
                      guint         base,
                      guint         len,
                      guint         and_at,
                      const guint8 *tags)
{
  guint p = and_at + 1;

  if (p + 1 < len && tok_is (doc, base + p, "the"))
    p++;

  /* The tagger may read a portfolio as a thing ("the Workforce"), or a
   * single word of it as a person ("and Livestock"); not a nationality
   * ("the Federal Bureau of Investigation and | French investigators"). */
  return tags[p] == LECTERN_TAG_B_ORG ||
                 (tags[p] == LECTERN_TAG_B_MISC && !(p + 1 < len && tok_starts_lower (doc, base + p + 1) &&
                                                     is_demonym_of (doc, base + p, FALSE))) ||
                 (tags[p] == LECTERN_TAG_O && tok_starts_upper (doc, base + p)) ||
                 (tags[p] == LECTERN_TAG_B_PER && (p + 1 == len || tags[p + 1] != LECTERN_TAG_I_PER) &&
                  !tok_is_caps_word (doc, base + p) && !tok_is_first_name (doc, base + p))
           ? p
           : 0;
}

/* "Senate Health | , Education, | Labor and Pensions Committee": from the
 * end e of a span that stops at a comma, portfolios between commas, then
 * an organization with "and" that ends with a head word. Returns the end
 * of that organization, or e. */
static guint
committee_list_end (Doc          *doc,
                    guint         base,
                    guint         len,
                    guint         e,
                    const guint8 *tags)
{
  guint p = e, q;

  while (p + 2 < len && tok_is (doc, base + p, ","))
    {
      if (tags[p + 1] == LECTERN_TAG_B_ORG)
        {
          gboolean with_and = FALSE;

          for (q = p + 2; q < len && tags[q] == LECTERN_TAG_I_ORG; q++)
            with_and |= tok_is (doc, base + q, "and");
          return with_and && (tok_lex (doc, base + q - 1) & LECTERN_LEX_ORG_HEAD) ? q : e;
        }
      q = portfolio_item_end (doc, base, len, p + 1, tags);
      if (q == p + 1 || q >= len || !tok_is (doc, base + q, ","))
        return e;
      p = q;
    }

  return e;
}

/* Whether tokens [a, b) could name the group that a plural noun beside
 * them counts members of: capitalized words, untagged or tagged as a
 * person, none a place, a nationality or a common word. */
static gboolean
could_name_group (Doc          *doc,
                  guint         base,
                  guint         a,
                  guint         b,
                  const guint8 *tags)
{
  if (b <= a || b - a > 4)
    return FALSE;
  for (guint i = a; i < b; i++)
    if (!tok_starts_upper (doc, i) || !(tok_flags (doc, i) & LECTERN_TOKEN_WORD) ||
        (tags[i - base] != LECTERN_TAG_O && tag_vote (tags[i - base]) != VOTE_PER) || is_demonym (doc, i) ||
        (tok_lex (doc, i) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_LOWER |
                             LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
      return FALSE;

  return TRUE;
}

/* "Seleka rebels", "Kataib Hezbollah fighters", "les rebelles du M23":
 * the name beside a plural noun of armed or organized members names a
 * group, whatever the tagger said (three votes: more than one tagged span
 * of a person, less than two). Supporters and loyalists are left out
 * ("Trump supporters"). */
static void
add_group_organizations (Doc          *doc,
                         guint         base,
                         guint         len,
                         const guint8 *tags)
{
  static const char *after[] = {
    "rebels", "militants", "fighters", "insurgents", "guerrillas", "guerillas", "militiamen", "militia",
    "militias", "jihadists", "separatists", "mercenaries",
  };
  static const char *before[] = {
    "rebelles", "combattants", "miliciens", "djihadistes", "jihadistes", "insurgés", "mercenaires",
  };

  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;
      guint s = a;
      guint32 n = tok_len (doc, a);
      char last;

      /* A capital before the noun or two tokens after it, and a word of
       * 6 to 11 bytes that ends with s, a or n, as all of both lists do:
       * most tokens are ruled out before the lists are read. */
      if ((!tok_starts_upper (doc, a - 1) && (k + 2 >= len || !tok_starts_upper (doc, a + 2))) || n < 6 || n > 11)
        continue;
      last = tok_str (doc, a)[n - 1];
      if (last != 's' && last != 'a' && last != 'n')
        continue;
      if (tok_starts_lower (doc, a) && tok_is_any (doc, a, after, G_N_ELEMENTS (after)))
        {
          while (s > base && a - s < 4 && tok_starts_upper (doc, s - 1) && (tok_flags (doc, s - 1) & LECTERN_TOKEN_WORD))
            s--;
          /* The words after a sentence's first word only, unless it has a capital inside ("ISIS"). */
          if (s < a && (tok_flags (doc, s) & LECTERN_TOKEN_SENTENCE_START) && !tok_is_acronym (doc, s) &&
              (tok_lex (doc, s) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_LOWER)))
            s++;
          if (could_name_group (doc, base, s, a, tags))
            add_span (doc, s, a, VOTE_ORG, 3);
        }
      else if (k + 2 < len && tok_is_any (doc, a, before, G_N_ELEMENTS (before)) &&
               (tok_is (doc, a + 1, "du") || tok_is (doc, a + 1, "de") || tok_is (doc, a + 1, "des") ||
                tok_is_elision (doc, a + 1)))
        {
          guint b = a + 2;

          while (b < base + len && b - (a + 2) < 4 && tok_starts_upper (doc, b) && (tok_flags (doc, b) & LECTERN_TOKEN_WORD))
            b++;
          if (could_name_group (doc, base, a + 2, b, tags))
            add_span (doc, a + 2, b, VOTE_ORG, 3);
        }
    }
}

/* Words that end company names and no person's: "Purdue Pharma", "Knoa
 * Therapeutics". Not tagger features (the head words of the name table
 * are): the rules read them only. */
static gboolean
is_company_word (const Doc *doc,
                 guint      i)
{
  static const char *words[] = {
    "Pharma", "Pharmaceutical", "Therapeutics", "Biotech", "Biosciences", "Foods", "Brands", "Robotics",
    "Semiconductor", "Logistics", "Aerospace", "Securities", "Management", "Advisors", "Advisers", "Sports",
    "Healthcare", "Platinum", "Mining", "Petroleum", "Airways", "Shipping", "Motors", "Textiles",
    "Resources", "Insights", "Minerals", "Metals", "Technologies", "Medtech", "Analytics", "Investments",
    "Industries", "Pictures", "Records", "Entertainment", "Studios", "Airlines", "Telecom", "Solutions",
    "Software", "Networks", "Bakery", "Bakeries", "Brewery", "Breweries", "Dairy", "Farms", "Grocers",
    "Supermarkets", "Shipbuilding", "Shipyard", "Shipyards", "Nickel", "Cement", "Tea", "Coffee", "Packers",
    "Legal", "Lawyers", "Solicitors", "Attorneys", "Barristers", "Advisory", "Consulting", "Consultants",
    "Accountants", "Equities", "Terminals", "Stevedoring", "Transport", "Advocates", "Construction",
    "Constructions", "Immobilier", "Transports", "Avocats", "Participations", "Associés", "Réunies", "Réunis",
    "Zeitung", "Infotech", "Electronics", "Chemicals", "Payments",
    "Properties", "Developers", "Engineering", "Semiconductors", "Batteries", "Agro", "Garments", "Apparel",
    "Cosmetics", "Microfinance", "Fintech", "Realty", "Energy", "Electric", "Utilities", "Ratings",
    "Productions", "Developments", "Strategies", "Biotherapeutics", "Diagnostics", "Genomics", "Labs",
    "Ventures", "Holdings", "Ingénierie", "Haulage", "Biologics", "Biologicals", "Patrimoine", "Gestion",
    "Distribution", "Logistique", "Manutention", "Plasturgie", "Emballages", "Pharmaceuticals", "Biosystems",
    "Communications", "Telecommunications", "Freight", "Couriers", "Builders", "Homes", "Automotive", "Aviation",
    "Renewables", "Gas", "Oil", "Steel", "Beverages", "Brewing", "Distillers", "Hotels", "Resorts", "Casinos",
    "Gaming", "Publishing", "Assurance", "Bancorp", "Bankshares", "Financial", "Lending", "Interactive",
    "Retail", "Instruments", "Manufacturing", "Contractors", "Assurances", "Informatique", "Environnement",
    "Automobiles", "Matériaux", "Participations", "Infra", "Infratech", "Bio", "Neuro", "Oncology", "Composites",
    "Staffing", "Analysis", "Invest", "Promotion", "Santé", "Castings", "Alloys", "Forgings", "Plastics",
    "Fabrics", "Mills", "Pharmacies", "Newspapers", "Books",
    /* Main Street's shops ("Kessler Hardware", "Lindell Shoes"). */
    "Hardware", "Shoes", "Pharmacy", "Outfitters", "Furniture", "Jewelers", "Jewellers", "Florists", "Lumber",
    "Appliances", "Plumbing", "Roofing", "Cleaners",
    /* Clubs by their sport ("Mérignac Handball", "Hennebont Cyclisme"). */
    "Handball", "Cyclisme", "Basket", "Volley", "Volley-Ball",
    /* French social landlords and cooperatives ("Phocéa Habitat", "Léon
     * Kerlann Coopérative"). */
    "Habitat", "Coopérative",
    /* Schools of South Africa and Germany ("Paul Roos Gymnasium"). */
    "Gymnasium",
    /* Partners of a firm ("Ferrand Lagarde Associés", "Harlow Finch
     * Partners"), lawyers in Portuguese and Spanish ("Bastos & Vieira
     * Advogados"). */
    "Associés", "Associates", "Partners", "Advogados", "Abogados",
    /* Legal forms of Malaysia, Singapore and India that the name table
     * lacks. */
    "Bhd", "Bhd.", "Berhad", "Sdn", "Pte", "Pte.", "Pvt", "Pvt.",
    "Ingredients",
    /* Trades of builders, makers and suppliers ("Eastwood Scaffolding",
     * "Redbank Earthmoving", "Ashbury Home Furnishings"). */
    "Furnishings", "Furniture", "Interiors", "Projects", "Earthmoving", "Distributors", "Pensions", "Contracting",
    "Plantations", "Fisheries", "Packaging", "Recycling", "Scaffolding", "Roofing", "Plumbing", "Landscaping",
    "Demolition", "Glazing", "Joinery", "Catering", "Drilling", "Dredging",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  /* "Harwood Life Sciences"; not a faculty's "Social Sciences". */
  if (i > 0 && tok_is (doc, i, "Sciences") && tok_is (doc, i - 1, "Life"))
    return TRUE;
  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Common nouns for a company or a body that a name may follow: "the
 * financial regulator FINMA", "le constructeur Stellantis". Read by the
 * rules only, beside the head words of the name table. */
static gboolean
is_organization_noun (const Doc *doc,
                      guint      i)
{
  static const char *words[] = {
    "regulator", "carmaker", "automaker", "chipmaker", "broadcaster", "lender", "insurer", "retailer",
    "firm", "startup", "start-up", "newspaper", "publisher", "conglomerate", "manufacturer", "supermarket",
    "charity", "nonprofit", "non-profit", "provider", "manufacturers", "firms", "insurers", "lenders",
    "carmakers", "retailers", "regulators", "broadcasters", "newspapers", "charities", "brokerage", "watchdog",
    "airline", "carrier", "utility", "foundry", "refinery", "brewery", "distillery", "winery", "shipyard",
    "exporter", "wholesaler", "consultancy", "cooperative", "co-op",
    "régulateur", "constructeur", "assureur", "opérateur", "éditeur", "hebdomadaire", "distributeur",
    "fabricant", "équipementier", "motoriste", "avionneur", "armateur", "transporteur", "assureur",
    "groupe", "filiale", "enseigne", "sous-traitant", "prestataire", "fournisseur", "holding", "cimentier",
    "sidérurgiste",
    /* The young firms of the business press ("la jeune pousse Lumenic",
     * "la medtech bordelaise Osteon Imaging", "le pôle de compétitivité
     * Minalogic", "l'incubateur Zebox"). */
    "pousse", "biotech", "medtech", "fintech", "foodtech", "cleantech", "deeptech", "compétitivité",
    "incubateur", "accélérateur", "pôle",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Words that a person's name follows when it names the person's side,
 * not a body of that name ("le gouvernement Ayrault", "le camp Trump"),
 * or a venue or a street ("le stade Pierre-Mauroy", "cours Tolstoï"). */
static gboolean
is_named_for_person (const Doc *doc,
                     guint      i)
{
  static const char *words[] = {
    "gouvernement", "cabinet", "administration", "clan", "famille", "équipe", "camp", "stade", "salle",
    "cours", "rue", "avenue", "boulevard", "place", "quai", "allée", "impasse",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "Safaricom, the country's largest telecoms company, denied…", "BEUC,
 * l'organisation européenne des consommateurs, …": capitalized words the
 * tagger left out, then an apposition that ends with an organization's
 * head word, name an organization (not "Smith, the company's founder":
 * the head word must end the apposition). */
/* "Gestifute, the agency run by Jorge Mendes": what follows a body's
 * head word in an apposition. */
static gboolean
is_founding_participle (const Doc *doc,
                        guint      i)
{
  static const char *words[] = {
    "run", "owned", "founded", "led", "headed", "based", "controlled", "created",
    "dirigé", "dirigée", "fondé", "fondée", "basé", "basée", "créé", "créée", "présidé", "présidée",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

static void
add_appositive_organizations (Doc          *doc,
                              guint         base,
                              guint         len,
                              const guint8 *tags)
{
  static const char *english[] = { "the", "a", "an" };
  static const char *french[] = { "le", "la", "l'", "l\xe2\x80\x99", "un", "une" };

  for (guint k = 0; k + 3 < len; k++)
    {
      guint a = base + k;
      guint e, h;

      gboolean comma = FALSE;
      /* "Livestrong, the cancer charity he founded": a word alone that the
       * tagger took for a person, that no list knows as a name's. */
      /* Or for a place no list knows ("Hollr, the London start-up"). */
      gboolean lone = (tags[k] == LECTERN_TAG_B_PER ||
                       (tags[k] == LECTERN_TAG_B_LOC && !(tok_lex (doc, a) & LECTERN_LEX_PLACE))) &&
                      k + 1 < len && tok_is (doc, a + 1, ",") &&
                      !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME));

      if ((tags[k] != LECTERN_TAG_O && !lone) || !tok_starts_upper (doc, a) ||
          (k > 0 && tags[k - 1] == LECTERN_TAG_O && tok_starts_upper (doc, a - 1)))
        continue;
      /* A comma within five tokens, before the name's end is looked for. */
      for (guint j = k + 1; j < len && j <= k + 5 && !comma; j++)
        comma = tok_is (doc, base + j, ",");
      if (!comma)
        continue;
      e = lone ? k + 1 : untagged_name_end (doc, base, len, k, tags);
      /* "Halloween, a indiqué un porte-parole de la police": French "a"
       * is a verb. */
      /* "Nomura, Japan's largest brokerage": a country's possessive
       * opens it too. */
      if (e == k || e - k > 4 || e + 3 >= len || !tok_is (doc, base + e, ",") ||
          !(doc->lang == LANG_EN ? tok_is_any (doc, base + e + 1, english, G_N_ELEMENTS (english)) ||
                                     ((tok_lex (doc, base + e + 1) & LECTERN_LEX_REGION) &&
                                      tok_is_possessive (doc, base + e + 2))
                                 : tok_is_any (doc, base + e + 1, french, G_N_ELEMENTS (french))))
        continue;
      if (((tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) && (tok_lex (doc, a) & LECTERN_LEX_LOWER) && e == k + 1) ||
          span_has_lex (doc, a, base + e, LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_GEO | LECTERN_LEX_REGION))
        continue;
      /* A place may say where it works: "Nimbusline, a Manchester
       * cloud-hosting company"; its nationality too: "Paytrellis, the
       * Swedish payments group". */
      for (h = e + 2; h < len && h < e + 9; h++)
        if ((!(tok_flags (doc, base + h) & LECTERN_TOKEN_WORD) && !tok_is_possessive (doc, base + h)) ||
            (tok_starts_upper (doc, base + h) &&
             !(tok_lex (doc, base + h) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) &&
             !is_demonym (doc, base + h)) ||
            (tok_lex (doc, base + h) & LECTERN_LEX_ORG_HEAD) || is_organization_noun (doc, base + h))
          break;
      /* "telecoms company": head words may come in a row. */
      while (h + 2 < len && (tok_lex (doc, base + h) & LECTERN_LEX_ORG_HEAD) &&
             (tok_lex (doc, base + h + 1) & LECTERN_LEX_ORG_HEAD) && tok_starts_lower (doc, base + h + 1))
        h++;
      if (h + 1 < len && ((tok_lex (doc, base + h) & LECTERN_LEX_ORG_HEAD) || is_organization_noun (doc, base + h)) &&
          tok_starts_lower (doc, base + h) &&
          tok_len (doc, base + h) >= 4 &&
          !(tok_lex (doc, base + h) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) &&
          (tok_is (doc, base + h + 1, ",") || tok_is (doc, base + h + 1, ".") || tok_is (doc, base + h + 1, ")") ||
           tok_is (doc, base + h + 1, "which") || tok_is (doc, base + h + 1, "that") ||
           tok_is (doc, base + h + 1, "qui") || tok_is (doc, base + h + 1, "he") ||
           tok_is (doc, base + h + 1, "she") || tok_is (doc, base + h + 1, "they") ||
           tok_is (doc, base + h + 1, "behind") || is_founding_participle (doc, base + h + 1)))
        add_span (doc, a, base + e, VOTE_ORG, lone ? 3 : 2);
      k = e;
    }
}

/* "a Tasmanian forestry group, Huon Ridge Timber, and", "une société
 * lituanienne, NutriMax Baltic": a name the tagger read as a person's,
 * between commas after a noun phrase that ends with a word for a body,
 * names that body. The phrase opens with an article or a possessive
 * within five words, after a word for dealing with it. */
static void
add_organizations_after_body_nouns (Doc          *doc,
                                    guint         base,
                                    guint         len,
                                    const guint8 *tags)
{
  static const char *const openers[] = {
    "a", "an", "the", "its", "their", "his", "her", "un", "une", "le", "la", "l'", "l\xe2\x80\x99", "sa", "son", "leur",
  };
  static const char *const nouns[] = { "group", "company", "groupe", "société", "entreprise" };
  static const char *const dealt_with[] = { "with", "from", "by", "avec", "par" };

  for (guint k = 3; k + 1 < len; k++)
    {
      guint a = base + k;
      guint h = a - 2, e = k + 1, j;
      gboolean opened = FALSE;

      /* A place's name may be the firm's too ("Kallio Forest Works"). */
      if ((tags[k] != LECTERN_TAG_B_PER && tags[k] != LECTERN_TAG_B_LOC) || !tok_is (doc, a - 1, ","))
        continue;
      /* French puts an adjective after the noun ("société lituanienne"). */
      if (doc->lang == LANG_FR && h > base && is_french_adjective (doc, h))
        h--;
      if (!tok_starts_lower (doc, h) || tok_len (doc, h) < 4 || is_role_word (doc, h) ||
          (tok_lex (doc, h) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) ||
          !((tok_lex (doc, h) & LECTERN_LEX_ORG_HEAD) || is_organization_noun (doc, h) ||
            tok_is_any (doc, h, nouns, G_N_ELEMENTS (nouns))))
        continue;
      /* No link on the way: "a spokesman for the agency, Jack Dunstan"
       * names the spokesman. */
      for (j = h; j > base && j + 5 > h && !opened; j--)
        {
          opened = tok_is_any (doc, j - 1, openers, G_N_ELEMENTS (openers));
          if (!opened && (!(tok_flags (doc, j - 1) & LECTERN_TOKEN_WORD) || tok_is_connector (doc, j - 1) ||
                          (tok_lex (doc, j - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) ||
                          is_role_word (doc, j - 1)))
            break;
        }
      /* The phrase is what one deals with ("contracts with a … group",
       * "auprès d'une société"), not what someone speaks for ("Counsel
       * for the trust, Kirsty Hunt", "le directeur de l'opérateur"). */
      if (!opened || j < base + 1 ||
          !(tok_is_any (doc, j - 1, dealt_with, G_N_ELEMENTS (dealt_with)) ||
            (j > base + 1 && tok_is_elision (doc, j - 1) && tok_is (doc, j - 2, "auprès"))))
        continue;
      while (e < len && tags[e] == tags[k] + 1)
        e++;
      /* One word alone may be anyone's surname ("the firm, Jones said"),
       * or a place. */
      if (e >= len || (e == k + 1 && (tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME))) ||
          (tags[k] == LECTERN_TAG_B_LOC &&
           (e == k + 1 || (name_flags (doc, a, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))) ||
          !(tok_is (doc, base + e, ",") || tok_is (doc, base + e, ".") || tok_is (doc, base + e, "and") ||
            tok_is (doc, base + e, "et")))
        continue;
      add_span (doc, a, base + e, VOTE_ORG, 3);
      k = e;
    }
}

/* Nouns for the media that a name follows: "la télévision publique Télé
 * Sahel", "le quotidien régional Ouest-France". */
static gboolean
is_media_noun (const Doc *doc,
               guint      i)
{
  static const char *words[] = {
    "télévision", "radio", "chaîne", "quotidien", "hebdomadaire", "journal", "agence", "station",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* English words for a band, a label or a trade paper, that its name
 * follows: "the duo Mango Hex", "the label Dead Fern Tapes". */
static gboolean
is_ensemble_noun (const Doc *doc,
                  guint      i)
{
  static const char *words[] = {
    "band", "duo", "trio", "quartet", "quintet", "three-piece", "four-piece", "five-piece", "six-piece",
    "label", "imprint", "collective", "choir", "orchestra", "ensemble", "newsletter", "magazine",
    "tabloid", "consultancy", "streamer",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Whether token i, after a word for a firm, is a firm's name of one word
 * that a verb follows: "Boots said", "Unite will". */
static gboolean
is_body_after_noun (const Doc *doc,
                    guint      i)
{
  static const char *verbs[] = {
    "said", "says", "reported", "reports", "has", "had", "will", "would", "is", "was", "announced", "confirmed",
    "added", "declined", "denied", "warned",
  };

  return i + 1 < doc->n_tokens && tok_starts_upper (doc, i) && (tok_flags (doc, i) & LECTERN_TOKEN_WORD) &&
         tok_len (doc, i) >= 3 && !tok_is_caps_word (doc, i) &&
         !(tok_lex (doc, i) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE | LECTERN_LEX_GEO | LECTERN_LEX_REGION |
                               LECTERN_LEX_GIVEN_TOP)) &&
         !is_calendar_word (doc, i) && tok_is_any (doc, i + 1, verbs, G_N_ELEMENTS (verbs));
}

/* The end of the person-tagged name from `k` (relative to `base`), if the
 * clause ends there or a verb of saying follows; else 0. */
static guint
names_body_after_noun (const Doc    *doc,
                       guint         base,
                       guint         len,
                       guint         k,
                       const guint8 *tags)
{
  static const char *after[] = {
    ",", ".", ";", ":", ")", "said", "says", "reported", "reports", "quoted", "cited", "wrote", "has", "had",
  };
  guint e;

  for (e = k + 1; e < len && tags[e] == LECTERN_TAG_I_PER; e++)
    ;
  if (e >= len || !tok_is_any (doc, base + e, after, G_N_ELEMENTS (after)))
    return 0;

  return e;
}

/* Lower-case words that French names of courts and councils put between
 * their head and their seat: "tribunal administratif", "cour d'appel",
 * "chambre régionale des comptes", "conseil départemental". */
static gboolean
is_court_complement (const Doc *doc,
                     guint      i)
{
  static const char *const words[] = {
    "administratif", "administrative", "correctionnel", "judiciaire", "grande", "instance", "appel", "assises",
    "commerce", "comptes", "régionale", "régional", "départemental", "municipal", "général", "générale",
    "métropolitain", "prud'hommes", "prud\xe2\x80\x99hommes", "première", "militaire", "criminelle",
    "pénal", "pour", "enfants", "agglomération", "communes", "urbaine", "fédérale", "fédéral",
    "hospitalier", "universitaire", "européenne", "communal", "intercommunal",
    /* "le tribunal de grande instance hors classe de Dakar", "le tribunal
     * militaire de garnison de Bunia". */
    "hors", "classe", "garnison",
    /* Chambers and institutes: "la chambre de commerce et d'industrie du
     * Loiret", "l'institut médico-légal de Lyon". */
    "industrie", "métiers", "artisanat", "agriculture", "médico-légal",
    /* Police forces: "la police judiciaire de Rennes", "la brigade de
     * recherches de Bergerac", "la zone de police de Liège". */
    "nationale", "municipale", "cantonale", "police", "gendarmerie", "recherches", "central", "centrale",
    /* "le groupement de gendarmerie départementale du Gard". */
    "départementale",
    /* Belgium's and Luxembourg's labour courts: "le tribunal du travail
     * de Liège". */
    "travail",
    /* "la juridiction interrégionale spécialisée de Marseille", "la
     * direction interdépartementale de la police nationale du Gard". */
    "interrégionale", "interrégional", "spécialisée", "interdépartementale",
    /* "la communauté de brigades de Loches", "le comité des fêtes de
     * Saint-Hippolyte". */
    "brigades", "fêtes",
    /* "le tribunal des activités économiques de Lyon", as France's
     * commercial courts are named since 2025. */
    "activités", "économiques",
    /* "la chambre des notaires du Rhône", "la cave coopérative de
     * Tresserre", "l'amicale des locataires du Clos-Fleuri". */
    "notaires", "huissiers", "coopérative", "locataires", "riverains", "commerçants",
    /* "l'office de tourisme de Colmar", "le syndicat viticole de
     * Listrac-Médoc", "la coopérative vinicole de Vertus-Sézanne". */
    "tourisme", "viticole", "vinicole", "viticulteurs", "vignerons",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* "le tribunal administratif de Besançon", "la cour d'assises du Rhône",
 * "la chambre régionale des comptes de Bourgogne-Franche-Comté", "le
 * conseil régional des Pays de la Loire", "l'université d'Angers": a
 * court, a council or a school written in lower case is named by its
 * seat, a place the name table knows or the tagger tagged (a one-word
 * place the tagger took for a person too: "la cour d'appel de Douai").
 * Returns the end of the name, or 0. "Le conseil de Paris" may be
 * advice, so a council needs its adjective, and so do a centre and a
 * metropolis. */

static guint
lower_court_end (Doc          *doc,
                 guint         a,
                 guint         base,
                 guint         end,
                 const guint8 *tags)
{
  static const char *const heads[] = {
    "tribunal", "cour", "chambre", "parquet", "université", "cégep", "barreau", "commissariat", "gendarmerie",
    "préfecture", "rectorat",
    /* "le diocèse de Nantes", "l'archidiocèse de Lyon". */
    "diocèse", "archidiocèse",
    /* A gendarmerie's brigade is named by its commune ("la brigade de
     * Sigoulès", "la brigade de recherches de Bergerac"). */
    "brigade",
    /* "la Chambre | de commerce de Sherbrooke", which the tagger cut;
     * "la Ville de Roberval", the town's council ("la Communauté
     * d'agglomération du Val de Fensch" is a council's word). */
    "Chambre", "Ville",
  };
  /* Heads that need their adjective: "le centre hospitalier de
   * Saint-Nazaire", "la métropole européenne de Lille", "la police
   * judiciaire", "la zone de police de Liège". */
  gboolean force = tok_is (doc, a, "police") || tok_is (doc, a, "zone");
  gboolean council = force || tok_is (doc, a, "conseil") || tok_is (doc, a, "communauté") ||
                     tok_is (doc, a, "centre") || tok_is (doc, a, "métropole") || tok_is (doc, a, "section") ||
                     tok_is (doc, a, "institut") || tok_is (doc, a, "Communauté") || tok_is (doc, a, "groupement") ||
                     tok_is (doc, a, "juridiction") || tok_is (doc, a, "direction") ||
                     /* "la sûreté départementale de l'Hérault". */
                     tok_is (doc, a, "sûreté") || tok_is (doc, a, "comité") ||
                     /* "la cave coopérative de Tresserre", "l'association
                      * des locataires de Baziège". */
                     tok_is (doc, a, "cave") || tok_is (doc, a, "amicale") || tok_is (doc, a, "association") ||
                     tok_is (doc, a, "office") || tok_is (doc, a, "syndicat") || tok_is (doc, a, "coopérative");
  gboolean qualified = FALSE, seated;
  guint k = a + 1, p;

  /* "la préfecture de police (de Paris)": the capital's police, no
   * département's prefecture, which is named by its seat ("la préfecture
   * de la Guadeloupe", below). */
  if (tok_is (doc, a, "préfecture") && a + 2 < end && tok_is (doc, a + 1, "de") && tok_is (doc, a + 2, "police") &&
      tags[a + 2 - base] == LECTERN_TAG_O)
    {
      k = a + 3;
      if (k + 1 >= end || !tok_is (doc, k, "de") || !tok_is (doc, k + 1, "Paris"))
        return k;
      return k + 2;
    }
  /* "la police aux frontières", France's border police; "la présidence
   * de la République", a head of state's office. */
  if (tok_is (doc, a, "police") && a + 2 < end && tok_is (doc, a + 1, "aux") && tok_is (doc, a + 2, "frontières"))
    return a + 3;
  if (tok_is (doc, a, "présidence") && a + 3 < end && tok_is (doc, a + 1, "de") && tok_is (doc, a + 2, "la") &&
      tok_is (doc, a + 3, "République"))
    return a + 4;
  /* "la ligue Occitanie de rugby", "la ligue Auvergne-Rhône-Alpes": a
   * sport's regional league, named by its region. */
  if (tok_is (doc, a, "ligue") && a + 1 < end && tok_starts_upper (doc, a + 1) && !tok_is_acronym (doc, a + 1) &&
      ((tok_lex (doc, a + 1) & (LECTERN_LEX_REGION | LECTERN_LEX_GEO)) ||
       (memchr (tok_str (doc, a + 1), '-', tok_len (doc, a + 1)) != NULL &&
        tag_vote (tags[a + 1 - base]) != VOTE_PER)) &&
      !(a + 2 < end && tok_starts_upper (doc, a + 2) && (tok_flags (doc, a + 2) & LECTERN_TOKEN_WORD)))
    return a + 2 + 2 * (a + 3 < end && tok_is (doc, a + 2, "de") && tok_starts_lower (doc, a + 3) &&
                        (tok_flags (doc, a + 3) & LECTERN_TOKEN_WORD) &&
                        !(tok_lex (doc, a + 3) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)));
  if (!council && !tok_is_any (doc, a, heads, G_N_ELEMENTS (heads)))
    return 0;
  /* An office, a union or a cooperative only of tourism or of wine: "le
   * syndicat national des journalistes", "un syndicat de copropriété". */
  if ((tok_is (doc, a, "office") || tok_is (doc, a, "syndicat") || tok_is (doc, a, "coopérative")) &&
      !(a + 1 < end && (tok_is (doc, a + 1, "viticole") || tok_is (doc, a + 1, "vinicole"))) &&
      !(a + 2 < end && (tok_is (doc, a + 1, "de") || tok_is (doc, a + 1, "du") || tok_is (doc, a + 1, "des")) &&
        (tok_is (doc, a + 2, "tourisme") || tok_is (doc, a + 2, "viticulteurs") || tok_is (doc, a + 2, "vignerons"))))
    return 0;
  /* "sur le parquet de la Meilleraie": a court's floor. */
  if (tok_is (doc, a, "parquet") && a >= base + 2 && tok_is (doc, a - 2, "sur"))
    return 0;
  /* "dans la préfecture de Boké": a territory, in Guinea. */
  if (tok_is (doc, a, "préfecture") && a >= base + 2 && (tok_is (doc, a - 2, "dans") || tok_is (doc, a - 2, "toute")))
    return 0;
  for (guint words = 0; k < end && words < 5; words++)
    {
      /* The tagger may start a name at the complement ("centre |
       * hospitalier Paul-Martinais"). */
      if (is_court_complement (doc, k) &&
          (tags[k - base] == LECTERN_TAG_O ||
           (k == a + 1 && (tags[k - base] == LECTERN_TAG_B_ORG || tags[k - base] == LECTERN_TAG_B_LOC) &&
            tok_starts_lower (doc, k))))
        {
          qualified = TRUE;
          k++;
        }
      else if (k + 1 < end && tok_is_elision_de (doc, k) && is_court_complement (doc, k + 1) &&
               tags[k + 1 - base] == LECTERN_TAG_O)
        k++;
      else if (k + 1 < end && (tok_is (doc, k, "de") || tok_is (doc, k, "des") || tok_is (doc, k, "du")) &&
               is_court_complement (doc, k + 1) && tags[k + 1 - base] == LECTERN_TAG_O)
        k++;
      /* "de commerce | et d'industrie", "de recherches | de la
       * gendarmerie". */
      else if (k + 2 < end &&
               ((tok_is (doc, k, "et") &&
                 (tok_is (doc, k + 1, "de") || tok_is (doc, k + 1, "des") || tok_is_elision_de (doc, k + 1))) ||
                (tok_is (doc, k, "de") && (tok_is (doc, k + 1, "la") || tok_is (doc, k + 1, "l'") ||
                                           tok_is (doc, k + 1, "l\xe2\x80\x99")))) &&
               is_court_complement (doc, k + 2) && tags[k + 2 - base] == LECTERN_TAG_O)
        k += 2;
      /* "de métiers | et de l'artisanat". */
      else if (k + 3 < end && tok_is (doc, k, "et") && tok_is (doc, k + 1, "de") &&
               (tok_is (doc, k + 2, "la") || tok_is (doc, k + 2, "l'") || tok_is (doc, k + 2, "l\xe2\x80\x99")) &&
               is_court_complement (doc, k + 3) && tags[k + 3 - base] == LECTERN_TAG_O)
        k += 3;
      else
        break;
    }
  if (council && !qualified)
    return 0;
  /* "le parquet fédéral", "le parquet national": a country's prosecutor
   * needs no seat; its branch may follow ("le parquet national
   * antiterroriste", "financier", "anticriminalité organisée"). */
  if (tok_is (doc, a, "parquet") && a + 1 < end && tags[a + 1 - base] == LECTERN_TAG_O &&
      (tok_is (doc, a + 1, "fédéral") || tok_is (doc, a + 1, "national")) &&
      !(a + 2 < end && (tok_is (doc, a + 2, "de") || tok_is (doc, a + 2, "du") || tok_is_elision_de (doc, a + 2))))
    {
      if (a + 2 < end && tags[a + 2 - base] == LECTERN_TAG_O &&
          ((tok_len (doc, a + 2) >= 8 && strncmp (tok_str (doc, a + 2), "anti", 4) == 0) ||
           tok_is (doc, a + 2, "financier")))
        return MAX (k, a + 3 + (a + 3 < end && tok_is (doc, a + 3, "organisée")));
      return MAX (k, a + 2);
    }
  /* "la police judiciaire", "la gendarmerie nationale", "la police
   * fédérale belge": a country's force needs no seat either; a brigade
   * or a zone does. */
  /* "la brigade criminelle": Paris's, named by its trade alone. */
  if ((tok_is (doc, a, "police") || tok_is (doc, a, "gendarmerie") ||
       (tok_is (doc, a, "brigade") && k == a + 2 && tok_is (doc, a + 1, "criminelle"))) &&
      k > a + 1 && !tok_is (doc, k - 1, "police") && !tok_is (doc, k - 1, "gendarmerie") &&
      !(k < end && (tok_is (doc, k, "de") || tok_is (doc, k, "du") || tok_is_elision_de (doc, k))))
    return k;
  /* "la zone de police Bruxelles-Midi", "le centre hospitalier
   * Paul-Martinais": its name right after. */
  if ((tok_is (doc, a, "zone") || (tok_is (doc, a, "centre") && tok_is (doc, k - 1, "hospitalier"))) && qualified &&
      k < end && tok_starts_upper (doc, k) && !tok_is_acronym (doc, k))
    {
      guint q = k + 1;

      while (q < end && q < k + 3 && tok_starts_upper (doc, q) && (tok_flags (doc, q) & LECTERN_TOKEN_WORD))
        q++;
      return q;
    }
  /* "la communauté de communes Périgord Vert-Dronne", "la communauté de
   * communes du Pic Saint-Loup": a union of communes goes by the name of
   * its country, which no list knows, in capitalized words. */
  if (qualified && (tok_is (doc, a, "communauté") || tok_is (doc, a, "Communauté")) && k + 1 < end)
    {
      guint q = k;

      /* "de Puisaye-Forterre": a name after a bare "de" too. */
      if (tok_is (doc, q, "du") || tok_is (doc, q, "des") || tok_is_elision_de (doc, q) ||
          (tok_is (doc, q, "de") && q + 1 < end && tok_starts_upper (doc, q + 1)))
        q++;
      else if (tok_is (doc, q, "de") && q + 1 < end &&
               (tok_is (doc, q + 1, "la") || tok_is (doc, q + 1, "l'") || tok_is (doc, q + 1, "l\xe2\x80\x99")))
        q += 2;
      if (q < end && tok_starts_upper (doc, q) && (tok_flags (doc, q) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, q) &&
          tag_vote (tags[q - base]) != VOTE_PER)
        {
          static const char *const own[] = { "Communauté", "Métropole", "Agglomération", "Agglo" };
          guint r = q + 1;

          /* "Lesneven Côte | des Légendes", "Pays | de Saint-Omer": a
           * particle inside the name, before a capitalized word. */
          while (r < end && r < q + 10)
            if (tok_starts_upper (doc, r) && (tok_flags (doc, r) & LECTERN_TOKEN_WORD))
              r++;
            else if (r + 1 < end && (tok_is (doc, r, "de") || tok_is (doc, r, "des") || tok_is (doc, r, "du") ||
                                     tok_is_elision_de (doc, r)) &&
                     tok_starts_upper (doc, r + 1) && (tok_flags (doc, r + 1) & LECTERN_TOKEN_WORD) &&
                     !tok_is_acronym (doc, r + 1))
              r += 2;
            /* "Causses | et Vallée du Lot", "des Monts de Lacaune | et de
             * la Montagne": two countries joined. */
            else if (r + 1 < end && tok_is (doc, r, "et") && tok_starts_upper (doc, r + 1) &&
                     (tok_flags (doc, r + 1) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, r + 1))
              r += 2;
            else if (r + 3 < end && tok_is (doc, r, "et") && tok_is (doc, r + 1, "de") &&
                     (tok_is (doc, r + 2, "la") || tok_is (doc, r + 2, "l'") || tok_is (doc, r + 2, "l\xe2\x80\x99")) &&
                     tok_starts_upper (doc, r + 3) && (tok_flags (doc, r + 3) & LECTERN_TOKEN_WORD))
              r += 4;
            /* "des Plateaux | de la Seille". */
            else if (r + 2 < end && tok_is (doc, r, "de") &&
                     (tok_is (doc, r + 1, "la") || tok_is (doc, r + 1, "l'") || tok_is (doc, r + 1, "l\xe2\x80\x99")) &&
                     tok_starts_upper (doc, r + 2) && (tok_flags (doc, r + 2) & LECTERN_TOKEN_WORD) &&
                     !tok_is_acronym (doc, r + 2))
              r += 3;
            else
              break;
          /* Unless that name says what it is ("Loudéac Communauté
           * Bretagne Centre"): it stands alone. */
          for (guint i = q; i < r; i++)
            if (tok_is_any (doc, i, own, G_N_ELEMENTS (own)))
              return 0;
          return r;
        }
    }
  /* "la direction générale du Trésor", "de la Santé", "des Finances
   * publiques": a ministry's directorate is named by a capitalized noun
   * after an article (a company's management has none: "la direction
   * générale de Renault"). */
  if (qualified && tok_is (doc, a, "direction") && tok_is (doc, k - 1, "générale") && k + 2 < end)
    {
      guint q = k + 1;

      if (tok_is (doc, k, "de") && (tok_is (doc, q, "la") || tok_is (doc, q, "l'") || tok_is (doc, q, "l\xe2\x80\x99")))
        q++;
      else if (!tok_is (doc, k, "du") && !tok_is (doc, k, "des"))
        return 0;
      if (q < end && tok_starts_upper (doc, q) && (tok_flags (doc, q) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, q) &&
          tag_vote (tags[q - base]) != VOTE_ORG &&
          !(tok_lex (doc, q) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_KNOWN_ORG)))
        {
          q++;
          /* "de la Sécurité | intérieure", "des Finances | publiques". */
          while (q < end && tags[q - base] == LECTERN_TAG_O && is_french_adjective (doc, q))
            q++;
          return q;
        }
      return 0;
    }
  /* "l'association des locataires de Baziège", "l'amicale des
   * locataires du Clos-Fleuri": a tenants' or neighbours' society goes by
   * its town or its estate, which no list knows and the tagger may take
   * for a person. */
  if (qualified && (tok_is (doc, a, "association") || tok_is (doc, a, "amicale")) && k + 1 < end)
    {
      guint q = k;

      if (tok_is (doc, q, "du") || tok_is_elision_de (doc, q) || (tok_is (doc, q, "de") && tok_starts_upper (doc, q + 1)))
        q++;
      else if (tok_is (doc, q, "de") && q + 2 < end &&
               (tok_is (doc, q + 1, "la") || tok_is (doc, q + 1, "l'") || tok_is (doc, q + 1, "l\xe2\x80\x99")))
        q += 2;
      if (q > k && q < end && tok_starts_upper (doc, q) && (tok_flags (doc, q) & LECTERN_TOKEN_WORD) &&
          !tok_is_acronym (doc, q) && !(tok_lex (doc, q) & LECTERN_LEX_TITLE))
        {
          guint r = q + 1;

          while (r < end && r < q + 3 && tok_starts_upper (doc, r) && (tok_flags (doc, r) & LECTERN_TOKEN_WORD))
            r++;
          return r;
        }
      return 0;
    }
  /* The seat right after the name, as the tagger tagged it: "la chambre
   * régionale des comptes Hauts-de-France". */
  if (qualified && k < end && tags[k - base] == LECTERN_TAG_B_LOC)
    {
      guint q = k + 1;

      while (q < end && tags[q - base] == LECTERN_TAG_I_LOC)
        q++;
      return q;
    }
  /* "la chambre régionale des comptes nous demande": the region's
   * auditor, named by its remit alone. */
  if (qualified && (tok_is (doc, a, "chambre") || tok_is (doc, a, "Chambre")) && tok_is (doc, k - 1, "comptes") &&
      !(k + 1 < end && (tok_is_elision_de (doc, k) || tok_is (doc, k, "de") || tok_is (doc, k, "du"))))
    return k;
  if (k + 1 >= end ||
      !(tok_is_elision_de (doc, k) || tok_is (doc, k, "de") || tok_is (doc, k, "du") ||
        (tok_is (doc, k, "des") && qualified)))
    return 0;
  p = k + 1;
  /* "la cour d'assises de la Gironde". */
  if (tok_is (doc, k, "de") && p + 1 < end &&
      (tok_is (doc, p, "la") || tok_is (doc, p, "l'") || tok_is (doc, p, "l\xe2\x80\x99")))
    p++;
  if (!tok_starts_upper (doc, p) || tok_is_acronym (doc, p))
    return 0;
  /* "de La Réunion", "de La Rochelle", "du Havre" aside: a place's own
   * article, which the tagger may leave out of the place. */
  if (tok_is (doc, k, "de") && p == k + 1 &&
      (qualified ||
       !(council || tok_is (doc, a, "chambre") || tok_is (doc, a, "Chambre") || tok_is (doc, a, "cour"))) &&
      place_with_article_end (doc, p, base, end, tags) != 0)
    return p + 2;
  /* A place the tagger tagged, in one or more words: "des Pays de la Loire". */
  if (tags[p - base] == LECTERN_TAG_B_LOC)
    {
      guint q = p + 1;

      while (q < end && tags[q - base] == LECTERN_TAG_I_LOC)
        q++;
      return q;
    }
  /* A court, a prosecutor's office, a rectorate is named by its seat
   * alone; "la chambre de Marie", "la cour de la ferme" are rooms and
   * yards unless a word says which chamber or court ("la cour d'appel"). */
  seated = !council && (qualified || !(tok_is (doc, a, "chambre") || tok_is (doc, a, "Chambre") ||
                                       tok_is (doc, a, "cour")));
  /* A person or an organization only in one word, after a court ("la
   * cour d'appel de Douai", "le parquet d'Annecy": a surname or a first
   * name too) or that names a place. */
  /* "la section de recherches de Pau": a gendarmerie's unit is named by
   * its town, though a first name too. */
  if (tag_vote (tags[p - base]) == VOTE_PER || tag_vote (tags[p - base]) == VOTE_ORG)
    return (p + 1 < end && (tags[p + 1 - base] & 1) == 0 && tags[p + 1 - base] != LECTERN_TAG_O) ||
                   !(seated ||
                     (tok_lex (doc, p) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
                     is_commune_name (doc, p) ||
                     (qualified && (tok_is (doc, a, "section") || tok_is (doc, a, "groupement") ||
                                    tok_is (doc, a, "brigade") ||
                                    /* "la cave coopérative de Rauzan", a
                                     * village's. */
                                    tok_is (doc, a, "cave") || tok_is (doc, a, "coopérative"))))
               ? 0
               : p + 1;
  /* "du Hainaut", "du Var", "de Bonneville": after a court, one
   * capitalized word names its seat, its province or its département. */
  if (!((tok_lex (doc, p) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
        (memchr (tok_str (doc, p), '-', tok_len (doc, p)) != NULL && tok_len (doc, p) >= 8) ||
        /* A word no list knows: a small commune ("le comité des fêtes de
         * Lannédern"), not the body whose branch a direction is ("la
         * direction régionale de l'Insee"). */
        ((seated || (qualified && !tok_is (doc, a, "direction"))) && tags[p - base] == LECTERN_TAG_O &&
         tok_len (doc, p) >= 2 &&
         !(tok_lex (doc, p) & (LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_COMPANY)) &&
         !(p + 1 < end && tok_starts_upper (doc, p + 1)))))
    return 0;

  return p + 1;
}

/* Tags [k, e) of a sentence's tags as one organization; a span of the
 * tagger that went on after e starts there. */
static void
tag_organization (guint8 *tags,
                  guint   len,
                  guint   k,
                  guint   e)
{
  tags[k] = LECTERN_TAG_B_ORG;
  for (guint j = k + 1; j < e; j++)
    tags[j] = LECTERN_TAG_I_ORG;
  if (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0)
    tags[e]--;
}

/* Token k inside an organization's span becomes O, and the rest of the
 * span a span of its own that opens with `begin` (a B- tag); returns the
 * end of the span. */
static guint
split_organization_at (guint8 *tags,
                       guint   len,
                       guint   k,
                       guint8  begin)
{
  guint e = k + 1;

  tags[k] = LECTERN_TAG_O;
  if (e < len && tags[e] == LECTERN_TAG_I_ORG)
    for (tags[e++] = begin; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
      tags[e] = begin + 1;

  return e;
}

/* An adjective after a ministry's portfolio: "de la Transition
 * écologique". "des Productions vivrières", "du Développement durable":
 * adjectives in -ier and -able too, here only, where nouns so ending
 * seldom follow. */
static gboolean
is_portfolio_adjective (Doc  *doc,
                        guint p)
{
  static const char *const ier_endings[] = { "ière", "ières", "iers" };
  static const char *const able_endings[] = { "able", "ables", "ible", "ibles" };
  /* Others that no ending above tells. */
  static const char *const words[] = {
    "étrangères", "étrangère", "étranger", "étrangers", "civile", "civil", "humaines", "humain", "urbaines",
    "maritimes", "maritime", "religieuses", "religieux",
  };

  return is_french_adjective (doc, p) || tok_is_any (doc, p, words, G_N_ELEMENTS (words)) ||
         (tok_starts_lower (doc, p) && tok_len (doc, p) >= 7 &&
          (tok_ends_with_any (doc, p, ier_endings, G_N_ELEMENTS (ier_endings), 4) ||
           tok_ends_with_any (doc, p, able_endings, G_N_ELEMENTS (able_endings), 3)));
}

/* One portfolio of a French ministry from k: "de l'Agriculture", "des
 * Pêcheries", "de la Transition écologique", "de la Souveraineté
 * industrielle et numérique". Returns its end, or k. */
static guint
ministry_portfolio_end (Doc  *doc,
                        guint k,
                        guint end)
{
  guint p = k + 1;

  if (p >= end || !(tok_is (doc, k, "de") || tok_is (doc, k, "du") || tok_is (doc, k, "des") ||
                    tok_is_elision_de (doc, k)))
    return k;
  if (tok_is (doc, p, "la") || tok_is (doc, p, "l'") || tok_is (doc, p, "l\xe2\x80\x99"))
    p++;
  if (p >= end || !(tok_flags (doc, p) & LECTERN_TOKEN_WORD) || !tok_starts_upper (doc, p) ||
      tok_is_caps_word (doc, p) || (tok_lex (doc, p) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)))
    return k;
  /* "du ministère des Transports | et de l'Autorité nationale de
   * l'aviation civile": another body, no portfolio. */
  {
    static const char *const bodies[] = {
      "Autorité", "Agence", "Office", "Conseil", "Commission", "Caisse", "Société", "Institut", "Banque",
      "Direction", "Inspection",
    };

    if (tok_is_any (doc, p, bodies, G_N_ELEMENTS (bodies)))
      return k;
  }
  /* "de la Petite entreprise": an adjective first, then its noun. */
  if (p + 1 < end && tok_starts_lower (doc, p + 1) && tok_len (doc, p + 1) >= 4 &&
      (tok_is (doc, p, "Petite") || tok_is (doc, p, "Petites") || tok_is (doc, p, "Moyenne") ||
       tok_is (doc, p, "Grande") || tok_is (doc, p, "Haute") || tok_is (doc, p, "Nouvelle") ||
       tok_is (doc, p, "Nouvelles")) &&
      !(tok_lex (doc, p + 1) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
    p++;
  p++;
  while (p < end && is_portfolio_adjective (doc, p))
    p++;
  if (p + 1 < end && tok_is (doc, p, "et") && is_french_adjective (doc, p + 1))
    p += 2;
  /* "de la Réforme de l'administration", "de la Politique de la ville":
   * a complement in lower case. */
  if (p + 2 < end && tok_is (doc, p, "de") &&
      (tok_is (doc, p + 1, "l'") || tok_is (doc, p + 1, "l\xe2\x80\x99") || tok_is (doc, p + 1, "la")) &&
      tok_starts_lower (doc, p + 2) && tok_len (doc, p + 2) >= 5 &&
      !(tok_lex (doc, p + 2) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
    p += 3;
  /* "du Transfert de technologies", "de l'Accès universel aux soins",
   * "de l'Aménagement du territoire national". */
  else if (p + 1 < end && (tok_is (doc, p, "de") || tok_is (doc, p, "aux") || tok_is (doc, p, "du")) &&
           tok_starts_lower (doc, p + 1) &&
           tok_len (doc, p + 1) >= 5 && (tok_flags (doc, p + 1) & LECTERN_TOKEN_WORD) &&
           !(tok_lex (doc, p + 1) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) &&
           !is_french_adverb_noun (doc, p + 1) && !is_lower_calendar_word (doc, p + 1))
    {
      p += 2;
      while (p < end && is_portfolio_adjective (doc, p))
        p++;
    }
  /* "de la Cohésion des territoires": a plural complement. */
  if (p + 1 < end && tok_is (doc, p, "des") && tok_starts_lower (doc, p + 1) && tok_len (doc, p + 1) >= 5 &&
      strchr ("sx", tok_str (doc, p + 1)[tok_len (doc, p + 1) - 1]) != NULL &&
      !(tok_lex (doc, p + 1) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
    p += 2;

  return p;
}

/* Head words of Spanish, Portuguese, Italian, Dutch and German bodies
 * that English and French write as they are: "the Comisión Nacional del
 * Agua", "Banco do Brasil", "Banca Popolare di Sondrio". Spellings of those languages, but for "Tribunal", whose run
 * of capitalized words names a body in French too ("Tribunal de Commerce
 * de Paris"). */
static gboolean
is_iberian_head (const Doc *doc,
                 guint      i)
{
  static const char *const words[] = {
    "Comisión", "Secretaría", "Defensoría", "Fiscalía", "Procuraduría", "Contraloría", "Dirección", "Cámara",
    "Policía", "Ejército", "Alcaldía", "Gobernación", "Municipalidad", "Asamblea", "Junta", "Consejo",
    "Ministerio", "Instituto", "Organismo", "Autoridad", "Servicios", "Servicio", "Superintendencia", "Corte",
    "Universidad", "Banco", "Congreso", "Partido", "Sindicato", "Asociación", "Federación", "Confederación",
    "Fundación", "Sociedad", "Empresa", "Compañía", "Coordinadora", "Movimiento", "Unión", "Registro",
    "Gobierno", "Senado", "Agencia", "Oficina", "Grupo", "Petróleos", "Tribunal", "Juzgado", "Colegio",
    "Ministério", "Polícia", "Companhia", "Caixa", "Agência", "Conselho", "Fundação", "Universidade",
    "Secretaria", "Prefeitura", "Assembleia", "Procuradoria", "Defensoria", "Registraduría",
    /* Portuguese regulators and commissions ("Entidade Reguladora dos
     * Serviços Energéticos", "Comissão do Mercado de Valores
     * Mobiliários"), stock exchanges ("Bolsa de Comercio de Santiago"),
     * Spanish and Catalan local government ("Ayuntamiento de Granada",
     * "Diputación de Barcelona", "Fundació la Caixa"). Not Portuguese
     * associations and federations: never-seen stories lost by them. */
    "Entidade", "Comissão", "Autoridade", "Direção", "Bolsa", "Bolsas", "Ayuntamiento", "Ajuntament",
    "Diputación", "Consejería", "Conselleria", "Fundació", "Corporación",
    /* Newspapers named for their region ("Heraldo de Aragón", "Diario
     * de Navarra", "Jornal de Notícias"). */
    "Heraldo", "Diario", "Periódico", "Jornal",
    /* Fronts, cooperatives and citizens' groups ("Frente Guerrillero José
     * Antonio Galán", "Cooperativa Minera del Sur de Bolívar", "Acción
     * Ciudadana"). */
    "Frente", "Cooperativa", "Acción", "Ação", "Colectivo", "Coletivo",
    /* Italian ones ("Fondazione Cassa di Risparmio di Livorno", "Autorità
     * Garante della Concorrenza e del Mercato"). */
    "Fondazione", "Autorità", "Istituto", "Ministero", "Consiglio", "Agenzia", "Società", "Banca", "Cassa",
    "Camera", "Procura", "Regione", "Comune", "Università", "Azienda", "Polizia", "Tribunale", "Associazione",
    "Federazione", "Confederazione", "Sindacato", "Partito", "Movimento", "Ufficio",
    /* Dutch and German foundations, associations and councils
     * ("Stichting Schone Lucht IJmond", "Stiftung Warentest"). */
    "Stichting", "Vereniging", "Gemeente", "Stiftung", "Verband", "Bundesverband", "Gewerkschaft",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* The small words inside such names: "del", "de los", "y de", "al", "en
 * la", "do", "da", "e", "della", "dei". Returns how many tokens from i,
 * or 0. */
static guint
iberian_connector_length (const Doc *doc,
                          guint      i,
                          guint      end)
{
  static const char *const words[] = {
    "de", "del", "y", "e", "do", "da", "dos", "das", "para", "al", "en", "por", "contra",
    "di", "della", "dello", "delle", "dei", "degli", "per", "alla",
  };
  static const char *const determiners[] = { "la", "las", "los", "el" };
  guint n = 1;

  if (!tok_is_any (doc, i, words, G_N_ELEMENTS (words)))
    return 0;
  /* "Instituto Electoral y de Participación Ciudadana", "Comisión
   * Nacional de los Mercados y la Competencia". */
  if ((tok_is (doc, i, "y") || tok_is (doc, i, "e")) && i + 1 < end &&
      (tok_is (doc, i + 1, "de") || tok_is (doc, i + 1, "del") || tok_is (doc, i + 1, "da") ||
       tok_is (doc, i + 1, "do") ||
       (tok_is (doc, i, "y") && tok_is_any (doc, i + 1, determiners, G_N_ELEMENTS (determiners)))))
    n++;
  /* "de los Pobres", "en la Opción", "por los". */
  if ((tok_is (doc, i + n - 1, "de") || tok_is (doc, i + n - 1, "en") || tok_is (doc, i + n - 1, "por") ||
       tok_is (doc, i + n - 1, "contra")) &&
      i + n < end && tok_is_any (doc, i + n, determiners, G_N_ELEMENTS (determiners)))
    n++;

  return n;
}

/* "Hospital Universitario Dr. José Eleuterio González", "Hospital das
 * Clínicas": "Hospital", a word of those languages for both, heads a
 * Spanish or Portuguese name when one of their adjectives or small words
 * follows it. */
static gboolean
is_iberian_hospital (const Doc *doc,
                     guint      i,
                     guint      end)
{
  static const char *const adjectives[] = {
    "Universitario", "Universitário", "Nacional", "Regional", "Infantil", "Militar", "Metropolitano",
    "Materno", "Civil", "Geral",
  };

  return tok_len (doc, i) == 8 && i + 2 < end && tok_is (doc, i, "Hospital") &&
         (tok_is_any (doc, i + 1, adjectives, G_N_ELEMENTS (adjectives)) ||
          (iberian_connector_length (doc, i + 1, end) > 0 && !tok_is (doc, i + 1, "e")));
}

/* Welsh and Irish words for a school, a college, a hospital or a
 * university, which head names in those languages in English stories:
 * "Ysgol Gyfun Cwm Nedd", "Scoil Naomh Bréanainn", "Coláiste Eoin Mac
 * Néill". */
static gboolean
is_celtic_head (const Doc *doc,
                guint      i)
{
  static const char *const words[] = {
    "Ysgol", "Ysbyty", "Coleg", "Prifysgol", "Scoil", "Gaelscoil", "Gaelcholáiste", "Coláiste", "Ospidéal",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "the Comisión Nacional del Agua", "Servicios de Agua y Drenaje de
 * Monterrey", "Junta de Usuarios del Valle de Tambo": a Spanish or
 * Portuguese body's head word and the capitalized words and small words
 * after it are one organization, which the tagger, trained on English
 * and French, cuts or reads as places and people; so are a Welsh or
 * Irish school's. */
static void
mark_iberian_bodies (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k;
      guint e = k + 1, end = k + 1;

      if (tok_len (doc, a) < 4 || !g_ascii_isupper (*tok_str (doc, a)) ||
          !(is_iberian_head (doc, a) || is_iberian_hospital (doc, a, base + len) || is_celtic_head (doc, a)))
        continue;
      while (e < len && e < k + 12)
        {
          guint c = iberian_connector_length (doc, base + e, base + len);

          if (c > 0 && e + c < len && tok_starts_upper (doc, base + e + c) &&
              (tok_flags (doc, base + e + c) & LECTERN_TOKEN_WORD))
            e += c;
          else if (c > 0 || !tok_starts_upper (doc, base + e) || !(tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) ||
                   tok_is_article (doc, base + e))
            break;
          e++;
          end = e;
        }
      if (end < k + 2)
        continue;
      tag_organization (tags, len, k, end);
      k = end - 1;
    }
}

typedef guint (*PortfolioEnd) (Doc  *doc,
                               guint k,
                               guint end);

/* The end of the portfolios listed after one that ends at p, with commas
 * and a last "et" (", des Pêcheries et de l'Alimentation"), each told by
 * portfolio_end; each adds one to *items. */
static guint
portfolio_list_end (Doc          *doc,
                    guint         p,
                    guint         end,
                    PortfolioEnd  portfolio_end,
                    guint        *items)
{
  while (p + 1 < end && (tok_is (doc, p, ",") || tok_is (doc, p, "et")))
    {
      guint q = portfolio_end (doc, p + 1, end);
      gboolean last = tok_is (doc, p, "et");

      if (q == p + 1)
        break;
      (*items)++;
      p = q;
      if (last)
        break;
    }

  return p;
}

/* The nouns of ministries' portfolios as much of the French press writes
 * them, in lower case: "le ministère de la culture". */
static gboolean
is_lower_portfolio (const Doc *doc,
                    guint      i)
{
  static const char *const words[] = {
    "affaires", "défense", "armées", "culture", "santé", "justice", "intérieur", "économie", "finances",
    "budget", "éducation", "enseignement", "recherche", "agriculture", "environnement", "écologie",
    "transition", "travail", "emploi", "transports", "sports", "jeunesse", "tourisme", "industrie", "énergie",
    "commerce", "logement", "communication", "famille", "solidarités", "solidarité", "mer", "pêche", "pêches",
    "forêts", "mines", "pétrole", "hydrocarbures", "eau", "développement", "aménagement", "cohésion",
    "sécurité", "fonction", "réforme", "administration", "décentralisation", "planification", "plan",
    "coopération", "intégration", "numérique", "télécommunications", "postes", "information", "arts",
    "patrimoine", "femmes", "enfance", "action", "travaux", "infrastructures", "équipement", "urbanisme",
    "habitat", "ville", "immigration", "cultes", "francophonie", "élevage", "alimentation", "formation",
    "innovation", "sciences", "science", "climat", "biodiversité", "investissement", "investissements",
    "diaspora", "relations", "protection", "promotion", "gouvernance",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_starts_lower (doc, i) && tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* One portfolio in lower case from k: "de la défense", "des affaires
 * étrangères", "de l'enseignement supérieur". Returns its end, or k. */
static guint
lower_portfolio_end (Doc  *doc,
                     guint k,
                     guint end)
{
  guint p = k + 1;

  if (p >= end || !(tok_is (doc, k, "de") || tok_is (doc, k, "du") || tok_is (doc, k, "des")))
    return k;
  if (tok_is (doc, k, "de") && (tok_is (doc, p, "la") || tok_is (doc, p, "l'") || tok_is (doc, p, "l\xe2\x80\x99")))
    p++;
  if (p >= end || !is_lower_portfolio (doc, p))
    return k;
  for (p++; p < end && is_portfolio_adjective (doc, p); p++)
    ;

  return p;
}

/* "le ministère chinois des affaires étrangères", "le ministère de la
 * culture et de la communication": a ministry whose portfolios are in
 * lower case, as Le Monde writes them, is an organization, which the
 * tagger trained on capitals leaves out. Not "un ministère de la
 * culture", any such ministry. The end of its name from its head word at
 * a (in the sentence from base), or a. */
static guint
lower_ministry_end (Doc  *doc,
                    guint base,
                    guint a,
                    guint end)
{
  static const char *const generic[] = { "un", "Un", "chaque", "Chaque", "aucun", "Aucun", "nouveau" };
  guint p = a + 1, q, items = 1;

  if (a > base && tok_is_any (doc, a - 1, generic, G_N_ELEMENTS (generic)))
    return a;
  /* "le ministère russe de la défense". */
  if (tok_starts_lower (doc, p) && is_french_adjective (doc, p))
    p++;
  if ((q = lower_portfolio_end (doc, p, end)) == p)
    return a;

  return portfolio_list_end (doc, q, end, lower_portfolio_end, &items);
}

/* After "le ministère de la Santé publique", a word that does not go on
 * a phrase whose last word could be a verb instead ("le ministère de la
 * Santé indique que"): a sign, a conjunction, a preposition, an
 * auxiliary. Verbs that end like adjectives are never one. */
static gboolean
ends_portfolio_phrase (Doc  *doc,
                       guint p,
                       guint end)
{
  static const char *const verbs[] = {
    "indique", "explique", "critique", "applique", "implique", "revendique", "communique", "insiste", "existe",
    "persiste", "résiste", "assiste", "signale", "arrive", "appelle", "rappelle",
  };
  static const char *const next[] = {
    "a", "ont", "avait", "est", "sont", "était", "sera", "qui", "de", "du", "des", "et", "ou", "en", "pour",
    "dans", "sur", "à", "au", "aux", "avec", "par", "n'", "n\xe2\x80\x99", "ne", "va", "doit", "vient",
  };

  if (tok_is_any (doc, p - 1, verbs, G_N_ELEMENTS (verbs)))
    return FALSE;

  return p >= end || !(tok_flags (doc, p) & LECTERN_TOKEN_WORD) || tok_is_any (doc, p, next, G_N_ELEMENTS (next));
}

/* The first word of a parliament's standing committee's remit, which
 * names it without its parliament ("la commission des affaires
 * étrangères", "la commission du contrôle budgétaire"). */
static gboolean
is_standing_remit (const Doc *doc,
                   guint      i)
{
  static const char *const words[] = {
    "affaires", "finances", "lois", "culture", "contrôle", "environnement", "agriculture", "développement",
    "défense", "sécurité", "santé", "industrie", "transports", "emploi", "libertés", "pêche", "commerce",
    "budgets", "pétitions", "économie", "aménagement", "éducation", "justice", "transparence",
    /* Capitalized as some parliaments write them ("la commission des
     * Finances et du Budget", "des Lois"). */
    "Affaires", "Finances", "Lois", "Budget", "Défense", "Santé", "Économie", "Justice", "Culture",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* An adjective of a committee's remit: a ministry's ones, plurals in
 * -elles and participles ("constitutionnelles", "des forces armées"). */
static gboolean
is_remit_adjective (Doc  *doc,
                    guint i)
{
  static const char *const endings[] = { "elles", "ées", "és" };

  return is_portfolio_adjective (doc, i) || tok_ends_with_any (doc, i, endings, G_N_ELEMENTS (endings), 3);
}

/* The end of a standing committee's remit from its first word r: nouns
 * in lower case with their adjectives, joined by "et" or a comma and
 * "de" ("des affaires étrangères, de la défense et des forces armées",
 * "du contrôle budgétaire"). Returns r when it names nothing. */
static guint
remit_end (Doc  *doc,
           guint r,
           guint end)
{
  guint e = r + 1;

  for (;;)
    {
      guint q;

      while (e < end && tok_starts_lower (doc, e) && is_remit_adjective (doc, e))
        e++;
      q = e;
      /* "économiques | et monétaires". */
      if (q + 1 < end && e > r + 1 && tok_is (doc, q, "et") && tok_starts_lower (doc, q + 1) &&
          is_remit_adjective (doc, q + 1))
        {
          e = q + 1;
          continue;
        }
      if (q < end && (tok_is (doc, q, "et") || tok_is (doc, q, ",")))
        q++;
      else
        break;
      if (q < end && (tok_is (doc, q, "de") || tok_is (doc, q, "du") || tok_is (doc, q, "des") ||
                      tok_is_elision_de (doc, q)))
        q++;
      else
        break;
      if (q < end && tok_is_article (doc, q) && tok_starts_lower (doc, q))
        q++;
      /* A capitalized remit goes on capitalized ("des Finances | et du
       * Budget"). */
      if (q >= end || !(tok_flags (doc, q) & LECTERN_TOKEN_WORD) ||
          (tok_starts_lower (doc, r) ? !tok_starts_lower (doc, q)
                                     : !tok_starts_upper (doc, q) || tok_is_acronym (doc, q) ||
                                         (tok_lex (doc, q) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION))) ||
          (tok_lex (doc, q) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
        break;
      e = q + 1;
    }

  return e;
}

/* "la commission des lois du CNT", "la commission des sanctions de
 * l'Autorité des marchés financiers", "la commission de la sécurité
 * nationale et de la politique étrangère du Majlis": a standing
 * commission in lower case, its remit, and the body it belongs to are one
 * organization. Its end from the token a of "commission", or a; not
 * without the body ("la commission du personnel"), but for a standing
 * committee's remit (is_standing_remit). */
static guint
french_commission_end (Doc          *doc,
                       guint         base,
                       guint         len,
                       const guint8 *tags,
                       guint         a)
{
  guint end = base + len;
  guint p = a + 1, words = 0, standing = 0;

  if (p + 3 >= end || tags[a - base] != LECTERN_TAG_O || !tok_is (doc, a, "commission"))
    return a;
  /* "la commission Mobilité du Parlement de la Région de
   * Bruxelles-Capitale": a remit of one capitalized common word, which
   * the tagger read with the body as one name. */
  if (tags[p - base] == LECTERN_TAG_B_ORG && tok_starts_upper (doc, p) && !tok_is_acronym (doc, p) &&
      ((tok_lex (doc, p) & LECTERN_LEX_LOWER) || tok_lex (doc, p) == 0) &&
      !(tok_lex (doc, p) & LECTERN_LEX_ORG_HEAD) && tok_is_connector (doc, p + 1))
    {
      guint q = p + 1;
      gboolean body = FALSE;

      for (; q < end && tags[q - base] == LECTERN_TAG_I_ORG; q++)
        body |= (tok_lex (doc, q) & LECTERN_LEX_ORG_HEAD) && tok_starts_upper (doc, q);
      return body ? q : a;
    }
  for (; p + 1 < end && p < a + 14; p++)
    {
      guint q = p + 1;

      if (tok_is_connector (doc, p))
        {
          if (q < end && tok_is_article (doc, q) && tok_starts_lower (doc, q))
            q++;
          /* The body: the tagger's organization, or an acronym. */
          if (words > 0 && q < end && tok_starts_upper (doc, q) &&
              (tags[q - base] == LECTERN_TAG_B_ORG || (tags[q - base] == LECTERN_TAG_O && tok_is_acronym (doc, q))))
            {
              guint body = q;

              for (q++; q < end && tags[q - base] == LECTERN_TAG_I_ORG; q++)
                ;
              /* "de l'Assemblée | nationale", "de la Ligue sénégalaise | de
               * football professionnel". */
              if (q < end && tags[q - base] == LECTERN_TAG_O && (tok_lex (doc, q - 1) & LECTERN_LEX_ORG_HEAD) &&
                  is_french_adjective (doc, q))
                q++;
              return extend_french_name (doc, body, q, base, end, tags, FALSE);
            }
          continue;
        }
      if (tok_is_article (doc, p) || tok_is (doc, p, "et"))
        continue;
      /* Inquiries, disciplinary and appeal boards are set up for a case,
       * and seldom named as bodies of their own. */
      /* A capitalized remit is a common word ("la commission des
       * Finances de la Chambre des députés"). */
      if (!(tok_starts_lower (doc, p) ||
            ((tok_lex (doc, p) & LECTERN_LEX_LOWER) &&
             !(tok_lex (doc, p) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_REGION)))) ||
          !(tok_flags (doc, p) & LECTERN_TOKEN_WORD) || tags[p - base] != LECTERN_TAG_O ||
          (words == 0 && (tok_is (doc, p, "enquête") || tok_is (doc, p, "discipline") || tok_is (doc, p, "appel"))))
        return standing != 0 ? remit_end (doc, standing, end) : a;
      if (words == 0 && is_standing_remit (doc, p))
        standing = p;
      words++;
    }

  return standing != 0 ? remit_end (doc, standing, end) : a;
}

/* "le ministère de l'Agriculture, des Pêcheries et de l'Alimentation du
 * Québec", "ministère de l'Enseignement supérieur, de la Recherche et de
 * l'Innovation": a French ministry of several portfolios, listed with
 * commas and "et", is one organization, which the tagger cuts at the
 * first comma; so is one of a single portfolio whose last words are in
 * lower case ("de la Santé publique"), which it cuts before them, and one
 * whose portfolios are all in lower case (lower_ministry_end). */
static void
mark_french_ministries (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  static const char *const heads[] = { "ministère", "Ministère", "Département", "Secrétariat", "secrétariat" };
  guint end = base + len;

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 3 < len; k++)
    {
      guint a = base + k;
      guint p, items = 1;

      /* Their length and first letter first: most tokens fail those. */
      if (tok_len (doc, a) < 10 || strchr ("mMDSsc", *tok_str (doc, a)) == NULL)
        continue;
      if (*tok_str (doc, a) == 'c')
        {
          if ((p = french_commission_end (doc, base, len, tags, a)) > a)
            {
              tag_organization (tags, len, k, p - base);
              k = p - base - 1;
            }
          continue;
        }
      if (!tok_is_any (doc, a, heads, G_N_ELEMENTS (heads)))
        continue;
      if ((p = ministry_portfolio_end (doc, a + 1, end)) == a + 1)
        {
          /* "ministère" is 10 bytes. The tagger's longer name stays. */
          if (tok_len (doc, a) != 10 || (p = lower_ministry_end (doc, base, a, end)) == a ||
              (p < end && tags[p - base] == LECTERN_TAG_I_ORG && tag_vote (tags[k]) == VOTE_ORG))
            continue;
          tag_organization (tags, len, k, p - base);
          k = p - base - 1;
          continue;
        }
      p = portfolio_list_end (doc, p, end, ministry_portfolio_end, &items);
      /* One portfolio: the tagger's name stays, but where it saw nothing
       * at a "ministère" the ministry of one capitalized word is named all
       * the same ("au ministère de l'Éducation un pouvoir", "le ministère
       * d'État"); not a minister's ("le ministère de Frédérique Vidal"). */
      if (items < 2 && !(tok_starts_lower (doc, p - 1) && ends_portfolio_phrase (doc, p, end)) &&
          !(tok_len (doc, a) == 10 && tags[k] == LECTERN_TAG_O && p == a + 3 + !tok_is_elision_de (doc, a + 1) &&
            !(tok_lex (doc, p - 1) & LECTERN_LEX_GIVEN)))
        continue;
      /* The government's seat: "du Québec". */
      if (p + 1 < end && (tok_is (doc, p, "du") || tok_is (doc, p, "de")) && tok_starts_upper (doc, p + 1) &&
          (tok_lex (doc, p + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) &&
          !(p + 2 < end && tok_starts_upper (doc, p + 2)))
        p += 2;
      tag_organization (tags, len, k, p - base);
      k = p - base;
    }
}

/* The end of a place's name at j (in the sentence from base): the
 * tagger's, or a listed place's one word. Returns j if none starts
 * there. */
static guint
place_name_end (Doc          *doc,
                guint         base,
                guint         len,
                const guint8 *tags,
                guint         j)
{
  guint e = j + 1;

  if (j >= len)
    return j;
  if (tags[j] == LECTERN_TAG_B_LOC)
    {
      while (e < len && tags[e] == LECTERN_TAG_I_LOC)
        e++;
      return e;
    }
  if (tok_starts_upper (doc, base + j) &&
      (tok_lex (doc, base + j) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
    return e;

  return j;
}

/* The token after a French "de", "du", "des", "d'", "de la" or "de l'"
 * at i (before `end`), where a name follows it; or 0. */
static guint
after_french_de (const Doc *doc,
                 guint      i,
                 guint      end)
{
  if (i + 1 >= end)
    return 0;
  if (tok_is (doc, i, "de") && (tok_is (doc, i + 1, "la") || tok_is_elision (doc, i + 1)))
    return i + 2;
  if (tok_is (doc, i, "de") || tok_is (doc, i, "du") || tok_is (doc, i, "des") || tok_is_elision_de (doc, i))
    return i + 1;

  return 0;
}

/* The end of the site that names a clinic after "de", "du", "des", "de
 * la" or "d'" at e (in the sentence from base): one to three capitalized
 * words, one span of the tagger's or none, before no other capital; or 0. */
static guint
care_site_end (Doc          *doc,
               guint         base,
               guint         len,
               const guint8 *tags,
               guint         e)
{
  guint s;

  if (e + 1 >= len || tags[e] != LECTERN_TAG_O || (s = after_french_de (doc, base + e, base + len)) == 0)
    return 0;
  s -= base;
  e = s;
  if (s >= len || tags[s - 1] != LECTERN_TAG_O || (tok_lex (doc, base + s) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR)))
    return 0;
  while (e < len && e < s + 3 && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
         !tok_is_acronym (doc, base + e) && (e == s || tags[e] == LECTERN_TAG_O || (tags[e] & 1) == 0))
    e++;
  if (e == s || (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0) ||
      (e < len && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD)))
    return 0;

  return e;
}

/* "les élèves du collège Ibn Battouta", "le centre hospitalier
 * Delafontaine", "l'hôpital Laquintinie de Douala", "la mairie
 * d'Abomey-Calavi": a French school, hospital or town hall is named with
 * its word in lower case, which the tagger leaves out of the name after
 * it (and reads that name as a person's or a place's). The word and the
 * name, and the town after "de", are one organization: its start and end
 * from token k (in the sentence from base), if there is one. */
static gboolean
french_school_span (Doc          *doc,
                    guint         base,
                    guint         len,
                    const guint8 *tags,
                    guint         k,
                    guint        *start,
                    guint        *end)
{
  static const char *const words[] = {
    "lycée", "collège", "école", "hôpital", "clinique", "université", "conservatoire", "hospitalier",
    "polyclinique",
  };
  static const char *const ofs[] = { "de", "d'", "d\xe2\x80\x99", "du" };
  static const char *const levels[] = {
    "élémentaire", "maternelle", "primaire", "professionnel", "agricole", "polyvalent", "technique",
    "maritime", "hôtelier", "horticole", "privé", "public", "international", "catholique", "militaire",
    "technologique",
  };
  guint a = base + k;
  guint e = k + 1, p;
  guint32 n = tok_len (doc, a);

  /* The words' lengths in bytes ("école" 6, "hôpital" 8, "université" 11, "polyclinique" 12,
   * "conservatoire" 13): most tokens fail those. */
  if (tags[k] != LECTERN_TAG_O || (n != 6 && n != 8 && n != 11 && n != 12 && n != 13) ||
      (tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0))
    return FALSE;
  if (tok_is (doc, a, "mairie"))
    {
      /* Its town: "la mairie de Port-au-Prince". */
      if (e + 1 >= len || !tok_is_any (doc, base + e, ofs, G_N_ELEMENTS (ofs)) ||
          (p = place_name_end (doc, base, len, tags, e + 1)) == e + 1 || (p < len && tags[p] != LECTERN_TAG_O))
        return FALSE;
      *start = k;
      *end = p;
      return TRUE;
    }
  if (!tok_is_any (doc, a, words, G_N_ELEMENTS (words)) ||
      (tok_is (doc, a, "hospitalier") && (k == 0 || !tok_is (doc, a - 1, "centre") || tags[k - 1] != LECTERN_TAG_O)))
    return FALSE;
  /* "la clinique du Pic-Saint-Loup", "la polyclinique de l'Erdre": a
   * clinic named by its place or its site after "de", whatever the
   * tagger made of the name. Not a hospital: "l'hôpital de" names a
   * town's as often as a body. */
  if ((tok_is (doc, a, "clinique") || tok_is (doc, a, "polyclinique")) &&
      (p = care_site_end (doc, base, len, tags, e)) != 0)
    {
      *start = k;
      *end = p;
      return TRUE;
    }
  /* The level or kind of the school before its name ("l'école
   * élémentaire Jules-Ferry", "le lycée professionnel du Sidobre",
   * "l'école maternelle Les Tilleuls"), where a name follows. */
  if (e + 1 < len && tags[e] == LECTERN_TAG_O && tok_is_any (doc, base + e, levels, G_N_ELEMENTS (levels)))
    {
      p = e + 1;
      if (p + 1 < len && tags[p] == LECTERN_TAG_O && (tok_is (doc, base + p, "du") || tok_is (doc, base + p, "de")) &&
          tok_starts_upper (doc, base + p + 1) && !tok_is_acronym (doc, base + p + 1))
        p++;
      if (!tok_starts_upper (doc, base + p) || !(tok_flags (doc, base + p) & LECTERN_TOKEN_WORD) ||
          (tags[p] != LECTERN_TAG_O && (tags[p] & 1) == 0))
        return FALSE;
      /* "Les Tilleuls": the name's own article. */
      if (tags[p] == LECTERN_TAG_O && tok_is_article (doc, base + p) && p + 1 < len && tok_starts_upper (doc, base + p + 1) &&
          tags[p + 1] == LECTERN_TAG_O)
        {
          p += 2;
          while (p < len && tags[p] == LECTERN_TAG_O && tok_starts_upper (doc, base + p) &&
                 (tok_flags (doc, base + p) & LECTERN_TOKEN_WORD))
            p++;
          *start = k;
          *end = p;
          return TRUE;
        }
      e = p;
    }
  /* Its trade before the name: "le lycée des métiers Jules-Ferry" (not an
   * adjective, which may describe a school that is named no further). */
  p = e;
  if (p + 2 < len && tags[p] == LECTERN_TAG_O && tags[p + 1] == LECTERN_TAG_O &&
      (tok_is (doc, base + p, "des") || tok_is (doc, base + p, "de")) && tok_starts_lower (doc, base + p + 1) &&
      tok_len (doc, base + p + 1) >= 4 && !(tok_lex (doc, base + p + 1) & LECTERN_LEX_STOP_FR))
    p += 2;
  if (p > e && p < len && tok_starts_upper (doc, base + p) && (tags[p] == LECTERN_TAG_O || (tags[p] & 1) != 0))
    e = p;
  /* The name: the tagger's, or capitalized words it left out. */
  if (tags[e] != LECTERN_TAG_O)
    {
      guint8 inside = tags[e] + 1;

      for (e++; e < len && tags[e] == inside; e++)
        ;
    }
  else
    while (e < len && tags[e] == LECTERN_TAG_O && tok_starts_upper (doc, base + e) &&
           (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, base + e) &&
           !(tok_lex (doc, base + e) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)))
      e++;
  if (e == k + 1 || (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 1))
    return FALSE;
  if (e + 1 < len && tok_is_any (doc, base + e, ofs, G_N_ELEMENTS (ofs)) &&
      (p = place_name_end (doc, base, len, tags, e + 1)) > e + 1 && (p == len || tags[p] == LECTERN_TAG_O))
    e = p;
  /* "la Haute école de gestion Arc", Swiss and Belgian colleges. */
  *start = tok_is (doc, a, "hospitalier") ||
                   (k > 0 && tags[k - 1] == LECTERN_TAG_O && tok_is (doc, a - 1, "Haute") && tok_is (doc, a, "école"))
             ? k - 1
             : k;
  *end = e;

  return TRUE;
}

/* "l'Université Joseph Ki-Zerbo", "le CHU Joseph Raseta Befelatanana",
 * "le Centre national de presse Norbert Zongo", "Radio Don Bosco": a
 * capitalized head of an institution and the person it is named after,
 * which the tagger reads as two names or as the person alone. Its end
 * from token k (in the sentence from base), or k. */
static guint
named_institution_end (Doc          *doc,
                       guint         base,
                       guint         len,
                       const guint8 *tags,
                       guint         k)
{
  static const char *const heads[] = {
    "Université", "Centre", "CHU", "CHR", "Hôpital", "Clinique", "Lycée", "Collège", "École", "Institut",
    "Fondation", "Radio", "Conservatoire", "Athénée",
  };
  guint e = k + 1, f;

  if (!tok_starts_upper (doc, base + k) || tags[k] == LECTERN_TAG_I_ORG || tags[k] == LECTERN_TAG_I_PER ||
      !tok_is_any (doc, base + k, heads, G_N_ELEMENTS (heads)))
    return k;
  /* A head the tagger left out at the start of a sentence, the person
   * right after it ("Radio | Don Bosco a lancé"). */
  if (tags[k] == LECTERN_TAG_O && (k > 0 || tags[e] != LECTERN_TAG_B_PER))
    return k;
  if (tags[k] == LECTERN_TAG_B_PER)
    {
      /* The tagger took the whole for the person: three words at least. */
      for (f = e; f < len && tags[f] == LECTERN_TAG_I_PER; f++)
        ;
      return f >= k + 3 && !tok_is_first_name (doc, base + k) ? f : k;
    }
  /* Its adjectives, and a complement of one noun ("national | de
   * presse"). */
  while (e < len && (tags[e] == LECTERN_TAG_I_ORG || tags[e] == LECTERN_TAG_O) &&
         (is_french_adjective (doc, base + e) || tok_is (doc, base + e, "hospitalier")))
    e++;
  if (e + 2 < len && tags[e] == LECTERN_TAG_O && tags[e + 1] == LECTERN_TAG_O && tok_starts_lower (doc, base + e + 1) &&
      (tok_is (doc, base + e, "de") || tok_is (doc, base + e, "des") || tok_is (doc, base + e, "du")) &&
      tok_len (doc, base + e + 1) >= 4 && !(tok_lex (doc, base + e + 1) & LECTERN_LEX_STOP_FR))
    e += 2;
  if (e >= len || tags[e] != LECTERN_TAG_B_PER)
    return k;
  for (f = e + 1; f < len && tags[f] == LECTERN_TAG_I_PER; f++)
    ;
  /* A person's whole name: two words, or one joined by a hyphen. */
  if (f == e + 1 && memchr (tok_str (doc, base + e), '-', tok_len (doc, base + e)) == NULL)
    return k;

  return f;
}

/* "l'ambassade de Chine en France", "le consulat général de France à
 * Genève": a country's mission abroad, and the city or country where it
 * sits, is an organization. Its end from token k (in the sentence from
 * base), or k. */
static guint
french_mission_end (Doc          *doc,
                    guint         base,
                    guint         len,
                    const guint8 *tags,
                    guint         k)
{
  static const char *const heads[] = { "ambassade", "Ambassade", "consulat", "Consulat" };
  static const char *const ofs[] = { "de", "d'", "d\xe2\x80\x99", "du", "des" };
  static const char *const ins[] = { "en", "à", "au", "aux" };
  guint a = base + k;
  guint e = k + 1, p;

  if (k + 2 >= len || (tok_len (doc, a) != 8 && tok_len (doc, a) != 9) || strchr ("aAcC", *tok_str (doc, a)) == NULL ||
      !tok_is_any (doc, a, heads, G_N_ELEMENTS (heads)))
    return k;
  if (tok_is (doc, base + e, "général") || tok_is (doc, base + e, "générale"))
    e++;
  /* "l'ambassade de la République tchèque", "… de la République
   * démocratique du Congo": a republic and its adjective, maybe its
   * country's name. */
  if (e + 3 < len && tok_is (doc, base + e, "de") && tok_is (doc, base + e + 1, "la") &&
      tok_is (doc, base + e + 2, "République") && tok_starts_lower (doc, base + e + 3) &&
      (tok_flags (doc, base + e + 3) & LECTERN_TOKEN_WORD) && !(tok_lex (doc, base + e + 3) & LECTERN_LEX_STOP_FR))
    {
      e += 4;
      if (e + 1 < len && (tok_is (doc, base + e, "du") || tok_is (doc, base + e, "de")) &&
          (p = place_name_end (doc, base, len, tags, e + 1)) > e + 1)
        e = p;
    }
  else if (e + 1 >= len || !tok_is_any (doc, base + e, ofs, G_N_ELEMENTS (ofs)) ||
           (p = place_name_end (doc, base, len, tags, e + 1)) == e + 1)
    return k;
  else
    e = p;
  if (e + 1 < len && tok_is_any (doc, base + e, ins, G_N_ELEMENTS (ins)) &&
      (p = place_name_end (doc, base, len, tags, e + 1)) > e + 1)
    e = p;

  return e;
}

/* "l'équipe de France", "l'équipe du Maroc": a country's national team
 * is an organization. Its end from token k (in the sentence from base),
 * or k. */
static guint
national_team_end (Doc          *doc,
                   guint         base,
                   guint         len,
                   const guint8 *tags,
                   guint         k)
{
  static const char *const ofs[] = { "de", "d'", "d\xe2\x80\x99", "du", "des" };
  guint a = base + k, p;

  if (k == 0 || k + 2 >= len || !tok_is (doc, a, "équipe") ||
      !(tok_is (doc, a - 1, "l'") || tok_is (doc, a - 1, "l\xe2\x80\x99")) ||
      !tok_is_any (doc, a + 1, ofs, G_N_ELEMENTS (ofs)) || !(tok_lex (doc, a + 2) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
      (p = place_name_end (doc, base, len, tags, k + 2)) == k + 2)
    return k;

  return p;
}

/* French missions, schools, hospitals and town halls, named with a word
 * in lower case (french_mission_end, french_school_span), institutions
 * named after a person and national teams, in one walk of the sentence. */
static void
mark_french_missions_and_schools (Doc    *doc,
                                  guint   base,
                                  guint   len,
                                  guint8 *tags)
{
  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 1 < len; k++)
    {
      guint32 n = tok_len (doc, base + k);
      guint s, e;

      /* The head words' lengths in bytes, and for the short ones their
       * first byte ("CHU", "Radio", "équipe"): most tokens fail those. */
      if (n != 3 && n != 5 && n != 6 && n != 7 && n != 8 && n != 9 && n != 11 && n != 12 && n != 13)
        continue;
      if (n == 7)
        {
          if ((guchar) *tok_str (doc, base + k) != 0xc3 || (e = national_team_end (doc, base, len, tags, k)) == k)
            continue;
          s = k;
        }
      else if ((n == 3 || n == 5) && !g_ascii_isupper (*tok_str (doc, base + k)))
        continue;
      else if ((e = named_institution_end (doc, base, len, tags, k)) > k)
        s = k;
      else if (n == 3 || n == 5)
        continue;
      else if ((e = french_mission_end (doc, base, len, tags, k)) > k)
        s = k;
      else if (!french_school_span (doc, base, len, tags, k, &s, &e))
        continue;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* "le GAEC des Trois Chênes", "la SCIC Bocage Énergie 61", "l'EARL du
 * Moulin Neuf": a French farm or firm named by its legal form, a link,
 * its capitalized words and perhaps its département's number. The
 * tagger reads the words as a person or a place, and some of the forms
 * as first names (EARL, CUMA). */
static void
mark_french_legal_form_firms (Doc    *doc,
                              guint   base,
                              guint   len,
                              guint8 *tags)
{
  static const char *forms[] = {
    "GAEC", "Gaec", "EARL", "Earl", "SCEA", "SCI", "SCIC", "Scic", "SCOP", "Scop", "SARL", "Sarl", "SAS",
    "EURL", "CUMA", "Cuma", "SICA", "GIE", "SNC",
  };
  static guint64 form_hashes[G_N_ELEMENTS (forms)];
  static gsize forms_ready = 0;
  static const char *const before[] = {
    "le", "la", "l'", "l\xe2\x80\x99", "du", "de", "d'", "d\xe2\x80\x99", "au", "une", "un", "sa", "son", "leur",
    "Le", "La", "L'", "L\xe2\x80\x99",
  };
  static const char *const capitalized_articles[] = { "Les", "Le", "La", "L'", "L\xe2\x80\x99" };

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint j = k + 1, e;

      if (tok_len (doc, a) < 3 || tok_len (doc, a) > 4 || !g_ascii_isupper (*tok_str (doc, a)) ||
          tags[k] == LECTERN_TAG_I_ORG || !tok_in_list (doc, a, forms, G_N_ELEMENTS (forms), form_hashes, &forms_ready) ||
          !tok_is_any (doc, a - 1, before, G_N_ELEMENTS (before)))
        continue;
      if (j + 1 < len && (tok_is (doc, base + j, "du") || tok_is (doc, base + j, "des") ||
                          tok_is (doc, base + j, "d'") || tok_is (doc, base + j, "d\xe2\x80\x99")))
        j++;
      else if (j + 2 < len && tok_is (doc, base + j, "de") &&
               (tok_is (doc, base + j + 1, "la") || tok_is (doc, base + j + 1, "l'") ||
                tok_is (doc, base + j + 1, "l\xe2\x80\x99")))
        j += 2;
      else if (j + 1 < len && tok_is_any (doc, base + j, capitalized_articles, G_N_ELEMENTS (capitalized_articles)))
        j++;
      for (e = j; e < len && e < j + 4 && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
                  tok_starts_upper (doc, base + e) && !(tok_lex (doc, base + e) & LECTERN_LEX_STOP_FR);
           e++)
        ;
      if (e == j)
        continue;
      if (e < len && is_departement_number (doc, base + e))
        e++;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* Whether the n bytes at s are a French union's letters ("CGT", "FO",
 * "Unsa"), whose sections and federations are named after them. */
static gboolean
is_french_union_letters (const char *s,
                         gsize       n)
{
  /* France's, Belgium's and Quebec's. */
  static const char *const unions[] = {
    "CGT", "CFDT", "FO", "SUD", "Unsa", "UNSA", "FSU", "CFTC", "CGC", "FGTB", "CSC", "CGSLB", "CSN", "FTQ", "CSQ",
  };

  for (guint u = 0; u < G_N_ELEMENTS (unions); u++)
    if (strlen (unions[u]) == n && memcmp (s, unions[u], n) == 0)
      return TRUE;

  return FALSE;
}

/* "FO Transports et Logistique", "FO Énergie et Mines": a French
 * union's federation named by its trades in capitals over "et", which
 * the tagger ends at the first trade. */
static void
mark_union_federations (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  const guint32 not_a_trade = LECTERN_LEX_GIVEN | LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                              LECTERN_LEX_STOP_FR | LECTERN_LEX_KNOWN_ORG;
  static const char *const union_trades[] = {
    "Justice", "Police", "Santé", "Cheminots", "Métaux", "Finances", "Douanes", "Intérieur", "Territoriaux",
    "Éducation", "Enseignement", "Culture", "Chimie", "Commerce", "Construction", "Transports",
    "Banques", "Cadres", "Retraités", "Pénitentiaire", "Défense", "Poste", "Rail", "Aérien", "Agriculture",
  };

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 1 < len; k++)
    {
      guint j = k + 1, e;

      if (tok_len (doc, base + k) > 4 || !g_ascii_isupper (*tok_str (doc, base + k)) ||
          (tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_ORG) || !tok_starts_upper (doc, base + k + 1) ||
          !is_french_union_letters (tok_str (doc, base + k), tok_len (doc, base + k)))
        continue;
      while (j < len && j < k + 3 && (tok_flags (doc, base + j) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + j) &&
             !(tok_lex (doc, base + j) & not_a_trade))
        j++;
      /* "secrétaire local de FO Justice", "la CFDT Cheminots": one
       * trade of the public services' unions, and the name ends. */
      if (k + 2 <= len && tok_is_any (doc, base + k + 1, union_trades, G_N_ELEMENTS (union_trades)) &&
          (tags[k + 1] == LECTERN_TAG_O || tags[k + 1] == LECTERN_TAG_I_ORG) &&
          (k + 2 == len || !(tok_flags (doc, base + k + 2) & LECTERN_TOKEN_WORD) ||
           (tok_starts_lower (doc, base + k + 2) && !tok_is (doc, base + k + 2, "et"))))
        {
          tag_organization (tags, len, k, k + 2);
          k++;
          continue;
        }
      if (j == k + 1 || j + 1 >= len || !tok_is (doc, base + j, "et"))
        continue;
      for (e = j + 1; e < len && e < j + 3 && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
                      tok_starts_upper (doc, base + e) && !(tok_lex (doc, base + e) & not_a_trade);
           e++)
        ;
      if (e == j + 1 || (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e)))
        continue;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* Whether token i is a common first name, or one joined to another by a
 * hyphen ("Pieter-Jan", "Jean-Marc"): a rarer first name before "de" is
 * as often a word of a title ("Clair de Lune"). */
static gboolean
is_first_name_word (Doc  *doc,
                    guint i)
{
  const char *s = tok_str (doc, i);
  const char *dash = memchr (s, '-', tok_len (doc, i));

  if (tok_lex (doc, i) & LECTERN_LEX_GIVEN_TOP)
    return TRUE;

  return dash != NULL && dash > s &&
         (lectern_lexicon_lookup (doc->lexicon, lectern_ner_lower_hash (s, dash - s, doc->scratch)) &
          LECTERN_LEX_GIVEN);
}

/* "Pieter-Jan | de | Wolff", "Dirk | van | Houten": a first name, a
 * particle in lower case and the surname the tagger tagged alone are one
 * person. */
static void
join_names_over_particles (Doc    *doc,
                           guint   base,
                           guint   len,
                           guint8 *tags)
{
  static const char *const particles[] = { "de", "van", "von", "da", "di", "del", "der", "den", "ter", "ten" };

  for (guint k = 2; k < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_B_PER || tags[k - 1] != LECTERN_TAG_O ||
          (k + 1 < len && tags[k + 1] == LECTERN_TAG_I_PER) ||
          !tok_is_any (doc, a - 1, particles, G_N_ELEMENTS (particles)) ||
          (tags[k - 2] != LECTERN_TAG_O && tags[k - 2] != LECTERN_TAG_B_MISC) || !tok_starts_upper (doc, a - 2) ||
          tok_starts_clause (doc, a - 2) ||
          (tok_lex (doc, a - 2) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_TITLE | LECTERN_LEX_ORG_HEAD)) ||
          !is_first_name_word (doc, a - 2))
        continue;
      tags[k - 2] = LECTERN_TAG_B_PER;
      tags[k - 1] = tags[k] = LECTERN_TAG_I_PER;
    }
  /* "François Villeroy | de | Galhau": a person's name the tagger saw,
   * then a particle and one word it left out or took for a place, that
   * no list places. */
  for (guint k = 3; k < len; k++)
    {
      guint a = base + k, s = k - 2;

      if (tags[k - 2] != LECTERN_TAG_I_PER || tags[k - 1] != LECTERN_TAG_O ||
          (tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_LOC) || !tok_is (doc, a - 1, "de") ||
          !tok_starts_upper (doc, a) ||
          !(tok_flags (doc, a) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, a) ||
          (k + 1 < len && (tags[k + 1] != LECTERN_TAG_O || tok_starts_upper (doc, a + 1))) ||
          (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_TITLE |
                               LECTERN_LEX_ORG_HEAD | LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN |
                               LECTERN_LEX_LOWER)) ||
          tok_is_town (doc, a) || is_commune_name (doc, a) || is_calendar_word (doc, a))
        continue;
      while (s > 0 && tags[s] == LECTERN_TAG_I_PER)
        s--;
      if (tags[s] != LECTERN_TAG_B_PER || !is_first_name_word (doc, base + s))
        continue;
      tags[k - 1] = tags[k] = LECTERN_TAG_I_PER;
    }
}

/* "l'Ivoirien Konan Brou-Aké", "le Camerounais Greg Belobo": a
 * nationality after an article, then a name, is a person so described;
 * the tagger reads the run as a body's name. */
static void
retype_people_after_nationalities (Doc    *doc,
                                   guint   base,
                                   guint   len,
                                   guint8 *tags)
{
  const guint32 a_body = LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_COMPANY;

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint e = k + 1;
      gboolean person = TRUE;

      if (tags[k] != LECTERN_TAG_B_ORG || tags[k + 1] != LECTERN_TAG_I_ORG || !tok_is_article (doc, a - 1) ||
          !is_demonym (doc, a))
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      for (guint j = k + 1; j < e && person; j++)
        person = (tok_flags (doc, base + j) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + j) &&
                 !(tok_lex (doc, base + j) & a_body) && !is_company_word (doc, base + j);
      if (!person || e - k > 4)
        continue;
      e = split_organization_at (tags, len, k, LECTERN_TAG_B_PER);
      /* "le Malien Sidi | Mohamed Ag Inaha": the rest of the name the
       * tagger began anew. */
      if (e < len && tags[e] == LECTERN_TAG_B_PER)
        for (tags[e++] = LECTERN_TAG_I_PER; e < len && tags[e] == LECTERN_TAG_I_PER; e++)
          ;
      k = e - 1;
    }
}

/* "l'université Alger 3", "l'université Paris-VIII": a university
 * numbered after its town, which the tagger ends at the town. */
static void
extend_numbered_universities (Doc    *doc,
                              guint   base,
                              guint   len,
                              guint8 *tags)
{
  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 2 < len; k++)
    {
      guint e = k + 1;
      const char *s;

      if (tags[k] != LECTERN_TAG_B_ORG || (*tok_str (doc, base + k) != 'u' && *tok_str (doc, base + k) != 'U') ||
          !(tok_is (doc, base + k, "université") || tok_is (doc, base + k, "Université")))
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      if (e == k + 1 || e >= len || tags[e] != LECTERN_TAG_O || tok_len (doc, base + e) > 2)
        continue;
      s = tok_str (doc, base + e);
      if (!g_ascii_isdigit (s[0]) || (tok_len (doc, base + e) == 2 && !g_ascii_isdigit (s[1])) ||
          (tok_flags (doc, base + e) & LECTERN_TOKEN_SPACE_BEFORE) == 0)
        continue;
      tags[e] = LECTERN_TAG_I_ORG;
      k = e;
    }
}

/* "Amplitude FM", "Capital FM": a radio named by a word and its band,
 * which the tagger leaves out. */
static void
mark_fm_stations (Doc    *doc,
                  guint   base,
                  guint   len,
                  guint8 *tags)
{
  for (guint k = 1; k < len; k++)
    {
      guint s = k;

      if (tags[k] != LECTERN_TAG_O || tok_len (doc, base + k) != 2 || *tok_str (doc, base + k) != 'F' ||
          !tok_is (doc, base + k, "FM") ||
          (k + 1 < len && (tok_flags (doc, base + k + 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + k + 1)))
        continue;
      while (s > 0 && s + 2 > k && tags[s - 1] == LECTERN_TAG_O && tok_starts_upper (doc, base + s - 1) &&
             (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) && !tok_is_article (doc, base + s - 1) &&
             !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) &&
             !tok_starts_clause (doc, base + s - 1))
        s--;
      if (s < k)
        tag_organization (tags, len, s, k + 1);
    }
}

/* "Interrogé par Le Parisien", "dans les colonnes de La Meuse", "a
 * déclaré au Progrès": in French, the capitalized name after words for
 * asking or telling the press names a newspaper or a broadcaster, which
 * the tagger leaves out or reads as a place; not a person ("contacté par
 * Marie Dupont"). */
static void
mark_outlets_after_press_cues (Doc    *doc,
                               guint   base,
                               guint   len,
                               guint8 *tags)
{
  static const char *const asked[] = {
    "sollicité", "sollicitée", "sollicités", "sollicitées", "contacté", "contactée", "contactés", "contactées",
    "interrogé", "interrogée", "interrogés", "interrogées", "joint", "jointe", "joints", "jointes",
    "Sollicité", "Sollicitée", "Contacté", "Contactée", "Interrogé", "Interrogée", "Joint", "Jointe",
  };
  static const char *const told[] = {
    "déclaré", "confié", "indiqué", "expliqué", "raconté", "assuré", "affirmé", "précisé",
  };
  static const char *const titles[] = { "Le", "La", "L'", "L\xe2\x80\x99", "Les" };

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 2; k + 1 < len; k++)
    {
      guint a = base + k;
      guint s = k + 1, e, v;
      gboolean cued;

      /* A short word before a capital first: most tokens fail on it. */
      if (tok_len (doc, a) > 3 || !tok_starts_upper (doc, a + 1) || tags[k + 1] == LECTERN_TAG_B_PER ||
          tags[k + 1] == LECTERN_TAG_B_ORG)
        continue;
      /* "a déclaré en mars au Progrès". */
      v = k >= 3 && tok_is (doc, a - 2, "en") ? a - 3 : a - 1;
      /* By the link's first byte, then the word before it. */
      switch ((guchar) *tok_str (doc, a))
        {
        case 'p':
          cued = tok_is (doc, a, "par") && tok_is_any (doc, a - 1, asked, G_N_ELEMENTS (asked));
          break;
        case 'd':
          cued = (tok_is (doc, a, "de") || tok_is (doc, a, "du")) && tok_is (doc, a - 1, "colonnes");
          break;
        case 'a':
        case 0xc3:
          cued = (tok_is (doc, a, "\xc3\xa0") || tok_is (doc, a, "au")) && tok_is_any (doc, v, told, G_N_ELEMENTS (told));
          break;
        default:
          cued = FALSE;
        }
      if (!cued)
        continue;
      if (tok_is (doc, a, "au") && tok_is_any (doc, base + s, titles, G_N_ELEMENTS (titles)))
        continue;
      e = s + (s + 1 < len && tok_is_any (doc, base + s, titles, G_N_ELEMENTS (titles)));
      if (!tok_starts_upper (doc, base + e) || !(tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) ||
          (tok_lex (doc, base + e) & (LECTERN_LEX_GIVEN | LECTERN_LEX_TITLE)) || tok_is_acronym (doc, base + e))
        continue;
      while (e < len && e < s + 4 && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e))
        e++;
      if (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e))
        continue;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* "le lycée Charlemagne", "au lycée du Parc": a school's word in lower
 * case opens no person's name nor a place's; the tagger's span from it
 * is the school. */
static void
retype_school_spans (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  static const char *const schools[] = { "lycée", "collège", "école" };

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 1 < len; k++)
    {
      guint e = k + 1;

      if ((tags[k] != LECTERN_TAG_B_PER && tags[k] != LECTERN_TAG_B_LOC) || tags[k + 1] != tags[k] + 1 ||
          !tok_is_any (doc, base + k, schools, G_N_ELEMENTS (schools)))
        continue;
      while (e < len && tags[e] == tags[k] + 1)
        e++;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* "chez Cristal Union | à Villers-Faucon": a French body's name ends
 * before "à" and the town it works in, which the tagger may run into it;
 * an embassy or a consulate is named by its town ("l'ambassade de
 * France à Pékin"). */
static void
split_seats_after_a (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  static const char *const posts[] = {
    "ambassade", "Ambassade", "consulat", "Consulat", "mission", "Mission", "représentation", "Représentation",
    "délégation", "Délégation",
  };

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 1; k + 1 < len; k++)
    {
      guint s = k - 1;

      if (tags[k] != LECTERN_TAG_I_ORG || tags[k + 1] != LECTERN_TAG_I_ORG || !tok_is (doc, base + k, "\xc3\xa0") ||
          !tok_starts_upper (doc, base + k + 1))
        continue;
      while (s > 0 && tags[s] == LECTERN_TAG_I_ORG)
        s--;
      if (tags[s] != LECTERN_TAG_B_ORG || k - s < 2)
        continue;
      for (guint j = s; j < k && s != G_MAXUINT; j++)
        if (tok_is_any (doc, base + j, posts, G_N_ELEMENTS (posts)))
          s = G_MAXUINT;
      if (s == G_MAXUINT)
        continue;
      k = split_organization_at (tags, len, k, LECTERN_TAG_B_LOC) - 1;
    }
}

/* "Marcher Hospitals | NHS | Trust", "Hollinsfield and Marton NHS
 * Foundation Trust": an English health trust is named by the capitalized
 * words before "NHS (Foundation) Trust", with possessives and "and",
 * which the tagger cuts; and "Pancreatic Cancer UK": a charity named by
 * its cause and the country's letters, which the tagger reads as a place
 * after words. */
static void
mark_nhs_trusts_and_uk_charities (Doc    *doc,
                                  guint   base,
                                  guint   len,
                                  guint8 *tags)
{
  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;
      guint e = k + 1, s = k;
      gboolean nhs = tok_len (doc, a) == 3 && tok_is (doc, a, "NHS");

      if (nhs)
        {
          if (e < len && tok_is (doc, base + e, "Foundation"))
            e++;
          if (e >= len || !tok_is (doc, base + e, "Trust"))
            continue;
          e++;
        }
      else if (!(tok_len (doc, a) == 2 && tok_is (doc, a, "UK")) ||
               (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e)))
        continue;
      /* Back over the capitalized words, possessives and "and". */
      while (s > 0)
        {
          guint b = base + s - 1;

          if ((tok_flags (doc, b) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, b) && !tok_is_article (doc, b) &&
              !(tok_lex (doc, b) & LECTERN_LEX_STOP_EN) && tags[s - 1] != LECTERN_TAG_I_PER)
            s--;
          /* A trust's possessives and "and" ("Women's and Children's");
           * a charity's possessive would split its name. */
          else if (s >= 2 && nhs && tok_is_possessive (doc, b) && tok_starts_upper (doc, b - 1))
            s--;
          else if (s >= 2 && nhs && (tok_is (doc, b, "and") || tok_is (doc, b, "&")) &&
                   (tok_starts_upper (doc, b - 1) || tok_is_possessive (doc, b - 1)))
            s--;
          else
            break;
          if (tok_flags (doc, base + s) & LECTERN_TOKEN_SENTENCE_START)
            break;
        }
      /* Two words or more before "UK", one or more before "NHS"; no
       * "and" first. */
      if (s == k || (!nhs && s + 2 > k) || !tok_starts_upper (doc, base + s))
        continue;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* "Congress MP Supriya Nair": a party, a member's seat and the member,
 * which the tagger reads as one body, are a body and a person. */
static void
split_members_from_parties (Doc    *doc,
                            guint   base,
                            guint   len,
                            guint8 *tags)
{
  static const char *const seats[] = { "MP", "MSP", "MLA", "TD", "MEP", "MPP", "MNA" };

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k + 1 < len; k++)
    {
      if (tags[k] != LECTERN_TAG_I_ORG || tags[k + 1] != LECTERN_TAG_I_ORG || tok_len (doc, base + k) > 3 ||
          !tok_is_any (doc, base + k, seats, G_N_ELEMENTS (seats)) || !tok_starts_upper (doc, base + k + 1) ||
          !(tok_flags (doc, base + k + 1) & LECTERN_TOKEN_WORD))
        continue;
      k = split_organization_at (tags, len, k, LECTERN_TAG_B_PER) - 1;
    }
}

/* "Morgan Stanley | MUFG Securities": a firm's name of two words or
 * more, then a partner's letters and a word that ends companies' names,
 * with nothing between, are one joint firm, which the tagger and the
 * lists tag as two. "HSBC | Global Asset Management": a listed firm's
 * letters and the words of its arm, which the tagger leaves out, are
 * one name. */
static void
join_joint_firms (Doc    *doc,
                  guint   base,
                  guint   len,
                  guint8 *tags)
{
  /* One walk: both names start at a body's acronym the tagger began. */
  for (guint k = 0; k + 2 < len; k++)
    {
      guint s = k, e = k + 1;

      if (tags[k] != LECTERN_TAG_B_ORG || !tok_is_acronym (doc, base + k))
        continue;
      if (tags[k + 1] == LECTERN_TAG_O)
        {
          /* "HSBC | Global Asset Management". */
          if (known_organization (doc, base + k, base + k + 1) == 0)
            continue;
          while (e < len && e < k + 4 && tags[e] == LECTERN_TAG_O && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
                 tok_starts_upper (doc, base + e) && !tok_starts_clause (doc, base + e))
            e++;
          if (e > k + 1 && is_company_word (doc, base + e - 1) &&
              !(e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e)))
            {
              tag_organization (tags, len, k, e);
              k = e - 1;
            }
          continue;
        }
      /* "Morgan Stanley | MUFG Securities". */
      if (k < 2 || tags[k - 1] != LECTERN_TAG_I_ORG || tok_len (doc, base + k) < 3)
        continue;
      while (s > 0 && tags[s - 1] == LECTERN_TAG_I_ORG)
        s--;
      if (s > 0)
        s--;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      if (tags[s] != LECTERN_TAG_B_ORG || e < k + 2 || e - s > 8 || !is_company_word (doc, base + e - 1) ||
          tok_is_acronym (doc, base + k - 1))
        continue;
      tags[k] = LECTERN_TAG_I_ORG;
      k = e - 1;
    }
}

static gboolean
is_side_word (Doc  *doc,
              guint i)
{
  static const char *const sides[] = { "Northern", "Southern", "Eastern", "Western", "Central", "Middle" };

  return tok_is_any (doc, i, sides, G_N_ELEMENTS (sides));
}

static gboolean
is_french_compass_word (const Doc *doc,
                        guint      i)
{
  static const char *const words[] = {
    "Nord", "Sud", "Est", "Ouest", "Nord-Est", "Nord-Ouest", "Sud-Est", "Sud-Ouest",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* A body's branch named by its region: "the ACLU of Northern
 * California", "Greenpeace of Brazil" (a listed body, "of" and a place
 * the tagger tagged); "l'Urssaf Pays de la Loire", "l'AUT Île-de-France",
 * "le CIC Ouest" (in French, after an article, a listed body or letters
 * no list knows as anything else, then a listed region or a point of the
 * compass). The tagger tags the place alone, or runs the body into it. */
static void
extend_branches_to_regions (Doc    *doc,
                            guint   base,
                            guint   len,
                            guint8 *tags)
{
  const guint32 not_a_body = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_TITLE |
                             LECTERN_LEX_GIVEN;

  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint p, e;
      gboolean compass;

      if (doc->lang == LANG_EN)
        {
          guint s = k - 1;

          /* The tags first: most tokens fail on them. */
          if (tags[k + 1] != LECTERN_TAG_B_LOC || (tags[k - 1] != LECTERN_TAG_B_ORG && tags[k - 1] != LECTERN_TAG_I_ORG) ||
              tags[k] != LECTERN_TAG_O || !tok_is (doc, a, "of"))
            continue;
          while (s > 0 && tags[s] == LECTERN_TAG_I_ORG)
            s--;
          for (e = k + 2; e < len && tags[e] == LECTERN_TAG_I_LOC; e++)
            ;
          /* A country or a region, perhaps with its point of the compass
           * ("the Argus Leader of Sioux Falls" is a town's paper). */
          p = k + 1 + (e > k + 2 && is_side_word (doc, a + 1));
          if (k - s > 3 || !(name_flags (doc, base + p, base + e) & LECTERN_LEX_REGION) ||
              known_organization (doc, base + s, a) == 0 ||
              (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e)))
            continue;
          tag_organization (tags, len, s, e);
          k = e - 1;
          continue;
        }
      p = k + 1;
      compass = tags[k] == LECTERN_TAG_B_ORG && tags[p] == LECTERN_TAG_O && tok_starts_upper (doc, base + p) &&
                doc->lang == LANG_FR && is_french_compass_word (doc, base + p);
      if (doc->lang != LANG_FR || (tags[k] != LECTERN_TAG_B_LOC && tags[p] != LECTERN_TAG_B_LOC && !compass) ||
          (tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_ORG && tags[k] != LECTERN_TAG_B_LOC) ||
          !tok_starts_upper (doc, a) || !tok_is_article (doc, a - 1) || (tok_lex (doc, a) & not_a_body) ||
          !((tok_is_acronym (doc, a) && tok_len (doc, a) >= 3) || known_organization (doc, a, a + 1) != 0))
        continue;
      /* "le CIC Est", "le Crédit Agricole Nord Est": a point of the
       * compass, or two. */
      if (compass)
        e = p + 1 + (p + 1 < len && tags[p + 1] == LECTERN_TAG_O && is_french_compass_word (doc, base + p + 1));
      else
        for (e = p + 1; e < len && tags[e] == LECTERN_TAG_I_LOC; e++)
          ;
      /* A region, or a region's word the name table tags as a place
       * ("l'Urssaf Normandie"). */
      if (!(compass || (name_flags (doc, base + p, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) ==
                         (LECTERN_LEX_GEO | LECTERN_LEX_REGION) ||
            (e == p + 1 && (tok_lex (doc, base + p) & LECTERN_LEX_PLACE))) ||
          (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e)))
        continue;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* "l'Union sportive Mirande-Astarac", "l'Entente sportive de
 * Nouzonville", "l'Entente sportive Vallée de l'Oise": a French club is
 * named by a word of fellowship, an adjective of its sport in lower case
 * and its town, which the tagger cuts apart. */
static void
mark_french_clubs (Doc    *doc,
                   guint   base,
                   guint   len,
                   guint8 *tags)
{
  static const char *const fellowships[] = {
    "Union", "Entente", "Association", "Étoile", "Avenir", "Jeunesse", "Cercle", "Espérance", "Amicale", "Stade",
    "Racing", "Sporting", "Football", "Rugby",
  };
  static const char *const sports[] = {
    "sportive", "sportif", "athlétique", "olympique", "laïque", "nautique", "cycliste", "club",
  };

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k;
      guint e = k + 2, n = 0;
      char c = *tok_str (doc, a + 1);

      /* A capital, then a word in lower case that starts as a sport's
       * adjective does: most tokens fail that. */
      if (!(c == 's' || c == 'a' || c == 'o' || c == 'l' || c == 'n' || c == 'c') || !tok_starts_upper (doc, a) ||
          !tok_is_any (doc, a, fellowships, G_N_ELEMENTS (fellowships)) ||
          !tok_is_any (doc, a + 1, sports, G_N_ELEMENTS (sports)))
        continue;
      if (is_de_link (doc, base + e) && !tok_is (doc, base + e, "des"))
        e++;
      /* The town, maybe with its own links ("Vallée de l'Oise"). */
      while (e < len && n < 6)
        {
          guint link = 0;

          if ((tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e) &&
              !tok_is_article (doc, base + e))
            {
              e++, n++;
              continue;
            }
          if (n > 0 && e + 1 < len && is_de_link (doc, base + e))
            link = complement_link_length (doc, base + e, base + len);
          if (link == 0 || e + link >= len || !tok_starts_upper (doc, base + e + link))
            break;
          e += link;
        }
      if (n == 0)
        continue;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* "the Christian Democrats", "the Social Democrats", "the Sweden
 * Democrats": a party named by its members in two words, which
 * mark_party_plurals() leaves out for "Democrats" alone; the tagger takes
 * "Christian" for a first name. */
static void
mark_democrat_parties (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  static const char *const firsts[] = { "Social", "Christian", "Liberal", "Free", "Radical", "Sweden" };

  for (guint k = 2; k < len; k++)
    {
      guint a = base + k;

      /* The cheap tests first: this runs over every token. */
      if (tok_len (doc, a) != 9 || *tok_str (doc, a) != 'D' || !tok_is (doc, a, "Democrats"))
        continue;
      if (!(tok_is_any (doc, a - 1, firsts, G_N_ELEMENTS (firsts)) || is_demonym_of (doc, a - 1, FALSE)) ||
          ((tok_flags (doc, a - 2) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, a - 2) &&
           !tok_is_article (doc, a - 2)) ||
          (k + 1 < len && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, a + 1)))
        continue;
      if ((tags[k - 1] == LECTERN_TAG_B_PER && tags[k] == LECTERN_TAG_I_PER &&
           (k + 1 >= len || tags[k + 1] != LECTERN_TAG_I_PER)) ||
          (tags[k - 1] == LECTERN_TAG_O && tags[k] == LECTERN_TAG_O))
        tag_organization (tags, len, k - 1, k + 1);
    }
}

/* "au Théâtre de la Bastille", "la Cinémathèque de Bretagne", "le musée
 * des Beaux-Arts de Rouen", "les Éditions Hazan", "le musée Marmottan
 * Monet": in French, a house of the arts is named by its word and what
 * follows it, a place or a person the tagger reads as such. Returns the
 * end of the name, or 0. */
static guint
cultural_venue_end (Doc          *doc,
                    guint         a,
                    guint         base,
                    guint         end,
                    const guint8 *tags)
{
  static const char *const heads[] = {
    "Théâtre", "Musée", "musée", "Cinémathèque", "Opéra", "Philharmonie", "Bibliothèque", "Médiathèque",
    "Galerie", "Conservatoire", "Éditions", "Orchestre",
  };
  guint p = a + 1, e;

  if (tags[a - base] != LECTERN_TAG_O && tags[a - base] != LECTERN_TAG_B_LOC)
    return 0;
  if (!tok_is_any (doc, a, heads, G_N_ELEMENTS (heads)) || p >= end)
    return 0;
  if (tok_is (doc, p, "de") || tok_is (doc, p, "du") || tok_is (doc, p, "des") || tok_is_elision_de (doc, p))
    {
      if (tok_is (doc, p, "de") && p + 1 < end && tok_is_article (doc, p + 1))
        p++;
      p++;
    }
  e = p;
  while (e < end && e < p + 3 && (tok_flags (doc, e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, e) &&
         !tok_is_acronym (doc, e) && tags[e - base] != LECTERN_TAG_B_ORG && tags[e - base] != LECTERN_TAG_I_ORG &&
         !(tok_lex (doc, e) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)))
    e++;
  if (e == p)
    return 0;
  /* Its town after it: "des Beaux-Arts | de Rouen". */
  if (p > a + 1 && e + 1 < end && (tok_is (doc, e, "de") || tok_is_elision_de (doc, e)) &&
      tags[e + 1 - base] == LECTERN_TAG_B_LOC && (e + 2 >= end || tags[e + 2 - base] != LECTERN_TAG_I_LOC))
    e += 2;

  return e;
}

/* "du 2e régiment étranger de parachutistes", "la 11e brigade
 * parachutiste", "le 27e bataillon de chasseurs alpins": a French army
 * unit, its number, its word and what it is in lower case. Returns the
 * end of the name, or 0. */
static guint
military_unit_end (Doc          *doc,
                   guint         a,
                   guint         base,
                   guint         end,
                   const guint8 *tags)
{
  const char *s = tok_str (doc, a);
  guint32 len = tok_len (doc, a), d = 0;
  guint e;

  while (d < len && g_ascii_isdigit (s[d]))
    d++;
  if (d == 0 || d > 3 ||
      !((len == d + 1 && s[d] == 'e') || (len == d + 2 && s[d] == 'e' && s[d + 1] == 'r') ||
        (len == d + 4 && memcmp (s + d, "ème", 4) == 0)))
    return 0;
  if (a + 2 >= end || !is_military_unit_word (doc, a + 1) || tags[a + 1 - base] != LECTERN_TAG_O)
    return 0;
  /* Words in lower case and links, up to five: "étranger de
   * parachutistes", "d'infanterie de marine". */
  for (e = a + 2; e < end && e < a + 7 && tags[e - base] == LECTERN_TAG_O && tok_starts_lower (doc, e) &&
                  (tok_flags (doc, e) & LECTERN_TOKEN_WORD) &&
                  (!(tok_lex (doc, e) & LECTERN_LEX_STOP_FR) || tok_is (doc, e, "de") || tok_is (doc, e, "des") ||
                   tok_is_elision_de (doc, e));
       e++)
    ;
  /* Not on a link. */
  while (e > a + 2 && (tok_is (doc, e - 1, "de") || tok_is (doc, e - 1, "des") || tok_is_elision_de (doc, e - 1)))
    e--;

  return e > a + 2 ? e : 0;
}

/* "présidente de la région Île-de-France", "la région Occitanie de
 * Carole Delga": a French region named right after its word in lower
 * case is its council; "dans la région Occitanie" is the land, and "la
 * région de la Nawa" a part of a country. Returns the end of the name,
 * or 0. */
static guint
lower_region_end (Doc          *doc,
                  guint         a,
                  guint         base,
                  guint         end,
                  const guint8 *tags)
{
  guint p = a + 1, e;

  if (p >= end || a < base + 1 || !tok_is (doc, a, "région") || !(tok_is (doc, a - 1, "la") || tok_is (doc, a - 1, "La")) ||
      (a >= base + 2 && (tok_is (doc, a - 2, "dans") || tok_is (doc, a - 2, "toute") || tok_is (doc, a - 2, "en"))))
    return 0;
  if (tags[p - base] == LECTERN_TAG_B_LOC)
    {
      for (e = p + 1; e < end && tags[e - base] == LECTERN_TAG_I_LOC; e++)
        ;
      return e;
    }
  /* A listed place that the tagger took for a person ("Normandie"). */
  if (tags[p - base] == LECTERN_TAG_B_PER && (p + 1 >= end || tags[p + 1 - base] != LECTERN_TAG_I_PER) &&
      (tok_lex (doc, p) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
    return p + 1;
  /* "la région Provence-Alpes-Côte | d'Azur", which the tagger cut. */
  if (tags[p - base] != LECTERN_TAG_O || !tok_starts_upper (doc, p) || tok_len (doc, p) < 8 ||
      memchr (tok_str (doc, p), '-', tok_len (doc, p)) == NULL)
    return 0;
  e = p + 1;
  if (e + 1 < end && tok_is_elision_de (doc, e) && tags[e + 1 - base] == LECTERN_TAG_B_LOC)
    for (e += 2; e < end && tags[e - base] == LECTERN_TAG_I_LOC; e++)
      ;

  return e;
}

/* Marks the courts, councils and schools of lower_court_end as
 * organizations, over the tags of their seat. */
static void
mark_lower_courts (Doc    *doc,
                   guint   base,
                   guint   len,
                   guint8 *tags)
{
  /* In English copy, French bodies and schools keep their French names
   * ("the parquet de Paris", "at the centre hospitalier Armor-Penthièvre",
   * "the lycée Fénelon"): only the head words that English does not share,
   * in one walk. */
  static const char *const french_heads[] = {
    "tribunal", "cour", "chambre", "parquet", "université", "préfecture", "rectorat", "gendarmerie", "conseil",
    "communauté", "métropole", "institut", "groupement", "juridiction", "sûreté", "comité",
  };
  static const char *const french_schools[] = { "lycée", "collège", "école", "hôpital", "université" };
  static guint64 hashes[G_N_ELEMENTS (french_heads)], school_hashes[G_N_ELEMENTS (french_schools)];
  static gsize ready = 0, schools_ready = 0;
  const guint32 firsts = LETTER ('t') | LETTER ('c') | LETTER ('p') | LETTER ('u') | LETTER ('m') | LETTER ('r') |
                         LETTER ('g') | LETTER ('i') | LETTER ('s') | LETTER ('j') | LETTER ('l') | LETTER ('h');

  if (doc->lang != LANG_FR)
    {
      /* Most English sentences have no French in them: an accent in their
       * bytes or a "de", "du", "d'" tells those that may. */
      gboolean french = memchr (doc->text + doc->starts[base], 0xc3,
                                tok_end (doc, base + len - 1) - doc->starts[base]) != NULL;

      for (guint k = 0; k < len && !french; k++)
        {
          const char *t = tok_str (doc, base + k);

          french = t[0] == 'd' && ((tok_len (doc, base + k) == 2 && (t[1] == 'e' || t[1] == 'u' || t[1] == '\'')) ||
                                   (tok_len (doc, base + k) == 4 && (guchar) t[1] == 0xe2));
        }
      if (!french)
        return;
      for (guint k = 0; k + 1 < len; k++)
        {
          guint a = base + k;
          guchar c = (guchar) *tok_str (doc, a);
          guint s, e;

          /* Their first letters ("é" starts with 0xc3) first: most tokens
           * fail them. */
          if (tags[k] != LECTERN_TAG_O || !(letter_in (firsts, (char) c) || c == 0xc3 || c == 'C') || tok_len (doc, a) < 4)
            continue;
          /* "the Communauté de communes du Saint-Affricain". */
          if (k > 0 && (tok_in_list (doc, a, french_heads, G_N_ELEMENTS (french_heads), hashes, &ready) ||
                        (tok_is (doc, a, "centre") && tok_is (doc, a + 1, "hospitalier")) ||
                        (c == 'C' && tok_is (doc, a, "Communauté"))) &&
              (e = lower_court_end (doc, a, base, base + len, tags)) != 0)
            {
              tag_organization (tags, len, k, e - base);
              k = e - base;
            }
          else if (tok_len (doc, a) >= 6 &&
                   (tok_has_upper (doc, a + 1) || (k + 2 < len && tok_has_upper (doc, a + 2))) &&
                   tok_in_list (doc, a, french_schools, G_N_ELEMENTS (french_schools), school_hashes, &schools_ready) &&
                   french_school_span (doc, base, len, tags, k, &s, &e))
            {
              tag_organization (tags, len, s, e);
              k = e - 1;
            }
        }
      return;
    }
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint e;

      /* "la Chambre de commerce", "la Ville de", "la Communauté
       * d'agglomération": a capital C or V first, which most tokens
       * fail. */
      if ((*tok_str (doc, a) == 'C' || *tok_str (doc, a) == 'V') &&
          ((tags[k] == LECTERN_TAG_B_ORG && tags[k + 1] == LECTERN_TAG_O && tok_is (doc, a, "Chambre")) ||
           (tags[k] == LECTERN_TAG_O && (tok_is (doc, a, "Ville") || tok_is (doc, a, "Communauté")) &&
            tok_is_article (doc, a - 1))) &&
          (e = lower_court_end (doc, a, base, base + len, tags)) > a + 2)
        {
          tag_organization (tags, len, k, e - base);
          k = e - base;
          continue;
        }
      if (*tok_str (doc, a) == 'r' && tags[k] == LECTERN_TAG_O &&
          (e = lower_region_end (doc, a, base, base + len, tags)) != 0)
        {
          tag_organization (tags, len, k, e - base);
          k = e - base;
          continue;
        }
      if (g_ascii_isdigit (*tok_str (doc, a)) && (e = military_unit_end (doc, a, base, base + len, tags)) != 0)
        {
          tag_organization (tags, len, k, e - base);
          k = e - base;
          continue;
        }
      if (tok_len (doc, a) >= 5 && strchr ("TMmCOPBGÉ\xc3", *tok_str (doc, a)) != NULL &&
          (e = cultural_venue_end (doc, a, base, base + len, tags)) != 0)
        {
          tag_organization (tags, len, k, e - base);
          k = e - base;
          continue;
        }
      /* First letters, and for "section", "sûreté", "syndicat", "institut",
       * "rectorat", "direction", "diocèse", "juridiction", "amicale",
       * "association", "archidiocèse", "office" and "ligue" the length too: many words start with an "s", an
       * "i", an "r", a "d" or an "a". */
      /* "du barreau | de Toulouse", which the tagger read as a place. */
      if ((tags[k] != LECTERN_TAG_O && !(tags[k] == LECTERN_TAG_B_LOC && tok_starts_lower (doc, a))) ||
          tok_len (doc, a) < 4 || strchr ("tcpumbgzsirdjaol", *tok_str (doc, a)) == NULL ||
          (*tok_str (doc, a) == 'l' && tok_len (doc, a) != 5) ||
          (*tok_str (doc, a) == 'a' && tok_len (doc, a) != 7 && tok_len (doc, a) != 11 && tok_len (doc, a) != 13) ||
          (*tok_str (doc, a) == 'o' && tok_len (doc, a) != 6) ||
          (*tok_str (doc, a) == 's' && tok_len (doc, a) != 7 && tok_len (doc, a) != 8) ||
          (*tok_str (doc, a) == 'i' && tok_len (doc, a) != 8) ||
          (*tok_str (doc, a) == 'r' && tok_len (doc, a) != 8) ||
          (*tok_str (doc, a) == 'd' && tok_len (doc, a) != 9 && tok_len (doc, a) != 8) ||
          (*tok_str (doc, a) == 'j' && tok_len (doc, a) != 11) ||
          (e = lower_court_end (doc, a, base, base + len, tags)) == 0)
        continue;
      tag_organization (tags, len, k, e - base);
      k = e - base;
    }
}

/* "Southern District of New York", "District of Delaware": an American
 * federal district from k. Returns its end (relative to base), or k. */
static guint
district_end (Doc   *doc,
              guint  base,
              guint  len,
              guint  k)
{
  guint c, d = k;

  if (d < len && is_side_word (doc, base + d))
    d++;
  if (d + 2 >= len || !tok_is (doc, base + d, "District") || !tok_is (doc, base + d + 1, "of"))
    return k;
  for (c = d + 2; c < len && c < d + 5 && (tok_flags (doc, base + c) & LECTERN_TOKEN_WORD) &&
                  tok_starts_upper (doc, base + c);
       c++)
    ;

  return c > d + 2 ? c : k;
}

/* "U.S. Bankruptcy Court | for the District of Delaware", "Court of
 * Appeals | for the Ninth Circuit", "District Court | for the Southern
 * District of New York": an American federal court's district or
 * circuit is part of its name. Returns the end of the district (relative
 * to base), or e. */
static guint
court_district_end (Doc          *doc,
                    guint         base,
                    guint         len,
                    guint         e)
{
  static const char *const courts[] = { "Court", "Appeals", "Appeal" };
  guint k = e + 2, c;

  if (k + 1 >= len || !tok_is (doc, base + e, "for") || !tok_is (doc, base + e + 1, "the") ||
      !tok_is_any (doc, base + e - 1, courts, G_N_ELEMENTS (courts)))
    return e;
  /* "the Ninth Circuit", "the D.C. Circuit", "the Federal Circuit", "the
   * 4th Circuit". */
  if ((tok_starts_upper (doc, base + k) || is_ordinal (doc, base + k)) && tok_is (doc, base + k + 1, "Circuit"))
    return k + 2;
  c = district_end (doc, base, len, k);

  return c > k ? c : e;
}

/* "U.S. District Court", "Ontario Superior Court": a kind of court before
 * "Court" names one, which the tagger may take for a place. */
static gboolean
ends_with_court (Doc  *doc,
                 guint e)
{
  static const char *const kinds[] = {
    "District", "Supreme", "High", "Appeals", "Appeal", "Federal", "Circuit", "Superior", "County", "Crown",
    "Constitutional", "Bankruptcy", "Magistrates", "Family", "Tax",
  };

  return tok_is (doc, e - 1, "Court") && tok_is_any (doc, e - 2, kinds, G_N_ELEMENTS (kinds));
}

static void
mark_court_districts (Doc    *doc,
                      guint   base,
                      guint   len,
                      guint8 *tags)
{
  if (doc->lang == LANG_FR)
    return;
  for (guint k = 0; k + 1 < len; k++)
    {
      guint e = k + 1, end;

      if (tags[k] == LECTERN_TAG_B_LOC)
        {
          while (e < len && tags[e] == LECTERN_TAG_I_LOC)
            e++;
          if (e >= k + 2 && ends_with_court (doc, base + e))
            tag_organization (tags, len, k, e);
          /* "the Southern District of New York said": a federal
           * district named by its side alone stands for its court or its
           * prosecutors, not for the land (unlike "District of
           * Columbia"). */
          else if (e == k + 2 && is_side_word (doc, base + k) && (end = district_end (doc, base, len, k)) > k)
            {
              tag_organization (tags, len, k, end);
              e = end;
            }
          k = e - 1;
          continue;
        }
      if (tags[k] != LECTERN_TAG_B_ORG)
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      if ((end = court_district_end (doc, base, len, e)) > e)
        tag_organization (tags, len, k, end);
      k = end - 1;
    }
}

/* "Les Films | du Héron", "Le Courrier | de l'Ouest": a name that a
 * capitalized article starts inside a sentence goes on over "de/du (l')"
 * and capitalized words the tagger gave to no person or organization,
 * where they end it. Returns the new end (relative to base), or e. */
static gboolean tok_is_caps_word (const Doc *doc,
                                  guint      i);

static guint
titled_complement_end (Doc          *doc,
                       guint         base,
                       guint         len,
                       guint         e,
                       const guint8 *tags)
{
  guint k = e + 1, c;

  /* Not in a heading in capitals ("LES ANNONCES de L'OUEST"). */
  if (k >= len || tok_is_caps_word (doc, base + e - 1) || !is_de_link (doc, base + e))
    return e;
  if (k + 1 < len && (tok_is (doc, base + k, "la") || tok_is (doc, base + k, "l'") ||
                      tok_is (doc, base + k, "l\xe2\x80\x99")))
    k++;
  for (c = k; c < len && (tok_flags (doc, base + c) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + c) &&
              (tags[c] == LECTERN_TAG_O || tag_vote (tags[c]) == VOTE_LOC) && c < k + 2;
       c++)
    ;
  /* "Les Amis | de l'Entente", "Les Gones | de l'Astro": a word of its
   * own that the tagger read as a body, that no list knows, is the club
   * that the name is of. */
  if (c == k && k + 1 < len && tags[k] == LECTERN_TAG_B_ORG && tags[k + 1] != LECTERN_TAG_I_ORG &&
      tok_starts_upper (doc, base + k) && !tok_is_acronym (doc, base + k) &&
      known_organization (doc, base + k, base + k + 1) == 0)
    c = k + 1;
  if (c == k || (c < len && (tok_flags (doc, base + c) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + c)))
    return e;

  return c;
}

/* Patterns that name an organization the tagger did not see, each a weak
 * vote (one, against two for a tagged span):
 *  - a capitalized article inside a sentence: "président de La Poste",
 *    "published in The Daily Nation" (not "in The Hague", a place);
 *  - an organization word in lower case, then a name: "le syndicat
 *    SUD-PTT", "the company Nvidia";
 *  - an acronym in brackets after a person: "François Brottes (PS)";
 *  - capitalized words inside a sentence that end with an organization
 *    head word or a legal suffix: "Weatherspoon Art Museum". */
/* Whether tokens [a, b) of the sentence from base are a party the tagger
 * or a list gave: an organization's span or letters. */
static gboolean
is_party_span_at (const Doc    *doc,
                  guint         base,
                  const guint8 *tags,
                  guint         a)
{
  return tag_vote (tags[a - base]) == VOTE_ORG || tok_is_acronym (doc, a);
}

/* "les élus de Renaissance, du MoDem et d'Horizons", "soutenu par
 * Horizons": French parties named with a common word ("Renaissance",
 * "Horizons"), which the list knows only as "parti …", are parties among
 * other parties or after a word for their members and backing. */
static void
add_french_party_words (Doc          *doc,
                        guint         base,
                        guint         len,
                        const guint8 *tags)
{
  static const char *const cues[] = {
    "élus", "élu", "élue", "élues", "soutien", "soutenu", "soutenue", "investi", "investie", "candidat",
    "candidate", "militants", "militant", "militante", "adhérents", "députés", "députées", "sénateurs",
    "eurodéputés", "membres", "membre", "alliés", "allié", "alliée", "patron", "patronne", "fondateur",
    "fondatrice", "président", "présidente", "porte-parole", "délégation", "groupe", "liste", "investiture",
    "chez", "sympathisants", "électeurs", "cadres", "dirigeants", "convention", "congrès", "ténors",
    "responsables", "secrétaire", "délégué", "déléguée", "adhérent", "adhérente",
  };
  static guint64 hashes[G_N_ELEMENTS (cues)];
  static gsize ready = 0;

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;
      guint p = a - 1, n = a + 1;
      gboolean cued;

      /* A capital inside the sentence, alone, a word of five to twelve
       * bytes: most tokens fail that. */
      if (!tok_has_upper (doc, a) || tok_len (doc, a) < 5 || tok_len (doc, a) > 12 || !tok_starts_upper (doc, a) ||
          (tags[k] != LECTERN_TAG_O && (tags[k] & 1) == 0) ||
          (k + 1 < len && tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0) || tok_is_acronym (doc, a) ||
          (k + 1 < len && tok_starts_upper (doc, a + 1) && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD)))
        continue;
      /* The words before: "de", "d'", "du", "par", then a cue or a party
       * and a link. */
      if (p > base && (tok_is (doc, p, "de") || tok_is (doc, p, "du") || tok_is_elision_de (doc, p) ||
                       tok_is (doc, p, "par")))
        p--;
      cued = (tok_starts_lower (doc, p) || tok_is (doc, p, "Chez")) &&
             tok_in_list (doc, p, cues, G_N_ELEMENTS (cues), hashes, &ready);
      if (!cued && p > base && (tok_is (doc, p, ",") || tok_is (doc, p, "et") || tok_is (doc, p, "ou")))
        cued = is_party_span_at (doc, base, tags, p - 1) ||
               (tok_starts_upper (doc, p - 1) && known_organization_after (doc, "parti ", p - 1, p) != 0);
      /* Or a link and a party after it: "de Renaissance et d'Horizons". */
      if (!cued && n + 1 < base + len && (tok_is (doc, n, ",") || tok_is (doc, n, "et") || tok_is (doc, n, "ou")))
        {
          n++;
          if (n + 1 < base + len && (tok_is (doc, n, "de") || tok_is (doc, n, "du") || tok_is_elision_de (doc, n)))
            n++;
          cued = is_party_span_at (doc, base, tags, n) ||
                 (tok_starts_upper (doc, n) && known_organization_after (doc, "parti ", n, n + 1) != 0);
        }
      if (cued && known_organization_after (doc, "parti ", a, a + 1) != 0)
        add_span (doc, a, a + 1, VOTE_ORG, 3);
    }
}

static void
add_pattern_organizations (Doc          *doc,
                           guint         base,
                           guint         len,
                           const guint8 *tags)
{
  /* At a sentence's start only from a place ("Aberdeenshire Council
   * opened") or up to a legal form ("Masakhane Pipe Works (Pty) Ltd, a
   * Soweto-based firm"): another capital there may be any word ("Jeux
   * Olympiques de 2012", "Magic City."). */
  guint start = 1;

  if (!(tok_lex (doc, base) & (LECTERN_LEX_LOWER | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)))
    {
      guint e;

      if (tok_lex (doc, base) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE))
        start = 0;
      else if (!(tok_lex (doc, base) & LECTERN_LEX_CAPITALIZED) &&
               (e = untagged_name_end (doc, base, len, 0, tags)) >= 2 && is_legal_form (doc, base + e - 1))
        start = 0;
    }
  for (guint k = start; k < len;)
    {
      guint e = untagged_name_end (doc, base, len, k, tags);
      guint last = base + e - 1;

      /* The whole name: not the end of one that a connector ("and",
       * "of") or a capitalized word starts before. A connector after a
       * comma starts none ("Rosalind Tate KC, of Furnival Row
       * Chambers"), nor one after a word in lower case before a legal
       * form ("la liquidation de Tissages Vanderbeken SA"). */
      if (e >= k + 2 && tok_starts_upper (doc, last) &&
          ((tok_lex (doc, last) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL)) || is_company_word (doc, last) ||
           is_extra_head (doc, last, FALSE)) &&
          !(k > 0 && (tok_flags (doc, base + k - 1) & LECTERN_TOKEN_WORD) &&
            (tok_has_upper (doc, base + k - 1) ||
             (tok_is_connector (doc, base + k - 1) && !(k > 1 && tok_is (doc, base + k - 2, ",")) &&
              !(k > 1 && tok_starts_lower (doc, base + k - 2) && is_legal_form (doc, last))) ||
             tok_is (doc, base + k - 1, "and") || tok_is (doc, base + k - 1, "et"))))
        add_span (doc, base + k, extend_organization (doc, base + k, base + e, base, base + len, tags),
                  VOTE_ORG, 1);
      k = MAX (e, k + 1);
    }
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;
      guint e;

      if (tags[k] == LECTERN_TAG_O && tok_is_article (doc, a) && tok_starts_upper (doc, a) &&
          !tok_is_elision (doc, a) && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) &&
          (e = untagged_name_end (doc, base, len, k + 1, tags)) > k + 1 &&
          !(e == k + 2 && ((name_flags (doc, a, base + e) & LECTERN_LEX_GEO) ||
                           /* "entre Le Cannet-des-Maures et Vidauban". */
                           is_commune_name (doc, a + 1))))
        add_span (doc, a, base + titled_complement_end (doc, base, len, e, tags), VOTE_ORG, 1);
      /* "le syndicat SUD-PTT", not "ministre Édouard Philippe": a title
       * names a person. */
      else if (tags[k] == LECTERN_TAG_O && k + 1 < len && tok_starts_upper (doc, a + 1) &&
               g_unichar_islower (g_utf8_get_char (tok_str (doc, a))) &&
               ((tok_lex (doc, a) & LECTERN_LEX_ORG_HEAD) || is_organization_noun (doc, a)) &&
               !(tok_lex (doc, a) & LECTERN_LEX_TITLE) &&
               (e = untagged_name_end (doc, base, len, k + 1, tags)) > k + 1)
        {
          add_span (doc, a + 1, base + e, VOTE_ORG, 1);
          /* "The retailer Boots said": a common word's form keeps no
           * vote of its own otherwise. */
          if (e == k + 2 && (tok_lex (doc, a + 1) & LECTERN_LEX_LOWER) && k > 0 &&
              (tok_is (doc, a - 1, "the") || tok_is (doc, a - 1, "The")) && is_body_after_noun (doc, a + 1))
            g_array_append_val (doc->examples, ((Span) { a + 1, 1, VOTE_ORG }));
        }
      /* "la coalition Benno Bokk Yakaar": in French, the same before a
       * name the tagger took for a person outvotes it (English allows
       * "the company Elon Musk bought"). Not a government or a street
       * named after someone ("le gouvernement Ayrault", "cours
       * Tolstoï"). */
      else if (doc->lang == LANG_FR && k + 2 < len && tags[k] == LECTERN_TAG_O && tags[k + 1] == LECTERN_TAG_O &&
               tags[k + 2] == LECTERN_TAG_B_PER && (is_media_noun (doc, a) || is_organization_noun (doc, a)) &&
               is_french_adjective (doc, a + 1))
        {
          /* "la télévision publique Télé Sahel". */
          for (e = k + 3; e < len && tags[e] == LECTERN_TAG_I_PER; e++)
            ;
          add_span (doc, a + 2, base + e, VOTE_ORG, 3);
        }
      /* "le quotidien L'Avenir", "l'hebdomadaire Le Phare": a title with its
       * article after a word for the press. */
      else if (k + 2 < len && tags[k + 1] == LECTERN_TAG_O && tok_has_upper (doc, a + 1) &&
               tok_is_article (doc, a + 1) && tok_starts_upper (doc, a + 1) && doc->lang == LANG_FR &&
               tags[k] == LECTERN_TAG_O && is_media_noun (doc, a) && tok_starts_lower (doc, a) &&
               (e = untagged_name_end (doc, base, len, k + 2, tags)) > k + 2)
        add_span (doc, a + 1, base + e, VOTE_ORG, 3);
      /* "le distributeur new-yorkais Neon", "le constructeur automobile
       * Stellantis", a consultancy: the same with a name the tagger left
       * out. */
      else if (doc->lang == LANG_FR && k + 2 < len && tags[k] == LECTERN_TAG_O && tags[k + 1] == LECTERN_TAG_O &&
               tags[k + 2] == LECTERN_TAG_O && tok_starts_upper (doc, a + 2) && tok_len (doc, a) >= 5 &&
               tok_len (doc, a + 1) >= 5 && tok_starts_lower (doc, a) && tok_starts_lower (doc, a + 1) &&
               (is_media_noun (doc, a) || is_organization_noun (doc, a) ||
                /* "du cabinet abidjanais Akwaba Research". */
                tok_is (doc, a, "cabinet")) &&
               (is_french_adjective (doc, a + 1) || tok_is (doc, a + 1, "automobile")) &&
               !tok_is_article (doc, a + 2) &&
               (e = untagged_name_end (doc, base, len, k + 2, tags)) > k + 2 &&
               !(name_flags (doc, a + 2, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
        add_span (doc, a + 2, base + e, VOTE_ORG, 3);
      /* "Airbus et l'espagnol Indra.": the same after a nationality made
       * a noun (see add_clean_span). */
      else if (doc->lang == LANG_FR && k + 1 < len && tags[k] == LECTERN_TAG_O && tags[k + 1] == LECTERN_TAG_O &&
               g_ascii_isupper (*tok_str (doc, a + 1)) && g_ascii_islower (*tok_str (doc, a)) && tok_len (doc, a) >= 5 &&
               is_article_or_contracted (doc, a - 1) && is_company_nationality (doc, a) &&
               !(tok_lex (doc, a + 1) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_TITLE)) &&
               (e = untagged_name_end (doc, base, len, k + 1, tags)) > k + 1 && e <= k + 3 &&
               (e == len || !(tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) || tok_starts_lower (doc, base + e)) &&
               !(name_flags (doc, a + 1, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
        add_span (doc, a + 1, base + e, VOTE_ORG, 3);
      /* "Perth four-piece Gully Static have signed", "the Brisbane duo
       * Mango Hex": a band, a label or a trade paper is named after the
       * word for it, however like a person's its name is. */
      else if (doc->lang == LANG_EN && k + 1 < len && tags[k] == LECTERN_TAG_O &&
               (tags[k + 1] == LECTERN_TAG_B_PER ||
                (tags[k + 1] == LECTERN_TAG_O && g_ascii_isupper (*tok_str (doc, a + 1)))) &&
               tok_starts_lower (doc, a) && is_ensemble_noun (doc, a) &&
               !(tok_lex (doc, a + 1) & LECTERN_LEX_GIVEN_TOP))
        {
          if (tags[k + 1] == LECTERN_TAG_B_PER)
            for (e = k + 2; e < len && tags[e] == LECTERN_TAG_I_PER; e++)
              ;
          else
            e = untagged_name_end (doc, base, len, k + 1, tags);
          /* The name is the band's in the whole story ("Dovecote's
           * singer"). */
          if (e > k + 1 && e <= k + 4 &&
              !(name_flags (doc, a + 1, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
            {
              add_span (doc, a + 1, base + e, VOTE_ORG, 3);
              g_array_append_val (doc->examples, ((Span) { a + 1, (guint8) (e - k - 1), VOTE_ORG }));
            }
        }
      /* "the newspaper Dawn, …", "the hedge fund Elliott Management said":
       * in English only where the name ends the clause or a verb of
       * saying follows, not "the company Elon Musk bought". */
      else if (doc->lang == LANG_EN && k + 1 < len && tags[k] == LECTERN_TAG_O && tags[k + 1] == LECTERN_TAG_B_PER &&
               tok_starts_lower (doc, a) &&
               (is_organization_noun (doc, a) || tok_is (doc, a, "fund") || tok_is (doc, a, "agency")) &&
               (e = names_body_after_noun (doc, base, len, k + 1, tags)) != 0)
        add_span (doc, a + 1, base + e, VOTE_ORG, 3);
      /* "The retailer Boots said", "the union Unite will": one word the
       * tagger left out or took for a place, after "the" and a word for a
       * firm, where the clause's verb follows. */
      else if (doc->lang == LANG_EN && k + 2 < len && tags[k] == LECTERN_TAG_O && tok_has_upper (doc, a + 1) &&
               (tags[k + 1] == LECTERN_TAG_O || tags[k + 1] == LECTERN_TAG_B_LOC) &&
               (tags[k + 2] == LECTERN_TAG_O || (tags[k + 2] & 1) == 1) && tok_starts_lower (doc, a) &&
               k > 0 && (tok_is (doc, a - 1, "the") || tok_is (doc, a - 1, "The")) &&
               (is_organization_noun (doc, a) || tok_is (doc, a, "drugmaker") || tok_is (doc, a, "union") ||
                tok_is (doc, a, "grocer") || tok_is (doc, a, "chain")) &&
               is_body_after_noun (doc, a + 1))
        add_span (doc, a + 1, a + 2, VOTE_ORG, 3);
      else if (doc->lang == LANG_FR && k + 1 < len && tags[k] == LECTERN_TAG_O && tags[k + 1] == LECTERN_TAG_B_PER &&
               ((tok_lex (doc, a) & LECTERN_LEX_ORG_HEAD) ||
                /* "la maison Louis Jadot", "le négociant Albert Bichot":
                 * houses of wine, spirits or fashion bear their
                 * founder's name. */
                ((tok_is (doc, a, "maison") || tok_is (doc, a, "négociant")) && k + 2 < len &&
                 tags[k + 2] == LECTERN_TAG_I_PER)) &&
               tok_starts_lower (doc, a) &&
               !(tok_lex (doc, a) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) &&
               memchr (tok_str (doc, a), '-', tok_len (doc, a)) == NULL && !is_named_for_person (doc, a) &&
               !(place_word (doc, a) & LECTERN_LEX_PLACE_PREFIX))
        {
          for (e = k + 2; e < len && tags[e] == LECTERN_TAG_I_PER; e++)
            ;
          add_span (doc, a + 1, base + e, VOTE_ORG, 3);
          /* A frequent first name makes a person of a name otherwise
           * (retype_first_names); a house is named so in the whole story. */
          if (!(tok_lex (doc, a) & LECTERN_LEX_ORG_HEAD))
            g_array_append_val (doc->examples, ((Span) { a + 1, e - k - 1, VOTE_ORG }));
        }
      /* "l'Autorité de régulation des transports": a capitalized head
       * word after an article in the singular ("toutes les Académies du
       * monde" are common nouns), then the words in lower case that
       * French names of institutions put after it. */
      else if (doc->lang == LANG_FR && tags[k] == LECTERN_TAG_O && tok_starts_upper (doc, a) &&
               ((tok_lex (doc, a) & LECTERN_LEX_ORG_HEAD) || is_extra_head (doc, a, TRUE)) && !tok_is_acronym (doc, a) &&
               !(tok_lex (doc, a) & (LECTERN_LEX_TITLE | LECTERN_LEX_GEO)) && !tok_is (doc, a, "État") &&
               !tok_is (doc, a, "Etat") &&
               ((tok_is_article (doc, a - 1) && !tok_is (doc, a - 1, "les")) || tok_is (doc, a - 1, "du") ||
                tok_is (doc, a - 1, "au")) &&
               (e = extend_french_name (doc, a, a + 1, base, base + len, tags, TRUE)) > a + 2)
        add_span (doc, a, e, VOTE_ORG, 1);
      /* "Jean Dupuis (LR)", "Sophie Brault (Horizons)": a person's party
       * in brackets, its letters or a word the list knows as "parti …". */
      else if (k + 2 < len && tok_is (doc, a, "(") && tok_is (doc, a + 2, ")") &&
               tag_vote (tags[k - 1]) == VOTE_PER && tags[k + 1] == LECTERN_TAG_O &&
               (tok_is_acronym (doc, a + 1) ||
                (doc->lang == LANG_FR && tok_starts_upper (doc, a + 1) &&
                 known_organization_after (doc, "parti ", a + 1, a + 2) != 0)))
        add_span (doc, a + 1, a + 2, VOTE_ORG, 2);
      /* "Mathieu Kerdraon (Renaissance)", which the tagger read as a
       * place: the party outvotes it. */
      else if (doc->lang == LANG_FR && k + 2 < len && tok_is (doc, a, "(") && tok_is (doc, a + 2, ")") &&
               tag_vote (tags[k - 1]) == VOTE_PER &&
               (tags[k + 1] == LECTERN_TAG_B_LOC || tags[k + 1] == LECTERN_TAG_B_MISC) &&
               tok_starts_upper (doc, a + 1) && known_organization_after (doc, "parti ", a + 1, a + 2) != 0)
        add_span (doc, a + 1, a + 2, VOTE_ORG, 3);
    }
  add_appositive_organizations (doc, base, len, tags);
  add_organizations_after_body_nouns (doc, base, len, tags);
  add_group_organizations (doc, base, len, tags);
  add_french_party_words (doc, base, len, tags);
}

/* Roles written in lower case before a person's name ("lecturer Cholwe
 * Beyani", "l'avocat Jean Dupont"). Titles of the name table are mostly
 * honorifics and capitalized functions; these are the occupations news
 * puts before a name. Capitalized too if any_case. */
static gboolean
role_word_any_case (const Doc *doc,
                    guint      i,
                    gboolean   any_case)
{
  static const char *words[] = {
    "lecturer", "lawyer", "attorney", "leader", "spokesman", "spokeswoman", "spokesperson",
    "journalist", "reporter", "blogger", "activist", "analyst", "economist", "researcher",
    "scientist", "professor", "teacher", "student", "writer", "author", "novelist", "poet",
    "singer", "actor", "actress", "artist", "photographer", "director", "producer", "coach",
    "player", "striker", "midfielder", "defender", "goalkeeper", "captain", "bowler", "batsman",
    "founder", "chairman", "chairwoman", "chairperson", "executive", "manager", "businessman", "businesswoman",
    "entrepreneur", "banker", "lawmaker", "legislator", "senator", "congressman", "congresswoman",
    "politician", "candidate", "diplomat", "ambassador", "envoy", "governor", "mayor",
    "commander", "officer", "general", "colonel", "sergeant", "judge", "prosecutor", "doctor",
    "surgeon", "nurse", "historian", "sociologist", "philosopher", "commentator", "columnist",
    "editor", "publisher", "presenter", "host", "comedian", "designer", "architect",
    "secretary", "referee", "umpire", "adviser", "advisor", "administrator", "commissioner",
    "treasurer", "inspector", "detective", "superintendent", "chancellor", "dean",
    "songwriter", "singer-songwriter", "rapper", "musician", "guitarist", "drummer", "pianist",
    "composer", "dancer", "filmmaker", "playwright", "broadcaster", "rookie", "frontman", "frontwoman",
    "counsel", "advocate", "winger", "fullback", "financier", "negotiator", "solicitor", "barrister",
    "coroner", "magistrate",
    /* Sport. */
    "selector", "all-rounder", "skipper", "wicketkeeper", "wicket-keeper", "opener", "batter", "spinner",
    "pacer", "paceman", "seamer", "centre-back", "center-back", "quarterback", "pitcher",
    "outfielder", "shortstop", "linebacker", "receiver", "driver", "rider", "cyclist", "jockey", "boxer",
    "wrestler", "sprinter", "swimmer", "golfer", "teammate", "compatriot", "countryman", "countrywoman",
    "flanker", "fly-half", "flyhalf", "scrum-half", "hooker", "halfback", "netballer",
    /* Work, courts and faith. */
    "engineer", "pilot", "soldier", "constable", "firefighter", "paramedic", "midwife", "pharmacist",
    "farmer", "fisherman", "miner", "trader", "vendor", "shopkeeper", "landlord", "tenant", "investor",
    "strategist", "pollster", "campaigner", "organiser", "organizer", "technician", "fellow",
    "developer", "co-founder", "cofounder", "suspect", "defendant", "plaintiff", "pastor", "priest", "imam", "bishop", "rabbi", "cleric", "unionist", "whistleblower",
    "financière", "rappeur", "rappeuse", "musicien", "musicienne", "compositeur", "compositrice",
    "cinéaste", "dramaturge", "analyste", "consultant", "consultante", "directeur", "directrice",
    "conseiller", "conseillère", "président", "présidente", "trésorier", "trésorière", "secrétaire",
    "avocat", "avocate", "journaliste", "militant", "militante", "chercheur", "chercheuse",
    "professeur", "professeure", "enseignant", "enseignante", "écrivain", "écrivaine",
    "romancier", "romancière", "chanteur", "chanteuse", "acteur", "actrice", "comédien",
    "comédienne", "réalisateur", "réalisatrice", "entraîneur", "joueur", "joueuse", "attaquant",
    "fondateur", "fondatrice", "patron", "patronne", "dirigeant", "dirigeante", "économiste",
    "politologue", "sociologue", "historien", "historienne", "philosophe", "éditorialiste",
    "chroniqueur", "chroniqueuse", "animateur", "animatrice", "porte-parole", "député",
    "députée", "sénateur", "sénatrice", "maire", "juge", "procureur", "médecin", "ambassadeur",
    "ambassadrice", "commandant", "colonel", "général", "candidat", "candidate", "opposant",
    "opposante", "chef", "cheffe", "leader",
    "ailier", "défenseur", "défenseure", "gardien", "gardienne", "buteur", "buteuse", "capitaine",
    "coureur", "coureuse", "pilote", "cycliste", "sprinteur", "boxeur", "boxeuse", "nageur", "nageuse",
    "skieur", "skieuse", "rugbyman", "talonneur", "pilier", "coéquipier", "coéquipière", "demi",
    "ingénieur", "ingénieure", "agriculteur", "agricultrice", "éleveur", "éleveuse", "syndicaliste",
    "pasteur", "prêtre", "infirmier", "infirmière", "pompier", "gendarme", "policier",
    "policière", "soldat", "investisseur", "investisseuse", "commerçant", "commerçante",
    "prévenu", "prévenue", "témoin", "notaire", "huissier", "huissière", "magistrat", "amiral", "admiral",
    "lieutenant", "préfet", "préfète",
  };

  /* Their lower-case hashes, sorted once, then looked up by the token's. */
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;
  guint64 h;

  if (!any_case && !g_ascii_islower (*tok_str (doc, i)) && (guchar) *tok_str (doc, i) < 0x80)
    return FALSE;
  if (g_once_init_enter (&ready))
    {
      g_autoptr(GString) scratch = g_string_new (NULL);

      for (guint k = 0; k < G_N_ELEMENTS (words); k++)
        hashes[k] = lectern_ner_lower_hash (words[k], strlen (words[k]), scratch);
      qsort (hashes, G_N_ELEMENTS (words), sizeof hashes[0], compare_u64);
      g_once_init_leave (&ready, 1);
    }
  h = tok_lower (doc, i);

  return sorted_hashes_contain (hashes, G_N_ELEMENTS (words), h);
}

static gboolean
is_role_word (const Doc *doc,
              guint      i)
{
  return role_word_any_case (doc, i, FALSE);
}

/* A role in lower case, or capitalized as a sentence's first word
 * ("Prosecutor Renata Lins said", "Hooker Samisoni Taufa is out"). */
static gboolean
is_role_word_or_opening (const Doc *doc,
                         guint      i)
{
  return role_word_any_case (doc, i, (tok_flags (doc, i) & LECTERN_TOKEN_SENTENCE_START) != 0);
}

/* A word that no list knows as anything but a surname, read after a
 * first name: no acronym, place, listed organization, head word, legal
 * form, title, function word, common word, date, listed nationality or
 * company word. */
static gboolean
is_unknown_surname (Doc  *doc,
                    guint i)
{
  const guint32 other = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_KNOWN_ORG |
                        LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN |
                        LECTERN_LEX_STOP_FR | LECTERN_LEX_LOWER;

  return !tok_is_acronym (doc, i) && !(tok_lex (doc, i) & other) && !is_calendar_word (doc, i) &&
         !is_demonym_of (doc, i, TRUE) && !is_company_word (doc, i);
}

/* Whether a capitalized word is known as something else than a part of
 * a person's name: a place, a body or its head word, a legal form, a
 * title, a function word, a company's first word, a date, a nationality.
 * The rules that find names the tagger left out stop at it. */
static gboolean
names_other_than_a_person (Doc  *doc,
                           guint i)
{
  return (tok_lex (doc, i) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_KNOWN_ORG |
                              LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN |
                              LECTERN_LEX_STOP_FR | LECTERN_LEX_COMPANY)) ||
         is_calendar_word (doc, i) || is_demonym (doc, i);
}

/* "Deputy Public Prosecutor Ng Yiling said", "Senior Counsel Adrian Wee
 * of": a capitalized title of the courts, the police or a party at the
 * end of a title of several words, then two or three capitalized words
 * the tagger left out (names of Asia and Africa that no list knows), then
 * a word in lower case: a weak vote for a person. A person's span right
 * after them is the rest of the name ("Nur Syafiqah | Mohd Yusof"). */
static void
add_people_after_titles (Doc          *doc,
                         guint         base,
                         guint         len,
                         const guint8 *tags)
{
  static const char *const titles[] = {
    "Prosecutor", "Counsel", "Judge", "Magistrate", "Registrar", "Coroner", "Commissioner",
    "Superintendent", "Inspector", "Sergeant", "Constable", "Detective", "Sheriff", "Marshal",
    /* "Opposition Leader Mark Golding of", "Senior General Min Aung
     * Hlaing in". */
    "Leader", "General",
  };
  /* Titles of heads that stand alone before a name: "the government of
   * President Anura Kumara Dissanayake remained". */
  static const char *const heads[] = { "President", "Governor", "Premier", "Senator" };
  static guint64 hashes[G_N_ELEMENTS (titles)];
  static gsize ready = 0;

  for (guint k = 1; k + 3 < len; k++)
    {
      guint a = base + k;
      guint e = k + 1, common = 0;
      gboolean ok = TRUE;

      if (tags[k] != LECTERN_TAG_O || !tok_has_upper (doc, a) ||
          !((tok_has_upper (doc, a - 1) && tok_starts_upper (doc, a - 1) && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) &&
             tok_in_list (doc, a, titles, G_N_ELEMENTS (titles), hashes, &ready)) ||
            (tok_starts_lower (doc, a - 1) && tok_is_any (doc, a, heads, G_N_ELEMENTS (heads)))))
        continue;
      while (e < len && e - k <= 3 && tags[e] == LECTERN_TAG_O && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
             tok_starts_upper (doc, base + e) && !tok_is_acronym (doc, base + e))
        {
          guint32 lex = tok_lex (doc, base + e);

          if (names_other_than_a_person (doc, base + e))
            ok = FALSE;
          /* A common word may be a name here ("Ng", "Wee"), not all. */
          if ((lex & LECTERN_LEX_LOWER) && !(lex & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)))
            common++;
          e++;
        }
      if (!ok || e - k - 1 < 2 || e - k - 1 > 3 || common == e - k - 1)
        continue;
      if (e < len && tags[e] == LECTERN_TAG_B_PER)
        for (e++; e < len && tags[e] == LECTERN_TAG_I_PER; e++)
          ;
      else if (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !tok_starts_lower (doc, base + e))
        continue;
      add_span (doc, a + 1, base + e, VOTE_PER, 1);
      k = e - 1;
    }
}

/* A word of a minister's portfolio: "Finance", "Foreign Affairs". */
static gboolean
is_portfolio_word (Doc  *doc,
                   guint i)
{
  static const char *const portfolios[] = {
    "Finance", "Foreign", "Affairs", "Health", "Trade", "Industry", "Defence", "Defense", "Justice", "Education",
    "Interior", "Home", "Energy", "Labour", "Labor", "Transport", "Environment", "Agriculture", "Fisheries",
    "Economy", "Economic", "Development", "Planning", "Commerce", "Communications", "Information", "Culture",
    "Sport", "Sports", "Tourism", "Housing", "Local", "Government", "Public", "Works", "Security", "State",
    "Treasury", "Budget", "Women", "Youth", "Family", "Social", "Welfare", "Immigration", "Internal",
    "External", "Water", "Resources", "Mines", "Mining", "Petroleum", "Lands", "Science", "Technology",
    "Innovation", "Digital", "Infrastructure", "Urban", "Rural", "Investment", "Employment", "Climate",
    "Natural", "Power", "Roads", "Aviation", "Maritime", "Heritage", "Arts", "Veterans", "Indigenous",
    "Relations", "Cooperatives", "Wildlife", "Irrigation", "Highways", "Media",
  };
  static guint64 hashes[G_N_ELEMENTS (portfolios)];
  static gsize ready = 0;

  return tok_in_list (doc, i, portfolios, G_N_ELEMENTS (portfolios), hashes, &ready);
}

/* "Minister of", "Secretary for": a portfolio follows token a. Asked of
 * every token, so inline, its length first. */
static inline gboolean
opens_portfolio (Doc  *doc,
                 guint a)
{
  return (tok_len (doc, a) == 8 || tok_len (doc, a) == 9) && a + 1 < doc->n_tokens &&
         (tok_is (doc, a, "Minister") || tok_is (doc, a, "Secretary")) &&
         (tok_is (doc, a + 1, "of") || tok_is (doc, a + 1, "for"));
}

/* The end of the portfolio after "Minister of" at k: its words, listed
 * with "and" and commas; common words in capitals too ("Urban Renewal"),
 * unless listed_only, where every word is listed and tagged O. */
static guint
portfolio_end (Doc          *doc,
               guint         base,
               guint         len,
               guint         k,
               const guint8 *tags,
               gboolean      listed_only)
{
  guint p = k + 2;

  while (p < len && p < k + 8 && (!listed_only || tags[p] == LECTERN_TAG_O) &&
         ((tok_starts_upper (doc, base + p) &&
           (is_portfolio_word (doc, base + p) ||
            (!listed_only && (tok_lex (doc, base + p) & LECTERN_LEX_LOWER) &&
             !(tok_lex (doc, base + p) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME))))) ||
          ((tok_is (doc, base + p, "and") || tok_is (doc, base + p, ",")) && p > k + 2)))
    p++;

  return p;
}

/* "Deputy Minister of Finance Harshana Suriyapperuma said": a
 * minister's portfolio is common words ("Foreign Affairs"), the name
 * after it is not. */
static void
add_people_after_portfolios (Doc          *doc,
                             guint         base,
                             guint         len,
                             const guint8 *tags)
{
  for (guint k = 0; k + 4 < len; k++)
    {
      guint p, e;
      gboolean ok = TRUE;

      if (tags[k] != LECTERN_TAG_O || !opens_portfolio (doc, base + k))
        continue;
      p = portfolio_end (doc, base, len, k, tags, FALSE);
      if (p == k + 2 || p >= len || tags[p] != LECTERN_TAG_O || !tok_starts_upper (doc, base + p))
        continue;
      for (e = p; e < len && e < p + 3 && tags[e] == LECTERN_TAG_O && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
                  tok_starts_upper (doc, base + e) && !tok_is_acronym (doc, base + e);
           e++)
        {
          if (names_other_than_a_person (doc, base + e) || (tok_lex (doc, base + e) & LECTERN_LEX_LOWER))
            ok = FALSE;
        }
      if (!ok || e < p + 2 ||
          (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !tok_starts_lower (doc, base + e)))
        continue;
      add_span (doc, base + p, base + e, VOTE_PER, 1);
      k = e - 1;
    }
}

/* A role in lower case, then two or three capitalized words the tagger did
 * not take for a person or an organization (it often calls them MISC or a
 * place): a weak vote for a person, unless a word is a known place or
 * organization, a head word or a function word. */
static void
add_pattern_people (Doc          *doc,
                    guint         base,
                    guint         len,
                    const guint8 *tags)
{
  /* Particles inside a surname, and articles that start a place's name
   * ("El Niño", "La Paz"). */
  static const char *const particles[] = {
    "van", "von", "der", "den", "da", "di", "del", "della", "dos", "de", "bin", "ben", "al", "el", "ibn",
    "dela", "delos",
  };
  static const char *const name_articles[] = {
    "El", "Al", "La", "Le", "Los", "Las", "Del", "Da", "De", "Di", "Van", "Von", "San", "Santa", "St",
  };

  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k + 1;
      guint e = k + 1;
      gboolean place_tag = FALSE, ok = TRUE;

      if (!tok_starts_upper (doc, a) || tag_vote (tags[k + 1]) == VOTE_PER ||
          tag_vote (tags[k + 1]) == VOTE_ORG || !(tok_flags (doc, base + k) & LECTERN_TOKEN_WORD) ||
          !is_role_word_or_opening (doc, base + k))
        continue;
      while (e < len && e - k <= 4 && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
             tok_starts_upper (doc, base + e) && !tok_is_acronym (doc, base + e) &&
             tag_vote (tags[e]) != VOTE_PER && tag_vote (tags[e]) != VOTE_ORG)
        {
          guint32 lex = tok_lex (doc, base + e);

          /* A surname may be a town the corpora tag as a place ("Renata
           * Queiroz Lins") after a listed first name. */
          if (e > k + 1 && (tok_lex (doc, a) & LECTERN_LEX_GIVEN) && !(lex & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)))
            lex &= ~LECTERN_LEX_PLACE;
          if ((lex & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_KNOWN_ORG |
                      LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN |
                      LECTERN_LEX_STOP_FR)) ||
              ((lex & LECTERN_LEX_LOWER) && !(lex & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME))) ||
              is_calendar_word (doc, base + e))
            ok = FALSE;
          place_tag |= tag_vote (tags[e]) == VOTE_LOC;
          e++;
        }
      /* One word too after an article and a role ("le chanteur Stromae",
       * "the singer Madonna"): a stage name or a surname. */
      if (!ok || e - k - 1 > 3 ||
          (e - k - 1 < 2 && (e - k - 1 < 1 || place_tag || k == 0 || !tok_is_article (doc, base + k - 1) ||
                             (tok_lex (doc, a) & LECTERN_LEX_COMPANY))) ||
          (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e)))
        continue;
      add_span (doc, a, base + e, VOTE_PER, place_tag ? 3 : 1);
      k = e - 1;
    }

  /* "Hubert Ingraham, Perry Christie, or Branville McCartney": two or
   * three capitalized words the tagger missed or took for a place, joined
   * by "and"/"or" to a person, are another person, unless a word is a
   * common word, a known place, an organization word or a function word. */
  for (guint k = 2; k + 2 < len; k++)
    {
      guint e = k + 1;
      gboolean ok = TRUE, place_tag = FALSE;

      if ((tags[k + 1] != LECTERN_TAG_O && tags[k + 1] != LECTERN_TAG_B_LOC) ||
          !(tag_vote (tags[k - 1]) == VOTE_PER ||
            (tag_vote (tags[k - 2]) == VOTE_PER && tok_is (doc, base + k - 1, ","))) ||
          !(tok_is (doc, base + k, "and") || tok_is (doc, base + k, "or") || tok_is (doc, base + k, "et") ||
            tok_is (doc, base + k, "ou")))
        continue;
      while (e < len && e - k <= 4 && (tags[e] == LECTERN_TAG_O || tag_vote (tags[e]) == VOTE_LOC) &&
             (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e) &&
             !tok_is_acronym (doc, base + e))
        {
          guint32 lex = tok_lex (doc, base + e);

          place_tag |= tag_vote (tags[e]) == VOTE_LOC;
          if (names_other_than_a_person (doc, base + e) ||
              ((lex & LECTERN_LEX_LOWER) && !(lex & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME))))
            ok = FALSE;
          e++;
        }
      if (ok && e - k - 1 >= 2 && e - k - 1 <= 3 &&
          !(e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e)))
        add_span (doc, base + k + 1, base + e, VOTE_PER, place_tag ? 3 : 1);
    }

  /* "Yesterday Arvid Lindblad spun", "l'attaquant congolais Grâce Mavinga
   * reprend": a listed first name (not also a company's first word, nor a
   * common word unless inside a French sentence: "Art Gallery") and a
   * surname no list knows otherwise, which the tagger left out, alone
   * between lower-case words (or after a sentence's first word or a
   * title). */
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k;
      guint32 first = tok_lex (doc, a);
      guint e = k + 1;
      gboolean ok;

      if (tags[k] != LECTERN_TAG_O || !tok_starts_upper (doc, a) ||
          tok_is_acronym (doc, a) || tok_is_any (doc, a, name_articles, G_N_ELEMENTS (name_articles)) ||
          (first & (LECTERN_LEX_COMPANY | LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                    LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) ||
          ((first & LECTERN_LEX_LOWER) && !(doc->lang == LANG_FR && k > 0 && tok_starts_lower (doc, a - 1))))
        continue;
      /* After a title in capitals too ("Assistant District Attorney
       * Renata Okonjo-Vasquez said"). */
      if (k > 0 && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, a - 1) &&
          !(k == 1 && (tok_lex (doc, a - 1) & (LECTERN_LEX_LOWER | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR))) &&
          !((tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, a - 1) ||
            tok_is (doc, a - 1, "Attorney")))
        continue;
      while (e < len && e - k <= 3 && tags[e] == LECTERN_TAG_O && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
             (tok_starts_upper (doc, base + e) ||
              (tok_is_any (doc, base + e, particles, G_N_ELEMENTS (particles)) && e + 1 < len &&
               tok_starts_upper (doc, base + e + 1))))
        e++;
      ok = e - k >= 2 && tok_starts_upper (doc, base + e - 1) &&
           !(e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e));
      /* One surname only, after the particles. */
      for (guint j = k + 1; j < e && ok; j++)
        if (tok_starts_upper (doc, base + j))
          ok = j == e - 1 && is_unknown_surname (doc, base + j);
      /* The first name last: most runs fail the tests above. */
      if (ok && tok_is_first_name (doc, a))
        add_span (doc, a, base + e, VOTE_PER, 1);
      k = e - 1;
    }

  /* "Jaswinder Kaur Bains said", "Thandiwe Okonjo-Reyes, who founded":
   * a first name of the world's list and one or two capitalized words
   * that no list knows but as names, which the tagger left out, before a verb of saying or ", who": only
   * people speak and are "who". */
  if (doc->lang == LANG_EN)
    for (guint k = 0; k + 2 < len; k++)
      {
        static const char *const saying[] = {
          "said", "says", "told", "added", "testified", "wrote", "argued", "warned", "insisted", "admitted",
          "denied", "explained", "recalled",
        };
        const guint32 name_only = LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME |
                                  LECTERN_LEX_SURNAME_TOP | LECTERN_LEX_CAPITALIZED;
        guint e = k, v;

        if (tags[k] != LECTERN_TAG_O ||
            (k > 0 && (tok_flags (doc, base + k - 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + k - 1)))
          continue;
        while (e < len && e < k + 4 && tags[e] == LECTERN_TAG_O && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
               tok_starts_upper (doc, base + e) && !tok_is_caps_word (doc, base + e) &&
               (tok_lex (doc, base + e) & ~name_only) == 0 && !is_calendar_word (doc, base + e))
          e++;
        if (e < k + 2)
          continue;
        /* "Llyr Gruffydd MS, who led": a seat's letters between. */
        v = e + (e < len && is_honour_letters (doc, base + e));
        /* "Conor Devery SC, for Mulhall,": a silk's letters and a
         * comma are a person's whatever follows. */
        if (e < k + 4 && v + 1 < len && tok_is_first_name (doc, base + k) &&
            (tok_is_any (doc, base + v, saying, G_N_ELEMENTS (saying)) ||
             (tok_is (doc, base + v, ",") && (tok_is (doc, base + v + 1, "who") || v > e))))
          add_span (doc, base + k, base + e, VOTE_PER, 1);
        k = e - 1;
      }

  /* "Echo Moskvy blogger Boris Nadezhdin", "Reuters reporter Jane Doe":
   * capitalized words the tagger took for a person, a role, then a
   * person: the first name is where the person works. Not a common first
   * name, a place, a nationality or a common word alone ("Opposition
   * leader"). */
  for (guint k = 1; k + 1 < len; k++)
    {
      guint s = k;
      gboolean ok = TRUE;

      if (tag_vote (tags[k + 1]) != VOTE_PER || tag_vote (tags[k - 1]) != VOTE_PER ||
          !is_role_word (doc, base + k))
        continue;
      while (s > 0 && k - s < 4 && tag_vote (tags[s - 1]) == VOTE_PER && tok_starts_upper (doc, base + s - 1))
        s--;
      if (k - s > 3 || (s > 0 && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) &&
                        tok_starts_upper (doc, base + s - 1)))
        continue;
      for (guint j = s; j < k && ok; j++)
        {
          guint32 lex = tok_lex (doc, base + j);

          ok = !(lex & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                        LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) &&
               !(k - s == 1 && (lex & LECTERN_LEX_LOWER) && !(lex & LECTERN_LEX_SURNAME)) &&
               !is_demonym (doc, base + j);
        }
      if (ok)
        add_span (doc, base + s, base + k, VOTE_ORG, 3);
    }
}

/* A word of two letters or more, all in capitals. */
static gboolean
tok_is_caps_word (const Doc *doc,
                  guint      i)
{
  const char *s = tok_str (doc, i);
  const char *end = s + tok_len (doc, i);
  guint upper = 0;

  for (; s < end; s = g_utf8_next_char (s))
    {
      gunichar c = (guchar) *s < 0x80 ? (gunichar) *s : g_utf8_get_char (s);

      if (c < 0x80 ? (c >= 'a' && c <= 'z') : g_unichar_islower (c))
        return FALSE;
      upper += c < 0x80 ? (c >= 'A' && c <= 'Z') : g_unichar_isupper (c);
    }

  return upper >= 2;
}

/* An acronym in running text, not a word of a line in capitals ("UN
 * PRINCE", "RETOUR AU FOYER"). */
static gboolean
acronym_in_running_text (const Doc *doc,
                         guint      base,
                         guint      len,
                         guint      k)
{
  return !(k > 0 && tok_is_caps_word (doc, base + k - 1)) &&
         !(k + 1 < len && tok_is_caps_word (doc, base + k + 1));
}

/* "Austrian People's Party", "Kurdistan Workers' Party": capitalized
 * words, a possessive, then an organization's head word are one
 * organization, which the tagger cuts at the possessive. */
static void
mark_possessive_organizations (Doc    *doc,
                               guint   base,
                               guint   len,
                               guint8 *tags)
{
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint s = k, e = k + 1;
      gboolean saint;

      if (!tok_is_possessive (doc, a) || !possessive_in_name (doc, a))
        continue;
      while (s > 0 && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + s - 1) &&
             !tok_is_article (doc, base + s - 1) && k - s < 4)
        s--;
      while (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e))
        e++;
      /* "Prosecuting Attorneys' Council of Georgia": the tagger's span
       * of the head word goes on. */
      while (e < len && tags[e] == LECTERN_TAG_I_ORG && tag_vote (tags[e - 1]) == VOTE_ORG)
        e++;
      /* Not the end of someone's name: "Sam Altman's Company", "Mukesh
       * Ambani's Reliance Industries" (a person's whole name, then a
       * name the tagger reads as a body's). */
      /* "the Tan Binh District People's Committee": the people's bodies
       * are named so, whatever word starts them. */
      if (tok_is (doc, a - 1, "People"))
        {
          tag_organization (tags, len, s, e);
          k = e;
          continue;
        }
      /* A saint is no owner ("St Brendan's GAA Club"). */
      saint = k >= 2 && follows_saint (doc, a);
      if (tags[s] == LECTERN_TAG_B_PER && (tok_lex (doc, base + s) & LECTERN_LEX_GIVEN) && !saint)
        continue;
      /* "President Lee Jae-myung's Democratic Party": the person may
       * follow a title the walk took in. */
      if (tags[k + 1] == LECTERN_TAG_B_ORG && !saint)
        {
          guint p = k - 1;

          while (p > s && tags[p] == LECTERN_TAG_I_PER)
            p--;
          if (tags[p] == LECTERN_TAG_B_PER && k - p >= 2)
            continue;
        }
      tag_organization (tags, len, s, e);
      k = e;
    }
}

/* "Eli Lilly's Kisunla", "NASA's Administrator Jim Bridenstine": a
 * listed company or body and its possessive at the start of the tagger's
 * span own what follows. The owner is an organization; what it owns stays
 * one if the tagger read the span so. In a person's span, one word after
 * it is a product, more are the owner's person. */
static void
split_owner_possessives (Doc    *doc,
                         guint   base,
                         guint   len,
                         guint8 *tags)
{
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint s = k, e = k + 1;
      gboolean owner_of = FALSE;
      int vote;

      if ((tags[k] != LECTERN_TAG_I_ORG && tags[k] != LECTERN_TAG_I_PER) || !tok_is_possessive (doc, a) ||
          tags[k + 1] != tags[k] || !tok_starts_upper (doc, a + 1))
        continue;
      while (s > 0 && tags[s] != tags[k] - 1)
        s--;
      /* "the U.S. Chamber of | Commerce's Institute": the tagger may
       * start a span again after the owner's "of". */
      if (tags[s] == LECTERN_TAG_B_ORG && s >= 2 && tags[s - 1] == LECTERN_TAG_I_ORG &&
          tok_is_connector (doc, base + s - 1) && known_organization (doc, base + s, a) == 0)
        {
          guint o = s - 1;

          while (o > 0 && tags[o] != LECTERN_TAG_B_ORG)
            o--;
          if (tags[o] == LECTERN_TAG_B_ORG && known_organization (doc, base + o, a) != 0)
            s = o, owner_of = TRUE;
        }
      /* A name that holds a possessive ("Commerce's Institute" alone)
       * is one, unless a listed owner's name runs through it. */
      if (tags[s] != tags[k] - 1 || known_organization (doc, base + s, a) == 0 ||
          (!owner_of && possessive_in_name (doc, a)))
        continue;
      vote = tag_vote (tags[k]);
      while (e < len && tags[e] == tags[k])
        e++;
      tag_organization (tags, len, s, k);
      tags[k] = LECTERN_TAG_O;
      if (vote == VOTE_ORG)
        tag_organization (tags, len, k + 1, e);
      else if (e > k + 2)
        tags[k + 1] = LECTERN_TAG_B_PER;
      else
        tags[k + 1] = LECTERN_TAG_O;
      k = e - 1;
    }
}

/* "the Brazilian Army and Rio de Janeiro's Municipal Health Secretariat":
 * a place and its possessive inside the tagger's organization say whose
 * body it is; the body's name starts after them, and a body before "and"
 * is one of its own. */
static void
split_place_possessives (Doc    *doc,
                         guint   base,
                         guint   len,
                         guint8 *tags)
{
  for (guint k = 1; k + 2 < len; k++)
    {
      guint s = k, e = k + 1;

      if (tags[k] != LECTERN_TAG_I_ORG || !tok_is_possessive (doc, base + k))
        continue;
      /* The longest place of one to four tokens before the possessive. */
      for (guint t = 1; t <= 4 && t <= k; t++)
        if (tok_starts_upper (doc, base + k - t) &&
            (name_flags (doc, base + k - t, base + k) & (LECTERN_LEX_PLACE | LECTERN_LEX_GEO)) &&
            known_organization (doc, base + k - t, base + k) == 0)
          s = k - t;
      if (s == k)
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      if (e < k + 3 || !span_has_head (doc, base + k + 1, base + e))
        continue;
      for (guint r = s; r < k; r++)
        tags[r] = r == s ? LECTERN_TAG_B_LOC : LECTERN_TAG_I_LOC;
      tags[k] = LECTERN_TAG_O;
      tags[k + 1] = LECTERN_TAG_B_ORG;
      if (s > 0 && (tags[s - 1] == LECTERN_TAG_I_ORG) &&
          (tok_is (doc, base + s - 1, "and") || tok_is (doc, base + s - 1, "et")))
        tags[s - 1] = LECTERN_TAG_O;
      k = e - 1;
    }
}

/* One capitalized word that may be a partner's name in a firm's name: no
 * common word ("Separately, Procter & Gamble"). */
static gboolean
is_partner_name (const Doc *doc,
                 guint      i)
{
  return (tok_flags (doc, i) & LECTERN_TOKEN_WORD) && tok_len (doc, i) >= 3 && tok_starts_upper (doc, i) &&
         !tok_is_caps_word (doc, i) &&
         !(tok_lex (doc, i) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_GEO |
                               LECTERN_LEX_LOWER | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_KNOWN_ORG)) &&
         !is_calendar_word (doc, i);
}

/* "Wachtell, Lipton, Rosen & Katz", "Skadden, Arps, Slate, Meagher & Flom
 * LLP", "Okafor & Reid": single names between commas, the last after "&",
 * are a firm, which the tagger reads as people and places. */
static void
mark_firm_names (Doc    *doc,
                 guint   base,
                 guint   len,
                 guint8 *tags)
{
  /* What a partnership calls itself after its partners' names. */
  static const char *const firm_words[] = {
    "Partners", "Associates", "Advisory", "Advisors", "Advisers", "Consulting", "Consultants", "Solicitors",
    "Attorneys", "Lawyers", "PLLC",
  };

  for (guint k = 0; k + 2 < len; k++)
    {
      guint j = k + 1;
      guint s = k, e;
      gboolean suffixed;

      /* A comma or "&" after the first name first: most tokens fail that. */
      if (tok_len (doc, base + k + 1) != 1 || (*tok_str (doc, base + k + 1) != ',' && *tok_str (doc, base + k + 1) != '&') ||
          !is_partner_name (doc, base + k))
        continue;
      /* "Harlan Oduya & Pruitt PLLC": a partner's first name too. */
      if (k > 0 && tok_starts_upper (doc, base + k - 1) && tok_is_first_name (doc, base + k - 1) &&
          is_partner_name (doc, base + k - 1) && (k == 1 || !tok_starts_upper (doc, base + k - 2)))
        s = k - 1;
      else if (k > 0 && (tok_starts_upper (doc, base + k - 1) || tok_is (doc, base + k - 1, ",")))
        continue;
      while (j + 2 < len && tok_is (doc, base + j, ",") && is_partner_name (doc, base + j + 1))
        j += 2;
      if (!tok_is (doc, base + j, "&") || j + 1 >= len || !is_partner_name (doc, base + j + 1))
        continue;
      e = j + 2;
      /* "Ang & Teo Partners". */
      if (e < len && tok_is_any (doc, base + e, firm_words, G_N_ELEMENTS (firm_words)))
        e++;
      if (e < len && (tok_lex (doc, base + e) & LECTERN_LEX_LEGAL))
        e++;
      suffixed = e > j + 2;
      /* A partner's first name only before a suffix. */
      if (!suffixed && s < k)
        continue;
      /* Two names alone are a firm only with its suffix, after "of",
       * "at", or after "by" and a word for a company ("published by Faber
       * & Faber", "the law firm Morgan & Morgan"): "Dye & Bavelier
       * (2010)" cites two authors. */
      if (!suffixed && j == k + 1 &&
               !(k > 0 && (tok_is (doc, base + k - 1, "of") || tok_is (doc, base + k - 1, "at") ||
                           is_organization_noun (doc, base + k - 1) ||
                           (tok_is (doc, base + k - 1, "by") && !(e < len && tok_is (doc, base + e, "("))))))
        continue;
      /* Not the start of a longer run of capitals ("Rosen & Katz
       * Partners Fund"), nor a list of pairs. */
      if (e < len && ((tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) ? tok_starts_upper (doc, base + e)
                                                                       : tok_is (doc, base + e, "&")))
        continue;
      tag_organization (tags, len, s, e);
      k = e;
    }
}

/* "CISA Director Jen Easterly told": the tagger may stop a person at a
 * listed first name; one capitalized word after it that no list knows as
 * anything but a surname, and that ends the capitalized run, is the
 * surname. */
static void
extend_first_names (Doc    *doc,
                    guint   base,
                    guint   len,
                    guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_B_PER || tags[k + 1] != LECTERN_TAG_O ||
          !(tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) || !tok_starts_upper (doc, a + 1) ||
          (k + 2 < len && (tok_flags (doc, a + 2) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, a + 2)) ||
          !tok_is_first_name (doc, a) || !is_unknown_surname (doc, a + 1))
        continue;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }
}

/* Whether a word of [a, b) starts in lower case ("of" of "Chamber of
 * Minerals"). */
static gboolean
span_has_lower (const Doc *doc,
                guint      a,
                guint      b)
{
  for (guint i = a; i < b; i++)
    if (tok_starts_lower (doc, i))
      return TRUE;

  return FALSE;
}

/* "Mitsubishi Corp. and Inpex Corp.", "Société Générale et Crédit
 * Agricole CIB", "Infineon Technologies and STMicroelectronics", "Rohm
 * and Bain Capital": an organization the tagger ran over "and" is two
 * when the words before "and" end with a legal form or a trade or are a
 * listed name, or those after it are and those before end with no common
 * word ("Energy and Mineral Resources"); one
 * that runs past an abbreviated legal form into a first name ends there. */
static void
split_joined_organizations (Doc    *doc,
                            guint   base,
                            guint   len,
                            guint8 *tags)
{
  static const char *const sayings[] = { "said", "says", "told", "added" };
  static const char *const societies[] = {
    "Alliance", "Association", "Coalition", "Federation", "League", "Foundation", "Society", "Network", "Project",
    "Union",
  };

  for (guint k = 0; k < len; k++)
    {
      guint e = k + 1;

      if (tags[k] != LECTERN_TAG_B_ORG)
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      /* "Derry City and Strabane District Council": a listed name whole. */
      if (e >= k + 3 && known_organization (doc, base + k, base + e) != 0)
        {
          k = e - 1;
          continue;
        }
      for (guint j = k + 1; j + 1 < e; j++)
        {
          if ((tok_is (doc, base + j, "and") || tok_is (doc, base + j, "et")) &&
              tok_starts_upper (doc, base + j + 1) &&
              (is_legal_form (doc, base + j - 1) || known_organization (doc, base + k, base + j) != 0 ||
               (j >= k + 2 && is_company_word (doc, base + j - 1) && !is_company_word (doc, base + j + 1) &&
                !span_has_lower (doc, base + k, base + j)) ||
               (known_organization (doc, base + j + 1, base + e) != 0 &&
                !(tok_lex (doc, base + j - 1) & LECTERN_LEX_LOWER)) ||
               /* "Huayou Cobalt and Ford Motor Co.": two words or more on
                * each side and a legal form ending the second ("Marks and
                * Spencer Group plc", "Ben Salem et Fils SARL" are one). */
               (j >= k + 2 && e >= j + 4 && is_legal_form (doc, base + e - 1) &&
                !is_family_firm_word (doc, base + j + 1) && !span_has_lower (doc, base + k, base + j)) ||
               /* "National Domestic Workers Alliance and Gig Workers
                * Rising": three words or more that end with a word for a
                * society, then two or more capitalized. */
               (j >= k + 3 && e >= j + 3 && tok_is_any (doc, base + j - 1, societies, G_N_ELEMENTS (societies)) &&
                !span_has_lower (doc, base + k, base + j) && !span_has_lower (doc, base + j + 1, base + e))))
            {
              tags[j] = LECTERN_TAG_O;
              tags[j + 1] = LECTERN_TAG_B_ORG;
              break;
            }
          /* "a partner at Khaitan & Co. Pooja Deshpande, an analyst": the
           * abbreviation's full stop ended the sentence. */
          if (is_legal_form (doc, base + j) && tok_str (doc, base + j)[tok_len (doc, base + j) - 1] == '.' &&
              tok_starts_upper (doc, base + j + 1) &&
              (((tok_lex (doc, base + j + 1) & LECTERN_LEX_GIVEN) && e - j - 1 >= 2 && e - j - 1 <= 3) ||
               /* "at Kalinaw Securities Inc. Luna said": a surname. */
               ((tok_lex (doc, base + j + 1) & LECTERN_LEX_SURNAME) && e == j + 2 && e < len &&
                tok_is_any (doc, base + e, sayings, G_N_ELEMENTS (sayings)))))
            {
              tags[j + 1] = LECTERN_TAG_B_PER;
              for (guint r = j + 2; r < e; r++)
                tags[r] = LECTERN_TAG_I_PER;
              break;
            }
        }
      k = e - 1;
    }
}

/* 1 when token e (relative to base) is the country of a company's branch
 * before its legal form, "UK" of "Zuiderveld UK Ltd", "France" of "Arvato
 * France SAS"; else 0. */
static guint
branch_country_before_legal_form (Doc          *doc,
                                  guint         base,
                                  guint         len,
                                  guint         e,
                                  const guint8 *tags)
{
  guint i = base + e;

  /* In brackets: "Cocoa Marketing Company (Ghana) Ltd". */
  if (e + 3 < len && tags[e] == LECTERN_TAG_O &&
      (tags[e + 1] == LECTERN_TAG_O || tags[e + 1] == LECTERN_TAG_B_LOC) &&
      tags[e + 2] == LECTERN_TAG_O && tags[e + 3] == LECTERN_TAG_O && is_bracketed_branch (doc, i))
    return 3;
  if (e + 1 >= len || (tags[e] != LECTERN_TAG_O && tags[e] != LECTERN_TAG_B_LOC) ||
      tags[e + 1] != LECTERN_TAG_O || !tok_starts_upper (doc, i) || !is_legal_form (doc, i + 1))
    return 0;
  if (tok_is_acronym (doc, i) && tok_len (doc, i) <= 3)
    return 1;

  return (tok_lex (doc, i) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) != 0;
}

/* The number of tokens from e that go on a legal form that ends before e:
 * ", Ltd." of "Korea Zinc Co., Ltd.", "de C.V." of "S.A. de C.V."; 0 when
 * none do. */
static guint
legal_form_tail_length (Doc          *doc,
                        guint         base,
                        guint         len,
                        guint         e,
                        const guint8 *tags)
{
  guint i = base + e;

  if (e + 1 >= len || tags[e] != LECTERN_TAG_O || tags[e + 1] != LECTERN_TAG_O)
    return 0;
  if (tok_is (doc, i, ",") && is_legal_form (doc, i + 1) && tok_len (doc, i + 1) <= 4 &&
      tok_str (doc, i + 1)[tok_len (doc, i + 1) - 1] == '.')
    return 2;
  /* Mexico's "S.A. de C.V.", "S. de R.L. de C.V.". */
  if (tok_is (doc, i, "de") && (tok_is (doc, i + 1, "C.V.") || tok_is (doc, i + 1, "R.L.")))
    return 2;

  return 0;
}

/* Whether the legal form at k is free to join the name before it: left
 * out, or read as a body of its own ("Ventspils Tekstils | SIA"). */
static inline gboolean
legal_form_free (const guint8 *tags,
                 guint         len,
                 guint         k)
{
  return tags[k] == LECTERN_TAG_O ||
         (tags[k] == LECTERN_TAG_B_ORG && (k + 1 == len || tags[k + 1] != LECTERN_TAG_I_ORG));
}

/* "Quantilis SA", "Brennan Ltd", "Arvato GmbH": a name the tagger took for
 * a person, or a capitalized word inside a sentence it left out, followed
 * by a company's legal form, is that company. */
static void
mark_legal_form_names (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  for (guint k = 0; k < len; k++)
    {
      guint e = k + 1;
      guint branch;
      guint tail;

      if (tags[k] == LECTERN_TAG_O)
        {
          /* One word, before an abbreviated form ("SA", "Ltd", not
           * "Specialist Group of…"): longer runs are
           * add_pattern_organizations()'s ("Transports Vallon SA"). */
          if (k == 0 || e >= len || !tok_starts_upper (doc, base + k) || tok_starts_upper (doc, base + k - 1))
            continue;
          branch = branch_country_before_legal_form (doc, base, len, e, tags);
          if (e + branch >= len || tags[e + branch] != LECTERN_TAG_O ||
              !is_legal_form (doc, base + e + branch) || tok_len (doc, base + e + branch) > 4 ||
              !(tok_flags (doc, base + k) & LECTERN_TOKEN_WORD) ||
              (tok_lex (doc, base + k) & (LECTERN_LEX_LOWER | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR |
                                          LECTERN_LEX_TITLE | LECTERN_LEX_LEGAL)) ||
              is_calendar_word (doc, base + k))
            continue;
        }
      /* "regional lender Norrlandsbanken AB": one word the tagger took
       * for a place, right before a short form. */
      else if (tags[k] == LECTERN_TAG_B_LOC)
        {
          if (e >= len || tags[e] != LECTERN_TAG_O || !is_legal_form (doc, base + e) || tok_len (doc, base + e) > 4)
            continue;
        }
      /* "Beazley plc": a listed company the tagger ended before its form. */
      else if (tags[k] != LECTERN_TAG_B_PER && tags[k] != LECTERN_TAG_B_ORG)
        continue;
      while (e < len && tags[e] == tags[k] + 1)
        e++;
      /* "Seri Kinta | Development Sdn Bhd": a word or two of the trade
       * the tagger left between the name and its form. */
      if (tags[k] == LECTERN_TAG_B_PER || tags[k] == LECTERN_TAG_B_ORG)
        {
          guint m = e;

          while (m < len && m < e + 2 && tags[m] == LECTERN_TAG_O && (tok_flags (doc, base + m) & LECTERN_TOKEN_WORD) &&
                 tok_starts_upper (doc, base + m) && !is_legal_form (doc, base + m) &&
                 !(tok_lex (doc, base + m) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE |
                                              LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)))
            m++;
          if (m > e && m < len && tags[m] == LECTERN_TAG_O && is_legal_form (doc, base + m) &&
              tok_len (doc, base + m) <= 6)
            e = m;
        }
      branch = branch_country_before_legal_form (doc, base, len, e, tags);
      if (e + branch >= len || !legal_form_free (tags, len, e + branch) || !is_legal_form (doc, base + e + branch))
        {
          /* "Korea Zinc Co., Ltd.": the tagger ended the company at its
           * first form. */
          if (tags[k] == LECTERN_TAG_B_ORG && is_legal_form (doc, base + e - 1) &&
              (tail = legal_form_tail_length (doc, base, len, e, tags)) > 0)
            {
              while (tail > 0)
                {
                  e += tail;
                  tail = legal_form_tail_length (doc, base, len, e, tags);
                }
              tag_organization (tags, len, k, e);
            }
          k = e - 1;
          continue;
        }
      e += branch;
      while (e < len && legal_form_free (tags, len, e) && is_legal_form (doc, base + e))
        e++;
      while ((tail = legal_form_tail_length (doc, base, len, e, tags)) > 0)
        e += tail;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* Whether token k (in the sentence from base) could be one partner's
 * surname in a firm's name: a single capitalized word inside the
 * sentence that the tagger read as a name of its own, or left out and no
 * list knows as a common word; no place, title or function word. */
static gboolean
is_partner_surname (Doc          *doc,
                    guint         base,
                    const guint8 *tags,
                    guint         k)
{
  guint a = base + k;

  return (tags[k] == LECTERN_TAG_O || tags[k] == LECTERN_TAG_B_PER || tags[k] == LECTERN_TAG_B_ORG) &&
         (tok_flags (doc, a) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, a) && !tok_is_caps_word (doc, a) &&
         !(tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) &&
         (k == 0 || !tok_starts_upper (doc, a - 1) || !(tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD)) &&
         !(tags[k] == LECTERN_TAG_O && (tok_lex (doc, a) & LECTERN_LEX_LOWER)) &&
         !(tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN |
                               LECTERN_LEX_STOP_FR | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_KNOWN_ORG));
}

/* "Lacaton & Vassal", "Kaufman & Broad": two surnames alone joined by a
 * "&" name a firm, whatever the tagger made of each; not two first names
 * ("Tom & Jerry") nor authors cited with their year ("Reich & Marks,
 * 2016"). Token k is the second. */
static gboolean
is_bare_partnership (Doc          *doc,
                     guint         base,
                     guint         len,
                     const guint8 *tags,
                     guint         k)
{
  guint a = base + k;

  if (k < 2 || !tok_is (doc, a - 1, "&") || !(tok_flags (doc, a - 1) & LECTERN_TOKEN_SPACE_BEFORE))
    return FALSE;
  for (guint i = k - 2; i <= k; i += 2)
    if (!(tags[i] == LECTERN_TAG_B_LOC || is_partner_surname (doc, base, tags, i)) ||
        (tok_lex (doc, base + i) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
        (i + 1 < len && tags[i + 1] != LECTERN_TAG_O && (tags[i + 1] & 1) == 0))
      return FALSE;
  if ((tok_lex (doc, a) & LECTERN_LEX_GIVEN_TOP) && (tok_lex (doc, a - 2) & LECTERN_LEX_GIVEN_TOP))
    return FALSE;
  /* One of them reads as a name ("Hobby & Crafts" does not), and
   * neither is an abbreviation ("T & Cs"). */
  if (tok_len (doc, a) < 3 || tok_len (doc, a - 2) < 3 ||
      !(tags[k] == LECTERN_TAG_B_PER || tags[k - 2] == LECTERN_TAG_B_PER ||
        ((tok_lex (doc, a) | tok_lex (doc, a - 2)) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME))))
    return FALSE;
  /* Nothing capitalized after it, no year. */
  if (k + 1 < len && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) &&
      (tok_starts_upper (doc, a + 1) || g_ascii_isdigit (*tok_str (doc, a + 1))))
    return FALSE;
  if (k + 2 < len && (tok_is (doc, a + 1, ",") || tok_is (doc, a + 1, "(")) &&
      g_ascii_isdigit (*tok_str (doc, a + 2)))
    return FALSE;

  return TRUE;
}

/* "Alvarez & Marsal Asia Ltd", "Ben Salem et Fils SARL": a company
 * with its legal form, after "&" (or "et" before "Fils", "Frères",
 * "Cie") and a name, goes on back over them: the partner's name is the
 * company's, which the tagger may have read as a person's. */
static void
join_partner_firms (Doc    *doc,
                    guint   base,
                    guint   len,
                    guint8 *tags)
{
  static const char *const family[] = {
    "Fils", "Frères", "Cie", "Associés", "Associées", "Sons", "Brothers", "Partners", "Associates",
    "Advogados", "Abogados",
    /* "Marlow Keane & Co", "Brown Brothers Harriman & Co.". */
    "Co", "Co.", "Company", "Cie.", "Son",
  };

  for (guint k = 2; k < len; k++)
    {
      guint a = base + k;
      guint e = k + 1, s = k - 1;
      gboolean kin;

      /* "&" or "et" before: one or two bytes, which most tokens are not. */
      if (tok_len (doc, a - 1) > 2 || !(tok_is (doc, a - 1, "&") || tok_is (doc, a - 1, "et")))
        continue;
      kin = tok_is_any (doc, a, family, G_N_ELEMENTS (family));
      if (tok_is (doc, a - 1, "et") && !kin)
        continue;
      /* "Tanguy & Associés", "Dupont et Fils": the word for the partners
       * ends the firm, maybe before its form. */
      if (kin && tags[k] != LECTERN_TAG_I_ORG && tags[k] != LECTERN_TAG_I_PER)
        {
          while (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0)
            e++;
          while (e < len && is_legal_form (doc, base + e))
            e++;
        }
      else if (tags[k] == LECTERN_TAG_B_ORG || tags[k] == LECTERN_TAG_B_PER)
        {
          gboolean legal;

          while (e < len && tags[e] == tags[k] + 1)
            e++;
          /* An American professional corporation's "PC" ends a firm too
           * (alone, a computer), which the tagger may read as a
           * person's ("Keough & | Olsen PC"). */
          legal = is_legal_form (doc, base + e - 1) || tok_is (doc, base + e - 1, "PC");
          /* "Al Shamsi & Partners Advocates": after "&", a head word or a
           * word of the trade ends the firm too. */
          /* "Haddad & | Khoury Advocates", read as a person's name: a
           * word of the trade, no head word. */
          if ((e < k + 2 ||
               !(legal || (tags[k] == LECTERN_TAG_B_ORG && tok_is (doc, a - 1, "&") &&
                           ((tok_lex (doc, base + e - 1) & LECTERN_LEX_ORG_HEAD) || is_company_word (doc, base + e - 1))) ||
                 (tags[k] == LECTERN_TAG_B_PER && tok_is (doc, a - 1, "&") && is_company_word (doc, base + e - 1)))) &&
              !is_bare_partnership (doc, base, len, tags, k))
            continue;
        }
      else if (!is_bare_partnership (doc, base, len, tags, k))
        continue;
      /* The name before: the tagger's span, or capitalized words. */
      if (tags[s - 1] != LECTERN_TAG_O)
        {
          s--;
          while (s > 0 && (tags[s] & 1) == 0)
            s--;
          /* A surname the tagger read as a place: one word no list
           * places. */
          if (tag_vote (tags[s]) != VOTE_PER && tag_vote (tags[s]) != VOTE_ORG &&
              !(tags[s] == LECTERN_TAG_B_LOC && s + 2 == k &&
                !(tok_lex (doc, base + s) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE))))
            continue;
        }
      else
        {
          /* Not over a sentence's first word: "Pourquoi Vuilleumier &
           * Fils". */
          while (s > 0 && tags[s - 1] == LECTERN_TAG_O && tok_starts_upper (doc, base + s - 1) &&
                 (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) && s + 3 > k &&
                 !(s < k - 1 && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_SENTENCE_START)))
            s--;
          if (s == k - 1 || !tok_starts_upper (doc, base + s) ||
              (tok_lex (doc, base + s) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)))
            continue;
        }
      /* "Brandt, Keough & Olsen PC": the partners' surnames before,
       * one word each between commas. */
      while (s >= 2 && tok_is (doc, base + s - 1, ",") && is_partner_surname (doc, base, tags, s - 2))
        s -= 2;
      /* "Transports Lafitte et Fils": a word of the trade before. */
      if (s > 0 && tags[s - 1] == LECTERN_TAG_O && tok_starts_upper (doc, base + s - 1) &&
          is_company_word (doc, base + s - 1))
        s--;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
  /* "Maison Lafargue Frères", "Lehman Brothers": a name and the word for
   * its brothers or sons, with no "&" between, are a firm too. */
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;
      guint s = k, e = k + 1;
      char c = *tok_str (doc, a);

      /* The first byte first: most tokens fail it. */
      if ((c != 'F' && c != 'B' && c != 'S') || tok_len (doc, a) < 4 ||
          !(tok_is (doc, a, "Frères") || tok_is (doc, a, "Fils") || tok_is (doc, a, "Brothers") ||
            tok_is (doc, a, "Sons")) ||
          tags[k] == LECTERN_TAG_I_ORG || !tok_starts_upper (doc, a - 1) ||
          !(tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) ||
          (tok_lex (doc, a - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)))
        continue;
      while (s > 0 && s + 3 > k && tok_starts_upper (doc, base + s - 1) &&
             (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) &&
             !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) &&
             !(s < k && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_SENTENCE_START)))
        s--;
      while (e < len && is_legal_form (doc, base + e))
        e++;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
  /* "advised by Lazard Frères Banque and Lenz & Staehelin": a firm of
   * partners after "and" inside the tagger's organization is one of its
   * own. */
  for (guint k = 1; k + 3 < len; k++)
    if (tags[k] == LECTERN_TAG_I_ORG && tok_is (doc, base + k, "and") && tags[k - 1] != LECTERN_TAG_B_ORG &&
        tags[k + 2] == LECTERN_TAG_I_ORG && tok_is (doc, base + k + 2, "&") && tags[k + 3] == LECTERN_TAG_I_ORG &&
        tok_starts_upper (doc, base + k + 1))
      {
        tags[k] = LECTERN_TAG_O;
        tags[k + 1] = LECTERN_TAG_B_ORG;
      }
  /* "Gestion immobilière Beaubien inc.", "Vasconcelos Participações
   * Ltda.": forms the tokenizer takes the dot of for a full stop. */
  if (len >= 3 && tok_is (doc, base + len - 1, ".") && is_dotted_form (doc, base + len - 2) &&
      tags[len - 2] != LECTERN_TAG_O && !(tok_flags (doc, base + len - 1) & LECTERN_TOKEN_SPACE_BEFORE))
    tags[len - 1] = tags[len - 2] == LECTERN_TAG_B_ORG ? LECTERN_TAG_I_ORG : tags[len - 2];
}

/* arabic_article_length of a token of `len` bytes, 4 or more. */
static guint
arabic_article_bytes (const char *s,
                      guint32     len)
{
  static const char *prefixes[] = { "al-", "el-", "ad-", "ar-", "as-", "ash-", "az-", "an-", "at-" };
  const char *dash;

  if ((dash = memchr (s, '-', MIN (len, 4))) == NULL ||
      dash + 1 >= s + len || !g_unichar_isupper (g_utf8_get_char (dash + 1)))
    return 0;
  for (guint j = 0; j < G_N_ELEMENTS (prefixes); j++)
    if ((gsize) (dash + 1 - s) == strlen (prefixes[j]) && strncmp (s, prefixes[j], strlen (prefixes[j])) == 0)
      return (guint) (dash + 1 - s);

  return 0;
}

/* The length of the Arabic article that starts token i before a capital
 * ("al-" of "al-Burhan", "el-" of "el-Assad"), or 0. The hyphen is the
 * third or fourth byte of every prefix: tested first, inline, as this is
 * asked of most lower-case words. */
static inline guint
arabic_article_length (Doc  *doc,
                       guint i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  if (!g_ascii_islower (*s) || len < 4 || (s[2] != '-' && s[3] != '-'))
    return 0;

  return arabic_article_bytes (s, len);
}

/* "Majed al-Ansari", "Khalil al-Hayya": an Arabic surname written with its
 * article in lower case goes on a person's name, which the tagger ends
 * before it; so does "El" before "Hadji". */
static void
mark_arabic_particles (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    {
      gboolean given;

      /* "El Hadji Ibou Cissé": West Africa writes the pilgrim's title
       * with its article, as part of the name. */
      if (tags[k + 1] == LECTERN_TAG_B_PER && tags[k] == LECTERN_TAG_O && tok_is (doc, base + k, "El") &&
          (tok_is (doc, base + k + 1, "Hadji") || tok_is (doc, base + k + 1, "Hadj")))
        {
          tags[k] = LECTERN_TAG_B_PER;
          tags[k + 1] = LECTERN_TAG_I_PER;
          continue;
        }
      if (tags[k + 1] != LECTERN_TAG_O || arabic_article_length (doc, base + k + 1) == 0)
        continue;
      /* The tagger may read the first name alone as a place ("Bashar |
       * al-Assad"). */
      given = (tags[k] == LECTERN_TAG_O || tags[k] == LECTERN_TAG_B_LOC) && tok_starts_upper (doc, base + k) &&
              (tok_lex (doc, base + k) & LECTERN_LEX_GIVEN) &&
              !(tok_lex (doc, base + k) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_STOP_EN |
                                           LECTERN_LEX_STOP_FR | LECTERN_LEX_LOWER | LECTERN_LEX_TITLE));
      if (tags[k] != LECTERN_TAG_B_PER && tags[k] != LECTERN_TAG_I_PER && !given)
        continue;
      /* An untagged first name starts the name ("Majed al-Ansari"). */
      if (given)
        tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }
}

/* "Nurul Huda binti Mohamed Rashid", "Hessa bint Saeed Al Ketbi": in
 * Malay and Arabic names "bin", "binti" and "bint" (son, daughter of)
 * join a person's name to the father's, which the tagger often reads as
 * a second person. "Perak Menteri Besar" (a state's chief minister) is a
 * title with its state, no name. */
static void
mark_malay_names (Doc    *doc,
                  guint   base,
                  guint   len,
                  guint8 *tags)
{
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;

      /* The tags first: most tokens fail both tests on them. */
      if (tags[k] == LECTERN_TAG_O ? (tags[k - 1] != LECTERN_TAG_B_PER && tags[k - 1] != LECTERN_TAG_I_PER) ||
                                         *tok_str (doc, a) != 'b'
                                   : *tok_str (doc, a) != 'M')
        continue;
      if (tags[k] != LECTERN_TAG_O && tok_is (doc, a, "Menteri") && tok_is (doc, a + 1, "Besar"))
        {
          if (tags[k] == LECTERN_TAG_I_PER && tags[k - 1] == LECTERN_TAG_B_PER)
            tags[k - 1] = LECTERN_TAG_O;
          tags[k] = tags[k + 1] = LECTERN_TAG_O;
          if (k + 2 < len && tags[k + 2] == LECTERN_TAG_I_PER)
            tags[k + 2] = LECTERN_TAG_B_PER;
          continue;
        }
      if (tags[k] != LECTERN_TAG_O || (tags[k - 1] != LECTERN_TAG_B_PER && tags[k - 1] != LECTERN_TAG_I_PER) ||
          *tok_str (doc, a) != 'b' ||
          !(tok_is (doc, a, "bin") || tok_is (doc, a, "binti") || tok_is (doc, a, "binte") || tok_is (doc, a, "bint")))
        continue;
      if (tags[k + 1] == LECTERN_TAG_B_PER)
        {
          tags[k] = LECTERN_TAG_I_PER;
          tags[k + 1] = LECTERN_TAG_I_PER;
          continue;
        }
      /* "Mahad bin Said | Ba'owain": the father's first name left out
       * (after "bin", "Said" is no verb), then a family name the tagger
       * read as a body or a place. */
      if (tags[k + 1] == LECTERN_TAG_O && tok_starts_upper (doc, a + 1) && (tok_lex (doc, a + 1) & LECTERN_LEX_GIVEN) &&
          !(tok_lex (doc, a + 1) & LECTERN_LEX_GEO))
        {
          guint e = k + 2;

          if (e < len && (tags[e] == LECTERN_TAG_B_ORG || tags[e] == LECTERN_TAG_B_LOC || tags[e] == LECTERN_TAG_O) &&
              (e + 1 == len || (tags[e + 1] & 1) != 0 || tags[e + 1] == LECTERN_TAG_O) && tok_starts_upper (doc, base + e) &&
              (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, base + e) &&
              !(tok_lex (doc, base + e) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_KNOWN_ORG)))
            e++;
          for (guint j = k; j < e; j++)
            tags[j] = LECTERN_TAG_I_PER;
          k = e - 1;
        }
    }
}

/* An I- tag of another type than a person's. */
static gboolean
is_inside_other_tag (guint8 tag)
{
  return tag != LECTERN_TAG_O && (tag & 1) == 0 && tag != LECTERN_TAG_I_PER;
}

/* The span that starts with the B- tag at k ends at *e; whether another
 * span of its type starts right there, and then where it ends (*f). */
static gboolean
touching_spans (const guint8 *tags,
                guint         len,
                guint         k,
                guint        *e,
                guint        *f)
{
  guint j = k + 1;

  while (j < len && tags[j] == tags[k] + 1)
    j++;
  *e = j;
  if (j >= len || tags[j] != tags[k])
    return FALSE;
  for (j++; j < len && tags[j] == tags[k] + 1; j++)
    ;
  *f = j;

  return TRUE;
}

/* Whether token i is two or three initials ("B.Y.", "J.K.", "A.P.J.")
 * that no list knows as a place or a body ("U.S.", "U.N.", "D.C."). */
static gboolean
is_initials (Doc  *doc,
             guint i)
{
  static const char *const places[] = { "U.N.", "E.U.", "N.Y.", "L.A.", "U.A.E.", "S.F.", "N.J." };
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  if ((len != 4 && len != 6) || !g_ascii_isupper (s[0]) || s[1] != '.')
    return FALSE;
  for (guint32 k = 0; k < len; k += 2)
    if (!g_ascii_isupper (s[k]) || s[k + 1] != '.')
      return FALSE;

  return tok_lex (doc, i) == 0 && known_organization (doc, i, i + 1) == 0 &&
         !tok_is_any (doc, i, places, G_N_ELEMENTS (places));
}

/* "BJP State president B.Y. Vijayendra", "its state chief, D.K.
 * Shivakumar,", "by J.K. Rowling": initials and a capitalized word that
 * no list knows as anything but a name, ending the capitalized run, are
 * a person the tagger left out or took for a place; initials before a
 * person it saw are part of the name. */
static void
mark_initialled_names (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  const guint32 not_a_surname = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_KNOWN_ORG |
                                LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_LOWER | LECTERN_LEX_TITLE |
                                LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_COMPANY;

  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k;

      /* The length first: it rules out almost every token. */
      if (tok_len (doc, a) != 4 && tok_len (doc, a) != 6)
        continue;
      /* "Secretary to the Treasury K.M. | Mahinda Siriwardana": initials
       * left out before a person the tagger saw. */
      if (tags[k] == LECTERN_TAG_O && tags[k + 1] == LECTERN_TAG_B_PER && is_initials (doc, a))
        {
          tags[k] = LECTERN_TAG_B_PER;
          tags[k + 1] = LECTERN_TAG_I_PER;
          continue;
        }
      if ((tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_LOC && tags[k] != LECTERN_TAG_B_MISC) ||
          (tags[k + 1] != LECTERN_TAG_O && tags[k + 1] != tags[k] + 1) || !is_initials (doc, a) ||
          (k > 0 && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, a - 1)) ||
          !(tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) || !tok_starts_upper (doc, a + 1) ||
          tok_is_acronym (doc, a + 1) || (tok_lex (doc, a + 1) & not_a_surname) ||
          is_calendar_word (doc, a + 1) ||
          (k + 2 < len && (tags[k + 2] != LECTERN_TAG_O ||
                           ((tok_flags (doc, a + 2) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, a + 2)))))
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
      k++;
    }
}

/* "Helion Energy | of Everett, Washington": a firm's name ends with its
 * trade or legal form; "of" and a town after it, which the tagger ran
 * into the name, say where the firm is. */
static void
split_firms_from_towns (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  if (doc->lang != LANG_EN)
    return;
  for (guint k = 2; k + 1 < len; k++)
    {
      guint a = base + k, e = k + 1;

      guint s = k - 1;
      gboolean head = FALSE;

      if (tags[k] != LECTERN_TAG_I_ORG || !tok_is (doc, a, "of") || tags[k + 1] != LECTERN_TAG_I_ORG ||
          !(is_company_word (doc, a - 1) || is_legal_form (doc, a - 1)) || tok_is (doc, a - 1, "Company"))
        continue;
      /* Not a chamber's or an institute's name: "Chamber of Minerals and
       * Energy | of Western Australia". */
      while (s > 0 && tags[s] == LECTERN_TAG_I_ORG)
        s--;
      for (guint j = s; j + 1 < k && !head; j++)
        head = (tok_lex (doc, base + j) & LECTERN_LEX_ORG_HEAD) != 0;
      /* A name before the trade ("Helion Energy"), not the trade alone
       * that the tagger cut from a longer name at its "and". */
      if (head || s + 1 >= k)
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      if (e > k + 3 ||
          !((name_flags (doc, a + 1, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
            (e == k + 2 && tok_is_town (doc, a + 1)) ||
            (e + 1 < len && tok_is (doc, base + e, ",") &&
             (tok_lex (doc, base + e + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)))))
        continue;
      tags[k] = LECTERN_TAG_O;
      tags[k + 1] = LECTERN_TAG_B_LOC;
      for (guint j = k + 2; j < e; j++)
        tags[j] = LECTERN_TAG_I_LOC;
      k = e - 1;
    }
}

/* French nouns for a place that its name follows, often a person's or a
 * town's joined by hyphens: "la place Jean-Macé", "le refuge Albert-Ier",
 * "la station Berri-UQAM", "la prison centrale de New-Bell". */
static gboolean
is_french_site_noun (const Doc *doc,
                     guint      i)
{
  static const char *const words[] = {
    "place", "rue", "avenue", "boulevard", "quai", "allée", "impasse", "cours", "stade", "station", "gare",
    "refuge", "complexe", "alpage", "prison", "pont", "parc", "square", "salle", "halle", "quartier", "cité",
    "résidence", "lotissement", "col", "zone", "carrefour", "rond-point", "esplanade", "promenade", "chemin",
    "route", "piscine", "gymnase", "patinoire", "vélodrome", "hippodrome", "aérogare", "terminal",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* "la place Jean-Macé", "le complexe olympique Mohamed-Boudiaf", "la
 * prison centrale de New-Bell": one hyphenated name after a French word
 * for a place (an adjective and "de" may come between) names the place,
 * no body or person, whatever the tagger read. */
static void
unmark_names_after_site_nouns (Doc    *doc,
                               guint   base,
                               guint   len,
                               guint8 *tags)
{
  if (doc->lang != LANG_FR)
    return;
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k, n = a - 1;

      if ((tags[k] != LECTERN_TAG_B_ORG && tags[k] != LECTERN_TAG_B_PER) ||
          (k + 1 < len && tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0) ||
          memchr (tok_str (doc, a), '-', tok_len (doc, a)) == NULL || tok_is_acronym (doc, a) ||
          known_organization (doc, a, a + 1) != 0)
        continue;
      if (n > base && (tok_is (doc, n, "de") || tok_is (doc, n, "du") || tok_is_elision_de (doc, n)))
        n--;
      if (n > base && tok_starts_lower (doc, n) && is_french_adjective (doc, n) && !is_french_site_noun (doc, n))
        n--;
      if (tok_starts_lower (doc, n) && is_french_site_noun (doc, n))
        tags[k] = LECTERN_TAG_O;
    }
}

/* "Morgane Le Du", "Yves Le Hir": a first name, then "Le" and a
 * capitalized word, which the tagger left out of the name for being a
 * function word or a common one ("du", "pape"), are a Breton surname. */
static void
join_breton_surnames (Doc    *doc,
                      guint   base,
                      guint   len,
                      guint8 *tags)
{
  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_B_PER || tags[k + 1] != LECTERN_TAG_O || !tok_is (doc, a + 1, "Le") ||
          !(tok_lex (doc, a) & LECTERN_LEX_GIVEN) || !tok_starts_upper (doc, a + 2) ||
          !(tok_flags (doc, a + 2) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, a + 2) ||
          !(tags[k + 2] == LECTERN_TAG_O || (tags[k + 2] & 1) == 1) ||
          (k + 3 < len && tags[k + 3] != LECTERN_TAG_O && (tags[k + 3] & 1) == 0))
        continue;
      tags[k + 1] = tags[k + 2] = LECTERN_TAG_I_PER;
      k += 2;
    }
}

/* Whether token i is a word for a firm that the firm's name follows
 * whoever it is named after: "la start-up Kourso", "le fabricant Minh
 * Long Wood", "the law firm Marlow Keane", "the chip start-up Fenwright".
 * Not "filiale": the parent's name starts the subsidiary's ("sa filiale
 * Tereos Océan Indien"), and would merge into it; nor "groupe", often
 * named after its founder ("le groupe Altrad, propriété de Mohed
 * Altrad"). */
static gboolean
is_firm_word_before_name (const Doc *doc,
                          guint      i)
{
  static const char *const french[] = {
    "start-up", "startup", "société", "entreprise", "fabricant", "équipementier", "constructeur",
    "sous-traitant", "transporteur", "armateur", "enseigne", "PME", "cimentier", "sidérurgiste",
    "supermarchés", "hypermarchés", "magasins", "biotech", "medtech", "fintech", "assureur",
    /* "le collectif Viti 33", "la librairie La Vague lente", "le label
     * Lune Froide", "le cabinet Secafi", "le malteur belge Boortmalt". */
    "collectif", "librairie", "label", "cabinet", "groupement", "malteur", "mutualiste", "néobanque",
    "coopérative", "industriel", "laboratoire", "compagnie", "négociant", "armement",
  };
  /* "the bicycle maker Brenner Radwerke", "the energy supplier Astoria
   * Energie"; not "producer" nor "developer", often a person ("the
   * property developer Nick Candy"), nor "carrier" (a ship). */
  static const char *const english[] = {
    "start-up", "startup", "carmaker", "automaker", "drugmaker", "chipmaker", "manufacturer",
    "supplier", "insurer", "reinsurer", "lender", "retailer", "wholesaler", "distributor", "airline",
    "conglomerate", "exchange", "bookmaker", "watchmaker", "shipbuilder", "steelmaker", "brewer", "lessor",
    "outfit", "broadcaster",
  };
  /* "the campaign group Gambling with Lives", "the think tank Bridgeford
   * Policy Exchange". */
  static const char *const groups[] = { "campaign", "pressure", "lobby", "advocacy", "activist", "think" };
  static const char *const trades[] = {
    "law", "accounting", "accountancy", "consulting", "consultancy", "PR", "advisory", "investment", "equity",
    "brokerage", "insurance", "engineering", "architecture", "recruitment",
  };
  static const char *const people_makers[] = {
    "film", "movie", "documentary", "policy", "decision", "peace", "king", "match", "rule", "trouble", "music",
    "record", "game", "law",
  };

  if (doc->lang == LANG_FR)
    return tok_is_any (doc, i, french, G_N_ELEMENTS (french));
  /* "the film maker Ken Loach", "policy makers": people who make. */
  if (tok_is (doc, i, "maker"))
    return i > 0 && !tok_is_any (doc, i - 1, people_makers, G_N_ELEMENTS (people_makers));
  if (tok_is_any (doc, i, english, G_N_ELEMENTS (english)))
    return TRUE;
  if ((tok_is (doc, i, "group") || tok_is (doc, i, "tank")) && i > 0 &&
      tok_is_any (doc, i - 1, groups, G_N_ELEMENTS (groups)))
    return TRUE;
  /* "the law firm Marlow Keane", "the Washington firm Beale Ferreira &
   * Tse": a trade or a place before "firm". */
  return tok_is (doc, i, "firm") && i > 0 &&
         (tok_is_any (doc, i - 1, trades, G_N_ELEMENTS (trades)) ||
          (tok_starts_upper (doc, i - 1) && (tok_lex (doc, i - 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION))));
}

static gboolean is_lower_demonym (const Doc *doc,
                                  guint      i);

/* The name after such a word: one to three capitalized words the tagger
 * left out or read as a person's, no place's, is the firm's, in the
 * whole story; not two or three words that open with a frequent first
 * name, left to the tagger. */
static void
mark_firms_after_firm_words (Doc    *doc,
                             guint   base,
                             guint   len,
                             guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k, s = k + 1, e, fw;

      /* A capital after a word in lower case first: most tokens fail it.
       * A nationality may come between ("le constructeur allemand
       * Brenner"). */
      /* The tagger's place too: "la société nantaise Civiclab" (a place
       * the lists know is left out below). */
      if (!tok_has_upper (doc, a + 1) || tags[k] != LECTERN_TAG_O ||
          !(tags[s] == LECTERN_TAG_O || tags[s] == LECTERN_TAG_B_PER || tags[s] == LECTERN_TAG_B_LOC) ||
          !tok_starts_upper (doc, a + 1) ||
          !tok_starts_lower (doc, a) || tok_len (doc, a) < 3 ||
          !(is_firm_word_before_name (doc, a) ||
            (doc->lang == LANG_FR && k > 0 && tags[k - 1] == LECTERN_TAG_O && is_lower_demonym (doc, a) &&
             is_firm_word_before_name (doc, a - 1) && !tok_is_first_name (doc, a + 1))))
        continue;
      for (e = s; e < len && e < s + 3 && tok_starts_upper (doc, base + e) &&
                  (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
                  (e == s || tags[e] == (tags[s] == LECTERN_TAG_O ? LECTERN_TAG_O : tags[s] + 1) ||
                   /* "Osteon/LOC Imaging/O": the tagger's place cut short. */
                   (tags[s] == LECTERN_TAG_B_LOC && tags[e] == LECTERN_TAG_O));
           e++)
        ;
      /* The word for the firm's kind, before its nationality if any. */
      fw = is_firm_word_before_name (doc, a) ? a : a - 1;
      /* "la coopérative finistérienne Terres d'Iroise", "la coopérative
       * Vergers du Conflent": its place after "de". */
      if (e > s && e + 2 < len && doc->lang == LANG_FR &&
          (tok_is (doc, fw, "coopérative") || tok_is (doc, fw, "groupement") || tok_is (doc, fw, "collectif") ||
           tok_is (doc, fw, "association")) &&
          (tok_is_elision_de (doc, base + e) || tok_is (doc, base + e, "de") || tok_is (doc, base + e, "du")) &&
          tok_starts_upper (doc, base + e + 1) && (tok_flags (doc, base + e + 1) & LECTERN_TOKEN_WORD) &&
          (e + 2 == len || !(tok_flags (doc, base + e + 2) & LECTERN_TOKEN_WORD) ||
           tok_starts_lower (doc, base + e + 2)))
        e += 2;
      /* "le collectif Halte aux marées vertes, l'association", "le
       * collectif Viti 33, né lors": a collective's or an association's
       * name is a phrase, lower-case words too, up to the punctuation
       * that ends it within a few words (not over a verb: "le collectif
       * Briser le silence a"). */
      else if (e > s && doc->lang == LANG_FR &&
               (tok_is (doc, fw, "collectif") || tok_is (doc, fw, "association")) && e < len &&
               (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
               !(tok_starts_upper (doc, base + e) && tags[e] != LECTERN_TAG_O))
        {
          static const char *const verbs[] = {
            "qui", "que", "a", "ont", "est", "sont", "était", "avait", "va", "doit", "dont", "avec", "depuis",
            "et",
          };
          guint f = e;

          while (f < len && f < s + 7 && (tok_flags (doc, base + f) & LECTERN_TOKEN_WORD) &&
                 !tok_is_any (doc, base + f, verbs, G_N_ELEMENTS (verbs)))
            f++;
          if (f == len || (f < s + 7 && !(tok_flags (doc, base + f) & LECTERN_TOKEN_WORD) &&
                           !tok_is_elision (doc, base + f)))
            e = f;
        }
      /* "la société lyonnaise Saveurs d'Antan SAS": a link inside the
       * name, where its legal form ends it. */
      if (e > s && e + 2 < len && (tok_is_elision_de (doc, base + e) || tok_is (doc, base + e, "de") ||
                                   tok_is (doc, base + e, "du")) &&
          tok_starts_upper (doc, base + e + 1) && (tok_flags (doc, base + e + 1) & LECTERN_TOKEN_WORD))
        {
          guint f = e + 1;

          while (f < len && f < e + 4 && tok_starts_upper (doc, base + f) && !is_legal_form (doc, base + f) &&
                 (tok_flags (doc, base + f) & LECTERN_TOKEN_WORD))
            f++;
          if (f < len && is_legal_form (doc, base + f))
            e = f + 1;
        }
      /* "Beale Ferreira & Tse": partners joined by "&", one word after it
       * or two. */
      if (e > s && e + 1 < len && tok_is (doc, base + e, "&") && tok_starts_upper (doc, base + e + 1) &&
          (tok_flags (doc, base + e + 1) & LECTERN_TOKEN_WORD))
        {
          e += 2;
          if (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0 && tok_starts_upper (doc, base + e))
            e++;
        }
      if (e == s || (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0) ||
          (name_flags (doc, base + s, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
          (e > s + 1 && (tok_lex (doc, base + s) & LECTERN_LEX_GIVEN_TOP)) || tok_is_article (doc, base + s) ||
          /* "on the Euronext Paris exchange Thursday". */
          is_calendar_word (doc, base + s) ||
          (tok_lex (doc, base + s) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)))
        continue;
      tag_organization (tags, len, s, e);
      g_array_append_val (doc->examples, ((Span) { base + s, (guint8) (e - s), VOTE_ORG }));
      k = e - 1;
    }
}

static void tag_place (guint8 *tags,
                       guint   k,
                       guint   e);

/* "Assemblée générale de TotalEnergies": a firm's or a club's yearly
 * meeting, which a headline capitalizes; the body is the one after "de"
 * (not the United Nations' nor a region's assembly). */
static void
split_general_meetings (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  for (guint k = 0; k + 3 < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_B_ORG || tok_len (doc, a) != strlen ("Assemblée") ||
          !(tok_is (doc, a, "Assemblée") || tok_is (doc, a, "assemblée")) ||
          !tok_is (doc, a + 1, "générale") || !(tok_is (doc, a + 2, "de") || tok_is_elision_de (doc, a + 2)) ||
          tags[k + 3] != LECTERN_TAG_I_ORG || !tok_starts_upper (doc, a + 3) || tok_is (doc, a + 3, "Nations") ||
          (tok_lex (doc, a + 3) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
        continue;
      tags[k] = tags[k + 1] = tags[k + 2] = LECTERN_TAG_O;
      tags[k + 3] = LECTERN_TAG_B_ORG;
      k += 3;
    }
}

/* "Renew Europe au Parlement européen", "le groupe PPE au Conseil de
 * l'Europe": a body, "au" and a listed body it sits in, which the tagger
 * read as one name, are two. */
static void
split_bodies_in_bodies (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  for (guint k = 1; k + 2 < len; k++)
    {
      guint a = base + k, s, e;

      if (tags[k] != LECTERN_TAG_I_ORG || !(tok_is (doc, a, "au") || tok_is (doc, a, "aux")) ||
          tags[k + 1] != LECTERN_TAG_I_ORG || !tok_starts_upper (doc, a + 1))
        continue;
      for (s = k; s > 0 && tags[s] != LECTERN_TAG_B_ORG; s--)
        ;
      for (e = k + 1; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
        ;
      if (known_organization (doc, a + 1, base + e) == 0 || known_organization (doc, base + s, base + e) != 0)
        continue;
      tags[k] = LECTERN_TAG_O;
      tags[k + 1] = LECTERN_TAG_B_ORG;
      k = e - 1;
    }
}

static gboolean is_business_end (Doc  *doc,
                                 guint i);

/* "Castlemere Capital and Poundwise", "National Bank of Canada and
 * Desjardins": a listed body or a firm's name, "and", and a name, which
 * the tagger read as one, are two; not a body named after two fields
 * ("Faculty of Arts and Humanities") nor a listed name ("Department of
 * Health and Social Care"). */
static void
split_firm_pairs (Doc    *doc,
                  guint   base,
                  guint   len,
                  guint8 *tags)
{
  for (guint k = 0; k < len; k++)
    {
      guint s = k, e, m = 0, links = 0;
      gboolean connector = FALSE, ok;

      if (tags[k] != LECTERN_TAG_B_ORG)
        continue;
      /* The link by its length (two or three bytes) first. */
      for (e = s + 1; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
        if (tok_len (doc, base + e) - 2 <= 1 && (tok_is (doc, base + e, "and") || tok_is (doc, base + e, "et")))
          links++, m = e;
        else if (links == 0 && tok_is_connector (doc, base + e))
          connector = TRUE;
      k = e - 1;
      if (links != 1 || m + 1 >= e || m + 4 < e || !tok_starts_upper (doc, base + m + 1) ||
          known_organization (doc, base + s, base + e) != 0)
        continue;
      ok = known_organization (doc, base + s, base + m) != 0 ||
           (!connector && m >= s + 2 && is_business_end (doc, base + m - 1));
      for (guint t = m + 1; t < e && ok; t++)
        ok = tok_starts_upper (doc, base + t) && (tok_flags (doc, base + t) & LECTERN_TOKEN_WORD) &&
             !(tok_lex (doc, base + t) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LOWER | LECTERN_LEX_GEO)) &&
             /* "Nomura Financial Advisory and Securities": one firm's
              * trades. */
             !is_business_end (doc, base + t);
      if (!ok)
        continue;
      tags[m] = LECTERN_TAG_O;
      tags[m + 1] = LECTERN_TAG_B_ORG;
    }
}

/* "Van der | Molen Logistiek BV", "Von der | Heydt Bank AG": a Dutch or
 * German family's particles that start a firm's name, which the tagger
 * left out before the rest; the name ends with its legal form. */
static void
join_particles_to_firms (Doc    *doc,
                         guint   base,
                         guint   len,
                         guint8 *tags)
{
  static const char *const firsts[] = { "Van", "Von", "Ten", "Ter" };
  static const char *const seconds[] = { "der", "den", "de", "het", "dem" };

  for (guint k = 2; k + 1 < len; k++)
    {
      guint e = k + 1;

      if (tags[k] != LECTERN_TAG_B_ORG || !tok_is_any (doc, base + k - 2, firsts, G_N_ELEMENTS (firsts)) ||
          !tok_is_any (doc, base + k - 1, seconds, G_N_ELEMENTS (seconds)) ||
          (tags[k - 2] != LECTERN_TAG_O && (tags[k - 2] & 1) == 0) || tags[k - 1] != LECTERN_TAG_O ||
          (k >= 3 && tags[k - 3] != LECTERN_TAG_O))
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      if (!(tok_lex (doc, base + e - 1) & LECTERN_LEX_LEGAL))
        continue;
      tag_organization (tags, len, k - 2, e);
      k = e - 1;
    }
}

/* Letters that European clubs put before their town's name: "FC",
 * "CD", "KV", "FSV", "VfB". */
static gboolean
is_club_prefix (const Doc *doc,
                guint      i)
{
  static const char *const letters[] = {
    "FC", "AC", "AS", "SC", "CD", "CF", "UD", "SD", "RC", "RCD", "CA", "KV", "KRC", "KAA", "KSV", "RSC", "SV",
    "FSV", "TSV", "VfB", "VfL", "SSC", "USL", "ASD", "AFC", "AIK", "IFK", "HJK", "FK", "NK", "HNK", "GNK", "SK",
    "PFC", "OGC", "OSC", "GD", "CS", "SpVgg", "BSC",
  };
  static guint64 hashes[G_N_ELEMENTS (letters)];
  static gsize ready = 0;

  /* Most tokens fail the length and the capital: the table after. */
  return tok_len (doc, i) >= 2 && tok_len (doc, i) <= 5 && g_ascii_isupper (*tok_str (doc, i)) &&
         tok_in_list (doc, i, letters, G_N_ELEMENTS (letters), hashes, &ready);
}

/* "CD Almanzora", "KV Oostmarsen", "Vejlby BK", "Jysk Vest IF": the
 * letters that European clubs put before or after their town's name
 * (sports club, football club), and one to three capitalized words,
 * whatever the tagger made of them. Not "US" (a country before a place
 * or an office) nor letters before a title or a first name. */
static void
mark_clubs_by_letters (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  static const char *const after[] = { "FC", "AFC", "CF", "BK", "IF", "IK", "FF", "IL", "FK", "CFC", "SK" };
  static guint64 after_hashes[G_N_ELEMENTS (after)];
  static gsize after_ready = 0;
  const guint32 no_name = LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_GIVEN_TOP |
                          LECTERN_LEX_LEGAL;

  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k, e, s;

      if (tok_len (doc, a) < 2 || tok_len (doc, a) > 5 || !g_ascii_isupper (*tok_str (doc, a)))
        continue;
      if (is_club_prefix (doc, a) &&
          (tags[k] == LECTERN_TAG_O || tags[k] == LECTERN_TAG_B_ORG) && tags[k + 1] != LECTERN_TAG_I_ORG &&
          tok_starts_upper (doc, a + 1) && !tok_is_acronym (doc, a + 1) && !(tok_lex (doc, a + 1) & no_name) &&
          (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD))
        {
          for (e = k + 1; e < len && e < k + 4 && tok_starts_upper (doc, base + e) &&
                          (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, base + e) &&
                          !(tok_lex (doc, base + e) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR));
               e++)
            ;
          /* "FSV Mainz 05": the year of its founding, shortened. */
          if (e < len && g_ascii_isdigit (*tok_str (doc, base + e)) && tok_len (doc, base + e) <= 4 &&
              (tok_flags (doc, base + e) & LECTERN_TOKEN_SPACE_BEFORE))
            e++;
          if (e < len && (tags[e] & 1) == 0 && tags[e] != LECTERN_TAG_O)
            continue;
          tag_organization (tags, len, k, e);
          k = e - 1;
          continue;
        }
      if (k == 0 || !tok_in_list (doc, a, after, G_N_ELEMENTS (after), after_hashes, &after_ready) ||
          !(tags[k] == LECTERN_TAG_O || tags[k] == LECTERN_TAG_B_ORG))
        continue;
      for (s = k; s > 0 && s + 3 > k && tok_starts_upper (doc, base + s - 1) &&
                  (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, base + s - 1) &&
                  !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) &&
                  !(tok_flags (doc, base + s) & LECTERN_TOKEN_SENTENCE_START);
           s--)
        ;
      if (s == k || (tags[s] != LECTERN_TAG_O && !(tags[s] & 1)) ||
          (s > 0 && tags[s - 1] != LECTERN_TAG_O && tags[s] != LECTERN_TAG_O && !(tags[s] & 1)))
        continue;
      tag_organization (tags, len, s, k + 1);
    }
}

/* Whether token i is one word of ASCII letters with a capital inside
 * after a small letter, as firms write their names ("ClearView",
 * "BlackRock"); not a surname's prefix ("McKinnon", "DeSantis",
 * "LaRue", "MacLeod", "DiMaggio"). */
static gboolean
is_camel_case_word (const Doc *doc,
                    guint      i)
{
  static const char *const prefixes[] = { "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz" };
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);
  guint inner = 0;

  if (len < 5 || !g_ascii_isupper (s[0]))
    return FALSE;
  for (guint32 k = 1; k < len; k++)
    {
      if (!g_ascii_isalpha (s[k]))
        return FALSE;
      if (g_ascii_isupper (s[k]) && g_ascii_islower (s[k - 1]) && inner == 0)
        inner = k;
    }
  if (inner == 0)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (prefixes); k++)
    if (strlen (prefixes[k]) == inner && memcmp (s, prefixes[k], inner) == 0)
      return FALSE;

  return TRUE;
}

/* "at ClearView | Energy Partners": a word written as firms write theirs,
 * which the tagger left out before the body's other words. */
static void
join_camel_case_words (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    if (tags[k] == LECTERN_TAG_O && tags[k + 1] == LECTERN_TAG_B_ORG && is_camel_case_word (doc, base + k) &&
        (tok_flags (doc, base + k + 1) & LECTERN_TOKEN_SPACE_BEFORE) && tok_starts_upper (doc, base + k + 1) &&
        /* "GuardianTech Facebook": a body of its own after it. */
        !tok_is_acronym (doc, base + k + 1) && known_organization (doc, base + k + 1, base + k + 2) == 0)
      {
        tags[k] = LECTERN_TAG_B_ORG;
        tags[k + 1] = LECTERN_TAG_I_ORG;
      }
}

/* "SD Worx–Protime", "Visma–Lease a Bike": a body, an en dash with no
 * space around it and a second sponsor's capitalized name, as cycling
 * teams are named, are one name, which the tagger cut at the dash. */
static void
join_dashed_sponsors (Doc    *doc,
                      guint   base,
                      guint   len,
                      guint8 *tags)
{
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k, e;

      if (tags[k] != LECTERN_TAG_O || tag_vote (tags[k - 1]) != VOTE_ORG || !tok_is (doc, a, "\xe2\x80\x93") ||
          (tok_flags (doc, a) & LECTERN_TOKEN_SPACE_BEFORE) || (tok_flags (doc, a + 1) & LECTERN_TOKEN_SPACE_BEFORE) ||
          !tok_starts_upper (doc, a + 1) || !(tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) ||
          !(tags[k + 1] == LECTERN_TAG_O || tags[k + 1] == LECTERN_TAG_B_ORG))
        continue;
      /* The second name: capitalized words the tagger left out, or its
       * body. */
      for (e = k + 1; e < len && (e == k + 1 || tags[e] == (tags[k + 1] == LECTERN_TAG_O ? LECTERN_TAG_O
                                                                                        : LECTERN_TAG_I_ORG)) &&
                      tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD);
           e++)
        ;
      if (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0)
        continue;
      for (guint t = k; t < e; t++)
        tags[t] = LECTERN_TAG_I_ORG;
      k = e - 1;
    }
}

/* A French adjective of a nation's, a region's or a town's people in
 * lower case: "genevois", "wallonne", "français", "bretonnes". */
static gboolean
is_lower_demonym (const Doc *doc,
                  guint      i)
{
  static const char *const endings[] = {
    "ais", "aise", "aises", "ois", "oise", "oises", "ien", "ienne", "iens", "iennes", "ain", "aine", "ains",
    "aines", "and", "ande", "ands", "andes",
  };
  /* Peoples whose ending verbs share ("fonctionne"), by name. */
  static const char *const regions[] = {
    "wallon", "wallonne", "wallons", "wallonnes", "breton", "bretonne", "bretons", "bretonnes", "gascon",
    "gasconne", "bourguignon", "bourguignonne", "berrichon", "berrichonne", "saxon", "saxonne",
  };
  static const char *const common[] = {
    "ancien", "ancienne", "anciens", "anciennes", "moyen", "moyenne", "moyens", "moyennes", "quotidien",
    "quotidienne", "certain", "certaine", "certains", "certaines", "humain", "humaine", "humains", "humaines",
    "prochain", "prochaine", "urbain", "urbaine", "urbains", "urbaines", "républicain", "républicaine",
    "républicains", "républicaines", "lointain", "lointaine", "souverain", "souveraine", "désormais",
    "autrefois", "parfois", "toutefois", "jamais", "marchand", "marchande", "marchands", "grand", "grande",
    "grands", "grandes", "second", "seconde", "profond", "profonde", "mondain", "mondaine", "païen",
    "demain", "lendemain", "maintenant",
  };

  return tok_starts_lower (doc, i) && tok_len (doc, i) >= 6 &&
         !(tok_lex (doc, i) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) &&
         (tok_ends_with_any (doc, i, endings, G_N_ELEMENTS (endings), 2) ||
          tok_is_any (doc, i, regions, G_N_ELEMENTS (regions))) &&
         !tok_is_any (doc, i, common, G_N_ELEMENTS (common));
}

/* "la Fédération des enseignants genevois": a body whose name ends with
 * its members' nation or region, which the tagger left out. */
static void
join_lower_demonyms (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  for (guint k = 1; k < len; k++)
    {
      guint s;

      if (tags[k] != LECTERN_TAG_O || tag_vote (tags[k - 1]) != VOTE_ORG || !is_lower_demonym (doc, base + k))
        continue;
      for (s = k - 1; s > 0 && (tags[s] & 1) == 0; s--)
        ;
      /* A head word and its members in lower case, no listed name
       * ("la Chambre des députés libanaise"). */
      if (k - s < 3 || !(tok_lex (doc, base + s) & LECTERN_LEX_ORG_HEAD) || !tok_starts_lower (doc, base + k - 1) ||
          known_organization (doc, base + s, base + k) != 0)
        continue;
      tags[k] = LECTERN_TAG_I_ORG;
    }
}

/* "représenté par Renaissance et Horizons": two French parties named
 * with common words, which the tagger read as one name, are two. */
static void
split_party_pairs (Doc    *doc,
                   guint   base,
                   guint   len,
                   guint8 *tags)
{
  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_B_ORG || tags[k + 1] != LECTERN_TAG_I_ORG || tags[k + 2] != LECTERN_TAG_I_ORG ||
          (k + 3 < len && tags[k + 3] == LECTERN_TAG_I_ORG) ||
          !(tok_is (doc, a + 1, "et") || tok_is (doc, a + 1, ",")) ||
          known_organization_after (doc, "parti ", a, a + 1) == 0 ||
          known_organization_after (doc, "parti ", a + 2, a + 3) == 0)
        continue;
      tags[k + 1] = LECTERN_TAG_O;
      tags[k + 2] = LECTERN_TAG_B_ORG;
      k += 2;
    }
}

/* French words for a firm's branch, shop or plant in a town: "l'agence
 * Randstad de Tarbes", "le magasin Leclerc de Brest", "la concession
 * Renault de Quimper". */
static gboolean
is_branch_word (const Doc *doc,
                guint      i)
{
  static const char *const words[] = {
    "agence", "agences", "succursale", "succursales", "magasin", "magasins", "boutique", "supermarché",
    "hypermarché", "concession", "usine", "usines", "site", "entrepôt", "antenne", "centre", "plateforme",
    "dépôt",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* The branch's firm is the name after such a word, not its town after
 * "de": "Randstad", and "Tarbes" a place, whatever the tagger made of
 * either. Only here: the firm's name may be its founder's too. */
static void
mark_firms_of_branches (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  const guint32 places = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE;

  for (guint k = 0; k + 3 < len; k++)
    {
      guint a = base + k, s = k + 1, e, p, pe;

      /* A capital after a word in lower case first: most tokens fail it. */
      if (!tok_has_upper (doc, a + 1) || tags[k] != LECTERN_TAG_O || !tok_starts_upper (doc, a + 1) ||
          !tok_starts_lower (doc, a) || tok_len (doc, a) < 4 || !is_branch_word (doc, a))
        continue;
      for (e = s; e < len && e < s + 3 && tok_starts_upper (doc, base + e) &&
                  (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD);
           e++)
        ;
      p = e + 1;
      if (e == s || p >= len || !(tok_is (doc, base + e, "de") || tok_is (doc, base + e, "du")) ||
          !tok_starts_upper (doc, base + p) ||
          !((tok_lex (doc, base + p) & places) || tag_vote (tags[p]) == VOTE_LOC || is_commune_name (doc, base + p)) ||
          (name_flags (doc, base + s, base + e) & places) ||
          (e > s + 1 && (tok_lex (doc, base + s) & LECTERN_LEX_GIVEN_TOP)) || tok_is_article (doc, base + s) ||
          (tok_lex (doc, base + s) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)))
        continue;
      /* The town: its word, and the capitalized words the tagger ran on
       * with ("de Saint-Jean de Luz"). */
      for (pe = p + 1; pe < len && tags[pe] != LECTERN_TAG_O && (tags[pe] & 1) == 0 &&
                       tok_starts_upper (doc, base + pe);
           pe++)
        ;
      tag_organization (tags, len, s, e);
      tags[e] = LECTERN_TAG_O;
      tag_place (tags, p, pe);
      if (pe < len && tags[pe] != LECTERN_TAG_O && (tags[pe] & 1) == 0)
        tags[pe]--;
      k = pe - 1;
    }
}

/* A French craft's or trade's house, capitalized: "Quincaillerie
 * Mabillon", "Boulangerie Bérubé", "la Fonderie de la Sambre", "la
 * Fromagerie de Ty Glaz". */
static gboolean
is_craft_house (const Doc *doc,
                guint      i)
{
  static const char *const words[] = {
    "Quincaillerie", "Fromagerie", "Boulangerie", "Biscuiterie", "Brasserie", "Pâtisserie", "Charcuterie",
    "Menuiserie", "Menuiseries", "Fonderie", "Fonderies", "Imprimerie", "Laiterie", "Conserverie",
    "Chocolaterie", "Confiserie", "Distillerie", "Savonnerie", "Tannerie", "Verrerie", "Papeterie", "Papeteries",
    "Scierie", "Minoterie", "Cidrerie", "Crêperie", "Tonnellerie", "Cristallerie", "Faïencerie", "Coutellerie",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* The craft's house and its name, the maker's or the place's, after "de"
 * and an article if any; in the whole story. */
static void
mark_craft_houses (Doc    *doc,
                   guint   base,
                   guint   len,
                   guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k, n = k + 1, e;

      /* A capital first: most tokens fail it. */
      if (!tok_starts_upper (doc, a) || tok_len (doc, a) < 7 || (tags[k] != LECTERN_TAG_O && (tags[k] & 1) == 0) ||
          !is_craft_house (doc, a))
        continue;
      if (n + 1 < len && (tok_is (doc, base + n, "de") || tok_is (doc, base + n, "du") ||
                          tok_is (doc, base + n, "des") || tok_is_elision_de (doc, base + n)))
        {
          n++;
          if (n + 1 < len && tok_is (doc, base + n - 1, "de") &&
              (tok_is (doc, base + n, "la") || tok_is (doc, base + n, "l'") || tok_is (doc, base + n, "l\xe2\x80\x99")))
            n++;
        }
      for (e = n; e < len && e < n + 3 && tok_starts_upper (doc, base + e) &&
                  (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, base + e);
           e++)
        ;
      /* Not inside a longer name the tagger gave; a span it ran on over
       * a comma ("la Quincaillerie Mabillon, rue de la Paix") is cut. */
      if (e == n || (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0 &&
                     (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD)))
        continue;
      tag_organization (tags, len, k, e);
      if (e < len && tags[e] != LECTERN_TAG_O && tok_is (doc, base + e, ","))
        for (guint j = e; j < len && tags[j] != LECTERN_TAG_O && (j == e || (tags[j] & 1) == 0); j++)
          tags[j] = LECTERN_TAG_O;
      g_array_append_val (doc->examples, ((Span) { a, (guint8) (e - k), VOTE_ORG }));
      k = e - 1;
    }
}

/* English bodies named after a place that the tagger cut from it: "The
 * Cumberland Plateau Food Alliance" (a place, then a body that no list
 * knows; not a country's: "the UK Competition and Markets Authority"),
 * "Alder County Memorial Hospital" (a county's first word left out),
 * "Larrys Creek Hose Company No. 2" (a body's number), "Second Harvest
 * Food Bank of East Tennessee" (its head word and seat left out). */
static void
join_places_and_numbers_to_bodies (Doc    *doc,
                                   guint   base,
                                   guint   len,
                                   guint8 *tags)
{
  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k, e, s;

      if (tags[k] != LECTERN_TAG_B_ORG)
        continue;
      for (e = k + 1; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
        ;
      /* "Second Harvest | Food Bank of East Tennessee": capitalized words
       * the tagger left out after the name, that a head word ends, and
       * the place of that head. */
      if (e + 1 < len && tags[e] == LECTERN_TAG_O && tok_starts_upper (doc, base + e))
        {
          guint h = e;

          while (h < len && h < e + 2 && tags[h] == LECTERN_TAG_O && tok_starts_upper (doc, base + h) &&
                 (tok_flags (doc, base + h) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, base + h) &&
                 !(tok_lex (doc, base + h) & (LECTERN_LEX_GEO | LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)))
            h++;
          /* A listed body's letters go on only with a head word of its
           * own ("DHS | Office of Inspector General", not "UN | Integrated
           * Office in Haiti", a mission of its own). */
          if (h > e && (tok_lex (doc, base + h - 1) & LECTERN_LEX_ORG_HEAD) &&
              !(h < len && tok_starts_upper (doc, base + h) && (tok_flags (doc, base + h) & LECTERN_TOKEN_WORD)) &&
              !(e == k + 1 && tok_is_acronym (doc, a) && known_organization (doc, a, a + 1) != 0 &&
                !(tok_lex (doc, base + e) & LECTERN_LEX_ORG_HEAD)))
            {
              if (h + 1 < len && tok_is (doc, base + h, "of") && tags[h + 1] == LECTERN_TAG_B_LOC)
                for (h += 2; h < len && tags[h] == LECTERN_TAG_I_LOC; h++)
                  ;
              tag_organization (tags, len, k, h);
              e = h;
            }
        }
      /* "No. 2" after the name: the tokenizer keeps "No." whole. */
      if (e + 1 < len && (tok_is (doc, base + e - 1, "No.") || tok_is (doc, base + e - 1, "No")) &&
          g_ascii_isdigit (*tok_str (doc, base + e)) && tags[e] == LECTERN_TAG_O)
        tags[e++] = LECTERN_TAG_I_ORG;
      if (tags[k - 1] == LECTERN_TAG_I_LOC || tags[k - 1] == LECTERN_TAG_B_LOC)
        {
          for (s = k - 1; s > 0 && tags[s] == LECTERN_TAG_I_LOC; s--)
            ;
          if (tags[s] != LECTERN_TAG_B_LOC || s + 1 == k ||
              (tok_lex (doc, base + s) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) ==
                (LECTERN_LEX_GEO | LECTERN_LEX_REGION) ||
              known_organization (doc, a, base + e) != 0)
            {
              k = e - 1;
              continue;
            }
          tag_organization (tags, len, s, e);
        }
      else if (tags[k - 1] == LECTERN_TAG_O && tok_is (doc, a, "County") && tok_starts_upper (doc, a - 1) &&
               (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, a - 1) &&
               !(tok_lex (doc, a - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)))
        tag_organization (tags, len, k - 1, e);
      k = e - 1;
    }
}

/* Whether token i ends the name of an office holder, whose office is a
 * body: "the Office of the State Bank Commissioner". */
static gboolean
is_office_holder_end (const Doc *doc,
                      guint      i)
{
  static const char *const words[] = {
    "Commissioner", "Comptroller", "Ombudsman", "Treasurer", "Auditor", "Controller", "Inspector", "Registrar",
    "Superintendent", "Regulator", "Advocate", "General", "Governor", "Mayor", "Secretary",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* A body's wing or branch that the tagger cut off its name: "les Jeunes
 * UDC", "Young Fine Gael"; a listed body's branch in a country
 * ("Transparency International Ireland"); an office named for its holder
 * ("the Kansas Office of the State Bank Commissioner"). */
static void
join_wings_and_branches (Doc    *doc,
                         guint   base,
                         guint   len,
                         guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k, e;

      if (tags[k] == LECTERN_TAG_O)
        {
          if (tags[k + 1] == LECTERN_TAG_B_ORG &&
              (doc->lang == LANG_EN ? tok_is (doc, a, "Young") : tok_is (doc, a, "Jeunes")))
            {
              tags[k] = LECTERN_TAG_B_ORG;
              tags[k + 1] = LECTERN_TAG_I_ORG;
            }
          continue;
        }
      if (tags[k] != LECTERN_TAG_B_ORG)
        continue;
      /* "Judge Wendell | Fairbanks-Oyama of San Francisco Superior Court":
       * a surname the tagger gave the body after "of", not the person. */
      if (k > 0 && k + 2 < len && (tags[k - 1] == LECTERN_TAG_B_PER || tags[k - 1] == LECTERN_TAG_I_PER) &&
          tags[k + 1] == LECTERN_TAG_I_ORG && tags[k + 2] == LECTERN_TAG_I_ORG && tok_is (doc, a + 1, "of") &&
          tok_starts_upper (doc, a) && !tok_is_acronym (doc, a) && tok_starts_upper (doc, a + 2) &&
          !(tok_lex (doc, a) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_COMPANY | LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_GEO |
                                LECTERN_LEX_REGION | LECTERN_LEX_LEGAL)))
        {
          tags[k] = LECTERN_TAG_I_PER;
          tags[k + 1] = LECTERN_TAG_O;
          tags[k + 2] = LECTERN_TAG_B_ORG;
          k++;
          continue;
        }
      for (e = k + 1; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
        ;
      /* A country's name after a listed body, then no other capital. */
      if (e < len && tags[e] == LECTERN_TAG_O && e > k + 1 &&
          (tok_lex (doc, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) ==
            (LECTERN_LEX_GEO | LECTERN_LEX_REGION) &&
          (tok_flags (doc, base + e) & LECTERN_TOKEN_SPACE_BEFORE) &&
          (e + 1 == len || !tok_starts_upper (doc, base + e + 1) ||
           !(tok_flags (doc, base + e + 1) & LECTERN_TOKEN_WORD)) &&
          (known_organization (doc, a, base + e) != 0 || tok_is (doc, base + e - 1, "International")))
        {
          tags[e] = LECTERN_TAG_I_ORG;
          k = e;
          continue;
        }
      /* "Office" | "of the" | a span that ends with its holder. */
      if (doc->lang == LANG_EN && e + 3 < len && tok_is (doc, base + e - 1, "Office") &&
          tok_is (doc, base + e, "of") && tok_is (doc, base + e + 1, "the") && tags[e + 2] == LECTERN_TAG_B_ORG)
        {
          guint f;

          for (f = e + 3; f < len && tags[f] == LECTERN_TAG_I_ORG; f++)
            ;
          /* The holder the tagger left out ("State Bank | Commissioner"). */
          if (f < len && tags[f] == LECTERN_TAG_O && is_office_holder_end (doc, base + f))
            f++;
          if (!is_office_holder_end (doc, base + f - 1))
            continue;
          tag_organization (tags, len, k, f);
          k = f - 1;
        }
    }
}

/* "le Stade rennais FC": a club's letters after its name, which the
 * tagger and the lists made a name of their own. */
static void
join_club_letters (Doc    *doc,
                   guint   base,
                   guint   len,
                   guint8 *tags)
{
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_B_ORG || tok_len (doc, a) != 2 ||
          (tags[k - 1] != LECTERN_TAG_I_ORG && tags[k - 1] != LECTERN_TAG_B_ORG) ||
          !(tok_is (doc, a, "FC") || tok_is (doc, a, "SC") || tok_is (doc, a, "AC")) ||
          (k + 1 < len && tags[k + 1] == LECTERN_TAG_I_ORG))
        continue;
      tags[k] = LECTERN_TAG_I_ORG;
    }
}

/* Whether token i may describe a firm between an apposition's article
 * and its kind of firm: a word in lower case, a nationality ("the
 * Swedish payments group"), a "Bristol-based" or "Paris-listed", or a
 * place ("the Stockholm venture firm"). */
static gboolean
is_firm_kind_modifier (Doc          *doc,
                       guint         i,
                       const guint8 *tags,
                       guint         k)
{
  static const char *const based[] = { "-based", "-listed", "-owned", "-backed", "-licensed", "-registered" };

  /* Not a function word or a title: "an analyst at the firm", "présidente
   * de l'entreprise" describe people. */
  if (tok_starts_lower (doc, i))
    return tags[k] == LECTERN_TAG_O &&
           !(tok_lex (doc, i) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE));
  if (!(tok_flags (doc, i) & LECTERN_TOKEN_WORD))
    return FALSE;
  if (tags[k] == LECTERN_TAG_B_LOC)
    return TRUE;
  return tags[k] == LECTERN_TAG_O &&
         (is_demonym (doc, i) || tok_ends_with_any (doc, i, based, G_N_ELEMENTS (based), 2));
}

/* Whether token i is a kind of firm an apposition ends with: "the
 * reinsurance arm of", "a Bristol-based designer of", "start-up fondée à
 * Douai", "le fournisseur d'énergie". Not the French nouns that name a
 * person's trade as well ("éditeur", "opérateur", "distributeur"). */
static gboolean
is_firm_kind (const Doc *doc,
              guint      i)
{
  static const char *const english[] = {
    "arm", "unit", "subsidiary", "division", "parent", "owner", "company", "broker", "reinsurer", "bank",
    "group", "business", "consultancy", "maker", "chain", "developer", "operator", "agency", "designer",
    "specialist", "producer", "supplier", "giant", "exchange", "platform", "issuer",
  };
  static const char *const french[] = {
    "start-up", "startup", "société", "entreprise", "PME", "filiale", "groupe", "enseigne", "fournisseur",
    "constructeur", "fabricant", "équipementier", "assureur", "banque", "spécialiste", "leader", "pousse",
    "biotech", "medtech", "fintech",
    /* "Horizons, la formation d'Edouard Philippe", "Kervalis, le
     * syndicat majoritaire chez les cadres": bodies of members too. */
    "syndicat", "formation", "parti", "mouvement", "association", "fédération", "confédération", "mutuelle",
    "fondation", "ONG", "collectif", "cabinet", "organisation",
  };
  /* "Norvane, the Oslo asset manager". */
  static const char *const managed[] = { "asset", "fund", "investment", "hedge", "wealth" };

  if (doc->lang == LANG_EN && tok_is (doc, i, "manager") && i > 0 &&
      tok_is_any (doc, i - 1, managed, G_N_ELEMENTS (managed)))
    return TRUE;
  if (doc->lang == LANG_FR && tok_is (doc, i, "ONG"))
    return TRUE;
  if (!tok_starts_lower (doc, i) && !tok_is (doc, i, "PME"))
    return FALSE;
  if (doc->lang == LANG_EN)
    return tok_is_any (doc, i, english, G_N_ELEMENTS (english)) || is_organization_noun (doc, i);
  return tok_is_any (doc, i, french, G_N_ELEMENTS (french));
}

/* Whether token i may follow a firm's kind at an apposition's end. */
static gboolean
ends_firm_apposition (const Doc *doc,
                      guint      i)
{
  static const char *const english[] = {
    "of", ",", "that", "which", "based", "founded", "whose", "behind", "owned", "headquartered", ".",
  };
  static const char *const french[] = {
    "de", "du", "des", ",", ".", "qui", "dont", "fondée", "fondé", "basée", "basé", "installée", "installé",
    "spécialisée", "spécialisé", "née", "créée", "créé", "détenue", "détenu",
  };

  if (doc->lang == LANG_EN)
    return tok_is_any (doc, i, english, G_N_ELEMENTS (english));
  return tok_is_any (doc, i, french, G_N_ELEMENTS (french)) || tok_is_elision_de (doc, i);
}

/* "founded", "fondée": a firm's making, which an apposition may open. */
static gboolean
is_founded_participle (const Doc *doc,
                       guint      i)
{
  static const char *const words[] = {
    "founded", "fondée", "fondé", "créée", "créé", "cofondée", "cofondé", "co-founded",
  };

  return tok_starts_lower (doc, i) && tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "Guy Carpenter, the reinsurance arm of Marsh McLennan, said",
 * "Paytrellis, the Swedish payments group founded in 2014", "Recyclis,
 * start-up fondée à Douai": a name the tagger read as a person's or left
 * out, in apposition with a firm's kind, is the firm's, in the whole
 * story. A first name the tagger left out is no firm's ("Jean, un
 * fournisseur"). */
static void
retype_people_as_firms_in_appositions (Doc    *doc,
                                       guint   base,
                                       guint   len,
                                       guint8 *tags)
{
  for (guint k = 0; k + 3 < len; k++)
    {
      guint a = base + k, e = k + 1, w, m = 0;

      if (tags[k] == LECTERN_TAG_B_PER)
        {
          while (e < len && tags[e] == LECTERN_TAG_I_PER)
            e++;
        }
      /* "Fenwright Silicon, a Bristol-based designer", "SCOR, the
       * Paris-listed reinsurer": a place's span of words no list knows as
       * a place. */
      else if (tags[k] == LECTERN_TAG_B_LOC)
        {
          while (e < len && tags[e] == LECTERN_TAG_I_LOC)
            e++;
          if ((e == k + 1 && !tok_is_acronym (doc, a)) ||
              ((name_flags (doc, a, base + e) | tok_lex (doc, a)) &
               (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
            continue;
        }
      /* A word the tagger left out: one no list knows but as a surname or
       * a firm's ("Lundi, la société de…" is no firm's). */
      else if (tags[k] != LECTERN_TAG_O || !tok_is (doc, a + 1, ",") || !tok_starts_upper (doc, a) ||
               tok_len (doc, a) < 3 || !(tok_flags (doc, a) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, a) ||
               (tok_lex (doc, a) & ~(LECTERN_LEX_SURNAME | LECTERN_LEX_SURNAME_TOP | LECTERN_LEX_COMPANY |
                                     LECTERN_LEX_CAPITALIZED | LECTERN_LEX_KNOWN_ORG)))
        continue;
      /* Not the end of a longer name ("Bulles & Sentiers, fondée"). */
      if (e + 2 >= len || !tok_is (doc, base + e, ",") ||
          (k > 0 && ((tok_starts_upper (doc, a - 1) && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD)) ||
                     tok_is (doc, a - 1, "&"))))
        continue;
      /* A span the tagger ran over an apposition already ("Karine Mouret,
       * présidente de HyFos Énergies, une start-up") is a later rule's. */
      for (w = k + 1; w < e && !tok_is (doc, base + w, ","); w++)
        ;
      if (w < e)
        continue;
      w = e + 1;
      /* "Ledgerly, founded in San Francisco in 2019", "Recyclis, fondée
       * en 2022": people are born, firms founded; at a sentence's start
       * ("l'association de Marie Dupont, fondée en 1990" is the
       * association's). */
      if (is_founded_participle (doc, base + w) && w + 1 < len &&
          (k == 0 || !(tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD)) &&
          (doc->lang == LANG_EN ? tok_is (doc, base + w + 1, "in") || tok_is (doc, base + w + 1, "by") ||
                                    tok_is (doc, base + w + 1, "as")
                                : tok_is (doc, base + w + 1, "en") || tok_is (doc, base + w + 1, "par") ||
                                    tok_is (doc, base + w + 1, "à") || tok_is (doc, base + w + 1, "dans")))
        {
          tag_organization (tags, len, k, e);
          g_array_append_val (doc->examples, ((Span) { a, (guint8) (e - k), VOTE_ORG }));
          k = e;
          continue;
        }
      if (doc->lang == LANG_EN)
        {
          if (!(tok_is (doc, base + w, "the") || tok_is (doc, base + w, "a") || tok_is (doc, base + w, "an")))
            continue;
          w++;
        }
      else if (tok_is (doc, base + w, "le") || tok_is (doc, base + w, "la") || tok_is (doc, base + w, "un") ||
               tok_is (doc, base + w, "une") || tok_is (doc, base + w, "l'") || tok_is (doc, base + w, "l\xe2\x80\x99"))
        w++;
      /* Up to three words that describe the firm, then its kind. */
      while (w < len && m < 3 && !is_firm_kind (doc, base + w) && is_firm_kind_modifier (doc, base + w, tags, w))
        w++, m++;
      if (w + 1 >= len || tags[w] != LECTERN_TAG_O || !is_firm_kind (doc, base + w))
        continue;
      /* "le syndicat majoritaire chez les cadres": French puts the
       * kind's adjectives after it, then a preposition may go on. */
      {
        guint x = w + 1;

        if (doc->lang == LANG_FR)
          {
            while (x + 1 < len && x < w + 3 && tags[x] == LECTERN_TAG_O && is_french_adjective (doc, base + x))
              x++;
            x = x > w + 1 && (tok_is (doc, base + x, "chez") || tok_is (doc, base + x, "en") ||
                              tok_is (doc, base + x, "dans") || tok_is (doc, base + x, "au"))
                    ? 0
                    : w + 1;
          }
        if (x != 0 && !ends_firm_apposition (doc, base + x))
          continue;
      }
      /* A specialist or a leader may be a person too: not after a first
       * name ("Mathilde Sauvageot, spécialiste du protestantisme"). */
      if ((tok_is (doc, base + w, "spécialiste") || tok_is (doc, base + w, "leader")) &&
          (tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP)))
        continue;
      tag_organization (tags, len, k, e);
      g_array_append_val (doc->examples, ((Span) { a, (guint8) (e - k), VOTE_ORG }));
      k = e;
    }
}

/* The length of the words at i that say a firm belongs to the body after
 * them ("part of", "owned by", "propriété de", "dans le giron de",
 * "filiale de"), or 0. */
static guint
ownership_cue_length (Doc  *doc,
                      guint i,
                      guint end)
{
  gboolean de = i + 1 < end && (tok_is (doc, i + 1, "de") || tok_is (doc, i + 1, "du") ||
                                tok_is_elision_de (doc, i + 1));

  if (i + 1 >= end)
    return 0;
  if (doc->lang == LANG_EN)
    return (tok_is (doc, i, "part") && tok_is (doc, i + 1, "of")) ||
                   (tok_is (doc, i, "owned") && tok_is (doc, i + 1, "by"))
             ? 2
             : 0;
  if ((tok_is (doc, i, "propriété") || tok_is (doc, i, "filiale")) && de)
    return 2;
  if (i + 3 < end && tok_is (doc, i, "dans") && tok_is (doc, i + 1, "le") && tok_is (doc, i + 2, "giron") &&
      (tok_is (doc, i + 3, "de") || tok_is (doc, i + 3, "du") || tok_is_elision_de (doc, i + 3)))
    return 4;

  return 0;
}

/* "Halifax, part of Lloyds Banking Group, said", "Martell, dans le giron
 * de Pernod Ricard, a gelé", "Hennessy, propriété de Moët Hennessy": a
 * name, a comma and a word that it belongs to an organization the tagger
 * saw is a firm's, in the whole story, whatever else the name is. */
static void
mark_owned_firms (Doc    *doc,
                  guint   base,
                  guint   len,
                  guint8 *tags)
{
  /* From the comma and the words after it, which most tokens fail. */
  for (guint e = 1; e + 3 < len; e++)
    {
      guint k = e - 1, a, cue;

      if (!tok_is (doc, base + e, ",") || (cue = ownership_cue_length (doc, base + e + 1, base + len)) == 0 ||
          e + 1 + cue >= len || tags[e + 1 + cue] != LECTERN_TAG_B_ORG)
        continue;
      /* Back to the name's first word: a tagged span, or one word. */
      if (tags[k] != LECTERN_TAG_O)
        {
          guint8 begin = (tags[k] & 1) ? tags[k] : tags[k] - 1;

          while (k > 0 && tags[k] == begin + 1)
            k--;
          if (tags[k] != begin ||
              !(begin == LECTERN_TAG_B_PER || begin == LECTERN_TAG_B_LOC || begin == LECTERN_TAG_B_ORG))
            continue;
        }
      a = base + k;
      if (tags[k] == LECTERN_TAG_O &&
          (!tok_starts_upper (doc, a) || tok_len (doc, a) < 3 || !(tok_flags (doc, a) & LECTERN_TOKEN_WORD) ||
           (tok_lex (doc, a) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE |
                                LECTERN_LEX_GIVEN_TOP))))
        continue;
      if (k > 0 && tok_starts_upper (doc, a - 1) && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD))
        continue;
      if (tags[k] != LECTERN_TAG_B_ORG)
        tag_organization (tags, len, k, e);
      g_array_append_val (doc->examples, ((Span) { a, (guint8) (e - k), VOTE_ORG }));
    }
}

/* "Sotheby's said the sale", "the market at Lloyd's, which": a name in
 * the possessive that nothing follows, before a verb of saying or the end
 * of a clause, is a firm named so (an auction house, a shop, a market),
 * not a person's possession; not a frequent first name ("Michael's said"
 * is "Michael has said"). "Tideline Re", "Canada Life Re": a reinsurer's
 * name ends with "Re". */
static void
mark_possessive_firms (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;

      /* A possessive after a name alone: most tokens fail the first tests. */
      if (tags[k] == LECTERN_TAG_O && k + 1 < len &&
          (tags[k - 1] == LECTERN_TAG_B_PER || tags[k - 1] == LECTERN_TAG_B_ORG) &&
          (*tok_str (doc, a) == '\'' || (guchar) *tok_str (doc, a) == 0xe2) && tok_is_possessive (doc, a) &&
          !(tok_flags (doc, a) & LECTERN_TOKEN_SPACE_BEFORE) && ends_possessive_firm (doc, a + 1) &&
          !(tok_lex (doc, a - 1) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_TITLE)) &&
          (k < 2 || !tok_starts_upper (doc, a - 2) || !(tok_flags (doc, a - 2) & LECTERN_TOKEN_WORD)))
        {
          tags[k - 1] = LECTERN_TAG_B_ORG;
          tags[k] = LECTERN_TAG_I_ORG;
        }
      else if (tags[k] == LECTERN_TAG_O && tok_len (doc, a) == 2 && tok_is (doc, a, "Re") &&
               !(tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) && tok_starts_upper (doc, a - 1) &&
               (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) && tag_vote (tags[k - 1]) != VOTE_LOC &&
               !(tok_lex (doc, a - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)))
        {
          guint s = k - 1;

          /* The tagger's name, or capitalized words it left out. */
          if (tags[s] != LECTERN_TAG_O)
            while (s > 0 && tags[s] != LECTERN_TAG_O && (tags[s] & 1) == 0)
              s--;
          else
            while (s > 0 && s + 3 > k && tags[s - 1] == LECTERN_TAG_O && tok_starts_upper (doc, base + s - 1) &&
                   (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) &&
                   !(tok_flags (doc, base + s) & LECTERN_TOKEN_SENTENCE_START) &&
                   !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)))
              s--;
          tag_organization (tags, len, s, k + 1);
        }
    }
}

/* "King Edward's School", "the Duke of Wellington's Regiment", "Sir
 * John Cass's Foundation": a school, a hospital or a regiment named after
 * a royal or a knight, whose possessive the tagger cuts the name at. */
static void
mark_royal_foundations (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  static const char *const royals[] = {
    "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Earl", "Lord", "Lady", "Sir", "Dame",
  };
  static const char *const heads[] = {
    "School", "College", "Hospital", "Regiment", "Foundation", "Trust", "Academy", "Grammar", "Own",
    "Hussars", "Fusiliers", "Rifles", "Guards", "Almshouses",
  };
  const char *from = doc->text + doc->starts[base];
  gsize n = tok_end (doc, base + len - 1) - doc->starts[base];

  /* A possessive's apostrophe, which most sentences lack. */
  if (doc->lang != LANG_EN || (memchr (from, '\'', n) == NULL && memchr (from, 0xe2, n) == NULL))
    return;
  for (guint k = 2; k + 1 < len; k++)
    {
      guint a = base + k, s = k, e = k + 2;

      /* An apostrophe first ("'s", "’s"), which most tokens lack. */
      if ((*tok_str (doc, a) != '\'' && (guchar) *tok_str (doc, a) != 0xe2) || !tok_has_upper (doc, a + 1) ||
          !tok_is_possessive (doc, a) || (tok_flags (doc, a) & LECTERN_TOKEN_SPACE_BEFORE) ||
          !tok_is_any (doc, a + 1, heads, G_N_ELEMENTS (heads)))
        continue;
      /* Back over the name, and "of" with its place ("Duke of
       * Wellington"), to the title. */
      while (s > 0 && s + 5 > k &&
             ((tok_starts_upper (doc, base + s - 1) && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD)) ||
              (tok_is (doc, base + s - 1, "of") && s >= 2 && tok_starts_upper (doc, base + s - 2))) &&
             !tok_is_any (doc, base + s, royals, G_N_ELEMENTS (royals)))
        s--;
      if (s == k || !tok_is_any (doc, base + s, royals, G_N_ELEMENTS (royals)))
        continue;
      while (e < len && (tags[e] == LECTERN_TAG_I_ORG ||
                         (tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
                          tok_is_any (doc, base + e, heads, G_N_ELEMENTS (heads)))))
        e++;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* "Gault&Millau", "Procter&Gamble": two names joined by "&" in one word
 * are a firm's name. Letters so joined are left to the tagger: a firm
 * ("AT&T"), a brand or a common noun ("R&D", "A&E"). */
static void
mark_ampersand_names (Doc    *doc,
                      guint   base,
                      guint   len,
                      guint8 *tags)
{
  /* Most sentences have no "&" at all. */
  if (memchr (doc->text + doc->starts[base], '&', tok_end (doc, base + len - 1) - doc->starts[base]) == NULL)
    return;
  for (guint k = 0; k < len; k++)
    {
      guint a = base + k;
      const char *s = tok_str (doc, a);
      guint32 n = tok_len (doc, a);
      const char *amp;

      /* A capital, then "&" between two words: most tokens fail. */
      if (n < 5 || !g_ascii_isupper (*s) || (amp = memchr (s, '&', n)) == NULL || amp - s < 2 ||
          amp + 2 >= s + n || !g_ascii_isalpha (amp[-2]) || !g_ascii_isalpha (amp[-1]) ||
          !g_ascii_isupper (amp[1]) || !g_ascii_islower (amp[2]))
        continue;
      /* Alone, not the end of a longer name ("Hanbit E&C"), nor its
       * start ("Procter&Gamble Italia"), nor an index ("S&P 500"). */
      if ((tags[k] != LECTERN_TAG_O && !(tags[k] & 1)) ||
          (k + 1 < len && tags[k + 1] != LECTERN_TAG_O && !(tags[k + 1] & 1)) ||
          (k > 0 && tok_starts_upper (doc, a - 1) && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD)) ||
          (k + 1 < len && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) &&
           (tok_starts_upper (doc, a + 1) || g_ascii_isdigit (*tok_str (doc, a + 1)))))
        continue;
      tags[k] = LECTERN_TAG_B_ORG;
    }
}

/* "Latham & Watkins represented Harborline": an English body's name
 * holds no verb in lower case; the tagger ran a clause into one span,
 * which the verb cuts in two. */
static void
split_organizations_at_verbs (Doc    *doc,
                              guint   base,
                              guint   len,
                              guint8 *tags)
{
  static const char *const verbs[] = {
    "said", "says", "told", "won", "beat", "bought", "sold", "sued", "hired", "lost", "led", "leads", "took",
    "takes", "made", "makes", "paid", "pays",
  };

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint32 n;
      const char *s;

      /* Inside an organization's span: most tokens are not. */
      if (tags[k] != LECTERN_TAG_I_ORG || tags[k + 1] != LECTERN_TAG_I_ORG)
        continue;
      n = tok_len (doc, a);
      s = tok_str (doc, a);
      if (!g_ascii_islower (*s) ||
          !tok_starts_upper (doc, a - 1) || !tok_starts_upper (doc, a + 1) ||
          (tok_lex (doc, a) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) || memchr (s, '-', n) != NULL ||
          !((n >= 5 && memcmp (s + n - 2, "ed", 2) == 0) || tok_is_any (doc, a, verbs, G_N_ELEMENTS (verbs))))
        continue;
      tags[k] = LECTERN_TAG_O;
      tags[k + 1] = LECTERN_TAG_B_ORG;
    }
}

/* "Réunion La 1ère", "Mayotte la 1ère": the public broadcaster of
 * France's overseas territories, a station per territory, is named by
 * the territory and "La 1ère" ("la première"). */
static void
mark_premiere_stations (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  if (doc->lang != LANG_FR ||
      memchr (doc->text + doc->starts[base], '1', tok_end (doc, base + len - 1) - doc->starts[base]) == NULL)
    return;
  for (guint k = 2; k < len; k++)
    {
      guint a = base + k, s = k - 1;

      if (*tok_str (doc, a) != '1' || !tok_is (doc, a, "1\xc3\xa8re") ||
          !(tok_is (doc, a - 1, "La") || tok_is (doc, a - 1, "la")))
        continue;
      while (s > 0 && s + 3 > k && tok_starts_upper (doc, base + s - 1) &&
             (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) && !tok_is_article (doc, base + s - 1) &&
             !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) &&
             !(s + 1 < k && (tok_lex (doc, base + s - 1) & LECTERN_LEX_LOWER)) &&
             !(tok_flags (doc, base + s) & LECTERN_TOKEN_SENTENCE_START))
        s--;
      if (s == k - 1)
        continue;
      tag_organization (tags, len, s, k + 1);
    }
}

/* "l'Observatoire pour la protection des défenseurs des droits humains a
 * dénoncé": a French body named by its head word goes on with "pour" and
 * its purpose in lower case, to the clause's verb or its end. */
static void
extend_bodies_over_purposes (Doc    *doc,
                             guint   base,
                             guint   len,
                             guint8 *tags)
{
  if (doc->lang != LANG_FR)
    return;
  for (guint k = 1; k + 3 < len; k++)
    {
      guint a = base + k, s = k, e, words = 0;

      if (tags[k] != LECTERN_TAG_O || !tok_is (doc, a, "pour") ||
          (tags[k - 1] != LECTERN_TAG_I_ORG && tags[k - 1] != LECTERN_TAG_B_ORG))
        continue;
      /* Back to the span's first word. */
      for (s = k - 1; s > 0 && tags[s] == LECTERN_TAG_I_ORG; s--)
        ;
      if (tags[s] != LECTERN_TAG_B_ORG || k - s > 3 ||
          !(span_has_head (doc, base + s, a) || is_extra_head (doc, base + s, TRUE)) ||
          !tok_is_article (doc, a + 1) || !tok_starts_lower (doc, a + 1))
        continue;
      /* The head and its adjectives only: a name of its own ("Fondation
       * Bettencourt Schueller pour la fabrication") is whole. */
      for (e = s + 1 + (tok_is_article (doc, base + s) && s + 1 < k); e < k && tok_starts_lower (doc, base + e); e++)
        ;
      if (e < k)
        continue;
      /* Nouns and adjectives in lower case, with their articles and
       * links ("de la paix et du développement"). */
      for (e = k + 1; e < len && e < k + 16; e++)
        {
          guint t = base + e;

          if (tok_is (doc, t, "et") || tok_is_article (doc, t) || tok_is_connector (doc, t))
            continue;
          if (!(tok_flags (doc, t) & LECTERN_TOKEN_WORD) || !tok_starts_lower (doc, t) || opens_clause (doc, t) ||
              (tok_lex (doc, t) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
            break;
          words++;
        }
      /* It ends on a noun or an adjective, before the verb, a full stop or
       * letters in brackets. */
      while (e > k + 1 && (tok_is (doc, base + e - 1, "et") || tok_is_article (doc, base + e - 1) ||
                           tok_is_connector (doc, base + e - 1)))
        e--;
      /* Or a comma after a short purpose ("la Fondation romande pour le
       * cinéma, plus connue sous le nom de Cinéforom"). */
      if (words == 0 || e >= len || e <= k + 2 ||
          !(opens_clause (doc, base + e) || tok_is (doc, base + e, ".") || tok_is (doc, base + e, "(") ||
            (tok_is (doc, base + e, ",") && words == 1)))
        continue;
      /* A listed name of a head and its adjective is whole, unless the
       * longer one is listed too: "la Commission européenne pour le
       * prochain cadre financier" speaks of what it is for. */
      if (known_organization (doc, base + s, a) != 0 && known_organization (doc, base + s, base + e) == 0 &&
          /* Letters in brackets name the longer body. */
          !tok_is (doc, base + e, "("))
        {
          gboolean linked = FALSE;

          for (guint i = base + s; i < a && !linked; i++)
            linked = tok_is_connector (doc, i) || tok_is_elision_de (doc, i);
          if (!linked)
            continue;
        }
      tag_organization (tags, len, s, e);
      k = e;
    }
}

/* "dont Le Quotidien a obtenu copie": inside a sentence, a capitalized
 * article before an organization's name is the name's own, as in the
 * titles of newspapers ("Le Soir", "La Presse"). */
static void
join_capitalized_articles (Doc    *doc,
                           guint   base,
                           guint   len,
                           guint8 *tags)
{
  if (doc->lang != LANG_FR)
    return;
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_O || tags[k + 1] != LECTERN_TAG_B_ORG || !tok_has_upper (doc, a) ||
          !(tok_is (doc, a, "Le") || tok_is (doc, a, "La") || tok_is (doc, a, "Les")) ||
          (tok_flags (doc, a) & (LECTERN_TOKEN_SENTENCE_START | LECTERN_TOKEN_LINE_START)) ||
          !(tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) || !tok_starts_lower (doc, a - 1))
        continue;
      tags[k] = LECTERN_TAG_B_ORG;
      tags[k + 1] = LECTERN_TAG_I_ORG;
    }
}

/* "Le Medef Polynésie juge", "la Zorbex Normandie": in French, a name of
 * two words right after "le" or "la", the second a region, a town or a
 * word no list knows, is no person's (whose article is inside the name:
 * "Marine Le Pen"), unless its first word is a first name, a title or a
 * nationality ("le Britannique Lewis Hamilton"): it is a body's branch
 * named by its region. */
static void
retype_people_after_articles (Doc    *doc,
                              guint   base,
                              guint   len,
                              guint8 *tags)
{
  const guint32 personal = LECTERN_LEX_GIVEN | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN |
                           LECTERN_LEX_LOWER | LECTERN_LEX_SURNAME;

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k, e;

      if (tags[k] != LECTERN_TAG_B_PER || tags[k + 1] != LECTERN_TAG_I_PER || tags[k - 1] != LECTERN_TAG_O ||
          !(tok_is (doc, a - 1, "le") || tok_is (doc, a - 1, "la") || tok_is (doc, a - 1, "Le") ||
            tok_is (doc, a - 1, "La")))
        continue;
      for (e = k + 2; e < len && tags[e] == LECTERN_TAG_I_PER; e++)
        ;
      /* The branch's region or town, or a word no list knows. */
      if (e != k + 2 || !(tok_lex (doc, a + 1) == 0 ||
                          (tok_lex (doc, a + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE))))
        continue;
      if (!tok_starts_upper (doc, a) || (tok_lex (doc, a) & personal) || tok_is_acronym (doc, a + 1) ||
          is_demonym (doc, a) ||
          is_honorific (doc, a) || is_role_word (doc, a) || !(tok_flags (doc, a) & LECTERN_TOKEN_WORD) ||
          /* "la Jean-Baptiste": a first name joined to another. */
          starts_with_first_name (doc, a) ||
          /* "le Mont Aiguille", "la Coupe Davis", "la Mercedes Classe A". */
          (place_word (doc, a) & LECTERN_LEX_PLACE_PREFIX) ||
          (tok_lex (doc, a) & (LECTERN_LEX_PLACE | LECTERN_LEX_GEO | LECTERN_LEX_COMPANY)) ||
          is_product_word (doc, a) || names_an_event (doc, a, base + e))
        continue;
      tags[k] = LECTERN_TAG_B_ORG;
      for (guint j = k + 1; j < e; j++)
        tags[j] = LECTERN_TAG_I_ORG;
      k = e - 1;
    }
}

/* "les délégués de l'OGBL et du LCGB", "members of the RMT": letters after
 * the members of a body and "de l'", "du", "des" or "of the" name the
 * body, though no list knows them and nothing spells them out; one set
 * of letters, or two joined by "et" or "and". */
static void
mark_acronyms_after_members (Doc    *doc,
                             guint   base,
                             guint   len,
                             guint8 *tags)
{
  static const char *const members[] = {
    "délégués", "élus", "militants", "adhérents", "membres", "représentants", "syndicalistes", "dirigeants",
    "responsables", "cadres", "négociateurs", "members", "delegates", "officials", "leaders", "activists",
    "representatives", "negotiators", "organisers", "organizers",
  };
  const guint32 known = LECTERN_LEX_LOWER | LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                        LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME | LECTERN_LEX_TITLE;

  for (guint k = 2; k < len; k++)
    {
      guint a = base + k, m, n;

      /* Letters the tagger left out: most tokens fail the first tests. */
      if (tags[k] != LECTERN_TAG_O || !tok_has_upper (doc, a) || tok_len (doc, a) < 3 || tok_len (doc, a) > 6 ||
          !g_ascii_isupper (tok_str (doc, a)[1]) || !tok_is_caps_word (doc, a) || !tok_is_acronym (doc, a) ||
          (tok_lex (doc, a) & known))
        continue;
      m = a - 1;
      if (tok_is (doc, m, "du") || tok_is (doc, m, "des"))
        n = m - 1;
      else if (tok_is_elision (doc, m) && m > base + 1 && tok_is (doc, m - 1, "de"))
        n = m - 2;
      else if (tok_is (doc, m, "the") && m > base + 1 && tok_is (doc, m - 1, "of"))
        n = m - 2;
      else
        continue;
      /* "des élus de l'OGBL et du LCGB": the second after the first. */
      if ((tok_is (doc, n, "et") || tok_is (doc, n, "and")) && n > base && tags[n - 1 - base] == LECTERN_TAG_B_ORG &&
          tok_is_acronym (doc, n - 1))
        {
          tags[k] = LECTERN_TAG_B_ORG;
          continue;
        }
      if (!tok_starts_lower (doc, n) || !tok_is_any (doc, n, members, G_N_ELEMENTS (members)))
        continue;
      tags[k] = LECTERN_TAG_B_ORG;
    }
}

/* "shown live on Premier Sports", "broadcast on S4C … and on Premier
 * Sports": the capitalized words after a verb of broadcasting and "on"
 * name a channel, a broadcaster's; not a day ("live on Saturday"). */
static void
mark_broadcasters_after_on (Doc    *doc,
                            guint   base,
                            guint   len,
                            guint8 *tags)
{
  static const char *const cues[] = {
    "live", "shown", "broadcast", "televised", "aired", "streamed", "screened",
  };
  gboolean cued = FALSE;

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k, e;

      if (!tok_has_upper (doc, a + 1) || !tok_is (doc, a, "on"))
        continue;
      if (tok_is_any (doc, a - 1, cues, G_N_ELEMENTS (cues)))
        cued = TRUE;
      else if (!(cued && tok_is (doc, a - 1, "and")))
        continue;
      for (e = k + 1; e < len && e < k + 4 && tok_starts_upper (doc, base + e) &&
                      (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !is_calendar_word (doc, base + e) &&
                      !(tok_lex (doc, base + e) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)) &&
                      tag_vote (tags[e]) != VOTE_PER;
           e++)
        ;
      /* The run ends the name: "on BBC Radio Somerset and". */
      if (e == k + 1 || (e < len && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD)) ||
          (e == k + 2 && tok_is_caps_word (doc, base + k + 1) && tok_len (doc, base + k + 1) <= 2) ||
          (tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0) ||
          (name_flags (doc, base + k + 1, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)))
        continue;
      tag_organization (tags, len, k + 1, e);
      k = e - 1;
    }
}

/* "the Sunday Clarion", "The Daily Clarion": after "the", a newspaper's
 * day or time of day and one or two capitalized words name the paper,
 * which the tagger reads as a person or nothing. */
static void
mark_newspaper_titles (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  static const char *const times[] = { "Daily", "Sunday", "Evening", "Morning", "Weekly" };

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k, e = k + 1;

      if (!tok_has_upper (doc, a + 1) || !tok_is_any (doc, a, times, G_N_ELEMENTS (times)) ||
          !(tok_is (doc, a - 1, "the") || tok_is (doc, a - 1, "The")) || tag_vote (tags[k]) == VOTE_ORG)
        continue;
      while (e < len && e < k + 3 && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
             !is_calendar_word (doc, base + e) &&
             !(tok_lex (doc, base + e) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN)))
        e++;
      if (e == k + 1 || (e < len && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD)))
        continue;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* The end of the capitalized words from k (at most four), or k. */
static guint
capitalized_run_end (Doc  *doc,
                     guint base,
                     guint len,
                     guint k)
{
  guint e = k;

  while (e < len && e < k + 4 && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
         !is_calendar_word (doc, base + e))
    e++;

  return e;
}

/* "Senate Committee on Banking | , Insurance and Other Financial
 * Institutions": a committee's remit goes on over a list of capitalized
 * words that "and" closes, which the tagger cuts at each comma. */
static void
join_committee_remits (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  static const char *const committees[] = { "Committee", "Subcommittee", "Commission" };

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k + 3 < len; k++)
    {
      guint s = k - 1, e = k + 1, p, r = 0;

      if (tags[k] != LECTERN_TAG_I_ORG || !tok_is (doc, base + k, "on") ||
          !tok_is_any (doc, base + k - 1, committees, G_N_ELEMENTS (committees)))
        continue;
      while (s > 0 && (tags[s] & 1) == 0)
        s--;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      for (p = e; p + 2 < len && tok_is (doc, base + p, ",");)
        {
          guint q = capitalized_run_end (doc, base, len, p + 1);

          if (q == p + 1 || q >= len)
            break;
          if (tok_is (doc, base + q, "and") && q + 1 < len)
            {
              r = capitalized_run_end (doc, base, len, q + 1);
              if (r == q + 1 || (r < len && (tok_flags (doc, base + r) & LECTERN_TOKEN_WORD) && !tok_starts_lower (doc, base + r)))
                r = 0;
              break;
            }
          p = q;
        }
      if (r == 0)
        continue;
      tag_organization (tags, len, s, r);
      k = r - 1;
    }
}

/* "Los Angeles | County Federation of Labor", "Dallas | City Council": a
 * body named by its county or city, which the tagger cut after the place,
 * takes the place in. */
static void
join_places_to_county_bodies (Doc    *doc,
                              guint   base,
                              guint   len,
                              guint8 *tags)
{
  static const char *const units[] = { "County", "City", "Township", "Parish", "Borough" };

  for (guint k = 1; k + 1 < len; k++)
    {
      guint s = k;

      if (tags[k] != LECTERN_TAG_B_ORG || tag_vote (tags[k - 1]) != VOTE_LOC ||
          !tok_is_any (doc, base + k, units, G_N_ELEMENTS (units)) || tags[k + 1] != LECTERN_TAG_I_ORG)
        continue;
      while (s > 0 && tags[s - 1] == LECTERN_TAG_I_LOC)
        s--;
      if (s == 0 || tags[s - 1] != LECTERN_TAG_B_LOC)
        continue;
      tags[s - 1] = LECTERN_TAG_B_ORG;
      for (guint j = s; j <= k; j++)
        tags[j] = LECTERN_TAG_I_ORG;
    }
}

static gboolean is_score (const Doc *doc,
                          guint      i);

/* Whether tokens k and k + 1 of the sentence are a team sheet's player:
 * an initial without its full stop and a surname, between the sheet's
 * separators ("; G White (0-1), T Brosnan,"). */
static gboolean
is_lineup_name (Doc   *doc,
                guint  base,
                guint  len,
                guint  k)
{
  static const char *const before[] = { ":", ";", ",", "(", "and" };
  static const char *const after[] = { ",", ";", ".", "(", ")", "and" };
  guint a = base + k;
  const char *s = tok_str (doc, a);

  return tok_len (doc, a) == 1 && *s >= 'A' && *s <= 'Z' && k + 1 < len && tok_starts_upper (doc, a + 1) &&
         (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) && tok_len (doc, a + 1) >= 2 && !tok_is_caps_word (doc, a + 1) &&
         !(tok_lex (doc, a + 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)) &&
         (k == 0 || tok_is_any (doc, a - 1, before, G_N_ELEMENTS (before))) &&
         (k + 2 >= len || tok_is_any (doc, a + 2, after, G_N_ELEMENTS (after)) ||
          /* A scorer's tally: "E McAtamney 1-5 (1-0 pen)". */
          is_score (doc, a + 2));
}

/* Whether token k of the sentence is a player of a team sheet written
 * with surnames alone ("Larne: Byrne, Nolan-Smyth, McVicker (Adair 80),
 * O'Loan."): one capitalized word between the sheet's separators, or a
 * substitute's before the minute he came on. */
static gboolean
is_sheet_surname (Doc   *doc,
                  guint  base,
                  guint  len,
                  guint  k)
{
  static const char *const before[] = { ":", ";", ",", "(" };
  static const char *const after[] = { ",", ";", ".", "(", ")" };
  guint a = base + k;

  if (k == 0 || k + 1 >= len || !tok_starts_upper (doc, a) || !(tok_flags (doc, a) & LECTERN_TOKEN_WORD) ||
      tok_len (doc, a) < 2 || tok_is_acronym (doc, a) ||
      (tok_lex (doc, a) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)) ||
      !tok_is_any (doc, a - 1, before, G_N_ELEMENTS (before)))
    return FALSE;
  if (tok_is_any (doc, a + 1, after, G_N_ELEMENTS (after)))
    return TRUE;
  /* "(Adair 80)": the minute, then the bracket. */
  return tok_is (doc, a - 1, "(") && k + 2 < len && g_ascii_isdigit (*tok_str (doc, a + 1)) &&
         tok_is (doc, a + 2, ")");
}

/* "Larne: Byrne, Nolan-Smyth, McKee, …": a team's name and a colon,
 * then six players or more by their surnames alone, each between commas,
 * make a sheet; its players are people. */
static void
mark_sheet_surnames (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  guint colon = 0, n = 0;

  for (guint k = 1; k < len && k < 5; k++)
    if (tok_is (doc, base + k, ":"))
      {
        colon = k;
        break;
      }
  if (colon == 0 || !tok_starts_upper (doc, base))
    return;
  /* Every word after the colon a player: nothing else in the sentence. */
  for (guint k = colon + 1; k < len; k++)
    {
      if (!(tok_flags (doc, base + k) & LECTERN_TOKEN_WORD))
        continue;
      if (is_sheet_surname (doc, base, len, k))
        n++;
      /* "(Adair 80)": the minute after a substitute. */
      else if (!(g_ascii_isdigit (*tok_str (doc, base + k)) && is_sheet_surname (doc, base, len, k - 1)))
        return;
    }
  if (n < 6)
    return;
  for (guint k = colon + 1; k < len; k++)
    if (is_sheet_surname (doc, base, len, k))
      {
        tags[k] = LECTERN_TAG_B_PER;
        if (k + 1 < len && tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0)
          tags[k + 1] = LECTERN_TAG_O;
      }
}

/* "DR CROKES: S Murphy; J Payne, M Moloney, F Fitzgerald; G White
 * (0-1)": a team sheet names its players by an initial and a surname,
 * which the tagger reads now as one name, now as none. Three of them in
 * a sentence make it a sheet. */
static void
mark_lineup_names (Doc      *doc,
                   guint     base,
                   guint     len,
                   guint8   *tags,
                   gboolean  title_case)
{
  guint n = 0;

  for (guint k = 0; k + 1 < len && n < 3; k++)
    if (tok_has_upper (doc, base + k) && tok_len (doc, base + k) == 1 && is_lineup_name (doc, base, len, k))
      n++;
  if (n < 3)
    return;
  for (guint k = 0; k + 1 < len; k++)
    {
      if (tok_len (doc, base + k) != 1 || !is_lineup_name (doc, base, len, k))
        continue;
      if (k > 0 && tags[k - 1] != LECTERN_TAG_O && !(tok_flags (doc, base + k - 1) & LECTERN_TOKEN_WORD))
        tags[k - 1] = LECTERN_TAG_O;
      tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
      if (k + 2 < len && tags[k + 2] != LECTERN_TAG_O && (tags[k + 2] & 1) == 0)
        tags[k + 2] = tok_flags (doc, base + k + 2) & LECTERN_TOKEN_WORD ? tags[k + 2] - 1 : LECTERN_TAG_O;
      /* The spans of a line in capitals only count as mentions: a
       * sheet's players are names of their own. */
      if (title_case)
        add_span (doc, base + k, base + k + 2, VOTE_PER, 2);
      k++;
    }
}

/* Names the tagger cut in two, one span of a type right after another
 * ("Gerald Tay | Wei Jie"): whether they are one.
 *
 * People: two people are never written side by side with nothing between
 * them, so two person spans that touch are one name, up to six words
 * ("Mahamat Said | Abdel Kani", "Ana Lucía Montes de Oca Iturbide"),
 * unless a title or an acronym stands between ("SoftBank CEO | Masayoshi
 * Son", "Trump | President Xi").
 *
 * Bodies: "Severnside Hospitals | NHS Foundation Trust", a body the tagger
 * ended before a national system's acronym and the head word that ends
 * its name, is one body. */
static gboolean
touching_spans_are_one (Doc          *doc,
                        guint         base,
                        const guint8 *tags,
                        guint         k,
                        guint         e,
                        guint         f)
{
  if (tags[k] == LECTERN_TAG_B_ORG)
    return f - k <= 8 && f >= e + 2 && tok_is_acronym (doc, base + e) && !tok_is_acronym (doc, base + e - 1) &&
           (tok_lex (doc, base + e - 1) & LECTERN_LEX_ORG_HEAD) && (tok_lex (doc, base + f - 1) & LECTERN_LEX_ORG_HEAD);

  /* "Najib Tun Razak": Malaysia's "Tun" of a father inside a name. */
  return f - k <= 6 && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
         (tok_flags (doc, base + e - 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e) &&
         ((!(tok_lex (doc, base + e) & LECTERN_LEX_TITLE) && !is_unlisted_title (doc, base + e)) ||
          (tok_is (doc, base + e, "Tun") && f == e + 2)) &&
         !(tok_lex (doc, base + e - 1) & LECTERN_LEX_TITLE) && !is_unlisted_title (doc, base + e - 1) &&
         !tok_is_acronym (doc, base + e - 1);
}

static void
join_touching_names (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  for (guint k = 0; k < len; k++)
    {
      guint e, f;

      if (tags[k] != LECTERN_TAG_B_PER && tags[k] != LECTERN_TAG_B_ORG)
        continue;
      /* "by State/B-PER Sen. Ramon de la Garza": one word that no list
       * knows as a name, alone before an abbreviated title, is no one
       * (letters after a name have no full stop: "Adams TD"). */
      if (tags[k] == LECTERN_TAG_B_PER && k + 1 < len && tags[k + 1] != LECTERN_TAG_I_PER &&
          tok_starts_upper (doc, base + k + 1) && tok_str (doc, base + k + 1)[tok_len (doc, base + k + 1) - 1] == '.' &&
          ((tok_lex (doc, base + k + 1) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, base + k + 1)) &&
          !(tok_lex (doc, base + k) & (LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME |
                                       LECTERN_LEX_SURNAME_TOP)) &&
          !tok_is_first_name (doc, base + k))
        {
          tags[k] = LECTERN_TAG_O;
          continue;
        }
      /* "Brig./B-ORG Athlenda/I-ORG Mathe/B-PER", "Hon./B-ORG
       * Ebenezer/I-ORG Asante-Boakye/I-ORG": a rank the tagger read as a
       * body's first word, before a person or a first name, starts the
       * person. */
      if (tags[k] == LECTERN_TAG_B_ORG && k + 2 < len && tags[k + 1] == LECTERN_TAG_I_ORG &&
          tok_starts_upper (doc, base + k) &&
          ((tok_lex (doc, base + k) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, base + k)))
        {
          e = k + 1;
          while (e < len && tags[e] == LECTERN_TAG_I_ORG)
            e++;
          /* Before a first name, only an abbreviated rank ("Hon."):
           * whole words start bodies too. */
          if (((e < len && tags[e] == LECTERN_TAG_B_PER) ||
               (tok_str (doc, base + k)[tok_len (doc, base + k) - 1] == '.' && e - k <= 3 &&
                (tok_lex (doc, base + k + 1) & LECTERN_LEX_GIVEN))) &&
              !(name_flags (doc, base + k + 1, base + e) & LECTERN_LEX_ORG_HEAD) &&
              known_organization (doc, base + k, base + e) == 0)
            {
              gboolean person_after = e < len && tags[e] == LECTERN_TAG_B_PER;

              tags[k] = LECTERN_TAG_B_PER;
              for (guint r = k + 1; r < e + person_after; r++)
                tags[r] = LECTERN_TAG_I_PER;
              k = e - 1 + person_after;
              continue;
            }
        }
      if (!touching_spans (tags, len, k, &e, &f))
        {
          k = e - 1;
          continue;
        }
      /* "DSP | Aijaz Ali": a title alone is no one. */
      if (tags[k] == LECTERN_TAG_B_PER && e == k + 1 && tok_starts_upper (doc, base + k) &&
          ((tok_lex (doc, base + k) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, base + k)))
        {
          tags[k] = LECTERN_TAG_O;
          k = e - 1;
          continue;
        }
      if (touching_spans_are_one (doc, base, tags, k, e, f))
        {
          tags[e] = tags[k] + 1;
          /* A person's name may go on over a third span. */
          k = tags[k] == LECTERN_TAG_B_PER ? k - 1 : f - 1;
          continue;
        }
      k = e - 1;
    }
}

/* Tags tokens [k, e) as one place. */
static void
tag_place (guint8 *tags,
           guint   k,
           guint   e)
{
  tags[k] = LECTERN_TAG_B_LOC;
  for (guint j = k + 1; j < e; j++)
    tags[j] = LECTERN_TAG_I_LOC;
}

/* Tags tokens [k, e) as one person's name, which goes on a person the
 * tagger started before k. */
static void
tag_person_name (guint8 *tags,
                 guint   k,
                 guint   e)
{
  if (tags[k] != LECTERN_TAG_I_PER)
    tags[k] = LECTERN_TAG_B_PER;
  for (guint r = k + 1; r < e; r++)
    tags[r] = LECTERN_TAG_I_PER;
}

/* "Fiona Akerele of Hudson Pike Solicitors", "Nathaniel Brisebois of
 * Brisebois Lafleur LLP": a person's name, "of", then a name that ends
 * with a firm's word or legal form, which the tagger read as one name,
 * are the person and the firm. */
static void
split_people_of_firms (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  for (guint k = 2; k + 2 < len; k++)
    {
      guint o = base + k;
      guint s = k, e = k + 1;
      guint last;

      if (tags[k] == LECTERN_TAG_O || tags[k] == LECTERN_TAG_B_PER || tags[k] == LECTERN_TAG_B_ORG ||
          !tok_is (doc, o, "of"))
        continue;
      while (s > 0 && (tags[s] & 1) == 0)
        s--;
      while (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0)
        e++;
      last = base + e - 1;
      /* Two or three words of a name before "of", from a first name, and
       * two or more after it. */
      if (k - s < 2 || k - s > 3 || e < k + 3 || !tok_is_first_name (doc, base + s) ||
          !tok_starts_upper (doc, last) ||
          !((tok_lex (doc, last) & LECTERN_LEX_LEGAL) || is_company_word (doc, last)))
        continue;
      for (guint j = s; j < k && s < k; j++)
        if (!tok_starts_upper (doc, base + j) ||
            (tok_lex (doc, base + j) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_GEO)))
          s = k;
      if (s == k)
        continue;
      tag_person_name (tags, s, k);
      tags[k] = LECTERN_TAG_O;
      tag_organization (tags, len, k + 1, e);
      k = e;
    }
}

/* "Vicente 'Tito' Sotto III", "Ronald 'Bato' dela Rosa", "Perceval
 * \"Perry\" Christie": a first name at k, a nickname of one or two
 * capitalized words in quotation marks, and a surname (after a particle,
 * before a generation's numeral) are one person's name. Returns the
 * name's end, or 0. */
static guint
tag_nicknamed_name (Doc    *doc,
                    guint   base,
                    guint   len,
                    guint8 *tags,
                    guint   k)
{
  guint a = base + k, q, e;

  if (k + 4 >= len || !is_nickname_quote (doc, a + 1) || !tok_starts_upper (doc, a) || !tok_starts_upper (doc, a + 2) ||
      (tok_flags (doc, a + 1) & LECTERN_TOKEN_SPACE_BEFORE) == 0 ||
      (tok_flags (doc, a + 2) & LECTERN_TOKEN_SPACE_BEFORE) != 0)
    return 0;
  q = k + 3 + (k + 3 < len && tok_starts_upper (doc, a + 3) && (tok_flags (doc, a + 3) & LECTERN_TOKEN_WORD));
  if (q + 1 >= len || !is_nickname_quote (doc, base + q) || (tok_flags (doc, base + q) & LECTERN_TOKEN_SPACE_BEFORE))
    return 0;
  e = q + 1;
  if (e + 1 < len && tok_starts_lower (doc, base + e) && is_particle (doc, base + e))
    e++;
  if (!tok_starts_upper (doc, base + e) || !(tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) ||
      (tok_lex (doc, base + e) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) ||
      !(tok_is_first_name (doc, a) && !(tok_lex (doc, a) & (LECTERN_LEX_TITLE | LECTERN_LEX_ORG_HEAD))))
    return 0;
  e++;
  if (e < len && (tok_is (doc, base + e, "Jr.") || tok_is (doc, base + e, "Jr") || tok_is (doc, base + e, "II") ||
                  tok_is (doc, base + e, "III") || tok_is (doc, base + e, "IV")))
    e++;
  if (is_inside_other_tag (tags[k]) || (e < len && is_inside_other_tag (tags[e])))
    return 0;
  tag_person_name (tags, k, e);

  return e;
}

/* "Ravichandran s/o Murugiah", "Kavitha d/o Rajan", "Muthu a/l Samy":
 * Singapore's and Malaysia's "son of", "daughter of" at k join a given
 * name and a father's name into one person's. Returns the name's end, or
 * 0. */
static guint
tag_patronymic_name (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags,
                     guint   k)
{
  guint a = base + k, s, e;
  char c0, c2;

  if (k == 0 || k + 3 >= len || tok_len (doc, a) != 1 || tok_len (doc, a + 2) != 1 || !tok_is (doc, a + 1, "/"))
    return 0;
  c0 = *tok_str (doc, a);
  c2 = *tok_str (doc, a + 2);
  if (!((c0 == 's' || c0 == 'd') ? c2 == 'o' : c0 == 'a' && (c2 == 'l' || c2 == 'p')) ||
      (tok_flags (doc, a + 1) & LECTERN_TOKEN_SPACE_BEFORE) || (tok_flags (doc, a + 2) & LECTERN_TOKEN_SPACE_BEFORE) ||
      !tok_starts_upper (doc, a + 3) || !(tok_flags (doc, a + 3) & LECTERN_TOKEN_WORD) ||
      !tok_starts_upper (doc, a - 1) || !(tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD))
    return 0;
  s = k - 1;
  while (s > 0 && k - s < 3 && tok_starts_upper (doc, base + s - 1) && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) &&
         !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_ORG_HEAD)) &&
         !is_unlisted_title (doc, base + s - 1))
    s--;
  e = k + 4;
  while (e < len && e < k + 6 && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD))
    e++;
  tags[s] = LECTERN_TAG_B_PER;
  for (guint r = s + 1; r < e; r++)
    tags[r] = LECTERN_TAG_I_PER;
  if (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0)
    tags[e]--;

  return e;
}

/* "Minority Leader Hon. Duke Onyancha Masira": the capitalized words
 * after "Hon." (the Honourable) at k are a person's name, whatever else
 * the lists know them as ("Duke"). Returns the name's end, or 0. */
static guint
tag_honourable_name (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags,
                     guint   k)
{
  guint a = base + k, e = k + 1;

  /* "Hon" without its full stop only after "Rt": "Hon Hai" is a
   * company. */
  if (*tok_str (doc, a) != 'H' || tok_len (doc, a) > 4 ||
      (!tok_is (doc, a, "Hon.") &&
       !(tok_is (doc, a, "Hon") && k > 0 && (tok_is (doc, a - 1, "Rt") || tok_is (doc, a - 1, "Rt.")))))
    return 0;
  while (e < len && e < k + 5 && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
         (tags[e] == LECTERN_TAG_O || tag_vote (tags[e]) == VOTE_PER) &&
         !(tok_lex (doc, base + e) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_STOP_EN)))
    e++;
  if (e < k + 3 || e == k + 5 || (e < len && tok_starts_upper (doc, base + e)))
    return 0;
  tags[k] = LECTERN_TAG_O;
  tags[k + 1] = LECTERN_TAG_B_PER;
  for (guint r = k + 2; r < e; r++)
    tags[r] = LECTERN_TAG_I_PER;

  return e;
}

/* Names marked by punctuation or an honorific: a nickname in quotation
 * marks, "s/o", "Hon.". One pass over the sentence for the three, each
 * told first by a byte or a length. */
static void
mark_marked_names (Doc    *doc,
                   guint   base,
                   guint   len,
                   guint8 *tags)
{
  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k, e = 0;

      if (tok_len (doc, a + 1) == 1 || tok_len (doc, a + 1) == 3)
        e = tag_nicknamed_name (doc, base, len, tags, k);
      if (e == 0 && *tok_str (doc, a) == 'H')
        e = tag_honourable_name (doc, base, len, tags, k);
      if (e == 0 && tok_len (doc, a) == 1)
        e = tag_patronymic_name (doc, base, len, tags, k);
      if (e > 0)
        k = e - 1;
    }
}

static gboolean
is_person_tag (guint8 tag)
{
  return tag == LECTERN_TAG_B_PER || tag == LECTERN_TAG_I_PER;
}

/* "Ursula von der Leyen", "Vincent van Gogh", "Charles de Gaulle": a
 * first name, one or two particles in lower case and a capitalized word
 * are one person's name, however the tagger cut it. A place after the
 * particle ("Marie de Lyon") is left alone. */
static void
mark_particle_names (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  static const char *seconds[] = { "der", "den", "la", "le", "de", "los", "las" };

  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k, j = a + 1;
      gboolean welsh;

      if (!tok_starts_upper (doc, a))
        continue;
      /* Irish "Ní", "Nic", "Ó", "Uí" (daughter, son, grandchild of) are
       * written with a capital: "Siobhán Ní Mhurchú". */
      if (tok_len (doc, j) <= 4 && k + 2 < len &&
          (*tok_str (doc, j) == 'N' || *tok_str (doc, j) == 'U' || (guchar) *tok_str (doc, j) == 0xc3) &&
          (tok_is (doc, j, "N\xc3\xad") || tok_is (doc, j, "Nic") || tok_is (doc, j, "\xc3\x93") ||
           tok_is (doc, j, "U\xc3\xad")) &&
          tok_starts_upper (doc, j + 1) && (tok_flags (doc, j + 1) & LECTERN_TOKEN_WORD) && tok_is_first_name (doc, a) &&
          !is_inside_other_tag (tags[k]) && !(k + 3 < len && is_inside_other_tag (tags[k + 3])))
        {
          tag_person_name (tags, k, k + 3);
          k += 2;
          continue;
        }
      if (!tok_starts_lower (doc, j))
        continue;
      /* Welsh "ap" and "ab" (son of) follow first names of Wales that
       * only the world's list knows ("Gwenllian ab Owain"). */
      welsh = tok_len (doc, j) == 2 && *tok_str (doc, j) == 'a' &&
              (tok_is (doc, j, "ap") || tok_is (doc, j, "ab")) && tok_is_first_name (doc, a);
      /* A first name that is also a common word, a head word or a place
       * word ("Croix", "Maison", "Square"), or after an article ("des Iles
       * du Cap", "le Charles de Gaulle"), starts no name here. A first
       * name no list knows counts where the tagger read the particle as a
       * person's too ("Sjoerd | van der Linde"). */
      if ((!welsh && !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP)) &&
           !(is_person_tag (tags[k]) && is_person_tag (tags[k + 1]))) ||
          (tok_lex (doc, a) & (LECTERN_LEX_LOWER | LECTERN_LEX_ORG_HEAD)) ||
          (a > 0 && (tok_is_article (doc, a - 1) || tok_is (doc, a - 1, "des") || tok_is (doc, a - 1, "du"))) ||
          place_word (doc, a) != 0 ||
          (!welsh && !is_particle (doc, j)) || tok_is (doc, j, "des") ||
          tok_is (doc, j, "la") || tok_is (doc, j, "le") || tok_is (doc, j, "el") || tok_is (doc, j, "al"))
        continue;
      j++;
      for (guint s = 0; s < G_N_ELEMENTS (seconds) && j < base + len; s++)
        if (tok_is (doc, j, seconds[s]))
          {
            j++;
            break;
          }
      /* Nor does a century ("du Xe"), a word in capitals ("de BIJOUX") or
       * "du" and a common word ("rue du Marché" misread), though "de" and
       * one may ("Kito de Pavant"); a place and "du" is "of the" ("Rome du
       * Daily News"). */
      if (j >= base + len || !tok_starts_upper (doc, j) || !(tok_flags (doc, j) & LECTERN_TOKEN_WORD) ||
          tok_len (doc, j) < 3 || tok_is_acronym (doc, j) ||
          (tok_lex (doc, j) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) ||
          (tok_is (doc, a + 1, "du") && ((tok_lex (doc, j) & LECTERN_LEX_LOWER) || (tok_lex (doc, a) & LECTERN_LEX_GEO))))
        continue;
      /* Inside or before a longer name of another kind ("université
       * Charles de Gaulle de Lille", "Charles de Gaulle Airport"), the
       * tagger's span stands. */
      if (is_inside_other_tag (tags[k]) || (j + 1 < base + len && is_inside_other_tag (tags[j + 1 - base])))
        continue;
      tag_person_name (tags, k, j - base + 1);
      k = j - base;
    }
}

/* Whether a token of [a, b) has a capital: a listed name found from a
 * head word in lower case must have one further on ("ministère de la
 * Santé"), or it is a common phrase. */
static gboolean
scan_capital (const Doc *doc,
              guint      a,
              guint      b)
{
  for (guint i = a; i < b; i++)
    if (tok_has_upper (doc, i))
      return TRUE;

  return FALSE;
}

/* A verb or a pronoun that opens a clause after a subject: "Tsahal a
 * annoncé", "Hydro-Québec n'a pas", "Reuters said". A listed name that
 * starts a sentence before one is the subject, not a word capitalized
 * for starting the sentence. */
static gboolean
opens_clause (const Doc *doc,
              guint      i)
{
  static const char *words[] = {
    "a", "ont", "est", "sont", "avait", "avaient", "aura", "aurait", "va", "vont", "sera", "serait", "doit",
    "peut", "veut", "vient", "annonce", "affirme", "indique", "confirme", "estime", "dément", "précise",
    "explique", "dénonce", "réclame", "demande", "prévoit", "publie", "se", "s'", "s\xe2\x80\x99", "ne", "n'",
    "n\xe2\x80\x99", "said", "says", "has", "had", "have", "is", "was", "were", "are", "will", "would",
    "can", "could", "may", "might", "must", "should", "announced", "announces", "reported", "reports",
    "confirmed", "denied", "told", "plans", "wants", "warned", "claimed", "added", "stated", "qui",
    "salue", "regrette", "assure", "recommande", "rappelle", "souligne", "devait", "devrait", "pourrait",
    "était", "étaient", "démissionne", "quitte", "remporte", "gagne", "perd", "lance", "signe", "rachète",
    "meurt", "condamne",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  /* "Europol, which…", "Greenpeace's director": an apposition or a
   * possessive follows a subject too. */
  if (tok_is (doc, i, ",") || tok_is (doc, i, "'s") || tok_is (doc, i, "\xe2\x80\x99s"))
    return TRUE;
  if (!(tok_flags (doc, i) & LECTERN_TOKEN_WORD) || !tok_starts_lower (doc, i))
    return FALSE;
  /* "Hezbollah fired", "Boeing reported": an English verb in the past. */
  if (doc->lang == LANG_EN && tok_len (doc, i) >= 5 && memcmp (tok_str (doc, i) + tok_len (doc, i) - 2, "ed", 2) == 0)
    return TRUE;
  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* A Korean or Chinese given name as English writes it: two syllables of
 * ASCII letters joined by a hyphen, the first capitalized ("Ji-hoon",
 * "Ching-te", "Suk-yeol"); not a Korean province, district or town
 * ("Jeju-do", "Jung-gu"), nor a name and an English word ("Hong
 * Kong-based"). */
static gboolean
is_east_asian_given_name (const Doc *doc,
                          guint      i)
{
  static const char *const not_names[] = {
    "do", "gu", "si", "gun", "dong", "ri", "eup", "myeon",
    /* "Hong Kong-based", "Kim Jong-led". */
    "based", "born", "led", "owned", "run", "made", "style", "era", "wide", "bound", "backed", "linked",
    "listed", "free", "like",
  };
  const char *s = tok_str (doc, i);
  guint32 n = tok_len (doc, i), k = 1;

  if (n < 4 || n > 12 || !g_ascii_isupper (s[0]))
    return FALSE;
  while (k < n && g_ascii_islower (s[k]))
    k++;
  if (k < 2 || k > 5 || k >= n || s[k] != '-' || n - k - 1 < 1 || n - k - 1 > 5)
    return FALSE;
  for (guint32 h = k + 1; h < n; h++)
    if (!g_ascii_islower (s[h]))
      return FALSE;
  for (guint h = 0; h < G_N_ELEMENTS (not_names); h++)
    if (n - k - 1 == strlen (not_names[h]) && memcmp (s + k + 1, not_names[h], n - k - 1) == 0)
      return FALSE;

  return TRUE;
}

/* Tokens k and k + 1 (relative to base) are capitalized, the second a
 * word, and no capitalized word follows them: a name of two words, whole. */
static inline gboolean
capitalized_pair_ends_run (const Doc *doc,
                           guint      base,
                           guint      len,
                           guint      k)
{
  guint a = base + k;

  return tok_starts_upper (doc, a) && tok_starts_upper (doc, a + 1) && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) &&
         !(k + 2 < len && (tok_flags (doc, a + 2) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, a + 2));
}

/* "Premier ministre Édouard | Philippe": the tagger may leave out a
 * first name (no common word) between a title and the name it tags. */
static void
mark_first_names_after_titles (Doc    *doc,
                               guint   base,
                               guint   len,
                               guint8 *tags)
{
  /* What lists know a word as, that rules it out of a name here. */
  const guint32 other = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_KNOWN_ORG |
                        LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_LOWER | LECTERN_LEX_TITLE |
                        LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN;

  for (guint k = 1; k < len; k++)
    {
      guint a = base + k - 1;

      if (tags[k] != LECTERN_TAG_B_PER || tags[k - 1] != LECTERN_TAG_O || !tok_starts_upper (doc, a) ||
          !(tok_flags (doc, a) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, a) ||
          (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_TITLE)))
        continue;
      /* "Senior General Min | Aung Hlaing": a first name that is a common
       * word too, after a capitalized title. */
      if (tok_lex (doc, a) & LECTERN_LEX_LOWER)
        {
          if (k >= 2 && (tok_lex (doc, a) & LECTERN_LEX_GIVEN) && tok_starts_upper (doc, a - 1) &&
              (tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) && !(tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START))
            {
              tags[k - 1] = LECTERN_TAG_B_PER;
              tags[k] = LECTERN_TAG_I_PER;
            }
          continue;
        }
      /* "Constable Ghulam Rasool Sabzoi": after a title, a word no list
       * knows, too. "María Guadalupe Aguilar Ponce, whose son": a first
       * name of the world's list that no capitalized word precedes. */
      if ((k >= 2 &&
           ((tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) || is_hyphenated_title (doc, a - 1) ||
            (tok_starts_upper (doc, a - 1) && is_unlisted_title (doc, a - 1))) &&
           (tok_is_first_name (doc, a) || (tok_lex (doc, a) == 0 && !is_calendar_word (doc, a)))) ||
          ((k == 1 || !(tok_starts_upper (doc, a - 1) && (tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD))) &&
           !(tok_lex (doc, a) & other) && !is_calendar_word (doc, a) && tok_is_first_name (doc, a)))
        {
          tags[k - 1] = LECTERN_TAG_B_PER;
          tags[k] = LECTERN_TAG_I_PER;
        }
    }

  /* "WHO Director-General Tedros Adhanom Ghebreyesus said": the tagger
   * ran a body's acronym and the office into one organization and left
   * out the holder. Up to three capitalized words after it that no list
   * knows as anything else and that end the capitalized run are the
   * holder; the office is no part of the body's name. */
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint f;

      if (tags[k] != LECTERN_TAG_I_ORG || tags[k + 1] != LECTERN_TAG_O || tags[k - 1] != LECTERN_TAG_B_ORG ||
          !tok_starts_upper (doc, a + 1) || !tok_is_acronym (doc, a - 1) || !is_office_after_acronym (doc, a))
        continue;
      for (f = k + 1; f < len && f < k + 4 && tags[f] == LECTERN_TAG_O && (tok_flags (doc, base + f) & LECTERN_TOKEN_WORD) &&
                      tok_starts_upper (doc, base + f) && !tok_is_acronym (doc, base + f) &&
                      !(tok_lex (doc, base + f) & other) && !is_calendar_word (doc, base + f);
           f++)
        ;
      if (f < k + 3 || (f < len && (tok_flags (doc, base + f) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + f)))
        continue;
      tags[k] = LECTERN_TAG_O;
      tags[k + 1] = LECTERN_TAG_B_PER;
      for (guint j = k + 2; j < f; j++)
        tags[j] = LECTERN_TAG_I_PER;
      k = f - 1;
    }

  /* "Presiding Judge Rosario | Salvatierra Gómez of Peru": after a
   * capitalized title, one or two capitalized words the tagger left out
   * after a first name, that no list knows but as towns and that end the
   * capitalized run, finish the name. */
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint e = k + 1, f;

      if (tags[k] != LECTERN_TAG_B_PER || tags[k + 1] != LECTERN_TAG_O || !tok_starts_upper (doc, a - 1) ||
          !((tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, a - 1)) ||
          !tok_is_first_name (doc, a))
        continue;
      for (f = e; f < len && f < e + 2 && tags[f] == LECTERN_TAG_O &&
                  (tok_flags (doc, base + f) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + f) &&
                  !tok_is_acronym (doc, base + f) &&
                  !(tok_lex (doc, base + f) & (other & ~LECTERN_LEX_PLACE)) && !is_calendar_word (doc, base + f) &&
                  !is_demonym (doc, base + f);
           f++)
        ;
      if (f == e || (f < len && (tok_flags (doc, base + f) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + f)))
        continue;
      for (guint j = e; j < f; j++)
        tags[j] = LECTERN_TAG_I_PER;
      k = f - 1;
    }

  /* "its executive vice-president Margrethe Vestager said": two
   * capitalized words the tagger left out, alone between a title in lower
   * case and the rest of the clause, that no list knows as anything
   * else, are the holder of the title. */
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;

      /* The cheap tests first: this runs over every token. */
      if (tags[k] != LECTERN_TAG_O || tags[k + 1] != LECTERN_TAG_O || !capitalized_pair_ends_run (doc, base, len, k) ||
          !(tok_flags (doc, a) & LECTERN_TOKEN_WORD) || !tok_starts_lower (doc, a - 1))
        continue;
      if (tok_is_acronym (doc, a) || tok_is_acronym (doc, a + 1) || (tok_lex (doc, a) & other) ||
          (tok_lex (doc, a + 1) & other) || is_calendar_word (doc, a) || is_calendar_word (doc, a + 1) ||
          !((tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) || is_hyphenated_title (doc, a - 1)))
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }

  /* "Det Insp Priya Chaudhary, of the Met": a listed first name and a
   * word no list knows otherwise, that the tagger left out after a
   * capitalized title the name table lacks. */
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_O || tags[k + 1] != LECTERN_TAG_O || !capitalized_pair_ends_run (doc, base, len, k))
        continue;
      if (!tok_starts_upper (doc, a - 1) || (tok_lex (doc, a) & other) || (tok_lex (doc, a + 1) & other) ||
          !is_unlisted_title (doc, a - 1) || tok_is_acronym (doc, a) || tok_is_acronym (doc, a + 1) ||
          is_calendar_word (doc, a + 1) || !tok_is_first_name (doc, a))
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }

  /* "Kestrel Chief Executive Alistair Fairbairn-MacKenzie told", "IOC
   * president Kirsty Coventry, who": after any title or role, a first name and a
   * capitalized word the tagger left out, which ends the name, are a
   * person though the word is also a town ("Coventry"). */
  for (guint k = 1; k + 1 < len; k++)
    {
      const guint32 not_last = LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL |
                               LECTERN_LEX_LOWER | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN;
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_O || (tags[k + 1] != LECTERN_TAG_O && tags[k + 1] != LECTERN_TAG_B_LOC) ||
          (k + 2 < len && tags[k + 2] != LECTERN_TAG_O) || !capitalized_pair_ends_run (doc, base, len, k))
        continue;
      if ((tok_lex (doc, a) & other) || (tok_lex (doc, a + 1) & not_last) || tok_is_acronym (doc, a) ||
          tok_is_acronym (doc, a + 1) || is_calendar_word (doc, a + 1) || is_demonym (doc, a + 1) ||
          !((tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) || is_hyphenated_title (doc, a - 1) ||
            is_unlisted_title (doc, a - 1) || is_role_word (doc, a - 1) ||
            (k >= 2 && tok_is (doc, a - 1, "Executive") && tok_is (doc, a - 2, "Chief"))) ||
          !(tok_is_first_name (doc, a) ||
            /* "Senior Prosecutor Jörg Lindemeyer told": two words no list
             * knows, after a capitalized title. */
            (tok_lex (doc, a) == 0 && tok_lex (doc, a + 1) == 0 && tok_starts_upper (doc, a - 1) &&
             ((tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, a - 1)))))
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }

  /* "Chief Executive Park Ji-hoon apologised", "Lai Ching-te said": a
   * Korean or Chinese name, a short family name then a given name of two
   * syllables joined by a hyphen, the second in lower case. */
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k;
      gboolean untagged, other_span;

      /* The given name first: it rules out almost every token at once. */
      if (!is_east_asian_given_name (doc, a + 1))
        continue;
      /* Left out, or taken alone for a place, a body or a thing. */
      untagged = tags[k] == LECTERN_TAG_O && tags[k + 1] == LECTERN_TAG_O;
      other_span = (tags[k] == LECTERN_TAG_B_ORG || tags[k] == LECTERN_TAG_B_LOC || tags[k] == LECTERN_TAG_B_MISC) &&
                   tags[k + 1] == tags[k] + 1 && !(k + 2 < len && tags[k + 2] == tags[k + 1]);
      if (!(untagged || other_span) || tok_len (doc, a) < 2 || tok_len (doc, a) > 5 || !tok_starts_upper (doc, a) ||
          tok_is_acronym (doc, a) || (tok_lex (doc, a) & other) ||
          (tok_lex (doc, a + 1) & (LECTERN_LEX_LOWER | LECTERN_LEX_TITLE)))
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }

  /* "l'ancien Premier ministre Moussa Mara a dénoncé": after a title in
   * lower case, a first name and one or two words with no head word, that
   * no list knows together, are a person the tagger took for an
   * organization (the surname is also a place or a company). */
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint e = k + 1;
      gboolean head = FALSE;

      if (tags[k] != LECTERN_TAG_B_ORG || tags[k + 1] != LECTERN_TAG_I_ORG ||
          !(tok_lex (doc, a) & LECTERN_LEX_GIVEN) || !tok_starts_upper (doc, a) || !tok_starts_lower (doc, a - 1) ||
          !((tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) || is_hyphenated_title (doc, a - 1)))
        continue;
      while (e < len && e < k + 3 && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      for (guint i = k; i < e && !head; i++)
        head = (tok_lex (doc, base + i) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_KNOWN_ORG)) ||
               !tok_starts_upper (doc, base + i) || tok_is_acronym (doc, base + i);
      if (head || (e < len && tags[e] == LECTERN_TAG_I_ORG) || known_organization (doc, a, base + e) != 0)
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      for (guint i = k + 1; i < e; i++)
        tags[i] = LECTERN_TAG_I_PER;
    }
}

/* A roman numeral of a king or a pope: "VI", "XVI", "III". */
static inline gboolean
is_regnal_numeral (const Doc *doc,
                   guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  if (len == 0 || len > 6)
    return FALSE;
  for (guint32 k = 0; k < len; k++)
    if (s[k] != 'I' && s[k] != 'V' && s[k] != 'X' && s[k] != 'L' && s[k] != 'C')
      return FALSE;

  return TRUE;
}

/* "le roi Mohammed VI", "Charles III", "Benoît XVI": a name and a roman
 * numeral name a king, a queen or a pope, whom the tagger, seeing the
 * numeral, often leaves out or cuts short. After a royal or papal title
 * any capitalized word counts ("pape Pie XII"); without one, a first name
 * the tagger took for a person ("Titan III", "Delta IV" are rockets); "I"
 * alone only after a title. */
static void
mark_regnal_names (Doc    *doc,
                   guint   base,
                   guint   len,
                   guint8 *tags)
{
  static const char *titles[] = {
    "roi", "reine", "pape", "prince", "princesse", "empereur", "impératrice", "tsar", "sultan", "émir",
    "King", "Queen", "Pope", "Prince", "Princess", "Emperor", "Empress", "Tsar", "Czar", "Sultan", "Emir",
    "king", "queen", "pope", "emperor", "Roi", "Reine", "Pape",
  };
  static guint64 titles_hashes[G_N_ELEMENTS (titles)];
  static gsize titles_ready = 0;

  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k;
      gboolean titled, multiword;

      /* The numeral first: it rules out almost every token at once. */
      if (!is_regnal_numeral (doc, a + 1) || !tok_starts_upper (doc, a) || !(tok_flags (doc, a) & LECTERN_TOKEN_WORD))
        continue;
      titled = k > 0 && tok_in_list (doc, a - 1, titles, G_N_ELEMENTS (titles), titles_hashes, &titles_ready);
      /* "Nana Kwadwo Boadu Ampem II": the last word of a person's name
       * of several words counts too. */
      multiword = k > 0 && (tags[k] == LECTERN_TAG_B_PER || tags[k] == LECTERN_TAG_I_PER) &&
                  (tags[k - 1] == LECTERN_TAG_B_PER || tags[k - 1] == LECTERN_TAG_I_PER);
      if ((tok_len (doc, a + 1) == 1 && *tok_str (doc, a + 1) == 'I' && !titled) ||
          !(titled || multiword || ((tok_lex (doc, a) & LECTERN_LEX_GIVEN) && tags[k] != LECTERN_TAG_O)) ||
          (tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_PER && tags[k] != LECTERN_TAG_I_PER) ||
          (tags[k + 1] != LECTERN_TAG_O && tags[k + 1] != LECTERN_TAG_I_PER) ||
          (k + 2 < len && tags[k + 2] != LECTERN_TAG_O && (tags[k + 2] & 1) == 0))
        continue;
      if (tags[k] == LECTERN_TAG_O)
        tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }
}

/* A comma or a closing quotation mark: what ends a quotation before the
 * verb that names its speaker. */
static inline gboolean
is_quote_end (const Doc *doc,
              guint      i)
{
  const char *s = tok_str (doc, i);

  switch (tok_len (doc, i))
    {
    case 1:
      return *s == ',' || *s == '"';
    case 2:
      return memcmp (s, "\xc2\xbb", 2) == 0;
    case 3:
      return memcmp (s, "\xe2\x80\x9d", 3) == 0;
    default:
      return FALSE;
    }
}

/* Whether token i (after a comma or a closing quotation mark, or after
 * "a" that follows one) is a verb that hands a quotation to its speaker:
 * "», a déclaré António Guterres", "," said Tedros Adhanom". */
static gboolean
is_inverted_speech_verb (const Doc *doc,
                         guint      base,
                         guint      i)
{
  static const char *participles[] = {
    "déclaré", "dit", "affirmé", "ajouté", "expliqué", "indiqué", "précisé", "estimé", "souligné", "assuré",
    "confié", "lancé", "poursuivi", "réagi", "commenté", "rappelé", "reconnu", "averti", "insisté",
    "déploré", "répondu", "raconté", "résumé", "noté", "observé", "martelé", "regretté", "jugé",
  };
  static guint64 participles_hashes[G_N_ELEMENTS (participles)];
  static gsize participles_ready = 0;
  static const char *verbs[] = {
    "déclare", "dit", "affirme", "ajoute", "explique", "indique", "précise", "estime", "souligne",
    "assure", "confie", "lance", "poursuit", "commente", "rappelle", "reconnaît", "avertit", "insiste",
    "répond", "raconte", "résume", "note", "observe", "martèle", "regrette", "juge", "said", "says",
    "added", "adds", "explained", "explains", "noted", "notes", "stated", "wrote", "writes", "continued",
    "argued", "warned", "recalled", "observed", "insisted", "remarked", "commented", "replied",
    "responded", "concluded", "admitted", "acknowledged", "emphasized", "stressed",
  };
  static guint64 verbs_hashes[G_N_ELEMENTS (verbs)];
  static gsize verbs_ready = 0;
  /* The punctuation first: it rules out almost every token, cheaply. */
  if (i >= base + 2 && tok_is (doc, i - 1, "a") && is_quote_end (doc, i - 2))
    return tok_in_list (doc, i, participles, G_N_ELEMENTS (participles), participles_hashes, &participles_ready);
  /* The quotation may end the sentence before ("hands?" said Rokeya
   * Begum"): the verb in lower case says it goes on. */
  if (i >= 1 && is_quote_end (doc, i - 1) && (i >= base + 1 || tok_starts_lower (doc, i)))
    return tok_in_list (doc, i, verbs, G_N_ELEMENTS (verbs), verbs_hashes, &verbs_ready);

  return FALSE;
}

/* Whether token i ends as common nouns and adjectives do and names
 * hardly ever: "Institutional Equities", "Digital Solutions". */
static gboolean
has_common_word_ending (const Doc *doc,
                        guint      i)
{
  static const char *endings[] = {
    "tion", "tions", "sion", "sions", "ities", "ional", "ness", "ship", "ical", "ments", "ics", "ings",
    "ism", "isme", "ogy", "ogie", "ware", "ique", "iques", "it\xc3\xa9", "it\xc3\xa9s", "aux",
  };

  return tok_ends_with_any (doc, i, endings, G_N_ELEMENTS (endings), 2);
}

/* A speaker named after a quotation: "», a déclaré António Guterres.",
 * "," said Tedros Adhanom Ghebreyesus". Two or three capitalized words
 * that no list knows, standing alone between the verb and the end of
 * the clause, name the person who spoke, even where the tagger, not
 * knowing the names, left them out. */
static void
mark_speakers_after_verbs (Doc    *doc,
                           guint   base,
                           guint   len,
                           guint8 *tags)
{
  const guint32 not_a_name = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_KNOWN_ORG |
                             LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_LOWER | LECTERN_LEX_TITLE |
                             LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN;

  for (guint k = 1; k + 2 <= len; k++)
    {
      guint n = 0;
      /* Or a place of the tagger that no list knows ("said Rokeya Begum,
       * a sewing operator"). */
      guint8 inside = tags[k] == LECTERN_TAG_B_LOC ? LECTERN_TAG_I_LOC : LECTERN_TAG_O;

      /* A capital first: it rules out most tokens before the verb is read. */
      if ((tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_LOC) || !tok_starts_upper (doc, base + k) ||
          !is_inverted_speech_verb (doc, base, base + k - 1))
        continue;
      while (k + n < len && n < 4 && (n == 0 || tags[k + n] == inside) && tok_starts_upper (doc, base + k + n) &&
             (tok_flags (doc, base + k + n) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, base + k + n) &&
             !(tok_lex (doc, base + k + n) & not_a_name) && !has_common_word_ending (doc, base + k + n))
        n++;
      /* The run must end the clause: "said John Smith of Reuters" has a
       * second name, "said Paris Hilton's lawyer" another subject. */
      if (n < 2 || n > 3 ||
          (k + n < len && (tok_has_upper (doc, base + k + n) || tok_is_possessive (doc, base + k + n) ||
                           tags[k + n] != LECTERN_TAG_O)))
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      for (guint j = 1; j < n; j++)
        tags[k + j] = LECTERN_TAG_I_PER;
    }

  /* "said Andreas Hoecker, spokesperson for ATLAS": the tagger may take a
   * speaker whose first name is also a place for an organization. A
   * first name, then one or two words that name nothing else, is the
   * speaker. */
  for (guint k = 2; k + 2 <= len; k++)
    {
      guint n = 1;

      if (tags[k] != LECTERN_TAG_B_ORG || !tok_starts_upper (doc, base + k) ||
          !is_inverted_speech_verb (doc, base, base + k - 1) || !tok_is_first_name (doc, base + k))
        continue;
      while (k + n < len && n < 4 && tags[k + n] == LECTERN_TAG_I_ORG && tok_starts_upper (doc, base + k + n) &&
             (tok_flags (doc, base + k + n) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, base + k + n) &&
             !(tok_lex (doc, base + k + n) & not_a_name) && !has_common_word_ending (doc, base + k + n))
        n++;
      if (n < 2 || n > 3 || (k + n < len && tags[k + n] == LECTERN_TAG_I_ORG) ||
          known_organization (doc, base + k, base + k + n) != 0)
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      for (guint j = 1; j < n; j++)
        tags[k + j] = LECTERN_TAG_I_PER;
    }
}

/* "Apple CEO Tim Cook", "SoftBank CEO Masayoshi Son", "Emirates President
 * Tim Clark": the capitalized words before a company role that a person
 * follows name the company. Places, nationalities and common words
 * ("French President", "Former CEO") name none. */
static void
mark_organizations_before_roles (Doc    *doc,
                                 guint   base,
                                 guint   len,
                                 guint8 *tags)
{
  static const char *roles[] = {
    "CEO", "CFO", "COO", "CTO", "PDG", "chairman", "Chairman", "chairwoman", "Chairwoman", "founder",
    "Founder", "co-founder", "Co-founder", "spokesman", "spokeswoman", "spokesperson", "boss", "President",
    "président", "patron", "fondateur", "porte-parole",
  };
  static const char *modifiers[] = {
    "Vice", "Deputy", "Former", "Acting", "Interim", "Executive", "Senior", "Assistant", "Associate", "Ex",
    "Founding", "Outgoing", "Incoming", "New", "Then", "Current", "Global", "Group", "Company",
  };
  const guint32 not_a_name = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_LOWER |
                             LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN;

  for (guint k = 1; k + 1 < len; k++)
    {
      guint r = base + k;
      guint a = k;

      if (tags[k + 1] != LECTERN_TAG_B_PER || !tok_is_any (doc, r, roles, G_N_ELEMENTS (roles)))
        continue;
      /* Back over one to three capitalized words no list calls a place,
       * a common word or a first name, untagged or taken into the role's
       * person. */
      while (a > 0 && k - a < 3 && tok_starts_upper (doc, base + a - 1) &&
             (tok_flags (doc, base + a - 1) & LECTERN_TOKEN_WORD) &&
             (tags[a - 1] == LECTERN_TAG_O || tags[a - 1] == LECTERN_TAG_B_PER || tags[a - 1] == LECTERN_TAG_I_PER) &&
             !(tok_lex (doc, base + a - 1) & not_a_name) && !is_demonym (doc, base + a - 1) &&
             !tok_is_any (doc, base + a - 1, modifiers, G_N_ELEMENTS (modifiers)) &&
             !((tok_flags (doc, base + a - 1) & LECTERN_TOKEN_SENTENCE_START) && is_english_verb_form (doc, base + a - 1)))
        a--;
      if (a == k || (a > 0 && (tags[a - 1] != LECTERN_TAG_O || tok_starts_upper (doc, base + a - 1))) ||
          (tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_I_PER))
        continue;
      tag_organization (tags, len, a, k);
      tags[k] = LECTERN_TAG_O;
    }
}

/* Whether token i is a double surname: two capitalized parts of two
 * letters or more around one hyphen ("Kowalczyk-Hale"). */
static gboolean
is_double_surname (Doc  *doc,
                   guint i)
{
  const char *str = tok_str (doc, i);
  const char *dash = memchr (str, '-', tok_len (doc, i));

  return dash != NULL && dash - str >= 2 && str + tok_len (doc, i) - dash > 2 && g_ascii_isupper (*str) &&
         g_ascii_isupper (dash[1]) && memchr (dash + 1, '-', str + tok_len (doc, i) - dash - 1) == NULL;
}

/* Whether an apposition from token i describes a person: "who …", or
 * "a banking analyst", "the club's chief executive" (a role within four
 * words). */
static gboolean
describes_person_after (Doc  *doc,
                        guint i,
                        guint end)
{
  if (i >= end)
    return FALSE;
  if (tok_is (doc, i, "who"))
    return TRUE;
  if (!(tok_is (doc, i, "a") || tok_is (doc, i, "an") || tok_is (doc, i, "the")))
    return FALSE;
  for (guint j = i + 1; j < end && j < i + 5; j++)
    {
      if (!(tok_flags (doc, j) & LECTERN_TOKEN_WORD))
        return FALSE;
      if (is_role_word (doc, j))
        return TRUE;
    }

  return FALSE;
}

/* "Vladimir Poutine a reçu…": a first name that is also a city can pull
 * the tagger to a place, and the pair to an organization. At the start of
 * a sentence, a first name and a capitalized word that is no head word,
 * place, nationality ("Royal Dutch"), common word or word the training
 * text capitalizes in names without being a surname ("Farrell Electric"),
 * and that no list knows together, are a person; so are they inside a
 * sentence, between lower-case words. */
static void
retype_first_name_organizations (Doc    *doc,
                                 guint   base,
                                 guint   len,
                                 guint8 *tags)
{
  const guint32 not_a_surname = LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_LOWER |
                                LECTERN_LEX_GEO | LECTERN_LEX_REGION;

  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k;
      gboolean apposition;

      if (tags[k] != LECTERN_TAG_B_ORG || tags[k + 1] != LECTERN_TAG_I_ORG || tags[k + 2] == LECTERN_TAG_I_ORG)
        continue;
      /* "said Reto Baumann, a banking analyst at Vontobel", "center Marcus
       * Bell, who finished with 12 points": a first name and a capitalized
       * word before a person's apposition are a person. */
      if (tok_is (doc, a + 2, ",") && k + 3 < len && tok_starts_upper (doc, a + 1) &&
          (tok_is_first_name (doc, a) || (tok_lex (doc, a + 1) & (LECTERN_LEX_SURNAME | LECTERN_LEX_SURNAME_TOP)) ||
           /* "Bisola Adewale-Cole, a telecoms analyst": names no list
            * knows, the second double. */
           is_double_surname (doc, a + 1)) &&
          !(tok_lex (doc, a) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_GEO)) &&
          !(tok_lex (doc, a + 1) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_GEO)) &&
          known_organization (doc, a, a + 2) == 0 && describes_person_after (doc, a + 3, base + len))
        {
          tags[k] = LECTERN_TAG_B_PER;
          tags[k + 1] = LECTERN_TAG_I_PER;
          continue;
        }
      /* Between commas ("the Ceann Comhairle, Verona Murphy, after…"), an
       * apposition: the pair's first word may start a listed company. */
      apposition = k > 0 && tok_is (doc, a - 1, ",") && tok_is (doc, a + 2, ",") && !tok_is_article (doc, a);
      /* Else inside a sentence, between lower-case words ("la conseillère
       * fédérale Karin Keller-Sutter a présenté"), not a company's first
       * word, and a listed surname or a double one; a double one may follow
       * a title ("Chief Executive Renata Kowalczyk-Hale would"). */
      if (!apposition && k > 0 &&
          (!(tok_starts_lower (doc, a - 1) ||
             (is_double_surname (doc, a + 1) &&
              ((tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) || tok_is (doc, a - 1, "Executive")))) ||
           (tok_lex (doc, a) & LECTERN_LEX_COMPANY) ||
           ((tok_flags (doc, a + 2) & LECTERN_TOKEN_WORD) && !tok_starts_lower (doc, a + 2)) ||
           !((tok_lex (doc, a + 1) & LECTERN_LEX_SURNAME) ||
             memchr (tok_str (doc, a + 1), '-', tok_len (doc, a + 1)) != NULL)))
        continue;
      if (!tok_is_first_name (doc, a) || !tok_starts_upper (doc, a + 1) ||
          !(tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, a + 1) ||
          (tok_lex (doc, a + 1) & not_a_surname) || (tok_lex (doc, a + 1) & LECTERN_LEX_GIVEN_TOP) ||
          is_demonym (doc, a + 1) || has_common_word_ending (doc, a + 1) ||
          ((tok_lex (doc, a + 1) & LECTERN_LEX_CAPITALIZED) &&
           !(tok_lex (doc, a + 1) & (LECTERN_LEX_SURNAME | LECTERN_LEX_SURNAME_TOP))) ||
          known_organization (doc, a, a + 2) != 0)
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }
}

/* "the Kerem Shalom crossing", "the Haida Gwaii coast": a name between
 * "the" and a word for a place is that place's, not a person's, whatever
 * first names it holds. */
static void
retype_places_before_place_nouns (Doc    *doc,
                                  guint   base,
                                  guint   len,
                                  guint8 *tags)
{
  static const char *const nouns[] = {
    "crossing", "border", "checkpoint", "camp", "valley", "river", "coast", "strait", "corridor", "basin",
    "highway", "bridge", "dam", "district", "province", "county", "region", "peninsula", "archipelago",
  };

  for (guint k = 1; k < len; k++)
    {
      guint e = k + 1;

      if (tags[k] != LECTERN_TAG_B_PER || !tok_is (doc, base + k - 1, "the"))
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_PER)
        e++;
      if (e < len && tok_is_any (doc, base + e, nouns, G_N_ELEMENTS (nouns)))
        tag_place (tags, k, e);
      k = e - 1;
    }
}

/* "faces Norway's Casper Ruud next", "his lawyer, Kadri Kask, said":
 * a first name and one more word that the tagger took for a thing (a
 * MISC span), after a country's possessive or a person's role, are a
 * person. */
static void
retype_named_things (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  const guint32 not_a_surname = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL |
                                LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_LOWER | LECTERN_LEX_TITLE;

  for (guint k = 2; k + 1 < len; k++)
    {
      guint a = base + k;
      gboolean labelled;

      if (tags[k] != LECTERN_TAG_B_MISC || tags[k + 1] != LECTERN_TAG_I_MISC ||
          (k + 2 < len && tags[k + 2] == LECTERN_TAG_I_MISC))
        continue;
      labelled = (tok_is_possessive (doc, a - 1) && (tok_lex (doc, a - 2) & LECTERN_LEX_GEO)) ||
                 (tok_is (doc, a - 1, ",") && is_role_word (doc, a - 2)) || is_role_word (doc, a - 1);
      if (!labelled || !tok_starts_upper (doc, a + 1) || tok_is_acronym (doc, a + 1) ||
          (tok_lex (doc, a + 1) & not_a_surname) || is_demonym (doc, a + 1) ||
          (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_TITLE)) || !tok_is_first_name (doc, a))
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }
}

/* "Senate Majority Leader Chuck Schumer", "Labour Party Leader Keir
 * Starmer": the tagger runs a body, its member's role and the member into
 * one organization. The role ends the body; the name after it is a
 * person's, the role is neither. */
static void
split_roles_from_organizations (Doc    *doc,
                                guint   base,
                                guint   len,
                                guint8 *tags)
{
  static const char *roles[] = {
    "Leader", "Whip", "Speaker", "Chairman", "Chairwoman", "Chair", "President", "Secretary",
    "Minister", "Director", "Spokesman", "Spokeswoman", "Commissioner", "Governor", "Mayor", "Chief",
  };
  static const char *modifiers[] = {
    "Majority", "Minority", "Deputy", "Vice", "Acting", "Interim", "Former", "Assistant", "General",
    "National", "Grand", "Regional",
  };

  for (guint k = 0; k < len;)
    {
      guint e = k + 1, r, o, p;

      if (tags[k] != LECTERN_TAG_B_ORG)
        {
          k++;
          continue;
        }
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      /* The first role inside the span, after one word of the body at
       * least; a person starts right after it: inside the span with a
       * first name and another capitalized word, or as the next span. */
      for (r = k + 1; r < e; r++)
        if (tok_is_any (doc, base + r, roles, G_N_ELEMENTS (roles)))
          break;
      /* "Delhi Health | Minister Saurabh Bharadwaj": the role right after
       * the span (see below). */
      if (r >= e && !(e + 1 < len && tok_is (doc, base + e, "Minister") && tags[e + 1] == LECTERN_TAG_B_PER))
        {
          k = e;
          continue;
        }
      p = r + 1;
      if (!(p >= e ? p < len && tags[p] == LECTERN_TAG_B_PER
                   : p + 1 < e && (tok_lex (doc, base + p) & LECTERN_LEX_GIVEN) && tok_starts_upper (doc, base + p + 1)))
        {
          k = e;
          continue;
        }
      for (o = r; o > k + 1 && tok_is_any (doc, base + o - 1, modifiers, G_N_ELEMENTS (modifiers)); o--)
        ;
      if (known_organization (doc, base + k, base + e) != 0)
        {
          k = e;
          continue;
        }
      /* "Delhi Health Minister", "Union Health Minister": a place or a
       * level of government, then a portfolio, neither an acronym nor a
       * listed body, qualify the minister; no organization is named. */
      if (tok_is (doc, base + r, "Minister") && o - k <= 3 &&
          ((tok_lex (doc, base + k) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
           tok_is (doc, base + k, "Union") || tok_is (doc, base + k, "State") || tok_is (doc, base + k, "Federal")))
        {
          gboolean plain = TRUE;

          for (guint j = k; j < o && plain; j++)
            plain = !tok_is_acronym (doc, base + j) && !(tok_lex (doc, base + j) & LECTERN_LEX_KNOWN_ORG);
          if (plain)
            o = k;
        }
      /* A role after the span goes only with such a body. */
      if (r >= e && o != k)
        {
          k = e;
          continue;
        }
      for (guint j = o; j <= r; j++)
        tags[j] = LECTERN_TAG_O;
      if (p < e)
        {
          tags[p] = LECTERN_TAG_B_PER;
          for (guint j = p + 1; j < e; j++)
            tags[j] = LECTERN_TAG_I_PER;
        }
      k = e;
    }
}

/* "Winnipeg city council": a place and a council in lower case; "la
 * Fondation David Suzuki", "l'Institut Pasteur", "the Bill Gates
 * Foundation": a foundation or an institute and the person it is named
 * after. Both are one organization, which the tagger tags as a place, or
 * as a body and a person. */
static void
mark_bodies_around_names (Doc    *doc,
                          guint   base,
                          guint   len,
                          guint8 *tags)
{
  static const char *const councils[] = { "city", "county", "town", "district", "borough", "regional", "municipal" };
  static const char *const named[] = { "Fondation", "Institut", "Fonds", "Lycée", "Collège", "Hôpital", "Clinique" };
  static const char *const after[] = { "Foundation", "Institute", "Center", "Centre", "Fund", "Trust", "School" };

  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k;
      guint e = k + 1;

      if (tags[k] == LECTERN_TAG_B_LOC ||
          (tags[k] == LECTERN_TAG_O && tok_len (doc, a + 2) == 7 && tok_is (doc, a + 2, "council") &&
           tok_starts_upper (doc, a) && !tok_is_acronym (doc, a) &&
           (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_REGION))))
        {
          while (e < len && tags[e] == LECTERN_TAG_I_LOC)
            e++;
          if (e + 1 < len && tags[e] == LECTERN_TAG_O && tags[e + 1] == LECTERN_TAG_O &&
              tok_is_any (doc, base + e, councils, G_N_ELEMENTS (councils)) && tok_is (doc, base + e + 1, "council"))
            tag_organization (tags, len, k, e + 2);
          /* "the Dordogne prefecture": a French département's state
           * office, in English copy. */
          else if (tags[k] == LECTERN_TAG_B_LOC && e < len && tags[e] == LECTERN_TAG_O && doc->lang == LANG_EN &&
                   tok_is (doc, base + e, "prefecture"))
            tag_organization (tags, len, k, e + 1);
          k = e - 1;
        }
      else if (tags[k] == LECTERN_TAG_B_ORG && tags[k + 1] == LECTERN_TAG_B_PER &&
               tok_is_any (doc, a, named, G_N_ELEMENTS (named)))
        {
          tags[k + 1] = LECTERN_TAG_I_ORG;
          for (e = k + 2; e < len && tags[e] == LECTERN_TAG_I_PER; e++)
            tags[e] = LECTERN_TAG_I_ORG;
          k = e - 1;
        }
      /* "the Edwin Meese III | Center for Legal …", "the Bill Gates |
       * Foundation": in English the name comes first, tagged as a person's
       * or left out (from a listed first name). */
      else if (doc->lang == LANG_EN &&
               (tags[k] == LECTERN_TAG_B_PER || (tags[k] == LECTERN_TAG_O && tok_starts_upper (doc, a))))
        {
          if (tags[k] == LECTERN_TAG_B_PER)
            while (e < len && tags[e] == LECTERN_TAG_I_PER)
              e++;
          else
            while (e < len && e < k + 4 && tags[e] == LECTERN_TAG_O && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
                   tok_starts_upper (doc, base + e))
              e++;
          /* The body's head word before the first name, which costs a
           * lookup. */
          if (e > k + 1 && e < len && tags[e] == LECTERN_TAG_B_ORG &&
              tok_is_any (doc, base + e, after, G_N_ELEMENTS (after)) &&
              (tags[k] == LECTERN_TAG_B_PER || tok_is_first_name (doc, a)))
            {
              tags[k] = LECTERN_TAG_B_ORG;
              for (guint j = k + 1; j <= e; j++)
                tags[j] = LECTERN_TAG_I_ORG;
            }
          k = e - 1;
        }
    }
}

/* "dirigé par son gendre Gebran Bassil", "his wife Amal Alamuddin": after
 * a possessive and a word for kin, two or three capitalized words that
 * the tagger took for a place, a body or a thing name a person. */
static void
retype_kin_names (Doc    *doc,
                  guint   base,
                  guint   len,
                  guint8 *tags)
{
  static const char *const kin[] = {
    "gendre", "épouse", "époux", "mari", "femme", "fils", "fille", "frère", "sœur", "père", "mère", "oncle",
    "tante", "neveu", "nièce", "cousin", "cousine", "beau-frère", "belle-sœur", "beau-père", "belle-mère",
    "petit-fils", "petite-fille", "compagne", "compagnon", "wife", "husband", "son", "daughter", "brother",
    "sister", "father", "mother", "uncle", "aunt", "nephew", "niece", "son-in-law", "daughter-in-law",
    "brother-in-law", "sister-in-law", "grandson", "granddaughter", "widow", "widower",
  };
  static const char *const possessives[] = { "son", "sa", "ses", "leur", "his", "her", "their" };
  static guint64 hashes[G_N_ELEMENTS (kin)];
  static gsize ready = 0;

  for (guint k = 2; k + 1 < len; k++)
    {
      guint a = base + k;
      guint e = k + 1;
      gboolean name = TRUE;

      if (tags[k] != LECTERN_TAG_B_LOC && tags[k] != LECTERN_TAG_B_ORG && tags[k] != LECTERN_TAG_B_MISC)
        continue;
      while (e < len && tags[e] == tags[k] + 1)
        e++;
      if (e - k < 2 || e - k > 3 || !tok_starts_lower (doc, a - 1) ||
          !tok_in_list (doc, a - 1, kin, G_N_ELEMENTS (kin), hashes, &ready) ||
          !tok_is_any (doc, a - 2, possessives, G_N_ELEMENTS (possessives)))
        {
          k = e - 1;
          continue;
        }
      for (guint j = a; j < base + e && name; j++)
        name = (tok_flags (doc, j) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, j) && !tok_is_acronym (doc, j) &&
               !(tok_lex (doc, j) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_KNOWN_ORG |
                                     LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE));
      if (name && !(tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)))
        tag_person_name (tags, k, e);
      k = e - 1;
    }
}

/* "the Ospreys scrum-half Deiniol Harries", "the uncapped Bath playmaker
 * Ioan Jenkins", "the Hearts goalkeeper Craig Gordon": a club named by its
 * town or its nickname, between "the" at k and a player's position before
 * his name, which the tagger reads as a place or a person. Returns the
 * last token it tagged, or k. */
static guint
club_before_position (Doc    *doc,
                      guint   base,
                      guint   len,
                      guint8 *tags,
                      guint   k)
{
  static const char *const positions[] = {
    "scrum-half", "fly-half", "flyhalf", "wing", "winger", "lock", "prop", "hooker", "flanker", "centre",
    "full-back", "fullback", "playmaker", "striker", "midfielder", "defender", "goalkeeper", "keeper",
    "forward", "captain", "skipper", "coach", "manager", "boss", "opener", "batter", "batsman", "bowler",
    "spinner", "seamer", "all-rounder", "wicketkeeper", "wicket-keeper", "centre-back", "back-rower",
    "quarterback", "pitcher", "point", "guard", "setter", "number",
  };
  static guint64 hashes[G_N_ELEMENTS (positions)];
  static gsize ready = 0;
  guint a = base + k;
  guint c = k + 1, q, e;

  if (k + 3 >= len || tok_len (doc, a) != 3 || !(tok_is (doc, a, "the") || tok_is (doc, a, "The")))
    return k;
  /* "the uncapped Bath playmaker": a word about the player first. */
  if (tok_starts_lower (doc, base + c) && c + 1 < len && (tok_flags (doc, base + c) & LECTERN_TOKEN_WORD) &&
      !(tok_lex (doc, base + c) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)))
    c++;
  for (q = c; q < len && q < c + 3 && tok_starts_upper (doc, base + q) &&
              (tok_flags (doc, base + q) & LECTERN_TOKEN_WORD) &&
              !(tok_lex (doc, base + q) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN)) &&
              !is_calendar_word (doc, base + q) && (tags[q] == LECTERN_TAG_O || tags[q] != tags[q - 1] + 1 || q == c);
       q++)
    ;
  /* A country or a region names a national side, left as it is. */
  if (q == c || q + 2 >= len || !tok_starts_lower (doc, base + q) ||
      !tok_in_list (doc, base + q, positions, G_N_ELEMENTS (positions), hashes, &ready) ||
      !tok_starts_upper (doc, base + q + 1) || tags[q + 1] == LECTERN_TAG_O || (tags[q + 1] & 1) == 0 ||
      (tok_lex (doc, base + c) & LECTERN_LEX_REGION) ||
      /* Not inside a span that goes on. */
      (tags[c] != LECTERN_TAG_O && (tags[c] & 1) == 0) || (tag_vote (tags[q - 1]) == VOTE_PER && q - c >= 2))
    return k;
  tag_organization (tags, len, c, q);
  /* The player: two or three capitalized words, whatever the tagger made
   * of them. */
  for (e = q + 2; e < len && tags[e] == tags[q + 1] + 1; e++)
    ;
  if (e - (q + 1) >= 2 && e - (q + 1) <= 3 && tag_vote (tags[q + 1]) != VOTE_PER &&
      !span_has_head (doc, base + q + 1, base + e))
    tag_person_name (tags, q + 1, e);

  return e - 1;
}

/* "U Thant Zin Oo", "Daw Khin Mar Htwe", "Dato' Seri Azman Rahim": the
 * honorifics of Myanmar and Malaysia at k are no part of a name
 * (GUIDELINES.md), and say the words after them are a person's, whatever
 * the tagger made of them. Returns the last token of the name, or k. */
static guint
strip_asian_honorific (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags,
                       guint   k)
{
  static const char *const honorifics[] = { "U", "Daw", "Dato", "Dato'", "Datuk", "Datin" };
  guint a = base + k;
  guint n = k + 1, e;

  if (k + 1 >= len || tok_len (doc, a) > 6 || (tags[k] != LECTERN_TAG_O && (tags[k] & 1) == 0) ||
      !tok_is_any (doc, a, honorifics, G_N_ELEMENTS (honorifics)))
    return k;
  /* "Dato' Seri": the apostrophe and the honorific's second word. */
  if (n < len && (tok_is (doc, base + n, "'") || tok_is (doc, base + n, "\xe2\x80\x99")))
    n++;
  if (n + 1 < len && (tok_is (doc, base + n, "Seri") || tok_is (doc, base + n, "Sri")))
    n++;
  if (n >= len || !tok_starts_upper (doc, base + n) || tok_is_acronym (doc, base + n) ||
      (tok_lex (doc, base + n) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)))
    return k;
  /* The name: the span the tagger started on the honorific or after it,
   * or capitalized words it left out. */
  e = n + 1;
  if (tags[n] != LECTERN_TAG_O && (tags[n] & 1) == 0)
    while (e < len && tags[e] == tags[n])
      e++;
  else if (tags[n] != LECTERN_TAG_O)
    while (e < len && tags[e] == tags[n] + 1)
      e++;
  else
    while (e < len && e < n + 4 && tags[e] == LECTERN_TAG_O && tok_starts_upper (doc, base + e) &&
           (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD))
      e++;
  /* "U" alone before one word may be a letter. */
  if (tok_len (doc, a) == 1 && e - n < 2)
    return k;
  memset (tags + k, LECTERN_TAG_O, n - k);
  tag_person_name (tags, n, e);
  if (tags[n] == LECTERN_TAG_I_PER)
    tags[n] = LECTERN_TAG_B_PER;

  return e - 1;
}

/* "trader Sutrisno, who like many", "lawmaker Siti Rahayu said": one to
 * three capitalized words from k that the tagger left out, between a role
 * in lower case and a verb of saying or an apposition, are a person's name
 * (names of Asia and Africa that no list knows). Returns the last token
 * looked at. */
static guint
person_between_role_and_saying (Doc    *doc,
                                guint   base,
                                guint   len,
                                guint8 *tags,
                                guint   k)
{
  static const char *const sayings[] = { "said", "says", "told", "added", "warned", "explained", "wrote" };
  static const char *const appositions[] = { "who", "a", "an", "the", "whose" };
  guint a = base + k;
  guint e = k;
  gboolean name = TRUE;

  /* The capitalized words, then the words around, then what the lists know
   * of them, the role last: most runs fail the cheap tests. */
  while (e < len && e < k + 3 && tags[e] == LECTERN_TAG_O && tok_starts_upper (doc, base + e) &&
         (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD))
    e++;
  if (e >= len ||
      !(tok_is_any (doc, base + e, sayings, G_N_ELEMENTS (sayings)) ||
        (e + 1 < len && tok_is (doc, base + e, ",") &&
         tok_is_any (doc, base + e + 1, appositions, G_N_ELEMENTS (appositions)))))
    return e > k ? e - 1 : k;
  for (guint j = k; j < e && name; j++)
    name = !tok_is_acronym (doc, base + j) && !is_calendar_word (doc, base + j) &&
           !(tok_lex (doc, base + j) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE |
                                        LECTERN_LEX_LOWER | LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                                        LECTERN_LEX_ORG_HEAD | LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_LEGAL));
  if (!name || is_demonym (doc, a) || !is_role_word (doc, a - 1))
    return e - 1;
  tag_person_name (tags, k, e);

  return e - 1;
}

/* People and clubs that a word beside them tells: a club before a
 * player's position, a name after an Asian honorific, one between a role
 * and a saying. One walk of the sentence for the three, dispatched on the
 * token's first byte and case. */
static void
mark_people_and_clubs_by_cues (Doc    *doc,
                               guint   base,
                               guint   len,
                               guint8 *tags)
{
  gboolean english = doc->lang == LANG_EN;

  for (guint k = 0; k < len; k++)
    {
      char c = *tok_str (doc, base + k);

      if (english && (c == 't' || c == 'T'))
        k = club_before_position (doc, base, len, tags, k);
      else if (c == 'U' || c == 'D')
        {
          guint j = strip_asian_honorific (doc, base, len, tags, k);

          if (j == k && english && k > 0 && tags[k] == LECTERN_TAG_O && tok_starts_lower (doc, base + k - 1))
            j = person_between_role_and_saying (doc, base, len, tags, k);
          k = j;
        }
      else if (english && k > 0 && c >= 'A' && c <= 'Z' && tags[k] == LECTERN_TAG_O &&
               tok_starts_lower (doc, base + k - 1))
        k = person_between_role_and_saying (doc, base, len, tags, k);
    }
}

/* Whether [s, e) of the sentence could be a name the tagger left out: one
 * or two capitalized words it tagged nothing, or one it took for a place
 * or a thing, that the lists know as none of `not` (places, common words,
 * and for a body first names, for a person bodies' words). */
static gboolean
could_be_listed_name (const Doc    *doc,
                      guint         base,
                      const guint8 *tags,
                      guint         s,
                      guint         e,
                      guint32       not)
{
  for (guint i = s; i < e; i++)
    if (!tok_starts_upper (doc, base + i) || !(tok_flags (doc, base + i) & LECTERN_TOKEN_WORD) ||
        !(tags[i] == LECTERN_TAG_O || (e == s + 1 && (tags[i] == LECTERN_TAG_B_LOC || tags[i] == LECTERN_TAG_B_MISC))) ||
        tok_is_acronym (doc, base + i) || is_calendar_word (doc, base + i) || (tok_lex (doc, base + i) & not))
      return FALSE;

  return TRUE;
}

/* What no name the tagger left out in a list is: a place or a common
 * word. */
static const guint32 not_a_list_item = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_STOP_EN |
                                       LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE | LECTERN_LEX_LOWER;

static inline gboolean
could_be_listed_body (const Doc    *doc,
                      guint         base,
                      const guint8 *tags,
                      guint         s,
                      guint         e)
{
  return could_be_listed_name (doc, base, tags, s, e, not_a_list_item | LECTERN_LEX_GIVEN_TOP);
}

static inline gboolean
could_be_listed_person (const Doc    *doc,
                        guint         base,
                        const guint8 *tags,
                        guint         s,
                        guint         e)
{
  return could_be_listed_name (doc, base, tags, s, e,
                               not_a_list_item | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_LEGAL);
}

/* Whether [s, e) is one word that the tagger took for a person and that
 * no list knows as a name, a place or a common word. */
static gboolean
is_lone_listed_person (const Doc *doc,
                       guint      base,
                       guint      s,
                       guint      e)
{
  return e == s + 1 && !tok_is_acronym (doc, base + s) &&
         !(tok_lex (doc, base + s) & (not_a_list_item | LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME));
}

/* Plural nouns for places that a list of their names comes before:
 * "Breathitt, Knott and Perry counties". */
static gboolean
is_place_plural (const Doc *doc,
                 guint      i)
{
  static const char *const words[] = {
    "counties", "provinces", "districts", "states", "regions", "islands", "rivers", "streets", "roads",
    "villages", "towns", "cities", "départements", "communes", "régions", "villes", "quartiers", "parishes",
    "boroughs", "wards", "suburbs", "valleys", "mountains", "lakes",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* Whether the body tagged just before token j (of the sentence at
 * base) has a connector in its name ("Faculty of Arts"). */
static gboolean
ends_after_connector (const Doc    *doc,
                      guint         base,
                      const guint8 *tags,
                      guint         j)
{
  for (guint i = j; i > 0 && tags[i - 1] != LECTERN_TAG_O; i--)
    {
      if (tok_is_connector (doc, base + i - 1))
        return TRUE;
      if ((tags[i - 1] & 1) == 1)
        break;
    }
  return FALSE;
}

/* "BHP, Rio Tinto and Fortescue", "Canstar, Westpac and Macquarie
 * Group", "Engie, EDF et Ekwateur": in a list of names joined by commas
 * and "and", where two or more are bodies the tagger gave and none a
 * person, one name it left out is a body too; the same for people
 * ("Hughes, Owens and Tuipulotu"). A place's name stays out: lists mix
 * them seldom. */
static void
mark_listed_companions (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  for (guint j = 1; j + 1 < len; j++)
    {
      guint s, e, t, counts[N_VOTES] = { 0 }, others = 0, other_s = 0, other_e = 0, lone = 0, lone_at = 0;
      gboolean longer = FALSE;
      int vote;

      /* The list's "and" first, by its length (two or three bytes; the
       * subtraction wraps below): most tokens fail that. */
      if (tok_len (doc, base + j) - 2 > 1 ||
          !(tok_is (doc, base + j, "and") || tok_is (doc, base + j, "et") || tok_is (doc, base + j, "or") ||
            tok_is (doc, base + j, "ou")) ||
          !tok_starts_upper (doc, base + j + 1))
        continue;
      /* The item after it: a body or a person, or a name to decide. */
      s = j + 1;
      vote = tag_vote (tags[s]);
      if ((vote == VOTE_ORG || vote == VOTE_PER) && (tags[s] & 1) == 1)
        {
          for (e = s + 1; e < len && tags[e] == tags[s] + 1; e++)
            ;
          counts[vote]++;
          if (vote == VOTE_PER && is_lone_listed_person (doc, base, s, e))
            lone++, lone_at = s;
        }
      else
        {
          for (e = s + 1; e < len && e < s + 2 && tags[e] == LECTERN_TAG_O && tok_starts_upper (doc, base + e) &&
                          (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD);
               e++)
            ;
          if ((e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0) ||
              (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e)) ||
              !(could_be_listed_body (doc, base, tags, s, e) || could_be_listed_person (doc, base, tags, s, e)))
            continue;
          others++, other_s = s, other_e = e;
        }
      /* The items before it, back over the commas. */
      for (t = j; t >= 2;)
        {
          guint ie = t, is = t - 1;

          vote = tag_vote (tags[is]);
          if (vote == VOTE_ORG || vote == VOTE_PER)
            {
              while (is > 0 && (tags[is] & 1) == 0)
                is--;
              counts[vote]++;
              if (vote == VOTE_PER && is_lone_listed_person (doc, base, is, ie))
                lone++, lone_at = is;
            }
          else
            {
              while (is > 0 && ie - is < 2 && tags[is - 1] == LECTERN_TAG_O && tok_starts_upper (doc, base + is - 1) &&
                     (tok_flags (doc, base + is - 1) & LECTERN_TOKEN_WORD))
                is--;
              if (others > 0 ||
                  !(could_be_listed_body (doc, base, tags, is, ie) || could_be_listed_person (doc, base, tags, is, ie)))
                break;
              others++, other_s = is, other_e = ie;
            }
          if (is < 2 || !tok_is (doc, base + is - 1, ","))
            {
              /* A first item without its comma's partner ends the list;
               * the item must stand alone, after a word in lower case, a
               * colon or the sentence's start. */
              if (is > 0 && (tok_flags (doc, base + is - 1) & LECTERN_TOKEN_WORD) &&
                  tok_starts_upper (doc, base + is - 1))
                counts[VOTE_ORG] = counts[VOTE_PER] = 0;
              break;
            }
          t = is - 1;
          longer = TRUE;
        }
      /* "Unison Scotland, GMB Scotland and Unite": one word the tagger
       * took for a person, among bodies, that no list knows as a name,
       * is a body too. */
      if (others == 0 && lone == 1 && counts[VOTE_PER] == 1 && counts[VOTE_ORG] >= 2)
        {
          tag_organization (tags, len, lone_at, lone_at + 1);
          j = MAX (j, lone_at + 1);
          continue;
        }
      /* "Breathitt, Knott and Perry counties": places, whatever the
       * tagger made of the others. */
      if (others != 1 || (e < len && tok_starts_lower (doc, base + e) && is_place_plural (doc, base + e)))
        continue;
      if (counts[VOTE_ORG] >= 2 && counts[VOTE_PER] == 0 && could_be_listed_body (doc, base, tags, other_s, other_e))
        tag_organization (tags, len, other_s, other_e);
      /* "Adecco ou Manpower", "Stripe and Adyen": a pair of a body and
       * one word that no list knows as a name, not before a noun ("and
       * Innu communities", "and Thornbury stores"). */
      else if (counts[VOTE_ORG] == 1 && counts[VOTE_PER] == 0 && other_e == other_s + 1 && !longer &&
               !(tok_lex (doc, base + other_s) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)) &&
               /* "Huawei's Pangu-Weather and …": a product. */
               !(other_s > 0 && tok_is_possessive (doc, base + other_s - 1)) &&
               /* "the Faculty of Arts and Humanities": a field of the
                * body's name. */
               !(other_s == j + 1 && ends_after_connector (doc, base, tags, j)) &&
               (other_e == len || !tok_starts_lower (doc, base + other_e) ||
                (tok_lex (doc, base + other_e) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR))) &&
               could_be_listed_body (doc, base, tags, other_s, other_e))
        tag_organization (tags, len, other_s, other_e);
      else if (counts[VOTE_PER] >= 2 && counts[VOTE_ORG] == 0 &&
               could_be_listed_person (doc, base, tags, other_s, other_e))
        tag_person_name (tags, other_s, other_e);
      else
        continue;
      j = MAX (j, other_e);
    }
}


/* Plural nouns for kinds of bodies that a list of their names follows:
 * "banks including Deutsche Bank, UniCredit and Santander", "des
 * enseignes comme Carrefour ou Leclerc". */
static gboolean
is_body_plural (const Doc *doc,
                guint      i)
{
  static const char *const words[] = {
    "banks", "lenders", "insurers", "brokers", "brokerages", "funds", "investors", "companies", "firms",
    "groups", "businesses", "startups", "start-ups", "conglomerates", "giants", "rivals", "competitors",
    "peers", "brands", "chains", "retailers", "supermarkets", "grocers", "carmakers", "automakers",
    "airlines", "carriers", "operators", "miners", "drugmakers", "makers", "manufacturers", "suppliers",
    "customers", "clients", "sponsors", "clubs", "teams", "parties", "unions", "charities", "NGOs",
    "nonprofits", "non-profits", "organisations", "organizations", "agencies", "regulators", "watchdogs",
    "universities", "schools", "hospitals", "newspapers", "outlets", "broadcasters", "publishers",
    "studios", "labels", "networks", "institutions", "sides", "franchises", "exchanges", "platforms",
    "housebuilders", "promoters",
    /* French ("clubs", "clients", "institutions" are spelled alike). */
    "banques", "assureurs", "mutuelles", "entreprises", "sociétés", "groupes", "marques", "enseignes",
    "constructeurs", "compagnies", "équipes", "partis", "syndicats", "associations", "opérateurs",
    "laboratoires", "fabricants", "industriels", "distributeurs", "géants", "concurrents", "journaux",
    "médias", "quotidiens", "chaînes", "ONG", "universités", "écoles", "start-up", "fonds", "négociants",
    "fournisseurs", "coopératives", "fédérations", "hôpitaux", "cliniques", "plateformes",
    /* Houses of wine, spirits or fashion ("les maisons de négoce"). */
    "maisons", "houses",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* The length of the words at k that bring in examples of what comes
 * before ("including", "such as", "comme", "tels que"), 0 for none. */
static guint
example_cue_length (const Doc *doc,
                    guint      k,
                    guint      end)
{
  static const char *const single[] = { "including", "like", "notably", "comme", "dont", "notamment" };
  guint32 first = *tok_str (doc, k);

  if (!(first == 'i' || first == 'l' || first == 'n' || first == 'c' || first == 'd' || first == 's' ||
        first == 't' || first == ':'))
    return 0;
  /* "les maisons participantes : Pommery, Mumm, Mercier". */
  if (tok_is_any (doc, k, single, G_N_ELEMENTS (single)) || tok_is (doc, k, ":"))
    return 1;
  if (k + 1 < end && tok_is (doc, k, "such") && tok_is (doc, k + 1, "as"))
    return 2;
  if (k + 1 < end && (tok_is (doc, k, "tels") || tok_is (doc, k, "telles")) && tok_is (doc, k + 1, "que"))
    return 2;

  return 0;
}

/* Whether a capitalized word can be part of a body's name in a list of
 * examples: no title, function word, month or "London-based". */
static gboolean
could_be_example_word (const Doc *doc,
                       guint      i)
{
  const char *s = tok_str (doc, i);
  const char *dash = NULL;

  for (guint32 k = 0; k + 1 < tok_len (doc, i); k++)
    if (s[k] == '-')
      dash = s + k;

  return (tok_flags (doc, i) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, i) &&
         !(tok_lex (doc, i) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) &&
         !is_calendar_word (doc, i) && !(dash != NULL && g_ascii_islower (dash[1]));
}

/* "banks including Deutsche Bank, UniCredit and Santander", "giants such
 * as BlackRock, Vanguard and State Street", "des enseignes comme
 * Carrefour ou Leclerc": after a plural noun for a kind of body and the
 * words that bring in its examples, each name of the list is a body, a
 * town's or a street's name too; a person the tagger saw stays one, and
 * a frequent first name alone is left to it. */
static void
mark_bodies_after_class_nouns (Doc    *doc,
                               guint   base,
                               guint   len,
                               guint8 *tags)
{
  for (guint j = 1; j + 1 < len; j++)
    {
      guint cue, n = j - 1, s;

      /* A capital just after, which most tokens lack, then the cue. */
      if (!tok_has_upper (doc, base + j + 1) && !(j + 2 < len && tok_has_upper (doc, base + j + 2)))
        continue;
      if ((cue = example_cue_length (doc, base + j, base + len)) == 0)
        continue;
      if (n > 0 && tok_is (doc, base + n, ","))
        n--;
      /* "des négociants suisses, comme Vitol": one adjective after it. */
      if (!is_body_plural (doc, base + n) &&
          !(n > 0 && tok_starts_lower (doc, base + n) && is_body_plural (doc, base + n - 1)))
        continue;

      for (s = j + cue; s < len;)
        {
          guint e = s + 1;

          if (tok_is (doc, base + s, "the") && s + 1 < len && tok_starts_upper (doc, base + s + 1))
            e = ++s + 1;
          if (tag_vote (tags[s]) == VOTE_PER && (tags[s] & 1) == 1)
            {
              /* "Larry Fink's BlackRock": the person's, then the body. */
              while (e < len && tags[e] == LECTERN_TAG_I_PER)
                e++;
              if (e + 1 < len && tok_is (doc, base + e, "'s") && tok_starts_upper (doc, base + e + 1))
                {
                  s = e + 1;
                  continue;
                }
              /* "des enseignes comme Monoprix ou Picard": a word alone
               * that is no first name is no person there. */
              if (e == s + 1 && !(tok_lex (doc, base + s) & (LECTERN_LEX_GIVEN | LECTERN_LEX_TITLE)))
                tag_organization (tags, len, s, e);
            }
          else if (tags[s] == LECTERN_TAG_B_ORG)
            {
              while (e < len && tags[e] == LECTERN_TAG_I_ORG)
                e++;
            }
          else
            {
              if (!could_be_example_word (doc, base + s))
                break;
              while (e < len && e - s < 4 && tag_vote (tags[e]) != VOTE_PER &&
                     tags[e] != LECTERN_TAG_B_ORG &&
                     (could_be_example_word (doc, base + e) ||
                      (tok_is (doc, base + e, "&") && e + 1 < len && tok_starts_upper (doc, base + e + 1))))
                e++;
              /* The name must end there: "Société Générale Côte
               * d'Ivoire" is no "Société Générale Côte". */
              if (e < len && ((tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) ?
                              !tok_starts_lower (doc, base + e) || is_particle (doc, base + e) || tok_is (doc, base + e, "of") :
                              !(tok_is (doc, base + e, ",") || tok_is (doc, base + e, ".") ||
                                tok_is (doc, base + e, ";") || tok_is (doc, base + e, ":") ||
                                tok_is (doc, base + e, ")"))))
                break;
              if (!(e == s + 1 && (tok_lex (doc, base + s) & LECTERN_LEX_GIVEN_TOP)))
                {
                  tag_organization (tags, len, s, e);
                  /* The story's name table would make "Santander" or
                   * "State Street" a place again, "Boots" a word. */
                  if (e - s == 1 ? (tok_lex (doc, base + s) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                                                              LECTERN_LEX_LOWER))
                                 : (place_word (doc, base + e - 1) & LECTERN_LEX_PLACE_SUFFIX) != 0)
                    g_array_append_val (doc->examples, ((Span) { base + s, (guint8) (e - s), VOTE_ORG }));
                }
            }
          /* On to the next item, over a comma and "and", "or", "et",
           * "ou". */
          if (e < len && tok_is (doc, base + e, ","))
            e++;
          if (e < len && (tok_is (doc, base + e, "and") || tok_is (doc, base + e, "or") ||
                          tok_is (doc, base + e, "et") || tok_is (doc, base + e, "ou")))
            e++;
          if (e == s || e >= len || !tok_starts_upper (doc, base + e) ||
              !(tok_is (doc, base + e - 1, ",") || tok_flags (doc, base + e - 1) & LECTERN_TOKEN_WORD))
            break;
          s = e;
        }
      j = s;
    }
}
/* Whether the words before token k name a firm's office or stake, which
 * the firm's name follows: "chief executive of", "a spokesperson for",
 * "shares in", "directeur général de", "les salariés de". */
static gboolean
follows_firm_cue (const Doc *doc,
                  guint      base,
                  guint      k)
{
  static const char *const of_firm[] = {
    "executive", "chairman", "chairwoman", "founder", "co-founder", "cofounder", "CEO", "owner", "owners",
    "shareholders", "shareholder", "employees", "staff", "Shareholders", "Employees", "Staff",
  };
  static const char *const for_firm[] = { "spokesperson", "spokesman", "spokeswoman" };
  static const char *const in_firm[] = { "stake", "shares", "investors", "Shares", "Investors" };
  static const char *const de_firm[] = {
    "PDG", "directeur", "directrice", "patron", "patronne", "fondateur", "fondatrice", "porte-parole",
    "salariés", "employés", "actionnaires", "dirigeants", "filiale",
  };
  guint a = base + k;

  if (k < 2)
    return FALSE;
  if (tok_is (doc, a - 1, "of"))
    return tok_is_any (doc, a - 2, of_firm, G_N_ELEMENTS (of_firm));
  if (tok_is (doc, a - 1, "for"))
    return tok_is_any (doc, a - 2, for_firm, G_N_ELEMENTS (for_firm));
  if (tok_is (doc, a - 1, "in"))
    return tok_is_any (doc, a - 2, in_firm, G_N_ELEMENTS (in_firm));
  /* "le directeur général de", "le directeur éditorial de Dupuis". */
  if (tok_is (doc, a - 1, "de") || tok_is_elision_de (doc, a - 1))
    return tok_is_any (doc, a - 2, de_firm, G_N_ELEMENTS (de_firm)) ||
           (k >= 3 && (tok_is (doc, a - 2, "général") || tok_is (doc, a - 2, "générale") ||
                       is_french_adjective (doc, a - 2)) &&
            tok_is_any (doc, a - 3, de_firm, G_N_ELEMENTS (de_firm)));

  return FALSE;
}

/* "Lena Ortiz, chief executive of Zentrix", "shares in Karrabin fell",
 * "le directeur général de Kervalis": one to three capitalized words the
 * tagger left out, after a word for a firm's office or stake, that the
 * lists know as no place, first name or common word, are the firm's
 * name. */
static void
mark_firms_after_cues (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  for (guint k = 2; k < len; k++)
    {
      guint e;

      /* A capital the tagger left out or took for a place or a person in
       * one word, after a link word: most tokens fail that. */
      if (!(tags[k] == LECTERN_TAG_O ||
            ((tags[k] == LECTERN_TAG_B_LOC || tags[k] == LECTERN_TAG_B_PER || tags[k] == LECTERN_TAG_B_MISC) &&
             (k + 1 == len || tags[k + 1] != tags[k] + 1) && !(tok_lex (doc, base + k) & LECTERN_LEX_GIVEN))) ||
          !tok_has_upper (doc, base + k) || !tok_starts_upper (doc, base + k) || tok_len (doc, base + k - 1) > 3 ||
          !follows_firm_cue (doc, base, k))
        continue;
      for (e = k; e < len && e < k + 3 && (tags[e] == LECTERN_TAG_O || e == k) && tok_starts_upper (doc, base + e) &&
                  (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !is_calendar_word (doc, base + e) &&
                  !(tok_lex (doc, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                                               LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_LOWER | LECTERN_LEX_STOP_EN |
                                               LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE));
           e++)
        ;
      if (e == k || (e < len && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e)) ||
          (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0))
        continue;
      tag_organization (tags, len, k, e);
      k = e;
    }
}

/* A role in lower case at token i, before `end`: "chairman", not "party". */
static gboolean
is_lower_role_at (Doc  *doc,
                  guint i,
                  guint end)
{
  return i < end && tok_starts_lower (doc, i) && is_role_word (doc, i) && !is_organization_noun (doc, i);
}

/* "opener Yashasvi Jaiswal", "Wafula Chebukati, chairman of …", "Jaiswal,
 * who had resisted": two or three capitalized words that the tagger took
 * for an organization, after a role in lower case or before a comma and
 * a role or "who", are a person's name, when no word of them tells a
 * body. */
static void
retype_people_by_role (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  static const char *const determiners[] = { "its", "his", "her", "their", "the", "our" };
  const guint32 body = LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_COMPANY | LECTERN_LEX_KNOWN_ORG |
                       LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_LOWER |
                       LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE;

  for (guint k = 0; k < len; k++)
    {
      guint a = base + k;
      guint e = k + 1;
      gboolean person = TRUE;
      gboolean role;
      int given;

      if (tags[k] != LECTERN_TAG_B_ORG)
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      if (e - k < 2 || e - k > 3)
        {
          k = e - 1;
          continue;
        }
      /* A surname that is also a place ("Antonoaldo Neves", "Morag
       * Blyth" after a first name) stays one. */
      given = -1;
      for (guint j = a; j < base + e && person; j++)
        {
          guint32 place = 0;

          if (j > a && (tok_lex (doc, j) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE)))
            {
              if (given < 0)
                given = tok_is_first_name (doc, a);
              if (given || (tok_lex (doc, j) & LECTERN_LEX_SURNAME))
                place = LECTERN_LEX_GEO | LECTERN_LEX_PLACE;
            }
          /* "organizer Benedikt Aharoni": a first name that is also a
           * region's. */
          else if (j == a && (tok_lex (doc, j) & LECTERN_LEX_GIVEN))
            place = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE;
          person = (tok_flags (doc, j) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, j) && !tok_is_acronym (doc, j) &&
                   !(tok_lex (doc, j) & body & ~place) && !is_company_word (doc, j) && !is_demonym (doc, j);
        }
      /* "the party's publicity secretary, Kunle Adeyemi-Coker, said": the
       * role may stand before a comma too, when the name closes the
       * apposition. */
      role = (k > 0 && tok_starts_lower (doc, a - 1) && is_role_word (doc, a - 1) &&
              !is_organization_noun (doc, a - 1)) ||
             (k > 1 && tok_is (doc, a - 1, ",") && tok_starts_lower (doc, a - 2) &&
              is_role_word (doc, a - 2) && !is_organization_noun (doc, a - 2) &&
              (e == len || tok_is (doc, base + e, ",") || tok_is (doc, base + e, "."))) ||
             (e + 1 < len && tok_is (doc, base + e, ",") &&
              (tok_is (doc, base + e + 1, "who") || tok_is (doc, base + e + 1, "whose") ||
               is_lower_role_at (doc, base + e + 1, base + len) ||
               /* ", its executive general manager": after a determiner. */
               (e + 2 < len && tok_is_any (doc, base + e + 1, determiners, G_N_ELEMENTS (determiners)) &&
                is_lower_role_at (doc, base + e + 2, base + len))));
      if (person && role && known_organization (doc, a, base + e) == 0)
        {
          tags[k] = LECTERN_TAG_B_PER;
          for (guint j = k + 1; j < e; j++)
            tags[j] = LECTERN_TAG_I_PER;
        }
      k = e - 1;
    }

  /* "Le ministre burkinabè de la Sécurité, Mahamadou Sana, a annoncé": a
   * first name and a surname that is also a place, which the tagger read
   * as a place, in an apposition after a title. */
  for (guint k = 2; k + 2 < len; k++)
    {
      guint a = base + k;
      gboolean titled = FALSE;

      if (tags[k] != LECTERN_TAG_B_LOC || tags[k + 1] != LECTERN_TAG_I_LOC || tags[k + 2] == LECTERN_TAG_I_LOC ||
          !tok_is (doc, a - 1, ",") || !tok_is (doc, a + 2, ",") || !(tok_lex (doc, a) & LECTERN_LEX_GIVEN) ||
          (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
          !(tok_lex (doc, a + 1) & LECTERN_LEX_SURNAME))
        continue;
      /* A title in lower case among the six words before the comma, and
       * no other comma between. */
      for (guint j = a - 1; j-- > base && j + 8 > a && !tok_is (doc, j, ",") && !titled;)
        titled = tok_starts_lower (doc, j) && (tok_lex (doc, j) & LECTERN_LEX_TITLE);
      if (!titled)
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      tags[k + 1] = LECTERN_TAG_I_PER;
    }
}

/* Roles only a person holds "of" something: "the candidate of the
 * party", "the mayor of Lima". */
static gboolean
is_human_office (const Doc *doc,
                 guint      i)
{
  static const char *const words[] = {
    "candidate", "leader", "mayor", "governor", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman",
    "spokesperson", "director", "commissioner", "secretary", "ambassador", "envoy", "captain", "coach",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* Whether an adult's age between commas starts at token i, a comma
 * ("MacLeod-Fraser, 47, of Drumnadrochit"). */
static gboolean
is_age_apposition (Doc  *doc,
                   guint i,
                   guint end)
{
  return i + 2 < end && tok_is (doc, i, ",") && g_ascii_isdigit (*tok_str (doc, i + 1)) &&
         tok_len (doc, i + 1) <= 2 && tok_is (doc, i + 2, ",") && atoi (tok_str (doc, i + 1)) >= 16;
}

/* Whether token i is a given name of Hong Kong, Taiwan or Korea written
 * with a hyphen: a capital and one to four letters, a hyphen, two to five
 * letters in lower case ("Hoi-yan", "Jae-myung", "Ing-wen"); not a word
 * the lists know ("Co-op"). */
static gboolean
is_hyphenated_given_name (Doc  *doc,
                          guint i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i), dash = 1;

  if (len < 5 || len > 11 || !(s[0] >= 'A' && s[0] <= 'Z'))
    return FALSE;
  while (dash < len && s[dash] >= 'a' && s[dash] <= 'z')
    dash++;
  if (dash < 2 || dash > 5 || dash >= len || s[dash] != '-' || len - dash - 1 < 2 || len - dash - 1 > 5)
    return FALSE;
  for (guint32 j = dash + 1; j < len; j++)
    if (!(s[j] >= 'a' && s[j] <= 'z'))
      return FALSE;

  return tok_lex (doc, i) == 0;
}

/* Whether an apposition that describes a person starts at token i, a
 * comma: an age between commas ("Ruaridh MacLeod-Fraser, 47, of
 * Drumnadrochit"), or a role in lower case after at most an article, a
 * possessive and two modifiers ("Teresia Fakaofo, Tuvalu's lead
 * negotiator", "Tolu Adebanjo-Reyes, the Lagos-born singer"), or
 * someone's "head of" something. */
static gboolean
apposition_names_person (Doc  *doc,
                         guint i,
                         guint end)
{
  guint j = i + 1, modifiers = 0;
  gboolean possessive = FALSE;

  if (j + 1 >= end || !tok_is (doc, i, ","))
    return FALSE;
  if (is_age_apposition (doc, i, end))
    return TRUE;
  if (tok_is (doc, j, "the") || tok_is (doc, j, "a") || tok_is (doc, j, "an"))
    {
      j++;
      /* "the group's head of corporate affairs", "the IOPC's regional
       * director". */
      if (j + 2 < end && (tok_flags (doc, j) & LECTERN_TOKEN_WORD) && tok_is_possessive (doc, j + 1))
        j += 2, possessive = TRUE;
    }
  else if (j + 2 < end && tok_starts_upper (doc, j) && tok_is_possessive (doc, j + 1))
    j += 2, possessive = TRUE;
  for (; j < end && modifiers <= 2; j++, modifiers++)
    {
      const char *dash = memchr (tok_str (doc, j), '-', tok_len (doc, j));

      /* "Lagos-born", "London-based": a capital before a hyphen. */
      if (!(tok_flags (doc, j) & LECTERN_TOKEN_WORD) ||
          !(tok_starts_lower (doc, j) || (dash != NULL && g_ascii_islower (dash[1]))))
        return FALSE;
      /* Someone's head of a department is a person. */
      if (possessive && tok_is (doc, j, "head") && j + 1 < end && tok_is (doc, j + 1, "of"))
        return TRUE;
      /* "the developer of", "the publisher of" may be a company; "the
       * candidate of", "the mayor of" no. */
      if (is_role_word (doc, j))
        return !is_organization_noun (doc, j) &&
               !(j + 1 < end && tok_is (doc, j + 1, "of") && !is_human_office (doc, j));
    }

  return FALSE;
}

/* "Teresia Fakaofo, Tuvalu's lead negotiator, wept", "Ruaridh
 * MacLeod-Fraser, 47, pleaded guilty", "Tolu Adebanjo-Reyes, the
 * Lagos-born singer": two or three capitalized words at a sentence's
 * start or after a comma, before an apposition that describes a person
 * (one before an age), are that person, though the tagger saw a place, a body or nothing. The
 * first word is no place or body of the lists; the surname may be. */
static void
mark_people_before_appositions (Doc    *doc,
                                guint   base,
                                guint   len,
                                guint8 *tags)
{
  const guint32 not_a_name = LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_LOWER |
                             LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN;

  if (doc->lang == LANG_FR)
    return;
  for (guint k = 0; k + 3 < len; k++)
    {
      guint a = base + k;
      guint e = k + 1;
      guint8 inside = tags[k] == LECTERN_TAG_O ? LECTERN_TAG_O : tags[k] + 1;

      /* A place's name may be a surname before a given name of Hong Kong
       * or Korea ("Tsang Hoi-yan, 24,"). */
      /* After a comma, or where the tagger started a span: "sat
       * Luzviminda Rabago, 58," (then only before an age). */
      if ((tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_LOC && tags[k] != LECTERN_TAG_B_ORG) ||
          (k > 0 && !tok_is (doc, a - 1, ",") && tags[k] == LECTERN_TAG_O) || !tok_starts_upper (doc, a) ||
          !(tok_flags (doc, a) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, a) || (tok_lex (doc, a) & not_a_name) ||
          ((tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) && !is_hyphenated_given_name (doc, a + 1)))
        continue;
      while (e < len && e < k + 4 && tags[e] == inside && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
             tok_starts_upper (doc, base + e) && !tok_is_acronym (doc, base + e) &&
             !(tok_lex (doc, base + e) & not_a_name) && !is_company_word (doc, base + e))
        e++;
      /* "Geraint | Parry-Owen, Llais's regional director": a first name
       * left out, then a double surname the tagger read as a place. */
      if (e == k + 1 && inside == LECTERN_TAG_O && e + 1 < len && tags[e] == LECTERN_TAG_B_LOC &&
          tags[e + 1] != LECTERN_TAG_I_LOC && (tok_lex (doc, a) == 0 || (tok_lex (doc, a) & LECTERN_LEX_GIVEN)) &&
          is_double_surname (doc, base + e) &&
          !(tok_lex (doc, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
        e++;
      /* A surname alone only before an age ("Quintero-Baptiste, 39, a
       * former trader"): a body has no age. */
      if (e > k + 3 || (e < len && tags[e] == inside && inside != LECTERN_TAG_O) ||
          !(e == k + 1 || (k > 0 && !tok_is (doc, a - 1, ",")) ? is_age_apposition (doc, base + e, base + len)
                                                                 : apposition_names_person (doc, base + e, base + len)))
        continue;
      tags[k] = LECTERN_TAG_B_PER;
      for (guint j = k + 1; j < e; j++)
        tags[j] = LECTERN_TAG_I_PER;
      k = e;
    }
}

/* Whether the comma at c closes an office named in title case: "The
 * Minister of Electricity and Energy,", "Counsel to the EFCC,",
 * "Commissioner for Information,". The title opens the sentence or
 * follows an article or a comma; capitalized words and links lead from it
 * to the comma. */
static gboolean
office_closes_at (const Doc *doc,
                  guint      base,
                  guint      c)
{
  static const char *const links[] = { "of", "for", "to", "the", "and", "on" };

  for (guint j = c - 1, n = 0; j >= base && n < 7; j--, n++)
    {
      gboolean link = tok_is_any (doc, j, links, G_N_ELEMENTS (links));

      if (!link && !((tok_flags (doc, j) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, j)))
        return FALSE;
      if (!link && j + 1 < c && ((tok_lex (doc, j) & LECTERN_LEX_TITLE) || tok_is (doc, j, "Counsel")))
        return j == base || tok_is (doc, j - 1, "the") || tok_is (doc, j - 1, "The") || tok_is (doc, j - 1, ",");
      if (j == base)
        break;
    }

  return FALSE;
}

/* "said Hope Ng, a senior credit analyst at CreditSight", "A
 * court-appointed receiver, Howard Lindqvist, has": two or three
 * capitalized words that the tagger left out or read as a place, after a
 * verb of saying and before a person's apposition, or between commas
 * after a role in lower case, are a person's name. Between commas after
 * an office ("The Minister of Electricity and Energy, Kgosientsho
 * Ramokgopa,") or a role, a name the tagger read as a body is a person's
 * too, whatever its first name, when no word of it belongs to a body. */
static void
mark_people_after_saying_and_roles (Doc    *doc,
                                    guint   base,
                                    guint   len,
                                    guint8 *tags)
{
  const guint32 not_a_name = LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_TITLE |
                             LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN | LECTERN_LEX_GEO | LECTERN_LEX_REGION;

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 2; k + 2 < len; k++)
    {
      guint a = base + k;
      guint e = k + 1;
      gboolean said, role, body;
      guint8 inside;

      /* The word before first: "said", "says" or a comma. */
      if ((tok_len (doc, a - 1) != 4 && tok_len (doc, a - 1) != 1) ||
          (tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_LOC && tags[k] != LECTERN_TAG_B_ORG) ||
          !tok_starts_upper (doc, a))
        continue;
      said = tok_is (doc, a - 1, "said") || tok_is (doc, a - 1, "says");
      body = tags[k] == LECTERN_TAG_B_ORG;
      role = !said && tok_is (doc, a - 1, ",") &&
             ((is_role_word (doc, a - 2) && !(body && is_organization_noun (doc, a - 2))) ||
              (body && office_closes_at (doc, base, a - 1)));
      if ((!said && !role) || (body && said))
        continue;
      if (!(tok_flags (doc, a) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, a) ||
          (!body && !tok_is_first_name (doc, a)) ||
          (tok_lex (doc, a) & not_a_name &
           ~(body && is_double_surname (doc, a + 1) && !(tok_lex (doc, a + 1) & LECTERN_LEX_GEO) ? LECTERN_LEX_GEO : 0)))
        continue;
      inside = body ? LECTERN_TAG_I_ORG : LECTERN_TAG_O;
      while (e < len && e < k + 3 && (tags[e] == inside || tags[e] == LECTERN_TAG_I_LOC) &&
             (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e) &&
             !tok_is_acronym (doc, base + e) && !(tok_lex (doc, base + e) & not_a_name) &&
             !is_company_word (doc, base + e))
        e++;
      if (e < k + 2 || e >= len || !tok_is (doc, base + e, ",") ||
          (said && !describes_person_after (doc, base + e + 1, base + len)))
        continue;
      tag_person_name (tags, k, e);
      k = e;
    }
}

/* What only a company has, after its possessive: "Neon's chief
 * executive", "Citrix's shareholders". */
static gboolean
is_company_possession (const Doc *doc,
                       guint      i)
{
  static const char *const words[] = {
    "CEO", "shareholders", "subsidiary", "headquarters", "revenue", "revenues", "profits", "workforce",
    "boardroom", "stock",
  };

  if (tok_is (doc, i, "chief") && i + 1 < doc->n_tokens && tok_is (doc, i + 1, "executive"))
    return TRUE;

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "Asheville City Council", "Buncombe County Schools": a place and the
 * word for a public body after it, which the tagger read as a place, are
 * that body, unless the lists know the whole as a place. */
static void
retype_place_bodies (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  static const char *const bodies[] = {
    "Council", "Schools", "Police", "Department", "Commission", "Authority", "Board", "Committee",
    "Assembly", "Government", "Hospital", "University",
  };
  static const char *const firsts[] = { "MRC", "Cégep", "Université", "Collège", "Lycée", "Hôpital", "Mairie" };

  for (guint k = 0; k + 1 < len; k++)
    {
      guint e = k + 1;

      if (tags[k] != LECTERN_TAG_B_LOC || tags[k + 1] != LECTERN_TAG_I_LOC)
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_LOC)
        e++;
      if (tok_is_any (doc, base + e - 1, bodies, G_N_ELEMENTS (bodies)) &&
          !(name_flags (doc, base + k, base + e) & (LECTERN_LEX_PLACE | LECTERN_LEX_GEO | LECTERN_LEX_REGION)))
        tag_organization (tags, len, k, e);
      /* "la MRC de Rivière-du-Loup", "au Cégep de Rivière-du-Loup": a
       * body's word and its seat, the other way round. */
      else if (e >= k + 3 && tok_is_any (doc, base + k, firsts, G_N_ELEMENTS (firsts)) &&
               (tok_is (doc, base + k + 1, "de") || tok_is (doc, base + k + 1, "du") ||
                tok_is_elision_de (doc, base + k + 1)))
        tag_organization (tags, len, k, e);
      k = e - 1;
    }

  /* "Oyo State Governor Seyi Makinde": a region and "State" before its
   * governor's title are the state, a place, which the tagger took for a
   * body ("Ohio State" alone may be a university). */
  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k;

      if (tags[k] == LECTERN_TAG_B_ORG && tags[k + 1] == LECTERN_TAG_I_ORG && tags[k + 2] != LECTERN_TAG_I_ORG &&
          tok_is (doc, a + 1, "State") && (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) &&
          (tok_lex (doc, a + 2) & LECTERN_LEX_TITLE) && tok_starts_upper (doc, a + 2))
        {
          tags[k] = LECTERN_TAG_B_LOC;
          tags[k + 1] = LECTERN_TAG_I_LOC;
        }
    }
}

/* "Ontario Premier Doug Ford", "Alberta Premier Danielle Smith": the
 * tagger runs a place, an office and the person who holds it into one
 * place's or person's name. The place stays a place, the person is
 * the first name on. */
static void
split_place_offices (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  for (guint k = 0; k + 3 < len; k++)
    {
      guint e = k + 1, t;
      gboolean place;

      if (tags[k] != LECTERN_TAG_B_LOC && tags[k] != LECTERN_TAG_B_PER)
        continue;
      while (e < len && tags[e] == tags[k] + 1)
        e++;
      if (e < k + 3)
        {
          k = e - 1;
          continue;
        }
      /* The office: one word after the place's one or two. */
      for (t = k + 1; t + 1 < e && t < k + 3; t++)
        if (tok_starts_upper (doc, base + t) &&
            (is_unlisted_title (doc, base + t) || ((tok_lex (doc, base + t) & LECTERN_LEX_TITLE) &&
                                                  !(tok_lex (doc, base + t) & LECTERN_LEX_GIVEN_TOP))) &&
            tok_is_first_name (doc, base + t + 1))
          break;
      place = t + 1 < e && t < k + 3 &&
              (tags[k] == LECTERN_TAG_B_LOC ||
               (name_flags (doc, base + k, base + t) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)));
      if (!place || e - (t + 1) > 3)
        {
          k = e - 1;
          continue;
        }
      tag_place (tags, k, t);
      tags[t] = LECTERN_TAG_O;
      tags[t + 1] = LECTERN_TAG_B_PER;
      tag_person_name (tags, t + 1, e);
      k = e - 1;
    }
}

/* "Pheu Thai Party MP for Chiang Mai Siriporn Kaewkanya", "Labour Party
 * councillor Jane Doe": a party's name, then a member's post, which the
 * tagger runs into one name. The party is an organization, the post
 * none, the name after it a person. */
static void
split_party_members (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  static const char *const posts[] = {
    "MP", "MPs", "MLA", "MLAs", "MPP", "MPPs", "MEP", "MEPs", "MSP", "MSPs", "TD", "TDs", "MNA", "senator",
    "Senator", "senators", "lawmaker", "lawmakers", "legislator", "councillor", "Councillor", "councilor",
    "Councilor", "councillors", "leader", "Leader", "chief", "member", "members", "candidate", "spokesman",
    "spokeswoman", "spokesperson",
  };

  for (guint k = 1; k + 1 < len; k++)
    {
      guint s = k, e = k + 2;

      if (tags[k] != LECTERN_TAG_I_PER && tags[k] != LECTERN_TAG_I_ORG)
        continue;
      if (!tok_is (doc, base + k, "Party") || !tok_is_any (doc, base + k + 1, posts, G_N_ELEMENTS (posts)) ||
          tags[k + 1] != tags[k])
        continue;
      while (s > 0 && (tags[s] & 1) == 0)
        s--;
      while (e < len && tags[e] == tags[k])
        e++;
      tag_organization (tags, len, s, k + 1);
      tags[k + 1] = LECTERN_TAG_O;
      if (e > k + 2 && tok_is_first_name (doc, base + k + 2))
        {
          tags[k + 2] = LECTERN_TAG_B_PER;
          tag_person_name (tags, k + 2, e);
        }
      else
        memset (tags + k + 2, LECTERN_TAG_O, e - (k + 2));
      k = e - 1;
    }
}

/* "Walgett Shire Council mayor Ian Woodcock": the tagger runs a body and
 * its member's role in lower case into a person's span. A role in lower
 * case ends the body (an organization if a head word ends it, else no
 * name). */
static void
split_roles_from_people (Doc    *doc,
                         guint   base,
                         guint   len,
                         guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k;

      /* "the Paris Saint-Germain president Nasser Al-Khelaïfi", "Tamil
       * Nadu BJP president Nainar Nagendran": a body, a role in lower case
       * and its holder in one person's span. The body is a listed one, one
       * a head word ends ("Walgett Shire Council mayor Ian Woodcock") or
       * letters; other words before the role are no name. */
      if (tags[k] == LECTERN_TAG_B_PER && k + 3 < len && tags[k + 1] == LECTERN_TAG_I_PER &&
          tok_starts_upper (doc, a))
        {
          guint e = k + 1, j;

          while (e < len && tags[e] == LECTERN_TAG_I_PER)
            e++;
          for (j = k + 1; j + 1 < e && tok_starts_upper (doc, base + j); j++)
            ;
          if (j + 1 < e && j + 5 >= e && tok_starts_lower (doc, base + j) &&
              (is_role_word (doc, base + j) || (tok_lex (doc, base + j) & LECTERN_LEX_TITLE)) &&
              !is_organization_noun (doc, base + j) && tok_is_first_name (doc, base + j + 1))
            {
              guint s = k;

              if (known_organization (doc, a, base + j) == 0 &&
                  !(tok_lex (doc, base + j - 1) & LECTERN_LEX_ORG_HEAD))
                s = tok_is_acronym (doc, base + j - 1) ? j - 1 : j;
              memset (tags + k, LECTERN_TAG_O, s - k);
              if (s < j)
                tag_organization (tags, len, s, j);
              tags[j] = LECTERN_TAG_O;
              tags[j + 1] = LECTERN_TAG_B_PER;
              tag_person_name (tags, j + 1, e);
              k = e - 1;
              continue;
            }
        }
      /* "Labour TD Ged Nash", "Sinn Féin MLA Gerry Kelly": a party and a
       * member's letters before a person; the letters are neither, the
       * party is an organization. */
      if (tags[k] == LECTERN_TAG_B_PER && !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_TITLE)))
        {
          guint e = k + 1;

          while (e < len && tags[e] == LECTERN_TAG_I_PER)
            e++;
          if (e > k + 1 && e - k <= 3 && e < len && tags[e] == LECTERN_TAG_B_PER && is_post_nominal (doc, base + e - 1))
            {
              /* "Newry and Armagh MLA", "Salford MP": a seat, no party. */
              if ((tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
                  (k >= 2 && tok_is (doc, a - 1, "and") &&
                   (tok_lex (doc, a - 2) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE))))
                memset (tags + k, LECTERN_TAG_O, e - k);
              else
                tag_organization (tags, len, k, e - 1);
              tags[e - 1] = LECTERN_TAG_O;
              k = e - 1;
              continue;
            }
          /* "Liberal MP Georgina Mackay" in one span. */
          if (e >= k + 4 && is_post_nominal (doc, a + 1) && tok_is_first_name (doc, a + 2))
            {
              tag_organization (tags, len, k, k + 1);
              tags[k + 1] = LECTERN_TAG_O;
              tags[k + 2] = LECTERN_TAG_B_PER;
              k = e - 1;
              continue;
            }
          /* "led by Cabinet Secretary Aden Duale": a common word and a
           * title before a first name are the office. */
          if (e >= k + 4 && (tok_lex (doc, a) & LECTERN_LEX_LOWER) && (tok_lex (doc, a + 1) & LECTERN_LEX_TITLE) &&
              tok_starts_upper (doc, a + 1) && tok_is_first_name (doc, a + 2))
            {
              tags[k] = tags[k + 1] = LECTERN_TAG_O;
              tags[k + 2] = LECTERN_TAG_B_PER;
              k = e - 1;
              continue;
            }
        }
      /* "Partech Africa", "Founders Factory Africa": a name without a
       * first name that ends with a continent's or "Global" is a body's
       * branch or venture, not a person's. */
      if (tags[k] == LECTERN_TAG_B_PER && k + 1 < len && tags[k + 1] == LECTERN_TAG_I_PER &&
          !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_TITLE)) && !tok_is_article (doc, a) &&
          !is_particle (doc, a))
        {
          static const char *const regions[] = {
            "Africa", "Afrique", "Europe", "Asia", "Asie", "America", "Americas", "Amérique", "Pacific",
            "Pacifique", "Caribbean", "Global", "Worldwide",
          };
          guint e = k + 1;

          while (e < len && tags[e] == LECTERN_TAG_I_PER)
            e++;
          if (tok_is_any (doc, base + e - 1, regions, G_N_ELEMENTS (regions)) &&
              !span_has_first_name (doc, a, base + e - 1))
            {
              tag_organization (tags, len, k, e);
              k = e - 1;
              continue;
            }
        }
      /* "Pellicule | Nord Productions": a word alone that the tagger took
       * for a person, no first name, then capitalized words it left out
       * that end with a company's word. */
      if (tags[k] == LECTERN_TAG_B_PER && k + 2 < len && tags[k + 1] == LECTERN_TAG_O &&
          g_ascii_isupper (*tok_str (doc, a + 1)) &&
          !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_TITLE)))
        {
          guint e = k + 1;

          while (e < len && e < k + 4 && tags[e] == LECTERN_TAG_O && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
                 tok_starts_upper (doc, base + e) && !(tok_lex (doc, base + e) & LECTERN_LEX_TITLE))
            e++;
          if (e > k + 1 && is_company_word (doc, base + e - 1))
            {
              tag_organization (tags, len, k, e);
              k = e - 1;
              continue;
            }
        }
      /* "Citrix, which is owned by…", "Neon's chief executive": one word,
       * no listed name, that the tagger took for a person is a company
       * before ", which" or a company's possessive. */
      if (tags[k] == LECTERN_TAG_B_PER && k + 2 < len && tags[k + 1] == LECTERN_TAG_O &&
          !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME | LECTERN_LEX_TITLE)) &&
          doc->lang == LANG_EN &&
          ((tok_is (doc, a + 1, ",") && tok_is (doc, a + 2, "which")) ||
           (tok_is_possessive (doc, a + 1) && is_company_possession (doc, a + 2))))
        {
          tags[k] = LECTERN_TAG_B_ORG;
          continue;
        }
      /* "FEMA Administrator Deanne Criswell", "NATO Secretary-General Mark
       * Rutte": a body's acronym and a role in capitals before a first
       * name are no part of the person's name; the acronym names the
       * body. A first name of the world's list only after one hyphenated
       * title ("U.N. Secretary-General António Guterres"): the list holds
       * words that start other bodies' names. */
      if ((tags[k] == LECTERN_TAG_B_PER || tags[k] == LECTERN_TAG_B_ORG) && tok_is_acronym (doc, a) &&
          !(tok_lex (doc, a) & LECTERN_LEX_GIVEN))
        {
          guint8 inside = tags[k] + 1;
          guint j = k + 1;

          while (j < len && tags[j] == inside && tok_starts_upper (doc, base + j) &&
                 !tok_is_acronym (doc, base + j) &&
                 ((tok_lex (doc, base + j) & (LECTERN_LEX_LOWER | LECTERN_LEX_CAPITALIZED | LECTERN_LEX_TITLE)) ||
                  is_hyphenated_title (doc, base + j)) &&
                 !(tok_lex (doc, base + j) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME | LECTERN_LEX_PLACE)))
            j++;
          if (j > k + 1 && j + 1 < len && tags[j] == inside && tags[j + 1] == inside &&
              tok_starts_upper (doc, base + j + 1) &&
              ((tok_lex (doc, base + j) & LECTERN_LEX_GIVEN) ||
               (j == k + 2 && is_hyphenated_title (doc, base + k + 1) && tok_is_first_name (doc, base + j))))
            {
              tags[k] = LECTERN_TAG_B_ORG;
              for (guint r = k + 1; r < j; r++)
                tags[r] = LECTERN_TAG_O;
              tags[j] = LECTERN_TAG_B_PER;
              for (guint r = j + 1; r < len && tags[r] == inside; r++)
                tags[r] = LECTERN_TAG_I_PER;
              k = j;
              continue;
            }
        }
      /* "Secretary of State Antony Blinken" read as a place: after a
       * title's "of", the words before a first name that a capitalized
       * word follows finish the role (add_span does the same in a
       * person's span). */
      if ((tags[k] == LECTERN_TAG_B_LOC || tags[k] == LECTERN_TAG_B_ORG) && k >= 2 && tok_is (doc, a - 1, "of") &&
          (tok_lex (doc, a - 2) & LECTERN_LEX_TITLE) && tok_starts_upper (doc, a - 2))
        {
          guint e = k + 1;

          while (e < len && tags[e] == tags[k] + 1)
            e++;
          for (guint j = k + 1; j + 1 < e; j++)
            if ((tok_lex (doc, base + j) & LECTERN_LEX_GIVEN) && tok_starts_upper (doc, base + j) &&
                tok_starts_upper (doc, base + j + 1))
              {
                for (guint r = k; r < e; r++)
                  tags[r] = r < j ? LECTERN_TAG_O : r == j ? LECTERN_TAG_B_PER : LECTERN_TAG_I_PER;
                break;
              }
          continue;
        }
      if (tags[k] == LECTERN_TAG_I_PER && k + 2 < len && tags[k + 1] == LECTERN_TAG_I_PER &&
          tok_starts_lower (doc, a) && tok_starts_upper (doc, a + 1) && is_role_word (doc, a))
        {
          guint s = k;

          while (s > 0 && tags[s] != LECTERN_TAG_B_PER)
            s--;
          if (tags[s] != LECTERN_TAG_B_PER)
            continue;
          tags[k] = LECTERN_TAG_O;
          tags[k + 1] = LECTERN_TAG_B_PER;
          for (guint j = s; j < k; j++)
            tags[j] = !(tok_lex (doc, a - 1) & LECTERN_LEX_ORG_HEAD) ? LECTERN_TAG_O
                      : j == s                                      ? LECTERN_TAG_B_ORG
                                                                    : LECTERN_TAG_I_ORG;
        }
      /* "Uganda Police Force spokesperson SCP Kituuma Rusoke" read as one
       * body: the body ends at its head word, before the role in lower
       * case; the person starts after the ranks. */
      else if (tags[k] == LECTERN_TAG_I_ORG && k + 2 < len && tags[k + 1] == LECTERN_TAG_I_ORG &&
               tok_starts_lower (doc, a) && is_role_word (doc, a) && tok_starts_upper (doc, a - 1) &&
               (tok_lex (doc, a - 1) & LECTERN_LEX_ORG_HEAD))
        {
          guint p = k + 1, e;

          while (p < len && tags[p] == LECTERN_TAG_I_ORG &&
                 ((tok_lex (doc, base + p) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, base + p)))
            p++;
          for (e = p; e < len && tags[e] == LECTERN_TAG_I_ORG && tok_starts_upper (doc, base + e) &&
                      (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD);
               e++)
            ;
          if (e < p + 2 || e > p + 4 || (e < len && tags[e] == LECTERN_TAG_I_ORG))
            continue;
          for (guint r = k; r < e; r++)
            tags[r] = r < p ? LECTERN_TAG_O : r == p ? LECTERN_TAG_B_PER : LECTERN_TAG_I_PER;
          k = e - 1;
        }
    }
}

/* The number of tokens of the longest well-known organization written as
 * listed from token a and before `limit` (ten at most), of two tokens or
 * more, or 0. `lower`: a, a head word in lower case ("ministère"), needs a
 * capital after it. */
static guint
listed_name_length (Doc     *doc,
                    guint    a,
                    guint    limit,
                    gboolean lower)
{
  /* Up to 14 tokens: "Institut national de recherche pour l'agriculture,
   * l'alimentation et l'environnement" has 13. */
  guint64 names[14];
  guint n_names = MIN (limit - a, G_N_ELEMENTS (names));
  guint64 h;

  if (!starts_listed_name (doc, a))
    return 0;

  /* The hash of tokens [a, a + j + 1) joined by spaces, for each j, as
   * the trainer joins them; each name's slot asked for at once, as most
   * of the lookups below miss the caches. */
  h = lectern_ner_hash_add (LECTERN_NER_HASH_START, tok_str (doc, a), tok_len (doc, a));
  names[0] = lectern_ner_hash_end (h);
  for (guint j = 1; j < n_names; j++)
    {
      h = lectern_ner_hash_add (h, " ", 1);
      h = lectern_ner_hash_add (h, tok_str (doc, a + j), tok_len (doc, a + j));
      names[j] = lectern_ner_hash_end (h);
      lectern_lexicon_prefetch (doc->lexicon, names[j]);
    }
  for (guint n = n_names; n > 1; n--)
    if ((lectern_lexicon_lookup (doc->lexicon, names[n - 1]) & LECTERN_LEX_KNOWN_ORG) &&
        (!lower || scan_capital (doc, a + 1, a + n)))
      return n;

  return 0;
}

/* "Attijariwafa bank", "Crédit agricole": the press often writes the
 * later words of a listed name in lower case. The number of tokens of the
 * longest listed name, in any case, of a listed first word as written and
 * lower-case words (five at most), or 0. A sentence's first word the
 * tagger left out must be a word no list knows ("National trust in banks
 * fell" is no trust). */
static guint
listed_lower_tail_length (Doc     *doc,
                          guint    a,
                          guint    limit,
                          gboolean tagged)
{
  guint n_max = MIN (limit - a, 6), best = 0;
  guint64 names[5];
  guint n_names = 0;
  guint64 h;

  if ((!tagged && (tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) && tok_lex (doc, a) != 0) ||
      (tok_lex (doc, a) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) || a + 1 >= limit ||
      !tok_starts_lower (doc, a + 1))
    return 0;
  if (!starts_listed_name (doc, a))
    return 0;
  /* known_organization (doc, a, a + n) for each n, the hash carried on
   * from one n to the next, and each name's slot asked for before the
   * first lookup (most miss the caches). */
  h = lectern_ner_lower_hash_add (LECTERN_NER_HASH_START, LECTERN_LEX_ORG_KEY, 1, doc->scratch);
  h = joined_lower_hash_add (doc, h, a, a + 1);
  for (guint n = 2; n <= n_max; n++)
    {
      if (!(tok_flags (doc, a + n - 1) & LECTERN_TOKEN_WORD) || !tok_starts_lower (doc, a + n - 1))
        break;
      h = joined_lower_hash_add (doc, lectern_ner_lower_hash_add (h, " ", 1, doc->scratch), a + n - 1, a + n);
      names[n_names] = lectern_ner_hash_end (h);
      lectern_lexicon_prefetch (doc->lexicon, names[n_names++]);
    }
  for (guint k = 0; k < n_names; k++)
    if (lectern_lexicon_lookup (doc->lexicon, names[k]) != 0)
      best = k + 2;

  return best;
}

/* "Action contre la Faim", "Médecins Sans Frontières": a listed name
 * written with more capitals than the list has. The number of tokens of
 * the longest listed name, in any case, from the listed first word a to
 * a capitalized word (eight tokens at most), or 0. */
static guint
listed_capitalized_length (Doc  *doc,
                           guint a,
                           guint limit)
{
  guint n_max = 1;
  guint64 names[8];
  guint64 h;

  /* Up to the last capitalized word of the words that follow: most
   * starters ("The company said") have none, and are not hashed. */
  for (guint n = 2; n <= MIN (limit - a, 8) && (tok_flags (doc, a + n - 1) & LECTERN_TOKEN_WORD); n++)
    if (tok_starts_upper (doc, a + n - 1))
      n_max = n;
  if (n_max < 2 || !starts_listed_name (doc, a))
    return 0;
  h = lectern_ner_lower_hash_add (LECTERN_NER_HASH_START, LECTERN_LEX_ORG_KEY, 1, doc->scratch);
  h = joined_lower_hash_add (doc, h, a, a + 1);
  for (guint n = 2; n <= n_max; n++)
    {
      h = joined_lower_hash_add (doc, lectern_ner_lower_hash_add (h, " ", 1, doc->scratch), a + n - 1, a + n);
      names[n - 1] = lectern_ner_hash_end (h);
      lectern_lexicon_prefetch (doc->lexicon, names[n - 1]);
    }
  for (guint n = n_max; n > 1; n--)
    if (tok_starts_upper (doc, a + n - 1) && lectern_lexicon_lookup (doc->lexicon, names[n - 1]) != 0)
      return n;

  return 0;
}

/* "le ministère russe de la Défense", "le ministère marocain de
 * l'Intérieur": a listed name of a lower-case head word with a country's
 * adjective after the head is that country's body. The number of its
 * tokens, or 0. It is tagged only: the list's number is another
 * country's body. */
static guint
ministry_of_country_length (Doc  *doc,
                            guint a,
                            guint limit)
{
  guint64 head;

  if (a + 3 >= limit || !tok_starts_lower (doc, a + 1) || !(tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) ||
      (tok_lex (doc, a + 1) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) ||
      !(tok_is (doc, a + 2, "de") || tok_is (doc, a + 2, "du") || tok_is (doc, a + 2, "des") ||
        tok_is (doc, a + 2, "d'") || tok_is (doc, a + 2, "d\xe2\x80\x99")))
    return 0;

  /* The key: the head word, a space, then the words from a + 2 (the
   * adjective left out). */
  head = lectern_ner_lower_hash_add (LECTERN_NER_HASH_START, LECTERN_LEX_ORG_KEY, 1, doc->scratch);
  head = lectern_ner_lower_hash_add (head, tok_str (doc, a), tok_len (doc, a), doc->scratch);
  head = lectern_ner_lower_hash_add (head, " ", 1, doc->scratch);
  for (guint n = MIN (limit - a, 10); n > 3; n--)
    {
      if (!scan_capital (doc, a + 2, a + n))
        break;
      if (lectern_lexicon_lookup (doc->lexicon,
                                  lectern_ner_hash_end (joined_lower_hash_add (doc, head, a + 2, a + n))) != 0)
        return n;
    }

  return 0;
}

/* Whether the word i is a listed acronym, a hyphen and a capitalized word
 * that is no listed name or place ("CGT-Culture", "CFDT-Cheminots"), or a
 * union's section ("FO-RATP", "SNESUP-FSU"). */
static gboolean
is_listed_branch (Doc  *doc,
                  guint i)
{
  const char *s = tok_str (doc, i);
  const char *dash = memchr (s, '-', tok_len (doc, i));
  const char *end = s + tok_len (doc, i);

  if (dash == NULL || dash - s < 2 || !g_unichar_isupper (g_utf8_get_char (dash + 1)) ||
      memchr (dash + 1, '-', tok_len (doc, i) - (dash + 1 - s)) != NULL)
    return FALSE;
  /* A union's section at a company ("FO-RATP"); a trade's union of four
   * letters or more and its confederation ("SNESUP-FSU"). */
  if (is_french_union_letters (s, dash - s))
    return TRUE;
  if (is_french_union_letters (dash + 1, end - dash - 1) && dash - s >= 4)
    {
      for (const char *c = s; c < dash; c++)
        if (!g_ascii_isupper (*c))
          return FALSE;
      return TRUE;
    }
  /* An acronym before the hyphen, in capitals or written as a word
   * ("Unsa-Ferroviaire"): "SpaceX-Dragon" is a capsule. */
  if (dash - s > 6 || !g_ascii_isupper (s[0]))
    return FALSE;
  for (const char *c = s + 1; c < dash; c++)
    if (g_ascii_islower (s[1]) ? !g_ascii_islower (*c) : !g_ascii_isupper (*c))
      return FALSE;

  /* Not two bodies or a body and a place ("Hamas-Fatah", "Renault-Nissan"). */
  if ((lectern_lexicon_lookup (doc->lexicon, lectern_ner_hash (dash + 1, tok_len (doc, i) - (dash + 1 - s))) &
       LECTERN_LEX_KNOWN_ORG) ||
      (lectern_lexicon_lookup (doc->lexicon, lectern_ner_lower_hash (dash + 1, tok_len (doc, i) - (dash + 1 - s),
                                                                     doc->scratch)) &
       (LECTERN_LEX_GEO | LECTERN_LEX_REGION)))
    return FALSE;

  return (lectern_lexicon_lookup (doc->lexicon, lectern_ner_hash (s, dash - s)) & LECTERN_LEX_KNOWN_ORG) != 0;
}

/* Whether the word i is a club that the list knows with "FC" or
 * "Football Club" after it ("Chelsea", "Arsenal"); with `racing`, or a
 * motor-racing team that it knows with "F1 Team", "Racing" or
 * "Scuderia" ("Haas", "Ferrari"). */
static gboolean
is_listed_club (Doc      *doc,
                guint     i,
                gboolean  racing)
{
  static const char *suffixes[] = {
    " FC", " F.C.", " AFC", " Football Club", " F1 Team", " Racing", " F1", " Formula One Team",
  };
  guint n_suffixes = racing ? G_N_ELEMENTS (suffixes) : 4;
  guint64 name;

  /* "Ferrari's Charles Leclerc": a motor-racing team is written without
   * its "Scuderia". */
  if (racing && lectern_lexicon_lookup (doc->lexicon, joined_lower_hash (doc, LECTERN_LEX_ORG_KEY "scuderia ",
                                                                          i, i + 1)) != 0)
    return TRUE;
  /* A club's listed name is longer than the word, which must then start
   * one. */
  if (!starts_listed_name (doc, i))
    return FALSE;
  name = lectern_ner_lower_hash_add (LECTERN_NER_HASH_START, LECTERN_LEX_ORG_KEY, 1, doc->scratch);
  name = joined_lower_hash_add (doc, name, i, i + 1);
  for (guint k = 0; k < n_suffixes; k++)
    if (lectern_lexicon_lookup (doc->lexicon,
                                lectern_ner_hash_end (lectern_ner_lower_hash_add (name, suffixes[k], strlen (suffixes[k]),
                                                                                  doc->scratch))) != 0)
      return TRUE;

  return FALSE;
}

/* Whether token i, a first name of the list but not a frequent one, and
 * the next end the tagger's span as a first name and a surname: no common
 * word, place or organization word ("France Cinéma", "Cross Country
 * Championships", "General Conference"). */
static gboolean
is_first_name_and_surname (Doc          *doc,
                           guint         i,
                           guint         base,
                           guint         len,
                           const guint8 *tags)
{
  const guint32 not_a_name = LECTERN_LEX_LOWER | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_GEO |
                             LECTERN_LEX_REGION | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_TITLE |
                             LECTERN_LEX_KNOWN_ORG;
  guint k = i - base;

  return k + 1 < len && tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0 &&
         (k + 2 == len || tags[k + 2] == LECTERN_TAG_O || (tags[k + 2] & 1) == 1) &&
         !(tok_lex (doc, i) & not_a_name) && !(tok_lex (doc, i + 1) & not_a_name);
}

/* A country's currency or economy, after its nationality: "dollar",
 * "rupee", "economy". */
static gboolean
is_economy_word (const Doc *doc,
                 guint      i)
{
  static const char *const words[] = {
    "dollar", "dollars", "pound", "euro", "rupee", "rupees", "yen", "yuan", "peso", "pesos", "franc", "shilling",
    "rand", "naira", "cedi", "ringgit", "won", "lira", "rouble", "ruble", "dirham", "riyal", "dinar", "krona",
    "krone", "kwacha", "taka", "baht", "economy", "sharemarket", "bourse",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "U.S.", "UK": the country's code that English puts before its own
 * bodies ("U.S. Food and Drug Administration"). */
static gboolean
is_country_prefix (Doc  *doc,
                   guint i)
{
  return tok_is (doc, i, "U.S.") || tok_is (doc, i, "US") || tok_is (doc, i, "UK") || tok_is (doc, i, "U.K.");
}

/* Whether a listed name that starts at k inside a tagged organization
 * goes on with it (mark_known_organizations): not after a link or an
 * article, nor after a lone capitalized word that starts the sentence
 * and heads no body. */
static gboolean
extends_tagged_organization (Doc          *doc,
                             guint         base,
                             guint         k,
                             const guint8 *tags)
{
  guint s = k;

  while (s > 0 && tags[s] == LECTERN_TAG_I_ORG)
    s--;
  if (tags[s] != LECTERN_TAG_B_ORG || is_de_link (doc, base + k - 1) || tok_is_article (doc, base + k - 1) ||
      tok_is (doc, base + k - 1, "of"))
    return FALSE;

  return !(k == s + 1 && (tok_flags (doc, base + s) & LECTERN_TOKEN_SENTENCE_START) &&
           !(tok_lex (doc, base + s) & LECTERN_LEX_ORG_HEAD));
}

/* Well-known organizations (data/gazetteers) written as listed, from a
 * capitalized word, longest name first, become the tags: the tagger may
 * have missed them, cut them short ("Cour pénale" of "Cour pénale
 * internationale", "parti des Frères" of "Frères musulmans") or typed them
 * as people ("Al Jazeera"). A single word counts inside a sentence, at its
 * start before a verb ("Tsahal a annoncé"), or in capitals in running
 * text ("SNCF"). Where the tagger's span goes on past
 * the name ("Guardian Council", "Reuters Institute"), its name stands. */
/* Whether one to three capitalized words after token a end with a legal
 * form or a company's word ("Hanjin | Marine Logistics Co."). */
static gboolean
firm_name_goes_on (Doc  *doc,
                   guint a,
                   guint end)
{
  for (guint i = a + 1; i < end && i <= a + 3; i++)
    {
      if (!tok_starts_upper (doc, i) || !(tok_flags (doc, i) & LECTERN_TOKEN_WORD))
        return FALSE;
      /* A trade right after the listed word may be its own ("Tata
       * Motors" is Tata's); further on, the firm's. */
      if (is_legal_form (doc, i) || is_company_word (doc, i))
        return i > a + 1 || is_legal_form (doc, i);
    }

  return FALSE;
}

static void
mark_known_organizations (Doc    *doc,
                          guint   base,
                          guint   len,
                          guint8 *tags)
{
  for (guint k = 0; k < len;)
    {
      guint a = base + k;
      guint found = 0;
      gboolean lower = FALSE;

      /* "le ministère de la Santé": French writes the head word of a
       * ministry in lower case, and the list has it so. "eBay",
       * "al-Qaïda": a capital inside the word counts as one at its start. */
      if (!tok_starts_upper (doc, a) && !tok_has_upper (doc, a) &&
          !(lower = (tok_lex (doc, a) & LECTERN_LEX_ORG_HEAD) && tok_starts_lower (doc, a)))
        {
          /* "franceinfo": a brand the list writes in lower case, which no
           * common word spells. */
          if ((tok_lex (doc, a) & (LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_LOWER | LECTERN_LEX_STOP_EN |
                                   LECTERN_LEX_STOP_FR)) == LECTERN_LEX_KNOWN_ORG &&
              tok_len (doc, a) >= 5 && (tok_flags (doc, a) & LECTERN_TOKEN_WORD) &&
              (lectern_lexicon_lookup_memo (doc->lexicon, doc->lex_memo, tok_hash (doc, a)) & LECTERN_LEX_KNOWN_ORG))
            {
              tags[k] = LECTERN_TAG_B_ORG;
              if (k + 1 < len && tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0)
                tags[k + 1]--;
            }
          k++;
          continue;
        }
      found = listed_name_length (doc, a, base + len, lower);
      if (found == 0 && lower)
        found = ministry_of_country_length (doc, a, base + len);
      if (found == 0 && !lower)
        found = listed_lower_tail_length (doc, a, base + len, tags[k] != LECTERN_TAG_O);
      /* Not inside the tagger's span, nor after a capitalized article
       * that a later rule joins ("à La Presse Canadienne"). */
      if (found == 0 && !lower && tok_starts_upper (doc, a) && (tags[k] == LECTERN_TAG_O || (tags[k] & 1)) &&
          !(k > 0 && tok_starts_upper (doc, a - 1) && tok_is_article (doc, a - 1)))
        found = listed_capitalized_length (doc, a, base + len);
      /* "au", "aux", "du", "des" told by their first letter and length
       * before anything else is read. */
      if (found == 0 && !lower && k > 0 && tok_len (doc, a - 1) <= 3 &&
          (*tok_str (doc, a - 1) == 'a' || *tok_str (doc, a - 1) == 'd'))
        for (guint n = MIN (len - k, 4); found == 0 && n > 0; n--)
          if (known_after_contraction (doc, a, a + n) != 0)
            found = n;
      /* A listed word at a sentence's start counts before a verb, or when
       * it is no common word and a word follows ("Groupama et le Crédit
       * agricole", not a heading: "Sorbonne. — Le jeudi"). */
      if (found == 0 && !lower &&
          (lectern_lexicon_lookup_memo (doc->lexicon, doc->lex_memo, tok_hash (doc, a)) & LECTERN_LEX_KNOWN_ORG) &&
          (tok_is_acronym (doc, a) ? acronym_in_running_text (doc, base, len, k)
                                   : k > 0 || (k + 1 < len && (opens_clause (doc, a + 1) ||
                                                                (!(tok_lex (doc, a) & LECTERN_LEX_LOWER) &&
                                                                 (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD))))))
        found = 1;
      /* "CGT-Culture", "Unsa-Ferroviaire": a listed union or party and its
       * branch in one word. */
      if (found == 0 && !lower && is_listed_branch (doc, a))
        found = 1;
      /* "Arsenal moved to the top": a club written without its "FC", that
       * the tagger left out, in running text; not a place it tagged
       * ("Liverpool"), nor a word of a heading ("BIBLIOTHÈQUES Arsenal."). */
      if (found == 0 && !lower && tags[k] == LECTERN_TAG_O && (tok_flags (doc, a) & LECTERN_TOKEN_WORD) &&
          ((k + 1 < len && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD)) || (k > 0 && tok_starts_lower (doc, a - 1))) &&
          !(tok_lex (doc, a) & (LECTERN_LEX_LOWER | LECTERN_LEX_GEO | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) &&
          tok_starts_upper (doc, a) &&
          is_listed_club (doc, a, FALSE))
        found = 1;
      /* "Martin Bouygues", "Aliko Dangote": one listed word that ends
       * a person's name the tagger saw after a first name is the family
       * that gave the company its name. */
      if (found == 1 && k > 0 && tags[k] == LECTERN_TAG_I_PER && tag_vote (tags[k - 1]) == VOTE_PER &&
          !(k + 1 < len && tags[k + 1] == LECTERN_TAG_I_PER))
        {
          /* "Kumar Mangalam Birla": the first name may open the name
           * further back. */
          guint p = k - 1;

          while (p > 0 && tags[p] == LECTERN_TAG_I_PER && k - p < 3 && tok_starts_upper (doc, base + p) &&
                 (tok_flags (doc, base + p) & LECTERN_TOKEN_WORD))
            p--;
          if (!tok_starts_upper (doc, a - 1) || !(tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD))
            p = k;
          if (tok_is_first_name (doc, a - 1) || (tags[p] == LECTERN_TAG_B_PER && tok_is_first_name (doc, base + p)))
            found = 0;
        }
      /* "Hanjin Marine Logistics Co., Ltd.": a listed word that opens a
       * longer firm's name, capitalized words up to its legal form or
       * trade, is that firm's. */
      if (found == 1 && firm_name_goes_on (doc, a, base + len))
        found = 0;
      /* "Det Insp Priya Chaudhary": a rank is no body's acronym written
       * with one capital ("Insp" of "INSP"). */
      if (found == 1 && !tok_is_acronym (doc, a) && is_unlisted_title (doc, a))
        found = 0;
      /* "The Australian dollar", "the Australian economy": a listed name
       * written as a nationality before a currency or an economy. */
      if (found > 0 && k + found < len && tok_starts_lower (doc, a + found) && is_economy_word (doc, a + found))
        found = 0;
      /* "The National | Treasury", "the National | Assembly": a listed
       * name that starts with its article ("The National", a paper) is
       * the start of a longer name where a capitalized word follows, not
       * a first name ("à La Voix du Nord Nadia Haddouche"). */
      if (found > 0 && tok_is_article (doc, a) && k + found < len && tok_starts_upper (doc, a + found) &&
          (tok_flags (doc, a + found) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, a + found) &&
          !(tok_lex (doc, a + found) & (LECTERN_LEX_LEGAL | LECTERN_LEX_GIVEN)) && !is_company_word (doc, a + found) &&
          tag_vote (tags[k + found]) != VOTE_PER)
        found = 0;
      /* "Procter & Gamble Co.": a legal suffix after a listed name is
       * part of it. */
      while (found > 0 && k + found < len && (tok_lex (doc, a + found) & LECTERN_LEX_LEGAL) &&
             tok_starts_upper (doc, a + found))
        found++;
      /* "S&P Global | Ratings", "CRISIL | Ratings": a listed company and
       * a word of its trade the tagger left out name its unit. */
      if (found > 0 && k + found < len && tags[k + found] == LECTERN_TAG_O && tok_starts_upper (doc, a + found) &&
          !(tok_flags (doc, a + found) & LECTERN_TOKEN_SENTENCE_START) && is_company_word (doc, a + found))
        found++;
      /* "Umno Youth chief": a party's youth wing. */
      if (found > 0 && k + found < len && tok_is (doc, a + found, "Youth") &&
          (k + found + 1 == len || !tok_starts_upper (doc, a + found + 1)))
        found++;
      /* "Greenpeace Indonesia said", "Unilever Nigeria's shares": a listed
       * body of one or two words and a country after it, before a verb
       * or a stop, is its branch there; not after an acronym or a head
       * word ("the UN Syria envoy", "World Bank Kenya"). */
      if (found > 0 && found <= 2 && k + found + 1 < len && doc->lang == LANG_EN &&
          (tok_lex (doc, a + found) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) == (LECTERN_LEX_GEO | LECTERN_LEX_REGION) &&
          tok_starts_upper (doc, a + found) && !tok_is_acronym (doc, a) &&
          !(tok_lex (doc, a + found - 1) & LECTERN_LEX_ORG_HEAD) &&
          (opens_clause (doc, a + found + 1) || tok_is_possessive (doc, a + found + 1) ||
           tok_is (doc, a + found + 1, ",") || tok_is (doc, a + found + 1, ".")))
        found++;
      /* "Radio France et France Télévisions": a span of the tagger that
       * goes on over a conjunction into another listed name is two. */
      if (found > 0 && k + found + 1 < len && tags[k + found] == LECTERN_TAG_I_ORG &&
          (tok_is (doc, a + found, "et") || tok_is (doc, a + found, "and") ||
           tok_is (doc, a + found, "ou") || tok_is (doc, a + found, "or")) &&
          tok_starts_upper (doc, a + found + 1) &&
          listed_name_length (doc, a + found + 1, base + len, FALSE) > 1)
        tags[k + found] = LECTERN_TAG_O;
      /* The tagger's span goes on: the name stands, unless a first name
       * follows ("RIA Novosti Valentine Sapounov" is two names). */
      if (found > 0 && k + found < len && tags[k + found] != LECTERN_TAG_O && (tags[k + found] & 1) == 0)
        {
          /* "le Paris Saint-Germain de Luis Enrique": a club and its
           * coach, after "de", a first name and a surname. */
          if ((tok_is (doc, a + found, "de") || tok_is (doc, a + found, "d'") ||
               tok_is (doc, a + found, "d\xe2\x80\x99")) &&
              k + found + 2 < len && tags[k + found + 1] != LECTERN_TAG_O && (tags[k + found + 1] & 1) == 0 &&
              tags[k + found + 2] != LECTERN_TAG_O && (tags[k + found + 2] & 1) == 0 && tok_starts_upper (doc, a + found + 1) &&
              (tok_lex (doc, a + found + 1) & LECTERN_LEX_GIVEN) && tok_starts_upper (doc, a + found + 2))
            {
              tags[k + found] = LECTERN_TAG_O;
              tags[k + found + 1] = LECTERN_TAG_B_PER;
              for (guint j = k + found + 2; j < len && tags[j] != LECTERN_TAG_O && (tags[j] & 1) == 0; j++)
                tags[j] = LECTERN_TAG_I_PER;
            }
          /* "Fianna Fáil TD Brendan Kinsella": a party, a member's
           * letters, the member; the letters are neither. */
          else if (k + found + 1 < len &&
                   (tags[k + found + 1] == LECTERN_TAG_I_PER || tags[k + found + 1] == LECTERN_TAG_B_PER) &&
                   is_post_nominal (doc, a + found) && tok_starts_upper (doc, a + found + 1))
            {
              tags[k + found] = LECTERN_TAG_O;
              tags[k + found + 1] = LECTERN_TAG_B_PER;
            }
          /* "the Fine Gael TD said": the letters alone, no member after. */
          else if (is_post_nominal (doc, a + found) &&
                   (k + found + 1 == len || tags[k + found + 1] == LECTERN_TAG_O || (tags[k + found + 1] & 1) == 1))
            tags[k + found] = LECTERN_TAG_O;
          /* A rarer first name where the span goes on over the surname
           * ("du Real Madrid Brahim Díaz"); the surname after a first name
           * goes with it ("Leonardo Balerdi"). */
          else if (tok_starts_upper (doc, a + found) && k + found + 1 < len && tok_starts_upper (doc, a + found + 1) &&
              ((tok_lex (doc, a + found) & LECTERN_LEX_GIVEN_TOP) ||
               ((tok_lex (doc, a + found) & LECTERN_LEX_GIVEN) && is_first_name_and_surname (doc, a + found, base, len, tags))))
            {
              tags[k + found] = LECTERN_TAG_B_PER;
              if (is_first_name_and_surname (doc, a + found, base, len, tags))
                tags[k + found + 1] = LECTERN_TAG_I_PER;
            }
          /* "Amnesty International Kenya": a listed body and the country
           * of its branch, which the tagger may take for a place; a
           * country that is a first name too ("Les Amis de la Terre
           * France"), where the tagger ran it into the name. */
          else if (((tok_lex (doc, a + found) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) ||
                    (tags[k + found] == LECTERN_TAG_I_ORG && (tok_lex (doc, a + found) & LECTERN_LEX_PLACE))) &&
                   (k + found + 1 == len || (tags[k + found + 1] & 1) == 1 || tags[k + found + 1] == LECTERN_TAG_O))
            found++;
          else
            found = 0;
        }
      /* "told CBC Manitoba.": a listed body and the region of its branch,
       * which the tagger tags apart as a place, at the clause's end; or its
       * country's code. */
      else if (found > 0 && k + found < len && tags[k + found] == LECTERN_TAG_B_LOC &&
               ((tok_lex (doc, a + found) & LECTERN_LEX_REGION) ||
                /* "Transparency International UK": a country's code. */
                (tok_len (doc, a + found) <= 3 && tok_is_acronym (doc, a + found))) &&
               (k + found + 1 == len ||
                (tags[k + found + 1] == LECTERN_TAG_O && !(tok_flags (doc, a + found + 1) & LECTERN_TOKEN_WORD) &&
                 (tok_is (doc, a + found + 1, ".") || tok_is (doc, a + found + 1, ",")))))
        found++;
      /* The end of a tagged organization: "Russian Duma"; one that the
       * listed name goes on past is longer ("l'université Lumière Lyon |
       * 2", where "Lyon 2" is listed), unless a link stands before the
       * listed name ("le parquet fédéral de | l'Union royale belge …") or
       * only a sentence's first word does ("Représentant | Force
       * ouvrière"). */
      for (guint j = k; j < k + found && tags[k] == LECTERN_TAG_I_ORG; j++)
        if (tags[j] != LECTERN_TAG_I_ORG)
          {
            if (extends_tagged_organization (doc, base, k, tags))
              {
                for (guint q = j; q < k + found; q++)
                  tags[q] = LECTERN_TAG_I_ORG;
                if (k + found < len && tags[k + found] != LECTERN_TAG_O && (tags[k + found] & 1) == 0)
                  tags[k + found]--;
                found = 0;
              }
            break;
          }
        else if (j + 1 == k + found)
          found = 0;
      if (found == 0)
        {
          k++;
          continue;
        }
      /* "the U.S. Centers for Disease Control and Prevention": the
       * country's code before the name stays in it, whether the tagger
       * saw it as the name's start or as a place ("U.S. Customs and
       * Border Protection"). */
      if (k > 0 && is_country_prefix (doc, a - 1) &&
          ((tags[k - 1] == LECTERN_TAG_B_ORG && tags[k] == LECTERN_TAG_I_ORG) ||
           (tags[k - 1] == LECTERN_TAG_B_LOC && tags[k] != LECTERN_TAG_I_LOC)))
        k--, found++;
      /* "l'agence Tasnim", as a list writes it: the word for an agency
       * before a name of one word is no part of it ("l'agence France-Presse"
       * is). */
      else if (found == 2 && tok_starts_lower (doc, a) && is_media_noun (doc, a) &&
               memchr (tok_str (doc, a + 1), '-', tok_len (doc, a + 1)) == NULL &&
               /* "l'agence Fars" is named after a province. */
               !(tok_lex (doc, a + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
        {
          tags[k] = LECTERN_TAG_O;
          k++, found--;
        }
      tag_organization (tags, len, k, k + found);
      k += found;
    }
}

/* "la commission de la culture, …, et du sport | du Sénat": a French
 * committee that the tagger ended at its remit, and the chamber it
 * belongs to, are one name, as they are without the list's commas. */
static void
join_committees_to_chambers (Doc    *doc,
                             guint   base,
                             guint   len,
                             guint8 *tags)
{
  static const char *const chambers[] = { "Sénat", "Assemblée", "Chambre", "Parlement", "Conseil" };

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 3 < len; k++)
    {
      guint e = k + 1, c, f;

      if (tags[k] != LECTERN_TAG_B_ORG || !(tok_is (doc, base + k, "commission") || tok_is (doc, base + k, "comité")))
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      c = e;
      if (c + 1 < len && tags[c] == LECTERN_TAG_O && tok_is (doc, base + c, "du"))
        c++;
      else if (c + 2 < len && tags[c] == LECTERN_TAG_O && tags[c + 1] == LECTERN_TAG_O && tok_is (doc, base + c, "de") &&
               (tok_is (doc, base + c + 1, "la") || tok_is (doc, base + c + 1, "l'") ||
                tok_is (doc, base + c + 1, "l\xe2\x80\x99")))
        c += 2;
      if (c == e || tags[c] != LECTERN_TAG_B_ORG || !tok_is_any (doc, base + c, chambers, G_N_ELEMENTS (chambers)))
        {
          k = e - 1;
          continue;
        }
      for (f = c + 1; f < len && tags[f] == LECTERN_TAG_I_ORG; f++)
        ;
      for (guint j = e; j < f; j++)
        tags[j] = LECTERN_TAG_I_ORG;
      k = f - 1;
    }
}

/* "la Fédération | de l'UPA du Bas-Saint-Laurent", "l'Union | des
 * CGT": a federation's word alone, which the tagger cut from the body
 * it federates, is one name with it. */
static void
join_federations_to_bodies (Doc    *doc,
                            guint   base,
                            guint   len,
                            guint8 *tags)
{
  static const char *const heads[] = {
    "Fédération", "Confédération", "Union", "Association", "Syndicat", "Section", "Fondation", "Comité",
  };

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k, j = k + 2, e;

      if (tags[k] != LECTERN_TAG_B_ORG || tags[k + 1] == LECTERN_TAG_I_ORG || tok_len (doc, a) < 5 ||
          !tok_is_any (doc, a, heads, G_N_ELEMENTS (heads)))
        continue;
      if (tok_is (doc, a + 1, "de") && j < len &&
          (tok_is (doc, a + 2, "la") || tok_is (doc, a + 2, "l'") || tok_is (doc, a + 2, "l\xe2\x80\x99")))
        j = k + 3;
      else if (!tok_is (doc, a + 1, "du") && !tok_is (doc, a + 1, "des") && !tok_is_elision_de (doc, a + 1))
        continue;
      if (j >= len || tags[j] != LECTERN_TAG_B_ORG || tags[k + 1] != LECTERN_TAG_O || tags[j - 1] != LECTERN_TAG_O)
        continue;
      for (e = j + 1; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
        ;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* "Greater Hope Missionary Baptist Church", "Mount Olive Baptist
 * Church": a congregation is named by capitalized words before "Church",
 * which the tagger leaves out or reads as a place; its street is no part
 * of it ("St. Brendan Catholic Church | on Pike Avenue"). A cathedral, a
 * temple or a chapel is as often a building, and "Chapel Hill" a town. */
static void
mark_churches (Doc    *doc,
               guint   base,
               guint   len,
               guint8 *tags)
{
  static const char *const houses[] = { "Church", "Tabernacle" };

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k, s = k, e = k + 1;

      if (*tok_str (doc, a) != 'C' && *tok_str (doc, a) != 'T')
        continue;
      if (!tok_is_any (doc, a, houses, G_N_ELEMENTS (houses)) ||
          (k + 1 < len && tok_starts_upper (doc, a + 1) && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD)))
        continue;
      if (tags[k] == LECTERN_TAG_B_ORG || tags[k] == LECTERN_TAG_I_ORG)
        {
          if (k + 2 < len && tags[k + 1] == LECTERN_TAG_I_ORG && tok_is (doc, a + 1, "on") &&
              tok_starts_upper (doc, a + 2))
            for (guint j = k + 1; j < len && tags[j] == LECTERN_TAG_I_ORG; j++)
              tags[j] = LECTERN_TAG_O;
          continue;
        }
      if (tags[k] != LECTERN_TAG_O)
        continue;
      while (s > 0 && s + 5 > k && tok_starts_upper (doc, base + s - 1) &&
             (tags[s - 1] == LECTERN_TAG_O || tags[s - 1] == LECTERN_TAG_B_LOC || tags[s - 1] == LECTERN_TAG_I_LOC) &&
             ((tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, base + s - 1) ||
              tok_is (doc, base + s - 1, "St.")) &&
             !tok_is_article (doc, base + s - 1) &&
             !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)) &&
             !is_calendar_word (doc, base + s - 1))
        s--;
      /* Not inside a place the tagger began further back. */
      while (s < k && tags[s] == LECTERN_TAG_I_LOC)
        s++;
      if (s == k)
        continue;
      /* "Church of the Nazarene", "First Baptist Church of Van Buren". */
      if (e + 1 < len && tok_is (doc, base + e, "of"))
        {
          guint q = e + 1 + (tok_is (doc, base + e + 1, "the") && e + 2 < len);

          while (q < len && q < e + 5 && tok_starts_upper (doc, base + q) &&
                 (tok_flags (doc, base + q) & LECTERN_TOKEN_WORD) &&
                 (tags[q] == LECTERN_TAG_O || tags[q] == LECTERN_TAG_B_LOC || tags[q] == LECTERN_TAG_I_LOC))
            q++;
          if (q > e + 1 && tok_starts_upper (doc, base + q - 1) && !(q < len && tags[q] == LECTERN_TAG_I_LOC))
            e = q;
        }
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* "First Baptist | Church of Van Buren", "St Columba's Presbyterian |
 * Church": a church's capitalized words before its head, its ordinal and
 * its denomination, which the tagger left out. */
static void
extend_churches_back (Doc    *doc,
                      guint   base,
                      guint   len,
                      guint8 *tags)
{
  static const char *const houses[] = { "Church", "Chapel", "Cathedral", "Tabernacle", "Temple" };

  for (guint k = 1; k < len; k++)
    {
      guint s = k;

      if (tags[k] != LECTERN_TAG_B_ORG || !tok_is_any (doc, base + k, houses, G_N_ELEMENTS (houses)))
        continue;
      /* Not a day or a title ("On Sunday | Church of England", "Pastor |
       * Grace Church"). */
      while (s > 0 && s + 3 > k && tags[s - 1] == LECTERN_TAG_O && tok_starts_upper (doc, base + s - 1) &&
             (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) && !tok_is_article (doc, base + s - 1) &&
             !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)) &&
             !is_calendar_word (doc, base + s - 1))
        s--;
      if (s < k)
        {
          guint e = k + 1;

          while (e < len && tags[e] == LECTERN_TAG_I_ORG)
            e++;
          tag_organization (tags, len, s, e);
          k = e - 1;
        }
    }
}

/* "the Sudanese | Red Crescent Society", "the Kenyan | Red Cross": a
 * national society of the Red Cross is named with its nationality, which
 * the tagger leaves out as it does before other names. */
static void
extend_red_cross_societies (Doc    *doc,
                            guint   base,
                            guint   len,
                            guint8 *tags)
{
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_B_ORG || *tok_str (doc, a) != 'R' || !tok_is (doc, a, "Red") ||
          !(tok_is (doc, a + 1, "Crescent") || tok_is (doc, a + 1, "Cross")) || tags[k + 1] != LECTERN_TAG_I_ORG ||
          tags[k - 1] != LECTERN_TAG_O || !is_demonym (doc, a - 1))
        continue;
      tags[k - 1] = LECTERN_TAG_B_ORG;
      tags[k] = LECTERN_TAG_I_ORG;
    }
}

/* "Derry City and Strabane District Council", "the Mull and Iona Ferry
 * Committee": a local body named after two places joined by "and", the
 * first of which the tagger leaves out or reads apart (a place, a
 * person, a club). Not after a preposition: "in London and Manchester
 * City Council offices" names two. */
static void
join_places_before_local_bodies (Doc    *doc,
                                 guint   base,
                                 guint   len,
                                 guint8 *tags)
{
  static const char *const heads[] = {
    "Council", "Committee", "Forum", "Board", "Authority", "Partnership", "Trust", "Association",
  };
  static const char *const prepositions[] = {
    "in", "at", "from", "to", "into", "between", "across", "near", "and", "or", "with", "by", "for", "on",
  };

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 2; k + 1 < len; k++)
    {
      guint a = base + k, s, e;

      /* "and" inside no span, a body's span right after it. */
      if (tok_len (doc, a) != 3 || !tok_is (doc, a, "and") || tags[k] != LECTERN_TAG_O ||
          tags[k + 1] != LECTERN_TAG_B_ORG)
        continue;
      for (e = k + 2; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
        ;
      if (!tok_is_any (doc, base + e - 1, heads, G_N_ELEMENTS (heads)))
        continue;
      /* One or two capitalized words before "and", of one span or none. */
      for (s = k; s > 0 && s + 2 > k && tok_starts_upper (doc, base + s - 1) &&
                  (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, base + s - 1) &&
                  !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN | LECTERN_LEX_GIVEN_TOP)) &&
                  tags[s - 1] != LECTERN_TAG_B_MISC && tags[s - 1] != LECTERN_TAG_I_MISC;
           s--)
        ;
      if (s == k || s == 0 || (tags[s] != LECTERN_TAG_O && (tags[s] & 1) == 0) ||
          (tags[s - 1] != LECTERN_TAG_O) || tok_starts_upper (doc, base + s - 1) ||
          tok_is_any (doc, base + s - 1, prepositions, G_N_ELEMENTS (prepositions)))
        continue;
      /* Of one span: a person's name of two words is no place. */
      if (s + 2 == k && tags[s + 1] != LECTERN_TAG_O && tags[s + 1] != tags[s] + 1)
        continue;
      if (s + 2 == k && tags[s] == LECTERN_TAG_B_PER)
        continue;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* "the House of Commons | Science, Innovation and Technology
 * Committee": a chamber's name, then a committee's that the tagger
 * started anew, are one committee of that chamber. */
static void
join_chamber_committees (Doc    *doc,
                         guint   base,
                         guint   len,
                         guint8 *tags)
{
  static const char *const chambers[] = {
    "Commons", "Lords", "Representatives", "Senate", "Assembly", "Parliament", "Congress",
  };
  static const char *const committees[] = { "Committee", "Subcommittee" };

  for (guint k = 1; k + 1 < len; k++)
    {
      guint e = k + 1;

      /* The chamber may be untagged after "the" ("a member of the
       * Commons | Business and Trade Committee"). */
      if (tags[k] != LECTERN_TAG_B_ORG ||
          (tags[k - 1] != LECTERN_TAG_B_ORG && tags[k - 1] != LECTERN_TAG_I_ORG &&
           !(tags[k - 1] == LECTERN_TAG_O && k >= 2 && tok_is (doc, base + k - 2, "the"))) ||
          !tok_is_any (doc, base + k - 1, chambers, G_N_ELEMENTS (chambers)))
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      if (tok_is_any (doc, base + e - 1, committees, G_N_ELEMENTS (committees)))
        {
          if (tags[k - 1] == LECTERN_TAG_O)
            tags[k - 1] = LECTERN_TAG_B_ORG;
          tags[k] = LECTERN_TAG_I_ORG;
        }
      k = e - 1;
    }
}

/* "the Peace Commission | of the | Senate", "the Joint Command | of the |
 * Armed Forces": a body of a chamber or of the forces, which the tagger
 * cuts at "of the", is one name; and "the U.S. Embassy | in | Havana", "the
 * UN Verification Mission | in | Colombia" go on to their seat. */
static void
join_bodies_to_chambers (Doc    *doc,
                         guint   base,
                         guint   len,
                         guint8 *tags)
{
  static const char *const chambers[] = {
    "Senate", "Assembly", "Congress", "Parliament", "Forces", "Army", "Navy",
  };
  static const char *const missions[] = { "Embassy", "Consulate", "Mission" };

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k + 2 < len; k++)
    {
      guint e = k + 1;

      /* "of" or "in" after the end of a body first, its length before
       * its letters. */
      if (!(tags[k] == LECTERN_TAG_O && (tags[k - 1] == LECTERN_TAG_B_ORG || tags[k - 1] == LECTERN_TAG_I_ORG) &&
            tok_len (doc, base + k) == 2 && (tok_is (doc, base + k, "of") || tok_is (doc, base + k, "in"))))
        continue;
      if (tok_is (doc, base + k, "in"))
        {
          if (tags[k + 1] != LECTERN_TAG_B_LOC || !tok_is_any (doc, base + k - 1, missions, G_N_ELEMENTS (missions)))
            continue;
          while (e + 1 < len && tags[e + 1] == LECTERN_TAG_I_LOC)
            e++;
          for (guint j = k; j <= e; j++)
            tags[j] = LECTERN_TAG_I_ORG;
          k = e;
          continue;
        }
      if (!(tok_lex (doc, base + k - 1) & LECTERN_LEX_ORG_HEAD) || !tok_is (doc, base + k + 1, "the") ||
          k + 2 >= len || tags[k + 2] != LECTERN_TAG_B_ORG)
        continue;
      e = k + 3;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      /* The chamber in a word, the forces in two: a named one is a name
       * of its own ("Committee | of the | Scottish Parliament"). */
      if (!tok_is_any (doc, base + e - 1, chambers, G_N_ELEMENTS (chambers)) ||
          e != k + 3 + tok_is (doc, base + e - 1, "Forces"))
        continue;
      for (guint j = k; j < e; j++)
        tags[j] = LECTERN_TAG_I_ORG;
      k = e - 1;
    }
}

/* "the Basel Committee | on | Banking Supervision": a committee, a panel
 * or a board and its remit after "on", which the tagger cut in two
 * because a place starts the name, are one body. The remit is a name of
 * two words or more that ends with no head word of its own. */
static void
join_bodies_over_on (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  static const char *const heads[] = {
    "Committee", "Subcommittee", "Commission", "Council", "Panel", "Board", "Forum", "Force", "Conference",
  };

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k + 2 < len; k++)
    {
      guint e = k + 2;
      gboolean remit = TRUE;

      if (tags[k + 1] != LECTERN_TAG_B_ORG || tags[k] != LECTERN_TAG_O || tok_len (doc, base + k) != 2 ||
          !tok_is (doc, base + k, "on") ||
          (tags[k - 1] != LECTERN_TAG_B_ORG && tags[k - 1] != LECTERN_TAG_I_ORG) ||
          !tok_is_any (doc, base + k - 1, heads, G_N_ELEMENTS (heads)))
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      for (guint j = k + 1; j < e && remit; j++)
        remit = !(tok_lex (doc, base + j) & LECTERN_LEX_KNOWN_ORG);
      if (!remit || e < k + 3 || (tok_lex (doc, base + e - 1) & LECTERN_LEX_ORG_HEAD))
        continue;
      for (guint j = k; j < e; j++)
        tags[j] = LECTERN_TAG_I_ORG;
      k = e - 1;
    }
}

/* "the Mines and Energy Committee", "Hong Kong Customs and Excise
 * Department", "the Chamber of Minerals and Energy of Western Australia":
 * the tagger cuts a name at its "and", leaving the words before it out,
 * in a place or in a name of their own. Joined when the words after "and"
 * end with a head word and those before are no name of their own
 * (capitalized words after a word in lower case or a place, the end of a
 * place's span that is no place; no head word); or when both sides name a thing "of"
 * something and the second starts with no word that heads bodies
 * ("the Ministry of Finance and Ministry of Health" are two). */
static void
join_names_over_and (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  const guint32 not_in_name = LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME_TOP | LECTERN_LEX_GEO |
                              LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_KNOWN_ORG |
                              LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR;

  for (guint k = 1; k + 2 < len; k++)
    {
      guint a = base + k;
      guint r_end = k + 2, l = k - 1;
      gboolean r_of = FALSE, l_of = FALSE, head_last;

      if (tags[k] != LECTERN_TAG_O || tags[k + 1] != LECTERN_TAG_B_ORG || !tok_is (doc, a, "and") ||
          !tok_starts_upper (doc, a - 1) || !(tok_flags (doc, a - 1) & LECTERN_TOKEN_WORD) ||
          tok_is_acronym (doc, a - 1))
        continue;
      while (r_end < len && tags[r_end] == LECTERN_TAG_I_ORG)
        r_end++;
      for (guint i = k + 2; i < r_end; i++)
        r_of |= tok_is (doc, base + i, "of");
      head_last = ((tok_lex (doc, base + r_end - 1) & LECTERN_LEX_ORG_HEAD) || is_extra_head (doc, base + r_end - 1, FALSE)) &&
                  tok_starts_upper (doc, base + r_end - 1);
      /* A listed name on the right is its own body, but for a
       * ministry's portfolio ("… of Energy and | Mineral Resources"). */
      if (known_organization (doc, a + 1, base + r_end) != 0 &&
          !(tag_vote (tags[k - 1]) == VOTE_ORG && !r_of && r_end - k <= 4 && k >= 3 &&
            tok_is (doc, a - 2, "of")))
        continue;
      /* "Asheville City Schools and Buncombe County Schools", "Calder
       * Valley Education Partnership and Brigantia Schools Trust" are two. */
      if (tag_vote (tags[k - 1]) != VOTE_ORG &&
          ((tok_lex (doc, a - 1) & LECTERN_LEX_ORG_HEAD) || is_extra_head (doc, a - 1, FALSE)))
        continue;
      if (tags[k - 1] == LECTERN_TAG_O)
        {
          gboolean ok = head_last;

          while (ok && l > 0 && tags[l - 1] == LECTERN_TAG_O && l + 3 > k && tok_starts_upper (doc, base + l - 1) &&
                 (tok_flags (doc, base + l - 1) & LECTERN_TOKEN_WORD))
            l--;
          for (guint i = l; i < k && ok; i++)
            ok = !(tok_lex (doc, base + i) & not_in_name) && !tok_is_acronym (doc, base + i) &&
                 !is_calendar_word (doc, base + i);
          if (!ok || l == 0)
            continue;
          /* "Kakamega County General Teaching and Referral Hospital". */
          if (tag_vote (tags[l - 1]) == VOTE_LOC)
            while (l > 0 && tags[l] != LECTERN_TAG_B_LOC)
              l--;
          else if (!tok_starts_lower (doc, base + l - 1))
            continue;
        }
      else if (tag_vote (tags[k - 1]) == VOTE_LOC)
        {
          if (!head_last || (tok_lex (doc, a - 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
            continue;
          while (l > 0 && tags[l] != LECTERN_TAG_B_LOC)
            l--;
        }
      else if (tag_vote (tags[k - 1]) == VOTE_ORG)
        {
          gboolean common = head_last && k - l <= 3 && (tok_lex (doc, a + 1) & LECTERN_LEX_LOWER);
          gboolean portfolio;

          while (l > 0 && tags[l] != LECTERN_TAG_B_ORG)
            l--;
          /* "the Mine Health | and | Safety Inspectorate": common words
           * on both sides of "and", a head word last. */
          for (guint i = l; i < k; i++)
            {
              l_of |= tok_is (doc, base + i, "of");
              common = common && (tok_lex (doc, base + i) & LECTERN_LEX_LOWER) &&
                       !(tok_lex (doc, base + i) & (not_in_name | LECTERN_LEX_ORG_HEAD));
            }
          /* "the Ministry of Energy | and | Mineral Resources": a
           * ministry's second portfolio, no body's name. */
          portfolio = l_of && !r_of && !(tok_lex (doc, base + r_end - 1) & LECTERN_LEX_ORG_HEAD) && r_end - k <= 4 &&
                      (tok_is (doc, base + l, "Ministry") || tok_is (doc, base + l, "Department"));
          if ((known_organization (doc, base + l, a) != 0 && !portfolio) ||
              (!common && !portfolio &&
               (!l_of || !r_of || tok_lower (doc, base + l) == tok_lower (doc, a + 1) ||
                (tok_lex (doc, a + 1) & LECTERN_LEX_CAPITALIZED))))
            continue;
        }
      else
        continue;
      tag_organization (tags, len, l, r_end);
      k = r_end;
    }
}

/* "the Ministry of Digital Economy seeking": the tagger may stop a name
 * of "X of Y" one word short. A capitalized word after it, that ends the
 * run and is no title, date, place or acronym, ends the name. */
static void
finish_names_after_of (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  const guint32 not_in_name = LECTERN_LEX_TITLE | LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                              LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_GIVEN_TOP;

  for (guint k = 2; k < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_O || tags[k - 1] != LECTERN_TAG_I_ORG || tags[k - 2] != LECTERN_TAG_I_ORG ||
          !tok_is (doc, a - 2, "of") || !tok_starts_upper (doc, a) || !(tok_flags (doc, a) & LECTERN_TOKEN_WORD) ||
          tok_is_acronym (doc, a) || (tok_lex (doc, a) & not_in_name) || is_calendar_word (doc, a) ||
          is_unlisted_title (doc, a) || is_demonym (doc, a) ||
          (k + 1 < len && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) &&
           (tok_starts_upper (doc, a + 1) || tok_is_possessive (doc, a + 1))))
        continue;
      tags[k] = LECTERN_TAG_I_ORG;
    }
}

/* "deforestation in the Amazon, and", "the Amazon rainforest": the river
 * and its forest, not the company, after "the" and before a clause goes
 * on or a word for the region ("the Amazon founder" is the company). */
static void
mark_amazon_region (Doc    *doc,
                    guint   base,
                    guint   len,
                    guint8 *tags)
{
  static const char *const region[] = {
    "rainforest", "rainforests", "forest", "basin", "river", "region", "jungle", "biome",
  };

  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;

      if (!tok_has_upper (doc, a) || !tok_is (doc, a, "Amazon") ||
          !(tok_is (doc, a - 1, "the") || tok_is (doc, a - 1, "The")) ||
          (k + 1 < len && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) &&
           !(tok_lex (doc, a + 1) & LECTERN_LEX_STOP_EN) && !tok_is_any (doc, a + 1, region, G_N_ELEMENTS (region))))
        continue;
      tags[k] = LECTERN_TAG_B_LOC;
    }
}

/* The tagger stops a union's name before its branch's number, or leaves
 * out an acronym before "Local". */
static void
mark_numbered_branches (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint s = k - 1;

      /* The number's digit first: almost no token passes. */
      if (tags[k + 1] != LECTERN_TAG_O || !g_ascii_isdigit (*tok_str (doc, a + 1)) ||
          (tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_I_ORG) || !is_union_branch (doc, a))
        continue;
      if (tags[s] == LECTERN_TAG_O && !(tok_is_acronym (doc, a - 1) && tags[k] == LECTERN_TAG_O))
        continue;
      if (tags[s] != LECTERN_TAG_O && tags[s] != LECTERN_TAG_B_ORG && tags[s] != LECTERN_TAG_I_ORG)
        continue;
      if (tags[s] == LECTERN_TAG_O)
        tags[s] = LECTERN_TAG_B_ORG;
      tags[k] = LECTERN_TAG_I_ORG;
      tags[k + 1] = LECTERN_TAG_I_ORG;
    }
}

/* "the bill goes to Parliament", "the Treasury said": a country's own
 * parliament, treasury or army is named by one capitalized word, after
 * "the" or a preposition, and before a clause goes on ("Treasury yields"
 * is no body). The tagger takes some of them for people. */
static const char *const lone_institutions[] = {
  "Parliament", "Legislature", "Presidency", "Treasury", "Judiciary", "Army", "Navy",
};

static void
mark_lone_institutions (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  static const char *const before[] = {
    "the", "The", "to", "in", "by", "before", "from", "into", "with", "through", "told", "on",
  };
  static const char *const verbs[] = { "said", "says", "has", "had", "is", "was", "will", "would" };

  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;

      /* The capital first: a bit of a table, and most tokens fail it. */
      if (!tok_has_upper (doc, a) || !tok_is_any (doc, a, lone_institutions, G_N_ELEMENTS (lone_institutions)) ||
          !tok_is_any (doc, a - 1, before, G_N_ELEMENTS (before)) ||
          (tags[k] != LECTERN_TAG_O && (tags[k] & 1) == 0) ||
          (k + 1 < len && tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0))
        continue;
      if (k + 1 < len && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) && !tok_is_possessive (doc, a + 1) &&
          !(tok_lex (doc, a + 1) & LECTERN_LEX_STOP_EN) && !tok_is_any (doc, a + 1, verbs, G_N_ELEMENTS (verbs)))
        continue;
      tags[k] = LECTERN_TAG_B_ORG;
    }
}

/* "Union Home Minister Amit Shah": in India "Union" before a portfolio
 * or "Minister" means federal; alone it is no body. */
static void
unmark_union_ministers (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  static const char *const portfolios[] = {
    "Minister", "Ministers", "Home", "Finance", "Health", "Education", "Cabinet", "Government", "Budget",
    "Territory", "Law", "Defence", "Commerce", "External", "Railway", "Railways", "Minister's",
  };

  for (guint k = 0; k + 1 < len; k++)
    if (tags[k] == LECTERN_TAG_B_ORG && tags[k + 1] != LECTERN_TAG_I_ORG && *tok_str (doc, base + k) == 'U' &&
        tok_is (doc, base + k, "Union") && tok_is_any (doc, base + k + 1, portfolios, G_N_ELEMENTS (portfolios)))
      tags[k] = LECTERN_TAG_O;
}

/* "the Consulate General of India", "the U.S. Consulate General", "the
 * Embassy of France": a country's mission abroad, named by the country
 * before or after it, is an organization. */
static void
mark_missions (Doc    *doc,
               guint   base,
               guint   len,
               guint8 *tags)
{
  for (guint k = 0; k < len; k++)
    {
      guint a = base + k;
      guint s = k, e = k + 1;

      if (tok_len (doc, a) < 7 || (*tok_str (doc, a) != 'C' && *tok_str (doc, a) != 'E') ||
          !(tok_is (doc, a, "Consulate") || tok_is (doc, a, "Embassy")) || tag_vote (tags[k]) == VOTE_ORG)
        continue;
      if (k > 0 && tags[k - 1] != LECTERN_TAG_I_ORG && tags[k - 1] != LECTERN_TAG_I_PER &&
          (is_country_prefix (doc, a - 1) || is_demonym (doc, a - 1) ||
           (tok_starts_upper (doc, a - 1) && (tok_lex (doc, a - 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)))))
        s = k - 1;
      if (e < len && tok_is (doc, base + e, "General"))
        e++;
      if (e + 1 < len && tok_is (doc, base + e, "of"))
        {
          guint p = e + 1;

          if (p + 1 < len && tok_is (doc, base + p, "the"))
            p++;
          if (tags[p] == LECTERN_TAG_B_LOC)
            {
              for (e = p + 1; e < len && tags[e] == LECTERN_TAG_I_LOC; e++)
                ;
            }
          else if (tok_starts_upper (doc, base + p) && (tok_lex (doc, base + p) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)))
            e = p + 1;
        }
      /* Named by no country: "the Consulate General said". */
      if (s == k && (e == k + 1 || tok_is (doc, base + e - 1, "General")))
        continue;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* Words that name a company's unit or arm after its name ("Stanbic IBTC
 * Capital", "Siemens Mobility"), beside is_company_word's. */
static gboolean
is_unit_word (const Doc *doc,
              guint      i)
{
  static const char *const words[] = {
    "Capital", "Holdings", "Group", "Bank", "Partners", "Ventures", "Mobility", "Insurance", "Finance",
    "Financial", "Systems", "Energy", "Labs",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready) || is_company_word (doc, i);
}

/* "Stanbic IBTC Capital and Chapel Hill Denham", "Emirates NBD Capital":
 * the tagger ends a company's name before the word of its unit, or cuts
 * it before an acronym. The word after it, capitalized and alone, and an
 * acronym's span right after a one-word name are the name's. */
static void
extend_organizations_to_units (Doc    *doc,
                               guint   base,
                               guint   len,
                               guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    {
      guint e = k + 1;

      if (tags[k] != LECTERN_TAG_B_ORG)
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_ORG)
        e++;
      /* "Emirates NBD Capital": a word, then an acronym and its unit. */
      if (e == k + 1 && e + 1 < len && tags[e] == LECTERN_TAG_B_ORG && tags[e + 1] == LECTERN_TAG_I_ORG &&
          !tok_is_acronym (doc, base + k) && tok_is_acronym (doc, base + e) &&
          (tok_flags (doc, base + e) & LECTERN_TOKEN_SPACE_BEFORE) &&
          (tok_flags (doc, base + k) & LECTERN_TOKEN_WORD) && !(tok_lex (doc, base + k) & LECTERN_LEX_GEO))
        {
          tags[e] = LECTERN_TAG_I_ORG;
          for (e++; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
            ;
        }
      if (e < len && tags[e] == LECTERN_TAG_O && tok_starts_upper (doc, base + e) && is_unit_word (doc, base + e) &&
          !(e + 1 < len && tok_starts_upper (doc, base + e + 1) && (tok_flags (doc, base + e + 1) & LECTERN_TOKEN_WORD)))
        tags[e++] = LECTERN_TAG_I_ORG;
      k = e - 1;
    }
}

/* Tokens [a, b), two or three capitalized words, could be a photographer's
 * name: no acronym, body's word or place that is no first name among
 * them, nor a common noun last ("Gallo Images", "The Canadian Press",
 * "Tel Aviv" are not; "Sydney Mokwena" is). */
static gboolean
could_be_credited_name (Doc  *doc,
                        guint a,
                        guint b)
{
  const guint32 other = LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_STOP_EN |
                        LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE;
  const guint32 places = LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE;
  guint32 last;

  if (b < a + 2 || b > a + 3)
    return FALSE;
  for (guint i = a; i < b; i++)
    {
      guint32 lex = tok_lex (doc, i);

      if (tok_is_acronym (doc, i) || (lex & other) || ((lex & places) && !(lex & LECTERN_LEX_GIVEN)) ||
          is_company_word (doc, i))
        return FALSE;
    }
  last = tok_lex (doc, b - 1);

  return (last & (LECTERN_LEX_LOWER | LECTERN_LEX_CAPITALIZED | LECTERN_LEX_SURNAME)) != LECTERN_LEX_LOWER;
}

/* "KT/Tep Rithy", "(Sizwe Ndlovu/Gallo Images)", "Credit: Mere
 * Tuhiwai/LDR": a photo's credit at the end of a line, an agency and a
 * photographer glued by a slash. The tagger, which saw few of them,
 * leaves the photographer out or reads an organization. The side that
 * could be a person's name, and only one, is a person. */
static void
mark_slash_credits (Doc    *doc,
                    guint   base,
                    guint   len,
                    guint8 *tags)
{
  for (guint j = 1; j + 1 < len; j++)
    {
      guint a = base + j;
      guint l = j, r = j + 1, end;
      gboolean left, right;

      if (*tok_str (doc, a) != '/' || tok_len (doc, a) != 1 || (tok_flags (doc, a) & LECTERN_TOKEN_SPACE_BEFORE) ||
          (tok_flags (doc, a + 1) & LECTERN_TOKEN_SPACE_BEFORE))
        continue;
      while (l > 0 && j - l < 3 && (tok_flags (doc, base + l - 1) & LECTERN_TOKEN_WORD) &&
             tok_starts_upper (doc, base + l - 1))
        l--;
      while (r < len && r - (j + 1) < 3 && (tok_flags (doc, base + r) & LECTERN_TOKEN_WORD) &&
             tok_starts_upper (doc, base + r))
        r++;
      /* At the line's end, after a bracket or a full stop at most. */
      end = base + r;
      if (end < doc->n_tokens && !(tok_flags (doc, end) & LECTERN_TOKEN_LINE_START) &&
          (tok_is (doc, end, ")") || tok_is (doc, end, ".")))
        end++;
      if (end < doc->n_tokens && !(tok_flags (doc, end) & LECTERN_TOKEN_LINE_START))
        continue;
      left = could_be_credited_name (doc, base + l, a);
      right = could_be_credited_name (doc, a + 1, base + r);
      if (left && right)
        {
          left = tok_is_first_name (doc, base + l);
          right = tok_is_first_name (doc, a + 1);
        }
      if (left == right)
        continue;
      tags[j] = LECTERN_TAG_O;
      if (left)
        {
          tags[l] = LECTERN_TAG_B_PER;
          tag_person_name (tags, l, j);
          if (tags[j + 1] != LECTERN_TAG_O && (tags[j + 1] & 1) == 0)
            tags[j + 1]--;
        }
      else
        {
          tags[j + 1] = LECTERN_TAG_B_PER;
          tag_person_name (tags, j + 1, r);
          if (r < len && tags[r] != LECTERN_TAG_O && (tags[r] & 1) == 0)
            tags[r]--;
        }
      j = r;
    }
}

/* Whether token i is a verb or a noun of buying a firm ("bought",
 * "a racheté", "the takeover of"), that the firm's name follows. */
static gboolean
is_buying_word (const Doc *doc,
                guint      i)
{
  static const char *const words[] = {
    "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "racheter", "rachète",
    "racheté", "rachetant", "absorbé", "absorber",
  };
  static const char *const nouns[] = { "takeover", "acquisition", "purchase", "rachat" };

  /* "the takeover of", "le rachat de": the noun and its "of". */
  if (tok_len (doc, i) == 2)
    return i > 0 && (tok_is (doc, i, "of") || tok_is (doc, i, "de") || tok_is (doc, i, "du")) &&
           tok_is_any (doc, i - 1, nouns, G_N_ELEMENTS (nouns));

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "Campari Group, qui a racheté Courvoisier", "agreed to buy Heliograph
 * Security for $9.6 billion", "bought Eastbridge out of administration":
 * one to three capitalized words the tagger left out or read as a
 * person's or a place's, after a word of buying, name the firm bought;
 * not a place, a nationality, a day, nor a person of a first name ("the
 * Canadiens acquired Oskar Lindqvist"). */
static void
mark_bought_firms (Doc    *doc,
                   guint   base,
                   guint   len,
                   guint8 *tags)
{
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k, e = k + 1, s = k + 1;

      /* The words' first letters first: most tokens fail them. */
      if (!letter_in (LETTER ('b') | LETTER ('a') | LETTER ('o') | LETTER ('r') | LETTER ('d'), *tok_str (doc, a)) ||
          tok_len (doc, a) < 2 || !tok_starts_upper (doc, a + 1) ||
          !(tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) || tok_is_article (doc, a + 1) || !is_buying_word (doc, a))
        continue;
      if (tags[s] != LECTERN_TAG_O && tags[s] != LECTERN_TAG_B_PER && tags[s] != LECTERN_TAG_B_LOC)
        continue;
      while (e < len && e < s + 3 && tok_starts_upper (doc, base + e) &&
             (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
             (e == s || tags[e] == LECTERN_TAG_O || tags[e] == tags[s] + 1))
        e++;
      /* The whole name: no capitalized word nor span of the tagger goes
       * on after it. */
      if (e < len && ((tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD)) ||
                      (tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0) ||
                      /* "buying Grand Tour winners": a noun's modifier. */
                      (tok_starts_lower (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
                       !(tok_lex (doc, base + e) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)))))
        continue;
      if ((name_flags (doc, base + s, base + e) | tok_lex (doc, base + s)) &
              (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR |
               LECTERN_LEX_TITLE) ||
          (tok_lex (doc, base + s) & LECTERN_LEX_GIVEN_TOP) || (e > s + 1 && tok_is_first_name (doc, base + s)) ||
          is_demonym (doc, base + s) || is_calendar_word (doc, base + s))
        continue;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* "the City and County of Swansea Council", "the City and County of
 * Denver": a city and county's government is one body, which the tagger
 * splits at its "and". */
static void
mark_city_and_county (Doc    *doc,
                      guint   base,
                      guint   len,
                      guint8 *tags)
{
  for (guint k = 0; k + 4 < len; k++)
    {
      guint a = base + k, e = k + 4;

      if (*tok_str (doc, a) != 'C' || !tok_is (doc, a, "City") || !tok_is (doc, a + 1, "and") ||
          !tok_is (doc, a + 2, "County") || !tok_is (doc, a + 3, "of") || !tok_starts_upper (doc, a + 4))
        continue;
      /* The place, then the rest of the tagger's span ("Swansea
       * Council"). */
      while (e < len && e < k + 8 && tok_starts_upper (doc, base + e) &&
             (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD))
        e++;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* "Kerry TD Brendan Culloty", "Glasgow Labour MSP Pauline Dorrian":
 * a person's span that runs over a constituency or a party, a member's
 * letters and a name of two words or more is the name alone; the
 * letters end a name only where no name follows them. A constituency
 * and the letters after an article are no one ("a Kerry TD"). */
static void
strip_members_letters (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  for (guint k = 0; k < len; k++)
    {
      guint e = k + 1, j;

      if (tags[k] != LECTERN_TAG_B_PER)
        continue;
      while (e < len && tags[e] == LECTERN_TAG_I_PER)
        e++;
      for (j = k + 1; j + 2 < e; j++)
        if (tok_len (doc, base + j) <= 3 && is_post_nominal (doc, base + j) && tok_starts_upper (doc, base + j + 1) &&
            tok_starts_upper (doc, base + j + 2) && !is_post_nominal (doc, base + j + 1))
          break;
      if (j + 2 < e)
        {
          for (guint q = k; q <= j; q++)
            tags[q] = LECTERN_TAG_O;
          tags[j + 1] = LECTERN_TAG_B_PER;
        }
      /* "A Kerry TD has called": a constituency's member, no name. */
      else if (e == k + 2 && k > 0 && is_post_nominal (doc, base + k + 1) &&
               (tok_is (doc, base + k - 1, "a") || tok_is (doc, base + k - 1, "A") ||
                tok_is (doc, base + k - 1, "the") ||
                tok_is (doc, base + k - 1, "The") || tok_is (doc, base + k - 1, "another")))
        tags[k] = tags[k + 1] = LECTERN_TAG_O;
      k = e - 1;
    }
}

/* "Derry GAA", "Munster GAA", "St Kieran's GAC", "Cumann Chiaráin
 * Naofa": a county's, a province's or a club's Gaelic games body, named
 * by its place or saint and the association's letters, or by "Cumann"
 * (Irish for a club) and its name. The tagger reads them as people. */
static void
mark_gaelic_bodies (Doc    *doc,
                    guint   base,
                    guint   len,
                    guint8 *tags)
{
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k, s = k;

      /* "Cumann" or the letters, by their first byte first. */
      if (*tok_str (doc, a) != 'C' && *tok_str (doc, a) != 'G')
        continue;
      if (tok_len (doc, a) == 6 && tok_is (doc, a, "Cumann") && k + 1 < len && tok_starts_upper (doc, a + 1))
        {
          guint e = k + 1;

          while (e < len && e < k + 4 && tok_starts_upper (doc, base + e) &&
                 (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD))
            e++;
          tag_organization (tags, len, k, e);
          k = e - 1;
          continue;
        }
      if (tok_len (doc, a) != 3 || !(tok_is (doc, a, "GAA") || tok_is (doc, a, "GAC") || tok_is (doc, a, "CLG")) ||
          (k + 1 < len && tok_starts_upper (doc, a + 1) && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD)))
        continue;
      /* Back over the name: capitalized words, a saint's possessive. */
      while (s > 0 && k - s < 4 &&
             ((tok_starts_upper (doc, base + s - 1) && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) &&
               !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)) &&
               !is_calendar_word (doc, base + s - 1) &&
               /* "Former GAA president": a common word opening the sentence. */
               !((tok_flags (doc, base + s - 1) & LECTERN_TOKEN_SENTENCE_START) &&
                 (tok_lex (doc, base + s - 1) & LECTERN_LEX_LOWER))) ||
              (tok_is_possessive (doc, base + s - 1) && s > 1 && tok_starts_upper (doc, base + s - 2))))
        s--;
      /* "the GAA": the association itself, a list's. */
      if (s == k)
        continue;
      tag_organization (tags, len, s, k + 1);
    }
}

/* "Corgarff Primary", "Alford Primary School", "St Joseph's Primary":
 * a school named by its place or saint and "Primary", which the tagger
 * leaves out; not a party's contest ("the Democratic Primary"). */
static void
mark_primary_schools (Doc    *doc,
                      guint   base,
                      guint   len,
                      guint8 *tags)
{
  static const char *const contests[] = {
    "Democratic", "Republican", "Labour", "Conservative", "Presidential", "Senate", "Gubernatorial", "Open",
    "Closed", "Mayoral", "Party",
  };

  if (doc->lang != LANG_EN)
    return;
  for (guint k = 1; k < len; k++)
    {
      guint a = base + k, s = k, e = k + 1, words = 0;

      if (*tok_str (doc, a) != 'P' || !tok_is (doc, a, "Primary") ||
          (tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_I_LOC && tags[k] != LECTERN_TAG_I_PER))
        continue;
      /* Back over one or two capitalized words, and a saint's
       * possessive ("St Joseph's Primary"). */
      while (s > 0 && k - s < 3 &&
             ((words < 2 && tok_starts_upper (doc, base + s - 1) && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) &&
               !(tok_lex (doc, base + s - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)) && ++words) ||
              (s > 1 && tok_is_possessive (doc, base + s - 1) && tok_starts_upper (doc, base + s - 2))))
        s--;
      if (s == k || tok_is_possessive (doc, base + s) ||
          (s > 0 && tok_starts_upper (doc, base + s - 1) && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD)) ||
          tok_is_any (doc, base + s, contests, G_N_ELEMENTS (contests)) ||
          (tags[s] != LECTERN_TAG_O && (tags[s] & 1) == 0))
        continue;
      if (e < len && tok_is (doc, base + e, "School"))
        e++;
      if (e < len && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD))
        continue;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* Whether token i is a nation whose public bodies and trade bodies are
 * named with a common word before it ("Water UK", "Police Scotland",
 * "Investissement Québec"). */
static gboolean
is_body_nation (const Doc *doc,
                guint      i)
{
  static const char *const nations[] = {
    "UK", "Scotland", "Wales", "England", "Cymru", "Ireland", "Canada", "Australia", "Québec", "France",
  };

  return tok_is_any (doc, i, nations, G_N_ELEMENTS (nations));
}

/* "Water UK", "Creative Scotland", "Cancer Research UK", "Statistics
 * Canada", "Investissement Québec": common words in capitals that the
 * tagger left out, then a nation, name a body of that nation; not a part
 * of a nation ("Northern Ireland", "New England", "South Wales"), nor a
 * first name ("Rose England"), nor a sentence's first word ("Across
 * Scotland, …"). */
static void
mark_nation_bodies (Doc    *doc,
                    guint   base,
                    guint   len,
                    guint8 *tags)
{
  static const char *const parts[] = {
    "New", "Old", "Greater", "Northern", "Southern", "Eastern", "Western", "North", "South", "East", "West",
    "Central", "Rural", "Middle", "Little", "Great", "Mainland", "Metropolitan", "Outer", "Inner", "Upper",
    "Lower", "Deep", "Modern", "Global", "Free", "United", "Whole", "Atlantic", "Coastal", "Nouvelle", "Mid",
    "Northeast", "Northwest", "Southeast", "Southwest", "Regional", "Outback", "Anglo", "Metro", "Victorian",
    "Edwardian", "Elizabethan", "Georgian", "Tudor", "Medieval", "Roman", "Norman", "Post-war", "Postwar",
  };

  for (guint k = 1; k < len; k++)
    {
      guint a = base + k, s = k;

      /* The nation first, by its first letter: most tokens fail that. */
      if (!capital_in (CAPITAL ('U') | CAPITAL ('W') | CAPITAL ('S') | CAPITAL ('E') | CAPITAL ('C') | CAPITAL ('I') |
                           CAPITAL ('Q') | CAPITAL ('F'),
                       *tok_str (doc, a)) ||
          !is_body_nation (doc, a) ||
          !(tags[k] == LECTERN_TAG_O || tags[k] == LECTERN_TAG_B_LOC) ||
          (k + 1 < len && ((tok_starts_upper (doc, a + 1) && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD)) ||
                           (tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0))))
        continue;
      while (s > 0 && k - s < 3 && tags[s - 1] == LECTERN_TAG_O && tok_starts_upper (doc, a - (k - s) - 1) &&
             (tok_flags (doc, a - (k - s) - 1) & LECTERN_TOKEN_WORD) && !tok_is_acronym (doc, a - (k - s) - 1) &&
             !(tok_lex (doc, a - (k - s) - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_GIVEN |
                                                 LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_TITLE | LECTERN_LEX_GEO |
                                                 LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) &&
             !is_calendar_word (doc, a - (k - s) - 1) &&
             !tok_is_any (doc, a - (k - s) - 1, parts, G_N_ELEMENTS (parts)))
        s--;
      if (s == k || (tok_flags (doc, base + s) & LECTERN_TOKEN_SENTENCE_START) ||
          (s > 0 && ((tok_starts_upper (doc, base + s - 1) && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD)) ||
                     tags[s - 1] != LECTERN_TAG_O)))
        continue;
      tag_organization (tags, len, s, k + 1);
    }
}

/* "Save the Children Philippines said", "UNICEF Malawi, which": a
 * listed body and a country right after it, before a verb or a comma, is
 * the body's branch in that country, one organization; so is a listed
 * body and its region ("Crédit agricole Charente-Périgord"). */
static void
mark_country_branches (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  static const char *const after[] = {
    ",", ".", "said", "says", "has", "had", "is", "was", "will", "would", "called", "urged", "warned", "added",
    "and",
  };
  static const char *const after_fr[] = { ",", ".", "a", "avait", "est", "sera", "va", "qui" };

  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint s = k;
      guint link = 0;

      /* "le Crédit agricole | Charente-Périgord": a listed body and its
       * region, one word with a hyphen the tagger read as a body of its
       * own. */
      if (tags[k] == LECTERN_TAG_B_ORG && tags[k + 1] != LECTERN_TAG_I_ORG &&
          (tags[k - 1] == LECTERN_TAG_B_ORG || tags[k - 1] == LECTERN_TAG_I_ORG) &&
          memchr (tok_str (doc, a), '-', tok_len (doc, a)) != NULL && !tok_is_acronym (doc, a) &&
          known_organization (doc, a, a + 1) == 0)
        {
          while (s > 0 && tags[s - 1] == LECTERN_TAG_I_ORG)
            s--;
          if (s > 0 && known_organization (doc, base + s - 1, a) != 0)
            tags[k] = LECTERN_TAG_I_ORG;
          continue;
        }
      /* "la Caisse d'épargne | Rhône Alpes", "la Caisse d'épargne Hauts
       * de France": in French, a listed body whose name ends in lower
       * case, then capitalized words right after it (with "de" or "et"
       * between two), are its regional branch. */
      if (doc->lang == LANG_FR && tags[k - 1] == LECTERN_TAG_I_ORG && tok_starts_lower (doc, a - 1) &&
          tok_starts_upper (doc, a) && (tok_flags (doc, a) & LECTERN_TOKEN_WORD) && tags[k] != LECTERN_TAG_I_ORG &&
          tags[k] != LECTERN_TAG_B_PER && !tok_is_acronym (doc, a) && !tok_is_article (doc, a))
        {
          guint e = k + 1;

          while (e < len && e < k + 4)
            if (tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD))
              e++;
            else if (e + 1 < len && (tok_is (doc, base + e, "de") || tok_is (doc, base + e, "et")) &&
                     tok_starts_upper (doc, base + e + 1))
              e += 2;
            else
              break;
          while (s > 0 && tags[s - 1] == LECTERN_TAG_I_ORG)
            s--;
          if (s > 0 && tags[s - 1] == LECTERN_TAG_B_ORG && known_organization (doc, base + s - 1, a) != 0 &&
              (e == len || !(tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) || tok_starts_lower (doc, base + e)))
            {
              for (guint j = k; j < e; j++)
                tags[j] = LECTERN_TAG_I_ORG;
              if (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0)
                tags[e]--;
              k = e - 1;
              continue;
            }
          s = k;
        }
      /* The tagger may leave a French region after "de" out ("de
       * Vendée"). */
      if (tags[k] != LECTERN_TAG_B_LOC &&
          !(tags[k] == LECTERN_TAG_O && doc->lang == LANG_FR && tok_starts_upper (doc, a) &&
            (tags[k - 1] == LECTERN_TAG_O || tags[k - 1] == LECTERN_TAG_I_ORG) &&
            (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) == (LECTERN_LEX_GEO | LECTERN_LEX_REGION)))
        continue;
      /* "HSBC Saudi Arabia and": a country of two words too. */
      if (k + 1 < len && tags[k + 1] == LECTERN_TAG_I_LOC)
        {
          if (k + 2 >= len || tags[k + 2] == LECTERN_TAG_I_LOC || doc->lang != LANG_EN ||
              !(name_flags (doc, a, a + 2) & LECTERN_LEX_GEO) || !tok_is_any (doc, a + 2, after, G_N_ELEMENTS (after)) ||
              tags[k - 1] != LECTERN_TAG_B_ORG || known_organization (doc, a - 1, a) == 0)
            continue;
          tags[k] = tags[k + 1] = LECTERN_TAG_I_ORG;
          continue;
        }
      if ((tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) != (LECTERN_LEX_GEO | LECTERN_LEX_REGION))
        continue;
      /* "l'UFC-Que Choisir de l'Orne réclame", "les Jeunes Agriculteurs
       * de Vendée": in French, a listed body's branch in a region after
       * "de la", "de l'", "du" or "de", before a word in lower case or a
       * stop. */
      if (doc->lang == LANG_FR && k >= 3 && (tok_is (doc, a - 1, "du") || tok_is (doc, a - 1, "de")))
        link = 1;
      else if (doc->lang == LANG_FR && k >= 4 && tok_is (doc, a - 2, "de") &&
               (tok_is (doc, a - 1, "la") || tok_is (doc, a - 1, "l'") || tok_is (doc, a - 1, "l\xe2\x80\x99")))
        link = 2;
      if (link > 0 ? (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) && !tok_starts_lower (doc, a + 1)
                   : !(doc->lang == LANG_FR ? tok_is_any (doc, a + 1, after_fr, G_N_ELEMENTS (after_fr))
                                            : tok_is_any (doc, a + 1, after, G_N_ELEMENTS (after))))
        continue;
      if (tags[k - 1 - link] != LECTERN_TAG_B_ORG && tags[k - 1 - link] != LECTERN_TAG_I_ORG)
        continue;
      s = k - link;
      while (s > 0 && tags[s - 1] == LECTERN_TAG_I_ORG)
        s--;
      if (s == 0 || tags[s - 1] != LECTERN_TAG_B_ORG)
        continue;
      s--;
      /* An acronym's branches are mark_french_acronym_branches()'s ("l'union
       * départementale CGT du Doubs"). */
      if (known_organization (doc, base + s, a - link) == 0 || (link > 0 && tok_is_acronym (doc, base + s)))
        continue;
      for (guint j = k - link; j <= k; j++)
        tags[j] = LECTERN_TAG_I_ORG;
    }
}

/* "le député Renaissance Olivier Beaumont", "la sénatrice Horizons": a
 * member's word, then a party the list knows as "parti …" ("parti
 * Renaissance"), whose name alone is a common word. Returns the end of
 * the party's name from k (relative to base), or 0. */
static guint
party_after_member_end (Doc          *doc,
                        guint         base,
                        guint         len,
                        const guint8 *tags,
                        guint         k)
{
  static const char *const members[] = {
    "député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée", "élu", "élue", "candidat",
    "candidate", "militant", "militante", "groupe",
  };
  guint a = base + k;
  guint e;

  /* After a word in lower case; not inside a span, nor a body already. */
  if (k == 0 || !tok_starts_lower (doc, a - 1) || tags[k] == LECTERN_TAG_B_ORG ||
      (tags[k] != LECTERN_TAG_O && (tags[k] & 1) == 0) || !tok_is_any (doc, a - 1, members, G_N_ELEMENTS (members)))
    return 0;
  for (e = k + 2; e > k; e--)
    if (e <= len && known_organization_after (doc, "parti ", a, base + e) != 0)
      return e;

  return 0;
}

/* "la CCI du Tarn", "CCI Littoral Hauts-de-France", "CCI
 * Amiens-Picardie": a chamber of commerce is named by its territory, after
 * its letters, which no list has alone. Returns the end of its name from
 * k (relative to base), or 0. */
static guint
chamber_of_commerce_end (Doc          *doc,
                         guint         base,
                         guint         len,
                         const guint8 *tags,
                         guint         k)
{
  guint a = base + k;
  guint p = k + 1, e;

  if (k + 1 >= len || tok_len (doc, a) != 3 || !tok_is (doc, a, "CCI") ||
      (tags[k] != LECTERN_TAG_O && (tags[k] & 1) == 0))
    return 0;
  if (is_de_link (doc, base + p))
    {
      p++;
      if (tok_is (doc, base + p - 1, "de") && p + 1 < len && tok_is_article (doc, base + p))
        p++;
    }
  for (e = p; e < len && e < p + 5 && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) &&
              tok_starts_upper (doc, base + e) && !tok_is_acronym (doc, base + e);
       e++)
    ;

  return e > p ? e : 0;
}

/* "France Victimes 59", "Eau Bien Commun 60,", "le Crédit Agricole
 * Toulouse 31.": a French association or branch ends with its
 * département's number, before a stop, a comma or "et". */
static gboolean
ends_with_departement (Doc          *doc,
                       guint         base,
                       guint         len,
                       const guint8 *tags,
                       guint         k)
{
  /* "(" opens its letters: "la Coordination rurale 47 (CR 47)". */
  static const char *const after[] = { ",", ".", ";", ":", "(", ")", "»", "et", "ou", "qui" };
  guint a = base + k;
  guint s0 = k - 1;

  if (k == 0 || k + 1 >= len || tags[k] != LECTERN_TAG_O ||
      (tags[k - 1] != LECTERN_TAG_B_ORG && tags[k - 1] != LECTERN_TAG_I_ORG) ||
      (tok_flags (doc, a) & LECTERN_TOKEN_SPACE_BEFORE) == 0 || !is_departement_number (doc, a) ||
      !tok_is_any (doc, a + 1, after, G_N_ELEMENTS (after)))
    return FALSE;
  while (s0 > 0 && tags[s0] == LECTERN_TAG_I_ORG)
    s0--;

  /* A name of two words, or an acronym ("FNE 13"). */
  return k - s0 >= 2 || tok_is_acronym (doc, base + s0);
}

/* "le procureur de la République de Tours", "la République tchèque":
 * the Republic of a prosecutor's title, and of a country's name with its
 * adjective, names no body. */
static gboolean
is_republic_of_office_or_country (const Doc    *doc,
                                  guint         base,
                                  guint         len,
                                  const guint8 *tags,
                                  guint         k)
{
  static const char *const offices[] = {
    "procureur", "procureure", "procureurs", "procureures", "substitut", "substitute",
  };
  guint a = base + k;

  if (!tok_is (doc, a, "République"))
    return FALSE;
  if (a >= 3 && tok_is (doc, a - 1, "la") && tok_is (doc, a - 2, "de") &&
      tok_is_any (doc, a - 3, offices, G_N_ELEMENTS (offices)))
    return TRUE;

  /* An adjective after it, not a party's "en marche". */
  return k + 1 < len && tags[k + 1] == LECTERN_TAG_O && tok_starts_lower (doc, a + 1) &&
         (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD) && tok_len (doc, a + 1) >= 4 &&
         !(tok_lex (doc, a + 1) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN));
}

/* "l'Union musicale d'Hergnies", "la Fédération départementale de pêche
 * de l'Ardèche", "la Société hippique de Vire": a local society goes by a
 * head word, its adjective (and its pursuit), then its seat, which the
 * tagger leaves out or reads as a body or a person of its own. Returns
 * the end of the name from k (relative to base), or 0. */
static guint
local_society_end (const Doc    *doc,
                   guint         base,
                   guint         len,
                   const guint8 *tags,
                   guint         k)
{
  static const char *const heads[] = { "Amicale", "Harmonie", "Chorale" };
  guint a = base + k;
  guint q = k + 1, p;

  /* "Service spécial de l'Ouest-Éclair" is a newspaper's service. */
  if ((tags[k] != LECTERN_TAG_B_ORG && tags[k] != LECTERN_TAG_O) || tok_is_acronym (doc, a) ||
      !((tok_lex (doc, a) & LECTERN_LEX_ORG_HEAD) || tok_is_any (doc, a, heads, G_N_ELEMENTS (heads))) ||
      tok_is (doc, a, "Service"))
    return 0;
  while (q < len && q < k + 3 && (tags[q] == LECTERN_TAG_O || tags[q] == LECTERN_TAG_I_ORG) &&
         is_french_adjective (doc, base + q))
    q++;
  if (q == k + 1)
    return 0;
  /* Its pursuit: "de pêche", "de chasse". */
  if (q + 2 < len && tags[q] == LECTERN_TAG_O && tags[q + 1] == LECTERN_TAG_O && tok_is (doc, base + q, "de") &&
      tok_starts_lower (doc, base + q + 1) && tok_len (doc, base + q + 1) >= 4 &&
      (tok_flags (doc, base + q + 1) & LECTERN_TOKEN_WORD) &&
      !(tok_lex (doc, base + q + 1) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
    q += 2;
  if (q + 1 >= len || tags[q] != LECTERN_TAG_O)
    return 0;
  if (tok_is_elision_de (doc, base + q) || tok_is (doc, base + q, "du"))
    p = q + 1;
  else if (tok_is (doc, base + q, "de") && q + 2 < len &&
           (tok_is (doc, base + q + 1, "la") || tok_is (doc, base + q + 1, "l'") ||
            tok_is (doc, base + q + 1, "l\xe2\x80\x99")))
    p = q + 2;
  else if (tok_is (doc, base + q, "de"))
    p = q + 1;
  else
    return 0;
  if (!tok_starts_upper (doc, base + p) || tok_is_acronym (doc, base + p) ||
      !(tok_flags (doc, base + p) & LECTERN_TOKEN_WORD))
    return 0;
  /* The seat as the tagger read it, a place in one word or more. */
  if (tags[p] == LECTERN_TAG_B_LOC)
    {
      for (p++; p < len && tags[p] == LECTERN_TAG_I_LOC; p++)
        ;
      return p;
    }
  /* Or one word alone, that goes on no span. */
  if ((tags[p] != LECTERN_TAG_O && tags[p] != LECTERN_TAG_B_ORG && tags[p] != LECTERN_TAG_B_PER) ||
      (p + 1 < len && (tok_starts_upper (doc, base + p + 1) || (tags[p + 1] != LECTERN_TAG_O && (tags[p + 1] & 1) == 0))))
    return 0;

  return p + 1;
}

/* The trades, in the plural, that French firms are named by. */
static gboolean
is_french_trade_word (const Doc *doc,
                      guint      i)
{
  static const char *const trades[] = {
    "Menuiseries", "Transports", "Établissements", "Etablissements", "Ets", "Laboratoires", "Pépinières",
    "Boulangeries", "Charpentes", "Salaisons", "Volailles", "Conserveries", "Biscuiteries", "Brasseries",
    "Fonderies", "Forges", "Tanneries", "Papeteries", "Ateliers", "Chantiers", "Caves", "Vignobles",
    "Meubles", "Chaussures", "Cartonneries", "Filatures", "Tissages", "Verreries", "Laiteries", "Fromageries",
    "Abattoirs", "Carrières", "Scieries", "Imprimeries", "Moulins", "Serres", "Garages", "Ambulances", "Taxis",
  };
  static guint64 hashes[G_N_ELEMENTS (trades)];
  static gsize ready = 0;

  return tok_in_list (doc, i, trades, G_N_ELEMENTS (trades), hashes, &ready);
}

/* "les Menuiseries Carrasco", "Salaisons de l'Élorn", "les Transports
 * Vallon": a French firm goes by its trade, a capitalized plural first,
 * then its founder's name or its country; the tagger reads the name as a
 * person's or a place's and leaves the trade out. Returns the end of the
 * name from k (relative to base), or 0. */
static guint
french_trade_firm_end (const Doc    *doc,
                       guint         base,
                       guint         len,
                       const guint8 *tags,
                       guint         k)
{
  guint a = base + k;
  guint e = k + 1;

  if (k + 1 >= len || (tags[k] != LECTERN_TAG_O && tags[k] != LECTERN_TAG_B_ORG) ||
      (tags[k] == LECTERN_TAG_B_ORG && tags[k + 1] == LECTERN_TAG_I_ORG) ||
      !is_french_trade_word (doc, a))
    return 0;
  /* Its country: "de l'Élorn", "du Léon", "de Bretagne". */
  if (tok_is (doc, a + 1, "de") || tok_is (doc, a + 1, "du") || tok_is_elision_de (doc, a + 1))
    {
      e = k + 2;
      if (e + 1 < len && tok_is (doc, a + 1, "de") &&
          (tok_is (doc, base + e, "la") || tok_is (doc, base + e, "l'") || tok_is (doc, base + e, "l\xe2\x80\x99")))
        e++;
    }
  if (e >= len || !tok_starts_upper (doc, base + e) ||
      !(tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) || is_calendar_word (doc, base + e) ||
      (tok_lex (doc, base + e) & LECTERN_LEX_TITLE))
    return 0;
  /* A surname's article: "les Établissements Le Goff". */
  if (tok_is_article (doc, base + e) &&
      (e != k + 1 || tok_is_elision (doc, base + e) || e + 1 >= len || !tok_starts_upper (doc, base + e + 1)))
    return 0;
  /* The name: up to three capitalized words, on no other span. */
  for (guint start = e; e < len && e < start + 3 && tok_starts_upper (doc, base + e) &&
                        (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !is_calendar_word (doc, base + e) &&
                        (e == start || tags[e] == LECTERN_TAG_O || (tags[e] & 1) == 0);
       e++)
    ;
  if (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0)
    return 0;

  return e;
}

/* "les éditions du Sillon", "aux éditions de la Dérive", "les éditions
 * de Minuit": a French publisher is named after "éditions" in lower case
 * and "de"; the tagger reads the name as a person's or a place's and
 * leaves the word out. Returns the end of the name from k (relative to
 * base), or 0. Not a listed place: "aux éditions de Lyon" names no
 * publisher. */
static guint
french_publisher_end (Doc          *doc,
                      guint         base,
                      guint         len,
                      const guint8 *tags,
                      guint         k)
{
  guint a = base + k;
  guint e, start;

  if (k + 2 >= len || tok_len (doc, a) != strlen ("éditions") || !tok_is (doc, a, "éditions") ||
      tags[k] != LECTERN_TAG_O || (e = after_french_de (doc, a + 1, base + len)) == 0)
    return 0;
  e -= base;
  if (e >= len || tags[e - 1] != LECTERN_TAG_O)
    return 0;
  /* Up to three capitalized words, one span of the tagger's or none. */
  for (start = e; e < len && e < start + 3 && tok_starts_upper (doc, base + e) &&
                  (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && !is_calendar_word (doc, base + e) &&
                  (e == start || tags[e] == LECTERN_TAG_O || (tags[e] & 1) == 0);
       e++)
    ;
  if (e == start || (e < len && tags[e] != LECTERN_TAG_O && (tags[e] & 1) == 0) ||
      (e < len && tok_starts_upper (doc, base + e) && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD)) ||
      (name_flags (doc, base + start, base + e) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) ||
      (tok_lex (doc, base + start) & (LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR)))
    return 0;

  return e;
}

/* "Brocéliande Sud Communauté", "Douarnenez Communauté", "Rennes
 * Métropole": a French grouping of communes named by its country, then
 * "Communauté", "Métropole" or "Agglo", which ends the name (not "la
 * Communauté de communes du …", named the other way). Returns the end of
 * the name from k (relative to base), or 0. */
static guint
intercommunality_end (const Doc    *doc,
                      guint         base,
                      guint         len,
                      const guint8 *tags,
                      guint         k)
{
  static const char *const heads[] = { "Communauté", "Métropole", "Agglo", "Agglomération" };
  /* "de", "du" and "des" first: after the head, they start the other
   * order's name. */
  static const char *const links[] = { "de", "du", "des", "et", "en", "sur", "d'", "d\xe2\x80\x99" };

  /* Not inside a longer body ("la chambre de commerce et d'industrie
   * Rouen Métropole"), nor after "Côté" ("Côté Métropole, on dénonce"). */
  if (tok_is_article (doc, base + k) || (tok_lex (doc, base + k) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE)) ||
      tok_is_any (doc, base + k, heads, G_N_ELEMENTS (heads)) || (k > 0 && tags[k - 1] != LECTERN_TAG_O) ||
      tok_is (doc, base + k, "Côté") ||
      (k > 0 && tok_starts_upper (doc, base + k - 1) && (tok_flags (doc, base + k - 1) & LECTERN_TOKEN_WORD)))
    return 0;
  for (guint e = k + 1; e < len && e < k + 5; e++)
    {
      guint a = base + e;

      if (tok_is_any (doc, a, heads, G_N_ELEMENTS (heads)))
        {
          /* The head ends the name, in no tagger's person. */
          if ((e + 1 < len && (tok_is_any (doc, a + 1, links, 3) || tok_is_elision_de (doc, a + 1) ||
                               (tok_starts_upper (doc, a + 1) && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD)))) ||
              tags[k] == LECTERN_TAG_I_PER || tags[k] == LECTERN_TAG_B_PER)
            return 0;
          return e + 1;
        }
      if (tok_starts_upper (doc, a) && (tok_flags (doc, a) & LECTERN_TOKEN_WORD) && !tok_is_article (doc, a))
        continue;
      /* "Lamballe Terre et Mer": a link between capitalized words. */
      if (!(tok_is_any (doc, a, links, G_N_ELEMENTS (links)) && e + 1 < len && tok_starts_upper (doc, a + 1)))
        return 0;
    }

  return 0;
}

/* French bodies that a cue beside them tells: a département's number, a
 * chamber of commerce's letters, a member's word before a party, a local
 * society's seat. One pass for them all, as each asks little of most
 * tokens. */
static void
mark_french_cued_bodies (Doc    *doc,
                         guint   base,
                         guint   len,
                         guint8 *tags)
{
  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k < len; k++)
    {
      guint a = base + k;
      guint e;

      if (g_ascii_isdigit (*tok_str (doc, a)))
        {
          if (ends_with_departement (doc, base, len, tags, k))
            tags[k] = LECTERN_TAG_I_ORG;
          continue;
        }
      if ((e = french_publisher_end (doc, base, len, tags, k)) != 0)
        {
          tag_organization (tags, len, k, e);
          k = e - 1;
          continue;
        }
      if (!tok_starts_upper (doc, a))
        continue;
      if (tags[k] == LECTERN_TAG_B_ORG && is_republic_of_office_or_country (doc, base, len, tags, k))
        {
          for (e = k + 1; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
            ;
          memset (tags + k, LECTERN_TAG_O, e - k);
          k = e - 1;
          continue;
        }
      if ((e = chamber_of_commerce_end (doc, base, len, tags, k)) != 0 ||
          (e = intercommunality_end (doc, base, len, tags, k)) != 0 ||
          (e = party_after_member_end (doc, base, len, tags, k)) != 0 ||
          (e = local_society_end (doc, base, len, tags, k)) != 0)
        {
          tag_organization (tags, len, k, e);
          k = e - 1;
        }
      else if ((e = french_trade_firm_end (doc, base, len, tags, k)) != 0)
        {
          /* "la société Les Ateliers du Castor": the name's own article,
           * inside a sentence. */
          guint s = k > 1 && tok_is_article (doc, a - 1) && tok_starts_upper (doc, a - 1) &&
                            !tok_is_elision (doc, a - 1) && tags[k - 1] == LECTERN_TAG_O &&
                            (tok_flags (doc, a - 2) & LECTERN_TOKEN_WORD)
                      ? k - 1
                      : k;

          tag_organization (tags, len, s, e);
          k = e - 1;
        }
    }
}

/* A union's trade in lower case after its acronym ("la CGT | métallurgie |
 * du Tarn"): a word, no function word and no day or month. */
static gboolean
is_trade_word (const Doc *doc,
               guint      i)
{
  return tok_starts_lower (doc, i) && (tok_flags (doc, i) & LECTERN_TOKEN_WORD) && tok_len (doc, i) >= 4 &&
         !(tok_lex (doc, i) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) && !is_lower_calendar_word (doc, i);
}

/* "la FDSEA de la Manche", "l'union locale FO de Montbéliard", "la
 * DREETS de Normandie", "la CGT métallurgie du Tarn": in French, a body's
 * acronym (and a union's trade) and the place of its branch after "de",
 * "du" or "des" are one name, which the tagger cuts or reads as a
 * place. The place is a listed one or a word with hyphens
 * ("Eure-et-Loir") that ends the capitalized run; the acronym one the
 * tagger took for a body, or of four letters or more that no list knows
 * as a title or a place ("le PDG de Renault", "les JO de Paris" are
 * not). A local or departmental union before it is part of the name, and
 * so are a union's word and its trade ("le syndicat CGT des dockers du
 * Havre"). */
static void
mark_french_acronym_branches (Doc    *doc,
                              guint   base,
                              guint   len,
                              guint8 *tags)
{
  static const char *const levels[] = {
    "locale", "départementale", "régionale", "interprofessionnelle",
  };

  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 2 < len; k++)
    {
      guint a = base + k;
      guint c = k + 1, p, s = k, sector = 0;
      gboolean union_level;
      guint32 lex;

      /* A capital, then "d…" or a trade in lower case ("la CGT
       * métallurgie du Tarn"): most tokens fail at once. A listed body's
       * letters may be written as a word ("le Crous de Lyon"). */
      if (!g_ascii_isupper (*tok_str (doc, a)) || tok_len (doc, a) > 6 ||
          (*tok_str (doc, a + 1) != 'd' && !(tags[k] == LECTERN_TAG_B_ORG && k + 3 < len &&
                                             *tok_str (doc, a + 2) == 'd' && is_trade_word (doc, a + 1))) ||
          !(tok_is_acronym (doc, a) ||
            (tags[k] == LECTERN_TAG_B_ORG && known_organization (doc, a, a + 1) != 0 &&
             !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)))))
        continue;
      if (*tok_str (doc, a + 1) != 'd')
        sector = 1, c++;
      /* The tagger may have run the acronym into its place ("CGT | du
       * Rhône"), as a body or a place. */
      if (tags[c] != LECTERN_TAG_O && !(tags[k] == LECTERN_TAG_B_ORG && tags[c] == LECTERN_TAG_I_ORG) &&
          !(tags[k] == LECTERN_TAG_B_LOC && tags[c] == LECTERN_TAG_I_LOC))
        continue;
      union_level = k >= 2 && (tok_is (doc, a - 2, "union") || tok_is (doc, a - 2, "Union")) &&
                    tok_is_any (doc, a - 1, levels, G_N_ELEMENTS (levels));
      if (!(tags[k] == LECTERN_TAG_B_ORG ||
            ((tags[k] == LECTERN_TAG_O || tags[k] == LECTERN_TAG_B_LOC) && (tok_len (doc, a) >= 4 || union_level))) ||
          (tok_lex (doc, a) & (LECTERN_LEX_TITLE | LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_REGION)))
        continue;
      if (tok_is (doc, base + c, "de") && c + 2 < len &&
          (tok_is (doc, base + c + 1, "la") || tok_is (doc, base + c + 1, "l'") ||
           tok_is (doc, base + c + 1, "l\xe2\x80\x99")))
        c++;
      else if (!(tok_is (doc, base + c, "de") || tok_is (doc, base + c, "du") || tok_is (doc, base + c, "des") ||
                 tok_is (doc, base + c, "d'") || tok_is (doc, base + c, "d\xe2\x80\x99")))
        continue;
      p = c + 1;
      /* "le syndicat CGT des dockers | du Havre", "le syndicat CGT des
       * services publics | de l'Hérault": after a union's word, its trade
       * in lower case and a link come before the place. */
      if (sector == 0 && k >= 1 && p + 2 < len && tags[k - 1] == LECTERN_TAG_O && tok_starts_lower (doc, base + p) &&
          (tok_is (doc, a - 1, "syndicat") || tok_is (doc, a - 1, "fédération")))
        {
          guint q = p, link;

          while (q < len && q < p + 3 && tags[q] == LECTERN_TAG_O && (tok_flags (doc, base + q) & LECTERN_TOKEN_WORD) &&
                 tok_starts_lower (doc, base + q) &&
                 !(tok_lex (doc, base + q) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
            q++;
          link = q > p && q < len ? complement_link_length (doc, base + q, base + len) : 0;
          if (link == 0 || tok_is (doc, base + q, "et"))
            continue;
          s = k - 1;
          p = q + link;
        }
      if (p >= len || !tok_starts_upper (doc, base + p) || !(tok_flags (doc, base + p) & LECTERN_TOKEN_WORD) ||
          (tags[p] != LECTERN_TAG_O && tags[p] != LECTERN_TAG_B_LOC && tags[p] != LECTERN_TAG_B_PER &&
           tags[p] != LECTERN_TAG_I_ORG && tags[p] != LECTERN_TAG_I_LOC) ||
          (p + 1 < len && (tok_flags (doc, base + p + 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + p + 1)))
        continue;
      lex = tok_lex (doc, base + p);
      if (!((lex & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) ||
            (tags[p] == LECTERN_TAG_B_LOC && lex == 0) ||
            memchr (tok_str (doc, base + p), '-', tok_len (doc, base + p)) != NULL))
        continue;
      /* "l'union locale FO", "l'Union départementale CGT". */
      if (s == k && union_level && (tags[k - 1] == LECTERN_TAG_O || tags[k - 1] == LECTERN_TAG_I_ORG) &&
          (tags[k - 2] == LECTERN_TAG_O || tags[k - 2] == LECTERN_TAG_B_ORG))
        s = k - 2;
      tags[s] = LECTERN_TAG_B_ORG;
      for (guint j = s + 1; j <= p; j++)
        tags[j] = LECTERN_TAG_I_ORG;
      if (p + 1 < len && tags[p + 1] != LECTERN_TAG_O && (tags[p + 1] & 1) == 0)
        tags[p + 1]--;
      k = p;
    }
}

/* "the U.S. Attorney's Office | for the Southern District of New York":
 * an American office named after its officer goes on over the court
 * district it serves. */
static void
extend_offices_to_districts (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  if (doc->lang != LANG_EN)
    return;
  for (guint k = 2; k < len; k++)
    {
      guint a = base + k;
      guint s = k - 2, e = k + 1;

      /* "Office" first: six bytes, a capital O. */
      if (tok_len (doc, a) != 6 || *tok_str (doc, a) != 'O' || !tok_is (doc, a, "Office") ||
          tags[k] != LECTERN_TAG_I_ORG || !tok_is_possessive (doc, a - 1) || !is_office_holder (doc, a - 2))
        continue;
      while (s > 0 && tags[s] == LECTERN_TAG_I_ORG)
        s--;
      /* On over "for the Southern District of New York". */
      if (e + 2 < len && tok_is (doc, base + e, "for") && tok_is (doc, base + e + 1, "the") &&
          tags[e + 2] == LECTERN_TAG_B_ORG)
        {
          guint q = e + 3;

          while (q < len && tags[q] == LECTERN_TAG_I_ORG)
            q++;
          if (district_end (doc, base, len, e + 2) > e + 2)
            e = q;
        }
      if (e > k + 1)
        {
          tag_organization (tags, len, s, e);
          k = e - 1;
        }
    }
}

/* The end of a state of the United States, a province of Canada or a
 * state of Australia written from i ("Missouri", "New Hampshire"), or i. */
static guint
state_name_end (Doc  *doc,
                guint i,
                guint end)
{
  static const char *const states[] = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "Washington", "Wisconsin", "Wyoming", "Alberta", "Manitoba", "Ontario", "Quebec", "Québec", "Saskatchewan",
    "Queensland", "Tasmania", "Victoria",
  };
  static const char *const firsts[] = { "New", "North", "South", "West", "Rhode", "British", "Nova" };
  static const char *const seconds[] = {
    "Hampshire", "Jersey", "Mexico", "York", "Carolina", "Dakota", "Virginia", "Island", "Columbia", "Scotia",
    "Brunswick", "Wales", "Australia",
  };
  static guint64 hashes[G_N_ELEMENTS (states)];
  static gsize ready = 0;

  if (i + 1 < end && tok_is_any (doc, i, firsts, G_N_ELEMENTS (firsts)) &&
      tok_is_any (doc, i + 1, seconds, G_N_ELEMENTS (seconds)))
    return i + 2;
  /* "of King County". */
  if (i + 1 < end && tok_is (doc, i + 1, "County") && tok_starts_upper (doc, i) &&
      (tok_flags (doc, i) & LECTERN_TOKEN_WORD))
    return i + 2;
  return tok_in_list (doc, i, states, G_N_ELEMENTS (states), hashes, &ready) ? i + 1 : i;
}

/* "the ACLU of Missouri", "Planned Parenthood of Michigan": a listed body
 * and "of" a state, province or county is the body's chapter there, one
 * organization; not a company with its legal form ("Ford Motor Co. of
 * Canada" keeps its own rules). */
static void
mark_state_chapters (Doc    *doc,
                     guint   base,
                     guint   len,
                     guint8 *tags)
{
  for (guint k = 1; k + 1 < len; k++)
    {
      guint a = base + k;
      guint s = k, q;

      if (*tok_str (doc, a) != 'o' || !tok_is (doc, a, "of") || tags[k] != LECTERN_TAG_O ||
          (tags[k - 1] != LECTERN_TAG_B_ORG && tags[k - 1] != LECTERN_TAG_I_ORG) ||
          tags[k + 1] == LECTERN_TAG_B_ORG || tags[k + 1] == LECTERN_TAG_B_PER ||
          (q = state_name_end (doc, a + 1, base + len) - base) == k + 1 ||
          (q < len && (tok_starts_upper (doc, base + q) || tags[q] == LECTERN_TAG_I_LOC)) ||
          (tok_lex (doc, a - 1) & LECTERN_LEX_LEGAL))
        continue;
      while (s > 0 && tags[s - 1] == LECTERN_TAG_I_ORG)
        s--;
      if (s == 0 || tags[s - 1] != LECTERN_TAG_B_ORG)
        continue;
      s--;
      if (known_organization (doc, base + s, a) == 0)
        continue;
      for (guint j = k; j < q; j++)
        tags[j] = LECTERN_TAG_I_ORG;
      k = q;
    }
}

/* "PT Sulawesi Prima Nikel", "PT Vale Indonesia Tbk": "PT" (perseroan
 * terbatas) before an Indonesian company's name, which the tagger reads
 * as a person's. */
static void
mark_indonesian_companies (Doc    *doc,
                           guint   base,
                           guint   len,
                           guint8 *tags)
{
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k, e = k + 1;

      if (tok_len (doc, a) != 2 || *tok_str (doc, a) != 'P' || !tok_is (doc, a, "PT") ||
          (k > 0 && tags[k] != LECTERN_TAG_O && (tags[k] & 1) == 0))
        continue;
      while (e < len && e < k + 6 && (tok_flags (doc, base + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, base + e) &&
             !(tok_lex (doc, base + e) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)))
        e++;
      /* Its short name in brackets after it is matched against the name
       * without "PT": the tagger's span is kept. */
      if (e == k + 1 || (e < len && tok_is (doc, base + e, "(")))
        continue;
      tag_organization (tags, len, k, e);
      k = e - 1;
    }
}

/* "Minister for Youth and Sports Jese Saukuru": the tagger may start the
 * minister's name on the portfolio's last word; it is no part of it. */
static void
strip_portfolios_from_people (Doc    *doc,
                              guint   base,
                              guint   len,
                              guint8 *tags)
{
  for (guint k = 0; k + 4 < len; k++)
    {
      guint p;

      if (tags[k] != LECTERN_TAG_O || !opens_portfolio (doc, base + k))
        continue;
      p = portfolio_end (doc, base, len, k, tags, TRUE);
      if (p + 2 < len && tags[p] == LECTERN_TAG_B_PER && tags[p + 1] == LECTERN_TAG_I_PER &&
          tags[p + 2] == LECTERN_TAG_I_PER && is_portfolio_word (doc, base + p) &&
          (p == k + 2 || tok_is (doc, base + p - 1, "and") || tok_is (doc, base + p - 1, ",")) &&
          !tok_is_first_name (doc, base + p))
        {
          tags[p] = LECTERN_TAG_O;
          tags[p + 1] = LECTERN_TAG_B_PER;
        }
    }
}

/* "Président | du Symtod", "Directeur | général de LOH": a span the
 * tagger read as a person's that starts with "du", or with "de" (maybe
 * after "général") before an acronym, is a body after a role ("de
 * Gaulle", "de Villepin" keep theirs: no acronym). */
static void
retype_particle_bodies (Doc    *doc,
                        guint   base,
                        guint   len,
                        guint8 *tags)
{
  if (doc->lang != LANG_FR)
    return;
  for (guint k = 0; k + 1 < len; k++)
    {
      guint a = base + k;
      guint p = k;

      if (tags[k] != LECTERN_TAG_B_PER || tags[k + 1] != LECTERN_TAG_I_PER || (k + 2 < len && tags[k + 2] == LECTERN_TAG_I_PER))
        {
          /* "général de LOH": three words. */
          if (!(tags[k] == LECTERN_TAG_B_PER && k + 3 <= len && tok_is (doc, a, "général") &&
                tags[k + 1] == LECTERN_TAG_I_PER && tags[k + 2] == LECTERN_TAG_I_PER &&
                (k + 3 == len || tags[k + 3] != LECTERN_TAG_I_PER)))
            continue;
          p = k + 1;
        }
      if (!(tok_is (doc, base + p, "du") ||
            (tok_is (doc, base + p, "de") && tok_is_acronym (doc, base + p + 1) && tok_len (doc, base + p + 1) >= 2)) ||
          !tok_starts_upper (doc, base + p + 1))
        continue;
      for (guint j = k; j <= p; j++)
        tags[j] = LECTERN_TAG_O;
      tags[p + 1] = LECTERN_TAG_B_ORG;
      k = p + 1;
    }
}

/* "la fin des travaux pour Noël", "before Christmas": a feast after a
 * word of time names no one, though "Noël" is a first name too ("Noël
 * Le Graët", "selon Noël"). */
static void
unmark_feasts (Doc    *doc,
               guint   base,
               guint   len,
               guint8 *tags)
{
  static const char *const feasts[] = {
    "Noël", "Pâques", "Toussaint", "Christmas", "Easter", "Ramadan", "Diwali", "Hanukkah", "Thanksgiving",
  };
  static const char *const before[] = {
    "pour", "avant", "après", "à", "depuis", "dès", "jusqu'à", "d'ici", "before", "after", "at", "by", "until",
    "over", "since", "for",
  };

  for (guint k = 1; k < len; k++)
    {
      guint a = base + k;

      if (tags[k] != LECTERN_TAG_B_PER || (k + 1 < len && tags[k + 1] == LECTERN_TAG_I_PER) ||
          !tok_is_any (doc, a, feasts, G_N_ELEMENTS (feasts)) || !tok_is_any (doc, a - 1, before, G_N_ELEMENTS (before)))
        continue;
      tags[k] = LECTERN_TAG_O;
    }
}

/* "a Hong Kong-based fund", "Pune-based Bharat Forge", "Kremlin-backed",
 * "the Ottawa-born director": where a thing is based, who owns or backs
 * it, where someone was born, ends no name; the span's
 * words up to it name nothing, those after it start a name of their
 * own. With them, two words that read as names before such words and
 * nouns: a town before its state's ("The Austin, Texas-based company")
 * and "State" or "Crown" as an adjective. */
static void
unmark_based_words (Doc    *doc,
                    guint   base,
                    guint   len,
                    guint8 *tags)
{
  for (guint k = 0; k < len; k++)
    {
      guint s = k;

      if (tags[k] == LECTERN_TAG_O)
        continue;
      /* "The Austin, Texas-based company": a town, its state's word. */
      if (k > 0 && k + 2 < len && (tags[k] & 1) == 1 && tags[k + 1] == LECTERN_TAG_O &&
          tok_is (doc, base + k + 1, ",") && tok_is_article (doc, base + k - 1) && tok_is_based_word (doc, base + k + 2))
        {
          tags[k] = LECTERN_TAG_O;
          continue;
        }
      /* "the State agency Enterprise Ireland", "Crown prosecutor Isobel
       * Fenwick-Tane": the state and the Crown as adjectives. */
      if (k + 1 < len && tags[k] == LECTERN_TAG_B_ORG && tags[k + 1] == LECTERN_TAG_O &&
          ((tok_is (doc, base + k, "State") && k > 0 && tok_is_article (doc, base + k - 1)) ||
           (tok_is (doc, base + k, "Crown") && is_role_word (doc, base + k + 1))) &&
          tok_starts_lower (doc, base + k + 1) &&
          (tok_flags (doc, base + k + 1) & LECTERN_TOKEN_WORD) && !(tok_lex (doc, base + k + 1) & LECTERN_LEX_STOP_EN))
        {
          tags[k] = LECTERN_TAG_O;
          continue;
        }
      if (!tok_is_based_word (doc, base + k))
        continue;
      while (s > 0 && tags[s] != LECTERN_TAG_O && (tags[s] & 1) == 0)
        s--;
      for (guint j = s; j <= k; j++)
        tags[j] = LECTERN_TAG_O;
      if (k + 1 < len && tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0)
        tags[k + 1]--;
    }
}

/* "the Manitoba Government and General Employees' Union", "the BC Ferry
 * and Marine Workers' Union": a union of two trades, whose first the
 * tagger leaves apart; its name ends in a union's word after its
 * members. */
static void
mark_two_trade_unions (Doc    *doc,
                       guint   base,
                       guint   len,
                       guint8 *tags)
{
  static const char *const members[] = {
    "Workers'", "Workers", "Employees'", "Employees", "Workers\xe2\x80\x99", "Employees\xe2\x80\x99",
  };
  static const char *const unions[] = { "Union", "Federation", "Association", "Alliance" };

  for (guint k = 1; k + 2 < len; k++)
    {
      guint a = base + k, s = k, e;
      gboolean trade = FALSE;

      /* "and" first: most tokens fail it. */
      if (*tok_str (doc, a) != 'a' || !tok_is (doc, a, "and") || tags[k + 1] != LECTERN_TAG_B_ORG)
        continue;
      for (e = k + 2; e < len && tags[e] == LECTERN_TAG_I_ORG; e++)
        trade |= tok_is_any (doc, base + e, members, G_N_ELEMENTS (members));
      if (!trade || !tok_is_any (doc, base + e - 1, unions, G_N_ELEMENTS (unions)))
        continue;
      while (s > 0 && k - s < 3 && (tok_flags (doc, base + s - 1) & LECTERN_TOKEN_WORD) &&
             tok_starts_upper (doc, base + s - 1) && !tok_is_article (doc, base + s - 1) &&
             tag_vote (tags[s - 1]) != VOTE_PER &&
             (tags[s - 1] == LECTERN_TAG_O || tags[s - 1] == LECTERN_TAG_B_ORG || tags[s - 1] == LECTERN_TAG_I_ORG))
        s--;
      /* Not a listed body, nor a common word that starts the sentence. */
      if (s == k || (tags[s] != LECTERN_TAG_O && tags[s] != LECTERN_TAG_B_ORG) ||
          ((tok_flags (doc, base + s) & LECTERN_TOKEN_SENTENCE_START) && (tok_lex (doc, base + s) & LECTERN_LEX_LOWER)) ||
          known_organization (doc, base + s, a) != 0)
        continue;
      tag_organization (tags, len, s, e);
      k = e - 1;
    }
}

/* The first letters of the parties of mark_party_plurals(). */
static inline gboolean
is_party_initial (char c)
{
  return c == 'C' || c == 'G' || c == 'L' || c == 'N' || c == 'S' || c == 'T' || c == 'U';
}

/* "Labour and the Conservatives", "the Scottish Greens": a party named
 * by its members, in the plural after "the" (and a nation's adjective).
 * "Democrats" and "Republicans" are left out: readers take them as
 * groups of people as often as parties. */
static void
mark_party_plurals (Doc    *doc,
                    guint   base,
                    guint   len,
                    guint8 *tags)
{
  static const char *const parties[] = {
    "Greens", "Conservatives", "Tories", "Liberals", "Nationals", "Socialists", "Nationalists", "Unionists",
    "Communists",
  };
  static guint64 hashes[G_N_ELEMENTS (parties)];
  static gsize ready = 0;

  /* One member of theirs: "Conservative councillor Tom Hale"; inside a
   * sentence only, where the capital is the party's, not an opinion's. */
  static const char *const party_members[] = {
    "Conservative", "Tory", "Liberal", "Socialist", "Nationalist", "Unionist", "Communist", "Green",
  };
  static guint64 member_hashes[G_N_ELEMENTS (party_members)];
  static gsize members_ready = 0;
  static const char *const members[] = { "MP", "MPs", "MSP", "MSPs", "MLA", "MLAs", "councillor", "councillors" };
  static const char *const seats[] = {
    "MP", "MPs", "MSP", "MSPs", "MLA", "MLAs", "councillor", "councillors", "TD", "TDs", "MEP", "MEPs", "MPP",
    "Cllr", "senator", "peer", "candidate", "backbencher", "frontbencher",
  };

  for (guint k = 0; k < len; k++)
    {
      guint a = base + k;
      guint first = k;
      gboolean role;

      /* "SNP MSP Ailsa Drummond", "DUP MLA Jonathan Buckley": a listed
       * party's letters before its member's seat and name, which the
       * tagger leaves out at the start of a sentence. */
      if (tags[k] == LECTERN_TAG_O && k + 2 < len && tok_is_acronym (doc, a) && tok_starts_upper (doc, a + 2) &&
          tok_is_any (doc, a + 1, seats, G_N_ELEMENTS (seats)) && known_organization (doc, a, a + 1) != 0)
        {
          tags[k] = LECTERN_TAG_B_ORG;
          continue;
        }
      /* Their first letters first: most capitalized words fail them. */
      if (!tok_has_upper (doc, a) || tok_len (doc, a) < 4 || !is_party_initial (*tok_str (doc, a)))
        continue;
      if (!tok_in_list (doc, a, parties, G_N_ELEMENTS (parties), hashes, &ready))
        {
          /* "Cllr Derek Lincoln (Conservative)": a member's party in
           * brackets after the name. */
          if (k > 0 && k + 2 < len &&
              ((tags[k] == LECTERN_TAG_O && tok_starts_upper (doc, a + 2) &&
                tok_is_any (doc, a + 1, seats, G_N_ELEMENTS (seats))) ||
               (k >= 2 && tok_is (doc, a - 1, "(") && tok_is (doc, a + 1, ")") &&
                tag_vote (tags[k - 2]) == VOTE_PER)) &&
              tok_in_list (doc, a, party_members, G_N_ELEMENTS (party_members), member_hashes, &members_ready))
            {
              if (tags[k + 1] != LECTERN_TAG_O)
                {
                  tags[k + 1] = LECTERN_TAG_O;
                  if (tags[k + 2] != LECTERN_TAG_O && (tags[k + 2] & 1) == 0)
                    tags[k + 2]--;
                }
              tags[k] = LECTERN_TAG_B_ORG;
            }
          /* "Liberal Democrat councillor Adam Holroyd": the member's party
           * in two words, which the tagger cuts after the first. */
          else if (k + 2 < len && tok_is (doc, a + 1, "Democrat") &&
                   tok_is_any (doc, a + 2, seats, G_N_ELEMENTS (seats)) &&
                   (tok_is (doc, a, "Liberal") || tok_is (doc, a, "Social") || tok_is (doc, a, "Christian")))
            {
              tags[k] = LECTERN_TAG_B_ORG;
              tags[k + 1] = LECTERN_TAG_I_ORG;
              if (tags[k + 2] != LECTERN_TAG_O && (tags[k + 2] & 1) == 0)
                tags[k + 2]--;
            }
          continue;
        }
      /* "Greens senator Sarah Hanson-Young": the party before its member. */
      role = k + 1 < len && (is_role_word (doc, a + 1) || tok_is_any (doc, a + 1, members, G_N_ELEMENTS (members)));
      if (k >= 2 && is_demonym_of (doc, a - 1, FALSE))
        first = k - 1;
      if (!role && (first == 0 || (!tok_is (doc, base + first - 1, "the") && !tok_is (doc, base + first - 1, "The"))))
        continue;
      /* Part of a longer name ("the Nationals Park", "the Young
       * Conservatives Network") is left to the tagger. */
      if ((tags[first] != LECTERN_TAG_O && (tags[first] & 1) == 0) ||
          (!role && k + 1 < len &&
           ((tok_starts_upper (doc, a + 1) && (tok_flags (doc, a + 1) & LECTERN_TOKEN_WORD)) ||
            (tags[k + 1] != LECTERN_TAG_O && (tags[k + 1] & 1) == 0))))
        continue;
      if (role && tags[k + 1] != LECTERN_TAG_O)
        {
          /* The tagger read party, role and name as one person. */
          tags[k + 1] = LECTERN_TAG_O;
          if (k + 2 < len && tags[k + 2] != LECTERN_TAG_O && (tags[k + 2] & 1) == 0)
            tags[k + 2]--;
        }
      tags[first] = LECTERN_TAG_B_ORG;
      if (first < k)
        tags[k] = LECTERN_TAG_I_ORG;
    }
}

/* $LECTERN_NER_TRACE: a sentence's tags, and the tagger's scores. */
static void
trace_tags (Doc          *doc,
            guint         base,
            guint         len,
            const guint8 *tags,
            const float  *scores)
{
  static const char *names[] = { "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC" };

  for (guint k = 0; k < len; k++)
    {
      g_printerr ("%.*s/%s", (int) tok_len (doc, base + k), tok_str (doc, base + k), names[tags[k]]);
      if (scores != NULL)
        {
          const float *e = scores + (gsize) k * LECTERN_N_TAGS;

          g_printerr ("[O%.0f P%.0f/%.0f G%.0f/%.0f L%.0f/%.0f M%.0f/%.0f]", e[0], e[1], e[2], e[3], e[4], e[5],
                      e[6], e[7], e[8]);
        }
      g_printerr ("%s", k + 1 < len ? " " : "\n");
    }
}

static gboolean
tag_document (LecternExtractor  *self,
              Doc               *doc,
              GCancellable      *cancellable,
              LecternProgressFunc progress,
              gpointer           progress_data,
              GError           **error)
{
  g_autoptr(GArray) infos = g_array_new (FALSE, FALSE, sizeof (LecternTokenInfo));
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (gint32));
  g_autoptr(GByteArray) work = g_byte_array_new ();
  g_autoptr(GByteArray) tags = g_byte_array_new ();
  g_autoptr(GByteArray) active = g_byte_array_new ();
  g_autoptr(GArray) scores = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr(GArray) hash = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) lower = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) lex = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(LecternNerCache) cache = lectern_ner_cache_new ();
  GString *scratch = doc->scratch;
  guint n = doc->n_tokens;
  guint next_report = 0;
  guint sentences = 0;
  guint i = 0;
  gboolean title_case = FALSE;
  gboolean credit_line = FALSE;

  doc->story_lang = doc->lang = detect_language (doc);

  while (i < n)
    {
      guint end = i + 1;
      guint len;

      while (end < n && !(tok_flags (doc, end) & LECTERN_TOKEN_SENTENCE_START))
        end++;
      len = end - i;

      /* Hashes and name-table flags of the sentence, once for all rules;
       * at a line start, of the words its language is told from as well
       * (at most 4096 tokens), which the next sentences reuse. */
      if (i - doc->cur_first >= doc->cur_n || end - doc->cur_first > doc->cur_n)
        {
          guint win = len;

          if (i == 0 || (tok_flags (doc, i) & LECTERN_TOKEN_LINE_START))
            win = MAX (win, MIN (line_language_end (doc, i), i + 4096) - i);
          doc->cur_n = 0;
          g_array_set_size (hash, win);
          g_array_set_size (lower, win);
          g_array_set_size (lex, win);
          for (guint k = 0; k < win; k++)
            {
              guint64 h, l;

              if (tok_has_upper (doc, i + k))
                lectern_ner_word_hashes (tok_str (doc, i + k), tok_len (doc, i + k), scratch, &h, &l);
              else
                lectern_ner_uncapitalized_word_hashes (tok_str (doc, i + k), tok_len (doc, i + k), scratch, &h, &l);
              g_array_index (hash, guint64, k) = h;
              g_array_index (lower, guint64, k) = l;
              g_array_index (lex, guint32, k) = lectern_lexicon_lookup_memo (doc->lexicon, doc->lex_memo, l);
              if (g_array_index (lex, guint32, k) == 0)
                g_array_index (lex, guint32, k) = accent_folded_name_flags (doc, i + k);
            }
          doc->cur_first = i;
          doc->cur_hash = (const guint64 *) (void *) hash->data;
          doc->cur_lower = (const guint64 *) (void *) lower->data;
          doc->cur_lex = (const guint32 *) (void *) lex->data;
          doc->cur_n = win;
        }

      if (i == 0 || (tok_flags (doc, i) & LECTERN_TOKEN_LINE_START))
        {
          Lang lang = detect_line_language (doc, i);

          title_case = line_is_title_case (doc, i);
          credit_line = is_credit_line (doc, i);
          if (lang != doc->lang || doc->langs->len == 0)
            {
              LangRun run = { i, lang };

              g_array_append_val (doc->langs, run);
            }
          doc->lang = lang;
        }

      if ((++sentences & 63) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (progress != NULL && i >= next_report)
        {
          progress (0.9 * i / n, progress_data);
          next_report = i + MAX (n / 50, 1);
        }

      /* Every name has a capital: words three or more away from any
       * capital are O, and their features need not be looked up. */
      g_byte_array_set_size (active, len);
      memset (active->data, 0, len);
      for (guint k = 0; k < len; k++)
        if (tok_has_upper (doc, i + k))
          memset (active->data + (k >= 3 ? k - 3 : 0), 1, MIN (k + 4, len) - (k >= 3 ? k - 3 : 0));
      g_byte_array_set_size (tags, len);
      g_array_set_size (scores, len * LECTERN_N_TAGS);
      if (memchr (active->data, 1, len) == NULL)
        {
          /* No capital at all: nothing to tag. */
          memset (tags->data, LECTERN_TAG_O, len);
          memset (scores->data, 0, sizeof (float) * len * LECTERN_N_TAGS);
        }
      else
        {
          g_array_set_size (infos, len);
          g_array_set_size (slots, len);
          lectern_ner_cache_prefetch (cache, doc->cur_hash + (i - doc->cur_first), len);
          for (guint k = 0; k < len; k++)
            g_array_index (slots, gint32, k) =
              lectern_ner_cache_token_info (cache, tok_str (doc, i + k), tok_len (doc, i + k), k == 0,
                                            tok_lex (doc, i + k), tok_hash (doc, i + k), tok_lower (doc, i + k),
                                            scratch, &g_array_index (infos, LecternTokenInfo, k));
          lectern_ner_model_tag_cached (self->model, cache, (const LecternTokenInfo *) (void *) infos->data,
                                        (const gint32 *) (void *) slots->data, len, active->data, work,
                                        self->trace ? (float *) (void *) scores->data : NULL, tags->data);
        }

      if (G_UNLIKELY (self->trace))
        trace_tags (doc, i, len, tags->data, self->trace == 2 ? (const float *) (void *) scores->data : NULL);

      /* A team sheet is capitalized all through: the rules below skip
       * such a line. */
      mark_lineup_names (doc, i, len, tags->data, title_case);
      mark_sheet_surnames (doc, i, len, tags->data);
      if (!title_case)
        {
          mute_quoted_titles (doc, i, len);
          mark_particle_names (doc, i, len, tags->data);
          mark_marked_names (doc, i, len, tags->data);
          mark_first_names_after_titles (doc, i, len, tags->data);
          extend_first_names (doc, i, len, tags->data);
          mark_regnal_names (doc, i, len, tags->data);
          mark_possessive_organizations (doc, i, len, tags->data);
          split_place_possessives (doc, i, len, tags->data);
          split_owner_possessives (doc, i, len, tags->data);
          mark_arabic_particles (doc, i, len, tags->data);
          mark_malay_names (doc, i, len, tags->data);
          join_touching_names (doc, i, len, tags->data);
          join_places_to_county_bodies (doc, i, len, tags->data);
          mark_broadcasters_after_on (doc, i, len, tags->data);
          mark_acronyms_after_members (doc, i, len, tags->data);
          retype_people_after_articles (doc, i, len, tags->data);
          join_capitalized_articles (doc, i, len, tags->data);
          extend_bodies_over_purposes (doc, i, len, tags->data);
          mark_premiere_stations (doc, i, len, tags->data);
          split_organizations_at_verbs (doc, i, len, tags->data);
          mark_ampersand_names (doc, i, len, tags->data);
          mark_royal_foundations (doc, i, len, tags->data);
          mark_newspaper_titles (doc, i, len, tags->data);
          join_committee_remits (doc, i, len, tags->data);
          unmark_names_after_site_nouns (doc, i, len, tags->data);
          split_firms_from_towns (doc, i, len, tags->data);
          mark_initialled_names (doc, i, len, tags->data);
          mark_firm_names (doc, i, len, tags->data);
          mark_legal_form_names (doc, i, len, tags->data);
          join_partner_firms (doc, i, len, tags->data);
          split_people_of_firms (doc, i, len, tags->data);
          mark_lower_courts (doc, i, len, tags->data);
          mark_democrat_parties (doc, i, len, tags->data);
          mark_two_trade_unions (doc, i, len, tags->data);
          mark_court_districts (doc, i, len, tags->data);
          mark_french_ministries (doc, i, len, tags->data);
          mark_iberian_bodies (doc, i, len, tags->data);
          mark_known_organizations (doc, i, len, tags->data);
          mark_lone_institutions (doc, i, len, tags->data);
          mark_party_plurals (doc, i, len, tags->data);
          mark_country_branches (doc, i, len, tags->data);
          mark_nation_bodies (doc, i, len, tags->data);
          mark_bought_firms (doc, i, len, tags->data);
          mark_french_acronym_branches (doc, i, len, tags->data);
          mark_french_cued_bodies (doc, i, len, tags->data);
          extend_offices_to_districts (doc, i, len, tags->data);
          extend_organizations_to_units (doc, i, len, tags->data);
          mark_slash_credits (doc, i, len, tags->data);
          mark_missions (doc, i, len, tags->data);
          mark_french_missions_and_schools (doc, i, len, tags->data);
          mark_french_clubs (doc, i, len, tags->data);
          mark_french_legal_form_firms (doc, i, len, tags->data);
          retype_school_spans (doc, i, len, tags->data);
          extend_numbered_universities (doc, i, len, tags->data);
          mark_fm_stations (doc, i, len, tags->data);
          mark_outlets_after_press_cues (doc, i, len, tags->data);
          mark_union_federations (doc, i, len, tags->data);
          retype_people_after_nationalities (doc, i, len, tags->data);
          join_names_over_particles (doc, i, len, tags->data);
          mark_state_chapters (doc, i, len, tags->data);
          mark_indonesian_companies (doc, i, len, tags->data);
          strip_portfolios_from_people (doc, i, len, tags->data);
          unmark_based_words (doc, i, len, tags->data);
          unmark_feasts (doc, i, len, tags->data);
          retype_particle_bodies (doc, i, len, tags->data);
          unmark_union_ministers (doc, i, len, tags->data);
          mark_numbered_branches (doc, i, len, tags->data);
          mark_amazon_region (doc, i, len, tags->data);
          join_names_over_and (doc, i, len, tags->data);
          mark_primary_schools (doc, i, len, tags->data);
          mark_gaelic_bodies (doc, i, len, tags->data);
          strip_members_letters (doc, i, len, tags->data);
          mark_city_and_county (doc, i, len, tags->data);
          join_chamber_committees (doc, i, len, tags->data);
          join_places_before_local_bodies (doc, i, len, tags->data);
          join_bodies_to_chambers (doc, i, len, tags->data);
          join_bodies_over_on (doc, i, len, tags->data);
          extend_branches_to_regions (doc, i, len, tags->data);
          join_joint_firms (doc, i, len, tags->data);
          mark_nhs_trusts_and_uk_charities (doc, i, len, tags->data);
          split_members_from_parties (doc, i, len, tags->data);
          mark_churches (doc, i, len, tags->data);
          join_federations_to_bodies (doc, i, len, tags->data);
          extend_churches_back (doc, i, len, tags->data);
          extend_red_cross_societies (doc, i, len, tags->data);
          join_committees_to_chambers (doc, i, len, tags->data);
          finish_names_after_of (doc, i, len, tags->data);
          split_joined_organizations (doc, i, len, tags->data);
          split_seats_after_a (doc, i, len, tags->data);
          retype_place_bodies (doc, i, len, tags->data);
          mark_speakers_after_verbs (doc, i, len, tags->data);
          mark_organizations_before_roles (doc, i, len, tags->data);
          split_roles_from_organizations (doc, i, len, tags->data);
          split_roles_from_people (doc, i, len, tags->data);
          split_party_members (doc, i, len, tags->data);
          split_place_offices (doc, i, len, tags->data);
          retype_people_by_role (doc, i, len, tags->data);
          retype_kin_names (doc, i, len, tags->data);
          mark_people_and_clubs_by_cues (doc, i, len, tags->data);
          mark_listed_companions (doc, i, len, tags->data);
          mark_bodies_after_class_nouns (doc, i, len, tags->data);
          mark_firms_after_cues (doc, i, len, tags->data);
          mark_people_before_appositions (doc, i, len, tags->data);
          mark_people_after_saying_and_roles (doc, i, len, tags->data);
          mark_bodies_around_names (doc, i, len, tags->data);
          retype_first_name_organizations (doc, i, len, tags->data);
          retype_named_things (doc, i, len, tags->data);
          retype_places_before_place_nouns (doc, i, len, tags->data);
          /* After the lists made "Canada Life" a body. */
          mark_possessive_firms (doc, i, len, tags->data);
          retype_people_as_firms_in_appositions (doc, i, len, tags->data);
          mark_owned_firms (doc, i, len, tags->data);
          join_club_letters (doc, i, len, tags->data);
          join_wings_and_branches (doc, i, len, tags->data);
          join_places_and_numbers_to_bodies (doc, i, len, tags->data);
          mark_craft_houses (doc, i, len, tags->data);
          mark_firms_after_firm_words (doc, i, len, tags->data);
          split_firm_pairs (doc, i, len, tags->data);
          join_dashed_sponsors (doc, i, len, tags->data);
          join_camel_case_words (doc, i, len, tags->data);
          join_particles_to_firms (doc, i, len, tags->data);
          mark_clubs_by_letters (doc, i, len, tags->data);
          if (doc->lang == LANG_FR)
            {
              mark_firms_of_branches (doc, i, len, tags->data);
              split_party_pairs (doc, i, len, tags->data);
              split_bodies_in_bodies (doc, i, len, tags->data);
              split_general_meetings (doc, i, len, tags->data);
              join_lower_demonyms (doc, i, len, tags->data);
            }
          if (doc->lang == LANG_FR)
            join_breton_surnames (doc, i, len, tags->data);
        }
      /* A credit line's people are the story's; a paper or an agency
       * named only there is not ("Photo Le Télégramme / Fanch Guillou"). */
      if (credit_line)
        for (guint k = 0; k < len; k++)
          if (tags->data[k] == LECTERN_TAG_B_ORG || tags->data[k] == LECTERN_TAG_I_ORG)
            tags->data[k] = LECTERN_TAG_O;
      if (G_UNLIKELY (self->trace == 3))
        trace_tags (doc, i, len, tags->data, NULL);

      /* Remember every tagged span, MISC too, for the mention count. */
      for (guint k = 0; k < len;)
        {
          guint e = k + 1;
          gint8 type = tags->data[k] == LECTERN_TAG_O ? -1 : (gint8) ((tags->data[k] - 1) / 2);

          while (e < len && tags->data[e] != LECTERN_TAG_O && (tags->data[e] & 1) == 0 &&
                 (tags->data[e] - 1) / 2 == type)
            e++;
          if (type >= 0)
            {
              Span span = { i + k, (guint8) (e - k), type };

              g_array_append_val (doc->spans, span);
            }
          k = e;
        }

      for (guint k = 0; k < len;)
        {
          int vote = tag_vote (tags->data[k]);
          guint e = k + 1;
          guint and_at, p;

          if (vote < 0)
            {
              k++;
              continue;
            }
          while (e < len && tag_vote (tags->data[e]) == vote &&
                 tags->data[e] != LECTERN_TAG_B_PER && tags->data[e] != LECTERN_TAG_B_ORG &&
                 tags->data[e] != LECTERN_TAG_B_LOC && tags->data[e] != LECTERN_TAG_B_MISC)
            e++;
          if (vote == VOTE_ORG)
            {
              static const char *const gerund[] = { "ing" };

              e = extend_organization (doc, i + k, i + e, i, end, tags->data) - i;
              k = extend_organization_back (doc, i + k, i, tags->data) - i;
              /* "le Conseil de la concurrence", "l'Office du tourisme":
               * French writes a body's complement in lower case, which the
               * tagger leaves out after a head word alone. One noun and its
               * adjectives finish it (not "le PSG de la saison dernière"). */
              if (doc->lang == LANG_FR && e <= k + 2 && e + 1 < len &&
                  (tok_lex (doc, i + e - 1) & LECTERN_LEX_ORG_HEAD) && tok_starts_upper (doc, i + e - 1) &&
                  (tags->data[e] == LECTERN_TAG_O || tags->data[e] == LECTERN_TAG_I_ORG))
                {
                  guint q = e + 1;

                  if (tok_is (doc, i + e, "de") && q + 1 < len &&
                      (tok_is (doc, i + q, "la") || tok_is (doc, i + q, "l'") || tok_is (doc, i + q, "l\xe2\x80\x99")))
                    q++;
                  else if (!tok_is (doc, i + e, "du") && !tok_is (doc, i + e, "des"))
                    q = len;
                  if (q < len && tags->data[q] == LECTERN_TAG_O && tok_starts_lower (doc, i + q) &&
                      (tok_flags (doc, i + q) & LECTERN_TOKEN_WORD) && tok_len (doc, i + q) >= 4 &&
                      !(tok_lex (doc, i + q) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)) &&
                      !is_calendar_word (doc, i + q) && !is_lower_calendar_word (doc, i + q))
                    {
                      e = q + 1;
                      while (e < len && tags->data[e] == LECTERN_TAG_O && is_french_adjective (doc, i + e))
                        e++;
                    }
                }
              /* "the Hanoi People's | Procuracy", "the Ho | Chi Minh City
               * People's Court": a body of the people named with its place,
               * which the tagger cuts on either side. */
              for (guint j = k; j < e && j + 1 < len; j++)
                if (tok_is (doc, i + j, "People") && tok_is_possessive (doc, i + j + 1))
                  {
                    if (e <= j + 2)
                      {
                        e = j + 2;
                        while (e < len && e < j + 4 && tags->data[e] == LECTERN_TAG_O &&
                               (tok_flags (doc, i + e) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, i + e) &&
                               !(tok_lex (doc, i + e) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE)))
                          e++;
                      }
                    for (guint left = 0; left < 3 && k > 0 && tags->data[k - 1] == LECTERN_TAG_O &&
                           (tok_flags (doc, i + k - 1) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, i + k - 1) &&
                           !tok_is_article (doc, i + k - 1) && !is_calendar_word (doc, i + k - 1) &&
                           !(tok_lex (doc, i + k - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_TITLE));
                         left++)
                      k--;
                    break;
                  }
              /* "SoundThinking Inc. of Fremont": a company's legal form ends
               * its name; "of" and a place after it say where it is. */
              for (guint j = k + 1; j + 2 < e; j++)
                if (tok_len (doc, i + j) <= 5 && is_legal_form (doc, i + j) && tok_is (doc, i + j + 1, "of") &&
                    e <= j + 4 && tok_starts_upper (doc, i + j + 2) && !span_has_head (doc, i + j + 2, i + e))
                  {
                    for (guint q = j + 1; q < e; q++)
                      tags->data[q] = LECTERN_TAG_O;
                    e = j + 1;
                    break;
                  }
              /* "the Rockford Public Library on Sundays": a day or a month
               * after a preposition is no part of a name. */
              if (e >= k + 3 && is_calendar_word (doc, i + e - 1) &&
                  (tok_is (doc, i + e - 2, "on") || tok_is (doc, i + e - 2, "in")))
                {
                  tags->data[e - 2] = tags->data[e - 1] = LECTERN_TAG_O;
                  e -= 2;
                }
              /* "Lions Rugby Company (Pty) Ltd": the tagger ends the name
               * inside the brackets or before them. */
              if (e >= k + 3 && e + 2 <= len && tok_is (doc, i + e - 2, "(") && is_bracketed_branch (doc, i + e - 2))
                e += 2;
              else if (e >= k + 2 && e + 4 <= len && is_bracketed_branch (doc, i + e))
                e += 4;
              /* "Central Office for Combating | Internet Crime": no name
               * ends on a gerund after "for" or "against"; the capitalized
               * words the tagger left out finish it. */
              if (e >= k + 3 && e < len && tags->data[e] == LECTERN_TAG_O &&
                  (tok_is (doc, i + e - 2, "for") || tok_is (doc, i + e - 2, "against")) &&
                  tok_len (doc, i + e - 1) > 5 && tok_ends_with_any (doc, i + e - 1, gerund, 1, 3))
                {
                  guint q = untagged_name_end (doc, i, len, e, tags->data);

                  if (q > e && q <= e + 3)
                    e = q;
                }
              /* "the Faculty of Arts | and Humanities", "the School of
               * Chemistry | and Molecular Biosciences": a head word's
               * field goes on over "and" in capitalized words the tagger
               * left out, up to the end of the capitalized run. */
              if (e >= k + 3 && e + 1 < len && tags->data[e] == LECTERN_TAG_O && tok_is (doc, i + e, "and") &&
                  tok_is (doc, i + k + 1, "of") &&
                  ((tok_lex (doc, i + k) & LECTERN_LEX_ORG_HEAD) || is_extra_head (doc, i + k, FALSE)))
                {
                  guint q = untagged_name_end (doc, i, len, e + 1, tags->data);

                  if (q > e + 1 && q <= e + 4 && !tok_is_first_name (doc, i + e + 1) && !tok_is_acronym (doc, i + e + 1) &&
                      !(tok_lex (doc, i + e + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_KNOWN_ORG)) &&
                      !(q < len && (tags->data[q] != LECTERN_TAG_O ||
                                    ((tok_flags (doc, i + q) & LECTERN_TOKEN_WORD) && tok_starts_upper (doc, i + q)))))
                    {
                      for (guint j = e; j < q; j++)
                        tags->data[j] = LECTERN_TAG_I_ORG;
                      e = q;
                    }
                }
              if (tok_lex (doc, i + e - 1) & LECTERN_LEX_ORG_HEAD)
                k = extend_organization_over_and (doc, i + k, i + e, i, tags->data) - i;
              k = extend_committee_back (doc, i + k, i + e, i, tags->data) - i;
              /* "BBC Radio | Nottingham": a station's region, which the
               * tagger reads as a place. */
              if (e + 1 < len && tags->data[e] == LECTERN_TAG_B_LOC && is_station_word (doc, i + e - 1) &&
                  tok_starts_upper (doc, i + e - 1))
                {
                  guint q = e + 1;

                  while (q < len && tags->data[q] == LECTERN_TAG_I_LOC)
                    q++;
                  if (q <= e + 2)
                    e = q;
                }
              /* "ABC | Sport", "BBC | Sport": a broadcaster's sports
               * service; a single name only ("the Court of Arbitration
               * for Sport" is whole already). */
              else if (e == k + 1 && e < len && tags->data[e] == LECTERN_TAG_O && tok_len (doc, i + e) >= 5 &&
                       (tok_is (doc, i + e, "Sport") || tok_is (doc, i + e, "Sports")) &&
                       (e + 1 == len || !tok_starts_upper (doc, i + e + 1)))
                e++;
              /* "1st Cavalry Division": the ordinal the tagger left out. */
              if (k > 0 && tags->data[k - 1] == LECTERN_TAG_O && is_ordinal (doc, i + k - 1) &&
                  (e - k >= 2 || span_has_head (doc, i + k, i + e)))
                k--;
            }
          /* "Idaho National Engineering | and | Environmental Laboratory":
           * a name without a head word, "and", an organization ending with
           * one, is a single organization; not a listed name ("BP et
           * Kosmos Energy") nor a single word before "and", which names a
           * company by itself ("Hapag-Lloyd and Mediterranean Shipping
           * Company"), unless it is a place ("England and Wales Cricket
           * Board") or the first name of one of a couple ("Knut and Alice
           * Wallenberg Foundation"). */
          if (vote == VOTE_ORG && e + 1 < len &&
              (tags->data[e + 1] == LECTERN_TAG_B_ORG ||
               (tags->data[e + 1] == LECTERN_TAG_O && tok_starts_upper (doc, i + e + 1))) &&
              (tok_is (doc, i + e, "&") ||
               ((tok_is (doc, i + e, "and") || tok_is (doc, i + e, "et")) &&
                (e >= k + 2 || (tok_lex (doc, i + k) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) ||
                 (tok_is_first_name (doc, i + k) && tok_is_first_name (doc, i + e + 1))))) &&
              !span_has_head (doc, i + k, i + e) && known_organization (doc, i + k, i + e) == 0 &&
              /* "Strathdon Primary and | Alford Primary School": a school
               * of its own. */
              !tok_is (doc, i + e - 1, "Primary") &&
              /* Two companies: "Castlegate Analytics and | Meridian Data
               * Partners", a name after "and", a company's word before. */
              !(is_company_word (doc, i + e - 1) && !(tok_lex (doc, i + e + 1) & LECTERN_LEX_LOWER) &&
                (tok_lex (doc, i + e + 1) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME | LECTERN_LEX_COMPANY))))
            {
              guint e2 = e + 2;
              gboolean legal = FALSE;

              /* "Scottish Fire | and | Rescue Service": also over the
               * capitalized words the tagger left out. */
              if (tags->data[e + 1] == LECTERN_TAG_B_ORG)
                while (e2 < len && tags->data[e2] == LECTERN_TAG_I_ORG)
                  e2++;
              else
                e2 = untagged_name_end (doc, i, len, e + 1, tags->data);

              /* A company after "and", its legal form said ("Huayou Cobalt
               * and | Ford Motor Co."), is one of its own. */
              for (guint j = e + 1; j < e2 && !legal; j++)
                legal = is_legal_form (doc, i + j);
              /* Two words at least after "and": "Sondland and Energy
               * Secretary Rick Perry" joins nothing. */
              if ((tags->data[e + 1] == LECTERN_TAG_B_ORG || e2 > e + 2) && tok_starts_upper (doc, i + e2 - 1) &&
                  (tok_lex (doc, i + e2 - 1) & LECTERN_LEX_ORG_HEAD) && !legal)
                e = e2;
            }
          /* "House Committee on Oversight | and | Government Reform": after
           * a head word and "on", "for" or "of", the portfolio goes on over
           * "and" to one or two capitalized words that end the name and
           * that no head word ends (not "… and Ford Foundation"). */
          else if (vote == VOTE_ORG && e + 2 < len && e >= k + 3 &&
                   (and_at = portfolio_list_and (doc, i, len, e, tags->data)) != 0 &&
                   (p = last_portfolio_start (doc, i, len, and_at, tags->data)) != 0 &&
                   ends_with_portfolio (doc, i + k, i + e))
            {
              guint e2 = p + 1;

              e = and_at;
              if (tags->data[p] != LECTERN_TAG_O)
                while (e2 < len && tags->data[e2] == tags->data[p] + 1)
                  e2++;
              else
                e2 = untagged_name_end (doc, i, len, p, tags->data);
              /* A head word alone may be a portfolio too if it is a
               * common word ("Science and | Technology"). */
              if (e2 > p && e2 <= p + 2 &&
                  (!(tok_lex (doc, i + e2 - 1) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL)) ||
                   (e2 == p + 1 && (tok_lex (doc, i + p) & LECTERN_LEX_LOWER) &&
                    !(tok_lex (doc, i + p) & LECTERN_LEX_LEGAL))) &&
                  known_organization (doc, i + p, i + e2) == 0 &&
                  (e2 == len || !tok_starts_upper (doc, i + e2)))
                e = e2;
            }
          /* "Senate Health, | Education, | Labor and Pensions Committee":
           * portfolios between commas join a committee named before its
           * head word. */
          else if (vote == VOTE_ORG && doc->lang == LANG_EN && e + 2 < len && e >= k + 2 &&
                   tok_is (doc, i + e, ",") && (tok_lex (doc, i + e - 1) & LECTERN_LEX_LOWER) &&
                   !(tok_lex (doc, i + e - 1) & LECTERN_LEX_ORG_HEAD))
            e = committee_list_end (doc, i, len, e, tags->data);
          if (!title_case)
            add_span (doc, i + k, i + e, vote, 2);
          k = e;
        }
      if (!title_case)
        {
          if (!credit_line)
            add_pattern_organizations (doc, i, len, tags->data);
          add_pattern_people (doc, i, len, tags->data);
          add_people_after_titles (doc, i, len, tags->data);
          add_people_after_portfolios (doc, i, len, tags->data);
        }
      doc->n_muted = 0;
      i = end;
    }

  doc->cur_n = 0;
  doc->lang = doc->story_lang;

  return TRUE;
}

/* ---- pass 2: merging ---- */

/* -1 for forms no tagged span supports (an acronym's expansion found by
 * its letters alone): they join entities but never make one. */
static int
winning_vote (const guint *votes)
{
  int best = VOTE_PER;

  for (int v = 1; v < N_VOTES; v++)
    if (votes[v] > votes[best])
      best = v;

  return votes[best] > 0 ? best : -1;
}

/* In English, a capitalized common word alone is seldom an organization's
 * name: "a toast to Freedom", "tried to leave the Federation" (a head
 * word standing for a longer name). Such a form keeps no vote of its own;
 * it still joins the longer name it is part of. Listed organizations and
 * companies keep theirs ("Apple", "Shell"). French is left alone: old
 * and official French writes "la Chambre", "le Sénat". Nor a country's
 * own institutions ("Parliament", "the Treasury"). */
static void
drop_common_organizations (Doc *doc)
{
  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      guint32 lex;

      /* "the Minister for Culture, Communications and Sport", "Secretary
       * of State": a title and its portfolio, no body. */
      if (form->n_tokens >= 3 && winning_vote (form->votes) == VOTE_ORG &&
          lang_at (doc, form->first) == LANG_EN &&
          (tok_lex (doc, form->first) & (LECTERN_LEX_TITLE | LECTERN_LEX_ORG_HEAD)) == LECTERN_LEX_TITLE &&
          (tok_is (doc, form->first + 1, "for") || tok_is (doc, form->first + 1, "of")) &&
          known_organization (doc, form->first, form->first + form->n_tokens) == 0)
        {
          memset (form->votes, 0, sizeof form->votes);
          continue;
        }
      if (form->n_tokens != 1 || winning_vote (form->votes) != VOTE_ORG ||
          lang_at (doc, form->first) != LANG_EN || tok_is_acronym (doc, form->first) ||
          tok_is_any (doc, form->first, lone_institutions, G_N_ELEMENTS (lone_institutions)))
        continue;
      lex = tok_lex (doc, form->first);
      if ((lex & (LECTERN_LEX_KNOWN_ORG | LECTERN_LEX_COMPANY)) ||
          !((lex & LECTERN_LEX_ORG_HEAD) || (lex & (LECTERN_LEX_LOWER | LECTERN_LEX_CAPITALIZED)) == LECTERN_LEX_LOWER) ||
          known_organization (doc, form->first, form->first + 1) != 0)
        continue;
      memset (form->votes, 0, sizeof form->votes);
    }
}

/* "R11.2 billion", "Sh6 million", "Rs 500", "RM2": an amount written with
 * a currency's letters glued to its figure (rand, shilling, rupee,
 * ringgit, naira, kwacha, pula, taka, rupiah, dong, baht). */
static gboolean
is_currency_amount (const Doc *doc,
                    guint      i)
{
  static const char *const prefixes[] = {
    "R", "Sh", "Ksh", "KSh", "Rs", "RM", "N", "K", "P", "Tk", "Rp", "GH", "Dh", "Dhs", "Tsh", "USh", "VND",
    "VN\xc4\x90", "Bt",
  };
  /* "RM420mil", "Rs5cr", "R2bn". */
  static const char *const units[] = { "m", "mn", "mil", "bn", "b", "k", "tril", "tn", "cr", "crore", "lakh" };
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  for (guint k = 0; k < G_N_ELEMENTS (prefixes); k++)
    {
      gsize n = strlen (prefixes[k]);
      guint32 j = (guint32) n;

      if (len <= n || strncmp (s, prefixes[k], n) != 0 || !g_ascii_isdigit (s[n]))
        continue;
      while (j < len && (g_ascii_isdigit (s[j]) || ((s[j] == '.' || s[j] == ',') && j + 1 < len)))
        j++;
      if (j == len)
        return TRUE;
      for (guint u = 0; u < G_N_ELEMENTS (units); u++)
        if (len - j == strlen (units[u]) && strncmp (s + j, units[u], len - j) == 0)
          return TRUE;
    }

  return FALSE;
}

/* Acronyms of common nouns: formats, devices, diseases, measures, kinds
 * of firms or contracts, ranks ("un DVD", "les PME", "l'ADN", "a CEO").
 * Written in capitals, they look like organizations to the tagger. Names
 * of organizations that share these letters ("ETA", "PS", "ISO") are left
 * out, and a listed organization always stands. So do amounts of money
 * glued to a currency's letters. */
static void
drop_common_acronyms (Doc *doc)
{
  static const char *common[] = {
    "ADN", "ARN", "DNA", "RNA", "PDF", "DVD", "CD", "USB", "GPS", "PC", "SMS", "MMS", "HIV", "VIH", "SIDA",
    "AIDS", "PIB", "GDP", "TVA", "VAT", "CEO", "PDG", "CFO", "CTO", "COO", "DG", "DRH", "PME", "PMI", "SME",
    "SMEs", "TPE", "ETI", "IT", "AI", "IA", "LGBT", "LGBTI", "LGBTQ", "OGM", "GMO", "GMOs", "OVNI", "UFO",
    "HLM", "TGV", "SUV", "CDD", "CDI", "SMIC", "IVG", "PMA", "GPA", "QG", "HQ", "ID", "URL", "HTML", "HTTP",
    "API", "CPU", "GPU", "RAM", "LED", "LCD", "MP3", "FAQ", "DIY", "VIP", "WC", "BTP", "RTT", "TTC", "HT",
    "KO", "OK", "CO2", "COVID", "SRAS", "SARS", "MERS", "VTC", "EPR", "ONG", "NGO", "NGOs", "ADSL", "LTE",
    "BD", "SDF", "IRM", "MRI", "ECG", "PCR", "VPN", "NFT", "ETF", "IPO", "OPA", "QI", "IQ", "LTS", "OS",
    "ICBM", "UAV", "IED", "RPG", "ATM", "PIN", "SSD", "HDD", "OLED", "HD", "UV", "DJ", "PhD", "MBA",
    "ICU", "PTSD", "ADHD", "STD", "IST", "MST", "BMI", "IMC", "UTC", "GMT", "CET", "CEST", "EST", "PST",
    "EDT", "PDT", "BST", "JPEG", "GIF", "PNG", "MP4", "CV", "RSVP", "PS", "FYI", "DRM", "P2P", "SIM",
    "GSM", "SUVs", "DVDs", "CDs", "PCs", "CEOs", "ONGs", "TV", "HDTV", "IPTV", "RER", "TER", "VTT",
    /* A French firm's works council, which every firm has. */
    "CSE", "CHSCT",
    /* A pronoun or a roman numeral, abbreviations that end names. */
    "I", "II", "III", "IV", "No.", "Inc.", "Ltd.", "Ltd", "Corp.", "Co.",
    /* Countries and provinces by their letters: places, not bodies. */
    "UAE", "U.A.E.", "EAU", "DRC", "RDC", "KSA", "PRC", "DPRK", "ROK", "RSA", "USA", "U.S.A.", "B.C.",
    "N.Z.",
  };
  static const char *const sizes[] = { "PME", "PMI", "TPE", "ETI", "SME", "SMEs" };

  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens != 1 ||
          !(tok_is_any (doc, form->first, common, G_N_ELEMENTS (common)) || is_currency_amount (doc, form->first)) ||
          (known_organization (doc, form->first, form->first + 1) != 0 &&
           /* "une ETI familiale": a firm's size, whatever body a list
            * knows by the letters. */
           !tok_is_any (doc, form->first, sizes, G_N_ELEMENTS (sizes))))
        continue;
      memset (form->votes, 0, sizeof form->votes);
    }
}

/* "le gouvernement d'Élisabeth Borne": a name that starts with a common
 * first name and has no organization word is a person's, whatever the
 * tagger said. */
/* "Le gouvernement d'Élisabeth Borne … Mme Borne": the name's last word
 * stands alone elsewhere in the story, and there only as a person's. The
 * name starts with a capitalized word that no list knows as anything but
 * a given name, or with one no list knows at all ("Wafula Chebukati …
 * Chebukati said"): a company named after its founder has its surname
 * alone as the company too. */
static gboolean
surname_is_a_person_elsewhere (Doc        *doc,
                               const Form *form)
{
  const guint32 not_given = LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_COMPANY |
                            LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                            LECTERN_LEX_LOWER | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN |
                            LECTERN_LEX_STOP_FR | LECTERN_LEX_KNOWN_ORG;
  guint first = form->first;
  guint last = first + form->n_tokens - 1;
  guint64 h = seq_hash (doc, last, last + 1);
  gpointer found;
  const Form *alone;

  if (!tok_starts_upper (doc, first) || !(tok_flags (doc, first) & LECTERN_TOKEN_WORD) ||
      tok_is_acronym (doc, first) || (tok_lex (doc, first) & not_given) ||
      ((tok_lex (doc, first) & LECTERN_LEX_CAPITALIZED) && !(tok_lex (doc, first) & LECTERN_LEX_GIVEN)) ||
      is_demonym (doc, first))
    return FALSE;
  found = g_hash_table_lookup (doc->form_by_seq, &h);
  if (found == NULL)
    return FALSE;
  alone = &g_array_index (doc->forms, Form, GPOINTER_TO_UINT (found) - 1);

  return alone->votes[VOTE_PER] > 0 && alone->votes[VOTE_ORG] == 0 && alone->votes[VOTE_LOC] == 0;
}

/* "ESA's Hera probe … Hera will swing past Mars": a name written beside a
 * word for a craft names the craft in the whole story, unless it is a
 * body's ("the SpaceX rocket", "the NASA mission": listed names, acronyms,
 * head words). */
static void
drop_crafts (Doc *doc)
{
  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      gboolean body = FALSE;

      if (form->vehicle == 0)
        continue;
      for (guint i = form->first; i < form->first + form->n_tokens && !body; i++)
        body = tok_is_acronym (doc, i) || is_company_word (doc, i) ||
               (tok_lex (doc, i) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_COMPANY |
                                    LECTERN_LEX_KNOWN_ORG)) != 0;
      if (body || known_organization (doc, form->first, form->first + form->n_tokens) != 0)
        continue;
      form->votes[VOTE_LOC] += form->votes[VOTE_PER] + form->votes[VOTE_ORG];
      form->votes[VOTE_PER] = form->votes[VOTE_ORG] = 0;
    }
}

/* "Kerry TD demands answers", "a Kerry TD": a constituency and a
 * member's letters, no name; the member is named elsewhere in full. */
static void
drop_members_by_letters (Doc *doc)
{
  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens != 2 || winning_vote (form->votes) != VOTE_PER || !is_post_nominal (doc, form->first + 1))
        continue;
      form->votes[VOTE_LOC] += form->votes[VOTE_PER];
      form->votes[VOTE_PER] = 0;
    }
}

/* "Hurricane Beryl flattened …", then "Beryl wiped out …": a name after
 * a word for a storm, tagged or not, is the storm's wherever the story
 * writes it alone (drop_crafts). */
static void
mark_storm_names (Doc *doc)
{
  for (guint k = 0; k + 1 < doc->n_tokens; k++)
    {
      guint64 h;
      gpointer found;

      /* The capital after it first, a bit in a table; then the word's
       * length (5 to 11 bytes). */
      if (!tok_starts_upper (doc, k + 1) || tok_len (doc, k) < 5 || tok_len (doc, k) > 11 ||
          !(tok_flags (doc, k + 1) & LECTERN_TOKEN_WORD) || !is_storm_word (doc, k))
        continue;
      h = seq_hash (doc, k + 1, k + 2);
      found = g_hash_table_lookup (doc->form_by_seq, &h);
      if (found != NULL)
        g_array_index (doc->forms, Form, GPOINTER_TO_UINT (found) - 1).vehicle++;
    }
}

/* "Lassa fever", then "Lassa is not an exotic disease"; "Parkinson's
 * disease", "la maladie de Lyme": a name beside a word for a disease
 * names the disease in the whole story (drop_crafts), not a person or a
 * place (GUIDELINES.md: a person only inside another name is not
 * listed); so does a name after a word for a medicine ("the drug
 * Keytruda"), a product. */
static void
mark_disease_names (Doc *doc)
{
  static const char *const after[] = {
    "fever", "virus", "disease", "diseases", "syndrome", "infection", "infections",
  };
  static const char *const before[] = { "maladie", "syndrome", "fièvre", "maladies" };
  static const char *const medicines[] = {
    "drug", "drugs", "medicine", "jab", "jabs", "pill", "injection", "médicament", "traitement", "vaccin",
  };

  const guint32 firsts = LETTER ('f') | LETTER ('v') | LETTER ('d') | LETTER ('s') | LETTER ('i');

  for (guint k = 0; k + 1 < doc->n_tokens; k++)
    {
      guint n = k + 1;
      guint64 h;
      gpointer found;

      /* The capital first, a bit in a table. */
      if (!tok_has_upper (doc, k) || !tok_starts_upper (doc, k) || !(tok_flags (doc, k) & LECTERN_TOKEN_WORD))
        continue;
      /* "the immunotherapy drug Keytruda", "le médicament Ozempic": a
       * medicine after its word. */
      if (k >= 1 && tok_starts_lower (doc, k - 1) && tok_len (doc, k - 1) >= 3 &&
          tok_is_any (doc, k - 1, medicines, G_N_ELEMENTS (medicines)))
        {
          h = seq_hash (doc, k, k + 1);
          found = g_hash_table_lookup (doc->form_by_seq, &h);
          if (found != NULL)
            g_array_index (doc->forms, Form, GPOINTER_TO_UINT (found) - 1).vehicle++;
          continue;
        }
      if (n + 1 < doc->n_tokens && tok_is_possessive (doc, n))
        n++;
      /* The word after by its first letter and length before its
       * spelling. */
      if (!(letter_in (firsts, *tok_str (doc, n)) && tok_len (doc, n) >= 5 && tok_len (doc, n) <= 10 &&
            tok_is_any (doc, n, after, G_N_ELEMENTS (after))) &&
          !(k >= 2 && tok_len (doc, k - 1) == 2 && tok_is (doc, k - 1, "de") &&
            tok_is_any (doc, k - 2, before, G_N_ELEMENTS (before))))
        continue;
      h = seq_hash (doc, k, k + 1);
      found = g_hash_table_lookup (doc->form_by_seq, &h);
      if (found != NULL)
        g_array_index (doc->forms, Form, GPOINTER_TO_UINT (found) - 1).vehicle++;
    }
}

static void
retype_first_names (Doc *doc)
{
  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      gboolean org_word = FALSE;

      if (form->n_tokens < 2 || form->n_tokens > 4 || form->votes[VOTE_ORG] == 0 ||
          (!(tok_lex (doc, form->first) & LECTERN_LEX_GIVEN_TOP) &&
           !surname_is_a_person_elsewhere (doc, form)))
        continue;
      for (guint i = form->first; i < form->first + form->n_tokens; i++)
        org_word = org_word || (tok_lex (doc, i) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL |
                                               LECTERN_LEX_COMPANY)) != 0 || is_company_word (doc, i) ||
                   is_family_firm_word (doc, i) || is_extra_head (doc, i, FALSE) || is_french_trade_word (doc, i) ||
                   !(tok_flags (doc, i) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, i);
      /* Nor a listed name and its branch ("France 3 Hauts-de-France"). */
      if (org_word || known_organization (doc, form->first, form->first + form->n_tokens) != 0 ||
          listed_name_length (doc, form->first, form->first + form->n_tokens, FALSE) >= 2)
        continue;
      form->votes[VOTE_PER] += form->votes[VOTE_ORG];
      form->votes[VOTE_ORG] = 0;
    }
}

/* "Franz Bakery", "Kelso Shipyards", "Georgia Power", "Ege Kompozit
 * A.Ş.", "Sahyadri Infra Karmachari Sangh": a name that the tagger took
 * for a person and that ends with a trade, a legal form or a head word
 * the name table lacks names a body. */
static void
retype_people_ending_in_trades (Doc *doc)
{
  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      guint last = form->first + form->n_tokens - 1;

      /* "Georgia Power", "Oglethorpe Power": a utility after a place or a
       * name that is no first name ("Samantha Power" is a person, and so
       * is "P Power"). */
      if (form->n_tokens < 2 || winning_vote (form->votes) != VOTE_PER ||
          !(is_company_word (doc, last) || is_extra_legal_form (doc, last) || is_extra_head (doc, last, FALSE) ||
            (tok_is (doc, last, "Power") && tok_len (doc, form->first) > 1 &&
             ((tok_lex (doc, form->first) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) ||
              !tok_is_first_name (doc, form->first)))))
        continue;
      form->votes[VOTE_ORG] += form->votes[VOTE_PER];
      form->votes[VOTE_PER] = 0;
    }
}

/* "works near Ben Thanh Market", "Ben Thanh Station": a name that the
 * tagger took for a person and that ends with a word for a built place
 * names that place. Words that are surnames too ("Wood", "Hill",
 * "Park") are left out. */
static void
retype_people_ending_in_places (Doc *doc)
{
  static const char *const words[] = {
    "Market", "Station", "Square", "Street", "Road", "Avenue", "Mall", "Beach", "Township", "Estate", "Heights",
    "Gardens", "Stadium", "Airport", "Terminal", "Junction", "Boulevard",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      guint last = form->first + form->n_tokens - 1;

      /* "Rod Laver Arena"; "Bruce Arena" is a person. */
      if (form->n_tokens < 2 || winning_vote (form->votes) != VOTE_PER ||
          !(tok_in_list (doc, last, words, G_N_ELEMENTS (words), hashes, &ready) ||
            (form->n_tokens >= 3 && tok_is (doc, last, "Arena"))))
        continue;
      form->votes[VOTE_LOC] += form->votes[VOTE_PER];
      form->votes[VOTE_PER] = 0;
    }
}

/* What the name table knows of a whole name outweighs the tagger's guess
 * in one sentence: a name the corpora tag mostly as a place ("Ottawa",
 * "Washington") is a place, and one ending with a legal suffix
 * ("Eberhard Faber GmbH") an organization. */
static void
retype_by_name_table (Doc *doc)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GHashTable) surnames = g_hash_table_new (g_int64_hash, g_int64_equal);

  /* "Robert Amsterdam": a place name can be a person's surname too. */
  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens >= 2 && form->votes[VOTE_PER] > 0)
        g_hash_table_add (surnames, &form->hash[form->n_tokens - 1]);
    }

  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      guint last = form->first + form->n_tokens - 1;
      guint32 lex;

      if (form->votes[VOTE_PER] + form->votes[VOTE_ORG] == 0)
        continue;
      if (form->n_tokens >= 2 && tok_starts_upper (doc, last) &&
          ((tok_lex (doc, last) & LECTERN_LEX_LEGAL) || is_company_word (doc, last)))
        {
          form->votes[VOTE_ORG] += form->votes[VOTE_PER];
          form->votes[VOTE_PER] = 0;
          continue;
        }
      lex = form->n_tokens == 1 ? tok_lex (doc, form->first)
                                : lectern_lexicon_lookup (doc->lexicon,
                                                          lectern_ner_lower_hash (form->surface,
                                                                                  strlen (form->surface),
                                                                                  scratch));
      /* Not after a title: "lord Beaconsfield" is Disraeli. */
      if ((lex & LECTERN_LEX_PLACE) &&
          !(form->n_tokens == 1 && (tok_is_acronym (doc, form->first) ||
                                    g_hash_table_contains (surnames, form->hash) ||
                                    (form->first > 0 && (tok_lex (doc, form->first - 1) & LECTERN_LEX_TITLE)))))
        {
          form->votes[VOTE_LOC] += form->votes[VOTE_PER] + form->votes[VOTE_ORG];
          form->votes[VOTE_PER] = form->votes[VOTE_ORG] = 0;
          continue;
        }
      /* A surname is no organization or place ("Michael Bloomberg",
       * "Bloomberg"), an acronym no place. */
      if (form->n_tokens == 1 && g_hash_table_contains (surnames, form->hash))
        continue;
      /* "Grant Thornton Bharat": a listed firm of two words or more,
       * named like a person, and the country of its branch ("Bharat",
       * India's own name, is a first name too); not "Raymond James
       * Stadium", "Rio Tinto Aluminium". */
      if (form->votes[VOTE_PER] > 0 && form->n_tokens >= 3 && form->n_tokens <= 4 &&
          ((tok_lex (doc, last) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) == (LECTERN_LEX_GEO | LECTERN_LEX_REGION) ||
           tok_is (doc, last, "Bharat")) &&
          known_organization (doc, form->first, last) != 0)
        {
          form->votes[VOTE_ORG] += form->votes[VOTE_PER];
          form->votes[VOTE_PER] = 0;
          continue;
        }
      if (known_organization (doc, form->first, form->first + form->n_tokens) != 0)
        {
          form->votes[VOTE_ORG] += form->votes[VOTE_PER] + form->votes[VOTE_LOC];
          form->votes[VOTE_PER] = form->votes[VOTE_LOC] = 0;
          continue;
        }
      if (form->n_tokens == 1 && tok_is_acronym (doc, form->first))
        continue;
      /* GeoNames and CLDR places: "Havana", "Tamil Nadu", "Liban" are no
       * people; a country or region is no organization ("the Russian
       * Federation" is optional at best). So are names a place word ends
       * or starts ("Permskiy Krai", "Rue de Rivoli"). */
      lex = name_flags (doc, form->first, form->first + form->n_tokens);
      if (form->n_tokens >= 2 && tok_starts_upper (doc, form->first) &&
          ((tok_starts_upper (doc, last) && (place_word (doc, last) & LECTERN_LEX_PLACE_SUFFIX) &&
            !(tok_lex (doc, last - 1) & LECTERN_LEX_ORG_HEAD)) ||
           /* Not "Mount Zion Baptist Church": a body's head word ends it. */
           ((place_word (doc, form->first) & LECTERN_LEX_PLACE_PREFIX) && !(tok_lex (doc, last) & LECTERN_LEX_ORG_HEAD))))
        lex |= LECTERN_LEX_GEO | LECTERN_LEX_REGION;
      if (lex & LECTERN_LEX_GEO)
        {
          form->votes[VOTE_LOC] += form->votes[VOTE_PER];
          form->votes[VOTE_PER] = 0;
        }
      if (lex & LECTERN_LEX_REGION)
        {
          form->votes[VOTE_LOC] += form->votes[VOTE_ORG];
          form->votes[VOTE_ORG] = 0;
        }
    }
}

/* "Cuban", "Russians", "Pakistani", "Nepalese": a one-word name made from
 * a word the story uses as a place names its people, not a person or an
 * organization; its votes go to the place. */
static void
drop_demonyms (Doc *doc)
{
  static const char *suffixes[] = {
    "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "ain", "ains", "aine", "aines",
    "ais", "aise", "ien", "iens", "ienne", "iennes",
  };
  static const char *endings[] = { "", "a", "y", "e" };
  guint n_forms = doc->forms->len;
  g_autoptr(GHashTable) places = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens == 1 && form->votes[VOTE_LOC] > form->votes[VOTE_PER] + form->votes[VOTE_ORG])
        g_hash_table_add (places, form->surface);
    }
  if (g_hash_table_size (places) == 0)
    return;

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      gsize len = strlen (form->surface);
      gboolean demonym = FALSE;

      /* "au Parisien" with Paris in the story is the newspaper. */
      if (form->n_tokens != 1 || winning_vote (form->votes) == VOTE_LOC ||
          known_after_contraction (doc, form->first, form->first + 1) != 0)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (suffixes) && !demonym; k++)
        {
          gsize sl = strlen (suffixes[k]);

          if (len <= sl + 2 || !g_str_has_suffix (form->surface, suffixes[k]))
            continue;
          for (guint e = 0; e < G_N_ELEMENTS (endings) && !demonym; e++)
            {
              g_autofree char *stem = g_strdup_printf ("%.*s%s", (int) (len - sl), form->surface,
                                                       endings[e]);

              demonym = g_hash_table_contains (places, stem);
            }
        }
      if (demonym)
        {
          form->votes[VOTE_LOC] += form->votes[VOTE_PER] + form->votes[VOTE_ORG];
          form->votes[VOTE_PER] = form->votes[VOTE_ORG] = 0;
        }
    }
}

/* "Villeneuve-Loubet (Alpes-Maritimes)", "Lugrin (Haute-Savoie)": after
 * "de", "à" or "in", a town, then its region in brackets. Not a country
 * ("Aldobrandi (Italie)", "Vingegaard (Danemark)" give people's
 * nationalities), nor a region that the lists also know as a place to
 * name alone ("Var"): the region has the region flag alone. */
static gboolean
in_region_brackets (Doc  *doc,
                    guint a)
{
  guint i = a + 2;

  static const char *before[] = { "de", "d'", "d\xe2\x80\x99", "à", "in", "at", "near", "of" };

  if (a == 0 || a + 3 >= doc->n_tokens || !tok_is (doc, a + 1, "(") ||
      !tok_is_any (doc, a - 1, before, G_N_ELEMENTS (before)))
    return FALSE;
  while (i < doc->n_tokens && i < a + 5 && (tok_lex (doc, i) & LECTERN_LEX_REGION) &&
         !(tok_lex (doc, i) & (LECTERN_LEX_PLACE | LECTERN_LEX_CAPITALIZED)) && tok_starts_upper (doc, i) &&
         !tok_is_acronym (doc, i))
    i++;

  return i > a + 2 && i < doc->n_tokens && tok_is (doc, i, ")");
}

/* Whether token i is a town of the towns list, even one whose word is a
 * name too ("Wattrelos", "Mons"). */
static gboolean
tok_is_town (Doc  *doc,
             guint i)
{
  char key[64];

  if (tok_len (doc, i) + 1 > sizeof key)
    return FALSE;
  key[0] = LECTERN_LEX_TOWN_KEY[0];
  memcpy (key + 1, tok_str (doc, i), tok_len (doc, i));

  return lectern_lexicon_lookup (doc->lexicon, lectern_ner_lower_hash (key, tok_len (doc, i) + 1, doc->scratch)) != 0;
}

/* Whether the words around token a place it: "in Santiago", "flew to
 * Jordan", and with by_links, "Lima and Santiago". French "à" counts
 * before a listed town only: "il a écrit à Florence" is as often the
 * woman as the city. "au" counts before a person's word alone ("au
 * Sahel"): the news puts a title before a person after it ("au président
 * X"); older texts lose "au Dante". With by_links too: a listed town
 * after "de" or a sentence's "A", and a word alone under the headline. */
static gboolean follows_firm_cue (const Doc *doc,
                                  guint      base,
                                  guint      k);

static gboolean
in_place_context (Doc     *doc,
                  guint    a,
                  gboolean by_links)
{
  static const char *prepositions[] = { "in", "into", "near", "outside" };
  static const char *nouns[] = {
    "crossing", "border", "province", "district", "region", "camp", "airport", "valley", "governorate",
    "neighbourhood", "neighborhood", "suburb", "county", "township", "jail", "prison", "municipality",
    /* "a Clondalkin man", "the Woolwich schoolboy": who lives there. */
    "man", "woman", "boy", "girl", "schoolboy", "schoolgirl", "teenager", "pensioner", "resident", "residents",
    "native",
  };
  static const char *moves[] = {
    "flew", "travelled", "traveled", "went", "moved", "returned", "fled", "deported", "headed", "sent",
    "extradited", "relocated", "flown", "back",
  };
  static const char *links[] = { "and", "et", "or", "ou" };
  static const char *settlements[] = {
    "commune", "ville", "village", "localité", "bourgade", "town", "city", "village",
    /* "la préfecture de Niort", "le diocèse de Tôlagnaro", "the outskirts
     * of Kherson". */
    "préfecture", "sous-préfecture", "diocèse", "canton", "arrondissement", "agglomération", "quartier",
    "banlieue", "environs", "outskirts", "suburbs", "diocese", "parish", "borough",
    /* "le conseil municipal de Mirande", "le maire de Castres". */
    "municipal", "maire", "mairie",
    /* "le laminoir de Schifflange", "les sites de Cholet et de Vannes",
     * "les riverains de Schaerbeek". */
    "usine", "usines", "site", "sites", "laminoir", "riverains", "habitants", "agences",
  };
  /* "Madina, a suburb north of the capital": what the place is, and
   * what may follow that word. */
  static const char *after_kinds[] = {
    "of", "in", "near", "north", "south", "east", "west", "outside", "on", "where", "with", "de", "du", "près", "au",
    "à", "située", "situé",
  };
  static const char *kinds[] = {
    "suburb", "town", "city", "village", "district", "neighbourhood", "neighborhood", "township", "settlement",
    "port", "hamlet", "commune", "ville", "bourgade", "localité", "quartier",
  };

  if (a == 0 || (a + 1 < doc->n_tokens && tok_is_possessive (doc, a + 1)))
    return FALSE;
  /* "a stake in Orvanta", "shares in Karrabin": a firm's. */
  if (a >= 2 && tok_is (doc, a - 1, "in") && follows_firm_cue (doc, 0, a))
    return FALSE;
  if (tok_is_any (doc, a - 1, prepositions, G_N_ELEMENTS (prepositions)) ||
      ((tok_flags (doc, a - 1) & LECTERN_TOKEN_SENTENCE_START) && tok_is (doc, a - 1, "In")))
    return TRUE;
  if (a + 5 < doc->n_tokens && tok_is (doc, a + 1, ",") &&
      (tok_is (doc, a + 2, "a") || tok_is (doc, a + 2, "an") || tok_is (doc, a + 2, "une") || tok_is (doc, a + 2, "un")))
    {
      guint n = tok_is_any (doc, a + 3, kinds, G_N_ELEMENTS (kinds))                                   ? a + 3
                : tok_starts_lower (doc, a + 3) && tok_is_any (doc, a + 4, kinds, G_N_ELEMENTS (kinds)) ? a + 4
                                                                                                       : 0;

      /* The kind ends its phrase: not "Maersk, a port operator". */
      if (n != 0 && (!(tok_flags (doc, n + 1) & LECTERN_TOKEN_WORD) ||
                     tok_is_any (doc, n + 1, after_kinds, G_N_ELEMENTS (after_kinds))))
        return TRUE;
    }
  /* "the Rafah crossing", "the Donetsk region". */
  if (a + 1 < doc->n_tokens && tok_is_any (doc, a + 1, nouns, G_N_ELEMENTS (nouns)))
    return TRUE;
  if (a >= 2 && tok_is (doc, a - 1, "to") && tok_is_any (doc, a - 2, moves, G_N_ELEMENTS (moves)))
    return TRUE;
  /* "la commune de Villeneuve-Loubet", "the town of Dettah". */
  if (a >= 2 && (tok_is (doc, a - 1, "de") || tok_is (doc, a - 1, "d'") || tok_is (doc, a - 1, "d\xe2\x80\x99") ||
                 tok_is (doc, a - 1, "of")) &&
      tok_is_any (doc, a - 2, settlements, G_N_ELEMENTS (settlements)))
    return TRUE;
  if (in_region_brackets (doc, a))
    return TRUE;
  /* "Niort, le 3 mars –": a French dateline. */
  if (a + 3 < doc->n_tokens && (tok_flags (doc, a) & LECTERN_TOKEN_SENTENCE_START) && tok_is (doc, a + 1, ",") &&
      tok_is (doc, a + 2, "le") && g_ascii_isdigit (*tok_str (doc, a + 3)))
    return TRUE;
  /* "in Buluan, Maguindanao,": a region after a town and a comma, the
   * clause going on after it. */
  if (a >= 3 && a + 1 < doc->n_tokens && tok_is (doc, a - 1, ",") &&
      (tok_lex (doc, a - 2) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE)) && !tok_is_acronym (doc, a - 2) &&
      tok_is_any (doc, a - 3, prepositions, G_N_ELEMENTS (prepositions)) &&
      (tok_is (doc, a + 1, ",") || tok_is (doc, a + 1, ".") || tok_is (doc, a + 1, ")")))
    return TRUE;
  if (!by_links)
    return FALSE;
  /* "les risques sécuritaires au Sahel": French names no one after "au"
   * (a person is "au président X", "à M. X"). */
  if (tok_is (doc, a - 1, "au"))
    return TRUE;
  /* "ouvrira à Wattrelos dans", "à Mons, on fait valoir", "alimente
   * depuis Douai": after "à" or "depuis", a listed town that is no
   * frequent first name ("à Florence"). */
  if ((tok_is (doc, a - 1, "\xc3\xa0") || tok_is (doc, a - 1, "depuis")) &&
      !(tok_lex (doc, a) & LECTERN_LEX_GIVEN_TOP) && tok_is_town (doc, a))
    return TRUE;
  /* "Féminicide de Wattrelos", "un élève de Grigny": after "de", a
   * listed town that is no frequent first name nor surname. */
  if ((tok_is (doc, a - 1, "de") || tok_is_elision_de (doc, a - 1)) && a >= 2 && !is_honorific (doc, a - 2) &&
      !(tok_lex (doc, a) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME_TOP)) && tok_is_town (doc, a))
    return TRUE;
  /* "A Wattrelos, c'est un médecin": French capital "À" loses its
   * accent at a sentence's start. */
  if ((tok_is (doc, a - 1, "A") || tok_is (doc, a - 1, "\xc3\x80")) &&
      (tok_flags (doc, a - 1) & LECTERN_TOKEN_SENTENCE_START) && lang_at (doc, a) == LANG_FR &&
      a + 1 < doc->n_tokens && tok_is (doc, a + 1, ",") && !(tok_lex (doc, a) & LECTERN_LEX_GIVEN_TOP) &&
      tok_is_town (doc, a))
    return TRUE;
  /* "Geneva" alone on a line under the headline: the dateline's place
   * (a byline names someone in two words at least). */
  if ((tok_flags (doc, a) & LECTERN_TOKEN_LINE_START) && a < 60 &&
      (a + 1 == doc->n_tokens || (tok_flags (doc, a + 1) & LECTERN_TOKEN_LINE_START)))
    {
      guint lines = 0;

      for (guint i = 0; i < a; i++)
        lines += (tok_flags (doc, i) & LECTERN_TOKEN_LINE_START) != 0;
      if (lines >= 1 && lines <= 2)
        return TRUE;
    }
  if (a >= 2 && tok_is_any (doc, a - 1, links, G_N_ELEMENTS (links)) &&
      (tok_lex (doc, a - 2) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) && !tok_is_acronym (doc, a - 2))
    return TRUE;

  return a + 2 < doc->n_tokens && tok_is_any (doc, a + 1, links, G_N_ELEMENTS (links)) &&
         (tok_lex (doc, a + 2) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) && !tok_is_acronym (doc, a + 2);
}

/* Whether the words around token a make it a product: "the Gemini model",
 * "Siri voice assistant", "le modèle Gemini", "la fusée Ariane". */
static gboolean
in_product_context (Doc  *doc,
                    guint a)
{
  static const char *after[] = {
    "model", "models", "assistant", "chatbot", "app", "apps", "phone", "phones", "smartphone", "smartphones",
    "software", "browser", "console", "tablet", "laptop", "laptops", "jet", "jets", "rocket", "rockets",
    "vaccine", "drug", "pill", "headset", "chip", "chips", "processor", "operating",
  };
  static guint64 after_hashes[G_N_ELEMENTS (after)];
  static gsize after_ready = 0;
  static const char *before[] = {
    "modèle", "assistant", "smartphone", "application", "appli", "fusée", "lanceur", "vaccin", "chatbot",
    "logiciel", "console", "avion", "appareil", "missile", "drone", "satellite", "navire", "porte-avions",
    "sous-marin", "char", "médicament", "puce", "processeur", "casque", "navigateur",
  };
  static guint64 before_hashes[G_N_ELEMENTS (before)];
  static gsize before_ready = 0;

  if (a + 1 < doc->n_tokens && tok_starts_lower (doc, a + 1) &&
      (tok_in_list (doc, a + 1, after, G_N_ELEMENTS (after), after_hashes, &after_ready) ||
       (a + 2 < doc->n_tokens && tok_is (doc, a + 1, "voice") && tok_is (doc, a + 2, "assistant"))))
    return TRUE;

  return a > 0 && tok_in_list (doc, a - 1, before, G_N_ELEMENTS (before), before_hashes, &before_ready);
}

/* "Wavrechain-la-Motte", "Boulogne-sur-Mer", "Saint-Rémy-de-Provence": a
 * French commune's name joins capitalized words with a lower-case
 * particle; a person's name does so with none. */
static gboolean
is_commune_name (const Doc *doc,
                 guint      a)
{
  static const char *particles[] = {
    "-la-", "-le-", "-les-", "-sur-", "-sous-", "-en-", "-lès-", "-lez-", "-aux-", "-de-", "-du-", "-des-",
    "-d'", "-d\xe2\x80\x99", "-et-",
  };
  const char *word = tok_str (doc, a);
  const char *end = word + tok_len (doc, a);

  if (!tok_starts_upper (doc, a) || memchr (word, '-', tok_len (doc, a)) == NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (particles); k++)
    {
      const char *at = g_strstr_len (word, tok_len (doc, a), particles[k]);

      /* The particle ends with "-", so a letter may follow it. */
      if (at != NULL && at + strlen (particles[k]) < end &&
          g_unichar_isupper (g_utf8_get_char (at + strlen (particles[k]))))
        return TRUE;
    }

  return FALSE;
}

/* The place of the tagger that span k + 1 (0: none) is, if the name
 * table knows it too: the tagger's places alone are as often people ("by
 * Powell and Annan"). */
static gboolean
is_known_place_span (Doc      *doc,
                     gpointer  k)
{
  const Span *span;

  if (k == NULL)
    return FALSE;
  span = &g_array_index (doc->spans, Span, GPOINTER_TO_UINT (k) - 1);

  return (name_flags (doc, span->start, span->start + span->len) &
          (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) != 0;
}

/* Whether token i is a word alone that the lists know as a town or a
 * place and as no first name or surname ("Tourcoing",
 * "Baziège"), whatever the tagger made of it. */
static gboolean
is_lone_town (Doc   *doc,
              guint  i)
{
  if (i == 0 || i + 1 >= doc->n_tokens || !tok_starts_upper (doc, i) || tok_starts_upper (doc, i - 1) ||
      tok_starts_upper (doc, i + 1) || tok_is_acronym (doc, i) ||
      (tok_lex (doc, i) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME)))
    return FALSE;
  return (tok_lex (doc, i) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE)) || tok_is_town (doc, i);
}

/* Whether the word at a is listed among places: "from Wagga Wagga,
 * Griffith and Albury", "in Randwick or Manly". */
static gboolean
listed_with_places (Doc        *doc,
                    guint       a,
                    GHashTable *loc_first,
                    GHashTable *loc_last)
{
  static const char *links[] = { "and", "et", "or", "ou" };
  static const char *const preps[] = { "de", "à", "from", "to", "in" };
  gboolean link_before, link_after, comma_before, comma_after, named;
  guint before = a - 2, after = a + 2;

  /* Not a known surname or first name ("by Powell and Annan"), unless
   * it is a listed town beside another that is no name ("agences de
   * Revel, Baziège et Villefranche"). */
  if (a < 2 || a + 2 >= doc->n_tokens || tok_is_possessive (doc, a + 1))
    return FALSE;
  named = (tok_lex (doc, a) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME_TOP)) != 0;
  if (named && !tok_is_town (doc, a))
    return FALSE;
  link_before = tok_is_any (doc, a - 1, links, G_N_ELEMENTS (links));
  comma_before = tok_is (doc, a - 1, ",");
  link_after = tok_is_any (doc, a + 1, links, G_N_ELEMENTS (links));
  comma_after = tok_is (doc, a + 1, ",");
  /* "de Goma et de Bukavu": the list repeats the preposition. */
  if (tok_is_any (doc, a - 1, preps, G_N_ELEMENTS (preps)) && a >= 3)
    {
      if (link_after && a + 3 < doc->n_tokens && tok_lower (doc, a + 2) == tok_lower (doc, a - 1))
        after = a + 3;
      if (tok_is_any (doc, a - 2, links, G_N_ELEMENTS (links)) && a >= 4 &&
          tok_lower (doc, a - 4) == tok_lower (doc, a - 1))
        {
          link_before = TRUE;
          before = a - 3;
        }
    }

  /* A comma alone is no list ("in London, Johnson said"): the item needs a
   * link or a comma on its other side too. */
  if ((link_before || (comma_before && (link_after || comma_after))) &&
      ((!named && is_known_place_span (doc, g_hash_table_lookup (loc_last, GUINT_TO_POINTER (before + 1)))) ||
       is_lone_town (doc, before)))
    return TRUE;

  return (link_after || (comma_after && (link_before || comma_before))) &&
         ((!named && is_known_place_span (doc, g_hash_table_lookup (loc_first, GUINT_TO_POINTER (after + 1)))) ||
          is_lone_town (doc, after));
}

/* Whether the word at a is listed between two of the tagger's places,
 * however little known: "in Maryhill, Ruchill and Possilpark". */
static gboolean
between_tagged_places (Doc        *doc,
                       guint       a,
                       GHashTable *loc_first,
                       GHashTable *loc_last)
{
  if (a < 2 || a + 2 >= doc->n_tokens || !tok_is (doc, a - 1, ",") ||
      !(tok_is (doc, a + 1, "and") || tok_is (doc, a + 1, "et") || tok_is (doc, a + 1, ",") ||
        tok_is (doc, a + 1, "or") || tok_is (doc, a + 1, "ou")) ||
      (tok_lex (doc, a) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME_TOP)))
    return FALSE;

  return g_hash_table_contains (loc_last, GUINT_TO_POINTER (a - 1)) &&
         g_hash_table_contains (loc_first, GUINT_TO_POINTER (a + 3));
}

/* Whether the word at a comes before a noun that a place's name modifies
 * and a person's does not without "'s": "the Carrigtwohill plant",
 * "homes in a Scotstoun estate", "a sell-out Scotstoun crowd". */
static gboolean
before_place_noun (Doc  *doc,
                   guint a)
{
  static const char *const nouns[] = {
    "plant", "site", "estate", "area", "housing", "residents", "crowd", "depot", "factory", "campus",
    "branch", "harbour", "harbor", "pier", "seafront", "suburb", "outskirts", "bypass", "junction",
    "roundabout", "parish", "village", "town", "townland", "ward", "constituency",
  };

  return a + 1 < doc->n_tokens && a > 0 && !tok_is_possessive (doc, a - 1) && tok_starts_lower (doc, a + 1) &&
         tok_is_any (doc, a + 1, nouns, G_N_ELEMENTS (nouns));
}

/* A first name alone that every mention places ("flew to Santiago",
 * "Jordan and Syria") is a place the lists left out for being a first
 * name too, or for being a small town ("into Rafah", "the Rafah
 * crossing"): its votes go to the place. So do those of a product that
 * every mention names as one ("the Gemini model", "le modèle Gemini").
 * Not when a longer name of the story holds the word ("Juan Santiago"),
 * nor for an organization that a list knows. A person's name of two words
 * is placed by "in" or "near" alone ("in Khan Younis"). */
static void
retype_lone_places (Doc *doc)
{
  guint n_forms = doc->forms->len;
  g_autofree guint *seen = g_new0 (guint, n_forms);
  g_autofree guint *placed = g_new0 (guint, n_forms);
  g_autoptr(GHashTable) loc_first = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) loc_last = g_hash_table_new (NULL, NULL);

  /* The tagger's places by their first and last tokens (both keyed and
   * valued + 1: the span's index), for names listed among them. */
  for (guint k = 0; k < doc->spans->len; k++)
    {
      const Span *span = &g_array_index (doc->spans, Span, k);

      if (span->type != VOTE_LOC)
        continue;
      g_hash_table_insert (loc_first, GUINT_TO_POINTER (span->start + 1), GUINT_TO_POINTER (k + 1));
      g_hash_table_insert (loc_last, GUINT_TO_POINTER (span->start + span->len), GUINT_TO_POINTER (k + 1));
    }

  for (guint k = 0; k < doc->spans->len; k++)
    {
      const Span *span = &g_array_index (doc->spans, Span, k);
      guint64 h;
      gpointer found;

      if (span->len > 2 || (span->type != VOTE_PER && span->type != VOTE_ORG && span->type != VOTE_LOC))
        continue;
      h = seq_hash (doc, span->start, span->start + span->len);
      found = g_hash_table_lookup (doc->form_by_seq, &h);
      /* "M. Bignon": a person after an honorific, whose name alone
       * ("au Bignon") may be a place elsewhere, is not one here. */
      if (found == NULL && span->len == 2 && span->type == VOTE_PER && is_honorific (doc, span->start))
        {
          h = seq_hash (doc, span->start + 1, span->start + 2);
          if ((found = g_hash_table_lookup (doc->form_by_seq, &h)) != NULL)
            seen[GPOINTER_TO_UINT (found) - 1]++;
          continue;
        }
      if (found == NULL)
        continue;
      /* A region in brackets places a name for the whole story, whatever
       * the tagger made of this mention. */
      if (in_region_brackets (doc, span->start))
        placed[GPOINTER_TO_UINT (found) - 1] += doc->spans->len;
      /* "talks stall in Geneva" where the tagger saw the place: one
       * placing mention more, though it asks for none. */
      if (span->type == VOTE_LOC)
        {
          if (span->len == 1 && in_place_context (doc, span->start, FALSE))
            placed[GPOINTER_TO_UINT (found) - 1]++;
          continue;
        }
      seen[GPOINTER_TO_UINT (found) - 1]++;
      /* A link to a place says less of an organization ("the Allies and
       * Germany", "3AW in Melbourne and FIVEaa"). */
      if (span->len == 1 ? in_place_context (doc, span->start, span->type == VOTE_PER) ||
                               in_product_context (doc, span->start)
                         : span->start > 0 &&
                               (tok_is (doc, span->start - 1, "in") || tok_is (doc, span->start - 1, "near")) &&
                               !(span->start + 2 < doc->n_tokens && tok_is_possessive (doc, span->start + 2)))
        placed[GPOINTER_TO_UINT (found) - 1]++;
      else if (span->len == 1 && span->type == VOTE_PER &&
               (listed_with_places (doc, span->start, loc_first, loc_last) || is_commune_name (doc, span->start) ||
                between_tagged_places (doc, span->start, loc_first, loc_last) ||
                before_place_noun (doc, span->start)))
        placed[GPOINTER_TO_UINT (found) - 1]++;
    }

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      gboolean held = FALSE;
      int vote = winning_vote (form->votes);

      /* Two words only for a person's name without a frequent first name
       * ("in Khan Younis", not "faith in Joe Biden"). */
      if (form->n_tokens > 2 || placed[f] == 0 || placed[f] < seen[f] ||
          (vote != VOTE_PER && vote != VOTE_ORG) ||
          (form->n_tokens == 2 && (vote != VOTE_PER || (tok_lex (doc, form->first) & LECTERN_LEX_GIVEN_TOP))))
        continue;
      /* "in Parliament": a country's own institution, not a place. */
      if (vote == VOTE_ORG && (tok_is_acronym (doc, form->first) ||
                               known_organization (doc, form->first, form->first + 1) != 0 ||
                               tok_is_any (doc, form->first, lone_institutions, G_N_ELEMENTS (lone_institutions))))
        continue;
      for (guint g = 0; g < n_forms && !held; g++)
        {
          const Form *other = &g_array_index (doc->forms, Form, g);

          for (guint t = 0; t < other->n_tokens && other->n_tokens > form->n_tokens && !held; t++)
            held = other->hash[t] == form->hash[0];
        }
      if (held)
        continue;
      form->votes[VOTE_LOC] += form->votes[VOTE_PER] + form->votes[VOTE_ORG];
      form->votes[VOTE_PER] = form->votes[VOTE_ORG] = 0;
    }
}

/* Whether the story tells of motor racing, where "Ferrari", "Haas" and
 * "McLaren" alone are teams: it names a Grand Prix or Formula One, or
 * counts laps. */
static gboolean
story_is_motor_racing (Doc *doc)
{
  for (guint i = 0; i + 1 < doc->n_tokens; i++)
    if ((tok_is (doc, i, "Grand") && tok_is (doc, i + 1, "Prix")) ||
        (tok_is (doc, i, "Formula") && (tok_is (doc, i + 1, "One") || tok_is (doc, i + 1, "1"))) ||
        (tok_is (doc, i, "Formule") && tok_is (doc, i + 1, "1")) || tok_is (doc, i, "laps") ||
        tok_is (doc, i, "F1"))
      return TRUE;

  return FALSE;
}

/* "Chelsea drew with Arsenal": a club is written without its "FC". A
 * word alone taken for a person, that no longer person name of the story
 * holds, and that a list knows with "FC" or "Football Club", is the
 * club. */
static void
retype_club_names (Doc *doc)
{
  guint n_forms = doc->forms->len;
  int racing = -1;

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      gboolean held = FALSE, club = FALSE;

      if (form->n_tokens != 1 || winning_vote (form->votes) != VOTE_PER)
        continue;
      /* The list first: the search of longer names is over all forms. */
      if (racing < 0)
        racing = story_is_motor_racing (doc);
      club = is_listed_club (doc, form->first, racing);
      if (!club)
        continue;
      for (guint g = 0; g < n_forms && !held; g++)
        {
          const Form *other = &g_array_index (doc->forms, Form, g);

          for (guint t = 0; t < other->n_tokens && other->n_tokens > 1 && !held; t++)
            held = other->hash[t] == form->hash[0];
        }
      if (held)
        continue;
      form->votes[VOTE_ORG] += form->votes[VOTE_PER];
      form->votes[VOTE_PER] = 0;
    }
}

/* The last word of a club's name: "Club", "FC", "Rugby", or a
 * nickname in the plural ("Tigers", "Sharks") that heads no body. */
static gboolean
is_club_name_end (Doc  *doc,
                  guint i)
{
  static const char *const words[] = {
    "Club", "FC", "AFC", "RFC", "CCC", "United", "City", "Town", "Rovers", "Athletic", "Wanderers", "Albion",
    "County", "Rangers", "Rugby", "Cricket", "Thistle", "Academicals",
  };
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words)) ||
         (len >= 5 && s[len - 1] == 's' && tok_starts_upper (doc, i) && memchr (s, '-', len) == NULL &&
          !(tok_lex (doc, i) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_GEO | LECTERN_LEX_PLACE)));
}

/* Whether the story tells of a team sport in English: four of its
 * words among the first two thousand tokens. */
static gboolean
story_is_team_sport (Doc *doc)
{
  static const char *const words[] = {
    "match", "season", "league", "coach", "striker", "midfielder", "defender", "goals", "try", "tries",
    "wicket", "wickets", "innings", "fixture", "squad", "kick-off", "rugby", "football", "cricket", "fly-half",
    "scrum-half", "winger", "full-back", "batsman", "bowler", "Premiership", "semi-final", "quarter-final",
    "penalty", "scored", "relegation", "promotion", "points",
    /* And in French. */
    "saison", "championnat", "entraîneur", "essai", "essais", "buts", "victoire", "défaite", "demi-finale",
    "quart", "attaquant", "défenseur", "ailier", "pilier", "talonneur", "demi", "ouverture", "handball", "basket",
    "maillot", "classement", "relégation", "montée", "Top", "Pro", "Ligue",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;
  guint found = 0;

  for (guint i = 0; i < MIN (doc->n_tokens, 2000) && found < 4; i++)
    if (tok_len (doc, i) >= 3 && (tok_flags (doc, i) & LECTERN_TOKEN_WORD) &&
        tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready))
      found++;

  return found >= 4;
}

/* Whether token i is a match's score: "28-29", "3-1". */
static gboolean
is_score (const Doc *doc,
          guint      i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i), k = 0, digits = 0;

  while (k < len && g_ascii_isdigit (s[k]))
    k++, digits++;
  if (digits == 0 || digits > 3 || k >= len || s[k] != '-')
    return FALSE;
  for (k++, digits = 0; k < len && g_ascii_isdigit (s[k]); k++)
    digits++;

  return k == len && digits > 0 && digits <= 3;
}

/* team_cue_at in French: "l'entraîneur de Vannes" (2); "Vannes a battu
 * Aurillac", "contre Aurillac", "face à Dunkerque", "Vannes reçoit
 * Agen" (1). */
static int
french_team_cue_at (Doc  *doc,
                    guint i)
{
  static const char *const staff[] = {
    "entraîneur", "entraîneuse", "président", "présidente", "capitaine", "joueurs", "joueuses", "joueur",
    "joueuse", "supporters", "manager", "ailier", "pilier", "talonneur", "arrière", "gardien", "gardienne",
    "demi", "centre", "buteur", "meneur", "pivot", "staff", "effectif",
  };
  static const char *const results[] = {
    "bat", "domine", "reçoit", "recevra", "affronte", "affrontera", "accueille", "accueillera", "l'emporte",
  };
  static const char *const past[] = { "battu", "dominé", "reçu", "affronté", "accueilli", "surclassé", "renversé" };
  static const char *const opponents[] = {
    "contre", "battu", "dominé", "reçoit", "affronte", "affrontera", "accueille", "rejoint", "surclassé",
  };
  guint n = doc->n_tokens;

  if (i > 1 && (tok_is (doc, i - 1, "de") || tok_is_elision_de (doc, i - 1)) &&
      tok_is_any (doc, i - 2, staff, G_N_ELEMENTS (staff)))
    return 2;
  if (i + 1 < n && tok_is_any (doc, i + 1, results, G_N_ELEMENTS (results)))
    return 1;
  if (i + 2 < n && tok_is (doc, i + 1, "a") && tok_is_any (doc, i + 2, past, G_N_ELEMENTS (past)))
    return 1;
  if (i > 0 && tok_is_any (doc, i - 1, opponents, G_N_ELEMENTS (opponents)))
    return 1;
  if (i > 1 && (tok_is (doc, i - 1, "à") || tok_is (doc, i - 1, "au")) && tok_is (doc, i - 2, "face"))
    return 1;

  return 0;
}

/* What the words around token i, in a story of a team sport, say of it:
 * 2 its staff, players or fans ("Kilmarnock manager", "Gloucester's head
 * coach"); 1 a result, a fixture or a transfer ("Gloucester beat Bath",
 * "against Kilmarnock", "v Leicester", "joined Everton", "on loan from
 * Motherwell"), which a player has too; 0 neither. */
static int
team_cue_at (Doc  *doc,
             guint i)
{
  static const char *const results[] = {
    "beat", "beats", "defeated", "edged", "thrashed", "drew", "host", "hosted", "hosts", "face", "faced",
    "trail", "trailed", "visit", "visited", "overcame", "outclassed", "thumped", "crushed",
  };
  static const char *const opponents[] = {
    "beat", "against", "v", "vs", "v.", "vs.", "over", "defeated", "joined", "join", "edged", "thrashed",
    "hosted", "hosting", "face", "facing", "visit",
  };
  static const char *const staff[] = {
    "coach", "manager", "captain", "chairman", "boss", "striker", "winger", "forward", "defender", "midfielder",
    "full-back", "prop", "lock", "fly-half", "scrum-half", "flanker", "hooker", "batsman", "batter", "bowler",
    "all-rounder", "wicketkeeper", "player", "players", "fans", "supporters", "academy", "head", "squad",
    "director", "owner", "victory", "win", "defeat", "side", "team", "goalkeeper", "skipper", "centre",
  };
  guint n = doc->n_tokens;

  /* "par Dunkerque (28-29)", "Bath (24-10)": a score in brackets; "à
   * Bourg-en-Bresse (88-80)" is where the match was. */
  if (i + 3 < n && tok_is (doc, i + 1, "(") && tok_is (doc, i + 3, ")") && is_score (doc, i + 2) &&
      !(tok_is (doc, i - 1, "\xc3\xa0") || tok_is (doc, i - 1, "in") || tok_is (doc, i - 1, "at")))
    return 1;
  if (doc->story_lang == LANG_FR)
    return french_team_cue_at (doc, i);
  /* Its staff, players or fans first: no town or person has them. */
  if (i + 1 < n && tok_starts_lower (doc, i + 1) && tok_is_any (doc, i + 1, staff, G_N_ELEMENTS (staff)))
    return 2;
  if (i + 2 < n && tok_is_possessive (doc, i + 1) && tok_is_any (doc, i + 2, staff, G_N_ELEMENTS (staff)))
    return 2;
  if (i + 1 < n && tok_is_any (doc, i + 1, results, G_N_ELEMENTS (results)))
    return 1;
  if (i > 0 && tok_is_any (doc, i - 1, opponents, G_N_ELEMENTS (opponents)))
    return 1;
  /* "lost to Bath", "a draw with Hibernian", "a league meeting with
   * Peterhead", "on loan from Motherwell", "signed from Kilmarnock",
   * "signed for Everton". */
  if (i > 1 && ((tok_is (doc, i - 1, "to") && (tok_is (doc, i - 2, "lost") || tok_is (doc, i - 2, "defeat"))) ||
                (tok_is (doc, i - 1, "with") &&
                 (tok_is (doc, i - 2, "draw") || tok_is (doc, i - 2, "drew") || tok_is (doc, i - 2, "meeting") ||
                  tok_is (doc, i - 2, "clash") || tok_is (doc, i - 2, "tie") || tok_is (doc, i - 2, "derby") ||
                  tok_is (doc, i - 2, "fixture"))) ||
                (tok_is (doc, i - 1, "from") &&
                 (tok_is (doc, i - 2, "loan") || tok_is (doc, i - 2, "signed") || tok_is (doc, i - 2, "joined") ||
                  tok_is (doc, i - 2, "recruited") || tok_is (doc, i - 2, "transfer") ||
                  tok_is (doc, i - 2, "move"))) ||
                (tok_is (doc, i - 1, "for") && tok_is (doc, i - 2, "signed"))))
    return 1;

  return 0;
}

/* "Gloucester beat Bath", "Kilmarnock manager Derek McInnes": in a
 * story of a team sport in English, a word alone that names a town or a
 * county is its team where a result or its staff say so, and any word
 * that is no common name where its staff do; the whole story then reads
 * it as the team. A name the tagger left out gets a form. */
static void
mark_teams_named_by_towns (Doc *doc)
{
  /* English counties the place lists lack ("Gloucestershire"). */
  static const char *const shires[] = { "shire" };
  g_autoptr(GArray) cued = NULL;
  g_autoptr(GHashTable) in_people = NULL;

  if ((doc->story_lang != LANG_EN && doc->story_lang != LANG_FR) || !story_is_team_sport (doc))
    return;
  cued = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 1; i + 1 < doc->n_tokens; i++)
    {
      guint64 h;
      gpointer found;

      int cue;

      if (!tok_starts_upper (doc, i) || tok_len (doc, i) < 4 || !(tok_flags (doc, i) & LECTERN_TOKEN_WORD) ||
          tok_is_acronym (doc, i) || (i + 1 < doc->n_tokens && tok_starts_upper (doc, i + 1)) ||
          tok_starts_upper (doc, i - 1) || (cue = team_cue_at (doc, i)) == 0)
        continue;
      h = seq_hash (doc, i, i + 1);
      found = g_hash_table_lookup (doc->form_by_seq, &h);
      /* A result names a town's or a county's team; its staff name any
       * team the tagger did not read as a person, that is no common word
       * or name ("Hibernian manager", not "Trump fans", "When players"). */
      if (!((tok_lex (doc, i) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_REGION)) || tok_is_town (doc, i) ||
            tok_ends_with_any (doc, i, shires, 1, 3)) &&
          (cue == 1 || (tok_flags (doc, i) & (LECTERN_TOKEN_SENTENCE_START | LECTERN_TOKEN_LINE_START)) ||
           (tok_lex (doc, i) & (LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME_TOP | LECTERN_LEX_TITLE | LECTERN_LEX_LOWER |
                                LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR)) ||
           memchr (tok_str (doc, i), '-', tok_len (doc, i)) != NULL || is_demonym (doc, i) ||
           (found != NULL && g_array_index (doc->forms, Form, GPOINTER_TO_UINT (found) - 1).votes[VOTE_PER] > 0)))
        continue;
      if (found == NULL)
        {
          add_span (doc, i, i + 1, VOTE_ORG, 1);
          found = g_hash_table_lookup (doc->form_by_seq, &h);
          if (found == NULL)
            continue;
        }
      g_array_append_val (cued, (guint) { GPOINTER_TO_UINT (found) - 1 });
    }
  if (cued->len == 0)
    return;
  /* "Feliciano Lopez beat …": a word of a person's longer name is that
   * person, in a sport of players. The words of those names, once. */
  in_people = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint g = 0; g < doc->forms->len; g++)
    {
      Form *other = &g_array_index (doc->forms, Form, g);

      if (other->n_tokens > 1 && winning_vote (other->votes) == VOTE_PER)
        for (guint t = 0; t < other->n_tokens; t++)
          g_hash_table_add (in_people, &other->hash[t]);
    }
  for (guint k = 0; k < cued->len; k++)
    {
      Form *form = &g_array_index (doc->forms, Form, g_array_index (cued, guint, k));

      if (form->team || g_hash_table_contains (in_people, &form->hash[0]))
        continue;
      form->team = TRUE;
      form->votes[VOTE_ORG] += form->votes[VOTE_LOC] + form->votes[VOTE_PER] + 1;
      form->votes[VOTE_LOC] = form->votes[VOTE_PER] = 0;
    }
}

/* "banks including … Santander", "giants such as … State Street": a
 * place's name given as an example of a kind of body is that body in the
 * whole story, whatever the name table makes of it. */
static void
keep_example_bodies (Doc *doc)
{
  for (guint k = 0; k < doc->examples->len; k++)
    {
      Span *span = &g_array_index (doc->examples, Span, k);
      guint64 h = seq_hash (doc, span->start, span->start + span->len);
      gpointer found = g_hash_table_lookup (doc->form_by_seq, &h);
      Form *form;

      if (found == NULL)
        continue;
      form = &g_array_index (doc->forms, Form, GPOINTER_TO_UINT (found) - 1);
      form->votes[VOTE_ORG] += form->votes[VOTE_LOC] + form->votes[VOTE_PER] + 1;
      form->votes[VOTE_LOC] = form->votes[VOTE_PER] = 0;
    }
}

/* A word alone that no name list knows, listed among organizations
 * ("Google, Bing and Yahoo!", "The New York Times, Jezebel, Metro.us"),
 * is one of them, not a person. */
static void
retype_listed_with_organizations (Doc *doc)
{
  static const char *links[] = { ",", "and", "et", "or", "ou", "&" };
  guint n_forms = doc->forms->len;
  g_autofree guint *seen = g_new0 (guint, n_forms);
  g_autofree guint *listed = g_new0 (guint, n_forms);

  for (guint k = 0; k < doc->spans->len; k++)
    {
      const Span *span = &g_array_index (doc->spans, Span, k);
      const Span *before = k > 0 ? &g_array_index (doc->spans, Span, k - 1) : NULL;
      const Span *after = k + 1 < doc->spans->len ? &g_array_index (doc->spans, Span, k + 1) : NULL;
      guint a = span->start;
      guint64 h;
      gpointer found;

      /* "ODM and Kenyatta's Jubilee Party": the owner, not a third body. */
      if (span->len != 1 || span->type != VOTE_PER ||
          (a + 1 < doc->n_tokens && tok_is_possessive (doc, a + 1)))
        continue;
      h = seq_hash (doc, a, a + 1);
      found = g_hash_table_lookup (doc->form_by_seq, &h);
      if (found == NULL)
        continue;
      seen[GPOINTER_TO_UINT (found) - 1]++;
      if ((before != NULL && before->type == VOTE_ORG && before->start + before->len + 1 == a &&
           tok_is_any (doc, a - 1, links, G_N_ELEMENTS (links))) ||
          (after != NULL && after->type == VOTE_ORG && a + 2 == after->start &&
           tok_is_any (doc, a + 1, links, G_N_ELEMENTS (links))))
        listed[GPOINTER_TO_UINT (found) - 1]++;
    }

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens != 1 || listed[f] == 0 || listed[f] < seen[f] ||
          winning_vote (form->votes) != VOTE_PER ||
          (tok_lex (doc, form->first) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_GEO)))
        continue;
      form->votes[VOTE_ORG] += form->votes[VOTE_PER];
      form->votes[VOTE_PER] = 0;
    }
}

/* What the words around a name alone at token a tell of it: +1 a
 * company ("payments startup Pebble", "co-founded Zidi", "a stake in
 * Ajo", "Zidi chief executive Wanjiru Kamau", "Nuqta's board", "Elliott,
 * which is run by", "firms Tabby and Tamara"), -1 a person ("Mr Kamau",
 * "Kamau, who", "Kamau's wife"), 0 neither. */
static int
company_cue_at (Doc  *doc,
                guint a)
{
  static const char *const kinds[] = {
    "startup", "start-up", "startups", "start-ups", "firm", "firms", "lender", "lenders", "company",
    "companies", "insurer", "insurers", "maker", "makers", "app", "fintech", "fintechs", "platform",
    "conglomerate", "retailer", "carrier", "airline", "brokerage", "subsidiary", "supplier", "suppliers",
    "manufacturer", "chain", "operator", "developer",
  };
  static const char *const founded[] = { "founded", "co-founded", "cofounded" };
  static const char *const after[] = { "co-founder", "cofounder", "founder", "CEO", "shares", "employees" };
  static const char *const owned[] = {
    "board", "shares", "chief", "customers", "app", "platform", "stake", "revenue", "profit", "earnings",
    "merchants", "investors",
  };
  static const char *const kin[] = {
    "wife", "husband", "son", "daughter", "mother", "father", "family", "brother", "sister", "lawyer",
  };
  /* French: "le PDG de Kervalis", "le capital de Solvarène", "le conseil
   * d'administration de Solvarène", "l'action Solvarène". */
  static const char *const of_company[] = {
    "PDG", "capital", "administration", "salariés", "filiale", "rachat", "actionnaires", "actionnaire",
  };
  guint n = doc->n_tokens;

  if (a > 0 && ((tok_lex (doc, a - 1) & LECTERN_LEX_TITLE) || is_unlisted_title (doc, a - 1)))
    return -1;
  if (a + 1 < n && tok_is (doc, a + 1, "who"))
    return -1;
  if (a + 2 < n && tok_is (doc, a + 1, ",") && tok_is (doc, a + 2, "who"))
    return -1;
  if (a + 2 < n && tok_is_possessive (doc, a + 1) && tok_is_any (doc, a + 2, kin, G_N_ELEMENTS (kin)))
    return -1;

  if (a > 0 && tok_starts_lower (doc, a - 1) &&
      (tok_is_any (doc, a - 1, kinds, G_N_ELEMENTS (kinds)) || tok_is_any (doc, a - 1, founded, G_N_ELEMENTS (founded))))
    return 1;
  if (a > 1 && tok_is (doc, a - 1, "in") && tok_is (doc, a - 2, "stake"))
    return 1;
  if (a > 1 && (tok_is (doc, a - 1, "de") || tok_is_elision_de (doc, a - 1)) &&
      tok_is_any (doc, a - 2, of_company, G_N_ELEMENTS (of_company)))
    return 1;
  if (a > 0 && tok_is (doc, a - 1, "action"))
    return 1;
  /* The second of a list after its kind: "firms Tabby and Tamara". */
  if (a > 2 && (tok_is (doc, a - 1, "and") || tok_is (doc, a - 1, ",")) && tok_starts_upper (doc, a - 2) &&
      tok_starts_lower (doc, a - 3) && tok_is_any (doc, a - 3, kinds, G_N_ELEMENTS (kinds)))
    return 1;
  if (a + 1 < n && tok_is_any (doc, a + 1, after, G_N_ELEMENTS (after)))
    return 1;
  if (a + 2 < n && tok_is (doc, a + 1, "chief") && tok_is (doc, a + 2, "executive"))
    return 1;
  if (a + 2 < n && tok_is_possessive (doc, a + 1) && tok_is_any (doc, a + 2, owned, G_N_ELEMENTS (owned)))
    return 1;
  if (a + 2 < n && tok_is (doc, a + 1, ",") && tok_is (doc, a + 2, "which"))
    return 1;
  if (a + 2 < n && tok_is (doc, a + 1, "and") && tok_is (doc, a + 2, "its"))
    return 1;

  return 0;
}

/* A word alone that the tagger took for a person and that the story
 * calls a company where it names it, never a person, is a company:
 * startups and funds named by one word ("Pebble", "Zidi", "Elliott").
 * Not a word of a person's longer name ("Tamara Okafor"), nor a place. */
static void
retype_companies_by_cues (Doc *doc)
{
  guint n_forms = doc->forms->len;
  g_autofree int *company = g_new0 (int, n_forms);
  g_autofree gboolean *person = g_new0 (gboolean, n_forms);
  g_autoptr(GHashTable) in_people = NULL;
  gboolean any = FALSE;

  for (guint k = 0; k < doc->spans->len; k++)
    {
      const Span *span = &g_array_index (doc->spans, Span, k);
      guint64 h;
      gpointer found;
      int cue;

      if (span->len != 1 || span->type != VOTE_PER)
        continue;
      h = seq_hash (doc, span->start, span->start + 1);
      found = g_hash_table_lookup (doc->form_by_seq, &h);
      if (found == NULL)
        continue;
      cue = company_cue_at (doc, span->start);
      if (cue < 0)
        person[GPOINTER_TO_UINT (found) - 1] = TRUE;
      else if (cue > 0)
        {
          company[GPOINTER_TO_UINT (found) - 1]++;
          any = TRUE;
        }
    }
  if (!any)
    return;

  in_people = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens >= 2 && winning_vote (form->votes) == VOTE_PER)
        for (guint t = 0; t < form->n_tokens; t++)
          g_hash_table_add (in_people, &form->hash[t]);
    }
  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (company[f] == 0 || person[f] || form->n_tokens != 1 || winning_vote (form->votes) != VOTE_PER ||
          (tok_lex (doc, form->first) & LECTERN_LEX_GEO) || g_hash_table_contains (in_people, &form->hash[0]))
        continue;
      form->votes[VOTE_ORG] += form->votes[VOTE_PER];
      form->votes[VOTE_PER] = 0;
    }
}

/* A name typed as a person that starts a longer organization's name
 * ("Halvergate" and "Halvergate Energy", "Kestrel" and "Kestrel Trading
 * FZE", "Anglo American" and "Anglo American Platinum") is that
 * organization's short form or its parent, unless it is a part of a
 * person's fuller name ("Trump", "Donald Trump", "Trump Organization") or
 * starts with a common first name. Not before another body ("the Obama
 * National Security Council") or a word for what is named after a person
 * ("Gates Foundation", "Trump Organization", "Obama administration"). */
static gboolean
is_eponym_head (const Doc *doc,
                guint      i)
{
  static const char *words[] = {
    "Foundation", "Fondation", "Institute", "Institut", "Organization", "Organisation", "Trust",
    "Fund", "Fonds", "Prize", "Prix", "Award", "Center", "Centre", "Library", "Museum", "Musée",
    "Administration", "Campaign", "Campagne", "administration",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* "Banca Valdarno" then "Valdarno's rating": the name of a firm after a
 * word for a bank or a group in its own language, alone, is the firm,
 * though the tagger read it as a person. */
static void
retype_names_after_firm_words (Doc *doc)
{
  static const char *const words[] = {
    "Banca", "Banco", "Banque", "Groupe", "Grupo", "Gruppo", "Compagnie", "Laboratoires", "Caisse",
  };
  guint n_forms = doc->forms->len;
  g_autoptr(GHashTable) names = NULL;

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens != 2 || winning_vote (form->votes) != VOTE_ORG ||
          !tok_is_any (doc, form->first, words, G_N_ELEMENTS (words)) || !tok_starts_upper (doc, form->first + 1))
        continue;
      if (names == NULL)
        names = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_hash_table_add (names, &form->hash[1]);
    }
  if (names == NULL)
    return;

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens != 1 || winning_vote (form->votes) != VOTE_PER ||
          (tok_lex (doc, form->first) & LECTERN_LEX_GIVEN_TOP) || !g_hash_table_contains (names, &form->hash[0]))
        continue;
      form->votes[VOTE_ORG] += form->votes[VOTE_PER];
      form->votes[VOTE_PER] = 0;
    }
}

static void
retype_heads_of_organizations (Doc *doc)
{
  guint n_forms = doc->forms->len;
  g_autoptr(GHashTable) org_by_first = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) in_people = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree guint *next = g_new (guint, MAX (n_forms, 1));

  /* Organizations of two words or more, chained by their first word; the
   * words of the longer people's names. */
  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      int vote = winning_vote (form->votes);

      next[f] = G_MAXUINT;
      if (form->n_tokens < 2)
        continue;
      if (vote == VOTE_ORG)
        {
          gpointer head = g_hash_table_lookup (org_by_first, &form->hash[0]);

          next[f] = head != NULL ? GPOINTER_TO_UINT (head) - 1 : G_MAXUINT;
          g_hash_table_insert (org_by_first, &form->hash[0], GUINT_TO_POINTER (f + 1));
        }
      else if (vote == VOTE_PER)
        for (guint t = 0; t < form->n_tokens; t++)
          g_hash_table_add (in_people, &form->hash[t]);
    }

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      gpointer head;
      gboolean starts = FALSE;
      guint seen = 0;

      if (winning_vote (form->votes) != VOTE_PER ||
          (tok_lex (doc, form->first) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_GEO)))
        continue;
      if (form->n_tokens == 1 && g_hash_table_contains (in_people, &form->hash[0]))
        continue;
      head = g_hash_table_lookup (org_by_first, &form->hash[0]);
      /* Bounded, like the candidates of merge_partial_names(). */
      for (guint g = head != NULL ? GPOINTER_TO_UINT (head) - 1 : G_MAXUINT;
           g != G_MAXUINT && !starts && seen < MAX_CANDIDATES; g = next[g], seen++)
        {
          const Form *org = &g_array_index (doc->forms, Form, g);

          guint rest = org->first + form->n_tokens;

          if (org->n_tokens <= form->n_tokens)
            continue;
          starts = TRUE;
          for (guint t = 1; t < form->n_tokens && starts; t++)
            starts = org->hash[t] == form->hash[t];
          if (starts && ((org->n_tokens == form->n_tokens + 1 && is_eponym_head (doc, rest)) ||
                         known_organization (doc, rest, org->first + org->n_tokens) != 0))
            starts = FALSE;
        }
      if (!starts)
        continue;
      form->votes[VOTE_ORG] += form->votes[VOTE_PER];
      form->votes[VOTE_PER] = 0;
    }
}

/* Moves every vote of form f to the form of tokens [a, b) as `vote`
 * (-1: keeping each vote's type). */
static void
move_votes (Doc  *doc,
            guint f,
            guint a,
            guint b,
            int   vote)
{
  guint g = get_form (doc, a, b);
  Form *from = &g_array_index (doc->forms, Form, f);
  Form *to = &g_array_index (doc->forms, Form, g);

  for (int v = 0; v < N_VOTES; v++)
    to->votes[vote < 0 ? v : vote] += from->votes[v];
}

/* Labels glued before a person's name: a role or a common word
 * ("Bowler Shane Warne", "of State Henry Kissinger"), a nationality
 * ("Camerounais Greg Belobo"), a place ("Detroit"); and in English a
 * person named after an organization's head word ("Refugee Council Enver
 * Solomon"), which splits in two. The name starts at a common first
 * name. */
/* "J." of "J. Michael Shepherd": an initial is part of the name ("M." is
 * the French honorific). */
static gboolean
is_initial (const Doc *doc,
            guint      i)
{
  const char *s = tok_str (doc, i);

  return tok_len (doc, i) == 2 && g_ascii_isupper (s[0]) && s[1] == '.' && s[0] != 'M';
}

/* Token a is a place after "de", "of", "in" …: no first name. */
static gboolean
after_place_preposition (Doc  *doc,
                         guint a)
{
  static const char *const prepositions[] = { "de", "du", "des", "of", "in", "à", "from" };

  return a > 0 && (tok_lex (doc, a) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE)) &&
         tok_is_any (doc, a - 1, prepositions, G_N_ELEMENTS (prepositions));
}

/* Token a, the first of a person's span, is a label by what stands
 * before it: a place after a preposition, or any word after a French
 * role in lower case (in English that word is as often a title of rank:
 * "chairman Ratu Peni Volavola"). */
static gboolean
labelled_by_context (Doc  *doc,
                     guint a)
{
  return after_place_preposition (doc, a) || (a > 0 && lang_at (doc, a) == LANG_FR && is_role_word (doc, a - 1));
}

static void
trim_person_prefixes (Doc *doc)
{
  guint n_forms = doc->forms->len;

  for (guint f = 0; f < n_forms; f++)
    {
      Form form = g_array_index (doc->forms, Form, f);
      guint last = form.first + form.n_tokens - 1;
      int win = winning_vote (form.votes);

      if (form.n_tokens < 3 || (win != VOTE_PER && win != VOTE_ORG))
        continue;
      for (guint j = form.first + 1; j + 1 <= last; j++)
        {
          gboolean labels = TRUE;
          gboolean place_label;

          /* Any listed first name after one label the words before the
           * span say is one: a place after "du" ("sénateur du Gers
           * Pierre-Alain Dufaur"), a party after a role ("la députée
           * Horizons Élodie Sarrazin"). */
          if (!(tok_lex (doc, j) & (j == form.first + 1 && labelled_by_context (doc, form.first)
                                        ? LECTERN_LEX_GIVEN
                                        : LECTERN_LEX_GIVEN_TOP)) ||
              (tok_lex (doc, j) & LECTERN_LEX_GEO) ||
              !tok_starts_upper (doc, j) || tok_is_acronym (doc, j) || !tok_starts_upper (doc, last) ||
              last - j > 2 || known_organization (doc, j, last + 1) != 0)
            continue;
          if (win == VOTE_ORG)
            {
              /* "… Council | Enver Solomon" */
              if (lang_at (doc, form.first) != LANG_EN || !(tok_lex (doc, j - 1) & LECTERN_LEX_ORG_HEAD) ||
                  last - j != 1 ||
                  (tok_lex (doc, last) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL)))
                break;
              move_votes (doc, f, form.first, j, VOTE_ORG);
              move_votes (doc, f, j, last + 1, VOTE_PER);
              memset (g_array_index (doc->forms, Form, f).votes, 0, sizeof form.votes);
              break;
            }
          /* "Mary Anne Smith", but "maire de Paris Anne Hidalgo": a place
           * after "de", "of" … is no first name but a label. */
          place_label = j - 1 == form.first && after_place_preposition (doc, form.first);
          if ((tok_lex (doc, j - 1) & LECTERN_LEX_GIVEN) && !place_label)
            break;
          /* Words no list knows as a first name or a surname (the
           * world's first names included: "President Bola Ahmed Tinubu"):
           * most first names are in the lists, so these are labels. */
          for (guint i = form.first; i < j && labels; i++)
            labels = ((!(tok_lex (doc, i) & LECTERN_LEX_SURNAME) && !tok_is_first_name (doc, i)) ||
                      is_demonym (doc, i) ||
                      (tok_lex (doc, i) & (LECTERN_LEX_LOWER | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN |
                                           LECTERN_LEX_STOP_FR | LECTERN_LEX_GEO)) != 0) &&
                     !is_initial (doc, i);
          if (labels || place_label)
            {
              move_votes (doc, f, j, last + 1, -1);
              memset (g_array_index (doc->forms, Form, f).votes, 0, sizeof form.votes);
            }
          break;
        }
    }
}

/* "former Miss Nepal Malina Joshi": a person's span that starts with a word
 * the story otherwise uses as a place loses that word. */
static void
trim_place_prefixes (Doc *doc)
{
  guint n_forms = doc->forms->len;
  g_autoptr(GHashTable) places = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens == 1 && form->votes[VOTE_LOC] > form->votes[VOTE_PER] + form->votes[VOTE_ORG])
        g_hash_table_add (places, form->hash);
    }
  if (g_hash_table_size (places) == 0)
    return;

  for (guint f = 0; f < n_forms; f++)
    {
      Form form = g_array_index (doc->forms, Form, f);
      guint g;

      if (form.n_tokens < 3 || winning_vote (form.votes) != VOTE_PER ||
          !g_hash_table_contains (places, form.hash))
        continue;
      g = get_form (doc, form.first + 1, form.first + form.n_tokens);
      for (int v = 0; v < N_VOTES; v++)
        {
          g_array_index (doc->forms, Form, g).votes[v] += form.votes[v];
          g_array_index (doc->forms, Form, f).votes[v] = 0;
        }
    }
}

static gboolean
is_function_word (const char *w)
{
  static const char *words[] = {
    "de", "des", "du", "d'", "la", "le", "les", "l'", "et", "en", "à", "au", "aux", "pour",
    "sur", "contre", "par", "avec", "of", "the", "and", "for", "in", "on", "against", "by", "with",
    "to", "&",
    /* German, Dutch, Spanish and Italian names ("Deutsche
     * Schutzvereinigung für Wertpapierbesitz (DSW)"). */
    "für", "der", "die", "und", "van", "voor", "y", "del", "di", "della",
  };

  /* The first byte first: asked of every word of long stretches. */
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (w[0] == words[k][0] && g_str_equal (w, words[k]))
      return TRUE;

  return FALSE;
}

/* First letters of the words of a multi-word form, upper-cased and without
 * accents; with function words or without; with the capitalized parts of
 * hyphenated words ("Anti-Corruption Unit", ACU) or without. */
static char *
initials (Doc         *doc,
          const Form  *form,
          gboolean     skip_function_words,
          gboolean     hyphen_parts)
{
  GString *out = g_string_new (NULL);

  for (guint i = form->first; i < form->first + form->n_tokens; i++)
    {
      g_autofree char *lower = g_utf8_strdown (tok_str (doc, i), tok_len (doc, i));
      g_autofree char *plain = NULL;
      gunichar c;

      if (!(tok_flags (doc, i) & LECTERN_TOKEN_WORD))
        continue;
      if (skip_function_words && is_function_word (lower))
        continue;
      /* "d'Etat" counts as "Etat". */
      if (g_str_has_suffix (lower, "'") || g_str_has_suffix (lower, "\xe2\x80\x99"))
        continue;
      plain = g_str_to_ascii (lower, "C");
      c = (gunichar) g_ascii_toupper (plain[0]);
      if (g_ascii_isalnum (c))
        g_string_append_c (out, (char) c);
      if (hyphen_parts)
        for (const char *p = tok_str (doc, i), *e = p + tok_len (doc, i); p + 1 < e; p++)
          if (*p == '-' && g_ascii_isupper (p[1]))
            g_string_append_c (out, p[1]);
    }

  return g_string_free (out, FALSE);
}

static char *
acronym_letters (const char *surface);

static char *
acronym_letters_at (Doc  *doc,
                    guint i)
{
  g_autofree char *word = g_strndup (tok_str (doc, i), tok_len (doc, i));

  return acronym_letters (word);
}

static char *
acronym_letters (const char *surface)
{
  g_autofree char *plain = g_str_to_ascii (surface, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = plain; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_toupper (*p));

  return g_string_free (out, FALSE);
}


static void cluster_votes (Doc   *doc,
                           guint *votes);

#define MAX_SPELL_WORDS 48
#define MAX_SPELL_LETTERS 16

/* spells (doc, a, b, letters) for every a of [lo, b) at once, into
 * starts[a - lo]: the table is filled from b backwards, so each word is
 * read once. */
static void
spells_from (Doc        *doc,
             guint       lo,
             guint       b,
             const char *letters,
             guint8     *starts)
{
  guint n_letters = (guint) strlen (letters);
  /* ok[j][l]: words [b - j, b) spell letters [n_letters - …]: kept as two
   * rows, the words after the current one and the current one. */
  guint8 next[MAX_SPELL_LETTERS + 1], cur[MAX_SPELL_LETTERS + 1];

  memset (starts, 0, b - lo);
  if (n_letters > MAX_SPELL_LETTERS)
    return;

  for (guint l = 0; l <= n_letters; l++)
    next[l] = l == n_letters;

  for (guint i = b; i > lo && b - i < MAX_SPELL_WORDS; i--)
    {
      guint w = i - 1;
      gboolean function = FALSE;
      char initial = 0;

      if (tok_flags (doc, w) & LECTERN_TOKEN_WORD)
        {
          const char *s = tok_str (doc, w);
          guint32 len = tok_len (doc, w);
          char ascii[64];
          guint32 k = 0;

          /* An ASCII word without an I (which a Turkish locale lower-cases
           * to a dotless i) is its lower case and plain form byte by byte,
           * as g_utf8_strdown and g_str_to_ascii would make them, without
           * their allocations. */
          if (len < sizeof ascii)
            for (; k < len && (guchar) s[k] < 0x80 && s[k] != 'I'; k++)
              ascii[k] = ascii_tolower (s[k]);
          if (len < sizeof ascii && k == len)
            {
              ascii[len] = '\0';
              function = is_function_word (ascii) || ascii[len - 1] == '\'';
              initial = g_ascii_toupper (ascii[0]);
            }
          else
            {
              g_autofree char *lower = g_utf8_strdown (s, len);
              g_autofree char *plain = g_str_to_ascii (lower, "C");

              function = is_function_word (lower) || g_str_has_suffix (lower, "'") ||
                         g_str_has_suffix (lower, "\xe2\x80\x99");
              initial = g_ascii_toupper (plain[0]);
            }
        }

      for (guint l = 0; l <= n_letters; l++)
        {
          if (initial == 0)
            cur[l] = next[l];
          else
            cur[l] = (l < n_letters && initial == letters[l] && next[l + 1]) || (function && next[l]);
        }
      memcpy (next, cur, n_letters + 1);
      starts[w - lo] = cur[0];
    }
}

/* Whether the words [a, b) spell the acronym's letters: every content word
 * gives its initial, in order; function words may give theirs or not
 * ("Communauté économique des États de l'Afrique de l'Ouest" → CEDEAO).
 * Dynamic programming over (word, letter), so it stays linear in both. */
static gboolean
spells (Doc        *doc,
        guint       a,
        guint       b,
        const char *letters)
{
  guint8 starts[MAX_SPELL_WORDS];

  if (b - a > MAX_SPELL_WORDS || strlen (letters) > MAX_SPELL_LETTERS)
    return FALSE;
  spells_from (doc, a, b, letters, starts);

  return starts[0];
}

/* Word i of a name as a short name's letters come from it: in lower case
 * and ASCII into piece; whether it is a function word ("de", "l'"). */
static gboolean
spell_piece (Doc  *doc,
             guint i,
             char  piece[MAX_SPELL_LETTERS + 1])
{
  g_autofree char *lower = g_utf8_strdown (tok_str (doc, i), tok_len (doc, i));
  g_autofree char *plain = g_str_to_ascii (lower, "C");

  g_strlcpy (piece, plain, MAX_SPELL_LETTERS + 1);

  return is_function_word (lower) || g_str_has_suffix (lower, "'") || g_str_has_suffix (lower, "\xe2\x80\x99");
}

/* Whether a short name is cut from the words of a longer one: pieces of two
 * letters or more, each the start of a content word, in order, the first
 * from the first word ("Unza": University of Zambia; "Interpol",
 * "Sonatrach"). Dynamic programming over (word, letter), bounded. */
static gboolean
syllabic_short_name (Doc        *doc,
                     guint       a,
                     guint       b,
                     const char *word)
{
  char pieces[MAX_SPELL_WORDS][MAX_SPELL_LETTERS + 1];
  guint n_words = 0, n = (guint) strlen (word);
  guint8 ok[MAX_SPELL_WORDS + 1][MAX_SPELL_LETTERS + 1];

  if (n < 3 || n > MAX_SPELL_LETTERS)
    return FALSE;
  for (guint i = a; i < b && n_words < MAX_SPELL_WORDS; i++)
    if ((tok_flags (doc, i) & LECTERN_TOKEN_WORD) && !spell_piece (doc, i, pieces[n_words]))
      n_words++;
  if (n_words < 2)
    return FALSE;

  /* ok[w][l]: words [w, n_words) give letters [l, n). */
  for (guint l = 0; l <= n; l++)
    ok[n_words][l] = l == n;
  for (guint w = n_words; w > 0; w--)
    for (guint l = 0; l <= n; l++)
      {
        const char *piece = pieces[w - 1];
        gboolean r = w - 1 > 0 && ok[w][l];

        for (guint k = 0; !r && piece[k] != '\0' && l + k < n && piece[k] == ascii_tolower (word[l + k]); k++)
          r = k >= 1 && ok[w][l + k + 1];
        ok[w - 1][l] = r;
      }

  return ok[0][0];
}

/* Whether a short name gives every content word of [a, b) a piece of its
 * start, in order, one letter or more; function words give their initial
 * or nothing ("Centif": Cellule nationale de traitement des informations
 * financières). Dynamic programming over (word, letter), bounded. */
static gboolean
prefixes_spell (Doc        *doc,
                guint       a,
                guint       b,
                const char *word)
{
  char pieces[MAX_SPELL_WORDS][MAX_SPELL_LETTERS + 1];
  gboolean function[MAX_SPELL_WORDS];
  guint n_words = 0, n = (guint) strlen (word);
  guint8 ok[MAX_SPELL_WORDS + 1][MAX_SPELL_LETTERS + 1];

  if (n < 3 || n > MAX_SPELL_LETTERS || b - a > MAX_SPELL_WORDS)
    return FALSE;
  for (guint i = a; i < b; i++)
    if (tok_flags (doc, i) & LECTERN_TOKEN_WORD)
      {
        function[n_words] = spell_piece (doc, i, pieces[n_words]);
        n_words++;
      }
  if (n_words < 2 || function[0])
    return FALSE;

  /* ok[w][l]: words [w, n_words) give letters [l, n). */
  for (guint l = 0; l <= n; l++)
    ok[n_words][l] = l == n;
  for (guint w = n_words; w > 0; w--)
    for (guint l = 0; l <= n; l++)
      {
        const char *piece = pieces[w - 1];
        gboolean r = function[w - 1] && ok[w][l];

        for (guint k = 0; !r && piece[k] != '\0' && l + k < n && piece[k] == ascii_tolower (word[l + k]) &&
                          (k == 0 || !function[w - 1]);
             k++)
          r = ok[w][l + k + 1];
        ok[w - 1][l] = r;
      }

  return ok[0][0];
}

/* Token i, in brackets, may be a short name: an acronym ("AFAD") or one
 * capitalized word of syllables ("Adema", "Unesco") that is no first name
 * nor place. */
static gboolean
is_bracketed_short_name (Doc  *doc,
                         guint i)
{
  if (tok_is_acronym (doc, i))
    return TRUE;

  return tok_starts_upper (doc, i) && (tok_flags (doc, i) & LECTERN_TOKEN_WORD) && tok_len (doc, i) <= 8 &&
         !(tok_lex (doc, i) & (LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE |
                               LECTERN_LEX_LOWER));
}

/* The length of the longest form of two to max_len words that votes for
 * an organization and ends before token b, or 0. */
static guint
organization_form_before (Doc  *doc,
                          guint b,
                          guint max_len)
{
  for (guint len = MIN (b, max_len); len >= 2; len--)
    {
      guint64 h = seq_hash (doc, b - len, b);
      gpointer found = g_hash_table_lookup (doc->form_by_seq, &h);

      if (found != NULL &&
          winning_vote (g_array_index (doc->forms, Form, GPOINTER_TO_UINT (found) - 1).votes) == VOTE_ORG)
        return len;
    }

  return 0;
}

/* Whether a form of two words or more that votes for an organization ends
 * before token b. */
static gboolean
ends_organization_form (Doc  *doc,
                        guint b)
{
  return organization_form_before (doc, b, 12) != 0;
}

/* The start of a French institution's name that ends before token b: a
 * capitalized head word (any capitalized word if any_capital) after an
 * article or "du"/"au", then words in lower case, links ("de", "et",
 * "pour", "la") and place names; b if there is none within twelve words. */
static guint
institution_head_before (Doc     *doc,
                         guint    b,
                         gboolean any_capital)
{
  static const char *links[] = {
    "de", "des", "du", "d'", "d\xe2\x80\x99", "la", "l'", "l\xe2\x80\x99", "le", "les", "et", "pour",
    "au", "aux", "en", "sur", "par", "contre", "avec",
  };
  static const char *openers[] = {
    "l'", "l\xe2\x80\x99", "la", "le", "du", "au", "L'", "L\xe2\x80\x99", "La", "Le", "Du", "Au",
  };
  gboolean lower = FALSE;

  /* Sixteen words: "l'Association pour la promotion et la
   * responsabilisation des acteurs de la pêche artisanale maritime
   * (Aprapam)". */
  for (guint k = b; k > 1 && b - k < 16; k--)
    {
      guint i = k - 1;

      if (tok_starts_upper (doc, i) && (any_capital || (tok_lex (doc, i) & LECTERN_LEX_ORG_HEAD)) && lower &&
          !(tok_lex (doc, i) & LECTERN_LEX_TITLE) && !tok_is (doc, i, "État") && !tok_is (doc, i, "Etat") &&
          tok_is_any (doc, i - 1, openers, G_N_ELEMENTS (openers)))
        return i;
      if (tok_is_any (doc, i, links, G_N_ELEMENTS (links)))
        continue;
      if (!(tok_flags (doc, i) & LECTERN_TOKEN_WORD))
        return b;
      if (tok_starts_upper (doc, i))
        {
          if (!(tok_lex (doc, i) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)) &&
              !(tok_lex (doc, i) & LECTERN_LEX_ORG_HEAD))
            return b;
          continue;
        }
      if (tok_lex (doc, i) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN))
        return b;
      lower = TRUE;
    }

  return b;
}

/* Whether a connector ("of", "for", "de"…) joins two capitalized words
 * inside [a, b). */
static gboolean
has_inner_connector (const Doc *doc,
                     guint      a,
                     guint      b)
{
  for (guint k = a + 1; k + 1 < b; k++)
    if (tok_is_connector (doc, k) && tok_starts_upper (doc, k - 1) && tok_starts_upper (doc, k + 1))
      return TRUE;

  return FALSE;
}

static void
unite_definition (Doc   *doc,
                  guint  acro,
                  guint  a,
                  guint  b)
{
  guint f, g;
  Form *af, *gf;
  guint tagged = 0;

  /* Quotes around the expansion are not part of it. */
  while (a < b && !(tok_flags (doc, a) & LECTERN_TOKEN_WORD))
    a++;
  while (b > a && !(tok_flags (doc, b - 1) & LECTERN_TOKEN_WORD))
    b--;
  if (a == b)
    return;

  f = get_form (doc, acro, acro + 1);
  g = get_form (doc, a, b);
  af = &g_array_index (doc->forms, Form, f);
  gf = &g_array_index (doc->forms, Form, g);

  for (int v = 0; v < N_VOTES; v++)
    tagged += af->votes[v] + gf->votes[v];
  /* A defined acronym is most often an organization's: one vote, which
   * decides only where the tagger is split or silent and the expansion has
   * an organization word. */
  if (tagged > 0 || span_has_head (doc, a, b))
    af->votes[VOTE_ORG]++;
  /* "l'Association nationale pour l'étude de la neige et des avalanches
   * (Anena)": letters defined by a name that opens with a body's head
   * word are that body's, whatever the tagger made of them alone (a
   * first name, here). */
  if (b >= a + 3 && tok_starts_upper (doc, a) &&
      (((tok_lex (doc, a) & LECTERN_LEX_ORG_HEAD) && !(tok_lex (doc, a) & LECTERN_LEX_TITLE)) ||
       /* "Les Eaux de Mayotte (LEMA)": a plural, no person. */
       (tok_is (doc, a, "Les") && lang_at (doc, a) == LANG_FR) ||
       /* "Offshore Petroleum Regulator for Environment and
        * Decommissioning (Opred)": a link between capitalized words that
        * the letters spell, which no one's name has. */
       (b >= a + 4 && tok_starts_upper (doc, b - 1) && has_inner_connector (doc, a, b))))
    {
      af->votes[VOTE_ORG] += af->votes[VOTE_PER] + af->votes[VOTE_LOC];
      af->votes[VOTE_PER] = af->votes[VOTE_LOC] = 0;
    }
  unite (doc->forms, f, g);
}

/* Whether the capitalized words of [a, b) start with the letters in
 * another order: a body's acronym in its own language after its name in
 * English, "National Electoral Council (CNE)", "Democratic Forces for
 * the Liberation of Rwanda (FDLR)". Three letters at least. */
static gboolean
initials_reorder (Doc        *doc,
                  guint       a,
                  guint       b,
                  const char *letters)
{
  guint counts[26] = { 0 };
  guint n_letters = 0, n_words = 0;

  for (const char *p = letters; *p; p++, n_letters++)
    {
      if (!g_ascii_isupper (*p))
        return FALSE;
      counts[*p - 'A']++;
    }
  if (n_letters < 3)
    return FALSE;
  for (guint i = a; i < b; i++)
    {
      char c;

      if (!(tok_flags (doc, i) & LECTERN_TOKEN_WORD) || !tok_starts_upper (doc, i))
        continue;
      c = *tok_str (doc, i);
      if (!g_ascii_isupper (c) || counts[c - 'A'] == 0)
        return FALSE;
      counts[c - 'A']--;
      n_words++;
    }

  return n_words == n_letters;
}

/* "Mining Advocacy Network (Jatam)", "Federal Financial Supervisory
 * Authority (BaFin)", "University of Medical Sciences Teaching Hospital,
 * Ondo (UNIMEDTH)": a short name in brackets right after an
 * organization's name of two words or more is that organization's,
 * whatever letters it takes (from another language, from syllables),
 * unless it names a place ("Barclays Bank (UK)"), is a common word or a
 * letter ("Kericho Leaf Brokers (K) Ltd"). */
static gboolean
is_bracketed_alias (const Doc *doc,
                    guint      i)
{
  return tok_len (doc, i) >= 2 &&
         !(tok_lex (doc, i) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE | LECTERN_LEX_TITLE |
                               LECTERN_LEX_LOWER | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR));
}

/* "le comité social et économique (CSE)", "le comité d'entreprise (CE)": a
 * firm's works council is a common noun, as "the board" is. */
static gboolean
is_works_council (const Doc *doc,
                  guint      i)
{
  return i + 2 < doc->n_tokens && tok_is (doc, i, "comité") &&
         (tok_is (doc, i + 1, "social") ||
          (tok_is_elision_de (doc, i + 1) && (tok_is (doc, i + 2, "entreprise") || tok_is (doc, i + 2, "hygiène") ||
                                              tok_is (doc, i + 2, "établissement"))));
}

/* The acronym at token acro, defined by the words that end at b: the
 * shortest run that spells its letters and starts with a capital, or
 * else the longest tagged organization whose capitalized words start
 * with its letters in another order, or any other letters in brackets
 * (is_bracketed_alias). */
static gboolean
define_acronym_by (Doc        *doc,
                   guint       acro,
                   guint       b,
                   const char *letters)
{
  guint len = (guint) strlen (letters);
  guint lo = b - MIN (b, MIN (3 * len + 4, MAX_SPELL_WORDS));
  guint8 starts[MAX_SPELL_WORDS];
  guint n;

  spells_from (doc, lo, b, letters, starts);
  for (guint k = b; k > 0 && b - k < 3 * len + 4; k--)
    if (tok_starts_upper (doc, k - 1) && k - 1 >= lo && starts[k - 1 - lo])
      {
        /* "La | direction générale de la police nationale (DGPN)": an
         * article that starts the sentence is no part of the name. */
        if (k < b && starts[k - lo] && tok_is_article (doc, k - 1) && tok_starts_lower (doc, k))
          {
            if (!is_works_council (doc, k))
              unite_definition (doc, acro, k, b);
          }
        else
          unite_definition (doc, acro, k - 1, b);
        return TRUE;
      }
  /* "la direction générale de la sécurité extérieure (DGSE)", "la
   * coordination nationale du renseignement et de la lutte contre le
   * terrorisme (CNRLT)": French writes a state body's name in lower case.
   * The shortest run after an article or "de" that spells three letters
   * or more, from a body's word ("le salaire minimum interprofessionnel
   * de croissance (SMIC)" is no body), nor a works council. */
  if (doc->story_lang == LANG_FR && len >= 3 && tok_is (doc, b, "("))
    for (guint k = b; k - 1 > lo && b - k < 3 * len + 4; k--)
      if (starts[k - 1 - lo] && tok_starts_lower (doc, k - 1) && (tok_lex (doc, k - 1) & LECTERN_LEX_ORG_HEAD) &&
          !is_works_council (doc, k - 1) &&
          (tok_is_article (doc, k - 2) || tok_is (doc, k - 2, "du") || tok_is (doc, k - 2, "de") ||
           tok_is (doc, k - 2, "des") || tok_is_elision_de (doc, k - 2)))
        {
          unite_definition (doc, acro, k - 1, b);
          return TRUE;
        }
  n = organization_form_before (doc, b, 8);
  if (n != 0 && (initials_reorder (doc, b - n, b, letters) ||
                 (tok_is (doc, b, "(") && is_bracketed_alias (doc, acro))))
    {
      unite_definition (doc, acro, b - n, b);
      return TRUE;
    }

  return FALSE;
}

/* The capitals of token i, when it has a lower-case letter too ("DGFiP"
 * → "DGFP", the "i" the second letter of "finances"), else NULL. */
static char *
acronym_capitals_at (Doc  *doc,
                     guint i)
{
  const char *s = tok_str (doc, i);
  guint32 len = tok_len (doc, i);
  GString *out = g_string_new (NULL);
  gboolean lower = FALSE;

  for (guint32 k = 0; k < len; k++)
    if (g_ascii_isupper (s[k]) || g_ascii_isdigit (s[k]))
      g_string_append_c (out, s[k]);
    else
      lower |= g_ascii_islower (s[k]);
  if (!lower)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

static void
define_acronym_before (Doc  *doc,
                       guint acro,
                       guint b)
{
  g_autofree char *letters = acronym_letters_at (doc, acro);
  g_autofree char *capitals = NULL;

  if (define_acronym_by (doc, acro, b, letters))
    return;
  /* "la direction générale des finances publiques (DGFiP)": a letter in
   * lower case continues the word before it. */
  capitals = acronym_capitals_at (doc, acro);
  if (capitals != NULL && strlen (capitals) >= 3)
    define_acronym_by (doc, acro, b, capitals);
}

/* Acronyms defined in the text: "Organisation des Nations unies (ONU)",
 * "AERB (Atomic Energy Regulatory Board)"; short names after a tagged
 * organization: "University of Zambia (Unza)". */
static void
merge_defined_acronyms (Doc *doc)
{
  guint n = doc->n_tokens;
  guint n_forms = doc->forms->len;

  /* The letters are allocated in the branches, not for every token
   * (whose cleanup was a call each). */
  for (guint i = 1; i + 2 < n; i++)
    {
      if (!tok_is (doc, i, "("))
        continue;

      if (tok_is (doc, i + 2, ")") && !tok_is_acronym (doc, i + 1) && tok_starts_upper (doc, i + 1) &&
          (tok_flags (doc, i + 1) & LECTERN_TOKEN_WORD) && tok_len (doc, i + 1) <= MAX_SPELL_LETTERS)
        {
          g_autofree char *lower = g_utf8_strdown (tok_str (doc, i + 1), tok_len (doc, i + 1));
          g_autofree char *word = g_str_to_ascii (lower, "C");

          /* The longest tagged organization ending at the bracket. */
          guint len = organization_form_before (doc, i, 8);

          if (len != 0 && (syllabic_short_name (doc, i - len, i, word) || is_bracketed_alias (doc, i + 1)))
            unite_definition (doc, i + 1, i - len, i);
          /* "la direction régionale de l'économie, de l'emploi, du travail
           * et des solidarités (Dreets)", "(Nato)": letters written as a
           * word, every one a word's initial. */
          else if (tok_len (doc, i + 1) >= 4 && is_bracketed_short_name (doc, i + 1))
            {
              g_autofree char *letters = acronym_letters (word);

              define_acronym_by (doc, i + 1, i, letters);
            }
        }
      else if (tok_is (doc, i + 2, ")") && tok_is_acronym (doc, i + 1))
        define_acronym_before (doc, i + 1, i);
      /* "la chambre de métiers et de l'artisanat de la Haute-Garonne (CMA
       * 31)": a body's letters and its département's number, the letters
       * spelling the name before its seat. */
      else if (i + 3 < n && tok_is (doc, i + 3, ")") && tok_is_acronym (doc, i + 1) &&
               is_departement_number (doc, i + 2))
        {
          g_autofree char *letters = acronym_letters_at (doc, i + 1);
          guint len = organization_form_before (doc, i, 16);
          guint8 starts[MAX_SPELL_WORDS];

          for (guint b = i; len != 0 && b > i - len + 1; b--)
            {
              spells_from (doc, i - len, b, letters, starts);
              if (starts[0])
                {
                  unite (doc->forms, get_form (doc, i + 1, i + 3), get_form (doc, i - len, i));
                  break;
                }
            }
        }
      else if (tok_is_acronym (doc, i - 1))
        {
          g_autofree char *letters = acronym_letters_at (doc, i - 1);
          guint len = (guint) strlen (letters);

          for (guint j = i + 2; j < n && j - i < 3 * len + 4; j++)
            if (tok_is (doc, j, ")"))
              {
                if (tok_starts_upper (doc, i + 1) && spells (doc, i + 1, j, letters))
                  unite_definition (doc, i - 1, i + 1, j);
                break;
              }
        }
    }

  /* "the Association of Southeast Asian Nations, or ASEAN, not to": an
   * acronym after ", or" that ends its clause. */
  for (guint i = 3; i < n; i++)
    if (tok_is (doc, i - 1, "or") && tok_is (doc, i - 2, ",") && tok_is_acronym (doc, i) &&
        (i + 1 == n || tok_is (doc, i + 1, ",") || tok_is (doc, i + 1, ".") || tok_is (doc, i + 1, ")") ||
         tok_is (doc, i + 1, ";")))
      define_acronym_before (doc, i, i - 2);

  /* "l'Autorité de gestion des catastrophes et des situations d'urgence
   * (AFAD)", "l'Alliance pour la démocratie au Mali (Adema)": a short
   * name in brackets after a French institution's name, which the tagger
   * cut at its head word and whose letters come from another language or
   * from syllables. From a capitalized head word after an article, the
   * words in lower case, links and place names up to the bracket are the
   * name. */
  if (doc->story_lang == LANG_FR)
    for (guint i = 3; i + 2 < n; i++)
      {
        guint h, g;

        if (!tok_is (doc, i, "(") || !tok_is (doc, i + 2, ")") || !is_bracketed_short_name (doc, i + 1) ||
            ends_organization_form (doc, i))
          continue;
        h = institution_head_before (doc, i, FALSE);
        /* Any capitalized word, when the short name is cut from every
         * word's start: "la Cellule nationale de traitement des
         * informations financières (Centif)". */
        if (h == i)
          {
            g_autofree char *lower = g_utf8_strdown (tok_str (doc, i + 1), tok_len (doc, i + 1));
            g_autofree char *word = g_str_to_ascii (lower, "C");

            h = institution_head_before (doc, i, TRUE);
            if (h == i || !prefixes_spell (doc, h, i, word))
              continue;
          }
        /* get_form may grow the array: index it after the call. */
        g = get_form (doc, h, i);
        g_array_index (doc->forms, Form, g).votes[VOTE_ORG] += 2;
        unite_definition (doc, i + 1, h, i);
      }

  /* A tagged organization right before "(ACRONYM)" whose letters only
   * roughly match ("Agence France-Presse (AFP)"). */
  for (guint f = 0; f < n_forms; f++)
    {
      Form form = g_array_index (doc->forms, Form, f);
      guint b = form.first + form.n_tokens;
      g_autofree char *letters = NULL;
      g_autofree char *init = NULL;

      if (form.n_tokens < 2 || b + 2 >= n || winning_vote (form.votes) != VOTE_ORG ||
          !tok_is (doc, b, "(") || !tok_is (doc, b + 2, ")"))
        continue;
      if (!tok_is_acronym (doc, b + 1))
        continue;
      letters = acronym_letters_at (doc, b + 1);
      init = initials (doc, &form, TRUE, FALSE);
      if (letters[0] == '\0' || init[0] != letters[0])
        continue;
      unite_definition (doc, b + 1, form.first, b);
    }
}

static gboolean
is_particle (const Doc *doc,
             guint      i)
{
  static const char *words[] = {
    "de", "du", "des", "d'", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "le",
    "la", "bin", "ben", "al", "el", "ibn", "dela", "delos",
  };

  return tok_is_any (doc, i, words, G_N_ELEMENTS (words));
}

/* Whether the two-word name `short` is an initial and the surname of
 * `full`, whose first name has that initial: "J Hollis", "J. Hollis" of
 * "Jake Hollis". */
static gboolean
initial_of (Doc        *doc,
            const Form *short_form,
            const Form *full)
{
  const char *s = tok_str (doc, short_form->first);
  guint32 n = tok_len (doc, short_form->first);

  return short_form->n_tokens == 2 && full->n_tokens == 2 && (n == 1 || (n == 2 && s[1] == '.')) &&
         g_ascii_isupper (s[0]) && tok_len (doc, full->first) > 2 && *tok_str (doc, full->first) == s[0];
}

/* People are named by their surname after the first mention: make the last
 * word of each full name a form of that person ("Turing" after "Alan
 * Turing"), unless two people share it or it names something else. */
static void
add_surnames (Doc *doc)
{
  guint n_forms = doc->forms->len;
  g_autofree guint *votes = g_new (guint, (gsize) MAX (n_forms, 1) * N_VOTES);
  g_autoptr(GHashTable) owner = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) ambiguous = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) single = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) todo = g_array_new (FALSE, FALSE, sizeof (guint));

  cluster_votes (doc, votes);
  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens == 1)
        g_hash_table_insert (single, form->hash, GUINT_TO_POINTER (f));
    }

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      guint r = find_root (doc->forms, f);
      guint last = form->first + form->n_tokens - 1;
      gpointer other;

      if (form->n_tokens < 2 || winning_vote (&votes[r * N_VOTES]) != VOTE_PER ||
          !tok_starts_upper (doc, last) || tok_len (doc, last) < 3 ||
          (tok_lex (doc, last) & (LECTERN_LEX_LOWER | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_EN |
                             LECTERN_LEX_STOP_FR)) ||
          tok_is_acronym (doc, last))
        continue;
      if (g_hash_table_lookup_extended (owner, &form->hash[form->n_tokens - 1], NULL, &other))
        {
          /* "J Hollis" of a score card is "Jake Hollis". */
          if (find_root (doc->forms, GPOINTER_TO_UINT (other)) != r &&
              (initial_of (doc, form, &g_array_index (doc->forms, Form, GPOINTER_TO_UINT (other))) ||
               initial_of (doc, &g_array_index (doc->forms, Form, GPOINTER_TO_UINT (other)), form)))
            unite (doc->forms, f, GPOINTER_TO_UINT (other));
          else if (find_root (doc->forms, GPOINTER_TO_UINT (other)) != r)
            g_hash_table_add (ambiguous, &form->hash[form->n_tokens - 1]);
          continue;
        }
      g_hash_table_insert (owner, &form->hash[form->n_tokens - 1], GUINT_TO_POINTER (f));
      g_array_append_val (todo, f);

      /* "de Pavant" of "Kito de Pavant", also written "De Pavant". */
      if (form->n_tokens >= 3 && is_particle (doc, last - 1))
        unite (doc->forms, f, get_form (doc, last - 1, last + 1));
    }

  for (guint k = 0; k < todo->len; k++)
    {
      guint t = g_array_index (todo, guint, k);
      Form *form = &g_array_index (doc->forms, Form, t);
      guint last = form->first + form->n_tokens - 1;
      const guint64 *key = &form->hash[form->n_tokens - 1];
      guint f;

      gpointer one;

      if (g_hash_table_contains (ambiguous, key))
        continue;
      f = GPOINTER_TO_UINT (g_hash_table_lookup (owner, key));
      /* An existing one-word form was already merged (or kept apart) on
       * its own merits, unless the tagger alone took it for a place
       * ("Gilani is not just in contempt"): no list knows it as one. */
      if (g_hash_table_lookup_extended (single, key, NULL, &one))
        {
          guint o = GPOINTER_TO_UINT (one);
          Form *word = &g_array_index (doc->forms, Form, o);

          if (winning_vote (&votes[find_root (doc->forms, o) * N_VOTES]) == VOTE_LOC &&
              word->votes[VOTE_ORG] == 0 &&
              !(name_flags (doc, word->first, word->first + 1) &
                (LECTERN_LEX_PLACE | LECTERN_LEX_GEO | LECTERN_LEX_REGION)))
            {
              word->votes[VOTE_PER] += word->votes[VOTE_LOC];
              word->votes[VOTE_LOC] = 0;
              unite (doc->forms, f, o);
            }
          continue;
        }
      unite (doc->forms, f, get_form (doc, last, last + 1));
    }
}

/* A short name of an organization the story named in full. */
typedef struct
{
  guint    form;    /* the full name's form */
  guint    root;
  guint    at;      /* its n tokens from `at` are the short name */
  guint    n;
  guint64  seq;     /* seq_hash of those */
  guint    alone;   /* times written alone */
  guint    inside;  /* of those, inside a sentence */
  gboolean other;   /* written before or after another capitalized word, or
                     * the short name of two organizations */
  gboolean repeated;
} ShortName;

/* A 12-bit key of a word as written (its length and first byte): a quick
 * test that it cannot start a short name, before hashing it. */
static inline guint
short_name_key (const Doc *doc,
                guint      i)
{
  return ((tok_len (doc, i) & 63) << 6) | ((guchar) tok_str (doc, i)[0] & 63);
}

#define MAX_SHORT_NAME_WORDS 3

/* The last word of a business's name: a legal form, a trade ("Foods",
 * "Mining") or a word for a firm ("Group", "Bank"). */
static gboolean
is_business_end (Doc  *doc,
                 guint i)
{
  static const char *words[] = {
    "Group", "Company", "Corporation", "Bank", "Insurance", "Holdings", "Partners", "Capital",
    "Ventures", "Systems", "Labs", "Laboratories", "Energy", "Media", "Markets", "Airports",
  };
  static guint64 hashes[G_N_ELEMENTS (words)];
  static gsize ready = 0;

  return is_legal_form (doc, i) || is_company_word (doc, i) ||
         tok_in_list (doc, i, words, G_N_ELEMENTS (words), hashes, &ready);
}

/* Whether tokens [a, b) are capitalized words of a name of its own: no
 * acronym, head word, legal form, company's word or place, nor one common
 * word alone ("DeepMind", "Aircraft Engines"; not "Group", "Wales" nor
 * "Cloud"). */
static gboolean
is_plain_name_tail (Doc  *doc,
                    guint a,
                    guint b)
{
  guint32 common = b - a == 1 ? LECTERN_LEX_LOWER : 0;

  for (guint i = a; i < b; i++)
    if (!tok_starts_upper (doc, i) || !(tok_flags (doc, i) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, i) ||
        (tok_lex (doc, i) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_GEO | LECTERN_LEX_REGION |
                             common)) ||
        is_company_word (doc, i) || is_business_end (doc, i))
      return FALSE;
  return a < b;
}

/* Whether the words after the first of `big` are capitalized words, the
 * last no head word, legal form, trade, word for a firm nor place. */
static gboolean
is_unit_name_tail (Doc        *doc,
                   const Form *big)
{
  guint last = big->first + big->n_tokens - 1;

  for (guint i = big->first + 1; i <= last; i++)
    if (!tok_starts_upper (doc, i) || !(tok_flags (doc, i) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, i))
      return FALSE;

  return !(tok_lex (doc, last) & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_GEO | LECTERN_LEX_REGION)) &&
         !is_company_word (doc, last) && !is_business_end (doc, last);
}

/* Whether the words of `big` after its first n name a body of its own
 * that the body of those n set up: a word for such a body last
 * ("Samsung | Catalyst Fund", "NFL | Network", "Amazon | Labor Union"),
 * or three capitalized words ("Tesco | Sustainable Dairy Group"); not a
 * legal form ("Brightline | Energy Pty Ltd"). */
static gboolean
is_offshoot_tail (Doc        *doc,
                  const Form *big,
                  guint       n)
{
  static const char *const ends[] = {
    "Fund", "Ventures", "Foundation", "Labs", "Network", "Trustees", "Agency", "Union", "Association",
  };
  guint last = big->first + big->n_tokens - 1;
  guint words = 0;

  if (n >= big->n_tokens)
    return FALSE;
  for (guint i = big->first + n; i <= last; i++)
    {
      if (tok_is (doc, i, "and") || tok_is (doc, i, "&"))
        continue;
      if (!tok_starts_upper (doc, i) || !(tok_flags (doc, i) & LECTERN_TOKEN_WORD) || tok_is_acronym (doc, i))
        return FALSE;
      words++;
    }
  if ((tok_lex (doc, last) & LECTERN_LEX_LEGAL) && !tok_is (doc, last, "Group"))
    return FALSE;

  return tok_is_any (doc, last, ends, G_N_ELEMENTS (ends)) || words >= 3;
}

/* Whether the first n tokens of the business's name `form` (it ends as
 * is_business_end() says) can stand for it alone: they end where a capitalized word or a legal form goes on,
 * and no list knows them as a common word, a nationality, a place, a date,
 * a body of their own ("Sky" of "Sky News"), a word of many companies'
 * names ("American", "Federal") or of organizations ("Bank" of "Bank of
 * England"). Public bodies are left out: theirs is mostly a place
 * ("Northamptonshire" of "Northamptonshire Police"). */
static gboolean
is_short_name_of (Doc        *doc,
                  const Form *form,
                  guint       n)
{
  const guint32 places = LECTERN_LEX_PLACE | LECTERN_LEX_GEO | LECTERN_LEX_REGION;
  guint32 common = LECTERN_LEX_LOWER | LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR | LECTERN_LEX_TITLE |
                   LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL;
  guint a = form->first;
  guint next = a + n;

  /* A place may start a longer short name ("Cascade Fresh"). */
  if (n == 1)
    common |= places | LECTERN_LEX_CAPITALIZED;
  if (!tok_starts_upper (doc, next - 1) || !(tok_flags (doc, next - 1) & LECTERN_TOKEN_WORD) ||
      !(tok_starts_upper (doc, next) || (tok_lex (doc, next) & LECTERN_LEX_LEGAL)) ||
      (tok_lex (doc, a) & common) || tok_is_article (doc, a) || is_calendar_word (doc, a) ||
      is_country_prefix (doc, a) || (!tok_is_acronym (doc, a) && tok_len (doc, a) < 3) ||
      (n == 1 && is_demonym (doc, a)))
    return FALSE;
  for (guint i = a; i < next; i++)
    if (tok_flags (doc, i) & LECTERN_TOKEN_SENTENCE_START && i > a)
      return FALSE;

  return (n == 1 || !(name_flags (doc, a, next) & places)) &&
         known_organization (doc, a, next) == 0;
}

/* Tokens [at, at + n) of `form`, whose cluster is `root`, as a short name
 * to look for, unless they are already a form of another entity's:
 * "Goldman" of Emma Goldman. */
static void
add_short_name (Doc         *doc,
                GArray      *names,
                const guint *longest,
                guint        form,
                guint        root,
                guint        at,
                guint        n)
{
  guint first = g_array_index (doc->forms, Form, form).first + at;
  ShortName name = { form, root, at, n, seq_hash (doc, first, first + n), 0, 0, FALSE, FALSE };
  gpointer existing = g_hash_table_lookup (doc->form_by_seq, &name.seq);

  if (existing != NULL)
    {
      guint er = find_root (doc->forms, GPOINTER_TO_UINT (existing) - 1);

      if (er != root && longest[er] > n)
        return;
    }
  g_array_append_val (names, name);
}

/* "Qalandars" of "Lahore Qalandars", "Cougars" of "Houston Cougars": a
 * team's nickname after its city, a plural that no list knows. */
static gboolean
is_team_nickname_of (Doc        *doc,
                     const Form *form)
{
  guint last = form->first + 1;
  const char *s = tok_str (doc, last);
  guint32 len = tok_len (doc, last);

  return form->n_tokens == 2 && (tok_lex (doc, form->first) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE)) &&
         tok_starts_upper (doc, last) && len >= 5 && s[len - 1] == 's' && tok_lex (doc, last) == 0 &&
         !tok_is_acronym (doc, last) && !is_company_word (doc, last) && !is_demonym (doc, last);
}

/* Organizations, like people, are named short after the first mention:
 * "Albion" after "Albion Regional Airports plc", "PSP" after "PSP
 * Investments", "Qalandars" after "Lahore Qalandars". The first words of a
 * business's name, or a team's nickname, become a form of it when the
 * story writes them alone, never beside another capitalized word ("Albion
 * Smith"), and they are no part of another entity's name. */
static void
add_short_organization_names (Doc *doc)
{
  static const char *const titles[] = {
    "Chief", "CEO", "Chairman", "Chairwoman", "Chair", "President", "Founder", "Director",
  };
  guint n_forms = doc->forms->len;
  g_autofree guint *votes = g_new (guint, (gsize) MAX (n_forms, 1) * N_VOTES);
  /* Per cluster root, its longest form's length in tokens. */
  g_autofree guint *longest = g_new0 (guint, MAX (n_forms, 1));
  g_autoptr(GArray) names = g_array_new (FALSE, FALSE, sizeof (ShortName));
  g_autoptr(GHashTable) by_seq = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) by_first = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                          (GDestroyNotify) g_array_unref);
  guint64 keys[4096 / 64] = { 0 };

  cluster_votes (doc, votes);
  for (guint f = 0; f < n_forms; f++)
    {
      guint r = find_root (doc->forms, f);

      longest[r] = MAX (longest[r], g_array_index (doc->forms, Form, f).n_tokens);
    }

  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      guint r = find_root (doc->forms, f);

      if (form->n_tokens < 2 || winning_vote (&votes[r * N_VOTES]) != VOTE_ORG)
        continue;
      if (is_team_nickname_of (doc, form))
        add_short_name (doc, names, longest, f, r, 1, 1);
      if (!is_business_end (doc, form->first + form->n_tokens - 1))
        continue;
      for (guint n = 1; n < form->n_tokens && n <= MAX_SHORT_NAME_WORDS; n++)
        if (is_short_name_of (doc, form, n))
          add_short_name (doc, names, longest, f, r, 0, n);
    }
  if (names->len == 0)
    return;

  for (guint k = 0; k < names->len; k++)
    {
      ShortName *name = &g_array_index (names, ShortName, k);
      Form *form = &g_array_index (doc->forms, Form, name->form);
      gpointer seen;
      GArray *list;
      guint key;

      /* Once per short name; two organizations' is neither's. */
      if (g_hash_table_lookup_extended (by_seq, &name->seq, NULL, &seen))
        {
          ShortName *first = &g_array_index (names, ShortName, GPOINTER_TO_UINT (seen));

          if (first->root != name->root)
            first->other = TRUE;
          name->repeated = TRUE;
          continue;
        }
      g_hash_table_insert (by_seq, &name->seq, GUINT_TO_POINTER (k));
      list = g_hash_table_lookup (by_first, &form->hash[name->at]);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_first, &form->hash[name->at], list);
        }
      g_array_append_val (list, k);
      key = short_name_key (doc, form->first + name->at);
      keys[key / 64] |= G_GUINT64_CONSTANT (1) << (key % 64);
    }

  /* How the story writes each short name. */
  for (guint i = 0; i < doc->n_tokens; i++)
    {
      guint key = short_name_key (doc, i);
      guint64 h;
      GArray *list;

      if (!(keys[key / 64] & (G_GUINT64_CONSTANT (1) << (key % 64))) || !tok_starts_upper (doc, i))
        continue;
      h = tok_hash (doc, i);
      list = g_hash_table_lookup (by_first, &h);
      for (guint c = 0; list != NULL && c < MIN (list->len, MAX_CANDIDATES); c++)
        {
          ShortName *name = &g_array_index (names, ShortName, g_array_index (list, guint, c));
          Form *form = &g_array_index (doc->forms, Form, name->form);
          guint end = i + name->n;
          gboolean full = i >= name->at && i - name->at + form->n_tokens <= doc->n_tokens;
          gboolean before, after;

          if (end > doc->n_tokens || seq_hash (doc, i, end) != name->seq)
            continue;
          /* Inside the full name: not written alone. */
          for (guint t = 0; t < form->n_tokens && full; t++)
            full = tok_hash (doc, i - name->at + t) == form->hash[t];
          if (full)
            continue;
          before = i > 0 && !(tok_flags (doc, i) & LECTERN_TOKEN_SENTENCE_START) &&
                   tok_starts_upper (doc, i - 1) && (tok_flags (doc, i - 1) & LECTERN_TOKEN_WORD) &&
                   !tok_is_article (doc, i - 1) &&
                   !(tok_lex (doc, i - 1) & (LECTERN_LEX_STOP_EN | LECTERN_LEX_STOP_FR));
          /* "Hanbit Chief Executive Park Ji-hoon" is Hanbit's. */
          after = end < doc->n_tokens && tok_starts_upper (doc, end) &&
                  (tok_flags (doc, end) & LECTERN_TOKEN_WORD) &&
                  !(tok_flags (doc, end) & LECTERN_TOKEN_SENTENCE_START) &&
                  !(tok_lex (doc, end) & LECTERN_LEX_TITLE) && !tok_is_any (doc, end, titles, G_N_ELEMENTS (titles));
          if (before || after)
            name->other = TRUE;
          else
            {
              name->alone++;
              name->inside += !(tok_flags (doc, i) & (LECTERN_TOKEN_SENTENCE_START | LECTERN_TOKEN_LINE_START));
            }
        }
    }

  for (guint k = 0; k < names->len; k++)
    {
      ShortName *name = &g_array_index (names, ShortName, k);
      guint first, f;

      first = g_array_index (doc->forms, Form, name->form).first + name->at;
      /* A word that starts many companies' names ("Global", "Federal")
       * starts sentences too: it must be written alone inside one. */
      if (name->other || name->repeated || name->alone == 0 ||
          (name->inside == 0 && (tok_lex (doc, first) & LECTERN_LEX_COMPANY)))
        continue;
      /* A team named by its town is short for its club's name only. */
      {
        gpointer existing = g_hash_table_lookup (doc->form_by_seq, &name->seq);
        const Form *form = &g_array_index (doc->forms, Form, name->form);

        if (existing != NULL && g_array_index (doc->forms, Form, GPOINTER_TO_UINT (existing) - 1).team &&
            !is_club_name_end (doc, form->first + form->n_tokens - 1))
          continue;
      }
      /* get_form may move the forms: no Form pointer across it. */
      f = get_form (doc, first, first + name->n);
      /* The tagger's place or person for the short name alone yields to
       * the full name ("Cascade Fresh" of "Cascade Fresh Markets"). */
      {
        Form *form = &g_array_index (doc->forms, Form, f);

        form->votes[VOTE_ORG] += form->votes[VOTE_LOC] + form->votes[VOTE_PER];
        form->votes[VOTE_LOC] = form->votes[VOTE_PER] = 0;
      }
      unite (doc->forms, name->form, f);
    }
}

static void
merge_by_key (Doc *doc)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      gpointer other;

      if (g_hash_table_lookup_extended (by_key, form->key, NULL, &other))
        unite (doc->forms, GPOINTER_TO_UINT (other), f);
      else
        g_hash_table_insert (by_key, form->key, GUINT_TO_POINTER (f));
    }
}

/* The form of tagged span k if it is an organization's, else G_MAXUINT. */
static guint
organization_span_form (Doc  *doc,
                        guint k)
{
  const Span *span = &g_array_index (doc->spans, Span, k);
  guint64 h;
  gpointer found;

  if (span->type != VOTE_ORG)
    return G_MAXUINT;
  h = seq_hash (doc, span->start, span->start + span->len);
  found = g_hash_table_lookup (doc->form_by_seq, &h);
  if (found == NULL || winning_vote (g_array_index (doc->forms, Form, GPOINTER_TO_UINT (found) - 1).votes) != VOTE_ORG)
    return G_MAXUINT;

  return GPOINTER_TO_UINT (found) - 1;
}

/* Two organizations' names the story gives as one body's: "The Federal
 * Financial Supervisory Authority, known as BaFin,", "East Japan Railway
 * Co, known as JR East". */
static void
merge_named_aliases (Doc *doc)
{
  for (guint k = 0; k + 1 < doc->spans->len; k++)
    {
      const Span *one = &g_array_index (doc->spans, Span, k);
      const Span *two = &g_array_index (doc->spans, Span, k + 1);
      guint a = one->start + one->len, b = two->start, e = two->start + two->len, f, g;

      if (one->type != VOTE_ORG || two->type != VOTE_ORG || b < a + 2 || b > a + 4 || !tok_is (doc, a, ",") ||
          (e < doc->n_tokens && (tok_flags (doc, e) & LECTERN_TOKEN_WORD) && !tok_starts_lower (doc, e)))
        continue;
      /* ", known as" or ", also known as" (not ", Kazakhstan's Air Astana",
       * as often a list's next item as a translation). */
      if (!((b == a + 3 && tok_is (doc, a + 1, "known") && tok_is (doc, a + 2, "as")) ||
            (b == a + 4 && tok_is (doc, a + 1, "also") && tok_is (doc, a + 2, "known") && tok_is (doc, a + 3, "as"))))
        continue;
      if ((f = organization_span_form (doc, k)) == G_MAXUINT || (g = organization_span_form (doc, k + 1)) == G_MAXUINT)
        continue;
      unite (doc->forms, f, g);
    }
}

/* Names of one well-known organization: "ONU" and "Nations unies",
 * "Daech" and "État islamique". */
static void
merge_known_organizations (Doc *doc)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);

  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      guint32 id;
      gpointer other;

      if (form->votes[VOTE_ORG] == 0)
        continue;
      id = known_organization (doc, form->first, form->first + form->n_tokens);
      if (id == 0 || id == LECTERN_LEX_AMBIGUOUS)
        continue;
      if (g_hash_table_lookup_extended (by_id, GUINT_TO_POINTER (id), NULL, &other))
        unite (doc->forms, GPOINTER_TO_UINT (other), f);
      else
        g_hash_table_insert (by_id, GUINT_TO_POINTER (id), GUINT_TO_POINTER (f));
    }
}

static void
cluster_votes (Doc   *doc,
               guint *votes)
{
  if (doc->forms->len == 0)
    return;
  memset (votes, 0, sizeof (guint) * N_VOTES * doc->forms->len);
  for (guint f = 0; f < doc->forms->len; f++)
    {
      guint r = find_root (doc->forms, f);

      for (int v = 0; v < N_VOTES; v++)
        votes[r * N_VOTES + v] += g_array_index (doc->forms, Form, f).votes[v];
    }
}

/* Whether the shorter of two forms is the end of the longer, word for
 * word in lower case ("Food and Drug Administration" of "U.S. Food and
 * Drug Administration"). */
static gboolean
ends_alike (Doc        *doc,
            const Form *x,
            const Form *y)
{
  const Form *s = x->n_tokens <= y->n_tokens ? x : y;
  const Form *l = s == x ? y : x;

  for (guint t = 0; t < s->n_tokens; t++)
    if (s->lower[s->n_tokens - 1 - t] != l->lower[l->n_tokens - 1 - t])
      return FALSE;

  return TRUE;
}

/* Acronyms whose letters are the initials of a multi-word organization. */
static void
merge_acronyms_by_initials (Doc *doc)
{
  g_autoptr(GHashTable) by_initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (form->n_tokens < 2 || winning_vote (form->votes) != VOTE_ORG)
        continue;
      for (int skip = 1; skip >= 0; skip--)
        {
          char *init = initials (doc, form, skip, FALSE);
          gpointer first;
          g_autofree char *variant = NULL;

          /* "U.S. Food and Drug Administration" is the "FDA"; "The
           * Friedkin Group", whose article the form lost, "TFG";
           * "Anti-Corruption Unit", "ACU". */
          if (strlen (init) >= 3 && is_country_prefix (doc, form->first))
            variant = g_strdup (init + 1);
          else if (form->first > 0 && tok_is (doc, form->first - 1, "The"))
            variant = g_strconcat ("T", init, NULL);
          else if (skip)
            {
              variant = initials (doc, form, skip, TRUE);
              if (strlen (variant) == strlen (init))
                g_clear_pointer (&variant, g_free);
            }
          if (variant != NULL && strlen (variant) >= 2 && !g_hash_table_contains (by_initials, variant))
            g_hash_table_insert (by_initials, g_steal_pointer (&variant), GUINT_TO_POINTER (f));
          if (strlen (init) >= 2 && !g_hash_table_lookup_extended (by_initials, init, NULL, &first))
            g_hash_table_insert (by_initials, init, GUINT_TO_POINTER (f));
          else
            {
              /* "Co-operative Bank of Kenya" and "Central Bank of Kenya"
               * share "CBK": the letters name neither for sure ("Food
               * and Drug Administration" and "U.S. Food and Drug
               * Administration" are one). */
              if (strlen (init) >= 2 && GPOINTER_TO_UINT (first) != G_MAXUINT &&
                  !ends_alike (doc, &g_array_index (doc->forms, Form, GPOINTER_TO_UINT (first)), form))
                g_hash_table_insert (by_initials, g_strdup (init), GUINT_TO_POINTER (G_MAXUINT));
              g_free (init);
            }
        }
    }

  if (g_hash_table_size (by_initials) == 0)
    return;

  /* Every acronym of the text, tagged or not ("the UPND leader" after
   * "United Party for National Development"). */
  for (guint i = 0; i < doc->n_tokens; i++)
    {
      gpointer other;

      /* "l'Onda, l'Office national de diffusion artistique": French
       * writes many acronyms as words, which are the organization's when
       * read as one ("Unesco", "Fnac"). */
      if (!tok_is_acronym (doc, i) && tok_len (doc, i) >= 3 && tok_len (doc, i) <= 6 &&
          g_ascii_isupper (*tok_str (doc, i)) && (tok_flags (doc, i) & LECTERN_TOKEN_WORD))
        {
          guint64 h = seq_hash (doc, i, i + 1);
          gpointer found = g_hash_table_lookup (doc->form_by_seq, &h);

          if (found != NULL && winning_vote (g_array_index (doc->forms, Form, GPOINTER_TO_UINT (found) - 1).votes) ==
                                   VOTE_ORG)
            {
              g_autofree char *letters = acronym_letters_at (doc, i);

              if (g_hash_table_lookup_extended (by_initials, letters, NULL, &other) &&
                  GPOINTER_TO_UINT (other) != G_MAXUINT &&
                  g_array_index (doc->forms, Form, GPOINTER_TO_UINT (other)).n_tokens >= 3)
                unite (doc->forms, GPOINTER_TO_UINT (other), GPOINTER_TO_UINT (found) - 1);
            }
          continue;
        }
      /* "LA", "OR" in capitals are words, not acronyms. */
      if (!tok_is_acronym (doc, i) || tok_is_article (doc, i) ||
          (tok_lex (doc, i) & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN)))
        continue;
      /* "UC Berkeley": an acronym that starts a longer tagged name is
       * that name's, not "University of Chicago". */
      if (i + 1 < doc->n_tokens && tok_starts_upper (doc, i + 1))
        {
          guint64 h = seq_hash (doc, i, i + 2);

          if (g_hash_table_lookup (doc->form_by_seq, &h) != NULL)
            continue;
        }
      /* Allocated here, not for every token. */
      {
        g_autofree char *letters = acronym_letters_at (doc, i);

        if (g_hash_table_lookup_extended (by_initials, letters, NULL, &other) && GPOINTER_TO_UINT (other) != G_MAXUINT)
          unite (doc->forms, GPOINTER_TO_UINT (other), get_form (doc, i, i + 1));
      }
    }
}

/* The token of form that starts its seat, "de"/"du"/"d'" then a
 * capitalized word up to the form's end, or 0 ("Centre hospitalier
 * universitaire | de Liège"). */
static guint
seat_start (Doc        *doc,
            const Form *form)
{
  for (guint i = form->first + 1; i + 1 < form->first + form->n_tokens; i++)
    if ((tok_is (doc, i, "de") || tok_is (doc, i, "du") || tok_is_elision_de (doc, i)) &&
        tok_starts_upper (doc, i + 1) && !tok_is_acronym (doc, i + 1))
      {
        for (guint j = i + 1; j < form->first + form->n_tokens; j++)
          if (!tok_starts_upper (doc, j) && (tok_flags (doc, j) & LECTERN_TOKEN_WORD) && !is_particle (doc, j))
            return 0;
        return i;
      }

  return 0;
}

/* "le CHU de Liège" and "le Centre hospitalier universitaire de Liège":
 * letters and their seat are the name spelled out with the same seat. */
static void
merge_acronyms_with_seats (Doc *doc)
{
  g_autoptr(GHashTable) by_key = NULL;

  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      guint at;
      guint64 key;
      g_autofree char *letters = NULL;

      if (form->n_tokens < 3 || winning_vote (form->votes) != VOTE_ORG || !tok_is_acronym (doc, form->first) ||
          (at = seat_start (doc, form)) != form->first + 1)
        continue;
      letters = acronym_letters_at (doc, form->first);
      key = seq_hash (doc, at + 1, form->first + form->n_tokens) ^ g_str_hash (letters);
      if (by_key == NULL)
        by_key = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_insert (by_key, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (f));
    }
  if (by_key == NULL)
    return;
  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      Form head;
      guint at;
      guint64 key;
      gpointer other;
      g_autofree char *init = NULL;

      if (form->n_tokens < 4 || winning_vote (form->votes) != VOTE_ORG || tok_is_acronym (doc, form->first) ||
          (at = seat_start (doc, form)) < form->first + 2)
        continue;
      head = *form;
      head.n_tokens = at - form->first;
      init = initials (doc, &head, TRUE, FALSE);
      key = seq_hash (doc, at + 1, form->first + form->n_tokens) ^ g_str_hash (init);
      if (g_hash_table_lookup_extended (by_key, &key, NULL, &other))
        unite (doc->forms, GPOINTER_TO_UINT (other), f);
    }
}

/* "Amazon.com" … "Amazon said": a capitalized name with a web domain's
 * ending is the company that runs the site, one entity with the name
 * before the dot when the story names that as an organization. A site
 * alone is left to the tagger (the corpora do not list sites). */
static void
merge_domain_names (Doc *doc)
{
  static const char *endings[] = {
    "com", "org", "net", "fr", "ca", "us", "uk", "de", "io", "info", "eu", "be", "ch",
  };

  for (guint i = 0; i < doc->n_tokens; i++)
    {
      const char *s = tok_str (doc, i);
      guint32 len;
      const char *dot;
      gboolean ending = FALSE;
      guint f;
      guint64 h;
      gpointer stem;

      /* Asked of every token: the cheapest tests first. */
      if (!g_ascii_isupper (s[0]) || !(tok_flags (doc, i) & LECTERN_TOKEN_WORD) ||
          (len = tok_len (doc, i)) < 5 || len > 64 || (dot = memchr (s, '.', len)) == NULL || dot - s < 2)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (endings) && !ending; k++)
        ending = (gsize) (s + len - dot - 1) == strlen (endings[k]) &&
                 memcmp (dot + 1, endings[k], strlen (endings[k])) == 0;
      for (const char *c = s; c < dot && ending; c++)
        ending = g_ascii_isalnum (*c) || *c == '-';
      if (!ending)
        continue;

      h = SEQ_HASH_STEP (SEQ_HASH_INIT, lectern_ner_hash (s, dot - s));
      stem = g_hash_table_lookup (doc->form_by_seq, &h);
      if (stem == NULL ||
          winning_vote (g_array_index (doc->forms, Form, GPOINTER_TO_UINT (stem) - 1).votes) != VOTE_ORG)
        continue;
      f = get_form (doc, i, i + 1);
      if (winning_vote (g_array_index (doc->forms, Form, f).votes) != VOTE_ORG)
        g_array_index (doc->forms, Form, f).votes[VOTE_ORG] += 2;
      unite (doc->forms, f, GPOINTER_TO_UINT (stem) - 1);
    }
}

/* A shorter form inside a longer one of the same entity kind: "Altman" in
 * "Sam Altman", "Nations unies" in "Organisation des Nations unies". */
/* The head word of an organ of a larger body ("Commission", "Council",
 * "Mission"), not of a company's or a club's full name ("Group",
 * "Holdings", "Football Club"). */
static gboolean
is_organ_head (Doc  *doc,
               guint i)
{
  return (tok_lex (doc, i) & LECTERN_LEX_ORG_HEAD) && !(tok_lex (doc, i) & LECTERN_LEX_LEGAL) &&
         !tok_is (doc, i, "Club") && !tok_is (doc, i, "Racing");
}

/* Whether the tokens of a form from its n-th on are all names of places
 * ("Virginia" of "Virginia Senate" comes first; "Occitanie" of "ARS
 * Occitanie" last): then the form names a body by where it is. */
static gboolean
places_after (Doc        *doc,
              const Form *big,
              guint       n)
{
  for (guint i = big->first + n; i < big->first + big->n_tokens; i++)
    if (!(tok_lex (doc, i) & (LECTERN_LEX_GEO | LECTERN_LEX_PLACE | LECTERN_LEX_REGION)))
      return FALSE;

  return TRUE;
}

/* Whether big names a body of small's own, after it: small is a whole
 * name with its head word last ("Strathearn University"), big goes on
 * with capitalized words that another head word ends ("… Students'
 * Association"), not a company's ("Deutsche Bank Group"). */
static gboolean
is_body_of_body (Doc        *doc,
                 const Form *small,
                 const Form *big)
{
  guint s_end = small->first + small->n_tokens, b_end = big->first + big->n_tokens;

  if (small->n_tokens < 2 || big->n_tokens < small->n_tokens + 2 ||
      !(tok_lex (doc, s_end - 1) & LECTERN_LEX_ORG_HEAD) || !tok_starts_upper (doc, s_end - 1) ||
      !(tok_lex (doc, b_end - 1) & LECTERN_LEX_ORG_HEAD) || !tok_starts_upper (doc, b_end - 1) ||
      !tok_starts_upper (doc, big->first + small->n_tokens) || is_business_end (doc, b_end - 1))
    return FALSE;
  for (guint t = 0; t < small->n_tokens; t++)
    if (tok_lower (doc, big->first + t) != tok_lower (doc, small->first + t))
      return FALSE;

  return TRUE;
}

/* Whether one of the multi-token forms in list starts with the word of
 * the one-token form, capitalized as it is. */
static gboolean
capitalized_owner (Doc        *doc,
                   GArray     *list,
                   const Form *form)
{
  for (guint k = 0; k < MIN (list->len, MAX_CANDIDATES); k++)
    {
      const Form *big = &g_array_index (doc->forms, Form, g_array_index (list, guint, k));

      if (big->n_tokens > 1 && tok_lower (doc, big->first) == tok_lower (doc, form->first) &&
          tok_starts_upper (doc, big->first) && !(tok_flags (doc, big->first) & LECTERN_TOKEN_SENTENCE_START))
        return TRUE;
    }

  return FALSE;
}

static void
merge_partial_names (Doc *doc)
{
  static const char *const chambers[] = { "Senate", "House", "Congress", "Parliament", "Assembly", "Legislature" };
  static const char *const committees[] = { "Committee", "Subcommittee", "Commission", "Caucus" };
  /* Bodies of members, named after what their members share. */
  static const char *const members[] = {
    "Union", "Syndicat", "Association", "Fédération", "Collectif", "Coordination", "Amicale", "Federation",
    "Friends", "union", "syndicat", "association", "fédération", "collectif",
  };
  guint n_forms = doc->forms->len;
  g_autofree guint *votes = g_new (guint, (gsize) MAX (n_forms, 1) * N_VOTES);
  g_autoptr(GHashTable) by_token = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                          (GDestroyNotify) g_array_unref);
  g_autofree guint *target = g_new (guint, MAX (n_forms, 1));
  /* Per form, its last word without an Arabic article, or 0. */
  g_autofree guint64 *bare = g_new0 (guint64, MAX (n_forms, 1));
  g_autofree guint64 *acronym = g_new0 (guint64, MAX (n_forms, 1));

  cluster_votes (doc, votes);

  /* Per root, the acronym it was given ("DMK"), or 0. */
  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      guint r = find_root (doc->forms, f);

      if (form->n_tokens == 1 && acronym[r] == 0 && tok_is_acronym (doc, form->first))
        acronym[r] = form->lower[0];
    }

  /* Index multi-token forms by each of their tokens, and by their last
   * word without its article ("Burhan" of "Abdel Fattah al-Burhan"). */
  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      guint last, article;

      if (form->n_tokens < 2)
        continue;
      last = form->first + form->n_tokens - 1;
      article = arabic_article_length (doc, last);
      if (article > 0)
        {
          GArray *list;

          bare[f] = lectern_ner_lower_hash (tok_str (doc, last) + article, tok_len (doc, last) - article,
                                            doc->scratch);
          list = g_hash_table_lookup (by_token, &bare[f]);
          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (by_token, &bare[f], list);
            }
          g_array_append_val (list, f);
        }
      for (guint i = form->first; i < form->first + form->n_tokens; i++)
        {
          GArray *list = g_hash_table_lookup (by_token, &form->lower[i - form->first]);

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (by_token, &form->lower[i - form->first], list);
            }
          if (list->len == 0 || g_array_index (list, guint, list->len - 1) != f)
            g_array_append_val (list, f);
        }
    }

  /* Decide every target first, then merge, so the order of forms does not
   * matter. */
  for (guint f = 0; f < n_forms; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      GArray *list = g_hash_table_lookup (by_token, form->lower);
      guint fr = find_root (doc->forms, f);
      int ftype = winning_vote (&votes[fr * N_VOTES]);
      guint best = G_MAXUINT;
      guint best_votes = 0;
      /* How many bodies of their own start with the form, a body's
       * letters, and where the form is in the best longer name. */
      guint parent = 0;
      guint best_at = 0;
      gboolean bound = FALSE;

      target[f] = G_MAXUINT;
      if (list == NULL || ftype == VOTE_LOC || ftype < 0)
        continue;

      /* Bounded, so that a text made to share one word among thousands of
       * names stays linear. */
      for (guint k = 0; k < MIN (list->len, MAX_CANDIDATES); k++)
        {
          guint g = g_array_index (list, guint, k);
          Form *big = &g_array_index (doc->forms, Form, g);
          guint gr = find_root (doc->forms, g);
          int gtype = winning_vote (&votes[gr * N_VOTES]);
          guint total = 0;
          gboolean inside = FALSE, own;
          guint at = 0;

          if (big->n_tokens <= form->n_tokens)
            continue;
          /* "Adani", which the name table made "Adani Group"'s, is not
           * also short for "Adani Ports". */
          if (gr == fr)
            {
              gboolean starts = TRUE;

              for (guint t = 0; t < form->n_tokens && starts; t++)
                starts = tok_lower (doc, big->first + t) == tok_lower (doc, form->first + t);
              bound = bound || (starts && ftype == VOTE_ORG);
              continue;
            }
          for (guint s = 0; s + form->n_tokens <= big->n_tokens && !inside; s++)
            {
              inside = TRUE;
              for (guint t = 0; t < form->n_tokens && inside; t++)
                inside = tok_lower (doc, big->first + s + t) == tok_lower (doc, form->first + t);
              at = s;
            }
          /* "Michael Sata" in "Michael Chilufya Sata", "Perry Christie" in
           * Perceval "Perry" Christie: the same surname, the rest in order;
           * for organizations, the same first and last words ("université
           * de Manchester", "université anglaise de Manchester"). */
          if (!inside && gtype == ftype && form->n_tokens >= 2 &&
              (gtype == VOTE_PER || tok_lower (doc, big->first) == tok_lower (doc, form->first)) &&
              tok_lower (doc, big->first + big->n_tokens - 1) ==
              tok_lower (doc, form->first + form->n_tokens - 1))
            {
              guint t = 0;

              for (guint s = 0; s < big->n_tokens && t < form->n_tokens; s++)
                if (tok_lower (doc, big->first + s) == tok_lower (doc, form->first + t))
                  t++;
              inside = t == form->n_tokens;
              at = big->n_tokens;
            }
          if (!inside && ftype == VOTE_PER && gtype == VOTE_PER && form->n_tokens == 1 && bare[g] != 0 &&
              bare[g] == tok_lower (doc, form->first))
            {
              inside = TRUE;
              at = big->n_tokens - 1;
            }
          if (!inside)
            continue;
          /* Counted back below if no test sets the longer name apart. */
          own = ftype == VOTE_ORG && gtype == VOTE_ORG && at == 0 && form->n_tokens == 1 &&
                tok_is_acronym (doc, form->first);
          parent += own;
          /* "la Commission" is not short for "la commission des affaires
           * économiques" when a longer name starts with it capitalized
           * ("la Commission européenne"). */
          if (ftype == VOTE_ORG && form->n_tokens == 1 && at < big->n_tokens && tok_starts_upper (doc, form->first) &&
              tok_starts_lower (doc, big->first + at) && capitalized_owner (doc, list, form))
            continue;
          /* "Nations unies" in "Conseil de sécurité des Nations unies",
           * "UN" in "Security Council of the UN": the body a longer
           * organization belongs to, not the same one. */
          if (ftype == VOTE_ORG && at > 0 && at < big->n_tokens &&
              (tok_is_connector (doc, big->first + at - 1) || tok_is_article (doc, big->first + at - 1)))
            continue;
          /* "African Union" in "African Union Commission", "European Union"
           * in "European Union Election Observation Mission": a well-known
           * body and one of its organs named after it ("Andy Warhol
           * Foundation for the Visual Arts" is one body; "Pennine Vale
           * Hospitals", a body no list knows, is short for "Pennine Vale
           * Hospitals NHS Foundation Trust"). */
          if (ftype == VOTE_ORG && at == 0 && form->n_tokens >= 2 &&
              tok_starts_upper (doc, big->first + form->n_tokens) &&
              known_organization (doc, form->first, form->first + form->n_tokens) != 0 &&
              is_organ_head (doc, big->first + big->n_tokens - 1))
            continue;
          /* "Greenpeace" in "Greenpeace Indonesia", "Umno" in "Umno
           * Youth": a body and its branch in a country, or its youth
           * wing; not an acronym ("ARS" is short for "ARS Occitanie" in a
           * story of the region). */
          if (ftype == VOTE_ORG && at == 0 && big->n_tokens == form->n_tokens + 1 &&
              !tok_is_acronym (doc, form->first) &&
              (tok_is (doc, big->first + form->n_tokens, "Youth") ||
               (tok_lex (doc, big->first + form->n_tokens) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) ==
                 (LECTERN_LEX_GEO | LECTERN_LEX_REGION)) &&
              known_organization (doc, form->first, form->first + form->n_tokens) != 0)
            continue;
          /* "FO" in "FO-RATP", "CGT" in "CGT-Cheminots": a union and its
           * section, joined by a hyphen. */
          if (ftype == VOTE_ORG && form->n_tokens == 1 && at == 0 && big->n_tokens >= 3 &&
              tok_is (doc, big->first + 1, "-") && !(tok_flags (doc, big->first + 1) & LECTERN_TOKEN_SPACE_BEFORE))
            continue;
          /* "BBC" in "BBC World Service": a listed body's letters and a
           * unit named by two words or more after them ("BNP" is short
           * for "BNP Paribas", and "UBS" for "UBS Group AG"). */
          if (ftype == VOTE_ORG && form->n_tokens == 1 && at == 0 && big->n_tokens >= 3 &&
              tok_is_acronym (doc, form->first) && known_organization (doc, form->first, form->first + 1) != 0 &&
              !is_business_end (doc, big->first + big->n_tokens - 1) &&
              !(tok_lex (doc, big->first + big->n_tokens - 1) & LECTERN_LEX_LEGAL) &&
              tok_starts_upper (doc, big->first + 1) &&
              /* "NBA | Board of Governors": a body of its own. */
              (tok_starts_upper (doc, big->first + 2) || (tok_lex (doc, big->first + 1) & LECTERN_LEX_ORG_HEAD)))
            continue;
          /* "FGTB" in "FGTB Métal Hainaut-Namur": a union and its trade's
           * federation or section, named by the trade. */
          if (ftype == VOTE_ORG && form->n_tokens == 1 && at == 0 && big->n_tokens >= 2 &&
              is_french_union_letters (tok_str (doc, form->first), tok_len (doc, form->first)) &&
              tok_starts_upper (doc, big->first + 1) && (tok_flags (doc, big->first + 1) & LECTERN_TOKEN_WORD) &&
              !tok_is_acronym (doc, big->first + 1) &&
              !(tok_lex (doc, big->first + 1) & (LECTERN_LEX_GEO | LECTERN_LEX_REGION | LECTERN_LEX_PLACE)))
            continue;
          /* A team named by its town goes only with its club's longer
           * name ("Surrey" of "Surrey County Cricket Club", not of
           * "Kilmarnock Sheriff Court" or "BBC One Wales"). */
          if (form->team && !(at == 0 && is_club_name_end (doc, big->first + big->n_tokens - 1)))
            continue;
          /* "Lactalis" in "Union nationale des éleveurs livreurs
           * Lactalis": a known body, and the members' body named after
           * it ("Banque Lazard" is Lazard). */
          if (ftype == VOTE_ORG && form->n_tokens == 1 && at + 1 == big->n_tokens && big->n_tokens >= 3 &&
              tok_is_any (doc, big->first, members, G_N_ELEMENTS (members)) &&
              known_organization (doc, form->first, form->first + 1) != 0)
            continue;
          /* "Senate" in "Senate Committee on Indian Affairs": a chamber
           * and one of its committees. */
          if (ftype == VOTE_ORG && at == 0 && form->n_tokens == 1 &&
              tok_is_any (doc, form->first, chambers, G_N_ELEMENTS (chambers)) &&
              (tok_is_any (doc, big->first + 1, committees, G_N_ELEMENTS (committees)) ||
               tok_is_any (doc, big->first + big->n_tokens - 1, committees, G_N_ELEMENTS (committees))))
            continue;
          /* Bodies the name table knows apart: an acronym and a body
           * named after it ("NHS", "NHS England"; "SNCF", "SNCF
           * Voyageurs"), two courts ("Cour du Québec", "Cour d'appel du
           * Québec"), a body and one with an acronym of its own ("Islamic
           * State", "Islamic State Khorasan Province (ISKP)"). A brand is
           * often short for its team or its firm ("Red Bull" for "Red
           * Bull Racing"), so no more. */
          if (ftype == VOTE_ORG && gtype == VOTE_ORG)
            {
              guint32 small = known_organization (doc, form->first, form->first + form->n_tokens);
              guint32 whole = known_organization (doc, big->first, big->first + big->n_tokens);

              if (small != 0 && whole != 0 && small != LECTERN_LEX_AMBIGUOUS && whole != LECTERN_LEX_AMBIGUOUS &&
                  small != whole &&
                  ((form->n_tokens == 1 && tok_is_acronym (doc, form->first)) || at == big->n_tokens ||
                   (at == 0 && acronym[gr] != 0 && !places_after (doc, big, form->n_tokens)) ||
                   /* "Bank of Canada" in "Royal Bank of Canada", "Bank of
                    * India" in "Reserve Bank of India": two listed banks. */
                   (at > 0 && at < big->n_tokens && form->n_tokens >= 3)))
                continue;
              /* "Google" in "Google DeepMind", "Safran" in "Safran
               * Aircraft Engines": a listed company and a listed one
               * named after it with a name of its own, no head word nor a
               * company's ("Google LLC", "Harvard University" are the
               * same). */
              if (small != 0 && whole != 0 && small != LECTERN_LEX_AMBIGUOUS && at == 0 && form->n_tokens == 1 &&
                  big->n_tokens <= 4 && is_plain_name_tail (doc, big->first + 1, big->first + big->n_tokens))
                continue;
              /* "Eiffage" in "Eiffage Génie Civil", "Transdev" in
               * "Transdev Marne Mobilités": a listed company, and a unit
               * no list knows named after it by two words or more of its
               * own, no trade nor head word last. */
              if (small != 0 && small != LECTERN_LEX_AMBIGUOUS && whole == 0 && at == 0 && form->n_tokens == 1 &&
                  big->n_tokens >= 3 && big->n_tokens <= 5 && is_unit_name_tail (doc, big) &&
                  /* "Senate Foreign Affairs, Defence and …": a chamber's
                   * committee, cut. */
                  !tok_is_any (doc, form->first, chambers, G_N_ELEMENTS (chambers)))
                continue;
              /* "Samsung" in "Samsung Catalyst Fund", "Tesco" in "Tesco
               * Sustainable Dairy Group": a listed body, and one no list
               * knows that it set up. */
              if (small != 0 && small != LECTERN_LEX_AMBIGUOUS && whole == 0 && at == 0 &&
                  is_offshoot_tail (doc, big, form->n_tokens))
                continue;
              /* "NHS" in "Severnside Hospitals NHS Foundation Trust": a
               * known body's acronym inside a longer name is the body the
               * other belongs to. */
              if (small != 0 && whole == 0 && at > 0 && form->n_tokens == 1 && tok_is_acronym (doc, form->first))
                continue;
            }
          /* "Dravida Munnetra Kazhagam (DMK)" in "All India Anna Dravida
           * Munnetra Kazhagam (AIADMK)": two bodies, each with its own
           * acronym. */
          if (ftype == VOTE_ORG && acronym[fr] != 0 && acronym[gr] != 0 && acronym[fr] != acronym[gr])
            continue;
          /* "Strathearn University" in "Strathearn University Students'
           * Association": a whole body's name, head word last, and a body
           * of its own named after it, that another head word ends (not a
           * company's: "Deutsche Bank Group"). */
          if (ftype == VOTE_ORG && gtype == VOTE_ORG && at == 0 && is_body_of_body (doc, form, big))
            continue;
          /* "CUPE" in "CUPE Local 375": a union and one of its branches. */
          if (ftype == VOTE_ORG && big->n_tokens >= 3 && at + form->n_tokens + 2 == big->n_tokens &&
              is_union_branch (doc, big->first + big->n_tokens - 2))
            continue;
          /* A surname may have been mistyped by the tagger, unless a list
           * knows it as a company ("Martin Bouygues … le groupe
           * Bouygues"); anything else merges within one type. */
          if (gtype != ftype &&
              !(gtype == VOTE_PER && form->n_tokens == 1 && at + 1 == big->n_tokens &&
                !(ftype == VOTE_ORG && known_organization (doc, form->first, form->first + 1) != 0)))
            continue;
          if (gtype == VOTE_LOC)
            continue;
          parent -= own;
          for (int v = 0; v < N_VOTES; v++)
            total += votes[gr * N_VOTES + v];
          /* "Strathearn" is "Strathearn University", not its students'
           * association, however often that is named. */
          if (best == G_MAXUINT ||
              (total > best_votes &&
               !is_body_of_body (doc, &g_array_index (doc->forms, Form, best), big)) ||
              is_body_of_body (doc, big, &g_array_index (doc->forms, Form, best)))
            {
              best = g;
              best_votes = total;
              best_at = at;
            }
        }
      /* "the NFL and the NFL Players Association … NFL Network": letters
       * that a body of their own starts with name the parent, not
       * another longer name that starts with them. */
      target[f] = (parent > 0 && best_at == 0) || bound ? G_MAXUINT : best;
    }

  for (guint f = 0; f < n_forms; f++)
    if (target[f] != G_MAXUINT)
      unite (doc->forms, target[f], f);

  /* "SUD" is "SUD-PTT": an organization's one-word form before a hyphen;
   * not where each is the acronym of a name of its own, spelled out in
   * the story ("Société de transport de Montréal (STM)", "Syndicat du
   * transport de Montréal (STM-CSN)"). */
  {
    g_autoptr(GHashTable) orgs = g_hash_table_new (g_str_hash, g_str_equal);
    g_autofree gboolean *spelled = g_new0 (gboolean, MAX (n_forms, 1));

    for (guint f = 0; f < n_forms; f++)
      {
        Form *form = &g_array_index (doc->forms, Form, f);

        if (form->n_tokens == 1 && winning_vote (&votes[find_root (doc->forms, f) * N_VOTES]) == VOTE_ORG)
          g_hash_table_insert (orgs, form->surface, GUINT_TO_POINTER (f));
        if (form->n_tokens >= 3)
          spelled[find_root (doc->forms, f)] = TRUE;
      }
    for (guint f = 0; f < n_forms; f++)
      {
        Form *form = &g_array_index (doc->forms, Form, f);
        const char *dash = strchr (form->surface, '-');
        g_autofree char *head = NULL;
        gpointer other;

        if (form->n_tokens != 1 || dash == NULL ||
            winning_vote (&votes[find_root (doc->forms, f) * N_VOTES]) != VOTE_ORG)
          continue;
        head = g_strndup (form->surface, dash - form->surface);
        if (g_hash_table_lookup_extended (orgs, head, NULL, &other) &&
            !(spelled[find_root (doc->forms, f)] && spelled[find_root (doc->forms, GPOINTER_TO_UINT (other))] &&
              find_root (doc->forms, f) != find_root (doc->forms, GPOINTER_TO_UINT (other))))
          unite (doc->forms, f, GPOINTER_TO_UINT (other));
      }
  }
}

/* ---- pass 3: mentions ---- */

typedef struct
{
  guint form;
  guint n_tokens;
} Candidate;

/* The hashes of the last tokens looked at while matching: a common first
 * word can have hundreds of candidate forms, each reading the words after
 * it again. */
typedef struct
{
  guint32 index[256];
  guint64 hash[256];
  guint64 lower[256];
} HashMemo;

static void
memo_get (const Doc *doc,
          HashMemo  *memo,
          guint      i)
{
  guint slot = i & 255;

  if (memo->index[slot] != i)
    {
      memo->index[slot] = i;
      if (tok_has_upper (doc, i))
        lectern_ner_word_hashes (tok_str (doc, i), tok_len (doc, i), doc->scratch, &memo->hash[slot],
                                 &memo->lower[slot]);
      else
        lectern_ner_uncapitalized_word_hashes (tok_str (doc, i), tok_len (doc, i), doc->scratch,
                                               &memo->hash[slot], &memo->lower[slot]);
    }
}

static inline guint64
memo_hash (const Doc *doc,
           HashMemo  *memo,
           guint      i)
{
  memo_get (doc, memo, i);
  return memo->hash[i & 255];
}

static inline guint64
memo_lower (const Doc *doc,
            HashMemo  *memo,
            guint      i)
{
  memo_get (doc, memo, i);
  return memo->lower[i & 255];
}

/* Whether tokens [i, i + n) spell the form. Multi-word forms match in any
 * case ("Kito de Pavant", "De Pavant"), as long as a word other than an
 * article has a capital, so "le monde" never matches "Le Monde". */
static gboolean
matches_form (const Doc  *doc,
              HashMemo   *memo,
              guint       i,
              const Form *form)
{
  gboolean exact = TRUE;
  gboolean capital = FALSE;

  if (i + form->n_tokens > doc->n_tokens)
    return FALSE;
  if (form->n_tokens == 1)
    return memo_hash (doc, memo, i) == form->hash[0];

  for (guint t = 0; t < form->n_tokens; t++)
    {
      if (memo_lower (doc, memo, i + t) != form->lower[t])
        return FALSE;
      exact = exact && memo_hash (doc, memo, i + t) == form->hash[t];
    }
  if (exact)
    return TRUE;
  for (guint t = 0; t < form->n_tokens && !capital; t++)
    capital = tok_starts_upper (doc, i + t) && !tok_is_article (doc, i + t);

  return capital;
}

/* Whether tokens [i, i + n) are a part of a longer name the tagger gave
 * another type: "Freedom" in "World Press Freedom Day", "Gates" in
 * "Fondation Bill & Melinda Gates". */
static gboolean
inside_other_name (const Doc *doc,
                   guint      i,
                   guint      n,
                   int        type)
{
  guint lo = 0, hi = doc->spans->len;

  /* The first span that ends after i. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const Span *s = &g_array_index (doc->spans, Span, mid);

      if (s->start + s->len <= i)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint k = lo; k < doc->spans->len; k++)
    {
      const Span *s = &g_array_index (doc->spans, Span, k);

      if (s->start >= i + n)
        break;
      if (s->type != type && (s->start < i || s->start + s->len > i + n))
        return TRUE;
    }

  return FALSE;

}

static gboolean
is_ascii_token (const char *s,
                gsize       len)
{
  for (gsize k = 0; k < len; k++)
    if ((guchar) s[k] >= 0x80)
      return FALSE;

  return TRUE;
}

/* A 12-bit key of a word's lower case when it is ASCII (its length, first
 * and last byte), FALSE when it is not: a quick test that a token cannot
 * start any form, before hashing it. */
static gboolean
lower_ascii_key (const char *s,
                 gsize       len,
                 guint      *key)
{
  guchar first = 0, last = 0;
  gsize n = 0;

  for (const char *p = s, *end = s + len; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) g_ascii_tolower (*p) : g_unichar_tolower (g_utf8_get_char (p));

      if (c >= 0x80)
        return FALSE;
      if (n++ == 0)
        first = (guchar) c;
      last = (guchar) c;
    }
  *key = (guint) ((n * 131 + first) * 131 + last) & 4095;

  return TRUE;
}

static void
count_mentions (Doc         *doc,
                const guint *votes,         /* per cluster root */
                GArray      *mention_form,  /* out: per mention, its form */
                GArray      *mention_start) /* out: per mention, its first token */
{
  g_autoptr(GHashTable) by_first = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                          (GDestroyNotify) g_array_unref);
  guint64 keys[4096 / 64] = { 0 };
  g_autofree HashMemo *memo = g_new (HashMemo, 1);

  memset (memo->index, 0xff, sizeof memo->index);

  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);
      GArray *list;
      Candidate c = { f, form->n_tokens };

      /* A form nothing vouches for (a trimmed span) matches nothing. */
      if (winning_vote (&votes[find_root (doc->forms, f) * N_VOTES]) < 0)
        continue;
      {
        guint key;

        if (lower_ascii_key (tok_str (doc, form->first), tok_len (doc, form->first), &key))
          keys[key / 64] |= G_GUINT64_CONSTANT (1) << (key % 64);
      }
      list = g_hash_table_lookup (by_first, form->lower);

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (Candidate));
          g_hash_table_insert (by_first, form->lower, list);
        }
      g_array_append_val (list, c);
    }

  for (guint i = 0; i < doc->n_tokens;)
    {
      const char *s = tok_str (doc, i);
      guint32 len = tok_len (doc, i);
      guint64 lower;
      GArray *list;
      guint best = G_MAXUINT;
      guint best_len = 0;

      /* An ASCII word whose key no form's first word has starts none. */
      if (len > 0 && (guchar) s[0] < 0x80 && (guchar) s[len - 1] < 0x80)
        {
          guint key = (guint) ((len * 131 + (guchar) ascii_tolower (s[0])) * 131 +
                               (guchar) ascii_tolower (s[len - 1])) & 4095;

          if (!(keys[key / 64] & (G_GUINT64_CONSTANT (1) << (key % 64))) && is_ascii_token (s, len))
            {
              i++;
              continue;
            }
        }
      lower = memo_lower (doc, memo, i);
      list = g_hash_table_lookup (by_first, &lower);

      if (list != NULL)
        for (guint k = 0; k < MIN (list->len, MAX_CANDIDATES); k++)
          {
            Candidate *c = &g_array_index (list, Candidate, k);

            /* Longest first; on a tie, the form written exactly so. */
            if (c->n_tokens < best_len || (c->n_tokens == best_len && best != G_MAXUINT &&
                                           memo_hash (doc, memo, i) == g_array_index (doc->forms, Form, best).hash[0]))
              continue;
            if (matches_form (doc, memo, i, &g_array_index (doc->forms, Form, c->form)) &&
                !inside_other_name (doc, i, c->n_tokens,
                                    winning_vote (&votes[find_root (doc->forms, c->form) * N_VOTES])))
              {
                best = c->form;
                best_len = c->n_tokens;
              }
          }

      if (best == G_MAXUINT)
        {
          i++;
          continue;
        }
      g_array_append_val (mention_form, best);
      g_array_append_val (mention_start, i);
      g_array_index (doc->forms, Form, best).n_mentions++;
      i += best_len;
    }
}

static gint
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  const LecternEntity *x = *(LecternEntity * const *) a;
  const LecternEntity *y = *(LecternEntity * const *) b;
  gint64 xs, ys;

  if (x->mentions->len != y->mentions->len)
    return x->mentions->len > y->mentions->len ? -1 : 1;
  xs = g_array_index (x->mentions, LecternSpan, 0).start;
  ys = g_array_index (y->mentions, LecternSpan, 0).start;

  return xs < ys ? -1 : xs > ys;
}

/* In a language we have no model for, the tagger's capital-letter cues are
 * unreliable (German capitalizes nouns): keep only entities with outside
 * evidence, a known first name or an organization word. */
static gboolean
plausible_elsewhere (Doc  *doc,
                     guint root,
                     int   type)
{
  for (guint f = 0; f < doc->forms->len; f++)
    {
      Form *form = &g_array_index (doc->forms, Form, f);

      if (find_root (doc->forms, f) != root)
        continue;
      for (guint i = form->first; i < form->first + form->n_tokens; i++)
        {
          guint32 lex = tok_lex (doc, i);

          if (type == VOTE_PER && form->n_tokens >= 2 && i == form->first &&
              (lex & LECTERN_LEX_GIVEN))
            return TRUE;
          /* A team sheet's "G White", on a line of names the language
           * of which no function word tells, in a story whose it does. */
          if (type == VOTE_PER && form->n_tokens == 2 && i == form->first && doc->story_lang != LANG_OTHER &&
              tok_len (doc, i) == 1 && g_ascii_isupper (*tok_str (doc, i)))
            return TRUE;
          if (type == VOTE_ORG && (lex & (LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_COMPANY)))
            return TRUE;
        }
    }

  return FALSE;
}

static GPtrArray *
build_entities (Doc *doc)
{
  GPtrArray *entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autoptr(GArray) mention_form = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) mention_start = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_forms = doc->forms->len;
  g_autofree guint *votes = g_new (guint, (gsize) MAX (n_forms, 1) * N_VOTES);
  g_autofree LecternEntity **by_root = g_new0 (LecternEntity *, MAX (n_forms, 1));
  g_autofree GHashTable **forms_seen = g_new0 (GHashTable *, MAX (n_forms, 1));
  g_autofree gboolean *known_lang = g_new0 (gboolean, MAX (n_forms, 1));
  guint headline_end = 0;
  guint32 cursor[2] = { 0, 0 };

  cluster_votes (doc, votes);
  count_mentions (doc, votes, mention_form, mention_start);
  /* Entities mentioned in a line of a language we have a model for: a
   * headline without function words ("Saudi PIF, Masdar join OCP") is
   * no sign of another language then. */
  while (headline_end < doc->n_tokens && !(headline_end > 0 && (tok_flags (doc, headline_end) & LECTERN_TOKEN_LINE_START)))
    headline_end++;
  for (guint m = 0; m < mention_form->len; m++)
    if (lang_at (doc, g_array_index (mention_start, guint, m)) != LANG_OTHER)
      known_lang[find_root (doc->forms, g_array_index (mention_form, guint, m))] = TRUE;

  /* Name: the longest form that was seen. */
  for (guint f = 0; f < n_forms; f++)
    {
      guint r = find_root (doc->forms, f);
      int type = winning_vote (&votes[r * N_VOTES]);
      Form *form = &g_array_index (doc->forms, Form, f);
      LecternEntity *entity = by_root[r];

      if (type == VOTE_LOC || type < 0 || form->n_mentions == 0)
        continue;
      if (lang_at (doc, form->first) == LANG_OTHER && !(form->first < headline_end && known_lang[r]) &&
          !plausible_elsewhere (doc, r, type))
        continue;
      if (entity == NULL)
        {
          entity = lectern_entity_new (form->surface, type == VOTE_PER ? LECTERN_ENTITY_PERSON
                                                                       : LECTERN_ENTITY_ORGANIZATION);
          by_root[r] = entity;
          g_ptr_array_add (entities, entity);
        }
      else if (g_utf8_strlen (form->surface, -1) > g_utf8_strlen (entity->name, -1))
        {
          g_free (entity->name);
          entity->name = g_strdup (form->surface);
        }
    }

  for (guint m = 0; m < mention_form->len; m++)
    {
      guint f = g_array_index (mention_form, guint, m);
      guint start = g_array_index (mention_start, guint, m);
      Form *form = &g_array_index (doc->forms, Form, f);
      guint r = find_root (doc->forms, f);
      LecternEntity *entity = by_root[r];
      guint32 end = tok_end (doc, start + form->n_tokens - 1);

      if (entity == NULL)
        continue;
      /* "La Poste", "The Daily Nation": a capitalized article before an
       * organization belongs to its name, unless it is capitalized for
       * starting the sentence ("The Russian Federation said"). */
      if (entity->type == LECTERN_ENTITY_ORGANIZATION && start > 0 && tok_is_article (doc, start - 1) &&
          tok_starts_upper (doc, start - 1) && !tok_is_elision (doc, start - 1) &&
          !(tok_flags (doc, start) & LECTERN_TOKEN_SENTENCE_START) &&
          !(tok_flags (doc, start - 1) & LECTERN_TOKEN_SENTENCE_START))
        start--;
      {
        guint32 cp_start = byte_to_cp (doc, doc->starts[start], cursor);

        lectern_entity_add_mention (entity, cp_start, byte_to_cp (doc, end, cursor));
      }
      /* Forms as written at each mention: a line break inside a name is
       * folded like any white space. The set keeps this linear when an
       * entity has many spellings. */
      if (forms_seen[r] == NULL)
        forms_seen[r] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      {
        char *written = start == form->first
                        ? g_strdup (form->surface)
                        : normalize (tok_str (doc, start), end - doc->starts[start], FALSE);

        if (g_hash_table_add (forms_seen[r], written))
          lectern_entity_add_form (entity, written);
      }
    }
  for (guint f = 0; f < n_forms; f++)
    g_clear_pointer (&forms_seen[f], g_hash_table_unref);

  /* The name leads the forms. */
  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      lectern_entity_add_form (entity, entity->name);

      for (guint k = 0; k < entity->forms->len; k++)
        if (g_str_equal (g_ptr_array_index (entity->forms, k), entity->name))
          {
            gpointer tmp = entity->forms->pdata[0];

            entity->forms->pdata[0] = entity->forms->pdata[k];
            entity->forms->pdata[k] = tmp;
            break;
          }
    }

  g_ptr_array_sort (entities, compare_entities);

  return entities;
}

/* ---- public API ---- */

static char *
default_model_path (void)
{
  const char *env = g_getenv ("LECTERN_MODEL");
  g_autofree char *installed = g_build_filename (PKGDATADIR, "entities.model", NULL);

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);
  if (g_file_test (installed, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&installed);

  return g_build_filename (SOURCE_DATADIR, "entities.model", NULL);
}

LecternExtractor *
lectern_extractor_new (const char  *model_path,
                       GError     **error)
{
  g_autofree char *path = model_path ? g_strdup (model_path) : default_model_path ();
  LecternNerModel *model;
  LecternExtractor *self;

  model = lectern_ner_model_load (path, error);
  if (model == NULL)
    return NULL;

  self = g_new0 (LecternExtractor, 1);
  self->model = model;
  self->trace = g_getenv ("LECTERN_NER_TRACE") ? atoi (g_getenv ("LECTERN_NER_TRACE")) : 0;
  self->version = g_strdup_printf ("%s+rules%s", lectern_ner_model_id (model), RULES_VERSION);

  return self;
}

LecternExtractor *
lectern_extractor_get_default (GError **error)
{
  static LecternExtractor *extractor;
  static GMutex lock;
  LecternExtractor *result;

  /* Not g_once: a failed load is reported and retried on the next call. */
  g_mutex_lock (&lock);
  if (extractor == NULL)
    extractor = lectern_extractor_new (NULL, error);
  result = extractor;
  g_mutex_unlock (&lock);

  return result;
}

void
lectern_extractor_free (LecternExtractor *self)
{
  if (self == NULL)
    return;

  lectern_ner_model_free (self->model);
  g_free (self->version);
  g_free (self);
}

const char *
lectern_extractor_get_version (LecternExtractor *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->version;
}

/* g_utf8_validate (text, length, NULL), NUL bytes refused like it, with
 * ASCII (most news) skipped eight bytes at a time and the commonest other
 * characters one at a time. The rest is validated in pieces cut before
 * an ASCII byte or after a character, which never falls inside a
 * character, so the pieces are valid exactly when the whole is. */
gboolean
lectern_extractor_validate_text (const char *text,
                                 gsize       length)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *q;
      guint64 w;

      /* No byte ≥ 0x80 and no zero byte in the eight. */
      while (end - p >= 8 &&
             (memcpy (&w, p, 8), ((w | (w - G_GUINT64_CONSTANT (0x0101010101010101))) &
                                  G_GUINT64_CONSTANT (0x8080808080808080)) == 0))
        p += 8;
      while (p < end && (guchar) *p < 0x80)
        if (*p++ == '\0')
          return FALSE;
      if (p == end)
        break;
      /* The characters of French and of news typography, told apart by
       * their bytes alone: U+0080 to U+07FF (a lead byte C2 to DF and one
       * continuation byte) and U+2000 to U+2FFF (E2 and two), where
       * g_utf8_validate finds no overlong form, surrogate or
       * noncharacter. */
      if (end - p >= 2 && (guchar) p[0] >= 0xc2 && (guchar) p[0] <= 0xdf && ((guchar) p[1] & 0xc0) == 0x80)
        {
          p += 2;
          continue;
        }
      if (end - p >= 3 && (guchar) p[0] == 0xe2 && ((guchar) p[1] & 0xc0) == 0x80 && ((guchar) p[2] & 0xc0) == 0x80)
        {
          p += 3;
          continue;
        }
      for (q = p; q < end && (q - p < 64 || (guchar) *q >= 0x80); q++)
        ;
      if (!g_utf8_validate (p, q - p, NULL))
        return FALSE;
      p = q;
    }

  return TRUE;
}

GPtrArray *
lectern_extractor_extract (LecternExtractor     *self,
                           const char           *text,
                           GCancellable         *cancellable,
                           LecternProgressFunc   progress,
                           gpointer              progress_data,
                           GError              **error)
{
  g_autoptr(GArray) forms = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) examples = NULL;
  g_autoptr(GArray) langs = g_array_new (FALSE, FALSE, sizeof (LangRun));
  g_autoptr(GHashTable) form_by_seq = NULL;
  g_autoptr(GString) scratch = NULL;
  g_autofree LecternLexMemo *lex_memo = g_new0 (LecternLexMemo, 1);
  GPtrArray *entities = NULL;
  Doc doc = { 0 };
  gsize length;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  length = strlen (text);
  if (length >= LECTERN_TOKENIZER_MAX_BYTES)
    {
      g_set_error (error, LECTERN_EXTRACTOR_ERROR, LECTERN_EXTRACTOR_ERROR_INPUT,
                   "The text is too large (%" G_GSIZE_FORMAT " bytes)", length);
      return NULL;
    }
  if (!lectern_extractor_validate_text (text, length))
    {
      g_set_error_literal (error, LECTERN_EXTRACTOR_ERROR, LECTERN_EXTRACTOR_ERROR_INPUT,
                           "The text is not valid UTF-8");
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  forms = g_array_new (FALSE, FALSE, sizeof (Form));
  g_array_set_clear_func (forms, form_clear);
  form_by_seq = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  spans = g_array_new (FALSE, FALSE, sizeof (Span));
  examples = g_array_new (FALSE, FALSE, sizeof (Span));
  scratch = g_string_new (NULL);

  doc.text = text;
  doc.spans = spans;
  doc.examples = examples;
  doc.langs = langs;
  doc.scratch = scratch;
  doc.forms = forms;
  doc.form_by_seq = form_by_seq;
  doc.lexicon = lectern_ner_model_lexicon (self->model);
  doc.lex_memo = lex_memo;
  /* A long text looks words up in most pages of the memo. */
  if (length >= LECTERN_PREFAULT_MIN)
    lectern_prefault (lex_memo, sizeof *lex_memo);
  tokenize (&doc, length);
  note_named_surnames (&doc);

  if (!tag_document (self, &doc, cancellable, progress, progress_data, error))
    goto out;
  retype_by_name_table (&doc);
  drop_common_organizations (&doc);
  drop_common_acronyms (&doc);
  trim_person_prefixes (&doc);
  trim_place_prefixes (&doc);
  drop_demonyms (&doc);
  retype_lone_places (&doc);
  retype_club_names (&doc);
  mark_teams_named_by_towns (&doc);
  retype_people_ending_in_trades (&doc);
  retype_people_ending_in_places (&doc);
  retype_listed_with_organizations (&doc);
  retype_companies_by_cues (&doc);
  retype_heads_of_organizations (&doc);
  retype_names_after_firm_words (&doc);
  retype_first_names (&doc);
  mark_storm_names (&doc);
  mark_disease_names (&doc);
  drop_crafts (&doc);
  drop_members_by_letters (&doc);
  keep_example_bodies (&doc);
  merge_defined_acronyms (&doc);
  merge_named_aliases (&doc);
  merge_by_key (&doc);
  merge_known_organizations (&doc);
  merge_domain_names (&doc);
  merge_acronyms_by_initials (&doc);
  merge_acronyms_with_seats (&doc);
  merge_partial_names (&doc);
  add_surnames (&doc);
  add_short_organization_names (&doc);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  entities = build_entities (&doc);
  if (progress != NULL)
    progress (1.0, progress_data);

out:
  g_clear_pointer (&doc.named_surnames, g_hash_table_unref);
  g_free (doc.starts);
  g_free (doc.lens);
  g_free (doc.cp_marks);
  g_free (doc.upper);
  g_clear_pointer (&doc.long_tokens, g_hash_table_unref);

  return entities;
}
