/* lectern-ner.h: the sequence tagger behind the extractor (private to the
 * core library and tools/train-entities)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* BIO tags. MISC (products, works, events, nationalities) is kept as a tag
 * so the tagger does not learn that capitalized names are often O; the
 * extractor ignores it, like LOC. */
typedef enum
{
  LECTERN_TAG_O,
  LECTERN_TAG_B_PER,
  LECTERN_TAG_I_PER,
  LECTERN_TAG_B_ORG,
  LECTERN_TAG_I_ORG,
  LECTERN_TAG_B_LOC,
  LECTERN_TAG_I_LOC,
  LECTERN_TAG_B_MISC,
  LECTERN_TAG_I_MISC,
  LECTERN_N_TAGS
} LecternTag;

/* Name-table flags of a lower-cased word. */
typedef enum
{
  LECTERN_LEX_GIVEN        = 1 << 0,   /* a first name (INSEE or SSA) */
  LECTERN_LEX_GIVEN_TOP    = 1 << 1,   /* a frequent first name */
  LECTERN_LEX_SURNAME      = 1 << 2,
  LECTERN_LEX_SURNAME_TOP  = 1 << 3,
  LECTERN_LEX_TITLE        = 1 << 4,   /* an honorific or a title (M., Dr, président) */
  LECTERN_LEX_ORG_HEAD     = 1 << 5,   /* Ministère, University, Bank … */
  LECTERN_LEX_LEGAL        = 1 << 6,   /* Inc., SA, GmbH … */
  LECTERN_LEX_COMPANY      = 1 << 7,   /* first word of a listed company */
  LECTERN_LEX_LOWER        = 1 << 8,   /* mostly written in lower case */
  LECTERN_LEX_CAPITALIZED  = 1 << 9,   /* mostly capitalized inside sentences */
  LECTERN_LEX_STOP_FR      = 1 << 10,  /* French function word */
  LECTERN_LEX_STOP_EN      = 1 << 11,  /* English function word */
  LECTERN_LEX_N_FLAGS      = 12,
  /* Not a feature of the tagger (the features use the flags above only):
   * a word or a space-joined phrase the training corpora tag mostly as a
   * place ("ottawa", "paris"), for the extractor's rules. */
  LECTERN_LEX_PLACE        = 1 << 12,
  /* From data/gazetteers, for the extractor's rules only as well. Under
   * the exact-case hash of a name: a well-known organization ("Amnesty
   * International", "ONU"); under LECTERN_LEX_STARTER_KEY of its first
   * word: some well-known organization's name starts with it. */
  LECTERN_LEX_KNOWN_ORG    = 1 << 13,
  /* A place name (GeoNames cities and regions, CLDR countries), one word
   * or space-joined tokens, lower case; and a country or a region. */
  LECTERN_LEX_GEO          = 1 << 14,
  LECTERN_LEX_REGION       = 1 << 15,
} LecternLexFlags;

/* Prefixes of name-table keys that are not words: the first word of a
 * well-known organization's name (exact case), and its whole name (lower
 * case, tokens joined by a space), whose entry holds not flags but the
 * number of the organization in the table (LECTERN_LEX_AMBIGUOUS for a
 * name two organizations share). */
#define LECTERN_LEX_STARTER_KEY "\x01"
#define LECTERN_LEX_ORG_KEY     "\x02"
#define LECTERN_LEX_AMBIGUOUS   0xffff
/* A word that makes a name a place (lower case): the entry holds
 * LECTERN_LEX_PLACE_SUFFIX, LECTERN_LEX_PLACE_PREFIX or both. */
#define LECTERN_LEX_PLACE_WORD_KEY "\x03"
#define LECTERN_LEX_PLACE_SUFFIX   1
#define LECTERN_LEX_PLACE_PREFIX   2
/* A first name of the world's news that the tagger's lists lack
 * ("Valtteri", "Chaminda"), lower case; for the extractor's rules only. */
#define LECTERN_LEX_GIVEN_NAME_KEY "\x04"
/* A town of the towns list, lower case, whatever else its word is
 * ("Wattrelos" is a surname too); for the extractor's rules only. */
#define LECTERN_LEX_TOWN_KEY "\x05"

typedef struct
{
  guint32        n_slots;   /* a power of two */
  const guint32 *keys;      /* 0 = empty slot */
  const guint16 *flags;
} LecternLexicon;

/* What the features need to know about one token. */
typedef struct
{
  guint64 word;       /* hashes */
  guint64 lower;
  guint64 shape;
  guint64 short_shape;
  guint64 prefix[2];  /* 2 and 3 characters */
  guint64 suffix[3];  /* 2, 3 and 4 characters */
  guint32 lex;        /* LecternLexFlags */
  guint32 cls;        /* TokenClass bits, see lectern-ner.c */
} LecternTokenInfo;

#define LECTERN_NER_MAX_FEATURES 96

guint64  lectern_ner_hash          (const char             *s,
                                    gsize                   len);
guint64  lectern_ner_lower_hash    (const char             *s,
                                    gsize                   len,
                                    GString                *scratch);
/* The part of lectern_ner_lower_hash_add for text that is not all ASCII. */
guint64  lectern_ner_lower_hash_add_utf8 (guint64           state,
                                          const char       *s,
                                          gsize             len,
                                          GString          *scratch);

/* lectern_ner_hash of pieces, without joining them:
 * end (add (add (LECTERN_NER_HASH_START, a), b)) is the hash of a + b.
 * Inline, as the extractor hashes names a word and a space at a time. */
#define LECTERN_NER_HASH_START G_GUINT64_CONSTANT (0xcbf29ce484222325)
#define LECTERN_NER_HASH_PRIME G_GUINT64_CONSTANT (0x100000001b3)

static inline guint64
lectern_ner_hash_add (guint64     state,
                      const char *s,
                      gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      state ^= (guchar) s[i];
      state *= LECTERN_NER_HASH_PRIME;
    }

  return state;
}

/* Also the mixer of every feature hash. */
static inline guint64
lectern_ner_hash_end (guint64 state)
{
  state ^= state >> 30;
  state *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  state ^= state >> 27;
  state *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  state ^= state >> 31;

  return state;
}

/* lectern_ner_hash_add of the lower case of whole characters: end
 * (lower_add (lower_add (LECTERN_NER_HASH_START, a), b)) is
 * lectern_ner_lower_hash of a + b, as lower-casing goes a character at a
 * time. ASCII, most words, is lower-cased on the way. */
static inline guint64
lectern_ner_lower_hash_add (guint64     state,
                            const char *s,
                            gsize       len,
                            GString    *scratch)
{
  guint64 h = state;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) s[i];

      if (c >= 0x80)
        return lectern_ner_lower_hash_add_utf8 (state, s, len, scratch);
      h ^= c + ((guchar) (c - 'A') < 26 ? 'a' - 'A' : 0);
      h *= LECTERN_NER_HASH_PRIME;
    }

  return h;
}
guint32  lectern_lexicon_lookup    (const LecternLexicon   *lex,
                                    guint64                 hash);

/* Asks for the memory that lectern_lexicon_lookup (lex, hash) reads
 * first: the table is larger than the caches, so a caller with several
 * lookups to make lets their misses overlap by asking for all of them
 * before the first. */
static inline void
lectern_lexicon_prefetch (const LecternLexicon *lex,
                          guint64               hash)
{
  if (lex != NULL && lex->n_slots != 0)
    __builtin_prefetch (&lex->keys[(guint32) hash & (lex->n_slots - 1)]);
}
/* Name-table lookups remembered for one text, direct-mapped: the table is
 * larger than the caches and most words repeat, so a lookup that misses
 * them is paid about once per distinct word. */
#define LECTERN_LEX_MEMO_SLOTS 16384

typedef struct
{
  struct
  {
    guint64 hash;   /* 0 = empty */
    guint32 flags;
  } slots[LECTERN_LEX_MEMO_SLOTS];
} LecternLexMemo;

static inline guint32
lectern_lexicon_lookup_memo (const LecternLexicon *lex,
                             LecternLexMemo       *memo,
                             guint64               hash)
{
  /* High bits: the table's own slot is taken from the low ones. */
  guint slot = (guint) (hash >> 40) & (LECTERN_LEX_MEMO_SLOTS - 1);

  if (memo->slots[slot].hash != hash || hash == 0)
    {
      memo->slots[slot].hash = hash;
      memo->slots[slot].flags = lectern_lexicon_lookup (lex, hash);
    }

  return memo->slots[slot].flags;
}

/* Fills `info` for the token `s[0, len)`; `sentence_start` says whether it
 * starts a sentence. `lex` may be NULL. */
void     lectern_ner_token_info    (const char             *s,
                                    gsize                   len,
                                    gboolean                sentence_start,
                                    const LecternLexicon   *lex,
                                    GString                *scratch,
                                    LecternTokenInfo       *info);
/* The same, with the name-table flags (lex NULL) and the hashes of the
 * word and of its lower case (when not 0) already computed. */
void     lectern_ner_token_info_with_lex (const char           *s,
                                          gsize                 len,
                                          gboolean              sentence_start,
                                          const LecternLexicon *lex,
                                          guint32               lex_flags,
                                          guint64               word_hash,
                                          guint64               lower_hash,
                                          GString              *scratch,
                                          LecternTokenInfo     *info);
/* lectern_ner_hash and lectern_ner_lower_hash of one word, in one pass
 * when it is ASCII. */
void     lectern_ner_word_hashes   (const char             *s,
                                    gsize                   len,
                                    GString                *scratch,
                                    guint64                *word,
                                    guint64                *lower);
/* The same of a word without capitals (no character g_unichar_isupper
 * knows, as the extractor has noted): unless it holds a title-case letter
 * it is its own lower case, so it is hashed once. */
void     lectern_ner_uncapitalized_word_hashes (const char     *s,
                                                gsize           len,
                                                GString        *scratch,
                                                guint64        *word,
                                                guint64        *lower);
/* The hashed features of token i of a sentence of n tokens; returns how many
 * were written to `out` (at most LECTERN_NER_MAX_FEATURES). */
guint    lectern_ner_features      (const LecternTokenInfo *infos,
                                    guint                   n,
                                    guint                   i,
                                    guint64                *out);
/* Best tag sequence under BIO constraints. `emissions` holds n rows of
 * LECTERN_N_TAGS scores; `trans` holds LECTERN_N_TAGS + 1 rows (the last is
 * the start row) of LECTERN_N_TAGS scores. */
void     lectern_ner_viterbi       (const float            *emissions,
                                    guint                   n,
                                    const float            *trans,
                                    guint8                 *tags);
gboolean lectern_ner_allowed       (int                     prev,
                                    int                     tag);

/* The model file: a header of 128 bytes, then the sections in this order,
 * each padded to 16 bytes (so the feature entries start on a multiple of 16
 * and none straddles two cache lines). All numbers little-endian. */
#define LECTERN_NER_MAGIC   "LECTNER\x1a"
#define LECTERN_NER_VERSION 3
/* Bumped whenever lectern_ner_features() changes: a model only works with
 * the features it was trained on. */
#define LECTERN_NER_FEATURES 6

typedef struct
{
  char    magic[8];
  guint32 version;
  guint32 header_size;
  guint32 n_tags;
  guint32 n_slots;       /* feature slots, a power of two */
  guint32 n_rows;        /* stored features */
  guint32 lex_slots;     /* name-table slots, a power of two */
  guint32 features;      /* LECTERN_NER_FEATURES at training time */
  guint32 reserved;      /* 0 */
  guint64 payload_size;
  guint64 checksum;      /* lectern_ner_checksum of the payload */
  char    id[32];        /* NUL-terminated model name, part of the cache key */
  float   scales[LECTERN_N_TAGS];  /* weight of one int8 step, per tag */
  guint32 reserved2;     /* 0 */
} LecternNerHeader;

/* Sections: float trans[(n_tags + 1) * n_tags]; LecternNerEntry
 * features[n_slots] (n_rows of them used, probed linearly); guint32
 * lex_keys[lex_slots]; guint16 lex_flags[lex_slots]. */

/* A feature's nine weights beside its key, 16 bytes: a lookup reads one
 * entry, four to a cache line. An empty slot is all zeros. */
typedef struct
{
  gint8   weights[LECTERN_N_TAGS];
  guint8  pad[3];
  guint32 key;
} LecternNerEntry;

guint64  lectern_ner_checksum      (const guint8           *data,
                                    gsize                   len);

typedef struct _LecternNerModel LecternNerModel;

LecternNerModel      *lectern_ner_model_load      (const char            *path,
                                                   GError               **error);
void                  lectern_ner_model_free      (LecternNerModel       *self);
const LecternLexicon *lectern_ner_model_lexicon   (LecternNerModel       *self);
const char           *lectern_ner_model_id        (LecternNerModel       *self);
/* Tags a sentence: infos of n tokens → n tags. Tokens whose `active` byte
 * is 0 are tagged O without looking at their features (`active` may be
 * NULL). `work` is scratch space kept between calls. `scores`, if not
 * NULL, receives the n × LECTERN_N_TAGS emission scores. */
void                  lectern_ner_model_tag       (LecternNerModel       *self,
                                                   const LecternTokenInfo *infos,
                                                   guint                  n,
                                                   const guint8          *active,
                                                   GByteArray            *work,
                                                   float                 *scores,
                                                   guint8                *tags);

/* What depends on a word alone (its token info, the sum of its own
 * features' rows), remembered across the sentences of one text. */
typedef struct _LecternNerCache LecternNerCache;

LecternNerCache      *lectern_ner_cache_new       (void);
void                  lectern_ner_cache_free      (LecternNerCache       *cache);
/* Asks for the memory that lectern_ner_cache_token_info and the tagger
 * read for the words of a sentence (their lectern_ner_hash, n of them):
 * the cache is larger than the processor's, and asking for all of a
 * sentence's words at once lets their misses overlap. */
void                  lectern_ner_cache_prefetch  (LecternNerCache       *cache,
                                                   const guint64         *words,
                                                   guint                  n);
/* lectern_ner_token_info_with_lex (lex NULL), from the cache when the
 * word was seen. Returns the word's slot in the cache, or -1 when the
 * cache is full, for lectern_ner_model_tag_cached. */
gint                  lectern_ner_cache_token_info (LecternNerCache      *cache,
                                                    const char           *s,
                                                    gsize                 len,
                                                    gboolean              sentence_start,
                                                    guint32               lex_flags,
                                                    guint64               word_hash,
                                                    guint64               lower_hash,
                                                    GString              *scratch,
                                                    LecternTokenInfo     *info);
/* lectern_ner_model_tag with a cache (may be NULL). `slots` (may be
 * NULL) holds what lectern_ner_cache_token_info returned for each token,
 * which saves finding them again. */
void                  lectern_ner_model_tag_cached (LecternNerModel       *self,
                                                    LecternNerCache       *cache,
                                                    const LecternTokenInfo *infos,
                                                    const gint32          *slots,
                                                    guint                  n,
                                                    const guint8          *active,
                                                    GByteArray            *work,
                                                    float                 *scores,
                                                    guint8                *tags);

/* The slot and key of a feature hash in an open-addressing table. */
static inline guint32
lectern_ner_slot (guint64 hash,
                  guint32 n_slots)
{
  return (guint32) hash & (n_slots - 1);
}

static inline guint32
lectern_ner_key (guint64 hash)
{
  return (guint32) (hash >> 32) | 1;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternNerModel, lectern_ner_model_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternNerCache, lectern_ner_cache_free)

G_END_DECLS
