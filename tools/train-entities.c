/* train-entities.c: trains the entity tagger and writes data/entities.model
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A structured (averaged) perceptron over BIO tags with first-order
 * transitions and Viterbi decoding, trained on the corpora of
 * ../shared/entities/corpora. Same data, options and seed give a
 * byte-identical model: the only randomness is our own seeded shuffle, and
 * every table is built in data order.
 *
 *   train-entities --corpora ../shared/entities/corpora --output data/entities.model
 */

#define G_LOG_DOMAIN "train-entities"

#include "config.h"

#include "lectern-ner.h"
#include "lectern-tokenizer.h"

#include <gio/gio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Modern news counts several times per epoch; the rest brings volume.
 * Europeana (heavy OCR noise), tweets and social media (capitals used
 * loosely) lowered the scores on news, so they weigh 0 (see
 * docs/entities.md); --weights brings them back. */
static struct
{
  const char *name;
  guint       weight;
  gboolean    own;      /* written for Lectern: read from --news, not --corpora */
} corpora[] = {
  { "wikinews_fr", 4 },
  { "wikinews_en", 4 },
  { "gum_news_en", 3 },
  { "newseye_fr", 1 },
  { "europeana_fr", 0 },
  { "gum_other_en", 1 },
  { "wikigold_en", 2 },
  { "uner_ewt_en", 1 },
  { "btc_en", 0 },
  { "wnut17_en", 0 },
  { "lectern_news", 2, TRUE },
};

static const char *stop_fr[] = {
  "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "et", "est", "en", "au", "aux",
  "pour", "par", "sur", "dans", "avec", "que", "qui", "qu'", "ne", "pas", "plus", "son", "sa",
  "ses", "leur", "leurs", "il", "elle", "ils", "elles", "nous", "vous", "ce", "cette", "ces",
  "été", "être", "sont", "ont", "a", "à", "où", "mais", "ou", "donc", "aussi", "comme", "selon",
  "après", "avant", "entre", "sans", "sous", "chez", "lors", "dont", "très", "tout", "tous",
};

static const char *stop_en[] = {
  "the", "a", "an", "of", "and", "to", "in", "is", "was", "were", "are", "be", "been", "for",
  "on", "with", "by", "at", "from", "that", "which", "who", "this", "these", "those", "it",
  "its", "he", "she", "they", "his", "her", "their", "has", "have", "had", "not", "but", "or",
  "as", "said", "after", "before", "into", "over", "would", "will", "about", "than", "also",
  "more", "when", "where", "while", "we", "you", "there",
};

/* ---- a map from 64-bit hashes to 32-bit values, in insertion order ---- */

typedef struct
{
  guint64 *keys;
  guint32 *values;
  guint32  n_slots;
  guint32  n_items;
} Map;

static void
map_init (Map    *map,
          guint32 n_slots)
{
  map->keys = g_new0 (guint64, n_slots);
  map->values = g_new0 (guint32, n_slots);
  map->n_slots = n_slots;
  map->n_items = 0;
}

static void
map_clear (Map *map)
{
  g_clear_pointer (&map->keys, g_free);
  g_clear_pointer (&map->values, g_free);
}

/* Key 0 is the empty slot, so hash 0 is stored as 1; a collision of full
 * 64-bit hashes is harmless here. */
static guint32 *
map_slot (Map     *map,
          guint64  key,
          gboolean insert)
{
  guint32 mask;
  guint32 slot;

  key = key ? key : 1;
  if (insert && map->n_items * 2 >= map->n_slots)
    {
      Map bigger;

      map_init (&bigger, map->n_slots * 2);
      for (guint32 i = 0; i < map->n_slots; i++)
        if (map->keys[i])
          *map_slot (&bigger, map->keys[i], TRUE) = map->values[i];
      map_clear (map);
      *map = bigger;
    }

  mask = map->n_slots - 1;
  slot = (guint32) (key ^ (key >> 32)) & mask;
  while (map->keys[slot] != 0 && map->keys[slot] != key)
    slot = (slot + 1) & mask;
  if (map->keys[slot] == 0)
    {
      if (!insert)
        return NULL;
      map->keys[slot] = key;
      map->values[slot] = 0;
      map->n_items++;
    }

  return &map->values[slot];
}

/* ---- corpora ---- */

typedef struct
{
  GStringChunk *strings;
  GPtrArray    *words;      /* (element-type utf8) owned by strings */
  GByteArray   *tags;
  GArray       *sentences;  /* guint32 index of each sentence's first token, plus the end */
} Split;

static Split *
split_new (void)
{
  Split *split = g_new0 (Split, 1);
  guint32 zero = 0;

  split->strings = g_string_chunk_new (1 << 16);
  split->words = g_ptr_array_new ();
  split->tags = g_byte_array_new ();
  split->sentences = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (split->sentences, zero);

  return split;
}

static guint
split_n_sentences (const Split *split)
{
  return split->sentences->len - 1;
}

static gboolean misc = TRUE;
static gboolean capitalized_flag = TRUE;

static guint8
parse_tag (const char *tag)
{
  if (g_str_equal (tag, "B-PER"))
    return LECTERN_TAG_B_PER;
  if (g_str_equal (tag, "I-PER"))
    return LECTERN_TAG_I_PER;
  if (g_str_equal (tag, "B-ORG"))
    return LECTERN_TAG_B_ORG;
  if (g_str_equal (tag, "I-ORG"))
    return LECTERN_TAG_I_ORG;
  if (g_str_equal (tag, "B-LOC"))
    return LECTERN_TAG_B_LOC;
  if (g_str_equal (tag, "I-LOC"))
    return LECTERN_TAG_I_LOC;
  if (g_str_equal (tag, "B-MISC"))
    return misc ? LECTERN_TAG_B_MISC : LECTERN_TAG_O;
  if (g_str_equal (tag, "I-MISC"))
    return misc ? LECTERN_TAG_I_MISC : LECTERN_TAG_O;

  return LECTERN_TAG_O;
}

static GDataInputStream *
open_gzip (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) raw = NULL;
  g_autoptr(GZlibDecompressor) zlib = NULL;
  g_autoptr(GInputStream) plain = NULL;

  raw = g_file_read (file, NULL, error);
  if (raw == NULL)
    return NULL;
  zlib = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  plain = g_converter_input_stream_new (G_INPUT_STREAM (raw), G_CONVERTER (zlib));

  return g_data_input_stream_new (plain);
}

static Split *
read_split (const char  *path,
            GError     **error)
{
  g_autoptr(GDataInputStream) in = open_gzip (path, error);
  Split *split;
  char *line;
  gsize len;

  if (in == NULL)
    return NULL;

  split = split_new ();
  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      char *tab = strchr (line, '\t');

      if (tab != NULL)
        {
          *tab = '\0';
          g_ptr_array_add (split->words, g_string_chunk_insert (split->strings, line));
          g_byte_array_append (split->tags, (guint8[]) { parse_tag (tab + 1) }, 1);
        }
      else if (line[0] == '\0')
        {
          guint32 end = split->words->len;

          if (end > g_array_index (split->sentences, guint32, split->sentences->len - 1))
            g_array_append_val (split->sentences, end);
        }
      g_free (line);
    }
  if (error != NULL && *error != NULL)
    return NULL;

  {
    guint32 end = split->words->len;

    if (end > g_array_index (split->sentences, guint32, split->sentences->len - 1))
      g_array_append_val (split->sentences, end);
  }

  return split;
}

/* ---- name tables ---- */

/* A word the corpora write in lower case at least once, or a word of a
 * dictionary (--common-words): a builder's flag, above the model's 16
 * (lex_finish() drops it). */
#define SEEN_LOWER (1u << 16)
/* A word that ends a person's name in the corpora: the same. */
#define SEEN_SURNAME (1u << 17)

typedef struct
{
  Map      map;         /* lower-case hash → flags */
  Map      named;       /* lower-case hash → spans tagged PER or ORG in the corpora */
  GString *scratch;
  /* "Umno" of "UMNO": flagged as known organizations once the first
   * names are read (see add_title_case_acronyms()). */
  GPtrArray *title_acronyms;
  /* "Nomura" of "Nomura Holdings", "Iliad" of "groupe Iliad": a listed
   * company's name without its word for a company, and the number of
   * the company (or LECTERN_LEX_AMBIGUOUS), added once the first names
   * are read (see add_short_names()). */
  GHashTable *short_names;
  /* "Dernières Nouvelles d'Alsace" of "Les Dernières Nouvelles
   * d'Alsace": a listed name without its article, and its number, added
   * after every list is read where no listed name has it
   * (add_articleless_names()). */
  GPtrArray *articleless;
  GArray    *articleless_ids;
  /* "viagogo", "economiesuisse": one-word listed names in lower case, as
   * firms that style themselves so are written, kept where no list or
   * corpus knows the word otherwise (add_lower_case_names()). */
  GPtrArray *lower_case;
} LexBuilder;

static void
lex_add (LexBuilder *b,
         const char *word,
         guint32     flag)
{
  guint64 h = lectern_ner_lower_hash (word, strlen (word), b->scratch);

  *map_slot (&b->map, h, TRUE) |= flag;
}

static gboolean
read_gazetteer (LexBuilder  *b,
                const char  *dir,
                const char  *name,
                guint        field_count,
                guint64      min_count,
                guint64      top_count,
                guint32      flag,
                guint32      top_flag,
                GError     **error)
{
  g_autofree char *path = g_build_filename (dir, "gazetteers", name, NULL);
  g_autoptr(GDataInputStream) in = open_gzip (path, error);
  char *line;
  gsize len;

  if (in == NULL)
    return FALSE;

  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
      guint64 count = 0;

      g_free (line);
      if (fields[0] == NULL || fields[0][0] == '\0')
        continue;
      if (field_count > 0 && g_strv_length (fields) > field_count)
        count = g_ascii_strtoull (fields[field_count], NULL, 10);
      if (count < min_count)
        continue;
      /* Multi-word entries are no single-token feature. */
      if (strchr (fields[0], ' ') != NULL)
        continue;
      lex_add (b, fields[0], flag | (count >= top_count ? top_flag : 0));
    }

  return error == NULL || *error == NULL;
}

static gboolean
read_org_words (LexBuilder  *b,
                const char  *dir,
                GError     **error)
{
  g_autofree char *path = g_build_filename (dir, "gazetteers", "org_type_words_fr_en.txt.gz", NULL);
  g_autoptr(GDataInputStream) in = open_gzip (path, error);
  char *line;
  gsize len;

  if (in == NULL)
    return FALSE;

  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      g_auto(GStrv) fields = g_strsplit (line, "\t", -1);

      g_free (line);
      if (g_strv_length (fields) < 3 || strchr (fields[0], ' ') != NULL)
        continue;
      lex_add (b, fields[0], g_str_equal (fields[2], "legal_suffix")
                             ? LECTERN_LEX_LEGAL : LECTERN_LEX_ORG_HEAD);
      /* Head words come in one number; names use both ("Laboratories",
       * "Laboratory"; "Industries", "Industry"; "Labs", "Lab"). */
      if (g_str_equal (fields[2], "org_head_word"))
        {
          g_autofree char *other = NULL;
          gsize n = strlen (fields[0]);

          if (g_str_has_suffix (fields[0], "ies"))
            other = g_strdup_printf ("%.*sy", (int) (n - 3), fields[0]);
          else if (g_str_has_suffix (fields[0], "y"))
            other = g_strdup_printf ("%.*sies", (int) (n - 1), fields[0]);
          else if (g_str_has_suffix (fields[0], "s") && n > 3)
            other = g_strndup (fields[0], n - 1);
          else if (g_ascii_isalpha (fields[0][n - 1]))
            other = g_strdup_printf ("%ss", fields[0]);
          if (other != NULL)
            lex_add (b, other, LECTERN_LEX_ORG_HEAD);
        }
    }

  return error == NULL || *error == NULL;
}

static gboolean
read_companies (LexBuilder  *b,
                const char  *dir,
                GError     **error)
{
  g_autofree char *path = g_build_filename (dir, "gazetteers", "en_companies_sec_edgar.txt.gz", NULL);
  g_autoptr(GDataInputStream) in = open_gzip (path, error);
  char *line;
  gsize len;

  if (in == NULL)
    return FALSE;

  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
      g_auto(GStrv) words = NULL;

      g_free (line);
      words = g_strsplit_set (fields[0], " ,", -1);
      if (words[0] != NULL && g_utf8_strlen (words[0], -1) >= 3 &&
          g_ascii_strcasecmp (words[0], "the") != 0)
        lex_add (b, words[0], LECTERN_LEX_COMPANY);
    }

  return error == NULL || *error == NULL;
}

/* Words usually lower case, or usually capitalized, inside sentences. */
static void
add_case_stats (LexBuilder *b,
                Split     **splits,
                guint       n_splits)
{
  Map lower_count;
  Map cap_count;

  map_init (&lower_count, 1 << 16);
  map_init (&cap_count, 1 << 16);
  for (guint s = 0; s < n_splits; s++)
    {
      Split *split = splits[s];

      for (guint k = 0; k < split_n_sentences (split); k++)
        {
          guint32 from = g_array_index (split->sentences, guint32, k);
          guint32 to = g_array_index (split->sentences, guint32, k + 1);

          for (guint32 i = from + 1; i < to; i++)
            {
              const char *w = g_ptr_array_index (split->words, i);
              gunichar c = g_utf8_get_char (w);
              guint64 h;

              if (!g_unichar_isalpha (c))
                continue;
              h = lectern_ner_lower_hash (w, strlen (w), b->scratch);
              if (g_unichar_islower (c))
                (*map_slot (&lower_count, h, TRUE))++;
              else
                (*map_slot (&cap_count, h, TRUE))++;
            }
        }
    }

  for (guint32 i = 0; i < lower_count.n_slots; i++)
    {
      guint64 h = lower_count.keys[i];
      guint32 lc = lower_count.values[i];
      guint32 *cc;

      if (h == 0)
        continue;
      cc = map_slot (&cap_count, h, FALSE);
      if (lc >= 3 && lc >= 2 * (cc ? *cc : 0))
        *map_slot (&b->map, h, TRUE) |= LECTERN_LEX_LOWER;
      *map_slot (&b->map, h, TRUE) |= SEEN_LOWER;
    }
  for (guint32 i = 0; i < cap_count.n_slots; i++)
    {
      guint64 h = cap_count.keys[i];
      guint32 cc = cap_count.values[i];
      guint32 *lc;

      if (h == 0)
        continue;
      lc = map_slot (&lower_count, h, FALSE);
      if (capitalized_flag && cc >= 3 && cc >= 2 * (lc ? *lc : 0))
        *map_slot (&b->map, h, TRUE) |= LECTERN_LEX_CAPITALIZED;
    }
  map_clear (&lower_count);
  map_clear (&cap_count);
}

/* Names the corpora tag mostly as places, as they are written in a span
 * (one word, or words joined by a space): the extractor does not list them
 * as people or organizations. At least three place spans and four times as
 * many as person or organization ones, so a city that also names a team or
 * a surname keeps its chance. */
static void
add_place_stats (LexBuilder *b,
                 Split     **splits,
                 guint       n_splits)
{
  Map loc_count;
  Map other_count;
  g_autoptr(GString) span = g_string_new (NULL);

  map_init (&loc_count, 1 << 16);
  map_init (&other_count, 1 << 16);
  for (guint s = 0; s < n_splits; s++)
    {
      Split *split = splits[s];

      for (guint32 i = 0; i < split->tags->len; i++)
        {
          guint8 tag = split->tags->data[i];
          guint32 e = i + 1;
          guint64 h;

          if (tag != LECTERN_TAG_B_PER && tag != LECTERN_TAG_B_ORG && tag != LECTERN_TAG_B_LOC)
            continue;
          while (e < split->tags->len && split->tags->data[e] == tag + 1)
            e++;
          g_string_truncate (span, 0);
          for (guint32 k = i; k < e; k++)
            {
              if (k > i)
                g_string_append_c (span, ' ');
              g_string_append (span, g_ptr_array_index (split->words, k));
            }
          h = lectern_ner_lower_hash (span->str, span->len, b->scratch);
          (*map_slot (tag == LECTERN_TAG_B_LOC ? &loc_count : &other_count, h, TRUE))++;
          /* A person's last word: a surname, no company's short name. */
          if (tag == LECTERN_TAG_B_PER)
            {
              const char *last = g_ptr_array_index (split->words, e - 1);

              *map_slot (&b->map, lectern_ner_lower_hash (last, strlen (last), b->scratch), TRUE) |= SEEN_SURNAME;
            }
        }
    }

  for (guint32 i = 0; i < loc_count.n_slots; i++)
    {
      guint64 h = loc_count.keys[i];
      guint32 *oc;

      if (h == 0)
        continue;
      oc = map_slot (&other_count, h, FALSE);
      if (loc_count.values[i] >= 3 && loc_count.values[i] >= 4 * (oc ? *oc : 0))
        *map_slot (&b->map, h, TRUE) |= LECTERN_LEX_PLACE;
    }
  map_clear (&loc_count);
  /* Kept for the towns: "Obama" is a town of Japan. */
  b->named = other_count;
}

/* ---- gazetteers of data/gazetteers ---- */

/* The tokens of a name joined by a space, as the extractor joins them. */
static char *
joined_tokens (const char *name)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (LecternToken));
  GString *out = g_string_new (NULL);

  lectern_tokenize (name, strlen (name), tokens);
  for (guint i = 0; i < tokens->len; i++)
    {
      const LecternToken *t = &g_array_index (tokens, LecternToken, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, name + t->byte_start, t->byte_len);
    }

  return g_string_free (out, FALSE);
}

static GDataInputStream *
open_text (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) raw = NULL;

  if (g_str_has_suffix (path, ".gz"))
    return open_gzip (path, error);
  file = g_file_new_for_path (path);
  raw = g_file_read (file, NULL, error);

  return raw != NULL ? g_data_input_stream_new (G_INPUT_STREAM (raw)) : NULL;
}

/* Places ("name TAB country|region|city"). A single word that is a common
 * first name or surname, a function word or mostly lower case in the
 * corpora is left out: a person called Florence or Jackson, or "Nice" in
 * English, must not become a place. */
static gboolean
read_places (LexBuilder  *b,
             const char  *path,
             GError     **error)
{
  g_autoptr(GDataInputStream) in = open_text (path, error);
  const guint32 person = LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME_TOP | LECTERN_LEX_LOWER |
                         LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN;
  char *line;
  gsize len;

  if (in == NULL)
    return FALSE;

  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
      g_autofree char *joined = NULL;
      guint32 flag = LECTERN_LEX_GEO;
      guint32 *known;
      guint64 h;

      g_free (line);
      if (g_strv_length (fields) < 2 || fields[0][0] == '#')
        continue;
      joined = joined_tokens (fields[0]);
      h = lectern_ner_lower_hash (joined, strlen (joined), b->scratch);
      known = map_slot (&b->map, h, FALSE);
      if (strchr (joined, ' ') == NULL && known != NULL && (*known & person))
        continue;
      if (g_str_equal (fields[1], "country") || g_str_equal (fields[1], "region"))
        flag |= LECTERN_LEX_REGION;
      *map_slot (&b->map, h, TRUE) |= flag;
    }

  return error == NULL || *error == NULL;
}

static gboolean known_otherwise (LexBuilder *b,
                                 const char *line,
                                 gsize       len,
                                 guint32     other);

/* Whether `name` is one word of four to seven capitals, an acronym that
 * the British and Malaysian press write with one capital ("Nato", "Umno",
 * "Unicef"). */
static gboolean
is_long_acronym (const char *name)
{
  gsize n = 0;

  for (; name[n] != '\0'; n++)
    if (name[n] < 'A' || name[n] > 'Z')
      return FALSE;

  return n >= 4 && n <= 7;
}

/* Records one spelling of a well-known organization's name (tokens joined
 * by a space) under the keys the extractor looks up. */
static void
add_organization_name (LexBuilder *b,
                       const char *joined,
                       guint32     id)
{
  g_autofree char *first = g_utf8_strup (joined, g_utf8_next_char (joined) - joined);
  g_autofree char *upper = g_strdup_printf ("%s%s", first, g_utf8_next_char (joined));
  const char *spellings[] = { joined, upper };
  g_autoptr(GString) key = g_string_new (NULL);
  guint32 *slot;

  /* As written, and with a capital at a sentence start; the first word
   * of a longer name as a starter. */
  for (guint k = 0; k < G_N_ELEMENTS (spellings); k++)
    {
      const char *space = strchr (spellings[k], ' ');

      *map_slot (&b->map, lectern_ner_hash (spellings[k], strlen (spellings[k])), TRUE) |=
        LECTERN_LEX_KNOWN_ORG;
      if (space != NULL)
        {
          g_string_printf (key, LECTERN_LEX_STARTER_KEY "%.*s", (int) (space - spellings[k]), spellings[k]);
          *map_slot (&b->map, lectern_ner_hash (key->str, key->len), TRUE) |= LECTERN_LEX_KNOWN_ORG;
        }
    }
  /* "Umno" for "UMNO" (the lower-case key below is shared). */
  if (is_long_acronym (joined))
    {
      char *title = g_ascii_strdown (joined, -1);

      title[0] = joined[0];
      g_ptr_array_add (b->title_acronyms, title);
    }
  g_string_printf (key, LECTERN_LEX_ORG_KEY "%s", joined);
  slot = map_slot (&b->map, lectern_ner_lower_hash (key->str, key->len, b->scratch), TRUE);
  *slot = (*slot == 0 || *slot == id) ? id : LECTERN_LEX_AMBIGUOUS;
  /* "Moody's": a name may leave the possessive out. */
  if (g_str_has_suffix (key->str, " 's") || g_str_has_suffix (key->str, " \xe2\x80\x99s"))
    {
      g_string_truncate (key, strrchr (key->str, ' ') - key->str);
      slot = map_slot (&b->map, lectern_ner_lower_hash (key->str, key->len, b->scratch), TRUE);
      *slot = (*slot == 0 || *slot == id) ? id : LECTERN_LEX_AMBIGUOUS;
    }
}

static gboolean
is_all_caps (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* A listed name that starts with a capitalized article and goes on with
 * two words or more, the first capitalized ("Les Dernières Nouvelles
 * d'Alsace", "La Banque postale"): French writes it after "les", "des",
 * "aux" ("des Dernières Nouvelles d'Alsace"), so the rest is noted as a
 * name of it too. Not English's "The": "New Yorker" of "The New Yorker"
 * is a person from the city. */
static void
note_articleless_name (LexBuilder *b,
                       const char *joined,
                       guint32     id)
{
  static const char *const articles[] = { "Le ", "La ", "Les ", "L' ", "L\xe2\x80\x99 " };
  const char *rest = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (articles) && rest == NULL; k++)
    if (g_str_has_prefix (joined, articles[k]))
      rest = joined + strlen (articles[k]);
  if (rest == NULL || strchr (rest, ' ') == NULL || !g_unichar_isupper (g_utf8_get_char (rest)))
    return;
  g_ptr_array_add (b->articleless, g_strdup (rest));
  g_array_append_val (b->articleless_ids, id);
}

/* A listed name of two words, one a word for a company before or after
 * the other ("Nomura Holdings", "Colruyt Group", "groupe Iliad",
 * "Éditions Casterman"): the other word, which news writes alone, is
 * noted as a short name of the company. */
static void
note_short_name (LexBuilder *b,
                 const char *joined,
                 guint32     id)
{
  static const char *const after[] = {
    "Holdings", "Holding", "Group", "Groupe", "Corporation", "Corp", "Inc", "plc", "PLC", "Ltd", "Limited",
    "SA", "AG", "NV", "SE", "GmbH", "SpA", "ASA", "AB", "Oyj", "Co",
  };
  static const char *const before[] = { "groupe", "Groupe", "Éditions", "éditions" };
  g_auto(GStrv) words = g_strsplit (joined, " ", -1);
  const char *word = NULL;
  gpointer old;

  if (g_strv_length (words) == 3 && g_str_equal (words[2], "."))
    g_clear_pointer (&words[2], g_free);
  if (words[0] == NULL || words[1] == NULL || words[2] != NULL)
    return;
  if (g_strv_contains (after, words[1]))
    word = words[0];
  else if (g_strv_contains (before, words[0]))
    word = words[1];
  /* Letters alone are too often another body's or a common noun's
   * ("TVA", "PIB"); a hyphen joins words ("Co-operative", "Go-Ahead"). */
  if (word == NULL || strlen (word) < 3 || !g_unichar_isupper (g_utf8_get_char (word)) || is_all_caps (word) ||
      strchr (word, '-') != NULL)
    return;
  if (g_hash_table_lookup_extended (b->short_names, word, NULL, &old))
    {
      if (GPOINTER_TO_UINT (old) != id)
        g_hash_table_insert (b->short_names, g_strdup (word), GUINT_TO_POINTER (LECTERN_LEX_AMBIGUOUS));
      return;
    }
  g_hash_table_insert (b->short_names, g_strdup (word), GUINT_TO_POINTER (id));
}

/* A one-word name of a capital and then lower-case letters alone, four
 * or more ("Viagogo", "Santésuisse"): its spelling in lower case, for
 * add_lower_case_names(). Not "SOS-Racisme" nor "Kraft2". */
static void
note_lower_case_name (LexBuilder *b,
                      const char *joined)
{
  const char *p = joined;
  guint n = 1;

  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return;
  for (p = g_utf8_next_char (p); *p != '\0'; p = g_utf8_next_char (p), n++)
    if (!g_unichar_islower (g_utf8_get_char (p)))
      return;
  if (n >= 4)
    g_ptr_array_add (b->lower_case, g_utf8_strdown (joined, -1));
}

/* Whether a name starts with the Arabic article and a hyphen, then a
 * capital ("Al-Shabaab", "al-Qaeda", "El-Watan"). */
static gboolean
has_arabic_article (const char *name)
{
  return (name[0] == 'A' || name[0] == 'a' || name[0] == 'E' || name[0] == 'e') && name[1] == 'l' &&
         name[2] == '-' && g_unichar_isupper (g_utf8_get_char (name + 3));
}

/* Well-known organizations, one a line, names separated by TABs; '#'
 * starts a comment. Each gets a number (from *next_id, or the number a
 * name of the line already has from an earlier list: "ONU") that its
 * names' LECTERN_LEX_ORG_KEY entries hold, so the extractor can merge
 * them. */
static gboolean
read_organizations (LexBuilder  *b,
                    const char  *path,
                    guint32     *next_id,
                    GError     **error)
{
  g_autoptr(GDataInputStream) in = open_text (path, error);
  g_autoptr(GString) key = g_string_new (NULL);
  char *line;
  gsize len;

  if (in == NULL)
    return FALSE;

  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      g_auto(GStrv) names = g_strsplit (line, "\t", -1);
      g_autoptr(GPtrArray) spellings = g_ptr_array_new_with_free_func (g_free);
      guint32 id = 0;

      g_free (line);
      if (names[0] == NULL || names[0][0] == '\0' || names[0][0] == '#')
        continue;
      for (guint n = 0; names[n] != NULL; n++)
        {
          char *joined = joined_tokens (names[n]);

          if (joined[0] == '\0')
            {
              g_free (joined);
              continue;
            }
          g_ptr_array_add (spellings, joined);
          /* "al Shabaab" as wire copy writes "al-Shabaab". */
          if (has_arabic_article (joined))
            {
              g_autofree char *spaced = g_strdup (joined);

              spaced[2] = ' ';
              g_ptr_array_add (spellings, joined_tokens (spaced));
            }
          /* Both apostrophes: "Moody's", "Moody’s". */
          if (strchr (joined, '\'') != NULL)
            {
              g_auto(GStrv) parts = g_strsplit (joined, "'", -1);

              g_ptr_array_add (spellings, g_strjoinv ("\xe2\x80\x99", parts));
            }
          else if (strstr (joined, "\xe2\x80\x99") != NULL)
            {
              g_auto(GStrv) parts = g_strsplit (joined, "\xe2\x80\x99", -1);

              g_ptr_array_add (spellings, g_strjoinv ("'", parts));
            }
        }
      for (guint n = 0; n < spellings->len && id == 0; n++)
        {
          guint32 *slot;

          g_string_printf (key, LECTERN_LEX_ORG_KEY "%s", (char *) g_ptr_array_index (spellings, n));
          slot = map_slot (&b->map, lectern_ner_lower_hash (key->str, key->len, b->scratch), FALSE);
          if (slot != NULL && *slot != LECTERN_LEX_AMBIGUOUS)
            id = *slot;
        }
      if (id == 0)
        {
          if (*next_id >= LECTERN_LEX_AMBIGUOUS)
            break;
          id = (*next_id)++;
        }
      for (guint n = 0; n < spellings->len; n++)
        add_organization_name (b, g_ptr_array_index (spellings, n), id);
      if (spellings->len > 0)
        note_short_name (b, g_ptr_array_index (spellings, 0), id);
      for (guint n = 0; n < spellings->len; n++)
        note_lower_case_name (b, g_ptr_array_index (spellings, n));
      for (guint n = 0; n < spellings->len; n++)
        note_articleless_name (b, g_ptr_array_index (spellings, n), id);
    }

  return error == NULL || *error == NULL;
}

/* More organization head words, one a line. */
static gboolean
read_head_words (LexBuilder  *b,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GDataInputStream) in = open_text (path, error);
  char *line;
  gsize len;

  if (in == NULL)
    return FALSE;
  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      if (line[0] != '\0' && line[0] != '#')
        lex_add (b, line, LECTERN_LEX_ORG_HEAD);
      g_free (line);
    }

  return error == NULL || *error == NULL;
}

/* Words that make a name a place ("suffix TAB Oblast", "prefix TAB Rue"). */
static gboolean
read_place_words (LexBuilder  *b,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(GDataInputStream) in = open_text (path, error);
  g_autoptr(GString) key = g_string_new (NULL);
  char *line;
  gsize len;

  if (in == NULL)
    return FALSE;
  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      g_auto(GStrv) fields = g_strsplit (line, "\t", -1);

      g_free (line);
      if (g_strv_length (fields) < 2 || fields[0][0] == '#')
        continue;
      g_string_printf (key, LECTERN_LEX_PLACE_WORD_KEY "%s", fields[1]);
      *map_slot (&b->map, lectern_ner_lower_hash (key->str, key->len, b->scratch), TRUE) |=
        g_str_equal (fields[0], "prefix") ? LECTERN_LEX_PLACE_PREFIX : LECTERN_LEX_PLACE_SUFFIX;
    }

  return error == NULL || *error == NULL;
}

/* Whether the name table knows the word `line` as one of `other` (lower
 * case) or as a listed organization (as written): then a list of towns
 * or first names leaves it out. */
static gboolean
known_otherwise (LexBuilder *b,
                 const char *line,
                 gsize       len,
                 guint32     other)
{
  guint32 *lower = map_slot (&b->map, lectern_ner_lower_hash (line, len, b->scratch), FALSE);
  guint32 *as_written = map_slot (&b->map, lectern_ner_hash (line, len), FALSE);

  return (lower != NULL && (*lower & other)) || (as_written != NULL && (*as_written & LECTERN_LEX_KNOWN_ORG));
}

/* A list older copies of data/gazetteers may lack (towns, first names):
 * FALSE on an error only; *in stays NULL when the file is absent. */
static gboolean
open_optional_text (const char        *path,
                    GDataInputStream **in,
                    GError           **error)
{
  *in = NULL;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  *in = open_text (path, error);

  return *in != NULL;
}

/* Towns: one-word names of cities under 200,000 people ("Mulhouse",
 * "Poissy", "Rafah"). A one-word name names a person as often as a place,
 * so these are no tagger feature: they get the flag "usually a place",
 * which only the extractor's rules read, and only where the name is no
 * first name or surname of any list, no word written in lower case, no
 * listed organization or company, and never a person or an organization
 * in the corpora ("Obama", "Bismarck", "Offenbach"). */
static gboolean
read_towns (LexBuilder  *b,
            const char  *path,
            GError     **error)
{
  g_autoptr(GDataInputStream) in = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  const guint32 other = LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME | LECTERN_LEX_SURNAME_TOP |
                        LECTERN_LEX_LOWER | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN |
                        LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_COMPANY | LECTERN_LEX_KNOWN_ORG |
                        LECTERN_LEX_GEO;
  char *line;
  gsize len;

  if (!open_optional_text (path, &in, error))
    return FALSE;
  if (in == NULL)
    return TRUE;

  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      guint32 *named;
      guint64 h;

      if (line[0] == '#' || line[0] == '\0' || strchr (line, ' ') != NULL)
        {
          g_free (line);
          continue;
        }
      h = lectern_ner_lower_hash (line, strlen (line), b->scratch);
      named = map_slot (&b->named, h, FALSE);
      if (named != NULL && *named > 0)
        {
          g_free (line);
          continue;
        }
      if (!known_otherwise (b, line, strlen (line), other))
        *map_slot (&b->map, h, TRUE) |= LECTERN_LEX_PLACE;
      /* Under a key of its own, a town that is also a name: the rules
       * read it where the words around say "place" ("à Wattrelos"). */
      g_string_assign (key, LECTERN_LEX_TOWN_KEY);
      g_string_append (key, line);
      *map_slot (&b->map, lectern_ner_lower_hash (key->str, key->len, b->scratch), TRUE) = 1;
      g_free (line);
    }

  return error == NULL || *error == NULL;
}

/* First names of the world's news that the INSEE and SSA lists lack
 * ("Valtteri", "Chaminda", "Olumide"), one a line. Not a tagger feature
 * (the weights stay those the corpora give): a key of their own, which
 * only the extractor's rules read. A name that the table knows otherwise
 * (a first name already, a common or function word, a title, a place, an
 * organization word, a frequent surname) is left out. */
static gboolean
read_given_names (LexBuilder  *b,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(GDataInputStream) in = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  const guint32 other = LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME_TOP | LECTERN_LEX_LOWER |
                        LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN | LECTERN_LEX_ORG_HEAD |
                        LECTERN_LEX_LEGAL | LECTERN_LEX_COMPANY | LECTERN_LEX_GEO | LECTERN_LEX_REGION |
                        LECTERN_LEX_PLACE;
  char *line;
  gsize len;

  if (!open_optional_text (path, &in, error))
    return FALSE;
  if (in == NULL)
    return TRUE;
  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      if (line[0] != '#' && line[0] != '\0' && strchr (line, ' ') == NULL && !known_otherwise (b, line, len, other))
        {
          g_string_assign (key, LECTERN_LEX_GIVEN_NAME_KEY);
          g_string_append_len (key, line, len);
          *map_slot (&b->map, lectern_ner_lower_hash (key->str, key->len, b->scratch), TRUE) = 1;
        }
      g_free (line);
    }

  return error == NULL || *error == NULL;
}

/* The British and Malaysian press write long acronyms with one capital
 * ("Nato", "Umno", "Unicef"): those forms are known organizations too,
 * unless the word is a name of any list, a common word or a place
 * ("Isis", "Dewa"). */
static void
add_title_case_acronyms (LexBuilder *b)
{
  const guint32 other = LECTERN_LEX_GIVEN | LECTERN_LEX_SURNAME | LECTERN_LEX_LOWER | LECTERN_LEX_TITLE |
                        LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_PLACE |
                        LECTERN_LEX_GEO | LECTERN_LEX_REGION;
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint n = 0; n < b->title_acronyms->len; n++)
    {
      const char *title = g_ptr_array_index (b->title_acronyms, n);

      g_string_printf (key, LECTERN_LEX_GIVEN_NAME_KEY "%s", title);
      if (!known_otherwise (b, title, strlen (title), other) &&
          map_slot (&b->map, lectern_ner_lower_hash (key->str, key->len, b->scratch), FALSE) == NULL)
        *map_slot (&b->map, lectern_ner_hash (title, strlen (title)), TRUE) |= LECTERN_LEX_KNOWN_ORG;
    }
}

/* A dictionary's words, one a line (/usr/share/dict/american-english):
 * common words and the names a dictionary holds (places, people, things:
 * "Atlantic", "Strauss"), which no short name may be. */
static gboolean
read_common_words (LexBuilder  *b,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GDataInputStream) in = open_text (path, error);
  char *line;
  gsize len;

  if (in == NULL)
    return FALSE;
  while ((line = g_data_input_stream_read_line_utf8 (in, &len, NULL, error)) != NULL)
    {
      if (line[0] != '\0')
        *map_slot (&b->map, lectern_ner_lower_hash (line, len, b->scratch), TRUE) |= SEEN_LOWER;
      g_free (line);
    }

  return error == NULL || *error == NULL;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The short names note_short_name() found, unless a list knows the word
 * as a name or a place, the corpora write it in lower case or end a
 * person's name with it, or it is another organization's name ("Roche"
 * is a rock, "Compass" a word, "Coles" a surname). */
static void
add_short_names (LexBuilder *b)
{
  const guint32 other = LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME_TOP | SEEN_LOWER | SEEN_SURNAME |
                        LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR | LECTERN_LEX_STOP_EN | LECTERN_LEX_ORG_HEAD |
                        LECTERN_LEX_PLACE | LECTERN_LEX_GEO | LECTERN_LEX_REGION;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer word_key;

  g_hash_table_iter_init (&iter, b->short_names);
  while (g_hash_table_iter_next (&iter, &word_key, NULL))
    g_ptr_array_add (words, word_key);
  /* Sorted, so the table does not depend on the hash table's order. */
  g_ptr_array_sort (words, compare_strings);
  for (guint n = 0; n < words->len; n++)
    {
      const char *word = g_ptr_array_index (words, n);
      guint32 id = GPOINTER_TO_UINT (g_hash_table_lookup (b->short_names, word));

      g_string_printf (key, LECTERN_LEX_ORG_KEY "%s", word);
      if (id == LECTERN_LEX_AMBIGUOUS || known_otherwise (b, word, strlen (word), other) ||
          map_slot (&b->map, lectern_ner_lower_hash (key->str, key->len, b->scratch), FALSE) != NULL)
        continue;
      if (g_getenv ("LECTERN_TRAIN_TRACE") != NULL)
        g_printerr ("short name %s\n", word);
      add_organization_name (b, word, id);
    }
}

/* The spellings note_lower_case_name() found, as known organizations
 * where the word is no name, place or common word of any list, and the
 * corpora never write it in lower case: "viagogo" is the firm, "total"
 * and "orange" are words. */
static void
add_lower_case_names (LexBuilder *b)
{
  const guint32 other = LECTERN_LEX_GIVEN | LECTERN_LEX_GIVEN_TOP | LECTERN_LEX_SURNAME | LECTERN_LEX_SURNAME_TOP |
                        SEEN_LOWER | SEEN_SURNAME | LECTERN_LEX_LOWER | LECTERN_LEX_TITLE | LECTERN_LEX_STOP_FR |
                        LECTERN_LEX_STOP_EN | LECTERN_LEX_ORG_HEAD | LECTERN_LEX_LEGAL | LECTERN_LEX_PLACE |
                        LECTERN_LEX_GEO | LECTERN_LEX_REGION;

  for (guint n = 0; n < b->lower_case->len; n++)
    {
      const char *word = g_ptr_array_index (b->lower_case, n);

      if (known_otherwise (b, word, strlen (word), other))
        continue;
      if (g_getenv ("LECTERN_TRAIN_TRACE") != NULL)
        g_printerr ("lower-case name %s\n", word);
      *map_slot (&b->map, lectern_ner_hash (word, strlen (word)), TRUE) |= LECTERN_LEX_KNOWN_ORG;
    }
}

/* The names note_articleless_name() found, where no list has them. */
static void
add_articleless_names (LexBuilder *b)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint n = 0; n < b->articleless->len; n++)
    {
      const char *name = g_ptr_array_index (b->articleless, n);

      g_string_printf (key, LECTERN_LEX_ORG_KEY "%s", name);
      if (map_slot (&b->map, lectern_ner_lower_hash (key->str, key->len, b->scratch), FALSE) == NULL)
        add_organization_name (b, name, g_array_index (b->articleless_ids, guint32, n));
    }
}

static gboolean
read_extra_gazetteers (LexBuilder  *b,
                       const char  *dir,
                       GError     **error)
{
  g_autofree char *places = g_build_filename (dir, "places.txt.gz", NULL);
  g_autofree char *news = g_build_filename (dir, "news-organizations.txt", NULL);
  g_autofree char *intl = g_build_filename (dir, "international-organizations.txt.gz", NULL);
  g_autofree char *heads = g_build_filename (dir, "head-words.txt", NULL);
  g_autofree char *places_extra = g_build_filename (dir, "places-extra.txt", NULL);
  g_autofree char *place_words = g_build_filename (dir, "place-words.txt", NULL);
  g_autofree char *towns = g_build_filename (dir, "towns.txt.gz", NULL);
  g_autofree char *given = g_build_filename (dir, "given-names.txt", NULL);
  guint32 next_id = 1;

  if (!read_head_words (b, heads, error) ||
      !read_place_words (b, place_words, error) ||
      !read_places (b, places, error) ||
      !read_places (b, places_extra, error) ||
      !read_organizations (b, news, &next_id, error) ||
      !read_organizations (b, intl, &next_id, error) ||
      !read_towns (b, towns, error) ||
      !read_given_names (b, given, error))
    return FALSE;
  add_title_case_acronyms (b);
  add_short_names (b);
  add_articleless_names (b);
  add_lower_case_names (b);

  return TRUE;
}

static guint32
next_power_of_two (guint64 n)
{
  guint32 p = 1;

  while (p < n)
    p <<= 1;

  return p;
}

/* Lays the name table out as the model stores it. The map is walked in slot
 * order, which depends only on the keys, so the output is deterministic. */
static void
lex_finish (LexBuilder *b,
            guint32   **out_keys,
            guint16   **out_flags,
            guint32    *out_slots)
{
  guint64 n_items = 0;
  guint32 n_slots;
  guint32 *keys;
  guint16 *flags;

  /* Entries with the builder's flags only (SEEN_LOWER) are not kept. */
  for (guint32 i = 0; i < b->map.n_slots; i++)
    n_items += b->map.keys[i] != 0 && (guint16) b->map.values[i] != 0;
  n_slots = next_power_of_two (n_items * 10 / 6 + 1);
  keys = g_new0 (guint32, n_slots);
  flags = g_new0 (guint16, n_slots);
  for (guint32 i = 0; i < b->map.n_slots; i++)
    {
      guint64 h = b->map.keys[i];
      guint32 slot;

      if (h == 0 || (guint16) b->map.values[i] == 0)
        continue;
      slot = lectern_ner_slot (h, n_slots);
      while (keys[slot] != 0 && keys[slot] != lectern_ner_key (h))
        slot = (slot + 1) & (n_slots - 1);
      keys[slot] = lectern_ner_key (h);
      flags[slot] |= (guint16) b->map.values[i];
    }

  *out_keys = keys;
  *out_flags = flags;
  *out_slots = n_slots;
}

/* ---- features ---- */

typedef struct
{
  GArray *offsets;   /* guint32 per token, plus the end: into ids */
  GArray *ids;       /* guint32 feature ids */
} Features;

static void
token_infos (const Split          *split,
             guint                 k,
             const LecternLexicon *lex,
             GString              *scratch,
             GArray               *infos)
{
  guint32 from = g_array_index (split->sentences, guint32, k);
  guint32 to = g_array_index (split->sentences, guint32, k + 1);

  g_array_set_size (infos, to - from);
  for (guint32 i = from; i < to; i++)
    {
      const char *w = g_ptr_array_index (split->words, i);

      lectern_ner_token_info (w, strlen (w), i == from, lex, scratch,
                              &g_array_index (infos, LecternTokenInfo, i - from));
    }
}

/* Counts (count_only) or maps features of a split to ids; features without
 * an id (too rare, or unseen in training) are left out. */
static Features *
split_features (const Split          *split,
                const LecternLexicon *lex,
                Map                  *map,
                gboolean              count_only)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GArray) infos = g_array_new (FALSE, FALSE, sizeof (LecternTokenInfo));
  Features *f = g_new0 (Features, 1);
  guint64 feats[LECTERN_NER_MAX_FEATURES];
  guint32 zero = 0;

  f->offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  f->ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (f->offsets, zero);

  for (guint k = 0; k < split_n_sentences (split); k++)
    {
      token_infos (split, k, lex, scratch, infos);
      for (guint i = 0; i < infos->len; i++)
        {
          guint nf = lectern_ner_features ((LecternTokenInfo *) (void *) infos->data, infos->len, i, feats);

          for (guint j = 0; j < nf; j++)
            {
              if (count_only)
                {
                  guint32 *c = map_slot (map, feats[j], TRUE);

                  if (*c < G_MAXUINT32)
                    (*c)++;
                }
              else
                {
                  guint32 *id = map_slot (map, feats[j], FALSE);

                  if (id != NULL && *id != G_MAXUINT32)
                    g_array_append_val (f->ids, *id);
                }
            }
          if (!count_only)
            {
              guint32 end = f->ids->len;

              g_array_append_val (f->offsets, end);
            }
        }
    }

  return f;
}

static void
features_free (Features *f)
{
  if (f == NULL)
    return;
  g_array_unref (f->offsets);
  g_array_unref (f->ids);
  g_free (f);
}

/* ---- the perceptron ---- */

typedef struct
{
  guint32  n_features;
  float   *w;        /* n_features × tags */
  double  *u;        /* sum of step × update, for averaging */
  float    trans[(LECTERN_N_TAGS + 1) * LECTERN_N_TAGS];
  double   trans_u[(LECTERN_N_TAGS + 1) * LECTERN_N_TAGS];
  double   step;
} Perceptron;

static guint64
splitmix (guint64 *state)
{
  guint64 z = (*state += 0x9e3779b97f4a7c15ULL);

  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static void
emissions_of (const float    *w,
              const Features *f,
              guint32         first,
              guint           n,
              float          *em)
{
  for (guint i = 0; i < n; i++)
    {
      guint32 a = g_array_index (f->offsets, guint32, first + i);
      guint32 b = g_array_index (f->offsets, guint32, first + i + 1);
      float *row = em + (gsize) i * LECTERN_N_TAGS;

      memset (row, 0, sizeof (float) * LECTERN_N_TAGS);
      for (guint32 j = a; j < b; j++)
        {
          const float *fw = w + (gsize) g_array_index (f->ids, guint32, j) * LECTERN_N_TAGS;

          for (int t = 0; t < LECTERN_N_TAGS; t++)
            row[t] += fw[t];
        }
    }
}

static void
update (Perceptron     *p,
        const Features *f,
        guint32         token,
        int             tag,
        float           delta)
{
  guint32 a = g_array_index (f->offsets, guint32, token);
  guint32 b = g_array_index (f->offsets, guint32, token + 1);

  for (guint32 j = a; j < b; j++)
    {
      gsize idx = (gsize) g_array_index (f->ids, guint32, j) * LECTERN_N_TAGS + tag;

      p->w[idx] += delta;
      p->u[idx] += p->step * delta;
    }
}

static void
update_trans (Perceptron *p,
              int         prev,
              int         tag,
              float       delta)
{
  gsize idx = (gsize) (prev < 0 ? LECTERN_N_TAGS : prev) * LECTERN_N_TAGS + tag;

  p->trans[idx] += delta;
  p->trans_u[idx] += p->step * delta;
}

static void
train_sentence (Perceptron     *p,
                const Split    *split,
                const Features *f,
                guint           k,
                GArray         *em,
                GByteArray     *pred)
{
  guint32 from = g_array_index (split->sentences, guint32, k);
  guint32 to = g_array_index (split->sentences, guint32, k + 1);
  guint n = to - from;
  const guint8 *gold = split->tags->data + from;

  g_array_set_size (em, n * LECTERN_N_TAGS);
  g_byte_array_set_size (pred, n);
  emissions_of (p->w, f, from, n, (float *) (void *) em->data);
  lectern_ner_viterbi ((float *) (void *) em->data, n, p->trans, pred->data);

  for (guint i = 0; i < n; i++)
    {
      int gp = i > 0 ? gold[i - 1] : -1;
      int pp = i > 0 ? pred->data[i - 1] : -1;

      if (gold[i] != pred->data[i])
        {
          update (p, f, from + i, gold[i], 1.0f);
          update (p, f, from + i, pred->data[i], -1.0f);
        }
      if (gold[i] != pred->data[i] || gp != pp)
        {
          update_trans (p, gp, gold[i], 1.0f);
          update_trans (p, pp, pred->data[i], -1.0f);
        }
    }
  p->step += 1.0;
}

/* ---- evaluation ---- */

typedef struct
{
  guint64 tp[LECTERN_N_TAGS];
  guint64 fp[LECTERN_N_TAGS];
  guint64 fn[LECTERN_N_TAGS];
} Counts;

static int
tag_type (int tag)
{
  return tag == LECTERN_TAG_O ? 0 : (tag + 1) / 2;   /* 1 PER, 2 ORG, 3 LOC */
}

static void
count_tokens (Counts       *c,
              const guint8 *gold,
              const guint8 *pred,
              guint         n)
{
  for (guint i = 0; i < n; i++)
    {
      int g = tag_type (gold[i]);
      int q = tag_type (pred[i]);

      if (g == q && g != 0)
        c->tp[g]++;
      else
        {
          if (q != 0)
            c->fp[q]++;
          if (g != 0)
            c->fn[g]++;
        }
    }
}

static double
f1 (const Counts *c,
    int           type)
{
  double tp = (double) c->tp[type];
  double denom = 2 * tp + (double) c->fp[type] + (double) c->fn[type];

  return denom > 0 ? 2 * tp / denom : 0.0;
}

static void
eval_split_model (LecternNerModel *model,
                  const Split     *split,
                  Counts          *c)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GArray) infos = g_array_new (FALSE, FALSE, sizeof (LecternTokenInfo));
  g_autoptr(GByteArray) work = g_byte_array_new ();
  g_autoptr(GByteArray) pred = g_byte_array_new ();

  for (guint k = 0; k < split_n_sentences (split); k++)
    {
      guint32 from = g_array_index (split->sentences, guint32, k);

      token_infos (split, k, lectern_ner_model_lexicon (model), scratch, infos);
      g_byte_array_set_size (pred, infos->len);
      lectern_ner_model_tag (model, (LecternTokenInfo *) (void *) infos->data, infos->len, NULL, work, NULL,
                             pred->data);
      count_tokens (c, split->tags->data + from, pred->data, infos->len);
    }
}

static void
eval_split_weights (const Perceptron *p,
                    const float      *w,
                    const float      *trans,
                    const Split      *split,
                    const Features   *f,
                    Counts           *c)
{
  g_autoptr(GArray) em = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr(GByteArray) pred = g_byte_array_new ();

  for (guint k = 0; k < split_n_sentences (split); k++)
    {
      guint32 from = g_array_index (split->sentences, guint32, k);
      guint32 to = g_array_index (split->sentences, guint32, k + 1);

      g_array_set_size (em, (to - from) * LECTERN_N_TAGS);
      g_byte_array_set_size (pred, to - from);
      emissions_of (w, f, from, to - from, (float *) (void *) em->data);
      lectern_ner_viterbi ((float *) (void *) em->data, to - from, trans, pred->data);
      count_tokens (c, split->tags->data + from, pred->data, to - from);
    }
}

/* ---- writing the model ---- */

static void
append_padded (GByteArray *out,
               const void *data,
               gsize       len)
{
  static const guint8 zeros[16] = { 0 };

  g_byte_array_append (out, data, (guint) len);
  /* 16 bytes, as the loader expects (lectern-ner.c, pad16). */
  if (len % 16)
    g_byte_array_append (out, zeros, (guint) (16 - len % 16));
}

static gboolean
write_model (const char    *path,
             const Perceptron *p,
             const float   *avg_w,
             const float   *avg_trans,
             const Map     *feature_map,
             const guint32 *lex_keys,
             const guint16 *lex_flags,
             guint32        lex_slots,
             double         min_weight,
             double         clip,
             double         max_load,
             guint32       *out_rows,
             GError       **error)
{
  LecternNerHeader header = { 0 };
  g_autoptr(GByteArray) payload = g_byte_array_new ();
  g_autoptr(GByteArray) file = g_byte_array_new ();
  g_autofree guint64 *hash_of = g_new0 (guint64, p->n_features);
  g_autofree LecternNerEntry *entries = NULL;
  guint32 n_kept = 0;
  guint32 n_rows = 0;
  guint32 n_slots;
  g_autofree gboolean *keep = g_new0 (gboolean, p->n_features);
  g_autofree char *checksum_hex = NULL;

  /* Which hash each feature id came from. */
  for (guint32 i = 0; i < feature_map->n_slots; i++)
    if (feature_map->keys[i] != 0 && feature_map->values[i] != G_MAXUINT32)
      hash_of[feature_map->values[i]] = feature_map->keys[i];

  /* int8 steps, one size per tag: the largest weights of O and of the
   * person tags are two to three times those of ORG and MISC. */
  for (int t = 0; t < LECTERN_N_TAGS; t++)
    {
      float max_abs = 0.0f;

      for (guint32 id = 0; id < p->n_features; id++)
        max_abs = MAX (max_abs, fabsf (avg_w[(gsize) id * LECTERN_N_TAGS + t]));
      /* A few large weights (the bias, sure words) would make the step
       * coarse for all the others: --clip (not used, it cost F1). */
      if (clip > 0 && clip < max_abs)
        max_abs = (float) clip;
      header.scales[t] = max_abs > 0 ? max_abs / 127.0f : 1.0f;
    }

  /* Keep the features that can change a decision: a row whose weights
   * all round to 0 adds nothing, nor does one of equal weights. */
  for (guint32 id = 0; id < p->n_features; id++)
    {
      float lo = G_MAXFLOAT, hi = -G_MAXFLOAT;
      gboolean nonzero = FALSE;

      for (int t = 0; t < LECTERN_N_TAGS; t++)
        {
          float w = avg_w[(gsize) id * LECTERN_N_TAGS + t];

          lo = MIN (lo, w);
          hi = MAX (hi, w);
          nonzero = nonzero || lrintf (w / header.scales[t]) != 0;
        }
      keep[id] = hi - lo > min_weight && nonzero;
      n_kept += keep[id];
    }
  g_printerr ("%u of %u features kept (span more than %.3f)\n", n_kept, p->n_features, min_weight);

  n_slots = next_power_of_two ((guint64) (n_kept / max_load) + 2);
  entries = g_new0 (LecternNerEntry, n_slots);
  for (guint32 id = 0; id < p->n_features; id++)
    {
      guint64 h = hash_of[id];
      guint32 key = lectern_ner_key (h);
      guint32 slot;
      gboolean dup = FALSE;

      if (!keep[id])
        continue;
      slot = lectern_ner_slot (h, n_slots);
      while (entries[slot].key != 0)
        {
          dup = dup || entries[slot].key == key;
          slot = (slot + 1) & (n_slots - 1);
        }
      /* Two features with one 32-bit key in one probe chain: the first
       * (more frequent, seen earlier) wins. */
      if (dup)
        continue;
      n_rows++;
      entries[slot].key = key;
      for (int t = 0; t < LECTERN_N_TAGS; t++)
        entries[slot].weights[t] = (gint8) CLAMP (lrintf (avg_w[(gsize) id * LECTERN_N_TAGS + t] /
                                                          header.scales[t]), -127, 127);
    }

  append_padded (payload, avg_trans, sizeof (float) * (LECTERN_N_TAGS + 1) * LECTERN_N_TAGS);
  append_padded (payload, entries, sizeof (LecternNerEntry) * n_slots);
  append_padded (payload, lex_keys, sizeof (guint32) * lex_slots);
  append_padded (payload, lex_flags, sizeof (guint16) * lex_slots);

  memcpy (header.magic, LECTERN_NER_MAGIC, 8);
  header.version = LECTERN_NER_VERSION;
  header.header_size = sizeof header;
  header.n_tags = LECTERN_N_TAGS;
  header.features = LECTERN_NER_FEATURES;
  header.n_slots = n_slots;
  header.n_rows = n_rows;
  header.lex_slots = lex_slots;
  header.payload_size = payload->len;
  header.checksum = lectern_ner_checksum (payload->data, payload->len);
  checksum_hex = g_strdup_printf ("ner1-%016" G_GINT64_MODIFIER "x", header.checksum);
  g_strlcpy (header.id, checksum_hex, sizeof header.id);

  g_byte_array_append (file, (const guint8 *) &header, sizeof header);
  g_byte_array_append (file, payload->data, payload->len);
  *out_rows = n_rows;

  return g_file_set_contents (path, (const char *) file->data, file->len, error);
}

/* ---- main ---- */

static void
print_table (const char  *title,
             char       **names,
             Counts      *counts,
             guint        n)
{
  Counts all_en = { 0 }, all_fr = { 0 };

  g_print ("\n%s (token-level F1)\n\n| corpus | PER F1 | ORG F1 | PER+ORG F1 |\n|---|---:|---:|---:|\n",
           title);
  for (guint i = 0; i < n; i++)
    {
      Counts both = counts[i];
      Counts *lang = g_str_has_suffix (names[i], "_fr") ? &all_fr : &all_en;

      both.tp[1] += both.tp[2];
      both.fp[1] += both.fp[2];
      both.fn[1] += both.fn[2];
      g_print ("| %s | %.3f | %.3f | %.3f |\n", names[i], f1 (&counts[i], 1), f1 (&counts[i], 2),
               f1 (&both, 1));
      for (int t = 0; t < LECTERN_N_TAGS; t++)
        {
          lang->tp[t] += counts[i].tp[t];
          lang->fp[t] += counts[i].fp[t];
          lang->fn[t] += counts[i].fn[t];
        }
    }
  g_print ("| all French | %.3f | %.3f | |\n", f1 (&all_fr, 1), f1 (&all_fr, 2));
  g_print ("| all English | %.3f | %.3f | |\n", f1 (&all_en, 1), f1 (&all_en, 2));
}

/* Writes the model with features pruned at min_weight, then scores it on
 * the dev and test splits. */
static gboolean
write_and_score (const char       *output,
                 const Perceptron *p,
                 const float      *avg_w,
                 const float      *avg_trans,
                 const Map        *fmap,
                 const guint32    *lex_keys,
                 const guint16    *lex_flags,
                 guint32           lex_slots,
                 double            min_weight,
                 double            clip,
                 double            max_load,
                 char            **names,
                 Split           **dev,
                 Split           **test,
                 guint             n_corpora)
{
  g_autoptr(GError) error = NULL;
  guint32 n_rows = 0;

  if (!write_model (output, p, avg_w, avg_trans, fmap, lex_keys, lex_flags, lex_slots,
                    min_weight, clip, max_load, &n_rows, &error))
    {
      g_printerr ("train-entities: %s\n", error->message);
      return FALSE;
    }

  {
    g_autoptr(LecternNerModel) model = lectern_ner_model_load (output, &error);
    Counts dev_counts[G_N_ELEMENTS (corpora)], test_counts[G_N_ELEMENTS (corpora)];
    g_autoptr(GFileInfo) info = NULL;
    g_autoptr(GFile) out_file = g_file_new_for_path (output);

    if (model == NULL)
      {
        g_printerr ("train-entities: %s\n", error->message);
        return FALSE;
      }
    info = g_file_query_info (out_file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
    g_print ("model %s: %s, %u features, %" G_GINT64_FORMAT " bytes\n", output,
             lectern_ner_model_id (model), n_rows, info ? g_file_info_get_size (info) : (gint64) -1);

    memset (dev_counts, 0, sizeof dev_counts);
    memset (test_counts, 0, sizeof test_counts);
    for (guint c = 0; c < n_corpora; c++)
      {
        eval_split_model (model, dev[c], &dev_counts[c]);
        eval_split_model (model, test[c], &test_counts[c]);
      }
    print_table ("dev splits", names, dev_counts, n_corpora);
    print_table ("test splits", names, test_counts, n_corpora);
  }

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *corpora_dir = NULL;
  g_autofree char *output = NULL;
  int epochs = 8;
  int runs = 5;
  gint64 seed = 20261126;
  int min_count = 2;
  double min_weight = 2.0;
  double clip = 0.0;
  double max_load = 0.7;
  gboolean eval_each = FALSE;
  g_autofree char *weights = NULL;
  gboolean with_dev = FALSE;
  g_autofree char *gazetteers_dir = NULL;
  g_auto(GStrv) common_words = NULL;
  g_autofree char *news_dir = NULL;
  g_autofree char *sweep = NULL;
  const GOptionEntry entries[] = {
    { "gazetteers", 'g', 0, G_OPTION_ARG_FILENAME, &gazetteers_dir, "Places and organizations (data/gazetteers)", "DIR" },
    { "corpora", 'c', 0, G_OPTION_ARG_FILENAME, &corpora_dir, "Corpora folder (../shared/entities/corpora)", "DIR" },
    { "news", 0, 0, G_OPTION_ARG_FILENAME, &news_dir, "Lectern's own annotated news (data/corpora)", "DIR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Model file to write", "FILE" },
    { "common-words", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &common_words, "Word list whose words in lower case are no company's short name (repeatable)", "FILE" },
    { "epochs", 'e', 0, G_OPTION_ARG_INT, &epochs, "Training epochs (8)", "N" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Perceptrons averaged, each with its own shuffle (5)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Shuffle seed", "N" },
    { "min-count", 'm', 0, G_OPTION_ARG_INT, &min_count, "Drop features seen fewer times (2)", "N" },
    { "min-weight", 'w', 0, G_OPTION_ARG_DOUBLE, &min_weight, "Drop features whose weights span less (2)", "W" },
    { "max-load", 0, 0, G_OPTION_ARG_DOUBLE, &max_load, "Largest share of used feature slots (0.7)", "F" },
    { "clip", 0, 0, G_OPTION_ARG_DOUBLE, &clip, "Clip weights at ±C before the int8 steps (0: the largest)", "C" },
    { "sweep", 0, 0, G_OPTION_ARG_STRING, &sweep, "Also write OUTPUT-wW[:C] pruned at each W (clipped at C), and score them", "W[:C],…" },
    { "weights", 0, 0, G_OPTION_ARG_STRING, &weights, "Sentence weights per corpus (name=N,…)", "LIST" },
    { "no-capitalized", 0, G_OPTION_FLAG_REVERSE, G_OPTION_ARG_NONE, &capitalized_flag, "No flag for words capitalized in the corpora", NULL },
    { "no-misc", 0, G_OPTION_FLAG_REVERSE, G_OPTION_ARG_NONE, &misc, "Fold MISC into O", NULL },
    { "with-dev", 0, 0, G_OPTION_ARG_NONE, &with_dev, "Also train on the dev splits (after tuning; dev scores are then not held out)", NULL },
    { "eval-each", 0, 0, G_OPTION_ARG_NONE, &eval_each, "Score the dev splits after each epoch", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— train the entity tagger");
  g_autoptr(GError) error = NULL;
  guint n_corpora = G_N_ELEMENTS (corpora);
  Split *train[G_N_ELEMENTS (corpora)], *dev[G_N_ELEMENTS (corpora)], *test[G_N_ELEMENTS (corpora)];
  Features *train_f[G_N_ELEMENTS (corpora)], *dev_f[G_N_ELEMENTS (corpora)];
  char *names[G_N_ELEMENTS (corpora)];
  LexBuilder lb;
  guint32 *lex_keys, lex_slots;
  guint16 *lex_flags;
  LecternLexicon lex;
  Map fmap;
  Perceptron p = { 0 };
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) em = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr(GByteArray) pred = g_byte_array_new ();
  g_autofree float *avg_w = NULL;
  float avg_trans[(LECTERN_N_TAGS + 1) * LECTERN_N_TAGS];
  guint64 rng;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("train-entities: %s\n", error->message);
      return 2;
    }
  if (!(max_load > 0.05 && max_load <= 0.9))
    {
      g_printerr ("train-entities: --max-load must be above 0.05 and at most 0.9\n");
      return 2;
    }
  if (corpora_dir == NULL || output == NULL)
    {
      g_printerr ("train-entities: give --corpora DIR and --output FILE\n");
      return 2;
    }

  if (weights != NULL)
    {
      g_auto(GStrv) items = g_strsplit (weights, ",", -1);

      for (guint i = 0; items[i] != NULL; i++)
        {
          g_auto(GStrv) kv = g_strsplit (items[i], "=", 2);

          for (guint c = 0; c < n_corpora && kv[1] != NULL; c++)
            if (g_str_equal (kv[0], corpora[c].name))
              corpora[c].weight = (guint) g_ascii_strtoull (kv[1], NULL, 10);
        }
    }

  for (guint c = 0; c < n_corpora; c++)
    {
      const char *kinds[] = { "train.txt.gz", "dev.txt.gz", "test.txt.gz" };
      Split **dest[] = { train, dev, test };

      names[c] = (char *) corpora[c].name;
      if (corpora[c].own && news_dir == NULL)
        {
          /* Without --news, the model of the corpora alone. */
          train[c] = split_new ();
          dev[c] = split_new ();
          test[c] = split_new ();
          corpora[c].weight = 0;
          continue;
        }
      for (guint k = 0; k < 3; k++)
        {
          g_autofree char *path = g_build_filename (corpora[c].own ? news_dir : corpora_dir,
                                                    corpora[c].name, kinds[k], NULL);

          dest[k][c] = read_split (path, &error);
          if (dest[k][c] == NULL)
            {
              g_printerr ("train-entities: %s: %s\n", path, error->message);
              return 1;
            }
        }
      g_printerr ("%-14s %7u train tokens, %6u sentences\n", corpora[c].name,
                  train[c]->words->len, split_n_sentences (train[c]));
    }

  /* Name tables: gazetteers, function words and case statistics. */
  map_init (&lb.map, 1 << 18);
  lb.scratch = g_string_new (NULL);
  lb.title_acronyms = g_ptr_array_new_with_free_func (g_free);
  lb.short_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lb.articleless = g_ptr_array_new_with_free_func (g_free);
  lb.articleless_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  lb.lower_case = g_ptr_array_new_with_free_func (g_free);
  if (!read_gazetteer (&lb, corpora_dir, "fr_given_names_insee.txt.gz", 2, 20, 20000,
                       LECTERN_LEX_GIVEN, LECTERN_LEX_GIVEN_TOP, &error) ||
      !read_gazetteer (&lb, corpora_dir, "en_given_names_ssa.txt.gz", 2, 50, 50000,
                       LECTERN_LEX_GIVEN, LECTERN_LEX_GIVEN_TOP, &error) ||
      !read_gazetteer (&lb, corpora_dir, "fr_surnames_insee.txt.gz", 1, 300, 3000,
                       LECTERN_LEX_SURNAME, LECTERN_LEX_SURNAME_TOP, &error) ||
      !read_gazetteer (&lb, corpora_dir, "person_titles_fr_en.txt.gz", 0, 0, 1,
                       LECTERN_LEX_TITLE, 0, &error) ||
      !read_org_words (&lb, corpora_dir, &error) ||
      !read_companies (&lb, corpora_dir, &error))
    {
      g_printerr ("train-entities: gazetteers: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (stop_fr); i++)
    lex_add (&lb, stop_fr[i], LECTERN_LEX_STOP_FR);
  for (guint i = 0; i < G_N_ELEMENTS (stop_en); i++)
    lex_add (&lb, stop_en[i], LECTERN_LEX_STOP_EN);
  add_case_stats (&lb, train, n_corpora);
  add_place_stats (&lb, train, n_corpora);
  for (guint n = 0; common_words != NULL && common_words[n] != NULL; n++)
    if (!read_common_words (&lb, common_words[n], &error))
      {
        g_printerr ("train-entities: %s: %s\n", common_words[n], error->message);
        return 1;
      }
  if (gazetteers_dir != NULL && !read_extra_gazetteers (&lb, gazetteers_dir, &error))
    {
      g_printerr ("train-entities: %s: %s\n", gazetteers_dir, error->message);
      return 1;
    }
  lex_finish (&lb, &lex_keys, &lex_flags, &lex_slots);
  lex.n_slots = lex_slots;
  lex.keys = lex_keys;
  lex.flags = lex_flags;
  g_printerr ("name table: %u entries in %u slots\n", lb.map.n_items, lex_slots);
  map_clear (&lb.named);
  g_ptr_array_unref (lb.title_acronyms);
  g_hash_table_unref (lb.short_names);
  g_ptr_array_unref (lb.articleless);
  g_array_unref (lb.articleless_ids);
  g_ptr_array_unref (lb.lower_case);

  /* Features seen at least min_count times get ids, in first-seen order. */
  map_init (&fmap, 1 << 22);
  for (guint c = 0; c < n_corpora; c++)
    features_free (split_features (train[c], &lex, &fmap, TRUE));
  {
    /* Ids in order of the first token that has the feature, not of the hash table. */
    Map ids;
    g_autoptr(GString) scratch = g_string_new (NULL);
    g_autoptr(GArray) infos = g_array_new (FALSE, FALSE, sizeof (LecternTokenInfo));
    guint64 feats[LECTERN_NER_MAX_FEATURES];

    map_init (&ids, 1 << 20);
    for (guint c = 0; c < n_corpora; c++)
      for (guint k = 0; k < split_n_sentences (train[c]); k++)
        {
          token_infos (train[c], k, &lex, scratch, infos);
          for (guint i = 0; i < infos->len; i++)
            {
              guint nf = lectern_ner_features ((LecternTokenInfo *) (void *) infos->data, infos->len, i, feats);

              for (guint j = 0; j < nf; j++)
                {
                  guint32 *cnt = map_slot (&fmap, feats[j], FALSE);
                  guint32 *id;

                  if (cnt == NULL || *cnt < (guint32) min_count)
                    continue;
                  id = map_slot (&ids, feats[j], FALSE);
                  if (id == NULL)
                    *map_slot (&ids, feats[j], TRUE) = p.n_features++;
                }
            }
        }
    map_clear (&fmap);
    fmap = ids;
  }
  g_printerr ("features: %u kept (seen %d+ times)\n", p.n_features, min_count);

  for (guint c = 0; c < n_corpora; c++)
    {
      train_f[c] = split_features (train[c], &lex, &fmap, FALSE);
      dev_f[c] = split_features (dev[c], &lex, &fmap, FALSE);
    }

  p.w = g_new0 (float, (gsize) p.n_features * LECTERN_N_TAGS);
  p.u = g_new0 (double, (gsize) p.n_features * LECTERN_N_TAGS);
  p.step = 1.0;

  /* Each entry of `order` is corpus << 24 | sentence; dev sentences, when
   * trained on, are corpus + 16. */
  for (guint c = 0; c < n_corpora; c++)
    for (guint w = 0; w < corpora[c].weight; w++)
      {
        for (guint32 k = 0; k < split_n_sentences (train[c]); k++)
          {
            guint32 v = (c << 24) | k;

            g_array_append_val (order, v);
          }
        for (guint32 k = 0; with_dev && k < split_n_sentences (dev[c]); k++)
          {
            guint32 v = ((c + 16) << 24) | k;

            g_array_append_val (order, v);
          }
      }

  /* Several perceptrons, each with its own shuffle, averaged: one run
   * swings by several points of F1 on small news sets with the order of
   * the data; their mean does not. */
  avg_w = g_new0 (float, (gsize) p.n_features * LECTERN_N_TAGS);
  memset (avg_trans, 0, sizeof avg_trans);
  {
    g_autoptr(GArray) initial = g_array_copy (order);

    for (int r = 0; r < runs; r++)
      {
        rng = (guint64) seed + (guint64) r * 0x9e3779b97f4a7c15ULL;
        memcpy (order->data, initial->data, sizeof (guint32) * order->len);
        memset (p.w, 0, sizeof (float) * p.n_features * LECTERN_N_TAGS);
        memset (p.u, 0, sizeof (double) * p.n_features * LECTERN_N_TAGS);
        memset (p.trans, 0, sizeof p.trans);
        memset (p.trans_u, 0, sizeof p.trans_u);
        p.step = 1.0;

        for (int e = 0; e < epochs; e++)
          {
            guint32 *o = (guint32 *) (void *) order->data;

            for (guint i = order->len - 1; i > 0; i--)
              {
                guint j = (guint) (splitmix (&rng) % (i + 1));
                guint32 tmp = o[i];

                o[i] = o[j];
                o[j] = tmp;
              }
            for (guint i = 0; i < order->len; i++)
              {
                guint c = o[i] >> 24;

                if (c >= 16)
                  train_sentence (&p, dev[c - 16], dev_f[c - 16], o[i] & 0xffffff, em, pred);
                else
                  train_sentence (&p, train[c], train_f[c], o[i] & 0xffffff, em, pred);
              }

            if (eval_each && r == 0)
              {
                Counts counts[G_N_ELEMENTS (corpora)];
                g_autofree float *w = g_new (float, (gsize) p.n_features * LECTERN_N_TAGS);
                float trans[(LECTERN_N_TAGS + 1) * LECTERN_N_TAGS];

                for (gsize i = 0; i < (gsize) p.n_features * LECTERN_N_TAGS; i++)
                  w[i] = (float) (p.w[i] - p.u[i] / p.step);
                for (guint i = 0; i < G_N_ELEMENTS (trans); i++)
                  trans[i] = (float) (p.trans[i] - p.trans_u[i] / p.step);
                memset (counts, 0, sizeof counts);
                g_printerr ("epoch %d:", e + 1);
                for (guint c = 0; c < n_corpora; c++)
                  {
                    eval_split_weights (&p, w, trans, dev[c], dev_f[c], &counts[c]);
                    g_printerr (" %s %.3f/%.3f", corpora[c].name, f1 (&counts[c], 1), f1 (&counts[c], 2));
                  }
                g_printerr ("\n");
              }
          }

        for (gsize i = 0; i < (gsize) p.n_features * LECTERN_N_TAGS; i++)
          avg_w[i] += (float) ((p.w[i] - p.u[i] / p.step) / runs);
        for (guint i = 0; i < G_N_ELEMENTS (avg_trans); i++)
          avg_trans[i] += (float) ((p.trans[i] - p.trans_u[i] / p.step) / runs);
        g_printerr ("run %d of %d done\n", r + 1, runs);
      }
  }

  if (!write_and_score (output, &p, avg_w, avg_trans, &fmap, lex_keys, lex_flags, lex_slots, min_weight,
                        clip, max_load, names, dev, test, n_corpora))
    return 1;
  /* Pruning thresholds to compare, one model each (OUTPUT-wW). */
  if (sweep != NULL)
    {
      g_auto(GStrv) items = g_strsplit (sweep, ",", -1);

      for (guint i = 0; items[i] != NULL; i++)
        {
          g_auto(GStrv) wc = g_strsplit (items[i], ":", 2);
          double w = g_ascii_strtod (wc[0], NULL);
          double c = wc[1] != NULL ? g_ascii_strtod (wc[1], NULL) : clip;
          g_autofree char *path = g_strdup_printf ("%s-w%s", output, items[i]);

          g_print ("\n## --min-weight %s\n", items[i]);
          if (!write_and_score (path, &p, avg_w, avg_trans, &fmap, lex_keys, lex_flags, lex_slots, w, c,
                                max_load, names, dev, test, n_corpora))
            return 1;
        }
    }

  return 0;
}
