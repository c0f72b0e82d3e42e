/* lectern-ner.c: features, decoding and the model file of the tagger
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Features are never built as strings: each token's word, lower case, shape
 * and affixes are hashed once, and a feature is a hash of (template, value).
 * The trainer and the extractor share this code, so both see exactly the
 * same features.
 */

#define G_LOG_DOMAIN "lectern-ner"

#include "config.h"

#include "lectern-ner.h"

#include "lectern-extractor.h"
#include "lectern-memory-private.h"

#include <math.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif
#ifdef __SSE2__
#include <emmintrin.h>
#endif

G_STATIC_ASSERT (sizeof (LecternNerHeader) == 128 && sizeof (LecternNerHeader) % 16 == 0);
G_STATIC_ASSERT (sizeof (LecternNerEntry) == 16);
/* The emission sum reads a row as 8 + 1 weights. */
G_STATIC_ASSERT (LECTERN_N_TAGS == 9);
/* Emission sums are 16-bit: a token's features at most, each at most 128
 * steps, cannot overflow them. */
G_STATIC_ASSERT (LECTERN_NER_MAX_FEATURES * 128 <= G_MAXINT16);

struct _LecternNerModel
{
  GMappedFile    *file;
  LecternLexicon  lex;
  const float    *trans;
  const LecternNerEntry *entries;
  guint32         n_slots;
  guint32         n_rows;
  float           scales[LECTERN_N_TAGS];
  float           allowed[(LECTERN_N_TAGS + 1) * LECTERN_N_TAGS];  /* trans with the BIO constraints */
  float           cols[LECTERN_N_TAGS][LECTERN_N_TAGS];            /* allowed by column, see viterbi */
  char            id[33];
};

/* Token classes, combined into features. */
enum
{
  CLS_CAP        = 1 << 0,   /* starts with an upper-case letter */
  CLS_ALL_CAPS   = 1 << 1,   /* two or more letters, none lower case */
  CLS_DIGIT      = 1 << 2,
  CLS_PUNCT      = 1 << 3,   /* no letter or digit */
  CLS_SENT_START = 1 << 4,
  CLS_HYPHEN     = 1 << 5,
  CLS_DOT        = 1 << 6,
  CLS_APOS       = 1 << 7,
  CLS_LONG       = 1 << 8,   /* more than 8 characters */
  CLS_SHORT      = 1 << 9,   /* one or two characters */
  CLS_MIXED      = 1 << 10,  /* an upper-case letter after a lower-case one (OpenAI) */
};

#define FNV_OFFSET LECTERN_NER_HASH_START
#define FNV_PRIME  LECTERN_NER_HASH_PRIME

static inline guint64
mix64 (guint64 x)
{
  return lectern_ner_hash_end (x);
}

static inline guint64
feature (guint   template_id,
         guint64 value)
{
  return mix64 (value ^ ((guint64) (template_id + 1) * 0x9e3779b97f4a7c15ULL));
}

static inline guint64
pair (guint64 a,
      guint64 b)
{
  return mix64 (a * 31 + ((b << 23) | (b >> 41)));
}

guint64
lectern_ner_hash (const char *s,
                  gsize       len)
{
  guint64 h = FNV_OFFSET;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) s[i];
      h *= FNV_PRIME;
    }

  return mix64 (h);
}

/* Lower-cases s into scratch (replacing its contents), a character at a
 * time as g_unichar_tolower does. */
static void
lower_into (const char *s,
            gsize       len,
            GString    *scratch)
{
  const char *end = s + len;
  char *out;

  /* Written in place, not appended: a character of one byte stays one,
   * and no other writes more than six (even from a byte that starts no
   * character). */
  g_string_set_size (scratch, 6 * len);
  out = scratch->str;
  while (s < end)
    {
      guchar c = (guchar) *s;

      if (c < 0x80)
        {
          *out++ = (char) (c + ((guchar) (c - 'A') < 26 ? 'a' - 'A' : 0));
          s++;
        }
      else if (c == 0xc3 && s + 1 < end && ((guchar) s[1] & 0xc0) == 0x80)
        {
          guchar d = (guchar) s[1];

          /* Latin-1 letters, most of French: À (C3 80) to Þ (C3 9E) but
           * × (C3 97) lower to 0x20 further, the rest of the block is
           * lower case already (or ß, ÷). */
          *out++ = (char) c;
          *out++ = (char) (d <= 0x9e && d != 0x97 ? d + 0x20 : d);
          s += 2;
        }
      else
        {
          out += g_unichar_to_utf8 (g_unichar_tolower (g_utf8_get_char (s)), out);
          s = g_utf8_next_char (s);
        }
    }
  g_string_truncate (scratch, (gsize) (out - scratch->str));
}

/* The hash of an ASCII word's lower case, lower-cased on the fly: the same
 * as lectern_ner_hash of what lower_into writes. */
static inline guint64
ascii_lower_hash (const char *s,
                  gsize       len)
{
  guint64 h = FNV_OFFSET;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) s[i];

      h ^= c + ((guchar) (c - 'A') < 26 ? 'a' - 'A' : 0);
      h *= FNV_PRIME;
    }

  return mix64 (h);
}

static inline gboolean
is_ascii (const char *s,
          gsize       len)
{
  guchar any = 0;

  for (gsize i = 0; i < len; i++)
    any |= (guchar) s[i];

  return any < 0x80;
}

guint64
lectern_ner_lower_hash (const char *s,
                        gsize       len,
                        GString    *scratch)
{
  if (is_ascii (s, len))
    return ascii_lower_hash (s, len);
  lower_into (s, len, scratch);
  return lectern_ner_hash (scratch->str, scratch->len);
}

guint64
lectern_ner_lower_hash_add_utf8 (guint64     state,
                                 const char *s,
                                 gsize       len,
                                 GString    *scratch)
{
  lower_into (s, len, scratch);

  return lectern_ner_hash_add (state, scratch->str, scratch->len);
}

void
lectern_ner_word_hashes (const char *s,
                         gsize       len,
                         GString    *scratch,
                         guint64    *word,
                         guint64    *lower)
{
  guint64 h = FNV_OFFSET;
  guchar any = 0;
  gboolean upper = FALSE;

  /* One pass for the word's hash, noting capitals: most words have none,
   * and the lower case of an ASCII word without one is the word itself. */
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) s[i];

      any |= c;
      upper |= (guchar) (c - 'A') < 26;
      h ^= c;
      h *= FNV_PRIME;
    }
  *word = mix64 (h);
  if (any >= 0x80)
    {
      lower_into (s, len, scratch);
      *lower = lectern_ner_hash (scratch->str, scratch->len);
    }
  else if (upper)
    *lower = ascii_lower_hash (s, len);
  else
    *lower = *word;
}

/* Whether s may hold a title-case letter ("ǅ", "ᾈ"): the only characters
 * that are not upper case and that g_unichar_tolower changes, all of them
 * written from a byte 0xc7 or 0xe1 on (U+01C5–U+01F2, U+1F88–U+1FFC). */
static inline gboolean
may_hold_titlecase (const char *s,
                    gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) s[i] == 0xc7 || (guchar) s[i] == 0xe1)
      return TRUE;

  return FALSE;
}

void
lectern_ner_uncapitalized_word_hashes (const char *s,
                                       gsize       len,
                                       GString    *scratch,
                                       guint64    *word,
                                       guint64    *lower)
{
  guint64 h = FNV_OFFSET;
  guchar any = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) s[i];

      any |= c;
      h ^= c;
      h *= FNV_PRIME;
    }
  *word = mix64 (h);
  /* Without capitals, only a title-case letter has another lower case:
   * most accented words (French) are their own lower case too. */
  if (any < 0x80 || !may_hold_titlecase (s, len))
    *lower = *word;
  else
    {
      lower_into (s, len, scratch);
      *lower = lectern_ner_hash (scratch->str, scratch->len);
    }
}

guint32
lectern_lexicon_lookup (const LecternLexicon *lex,
                        guint64               hash)
{
  guint32 key = lectern_ner_key (hash);
  guint32 mask;

  if (lex == NULL || lex->n_slots == 0)
    return 0;

  mask = lex->n_slots - 1;
  for (guint32 slot = lectern_ner_slot (hash, lex->n_slots), probes = 0;
       probes < lex->n_slots;
       slot = (slot + 1) & mask, probes++)
    {
      if (lex->keys[slot] == 0)
        return 0;
      if (lex->keys[slot] == key)
        return lex->flags[slot];
    }

  return 0;
}

static inline char
shape_char (gunichar c)
{
  if (c < 0x80)
    {
      if (c >= 'A' && c <= 'Z')
        return 'X';
      if (c >= 'a' && c <= 'z')
        return 'x';
      if (c >= '0' && c <= '9')
        return 'd';
      return (char) c;
    }
  if (g_unichar_isupper (c) || g_unichar_istitle (c))
    return 'X';
  if (g_unichar_isalpha (c))
    return 'x';
  if (g_unichar_isdigit (c))
    return 'd';
  if (c < 0x80)
    return (char) c;
  if (c == 0x2019)
    return '\'';
  return '*';
}

void
lectern_ner_token_info (const char           *s,
                        gsize                 len,
                        gboolean              sentence_start,
                        const LecternLexicon *lex,
                        GString              *scratch,
                        LecternTokenInfo     *info)
{
  lectern_ner_token_info_with_lex (s, len, sentence_start, lex, 0, 0, 0, scratch, info);
}

void
lectern_ner_token_info_with_lex (const char           *s,
                                 gsize                 len,
                                 gboolean              sentence_start,
                                 const LecternLexicon *lex,
                                 guint32               lex_flags,
                                 guint64               word_hash,
                                 guint64               lower_hash,
                                 GString              *scratch,
                                 LecternTokenInfo     *info)
{
  guint64 shape = FNV_OFFSET;
  guint64 short_shape = FNV_OFFSET;
  char last = 0;
  guint run = 0;
  guint n_chars = 0;
  guint n_upper = 0;
  guint n_lower = 0;
  gboolean seen_lower = FALSE;
  guint32 cls = 0;
  const char *end = s + len;
  const char *p;
  gboolean ascii = TRUE;

  memset (info, 0, sizeof *info);
  info->word = word_hash != 0 ? word_hash : lectern_ner_hash (s, len);

  for (p = s; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      char k = shape_char (c);

      ascii = ascii && c < 0x80;
      if (k == 'X')
        {
          if (n_chars == 0)
            cls |= CLS_CAP;
          if (seen_lower)
            cls |= CLS_MIXED;
          n_upper++;
        }
      else if (k == 'x')
        {
          seen_lower = TRUE;
          n_lower++;
        }
      else if (k == 'd')
        cls |= CLS_DIGIT;
      else if (k == '-')
        cls |= CLS_HYPHEN;
      else if (k == '.')
        cls |= CLS_DOT;
      else if (k == '\'')
        cls |= CLS_APOS;

      /* Runs longer than four collapse, so "Xxxxx" and "Xxxxxxxx" share a shape. */
      run = (k == last) ? run + 1 : 1;
      if (run <= 4)
        {
          shape ^= (guchar) k;
          shape *= FNV_PRIME;
        }
      if (run == 1)
        {
          short_shape ^= (guchar) k;
          short_shape *= FNV_PRIME;
        }
      last = k;
      n_chars++;
    }

  if (n_upper + n_lower == 0 && !(cls & CLS_DIGIT))
    cls |= CLS_PUNCT;
  if (n_upper >= 2 && n_lower == 0)
    cls |= CLS_ALL_CAPS;
  if (sentence_start)
    cls |= CLS_SENT_START;
  if (n_chars > 8)
    cls |= CLS_LONG;
  if (n_chars <= 2)
    cls |= CLS_SHORT;

  info->shape = mix64 (shape);
  info->short_shape = mix64 (short_shape);
  info->cls = cls;

  if (ascii)
    {
      /* Affixes of the lower-cased word, hashed from the word itself. */
      info->lower = lower_hash != 0 ? lower_hash : ascii_lower_hash (s, len);
      info->lex = lex != NULL ? lectern_lexicon_lookup (lex, info->lower) : lex_flags;
      for (guint k = 2; k <= 3; k++)
        if (n_chars > k)
          info->prefix[k - 2] = ascii_lower_hash (s, k);
      for (guint k = 2; k <= 4; k++)
        if (n_chars > k)
          info->suffix[k - 2] = ascii_lower_hash (end - k, k);
      return;
    }

  lower_into (s, len, scratch);
  info->lower = lectern_ner_hash (scratch->str, scratch->len);
  info->lex = lex != NULL ? lectern_lexicon_lookup (lex, info->lower) : lex_flags;

  /* Affixes of the lower-cased word, in characters. */
  {
    const char *ls = scratch->str;
    const char *le = scratch->str + scratch->len;
    const char *q = ls;

    for (guint k = 1; k <= 3 && q < le; k++)
      {
        q = g_utf8_next_char (q);
        if (k >= 2 && n_chars > k)
          info->prefix[k - 2] = lectern_ner_hash (ls, (gsize) (q - ls));
      }
    q = le;
    for (guint k = 1; k <= 4 && q > ls; k++)
      {
        q = g_utf8_prev_char (q);
        if (k >= 2 && n_chars > k)
          info->suffix[k - 2] = lectern_ner_hash (q, (gsize) (le - q));
      }
  }
}

enum
{
  T_BIAS,
  T_LOWER,
  T_WORD,
  T_SHAPE,
  T_SHORT_SHAPE,
  T_PREFIX2,
  T_PREFIX3,
  T_SUFFIX2,
  T_SUFFIX3,
  T_SUFFIX4,
  T_PREV_LOWER,
  T_NEXT_LOWER,
  T_PREV2_LOWER,
  T_NEXT2_LOWER,
  T_PREV_SHAPE,
  T_NEXT_SHAPE,
  T_PREV_BIGRAM,
  T_NEXT_BIGRAM,
  T_CLS,
  T_START_CAP,
  T_SHAPE3,
  T_PREV_LOWER_SHAPE,
  T_SHAPE_NEXT_LOWER,
  T_CLS_LEX,
  T_PREV_CLS,
  T_NEXT_CLS,
  T_RUN_LEN,
  T_RUN_HEAD,
  T_RUN_GIVEN,
  T_RUN_ALL,
  T_LEX0,
  T_LEX_PREV = T_LEX0 + LECTERN_LEX_N_FLAGS,
  T_LEX_NEXT = T_LEX_PREV + LECTERN_LEX_N_FLAGS,
  T_LEX_PREV2 = T_LEX_NEXT + LECTERN_LEX_N_FLAGS,
  T_LEX_NEXT2 = T_LEX_PREV2 + LECTERN_LEX_N_FLAGS,
  T_GEO = T_LEX_NEXT2 + LECTERN_LEX_N_FLAGS,
  T_GEO_PREV,
  T_GEO_NEXT,
};

static inline gboolean
is_cap (const LecternTokenInfo *w)
{
  return (w->cls & (CLS_CAP | CLS_ALL_CAPS | CLS_MIXED)) && !(w->cls & CLS_PUNCT);
}

static inline gboolean
is_connector (const LecternTokenInfo *w)
{
  return !is_cap (w) && !(w->cls & CLS_PUNCT) &&
         (w->lex & (LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN));
}

/* The run of capitalized words around token i, bridging up to two function
 * words ("Organisation des Nations unies" is not, "Bank of America" is). */
static void
capital_run (const LecternTokenInfo *infos,
             guint                   n,
             guint                   i,
             guint                  *start,
             guint                  *end)
{
  guint a = i, b = i + 1;

  for (;;)
    {
      guint j = a;

      while (j > 0 && a - j < 3 && is_connector (&infos[j - 1]))
        j--;
      if (j > 0 && a - j < 3 && is_cap (&infos[j - 1]) && (j == a || is_cap (&infos[a])))
        a = j - 1;
      else
        break;
    }
  for (;;)
    {
      guint j = b;

      while (j < n && j - b < 2 && is_connector (&infos[j]))
        j++;
      if (j < n && is_cap (&infos[j]) && (j == b || is_cap (&infos[b - 1])))
        b = j + 1;
      else
        break;
    }
  *start = a;
  *end = b;
}

static inline guint
lex_features (guint64                *out,
              guint                   k,
              guint                   template_id,
              const LecternTokenInfo *w)
{
  for (guint32 bits = w->lex & ((1u << LECTERN_LEX_N_FLAGS) - 1); bits != 0; bits &= bits - 1)
    out[k++] = feature (template_id + (guint) __builtin_ctz (bits), w->cls & CLS_CAP);

  return k;
}

#define BOUNDARY_HASH G_GUINT64_CONSTANT (0x5bd1e9955bd1e995)
#define CLS_CASE_MASK (CLS_CAP | CLS_ALL_CAPS | CLS_DIGIT | CLS_PUNCT | CLS_MIXED)

/* The features of token w alone (its word, shapes, affixes, classes and
 * name-table flags): the same wherever the word occurs, so the extractor
 * adds up their rows once per distinct word (LecternNerCache). */
static guint
word_features (const LecternTokenInfo *w,
               guint64                *out)
{
  guint k = 0;

  out[k++] = feature (T_BIAS, 0);
  out[k++] = feature (T_LOWER, w->lower);
  out[k++] = feature (T_WORD, w->word);
  out[k++] = feature (T_SHAPE, w->shape);
  out[k++] = feature (T_SHORT_SHAPE, w->short_shape);
  if (w->prefix[0])
    out[k++] = feature (T_PREFIX2, w->prefix[0]);
  if (w->prefix[1])
    out[k++] = feature (T_PREFIX3, w->prefix[1]);
  for (guint j = 0; j < 3; j++)
    if (w->suffix[j])
      out[k++] = feature (T_SUFFIX2 + j, w->suffix[j]);
  out[k++] = feature (T_CLS, w->cls);
  /* A capital at the start of a sentence says little unless the word is
   * usually written in lower case. */
  out[k++] = feature (T_START_CAP, (w->cls & (CLS_SENT_START | CLS_CAP)) |
                                   ((w->lex & (LECTERN_LEX_LOWER | LECTERN_LEX_CAPITALIZED)) << 16));
  out[k++] = feature (T_CLS_LEX, (w->cls & CLS_CASE_MASK) |
                     ((guint64) (w->lex & ((1u << LECTERN_LEX_N_FLAGS) - 1)) << 16));
  k = lex_features (out, k, T_LEX0, w);
  /* A place of the gazetteers (countries and large cities by one word):
   * learned from the text around names the corpora tag, so it carries to
   * places they never show. */
  if (w->lex & LECTERN_LEX_GEO)
    out[k++] = feature (T_GEO, (w->cls & CLS_CAP) | ((w->lex & LECTERN_LEX_REGION) != 0) << 8);

  return k;
}

/* Neighbours by offset: -2, -1, +1, +2. */
static const int neighbour_offset[4] = { -2, -1, 1, 2 };

/* The features of a token that depend on its neighbour v at offset
 * neighbour_offset[d] alone: the same wherever v occurs, so they are kept
 * in the cache like a word's own. */
static guint
neighbour_features (const LecternTokenInfo *v,
                    guint                   d,
                    guint64                *out)
{
  static const guint lower_template[4] = { T_PREV2_LOWER, T_PREV_LOWER, T_NEXT_LOWER, T_NEXT2_LOWER };
  static const guint lex_template[4] = { T_LEX_PREV2, T_LEX_PREV, T_LEX_NEXT, T_LEX_NEXT2 };
  guint k = 0;

  out[k++] = feature (lower_template[d], v->lower);
  if (d == 1)
    out[k++] = feature (T_PREV_SHAPE, v->short_shape);
  else if (d == 2)
    out[k++] = feature (T_NEXT_SHAPE, v->short_shape);
  /* Name-table flags of the words at -2…+2, by their set bits only (the
   * order of features does not matter: their rows are added up). */
  return lex_features (out, k, lex_template[d], v);
}

/* The same where the sentence has no neighbour at that offset. */
static guint
boundary_features (guint    d,
                   guint64 *out)
{
  guint k = 0;

  switch (d)
    {
    case 0:
      out[k++] = feature (T_PREV2_LOWER, BOUNDARY_HASH);
      break;
    case 1:
      out[k++] = feature (T_PREV_LOWER, BOUNDARY_HASH);
      out[k++] = feature (T_PREV_SHAPE, BOUNDARY_HASH);
      break;
    case 2:
      out[k++] = feature (T_NEXT_LOWER, BOUNDARY_HASH + 1);
      out[k++] = feature (T_NEXT_SHAPE, BOUNDARY_HASH + 1);
      break;
    default:
      out[k++] = feature (T_NEXT2_LOWER, BOUNDARY_HASH + 1);
      break;
    }

  return k;
}

/* The features of token i that combine it with its neighbours. */
static guint
pair_features (const LecternTokenInfo *infos,
               guint                   n,
               guint                   i,
               guint64                *out)
{
  const LecternTokenInfo *w = &infos[i];
  guint64 prev_lower = i > 0 ? infos[i - 1].lower : BOUNDARY_HASH;
  guint64 next_lower = i + 1 < n ? infos[i + 1].lower : BOUNDARY_HASH + 1;
  guint64 prev_shape = i > 0 ? infos[i - 1].short_shape : BOUNDARY_HASH;
  guint64 next_shape = i + 1 < n ? infos[i + 1].short_shape : BOUNDARY_HASH + 1;
  guint32 prev_cls = i > 0 ? infos[i - 1].cls & CLS_CASE_MASK : 0xffff;
  guint32 next_cls = i + 1 < n ? infos[i + 1].cls & CLS_CASE_MASK : 0xffff;
  guint k = 0;

  out[k++] = feature (T_PREV_BIGRAM, pair (prev_lower, w->lower));
  out[k++] = feature (T_NEXT_BIGRAM, pair (w->lower, next_lower));
  out[k++] = feature (T_SHAPE3, pair (pair (prev_shape, w->short_shape), next_shape));
  out[k++] = feature (T_PREV_LOWER_SHAPE, pair (prev_lower, w->short_shape));
  out[k++] = feature (T_SHAPE_NEXT_LOWER, pair (w->short_shape, next_lower));
  out[k++] = feature (T_PREV_CLS, pair (prev_cls, w->cls & CLS_CASE_MASK));
  out[k++] = feature (T_NEXT_CLS, pair (w->cls & CLS_CASE_MASK, next_cls));

  /* Where the token sits in its run of capitalized words, and what the run
   * holds: an organization head word, a legal suffix, a first name first. */
  if (is_cap (w) || is_connector (w))
    {
      guint rs, re;
      guint len, pos, head = 0, given, legal = 0, title;

      capital_run (infos, n, i, &rs, &re);
      len = MIN (re - rs, 5);
      pos = (re - rs == 1) ? 0 : (i == rs) ? 1 : (i + 1 == re) ? 2 : 3;
      for (guint j = rs; j < re; j++)
        {
          if (infos[j].lex & LECTERN_LEX_ORG_HEAD)
            head |= j < i ? 1 : j == i ? 2 : 4;
          if (infos[j].lex & LECTERN_LEX_LEGAL)
            legal = 1;
        }
      given = (infos[rs].lex & LECTERN_LEX_GIVEN) ? 1 + (rs == i) : 0;
      title = rs > 0 && (infos[rs - 1].lex & LECTERN_LEX_TITLE);
      out[k++] = feature (T_RUN_LEN, len * 8 + pos * 2 + is_cap (w));
      out[k++] = feature (T_RUN_HEAD, head * 2 + legal);
      out[k++] = feature (T_RUN_GIVEN, given * 4 + title * 2 + (len > 3));
      out[k++] = feature (T_RUN_ALL, ((((len * 4 + pos) * 8 + head) * 2 + legal) * 3 + given) * 2 + title);
    }

  if (i > 0 && (infos[i - 1].lex & LECTERN_LEX_GEO))
    out[k++] = feature (T_GEO_PREV, (infos[i - 1].cls & CLS_CAP) | (w->cls & CLS_CAP) << 1);
  if (i + 1 < n && (infos[i + 1].lex & LECTERN_LEX_GEO))
    out[k++] = feature (T_GEO_NEXT, (infos[i + 1].cls & CLS_CAP) | (w->cls & CLS_CAP) << 1);

  return k;
}

/* Whether token i of n has a neighbour at offset neighbour_offset[d]. */
static inline gboolean
has_neighbour (guint i,
               guint n,
               guint d)
{
  gint64 j = (gint64) i + neighbour_offset[d];

  return j >= 0 && j < (gint64) n;
}

/* The features of token i that depend on its neighbours. */
static guint
context_features (const LecternTokenInfo *infos,
                  guint                   n,
                  guint                   i,
                  guint64                *out)
{
  guint k = 0;

  for (guint d = 0; d < 4; d++)
    k += has_neighbour (i, n, d) ? neighbour_features (&infos[i + neighbour_offset[d]], d, out + k)
                                 : boundary_features (d, out + k);

  return k + pair_features (infos, n, i, out + k);
}

guint
lectern_ner_features (const LecternTokenInfo *infos,
                      guint                   n,
                      guint                   i,
                      guint64                *out)
{
  guint k = word_features (&infos[i], out);

  k += context_features (infos, n, i, out + k);
  g_assert (k <= LECTERN_NER_MAX_FEATURES);

  return k;
}

gboolean
lectern_ner_allowed (int prev,
                     int tag)
{
  /* I-X only continues B-X or I-X. prev < 0 is the sentence start. */
  if (tag == LECTERN_TAG_I_PER || tag == LECTERN_TAG_I_ORG || tag == LECTERN_TAG_I_LOC ||
      tag == LECTERN_TAG_I_MISC)
    return prev == tag || prev == tag - 1;

  return TRUE;
}

#define N_TRANS ((LECTERN_N_TAGS + 1) * LECTERN_N_TAGS)

/* BIO constraints folded into the transitions; and the same by column
 * (cols[t][p]: from p to t, the start row left out), as viterbi reads
 * them. */
static void
fold_constraints (const float *trans,
                  float       *allowed,
                  float        cols[LECTERN_N_TAGS][LECTERN_N_TAGS])
{
  for (int p = -1; p < LECTERN_N_TAGS; p++)
    for (int t = 0; t < LECTERN_N_TAGS; t++)
      {
        gsize idx = (gsize) (p < 0 ? LECTERN_N_TAGS : p) * LECTERN_N_TAGS + t;

        allowed[idx] = lectern_ner_allowed (p, t) ? trans[idx] : -INFINITY;
      }
  for (int p = 0; p < LECTERN_N_TAGS; p++)
    for (int t = 0; t < LECTERN_N_TAGS; t++)
      cols[t][p] = allowed[p * LECTERN_N_TAGS + t];
}

static inline gboolean
is_inside_tag (int t)
{
  return t == LECTERN_TAG_I_PER || t == LECTERN_TAG_I_ORG || t == LECTERN_TAG_I_LOC ||
         t == LECTERN_TAG_I_MISC;
}

/* The best of score[p] + col[p] over the nine predecessors p, the first
 * one on ties (as a scan with ">" from p = 0 finds it). */
static inline int
best_predecessor (const float *score,
                  const float *col,
                  float       *best)
{
#ifdef __SSE2__
  /* Eight at once: the largest, then the first lane that holds it; the
   * ninth alone, after them. The sums are the same float additions as the
   * scan's, so the result is identical. */
  __m128 v0 = _mm_add_ps (_mm_loadu_ps (score), _mm_loadu_ps (col));
  __m128 v1 = _mm_add_ps (_mm_loadu_ps (score + 4), _mm_loadu_ps (col + 4));
  __m128 m = _mm_max_ps (v0, v1);
  float top, last = score[8] + col[8];
  int mask;

  m = _mm_max_ps (m, _mm_shuffle_ps (m, m, _MM_SHUFFLE (2, 3, 0, 1)));
  m = _mm_max_ps (m, _mm_shuffle_ps (m, m, _MM_SHUFFLE (1, 0, 3, 2)));
  top = _mm_cvtss_f32 (m);
  if (last > top)
    {
      *best = last;
      return 8;
    }
  mask = _mm_movemask_ps (_mm_cmpeq_ps (v0, m)) | _mm_movemask_ps (_mm_cmpeq_ps (v1, m)) << 4;
  *best = top;
  return mask != 0 ? __builtin_ctz ((unsigned) mask) : 0;
#else
  float b = -INFINITY;
  int arg = 0;

  for (int p = 0; p < LECTERN_N_TAGS; p++)
    if (score[p] + col[p] > b)
      {
        b = score[p] + col[p];
        arg = p;
      }
  *best = b;
  return arg;
#endif
}

/* `allowed` and `col` as made by fold_constraints (once per model, not
 * per sentence). */
static void
viterbi (const float *emissions,
         guint        n,
         const float *allowed,
         const float  col[LECTERN_N_TAGS][LECTERN_N_TAGS],
         guint8      *tags)
{
  float score[LECTERN_N_TAGS];
  float next[LECTERN_N_TAGS];
  gboolean prev_only_o = FALSE;
  guint8 stack_back[256 * LECTERN_N_TAGS];
  guint8 *back;

  if (n == 0)
    return;

  back = n <= 256 ? stack_back : g_new (guint8, (gsize) n * LECTERN_N_TAGS);
  for (int t = 0; t < LECTERN_N_TAGS; t++)
    score[t] = emissions[t] + allowed[LECTERN_N_TAGS * LECTERN_N_TAGS + t];

  for (guint i = 1; i < n; i++)
    {
      const float *e = emissions + (gsize) i * LECTERN_N_TAGS;
      gboolean only_o = TRUE;

      /* A token that can only be O (lectern_ner_model_tag gives the other
       * tags -1e9 far from capitals): one column instead of nine. */
#ifdef __SSE2__
      {
        __m128 floor = _mm_set1_ps (-1e8f);

        only_o = (_mm_movemask_ps (_mm_cmple_ps (_mm_loadu_ps (e + 1), floor)) &
                  _mm_movemask_ps (_mm_cmple_ps (_mm_loadu_ps (e + 5), floor))) == 0xf;
      }
#else
      for (int t = 1; t < LECTERN_N_TAGS && only_o; t++)
        only_o = e[t] <= -1e8f;
#endif
      /* And after another such token, only O has a score: it is the best
       * predecessor, as best_predecessor would find (the others are -inf),
       * so the column is one sum. Most tokens far from capitals come in
       * runs. */
      if (only_o && prev_only_o)
        {
          memset (back + (gsize) i * LECTERN_N_TAGS, 0, LECTERN_N_TAGS);
          score[0] = (score[0] + col[0][0]) + e[0];
          continue;
        }
      if (only_o)
        {
          float best;
          int arg = best_predecessor (score, col[0], &best);

          memset (back + (gsize) i * LECTERN_N_TAGS, 0, LECTERN_N_TAGS);
          back[(gsize) i * LECTERN_N_TAGS] = (guint8) arg;
          score[0] = best + e[0];
          for (int t = 1; t < LECTERN_N_TAGS; t++)
            score[t] = -INFINITY;
          prev_only_o = TRUE;
          continue;
        }
      /* After a column that could only be O, only O leads anywhere (the
       * other predecessors are -inf and never win). */
      if (prev_only_o)
        {
#pragma GCC unroll 9
          for (int t = 0; t < LECTERN_N_TAGS; t++)
            {
              next[t] = score[0] + allowed[t] + e[t];
              back[(gsize) i * LECTERN_N_TAGS + t] = 0;
            }
          memcpy (score, next, sizeof score);
          prev_only_o = FALSE;
          continue;
        }
#pragma GCC unroll 9
      for (int t = 0; t < LECTERN_N_TAGS; t++)
        {
          float best = -INFINITY;
          int arg = 0;

          /* I-X only follows B-X or I-X: the other predecessors are -inf
           * and never win, so skipping them changes nothing. */
          if (is_inside_tag (t))
            {
              float s = score[t - 1] + allowed[(t - 1) * LECTERN_N_TAGS + t];

              if (s > best)
                {
                  best = s;
                  arg = t - 1;
                }
              s = score[t] + allowed[t * LECTERN_N_TAGS + t];
              if (s > best)
                {
                  best = s;
                  arg = t;
                }
            }
          else
            arg = best_predecessor (score, col[t], &best);
          next[t] = best + e[t];
          back[(gsize) i * LECTERN_N_TAGS + t] = (guint8) arg;
        }
      memcpy (score, next, sizeof score);
    }

  {
    int best = 0;

    for (int t = 1; t < LECTERN_N_TAGS; t++)
      if (score[t] > score[best])
        best = t;
    for (guint i = n; i > 0; i--)
      {
        tags[i - 1] = (guint8) best;
        best = back[(gsize) (i - 1) * LECTERN_N_TAGS + best];
      }
  }

  if (back != stack_back)
    g_free (back);
}

void
lectern_ner_viterbi (const float *emissions,
                     guint        n,
                     const float *trans,
                     guint8      *tags)
{
  float allowed[N_TRANS];
  float cols[LECTERN_N_TAGS][LECTERN_N_TAGS];

  fold_constraints (trans, allowed, cols);
  viterbi (emissions, n, allowed, (const float (*)[LECTERN_N_TAGS]) cols, tags);
}

/* The checksum in three parts, so that model_bind can check the feature
 * table while its bytes are in the cache: the lanes' start, 32 bytes at a
 * time over a multiple of 32, then the tail and the mix. */
static void
checksum_start (guint64 lane[4],
                gsize   len)
{
  lane[0] = FNV_OFFSET ^ len;
  lane[1] = FNV_OFFSET ^ ~len;
  lane[2] = FNV_PRIME ^ len;
  lane[3] = FNV_PRIME ^ ~len;
}

static inline void
checksum_lanes (guint64      lane[4],
                const guint8 *data,
                gsize         len)
{
  /* Four words at a time in four independent chains: the multiplications
   * overlap, and the check of the whole model at every load (most of the
   * model's load time) takes a quarter of the time of one chain. */
  for (gsize i = 0; i + 32 <= len; i += 32)
    {
      /* The model is read once, from memory: the hardware prefetcher
       * stops at each page, so the next pages are asked for ahead of the
       * reads (a prefetch past the end is harmless). */
      if (i % 64 == 0)
        __builtin_prefetch (data + i + 4096);
      for (int k = 0; k < 4; k++)
        {
          guint64 w;

          memcpy (&w, data + i + 8 * k, 8);
          lane[k] = (lane[k] ^ w) * 0x9e3779b97f4a7c15ULL;
          lane[k] ^= lane[k] >> 29;
        }
    }
}

/* `data` and `len`: what follows the last whole 32 bytes. */
static guint64
checksum_finish (const guint64 lane[4],
                 const guint8 *data,
                 gsize         len)
{
  guint64 h = lane[0];
  gsize i = 0;

  for (int k = 1; k < 4; k++)
    h = (h ^ mix64 (lane[k])) * 0x9e3779b97f4a7c15ULL;
  for (; i + 8 <= len; i += 8)
    {
      guint64 w;

      memcpy (&w, data + i, 8);
      h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
      h ^= h >> 29;
    }
  for (; i < len; i++)
    h = (h ^ data[i]) * FNV_PRIME;

  return mix64 (h);
}

guint64
lectern_ner_checksum (const guint8 *data,
                      gsize         len)
{
  guint64 lane[4];
  gsize whole = len & ~(gsize) 31;

  checksum_start (lane, len);
  checksum_lanes (lane, data, whole);

  return checksum_finish (lane, data + whole, len - whole);
}

/* Sections are padded to 16 bytes: the feature entries then start on a
 * multiple of 16 and never straddle two cache lines. */
static gsize
pad16 (gsize n)
{
  return (n + 15) & ~(gsize) 15;
}

static gboolean
model_error (GError    **error,
             const char *path,
             const char *why)
{
  g_set_error (error, LECTERN_EXTRACTOR_ERROR, LECTERN_EXTRACTOR_ERROR_MODEL,
               "Cannot use the entity model “%s”: %s", path, why);
  return FALSE;
}

static gboolean
is_power_of_two (guint32 n)
{
  return n != 0 && (n & (n - 1)) == 0;
}

/* Whether the entries [0, n) are canonical: padding zero, and an empty
 * slot (key 0) all zeros. Adds the used ones to *used. */
static gboolean
entries_canonical (const LecternNerEntry *entries,
                   gsize                  n,
                   guint32               *used)
{
  gboolean ok = TRUE;
  guint32 count = 0;

  for (gsize i = 0; i < n; i++)
    {
      const LecternNerEntry *e = &entries[i];
      guint64 w[2];

      memcpy (w, e, sizeof w);
      /* The pad bytes are bytes 9 to 11, the key bytes 12 to 15. */
      ok &= (w[1] & G_GUINT64_CONSTANT (0xffffff00)) == 0 && (e->key != 0 || (w[0] == 0 && w[1] == 0));
      count += e->key != 0;
    }
  *used += count;

  return ok;
}

/* lectern_ner_checksum of the payload (`len` bytes, the whole size the
 * header gives) and the check of its feature table (n_slots entries after
 * the transitions), in one pass: the table is most of the file, and
 * reading it twice from memory cost as much as the checksum. A block of
 * the table is checked right after the checksum has read it. */
static void
checksum_and_count (const guint8 *payload,
                    gsize         len,
                    guint32       n_slots,
                    guint64      *checksum,
                    gboolean     *canonical,
                    guint32      *used)
{
  const gsize first = pad16 (sizeof (float) * (LECTERN_N_TAGS + 1) * LECTERN_N_TAGS);
  const gsize block = 16384;
  const LecternNerEntry *entries = (const LecternNerEntry *) (const void *) (payload + first);
  gsize whole = len & ~(gsize) 31;
  gsize checked = 0;   /* entries */
  guint64 lane[4];

  g_assert (first + sizeof (LecternNerEntry) * (gsize) n_slots <= len);
  *canonical = TRUE;
  *used = 0;
  checksum_start (lane, len);
  for (gsize off = 0; off < whole; off += block)
    {
      gsize end = MIN (off + block, whole);
      gsize upto;

      checksum_lanes (lane, payload + off, end - off);
      /* The entries wholly read so far. */
      upto = end > first ? MIN ((end - first) / sizeof (LecternNerEntry), n_slots) : 0;
      if (upto > checked)
        {
          *canonical &= entries_canonical (entries + checked, upto - checked, used);
          checked = upto;
        }
    }
  if (checked < n_slots)
    *canonical &= entries_canonical (entries + checked, n_slots - checked, used);
  *checksum = checksum_finish (lane, payload + whole, len - whole);
}

static gboolean
model_bind (LecternNerModel *self,
            const char      *path,
            const guint8    *data,
            gsize            size,
            GError         **error)
{
  LecternNerHeader h;
  const guint8 *p;
  guint64 need;
  guint64 checksum;
  gboolean canonical;
  guint32 used;

  if (G_BYTE_ORDER != G_LITTLE_ENDIAN)
    return model_error (error, path, "only little-endian machines are supported");
  if (size < sizeof h)
    return model_error (error, path, "the file is truncated (no header)");
  memcpy (&h, data, sizeof h);
  if (memcmp (h.magic, LECTERN_NER_MAGIC, 8) != 0)
    return model_error (error, path, "not a Lectern entity model (wrong magic)");
  if (h.version != LECTERN_NER_VERSION)
    return model_error (error, path, "unsupported model version");
  if (h.header_size != sizeof h || h.n_tags != LECTERN_N_TAGS)
    return model_error (error, path, "unexpected header layout");
  if (h.features != LECTERN_NER_FEATURES)
    return model_error (error, path, "trained for another feature set; retrain it");
  if (!is_power_of_two (h.n_slots) || !is_power_of_two (h.lex_slots) ||
      h.n_slots > (1u << 26) || h.lex_slots > (1u << 26) || h.n_rows >= h.n_slots ||
      h.reserved != 0 || h.reserved2 != 0)
    return model_error (error, path, "corrupt header");
  for (guint t = 0; t < LECTERN_N_TAGS; t++)
    if (!isfinite (h.scales[t]) || h.scales[t] <= 0.0f)
      return model_error (error, path, "corrupt header (weight scales)");

  need = pad16 (sizeof (float) * (LECTERN_N_TAGS + 1) * LECTERN_N_TAGS) +
         sizeof (LecternNerEntry) * (guint64) h.n_slots +
         pad16 (sizeof (guint32) * (guint64) h.lex_slots) +
         pad16 (sizeof (guint16) * (guint64) h.lex_slots);
  if (h.payload_size != need)
    return model_error (error, path, "corrupt header (section sizes)");
  if (size - sizeof h < need)
    return model_error (error, path, "the file is truncated");
  if (size - sizeof h > need)
    return model_error (error, path, "trailing data after the model");
  checksum_and_count (data + sizeof h, need, h.n_slots, &checksum, &canonical, &used);
  if (checksum != h.checksum)
    return model_error (error, path, "checksum mismatch (damaged file)");

  p = data + sizeof h;
  self->trans = (const float *) p;
  p += pad16 (sizeof (float) * (LECTERN_N_TAGS + 1) * LECTERN_N_TAGS);
  self->entries = (const LecternNerEntry *) p;
  p += sizeof (LecternNerEntry) * (gsize) h.n_slots;
  self->lex.keys = (const guint32 *) p;
  p += pad16 (sizeof (guint32) * (gsize) h.lex_slots);
  self->lex.flags = (const guint16 *) p;
  self->lex.n_slots = h.lex_slots;
  self->n_slots = h.n_slots;
  self->n_rows = h.n_rows;
  memcpy (self->scales, h.scales, sizeof self->scales);

  /* The checksum guards against damage, not against a crafted file: keep
   * a slot free so lookups stop, and the file canonical (empty slots and
   * padding all zeros, as many features as the header says). The entries
   * were looked at with the checksum. */
  if (!canonical)
    return model_error (error, path, "corrupt feature table");
  if (used != h.n_rows)
    return model_error (error, path, "corrupt feature table (count)");
  for (guint i = 0; i < (LECTERN_N_TAGS + 1) * LECTERN_N_TAGS; i++)
    if (!isfinite (self->trans[i]))
      return model_error (error, path, "corrupt transition weights");

  fold_constraints (self->trans, self->allowed, self->cols);
  memcpy (self->id, h.id, sizeof h.id);
  self->id[sizeof h.id] = '\0';

  return TRUE;
}

LecternNerModel *
lectern_ner_model_load (const char  *path,
                        GError     **error)
{
  g_autoptr(LecternNerModel) self = g_new0 (LecternNerModel, 1);
  g_autoptr(GError) local_error = NULL;

  self->file = g_mapped_file_new (path, FALSE, &local_error);
  if (self->file == NULL)
    {
      model_error (error, path, local_error->message);
      return NULL;
    }

#ifdef MADV_POPULATE_READ
  /* The checksum reads the whole file at once: mapping all its pages in
   * one call is cheaper than a fault every few pages (about 2 ms of the
   * 8 MB model; the mapping starts on a page, and an older kernel just
   * says no). */
  if (g_mapped_file_get_length (self->file) > 0)
    madvise (g_mapped_file_get_contents (self->file), g_mapped_file_get_length (self->file),
             MADV_POPULATE_READ);
#endif
  if (!model_bind (self, path, (const guint8 *) g_mapped_file_get_contents (self->file),
                   g_mapped_file_get_length (self->file), error))
    return NULL;

  return g_steal_pointer (&self);
}

void
lectern_ner_model_free (LecternNerModel *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->file, g_mapped_file_unref);
  g_free (self);
}

const LecternLexicon *
lectern_ner_model_lexicon (LecternNerModel *self)
{
  return &self->lex;
}

const char *
lectern_ner_model_id (LecternNerModel *self)
{
  return self->id;
}

static inline const gint8 *
model_row (const LecternNerModel *self,
           guint64                hash)
{
  guint32 key = lectern_ner_key (hash);
  guint32 mask = self->n_slots - 1;
  guint32 slot = lectern_ner_slot (hash, self->n_slots);

  for (;;)
    {
      const LecternNerEntry *entry = &self->entries[slot];

      if (entry->key == key)
        return entry->weights;
      if (entry->key == 0)
        return NULL;
      slot = (slot + 1) & mask;
    }
}

/* Adds the rows [from, to) to acc (16-bit sums: see the static assert). */
static inline void
add_rows (const gint8 * const *rows,
          guint                from,
          guint                to,
          gint16              *acc)
{
#ifdef __SSE2__
  /* Eight weights of a row in one load, widened to 16 bits; the ninth
   * alone. */
  __m128i lo = _mm_loadu_si128 ((const __m128i *) (const void *) acc);
  int last = acc[8];

  for (guint f = from; f < to; f++)
    if (rows[f] != NULL)
      {
        __m128i w = _mm_loadl_epi64 ((const __m128i *) (const void *) rows[f]);

        lo = _mm_add_epi16 (lo, _mm_srai_epi16 (_mm_unpacklo_epi8 (w, w), 8));
        last += rows[f][8];
      }
  _mm_storeu_si128 ((__m128i *) (void *) acc, lo);
  acc[8] = (gint16) last;
#else
  for (guint f = from; f < to; f++)
    if (rows[f] != NULL)
      for (int t = 0; t < LECTERN_N_TAGS; t++)
        acc[t] = (gint16) (acc[t] + rows[f][t]);
#endif
}

/* acc += sum, nine 16-bit integers. */
static inline void
add_sum (gint16       *acc,
         const gint16 *sum)
{
#ifdef __SSE2__
  __m128i lo = _mm_add_epi16 (_mm_loadu_si128 ((const __m128i *) (const void *) acc),
                              _mm_loadu_si128 ((const __m128i *) (const void *) sum));

  _mm_storeu_si128 ((__m128i *) (void *) acc, lo);
  acc[8] = (gint16) (acc[8] + sum[8]);
#else
  for (int t = 0; t < LECTERN_N_TAGS; t++)
    acc[t] = (gint16) (acc[t] + sum[t]);
#endif
}

/* ---- a cache of what depends on a word alone ---- */

/* Distinct words remembered per text (12,288; the frequent ones come
 * early); later ones are computed each time, which bounds the cache at
 * 2.5 MB (5 MB while the sums were 32-bit). Twice as many saved 1 % of
 * the work on 1 MB of corpus text. */
#define CACHE_SLOTS (1u << 14)
#define CACHE_MAX   (CACHE_SLOTS / 4 * 3)
/* Entries whose pages are mapped at once, when the first is taken. */
#define CACHE_BLOCK 512

enum
{
  CACHE_USED = 1 << 0,
  CACHE_INFO = 1 << 1,
  CACHE_SUMS = 1 << 2,   /* << 1 when the word starts a sentence */
  CACHE_NEIGHBOUR = 1 << 4,  /* << d for the neighbour at neighbour_offset[d] */
};

/* The sums kept per word: its own features inside a sentence and at its
 * start, then as each neighbour. */
#define N_SUMS 6

/* Keyed by the word's 64-bit hash, like the features themselves: two of
 * 12,288 words sharing one has odds of about 4e-12. The cache is larger
 * than the processor's and the tagger waits on its misses: a probe reads
 * one small slot, and what a word needs is in one entry, the entries in
 * the order the words come (only the pages of words seen are touched). */
typedef struct
{
  guint64 key;     /* the word's hash */
  guint32 state;
  guint32 entry;
} CacheSlot;

typedef struct
{
  LecternTokenInfo info;   /* without CLS_SENT_START */
  gint16           sums[N_SUMS][LECTERN_N_TAGS];
} CacheEntry;

struct _LecternNerCache
{
  guint      n_used;
  CacheSlot  slots[CACHE_SLOTS];
  CacheEntry entries[CACHE_MAX];
};

LecternNerCache *
lectern_ner_cache_new (void)
{
  /* Zeroed lazily by the system: pages of entries are touched as words
   * arrive (and mapped a block at a time, see cache_slot); the slots are
   * probed all over. */
  LecternNerCache *cache = g_new0 (LecternNerCache, 1);

  lectern_prefault (cache->slots, sizeof cache->slots);

  return cache;
}

void
lectern_ner_cache_free (LecternNerCache *cache)
{
  g_free (cache);
}

/* Takes the free slot for a new word, if there is room (else -1). Apart
 * from cache_slot, whose probe runs for every token: this runs once per
 * distinct word. */
G_NO_INLINE static gint
cache_take (LecternNerCache *cache,
            guint32          slot,
            guint64          word)
{
  if (cache->n_used >= CACHE_MAX)
    return -1;
  if (cache->n_used % CACHE_BLOCK == 0)
    lectern_prefault (&cache->entries[cache->n_used],
                      sizeof (CacheEntry) * MIN (CACHE_BLOCK, CACHE_MAX - cache->n_used));
  cache->slots[slot].key = word;
  cache->slots[slot].state = CACHE_USED;
  cache->slots[slot].entry = cache->n_used++;

  return (gint) slot;
}

/* The slot of a word, taken if new and there is room, or -1. */
static gint
cache_slot (LecternNerCache *cache,
            guint64          word)
{
  guint32 slot = (guint32) (word ^ (word >> 32)) & (CACHE_SLOTS - 1);

  while (cache->slots[slot].state & CACHE_USED)
    {
      if (cache->slots[slot].key == word)
        return (gint) slot;
      slot = (slot + 1) & (CACHE_SLOTS - 1);
    }

  return cache_take (cache, slot, word);
}

void
lectern_ner_cache_prefetch (LecternNerCache *cache,
                            const guint64   *words,
                            guint            n)
{
  /* Two rounds: every slot asked for first, so their misses overlap;
   * then the entries of the words found, whose addresses the slots hold.
   * A word not found yet stops at its empty slot, like cache_slot. */
  for (guint k = 0; k < n; k++)
    __builtin_prefetch (&cache->slots[(guint32) (words[k] ^ (words[k] >> 32)) & (CACHE_SLOTS - 1)]);
  for (guint k = 0; k < n; k++)
    {
      guint32 slot = (guint32) (words[k] ^ (words[k] >> 32)) & (CACHE_SLOTS - 1);

      while (cache->slots[slot].state & CACHE_USED)
        {
          if (cache->slots[slot].key == words[k])
            {
              const CacheEntry *entry = &cache->entries[cache->slots[slot].entry];

              /* An entry spans three lines: its info, then its sums. */
              __builtin_prefetch (entry);
              __builtin_prefetch ((const char *) entry + 64);
              __builtin_prefetch ((const char *) (entry + 1) - 1);
              break;
            }
          slot = (slot + 1) & (CACHE_SLOTS - 1);
        }
    }
}

gint
lectern_ner_cache_token_info (LecternNerCache  *cache,
                              const char       *s,
                              gsize             len,
                              gboolean          sentence_start,
                              guint32           lex_flags,
                              guint64           word_hash,
                              guint64           lower_hash,
                              GString          *scratch,
                              LecternTokenInfo *info)
{
  gint slot;

  if (word_hash == 0)
    word_hash = lectern_ner_hash (s, len);
  slot = cache_slot (cache, word_hash);
  if (slot >= 0 && (cache->slots[slot].state & CACHE_INFO))
    *info = cache->entries[cache->slots[slot].entry].info;
  else
    {
      /* The flags come from the lower case, so from the word too. */
      lectern_ner_token_info_with_lex (s, len, FALSE, NULL, lex_flags, word_hash, lower_hash, scratch, info);
      if (slot >= 0)
        {
          cache->entries[cache->slots[slot].entry].info = *info;
          cache->slots[slot].state |= CACHE_INFO;
        }
    }
  if (sentence_start)
    info->cls |= CLS_SENT_START;

  return slot;
}

void
lectern_ner_model_tag (LecternNerModel        *self,
                       const LecternTokenInfo *infos,
                       guint                   n,
                       const guint8           *active,
                       GByteArray             *work,
                       float                  *scores,
                       guint8                 *tags)
{
  lectern_ner_model_tag_cached (self, NULL, infos, NULL, n, active, work, scores, tags);
}

void
lectern_ner_model_tag_cached (LecternNerModel        *self,
                              LecternNerCache        *cache,
                              const LecternTokenInfo *infos,
                              const gint32           *slots,
                              guint                   n,
                              const guint8           *active,
                              GByteArray             *work,
                              float                  *scores,
                              guint8                 *tags)
{
  /* A token's features in parts: its own (0), of each neighbour alone
   * (1–4), then those that combine them (5). Parts 0–4 have their sum
   * kept in the cache under the word they depend on, so a word's next
   * occurrences, and those next to it, need not look them up (the sums
   * are of integers, so the order does not change them). */
  enum { N_PARTS = 6 };
  gsize max_feats = (gsize) n * LECTERN_NER_MAX_FEATURES;
  float *emissions;
  guint64 *feats;
  const gint8 **rows;
  guint32 *ends;       /* per token, the end of each part */
  gint32 *part_slot;   /* per token and cached part: the cache slot, or -1 */
  gint32 *word_slot;   /* per token */
  guint8 *part_sum;    /* per token and cached part: which sum of the slot */
  gsize need;
  gsize nf = 0;

  /* Three passes over the sentence: hash every feature, then find every
   * row, then add them up. The tables are larger than the caches; asking
   * for all the memory of a pass first lets the misses overlap. */
  need = max_feats * (sizeof (guint64) + sizeof (gpointer)) +
         n * (sizeof (float) * LECTERN_N_TAGS + N_PARTS * sizeof (guint32) + (N_PARTS - 1) * sizeof (gint32) +
              sizeof (gint32) + N_PARTS);
  if (need > work->len)
    {
      /* The space of the longest sentence yet, made anew rather than grown
       * (its contents need not be kept, and a copy would write them to
       * new pages one fault at a time), its pages mapped at once. */
      g_free (g_byte_array_steal (work, NULL));
      g_byte_array_set_size (work, (guint) need);
      lectern_prefault (work->data, need);
    }
  feats = (guint64 *) (void *) work->data;
  rows = (const gint8 **) (void *) (feats + max_feats);
  emissions = (float *) (void *) (rows + max_feats);
  ends = (guint32 *) (void *) (emissions + (gsize) n * LECTERN_N_TAGS);
  part_slot = (gint32 *) (void *) (ends + (gsize) n * N_PARTS);
  word_slot = part_slot + (gsize) n * (N_PARTS - 1);
  part_sum = (guint8 *) (void *) (word_slot + n);

  for (guint i = 0; i < n; i++)
    word_slot[i] = cache == NULL ? -1 : slots != NULL ? slots[i] : cache_slot (cache, infos[i].word);

  for (guint i = 0; i < n; i++)
    {
      gsize from = nf;
      guint32 *end = ends + (gsize) i * N_PARTS;
      gint32 *slot = part_slot + (gsize) i * (N_PARTS - 1);
      guint8 *sum = part_sum + (gsize) i * (N_PARTS - 1);

      if (active != NULL && !active[i])
        {
          for (guint p = 0; p < N_PARTS; p++)
            end[p] = (guint32) nf;
          for (guint p = 0; p + 1 < N_PARTS; p++)
            slot[p] = -1;
          continue;
        }

      /* Only the parts not in the cache are looked up. */
      slot[0] = word_slot[i];
      sum[0] = (infos[i].cls & CLS_SENT_START) != 0;
      if (slot[0] < 0 || !(cache->slots[slot[0]].state & (CACHE_SUMS << sum[0])))
        nf += word_features (&infos[i], feats + nf);
      end[0] = (guint32) nf;
      for (guint d = 0; d < 4; d++)
        {
          if (has_neighbour (i, n, d))
            {
              slot[1 + d] = word_slot[i + neighbour_offset[d]];
              sum[1 + d] = 2 + d;
              if (slot[1 + d] < 0 || !(cache->slots[slot[1 + d]].state & (CACHE_NEIGHBOUR << d)))
                nf += neighbour_features (&infos[i + neighbour_offset[d]], d, feats + nf);
            }
          else
            {
              slot[1 + d] = -1;
              nf += boundary_features (d, feats + nf);
            }
          end[1 + d] = (guint32) nf;
        }
      nf += pair_features (infos, n, i, feats + nf);
      end[N_PARTS - 1] = (guint32) nf;
      g_assert (nf - from <= LECTERN_NER_MAX_FEATURES);
      for (gsize f = from; f < nf; f++)
        __builtin_prefetch (&self->entries[lectern_ner_slot (feats[f], self->n_slots)]);
    }
  for (gsize f = 0; f < nf; f++)
    rows[f] = model_row (self, feats[f]);
  for (guint i = 0, f = 0; i < n; i++)
    {
      const guint32 *end = ends + (gsize) i * N_PARTS;
      const gint32 *slot = part_slot + (gsize) i * (N_PARTS - 1);
      const guint8 *sum = part_sum + (gsize) i * (N_PARTS - 1);
      float *e = emissions + (gsize) i * LECTERN_N_TAGS;
      gint16 acc[LECTERN_N_TAGS] = { 0 };

      /* An inactive token has no features (its parts are empty) and is O:
       * 0 (what its empty sum would give), the other tags ruled out. */
      if (active != NULL && !active[i])
        {
          e[0] = 0.0f;
          for (int t = 1; t < LECTERN_N_TAGS; t++)
            e[t] = -1e9f;
          continue;
        }

      for (guint p = 0; p + 1 < N_PARTS; p++)
        {
          if (slot[p] < 0)
            add_rows (rows, f, end[p], acc);
          else
            {
              CacheSlot *cs = &cache->slots[slot[p]];
              gint16 *kept = cache->entries[cs->entry].sums[sum[p]];
              guint32 bit = p == 0 ? CACHE_SUMS << sum[p] : CACHE_NEIGHBOUR << (p - 1);

              if (f != end[p] || !(cs->state & bit))
                {
                  gint16 part[LECTERN_N_TAGS] = { 0 };

                  add_rows (rows, f, end[p], part);
                  memcpy (kept, part, sizeof part);
                  cs->state |= bit;
                }
              add_sum (acc, kept);
            }
          f = end[p];
        }
      add_rows (rows, f, end[N_PARTS - 1], acc);
      f = end[N_PARTS - 1];
#ifdef __SSE2__
      /* The same conversions and products as one tag at a time. */
      {
        __m128i a = _mm_loadu_si128 ((const __m128i *) (const void *) acc);

        _mm_storeu_ps (e, _mm_mul_ps (_mm_cvtepi32_ps (_mm_srai_epi32 (_mm_unpacklo_epi16 (a, a), 16)),
                                      _mm_loadu_ps (self->scales)));
        _mm_storeu_ps (e + 4, _mm_mul_ps (_mm_cvtepi32_ps (_mm_srai_epi32 (_mm_unpackhi_epi16 (a, a), 16)),
                                          _mm_loadu_ps (self->scales + 4)));
        e[8] = (float) acc[8] * self->scales[8];
      }
#else
      for (int t = 0; t < LECTERN_N_TAGS; t++)
        e[t] = (float) acc[t] * self->scales[t];
#endif
    }

  if (scores != NULL)
    memcpy (scores, emissions, sizeof (float) * n * LECTERN_N_TAGS);
  viterbi (emissions, n, self->allowed, (const float (*)[LECTERN_N_TAGS]) self->cols, tags);
}
