/* lectern-search.c: full-text search over the library (SQLite FTS5)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two FTS5 tables (lectern-search-private.h, docs/search.md):
 *   search_stories  (title, text), external content: the stories table
 *                   itself, so the texts are not stored twice; writes only
 *                   mark new and changed stories, which
 *                   lectern_search_update_sync() indexes in one go before
 *                   each search;
 *   search_notes    (text, note, tags, names, story_id), small rows: one
 *                   per highlight (rowid id*4+1), per story note
 *                   (story_id*4+2) and per person or organization of a
 *                   story (story_entities.id*4+3), kept in step by
 *                   triggers inside each write's own transaction.
 * Both use the "lectern" tokenizer defined here.
 */

#define G_LOG_DOMAIN "lectern-search"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lectern-entity.h"
#include "lectern-search.h"
#include "lectern-search-private.h"
#include "lectern-sqlite-private.h"
#include "lectern-store-private.h"

#include <glib/gi18n.h>

G_DEFINE_QUARK (lectern-search-error-quark, lectern_search_error)

#define MARK_OPEN "\x02"
#define MARK_CLOSE "\x03"
#define SNIPPET_TOKENS 14

/* French elided words: "l'État" is indexed as "état". */
static const char *const elisions[] = {
  "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
};

static gboolean
is_elision (const char *token,
            int         n_token)
{
  for (guint i = 0; i < G_N_ELEMENTS (elisions); i++)
    if ((int) strlen (elisions[i]) == n_token && memcmp (elisions[i], token, n_token) == 0)
      return TRUE;

  return FALSE;
}

/* Whether text[at] is an apostrophe (' or ’) followed by a letter or digit:
 * the word before it is elided. */
static gboolean
apostrophe_then_word (const char *text,
                      int         n_text,
                      int         at)
{
  int next;

  if (at < n_text && text[at] == '\'')
    next = at + 1;
  else if (at + 2 < n_text && (guchar) text[at] == 0xe2 && (guchar) text[at + 1] == 0x80
           && (guchar) text[at + 2] == 0x99)
    next = at + 3;
  else
    return FALSE;

  return next < n_text && (g_ascii_isalnum (text[next]) || (guchar) text[next] >= 0x80);
}

/* Ligatures that unicode61 keeps as they are, as two letters. */
static const struct { const char *from; const char *to; } ligatures[] = {
  { "\xc5\x93", "oe" }, { "\xc5\x92", "oe" }, { "\xc3\xa6", "ae" }, { "\xc3\x86", "ae" },
  { "\xc3\x9f", "ss" }, { "\xef\xac\x81", "fi" }, { "\xef\xac\x82", "fl" },
};

/* Appends token with its ligatures spelled out; FALSE when it has none. */
static gboolean
unfold_ligatures (GString    *out,
                  const char *token,
                  int         n_token)
{
  gboolean found = FALSE;

  g_string_truncate (out, 0);
  for (int i = 0; i < n_token;)
    {
      gboolean replaced = FALSE;

      if ((guchar) token[i] >= 0xc3)
        for (guint j = 0; j < G_N_ELEMENTS (ligatures); j++)
          {
            int len = strlen (ligatures[j].from);

            if (i + len <= n_token && memcmp (token + i, ligatures[j].from, len) == 0)
              {
                g_string_append (out, ligatures[j].to);
                i += len;
                replaced = found = TRUE;
                break;
              }
          }
      if (!replaced)
        g_string_append_c (out, token[i++]);
    }

  return found;
}

/* The tokenizer: unicode61 (remove_diacritics 2) underneath, whose tokens
 * are filtered on their way to FTS5. */

typedef struct
{
  fts5_tokenizer  parent;
  Fts5Tokenizer  *parent_instance;
  /* "lectern reference": every word through unicode61, for the tests
   * that compare the fast path with it. */
  gboolean        reference;
} Tokenizer;

typedef struct
{
  void        *ctx;
  int        (*emit) (void *, int, const char *, int, int, int);
  const char  *text;
  int          n_text;
  int          offset;   /* of the text given to unicode61, in `text` */
  GString     *buffer;
  gboolean     done;     /* `emit` asked to stop (unicode61 hides it) */
} TokenizeRun;

static void learn_folds (Tokenizer *self);

static int
tokenizer_create (void           *user_data,
                  const char    **args,
                  int             n_args,
                  Fts5Tokenizer **out)
{
  fts5_api *api = user_data;
  const char *parent_args[] = { "remove_diacritics", "2" };
  void *parent_data = NULL;
  Tokenizer *self = g_new0 (Tokenizer, 1);
  int rc;

  for (int i = 0; i < n_args; i++)
    if (g_strcmp0 (args[i], "reference") == 0)
      self->reference = TRUE;

  rc = api->xFindTokenizer (api, "unicode61", &parent_data, &self->parent);
  if (rc == SQLITE_OK)
    rc = self->parent.xCreate (parent_data, parent_args, G_N_ELEMENTS (parent_args),
                               &self->parent_instance);
  if (rc != SQLITE_OK)
    {
      g_free (self);
      return rc;
    }
  learn_folds (self);

  *out = (Fts5Tokenizer *) self;
  return SQLITE_OK;
}

static void
tokenizer_delete (Fts5Tokenizer *tokenizer)
{
  Tokenizer *self = (Tokenizer *) tokenizer;

  self->parent.xDelete (self->parent_instance);
  g_free (self);
}

/* Whether a token may be an elided word ("l", "qu", …): their first
 * letters, without a call to strchr for every token of every story. */
static gboolean
may_be_elision (const char *token,
                int         n_token)
{
  if (n_token > 6)
    return FALSE;

  switch (token[0])
    {
    case 'c': case 'd': case 'j': case 'l': case 'm': case 'n': case 'q': case 's': case 't':
      return TRUE;
    default:
      return FALSE;
    }
}

/* A token on its way to FTS5; `start` and `end` are offsets in run->text.
 * Inlined: it runs for every token. */
static G_ALWAYS_INLINE inline int
emit_token (TokenizeRun *run,
            int          flags,
            const char  *token,
            int          n_token,
            int          start,
            int          end,
            gboolean     ascii)
{
  gboolean ligature = FALSE;

  /* An apostrophe right after it first: ' or the first byte of ’. */
  if (end < run->n_text && (run->text[end] == '\'' || (guchar) run->text[end] == 0xe2)
      && may_be_elision (token, n_token)
      && apostrophe_then_word (run->text, run->n_text, end) && is_elision (token, n_token))
    return SQLITE_OK;

  for (int i = 0; i < n_token && !ascii && !ligature; i++)
    ligature = (guchar) token[i] == 0xc3 || (guchar) token[i] == 0xc5 || (guchar) token[i] == 0xef;
  if (ligature && unfold_ligatures (run->buffer, token, n_token))
    return run->emit (run->ctx, flags, run->buffer->str, run->buffer->len, start, end);

  return run->emit (run->ctx, flags, token, n_token, start, end);
}

static int
on_parent_token (void       *user_data,
                 int         flags,
                 const char *token,
                 int         n_token,
                 int         start,
                 int         end)
{
  TokenizeRun *run = user_data;
  int rc = emit_token (run, flags, token, n_token, run->offset + start, run->offset + end, FALSE);

  run->done = rc == SQLITE_DONE;
  return rc;
}

/* Per byte: its lowercase for ASCII letters and digits, HIGH_BYTE beyond
 * ASCII, 0 for the other ASCII bytes (separators). */
#define HIGH_BYTE 0x80

static const guchar *
word_bytes (void)
{
  static guchar *table = NULL;

  if (g_once_init_enter (&table))
    {
      guchar *t = g_new0 (guchar, 256);

      for (int c = 0; c < 256; c++)
        t[c] = c >= 0x80 ? HIGH_BYTE : g_ascii_isalnum (c) ? g_ascii_tolower (c) : 0;
      g_once_init_leave (&table, t);
    }

  return table;
}

/* What unicode61 (remove_diacritics 2) makes of each code point of
 * U+0080..U+07FF (Latin, Greek, Cyrillic, Hebrew, Arabic) and
 * U+2000..U+20FF (punctuation, spaces, currency signs): a separator, or a
 * letter folded to at most 3 bytes, ligatures spelled out. It is learnt
 * from unicode61 itself when the first tokenizer is made, so it cannot
 * drift from the SQLite in use; a code point it gives anything else for
 * (an empty fold, combining marks) stays unicode61's, as do all others. */
enum { FOLD_OTHER, FOLD_SEPARATOR, FOLD_LETTER };

typedef struct
{
  guint8 kind;
  guint8 len;
  char   bytes[3];
} Fold;

#define FOLD_2_BYTES 0x780    /* U+0080..U+07FF */
#define FOLD_PUNCT_FIRST 0x2000
#define FOLD_PUNCT_COUNT 0x100

static Fold *fold_table;

typedef struct
{
  int  n_tokens;
  int  len;
  int  start;
  int  end;
  char bytes[16];
} Probe;

static int
on_probe_token (void       *user_data,
                int         flags,
                const char *token,
                int         n_token,
                int         start,
                int         end)
{
  Probe *probe = user_data;

  if (probe->n_tokens++ == 0 && n_token <= (int) sizeof probe->bytes)
    {
      memcpy (probe->bytes, token, n_token);
      probe->len = n_token;
      probe->start = start;
      probe->end = end;
    }

  return SQLITE_OK;
}

static void
learn_fold (Tokenizer *self,
            Fold      *fold,
            gunichar   c)
{
  g_autoptr(GString) unfolded = g_string_new (NULL);
  char text[8] = "x";
  int n_char = g_unichar_to_utf8 (c, text + 1);
  Probe probe = { 0, };

  text[1 + n_char] = 'x';
  fold->kind = FOLD_OTHER;
  if (self->parent.xTokenize (self->parent_instance, &probe, FTS5_TOKENIZE_DOCUMENT, text,
                              n_char + 2, on_probe_token) != SQLITE_OK)
    return;
  if (probe.n_tokens == 2 && probe.len == 1)
    fold->kind = FOLD_SEPARATOR;
  else if (probe.n_tokens == 1 && probe.start == 0 && probe.end == n_char + 2
           && probe.len > 2 && probe.bytes[0] == 'x' && probe.bytes[probe.len - 1] == 'x')
    {
      /* It copies the letter, ligature or not. */
      unfold_ligatures (unfolded, probe.bytes + 1, probe.len - 2);
      if (unfolded->len <= sizeof fold->bytes)
        {
          fold->kind = FOLD_LETTER;
          fold->len = unfolded->len;
          memcpy (fold->bytes, unfolded->str, unfolded->len);
        }
    }
}

static void
learn_folds (Tokenizer *self)
{
  if (g_once_init_enter (&fold_table))
    {
      Fold *table = g_new0 (Fold, FOLD_2_BYTES + FOLD_PUNCT_COUNT);

      for (gunichar c = 0x80; c < 0x800; c++)
        learn_fold (self, &table[c - 0x80], c);
      for (gunichar c = 0; c < FOLD_PUNCT_COUNT; c++)
        learn_fold (self, &table[FOLD_2_BYTES + c], FOLD_PUNCT_FIRST + c);
      g_once_init_leave (&fold_table, table);
    }
}

/* The fold of the character at text[i] (not ASCII) and its length in
 * bytes, or NULL when unicode61 must read it: another range, or bytes
 * that are not well-formed UTF-8 (unicode61 reads those its own way). */
static inline const Fold *
fold_at (const guchar *text,
         int           n_text,
         int           i,
         int          *out_len)
{
  const Fold *fold;
  guchar b = text[i];

  if (b >= 0xc2 && b <= 0xdf && i + 1 < n_text && (text[i + 1] & 0xc0) == 0x80)
    {
      fold = &fold_table[(((b & 0x1f) << 6) | (text[i + 1] & 0x3f)) - 0x80];
      *out_len = 2;
    }
  else if (b == 0xe2 && i + 2 < n_text && (text[i + 1] == 0x80 || text[i + 1] == 0x81
                                           || text[i + 1] == 0x82 || text[i + 1] == 0x83)
           && (text[i + 2] & 0xc0) == 0x80)
    {
      fold = &fold_table[FOLD_2_BYTES + (((text[i + 1] & 0x3f) << 6) | (text[i + 2] & 0x3f))];
      *out_len = 3;
    }
  else
    return NULL;

  /* unicode61 reads every continuation byte that follows as part of it. */
  if (i + *out_len < n_text && (text[i + *out_len] & 0xc0) == 0x80)
    return NULL;

  return fold->kind == FOLD_OTHER ? NULL : fold;
}

/* A piece (between ASCII separators) with characters beyond ASCII: cut
 * and folded here into `word` (room for 3 bytes for each 2 of the piece)
 * as long as its characters are in the fold table; from a character that
 * is not, unicode61 takes the rest, from the start of the token it is in.
 * Since unicode61 cuts and folds each character alone, and reads UTF-8
 * as fold_at() does up to there, the tokens are the same. */
static int
tokenize_folded (Tokenizer    *self,
                 TokenizeRun  *run,
                 int           flags,
                 const guchar *table,
                 char         *word,
                 int           from,
                 int           to)
{
  const guchar *text = (const guchar *) run->text;
  char *w = word;
  int token_start = -1, token_end = 0, len, rc = SQLITE_OK;

  for (int i = from; i <= to && rc == SQLITE_OK; i += len)
    {
      const Fold *fold = NULL;

      len = 1;
      if (i < to && text[i] >= 0x80 && (fold = fold_at (text, run->n_text, i, &len)) == NULL)
        {
          int rest = token_start >= 0 ? token_start : i;

          run->offset = rest;
          rc = self->parent.xTokenize (self->parent_instance, run, flags, run->text + rest,
                                       to - rest, on_parent_token);
          run->offset = 0;
          return run->done ? SQLITE_DONE : rc;
        }
      if (i < to && (fold == NULL || fold->kind == FOLD_LETTER))
        {
          if (token_start < 0)
            {
              token_start = i;
              w = word;
            }
          if (fold == NULL)
            *w++ = table[text[i]];
          else
            for (int j = 0; j < fold->len; j++)
              *w++ = fold->bytes[j];
          token_end = i + len;
        }
      else if (token_start >= 0)
        {
          rc = emit_token (run, 0, word, w - word, token_start, token_end, TRUE);
          token_start = -1;
        }
    }

  return rc;
}

#define HIGH_BITS G_GUINT64_CONSTANT (0x8080808080808080)

/* Bit 7 set in each byte of x (bytes below 0x80) that is in lo..hi: adding
 * 0x80 - lo sets it from lo up, adding 0x7f - hi from above hi, and no
 * sum carries into the next byte. */
static inline guint64
bytes_in (guint64 x,
          guchar  lo,
          guchar  hi)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);

  return (x + ones * (0x80 - lo)) & ~(x + ones * (0x7f - hi)) & HIGH_BITS;
}

/* unicode61 makes a token of ASCII letters and digits and separates at
 * every other ASCII byte; beyond ASCII it reads Unicode's tables, a binary
 * search or two per character. So the text is cut at ASCII separators
 * here, words of ASCII alone are folded here, so are the pieces whose
 * other characters are in the fold table (nearly all of French and
 * English news), and only the rest goes to unicode61: the same tokens at
 * the same offsets, for less. Each byte is looked at once on the way, and
 * tokens are folded into one buffer for the whole text. */
static int
tokenize_fast (Tokenizer   *self,
               TokenizeRun *run,
               int          flags)
{
  const guchar *table = word_bytes ();
  const guchar *text = (const guchar *) run->text;
  const int n_text = run->n_text;
  const guchar *const limit = text + n_text;
  char stack[4096];
  gsize n_word = (gsize) n_text / 2 * 3 + 8;
  char *word = n_word <= sizeof stack ? stack : g_malloc (n_word);
  int i = 0, rc = SQLITE_OK;

  while (rc == SQLITE_OK)
    {
      guchar *w = (guchar *) word;
      const guchar *p;
      gboolean high = FALSE;
      guchar t;
      int start;

      while (i < n_text && table[text[i]] == 0)
        i++;
      if (i == n_text)
        break;
      /* Eight bytes at a time while they last; bytes beyond ASCII are
       * copied as they come, and redone by tokenize_folded(). */
      start = i;
      p = text + i;
      while (limit - p >= 8)
        {
          guint64 x, x7, upper, piece, lower;
          int n;

          memcpy (&x, p, 8);
          x = GUINT64_FROM_LE (x);
          x7 = x & ~HIGH_BITS;
          upper = bytes_in (x7, 'A', 'Z');
          piece = (x & HIGH_BITS) | upper | bytes_in (x7, 'a', 'z') | bytes_in (x7, '0', '9');
          lower = GUINT64_TO_LE (x | upper >> 2);
          memcpy (w, &lower, 8);
          if (piece == HIGH_BITS)
            {
              high |= (x & HIGH_BITS) != 0;
              p += 8;
              w += 8;
              continue;
            }
          /* The bytes of the piece before its first separator. */
          n = __builtin_ctzll (~piece & HIGH_BITS) / 8;
          high |= (x & HIGH_BITS & ((G_GUINT64_CONSTANT (1) << (8 * n)) - 1)) != 0;
          p += n;
          w += n;
          goto piece_end;
        }
      for (; p < limit && (t = table[*p]) != 0; p++)
        {
          high |= (t & HIGH_BYTE) != 0;
          *w++ = t;
        }
    piece_end:
      i = p - text;

      if (!high)
        rc = emit_token (run, 0, word, (char *) w - word, start, i, TRUE);
      else
        rc = tokenize_folded (self, run, flags, table, word, start, i);
    }

  if (word != stack)
    g_free (word);

  /* As unicode61 does: stopping early is no error. */
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int
tokenizer_tokenize (Fts5Tokenizer *tokenizer,
                    void          *ctx,
                    int            flags,
                    const char    *text,
                    int            n_text,
                    int          (*emit) (void *, int, const char *, int, int, int))
{
  Tokenizer *self = (Tokenizer *) tokenizer;
  g_autoptr(GString) buffer = g_string_sized_new (64);
  TokenizeRun run = { ctx, emit, text, n_text, 0, buffer, FALSE };

  if (!self->reference)
    return tokenize_fast (self, &run, flags);

  return self->parent.xTokenize (self->parent_instance, &run, flags, text, n_text,
                                 on_parent_token);
}

/* lectern_match(table, column): where the match is, as "MASK START END":
 * MASK has bit i set when column i matched; START and END are code points
 * into `column`'s text around its first match (a whole phrase), or -1. */

typedef struct
{
  int token;         /* the token wanted first, then the last one */
  int last;
  int position;
  int byte_start;
  int byte_end;
} FindRun;

static int
on_find_token (void       *user_data,
               int         flags,
               const char *token,
               int         n_token,
               int         start,
               int         end)
{
  FindRun *run = user_data;

  if (flags & FTS5_TOKEN_COLOCATED)
    return SQLITE_OK;
  if (run->position == run->token)
    run->byte_start = start;
  if (run->position == run->last)
    {
      run->byte_end = end;
      return SQLITE_DONE;
    }
  run->position++;
  return SQLITE_OK;
}

static gint64
code_points (const char *text,
             int         n_bytes)
{
  gint64 n = 0;

  for (int i = 0; i < n_bytes; i++)
    if (((guchar) text[i] & 0xc0) != 0x80)
      n++;

  return n;
}

static void
match_function (const Fts5ExtensionApi  *api,
                Fts5Context             *fts,
                sqlite3_context         *ctx,
                int                      n_values,
                sqlite3_value          **values)
{
  int wanted = n_values > 0 ? sqlite3_value_int (values[0]) : 0;
  int n_instances = 0, mask = 0, found = -1;
  gint64 start = -1, end = -1;
  char result[64];

  if (api->xInstCount (fts, &n_instances) != SQLITE_OK)
    {
      sqlite3_result_error (ctx, "lectern_match: no instances", -1);
      return;
    }

  for (int i = 0; i < n_instances; i++)
    {
      int phrase, column, offset;

      if (api->xInst (fts, i, &phrase, &column, &offset) != SQLITE_OK)
        continue;
      if (column < 30)
        mask |= 1 << column;
      if (found < 0 && column == wanted)
        found = i;
    }

  if (found >= 0)
    {
      int phrase, column, offset, n_text = 0;
      const char *text = NULL;
      FindRun run = { 0, };

      api->xInst (fts, found, &phrase, &column, &offset);
      if (api->xColumnText (fts, column, &text, &n_text) == SQLITE_OK && text != NULL)
        {
          run.token = offset;
          run.last = offset + MAX (api->xPhraseSize (fts, phrase), 1) - 1;
          run.byte_start = run.byte_end = -1;
          api->xTokenize (fts, text, n_text, &run, on_find_token);
          if (run.byte_start >= 0 && run.byte_end >= run.byte_start)
            {
              start = code_points (text, run.byte_start);
              end = start + code_points (text + run.byte_start, run.byte_end - run.byte_start);
            }
        }
    }

  g_snprintf (result, sizeof result, "%d %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
              mask, start, end);
  sqlite3_result_text (ctx, result, -1, SQLITE_TRANSIENT);
}

/* lectern_snippet(table, column, n_tokens): about n_tokens tokens of
 * `column` (or of the first column that matched, when it did not) around
 * its first match, every match in it between U+0002 and U+0003, "…" where
 * text was cut. Unlike snippet(), it reads the text only up to the end of
 * its window, which matters for long stories. */

typedef struct
{
  int       first;      /* the window, in token positions */
  int       last;
  int       position;
  int      *starts;     /* byte offsets of the window's tokens */
  int      *ends;
} WindowRun;

static int
on_window_token (void       *user_data,
                 int         flags,
                 const char *token,
                 int         n_token,
                 int         start,
                 int         end)
{
  WindowRun *run = user_data;

  if (flags & FTS5_TOKEN_COLOCATED)
    return SQLITE_OK;
  if (run->position >= run->first)
    {
      run->starts[run->position - run->first] = start;
      run->ends[run->position - run->first] = end;
    }
  if (run->position == run->last)
    return SQLITE_DONE;
  run->position++;
  return SQLITE_OK;
}

static void
snippet_function (const Fts5ExtensionApi  *api,
                  Fts5Context             *fts,
                  sqlite3_context         *ctx,
                  int                      n_values,
                  sqlite3_value          **values)
{
  int wanted = n_values > 0 ? sqlite3_value_int (values[0]) : 0;
  int n_tokens = n_values > 1 ? CLAMP (sqlite3_value_int (values[1]), 4, 64) : 16;
  int n_instances = 0, column = -1, first_offset = 0, n_text = 0, n_window;
  const char *text = NULL;
  g_autofree int *starts = NULL;
  g_autofree int *ends = NULL;
  g_autofree int *opens = NULL;
  g_autofree int *closes = NULL;
  g_autoptr(GString) out = NULL;
  WindowRun run = { 0, };
  int depth = 0;

  api->xInstCount (fts, &n_instances);
  for (int i = 0; i < n_instances; i++)
    {
      int phrase, col, offset;

      if (api->xInst (fts, i, &phrase, &col, &offset) != SQLITE_OK)
        continue;
      if (col == wanted || column < 0)
        {
          column = col;
          first_offset = offset;
          if (col == wanted)
            break;
        }
    }
  if (column < 0 || api->xColumnText (fts, column, &text, &n_text) != SQLITE_OK || text == NULL)
    {
      sqlite3_result_text (ctx, "", 0, SQLITE_STATIC);
      return;
    }

  run.first = MAX (first_offset - n_tokens / 3, 0);
  run.last = run.first + n_tokens - 1;
  n_window = n_tokens;
  run.starts = starts = g_new (int, n_window);
  run.ends = ends = g_new (int, n_window);
  opens = g_new0 (int, n_window);
  closes = g_new0 (int, n_window);
  for (int i = 0; i < n_window; i++)
    starts[i] = ends[i] = -1;
  api->xTokenize (fts, text, n_text, &run, on_window_token);

  for (int i = 0; i < n_instances; i++)
    {
      int phrase, col, offset, size;

      if (api->xInst (fts, i, &phrase, &col, &offset) != SQLITE_OK || col != column)
        continue;
      size = MAX (api->xPhraseSize (fts, phrase), 1);
      /* Each match marked as one, cut to the window. */
      if (offset + size - 1 < run.first || offset > run.last)
        continue;
      opens[MAX (offset, run.first) - run.first]++;
      closes[MIN (offset + size - 1, run.last) - run.first]++;
    }

  out = g_string_new (run.first > 0 ? "…" : "");
  if (run.first == 0 && starts[0] > 0)
    g_string_append_len (out, text, starts[0]);
  for (int i = 0; i < n_window && starts[i] >= 0; i++)
    {
      /* The text between tokens is kept as it is (spaces, punctuation). */
      if (i > 0)
        g_string_append_len (out, text + ends[i - 1], starts[i] - ends[i - 1]);
      if (opens[i] > 0 && depth == 0)
        g_string_append_c (out, '\x02');
      depth += opens[i];
      g_string_append_len (out, text + starts[i], ends[i] - starts[i]);
      depth -= closes[i];
      if (closes[i] > 0 && depth <= 0)
        {
          g_string_append_c (out, '\x03');
          depth = 0;
        }
    }
  if (depth > 0)
    g_string_append_c (out, '\x03');
  if (run.position == run.last && starts[n_window - 1] >= 0)
    g_string_append (out, "…");
  else
    {
      /* The text ended inside the window: keep its last punctuation. */
      int last = -1;

      for (int i = 0; i < n_window && starts[i] >= 0; i++)
        last = i;
      if (last >= 0)
        g_string_append_len (out, text + ends[last], n_text - ends[last]);
    }

  sqlite3_result_text (ctx, out->str, out->len, SQLITE_TRANSIENT);
}

/* lectern_rank(weight, …): BM25 per column, weighted, summed (BM25F
 * without shared saturation). FTS5's bm25() weights term frequencies
 * before saturating them, so a title match barely outweighs a few
 * mentions in a short text; here each column saturates on its own and
 * the weights then say how much a match there is worth. Lower is
 * better, like bm25(). */

#define BM25_K1 1.2
#define BM25_B 0.75

typedef struct
{
  int      n_phrases;
  int      n_columns;
  double  *idf;      /* per phrase */
  double  *average;  /* tokens per column */
  gboolean short_rows;
  /* Every row's column sizes, read in one pass when most rows match:
   * xColumnSize costs a query on the docsize table per row, more than
   * half of ranking a word found in every story. */
  guint    n_sized;
  gint64  *sized_ids;  /* ascending */
  int     *sizes;      /* sizes[i * n_columns + c] */
} RankData;

/* Rows shorter than this on average (highlights, notes, names) are ranked
 * without length normalization: it changes little there, and reading each
 * row's size is most of the cost of ranking. */
#define SHORT_ROW_TOKENS 32.0

static void
rank_data_free (void *pointer)
{
  RankData *data = pointer;

  g_free (data->idf);
  g_free (data->average);
  g_free (data->sized_ids);
  g_free (data->sizes);
  g_free (data);
}

static int
on_count_row (const Fts5ExtensionApi *api,
              Fts5Context            *fts,
              void                   *user_data)
{
  (*(gint64 *) user_data)++;
  return SQLITE_OK;
}

/* An SQLite varint (FTS5 writes the docsize blobs with them); the bytes
 * read, 0 past the end. */
static int
get_varint (const guchar *p,
            int           n,
            guint64      *out)
{
  guint64 v = 0;

  for (int i = 0; i < 9 && i < n; i++)
    {
      if (i == 8)
        {
          *out = (v << 8) | p[i];
          return 9;
        }
      v = (v << 7) | (p[i] & 0x7f);
      if ((p[i] & 0x80) == 0)
        {
          *out = v;
          return i + 1;
        }
    }

  return 0;
}

/* Reads table's docsize shadow table whole into data->sizes. */
static void
load_sizes (RankData   *data,
            sqlite3    *db,
            const char *table,
            gint64      n_rows)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char *sql = sqlite3_mprintf ("SELECT id, sz FROM \"%w_docsize\" ORDER BY id", table);
  guint n = 0;

  if (sql == NULL || sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_free (sql);
      return;
    }
  sqlite3_free (sql);

  data->sized_ids = g_new (gint64, n_rows + 1);
  data->sizes = g_new0 (int, (n_rows + 1) * data->n_columns);
  while (n <= n_rows && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const guchar *blob = sqlite3_column_blob (stmt, 1);
      int n_blob = sqlite3_column_bytes (stmt, 1), at = 0;

      data->sized_ids[n] = sqlite3_column_int64 (stmt, 0);
      for (int c = 0; c < data->n_columns; c++)
        {
          guint64 size = 0;
          int used = blob != NULL ? get_varint (blob + at, n_blob - at, &size) : 0;

          at += used;
          data->sizes[n * data->n_columns + c] = used > 0 ? (int) MIN (size, G_MAXINT) : 0;
        }
      n++;
    }
  /* More rows than FTS5 counts: the table is not what we think. */
  if (n > n_rows)
    {
      g_clear_pointer (&data->sized_ids, g_free);
      g_clear_pointer (&data->sizes, g_free);
      n = 0;
    }
  data->n_sized = n;
}

/* Row `id`'s sizes, or NULL when they were not loaded. */
static const int *
row_sizes (const RankData *data,
           gint64          id)
{
  guint lo = 0, hi = data->n_sized;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (data->sized_ids[mid] < id)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo < data->n_sized && data->sized_ids[lo] == id
         ? data->sizes + (gsize) lo * data->n_columns : NULL;
}

static RankData *
rank_data_new (const Fts5ExtensionApi  *api,
               Fts5Context             *fts,
               sqlite3_context         *ctx,
               const char              *table)
{
  RankData *data = g_new0 (RankData, 1);
  sqlite3_int64 n_rows = 0;
  double row_length = 0.0;
  gint64 most_hits = 0;

  data->n_phrases = api->xPhraseCount (fts);
  data->n_columns = api->xColumnCount (fts);
  data->idf = g_new0 (double, MAX (data->n_phrases, 1));
  data->average = g_new0 (double, MAX (data->n_columns, 1));
  api->xRowCount (fts, &n_rows);

  for (int c = 0; c < data->n_columns; c++)
    {
      sqlite3_int64 total = 0;

      api->xColumnTotalSize (fts, c, &total);
      data->average[c] = n_rows > 0 ? MAX ((double) total / n_rows, 1.0) : 1.0;
      row_length += data->average[c];
    }
  data->short_rows = row_length < SHORT_ROW_TOKENS;
  for (int p = 0; p < data->n_phrases; p++)
    {
      gint64 n_hits = 0;

      api->xQueryPhrase (fts, p, &n_hits, on_count_row);
      /* Always positive, so a word in every story still counts. */
      data->idf[p] = log (1.0 + (n_rows - n_hits + 0.5) / (n_hits + 0.5));
      most_hits = MAX (most_hits, n_hits);
    }

  /* Reading every size costs about what a thousand rows' lookups do. */
  if (!data->short_rows && table != NULL && most_hits >= 1000 && most_hits * 8 >= n_rows)
    load_sizes (data, sqlite3_context_db_handle (ctx), table, n_rows);

  return data;
}

static void
rank_function (const Fts5ExtensionApi  *api,
               Fts5Context             *fts,
               sqlite3_context         *ctx,
               int                      n_values,
               sqlite3_value          **values)
{
  RankData *data = api->xGetAuxdata (fts, 0);
  int stack_counts[64];
  g_autofree int *heap_counts = NULL;
  int *counts;
  const int *sizes = NULL;
  int n_instances = 0;
  double score = 0.0;

  if (data == NULL)
    {
      /* lectern_rank(weight, …, table): the table's name after the
       * weights lets it read the sizes in one pass. */
      const char *table = n_values > api->xColumnCount (fts)
                          ? (const char *) sqlite3_value_text (values[api->xColumnCount (fts)])
                          : NULL;

      data = rank_data_new (api, fts, ctx, table);
      if (api->xSetAuxdata (fts, data, rank_data_free) != SQLITE_OK)
        {
          sqlite3_result_error_nomem (ctx);
          return;
        }
    }

  if (data->n_sized > 0)
    sizes = row_sizes (data, api->xRowid (fts));

  /* counts[phrase * n_columns + column]: the phrase's hits there. */
  if (data->n_phrases * data->n_columns <= (int) G_N_ELEMENTS (stack_counts))
    {
      counts = stack_counts;
      memset (counts, 0, sizeof stack_counts);
    }
  else
    counts = heap_counts = g_new0 (int, data->n_phrases * data->n_columns);
  api->xInstCount (fts, &n_instances);
  for (int i = 0; i < n_instances; i++)
    {
      int phrase, column, offset;

      if (api->xInst (fts, i, &phrase, &column, &offset) == SQLITE_OK
          && phrase < data->n_phrases && column < data->n_columns)
        counts[phrase * data->n_columns + column]++;
    }

  for (int c = 0; c < data->n_columns; c++)
    {
      double weight = c < n_values ? sqlite3_value_double (values[c]) : 1.0;
      int length = 0;
      double norm;

      if (weight == 0.0)
        continue;
      if (data->short_rows)
        norm = BM25_K1;
      else
        {
          if (sizes != NULL)
            length = sizes[c];
          else
            api->xColumnSize (fts, c, &length);
          norm = BM25_K1 * (1.0 - BM25_B + BM25_B * length / data->average[c]);
        }
      for (int p = 0; p < data->n_phrases; p++)
        {
          int tf = counts[p * data->n_columns + c];

          if (tf > 0)
            score += weight * data->idf[p] * (tf * (BM25_K1 + 1.0)) / (tf + norm);
        }
    }

  sqlite3_result_double (ctx, -score);
}

/* SQL functions for triggers and keys. */

static void
fold_function (sqlite3_context  *ctx,
               int               n_values,
               sqlite3_value   **values)
{
  const char *text = (const char *) sqlite3_value_text (values[0]);
  g_autofree char *folded = NULL;

  if (text == NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }
  folded = lectern_search_fold (text);
  sqlite3_result_text (ctx, folded, -1, SQLITE_TRANSIENT);
}

static void
append_fts_string (GString    *out,
                   const char *text,
                   gssize      length)
{
  g_string_append_c (out, '"');
  for (gssize i = 0; length < 0 ? text[i] != '\0' : i < length; i++)
    {
      if (text[i] == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, text[i]);
    }
  g_string_append_c (out, '"');
}

/* lectern_phrase(text, …): an FTS5 query for any of the texts, each as
 * one phrase; NULLs are left out. */
static void
phrase_function (sqlite3_context  *ctx,
                 int               n_values,
                 sqlite3_value   **values)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (int i = 0; i < n_values; i++)
    {
      const char *text = (const char *) sqlite3_value_text (values[i]);

      if (text == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, " OR ");
      append_fts_string (out, text, -1);
    }
  if (out->len == 0)
    g_string_append (out, "\"\"");
  sqlite3_result_text (ctx, out->str, out->len, SQLITE_TRANSIENT);
}

static fts5_api *
get_fts5_api (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  fts5_api *api = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);

  return api;
}

gboolean
lectern_search_register (sqlite3  *db,
                         GError  **error)
{
  static fts5_tokenizer tokenizer = { tokenizer_create, tokenizer_delete, tokenizer_tokenize };
  fts5_api *api;
  int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

  g_return_val_if_fail (db != NULL, FALSE);

  api = get_fts5_api (db);
  if (api == NULL || api->iVersion < 2)
    {
      g_set_error (error, LECTERN_SEARCH_ERROR, LECTERN_SEARCH_ERROR_FAILED,
                   _("This SQLite library has no full-text search (FTS5); Lectern needs it."));
      return FALSE;
    }

  if (api->xCreateTokenizer (api, "lectern", api, &tokenizer, NULL) != SQLITE_OK
      || api->xCreateFunction (api, "lectern_match", NULL, match_function, NULL) != SQLITE_OK
      || api->xCreateFunction (api, "lectern_rank", NULL, rank_function, NULL) != SQLITE_OK
      || api->xCreateFunction (api, "lectern_snippet", NULL, snippet_function, NULL) != SQLITE_OK
      || sqlite3_create_function_v2 (db, "lectern_fold", 1, flags, NULL, fold_function,
                                     NULL, NULL, NULL) != SQLITE_OK
      || sqlite3_create_function_v2 (db, "lectern_phrase", -1, flags, NULL, phrase_function,
                                     NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, LECTERN_SEARCH_ERROR, LECTERN_SEARCH_ERROR_FAILED,
                   _("Could not set up full-text search: %s."), sqlite3_errmsg (db));
      return FALSE;
    }

  return TRUE;
}

char *
lectern_search_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) plain = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GString) word = NULL;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  plain = g_string_new (NULL);
  for (p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK
          || type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (plain, g_unichar_tolower (c));
    }

  out = g_string_new (NULL);
  word = g_string_new (NULL);
  for (p = plain->str;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0
          && !(is_elision (word->str, word->len)
               && apostrophe_then_word (plain->str, plain->len, p - plain->str)))
        {
          g_autoptr(GString) unfolded = g_string_new (NULL);

          if (out->len > 0)
            g_string_append_c (out, ' ');
          if (unfold_ligatures (unfolded, word->str, word->len))
            g_string_append (out, unfolded->str);
          else
            g_string_append (out, word->str);
        }
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Query parsing */

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xa0 || c == 0x202f;
}

static gunichar
closing_quote (gunichar c)
{
  switch (c)
    {
    case '"': return '"';
    case 0x201c: return 0x201d;  /* “ ” */
    case 0x201e: return 0x201c;  /* „ “ */
    case 0x00ab: return 0x00bb;  /* « » */
    default: return 0;
    }
}

char *
lectern_search_parse_query (const char *query)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) out = NULL;
  gboolean pending_or = FALSE;
  const char *p;

  g_return_val_if_fail (query != NULL, NULL);

  valid = g_utf8_make_valid (query, -1);
  out = g_string_new (NULL);
  p = valid;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      gunichar close = closing_quote (c);
      g_autofree char *folded = NULL;
      const char *start, *end;
      gboolean prefix = FALSE;

      if (is_space (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      if (close != 0)
        {
          /* A phrase, up to its closing quote or the end. */
          start = g_utf8_next_char (p);
          end = start;
          while (*end != '\0' && g_utf8_get_char (end) != close
                 && !(close == 0x201d && g_utf8_get_char (end) == '"'))
            end = g_utf8_next_char (end);
          p = *end != '\0' ? g_utf8_next_char (end) : end;
          if (*p == '*')
            {
              prefix = TRUE;
              p++;
            }
        }
      else
        {
          start = p;
          while (*p != '\0' && !is_space (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          end = p;
          if (end - start == 2 && memcmp (start, "OR", 2) == 0)
            {
              if (out->len > 0)
                pending_or = TRUE;
              continue;
            }
          while (end > start && end[-1] == '*')
            {
              prefix = TRUE;
              end--;
            }
        }

      /* Terms with nothing to search for (punctuation alone) would make
       * FTS5 match nothing at all: leave them out. */
      folded = g_strndup (start, end - start);
      {
        g_autofree char *words = lectern_search_fold (folded);

        if (*words == '\0')
          continue;
      }

      if (out->len > 0)
        g_string_append (out, pending_or ? " OR " : " AND ");
      pending_or = FALSE;
      append_fts_string (out, start, end - start);
      if (prefix)
        g_string_append_c (out, '*');
    }

  if (out->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Searching */

const char *
lectern_search_match_to_string (LecternSearchMatch match)
{
  switch (match)
    {
    case LECTERN_SEARCH_MATCH_TITLE: return "title";
    case LECTERN_SEARCH_MATCH_HIGHLIGHT: return "highlight";
    case LECTERN_SEARCH_MATCH_NOTE: return "note";
    case LECTERN_SEARCH_MATCH_TAG: return "tag";
    case LECTERN_SEARCH_MATCH_ENTITY: return "entity";
    case LECTERN_SEARCH_MATCH_TEXT:
    default:
      return "text";
    }
}

void
lectern_search_hit_free (LecternSearchHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->title);
  g_free (hit->snippet);
  g_free (hit);
}

char *
lectern_search_hit_snippet_marked (const LecternSearchHit *hit,
                                   const char             *open,
                                   const char             *close)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (hit != NULL, NULL);

  out = g_string_new (NULL);
  for (const char *p = hit->snippet; *p != '\0'; p++)
    {
      if (*p == '\x02')
        g_string_append (out, open);
      else if (*p == '\x03')
        g_string_append (out, close);
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
lectern_search_hit_snippet_plain (const LecternSearchHit  *hit,
                                  GArray                 **out_marks)
{
  g_autoptr(GString) out = NULL;
  g_autoptr(GArray) marks = NULL;
  gint64 n_chars = 0;
  LecternSpan span = { -1, -1 };

  g_return_val_if_fail (hit != NULL, NULL);

  out = g_string_new (NULL);
  marks = g_array_new (FALSE, FALSE, sizeof (LecternSpan));
  for (const char *p = hit->snippet; *p != '\0'; p++)
    {
      if (*p == '\x02')
        span.start = n_chars;
      else if (*p == '\x03' && span.start >= 0)
        {
          span.end = n_chars;
          g_array_append_val (marks, span);
          span.start = -1;
        }
      else if (*p != '\x03')
        {
          if (((guchar) *p & 0xc0) != 0x80)
            n_chars++;
          g_string_append_c (out, *p);
        }
    }

  if (out_marks != NULL)
    *out_marks = g_steal_pointer (&marks);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
snippet_from_column (sqlite3_stmt *stmt,
                     int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  /* One line with single spaces, for lists and terminals. */
  for (const char *p = valid; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }

  return g_strchomp (g_string_free (out, FALSE));
}

static void
parse_match (sqlite3_stmt *stmt,
             int           column,
             int          *out_mask,
             gint64       *out_start,
             gint64       *out_end)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  long long start = -1, end = -1;
  int mask = 0;

  if (text == NULL || sscanf (text, "%d %lld %lld", &mask, &start, &end) != 3)
    mask = 0, start = end = -1;
  *out_mask = mask;
  *out_start = start;
  *out_end = end;
}

static gboolean
search_stories (sqlite3      *db,
                const char   *fts_query,
                guint         n,
                GPtrArray    *hits)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT rowid, title, lectern_snippet (search_stories, 1, ?2),"
                           " lectern_match (search_stories, 1), rank"
                           " FROM search_stories WHERE search_stories MATCH ?1"
                           " ORDER BY rank LIMIT ?3", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, fts_query, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, SNIPPET_TOKENS);
  sqlite3_bind_int64 (stmt, 3, n);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LecternSearchHit *hit = g_new0 (LecternSearchHit, 1);
      int mask;

      hit->story_id = sqlite3_column_int64 (stmt, 0);
      hit->title = snippet_from_column (stmt, 1);
      hit->snippet = snippet_from_column (stmt, 2);
      parse_match (stmt, 3, &mask, &hit->start, &hit->end);
      hit->match = (mask & 1) ? LECTERN_SEARCH_MATCH_TITLE : LECTERN_SEARCH_MATCH_TEXT;
      hit->rank = sqlite3_column_double (stmt, 4);
      g_ptr_array_add (hits, hit);
    }

  return rc == SQLITE_DONE;
}

/* Whether `p` starts or ends a word: what is before or after it is not a
 * letter or digit. */
static gboolean
word_edge (const char *text,
           const char *p,
           gboolean    before)
{
  if (before)
    return p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
  return *p == '\0' || !g_unichar_isalnum (g_utf8_get_char (p));
}

/* An entity's row in the index is its name then its forms, the name
 * usually among them ("Camille Fournier Camille Fournier Fournier"): the
 * snippet shows each once ("Camille Fournier, Fournier"), with the words
 * the index marked marked again. */
static char *
entity_snippet (const char *fts_snippet,
                const char *name,
                const char *forms)
{
  g_autoptr(GPtrArray) marked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) split = g_strsplit (forms != NULL ? forms : "", "\x1f", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = fts_snippet; (p = strchr (p, MARK_OPEN[0])) != NULL;)
    {
      const char *end = strchr (p + 1, MARK_CLOSE[0]);

      if (end == NULL)
        break;
      if (end > p + 1)
        g_ptr_array_add (marked, g_strndup (p + 1, end - p - 1));
      p = end + 1;
    }

  g_ptr_array_add (shown, g_utf8_casefold (name, -1));
  for (int i = -1; i < 0 || split[i] != NULL; i++)
    {
      const char *phrase = i < 0 ? name : split[i];

      if (i >= 0)
        {
          g_autofree char *folded = g_utf8_casefold (phrase, -1);
          gboolean seen = *phrase == '\0';

          for (guint j = 0; !seen && j < shown->len; j++)
            seen = strcmp (g_ptr_array_index (shown, j), folded) == 0;
          if (seen)
            continue;
          g_ptr_array_add (shown, g_steal_pointer (&folded));
        }
      if (out->len > 0)
        g_string_append (out, ", ");
      for (const char *p = phrase; *p != '\0';)
        {
          const char *word = NULL;

          for (guint j = 0; word == NULL && j < marked->len; j++)
            {
              const char *m = g_ptr_array_index (marked, j);
              gsize len = strlen (m);

              if (strncmp (p, m, len) == 0 && word_edge (phrase, p, TRUE) && word_edge (phrase, p + len, FALSE))
                word = m;
            }
          if (word != NULL)
            {
              g_string_append (out, MARK_OPEN);
              g_string_append (out, word);
              g_string_append (out, MARK_CLOSE);
              p += strlen (word);
            }
          else
            {
              const char *next = g_utf8_next_char (p);

              g_string_append_len (out, p, next - p);
              p = next;
            }
        }
    }

  return g_string_free (out, FALSE);
}

/* Fills in the story title, and the passage of a highlight or entity. */
static gboolean
complete_note_hit (sqlite3          *db,
                   sqlite3_stmt    **title_stmt,
                   sqlite3_stmt    **highlight_stmt,
                   sqlite3_stmt    **entity_stmt,
                   LecternSearchHit *hit,
                   gint64            ref_id)
{
  if (*title_stmt == NULL
      && sqlite3_prepare_v2 (db, "SELECT title FROM stories WHERE id = ?", -1, title_stmt,
                             NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_reset (*title_stmt);
  sqlite3_bind_int64 (*title_stmt, 1, hit->story_id);
  if (sqlite3_step (*title_stmt) == SQLITE_ROW)
    hit->title = snippet_from_column (*title_stmt, 0);
  else
    hit->title = g_strdup ("");

  hit->start = hit->end = -1;
  if (hit->highlight_id > 0)
    {
      if (*highlight_stmt == NULL
          && sqlite3_prepare_v2 (db, "SELECT start_pos, end_pos, orphaned FROM highlights"
                                 " WHERE id = ?", -1, highlight_stmt, NULL) != SQLITE_OK)
        return FALSE;
      sqlite3_reset (*highlight_stmt);
      sqlite3_bind_int64 (*highlight_stmt, 1, hit->highlight_id);
      if (sqlite3_step (*highlight_stmt) == SQLITE_ROW
          && sqlite3_column_int (*highlight_stmt, 2) == 0)
        {
          hit->start = sqlite3_column_int64 (*highlight_stmt, 0);
          hit->end = sqlite3_column_int64 (*highlight_stmt, 1);
        }
    }
  else if (hit->match == LECTERN_SEARCH_MATCH_ENTITY)
    {
      const char *mentions;
      long long start, end;

      if (*entity_stmt == NULL
          && sqlite3_prepare_v2 (db, "SELECT mentions, name, forms FROM story_entities WHERE id = ?", -1,
                                 entity_stmt, NULL) != SQLITE_OK)
        return FALSE;
      sqlite3_reset (*entity_stmt);
      sqlite3_bind_int64 (*entity_stmt, 1, ref_id);
      if (sqlite3_step (*entity_stmt) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (*entity_stmt, 1);

          mentions = (const char *) sqlite3_column_text (*entity_stmt, 0);
          if (mentions != NULL && sscanf (mentions, "%lld-%lld", &start, &end) == 2)
            {
              hit->start = start;
              hit->end = end;
            }
          if (name != NULL && g_utf8_validate (name, -1, NULL))
            {
              const char *forms = (const char *) sqlite3_column_text (*entity_stmt, 2);
              g_autofree char *valid = g_utf8_make_valid (forms != NULL ? forms : "", -1);
              char *snippet = entity_snippet (hit->snippet, name, valid);

              g_free (hit->snippet);
              hit->snippet = snippet;
            }
        }
    }

  return TRUE;
}

static gboolean
search_notes (sqlite3      *db,
              const char   *fts_query,
              guint         n,
              GPtrArray    *hits)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) title_stmt = NULL;
  g_autoptr(sqlite3_stmt) highlight_stmt = NULL;
  g_autoptr(sqlite3_stmt) entity_stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT rowid, story_id,"
                           " snippet (search_notes, -1, '" MARK_OPEN "', '" MARK_CLOSE "',"
                           "  '…', ?2),"
                           " lectern_match (search_notes, -1), rank"
                           " FROM search_notes WHERE search_notes MATCH ?1"
                           " ORDER BY rank LIMIT ?3", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, fts_query, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, SNIPPET_TOKENS);
  sqlite3_bind_int64 (stmt, 3, n);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(LecternSearchHit) hit = g_new0 (LecternSearchHit, 1);
      gint64 rowid = sqlite3_column_int64 (stmt, 0);
      gint64 start, end;
      int mask;

      hit->story_id = sqlite3_column_int64 (stmt, 1);
      hit->snippet = snippet_from_column (stmt, 2);
      parse_match (stmt, 3, &mask, &start, &end);
      hit->rank = sqlite3_column_double (stmt, 4);

      switch (rowid & 3)
        {
        case 1:
          hit->highlight_id = rowid >> 2;
          hit->match = (mask & 1) ? LECTERN_SEARCH_MATCH_HIGHLIGHT
                       : (mask & 2) ? LECTERN_SEARCH_MATCH_NOTE : LECTERN_SEARCH_MATCH_TAG;
          break;
        case 2:
          hit->match = LECTERN_SEARCH_MATCH_NOTE;
          break;
        case 0:
          /* The story's own tags (schema 11). */
          hit->match = LECTERN_SEARCH_MATCH_TAG;
          break;
        default:
          hit->match = LECTERN_SEARCH_MATCH_ENTITY;
          break;
        }

      if (!complete_note_hit (db, &title_stmt, &highlight_stmt, &entity_stmt, hit, rowid >> 2))
        return FALSE;
      g_ptr_array_add (hits, g_steal_pointer (&hit));
    }

  return rc == SQLITE_DONE;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const LecternSearchHit *hit_a = *(LecternSearchHit **) a;
  const LecternSearchHit *hit_b = *(LecternSearchHit **) b;

  if (hit_a->rank != hit_b->rank)
    return hit_a->rank < hit_b->rank ? -1 : 1;
  /* Ties: newer stories first, then annotations in id order. */
  if (hit_a->story_id != hit_b->story_id)
    return hit_a->story_id > hit_b->story_id ? -1 : 1;
  return hit_a->highlight_id < hit_b->highlight_id ? -1 : hit_a->highlight_id > hit_b->highlight_id;
}

static void
set_index_error (sqlite3  *db,
                 GError  **error)
{
  g_set_error (error, LECTERN_SEARCH_ERROR, LECTERN_SEARCH_ERROR_FAILED,
               _("The search index could not be read: %s."), sqlite3_errmsg (db));
}

GPtrArray *
lectern_search_sync (LecternStore  *store,
                     const char    *query,
                     guint          offset,
                     guint          limit,
                     GError       **error)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autofree char *fts_query = NULL;
  sqlite3 *db;
  gboolean ok;
  guint wanted;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  page = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_search_hit_free);
  fts_query = lectern_search_parse_query (query);
  if (fts_query == NULL || limit == 0)
    return g_steal_pointer (&page);

  /* The stories written since the index last caught up. A library that
   * cannot be written (read-only, damaged, busy) is searched as it is. */
  {
    g_autoptr(GError) local_error = NULL;

    if (!lectern_search_update_sync (store, NULL, &local_error))
      g_debug ("The search index could not catch up: %s", local_error->message);
  }

  /* Each table's best offset + limit, merged by rank. bm25 scores of the
   * two tables are close enough in scale to interleave. */
  wanted = offset + limit < offset ? G_MAXUINT : offset + limit;
  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_search_hit_free);
  db = lectern_store_lock_db (store);
  ok = search_stories (db, fts_query, wanted, hits) && search_notes (db, fts_query, wanted, hits);
  if (!ok)
    set_index_error (db, error);
  lectern_store_unlock_db (store);
  if (!ok)
    return NULL;

  g_ptr_array_sort (hits, compare_hits);
  for (guint i = offset; i < hits->len && i < wanted; i++)
    g_ptr_array_add (page, g_steal_pointer (&g_ptr_array_index (hits, i)));

  return g_steal_pointer (&page);
}

typedef struct
{
  char  *query;
  guint  offset;
  guint  limit;
} SearchData;

static void
search_data_free (gpointer pointer)
{
  SearchData *data = pointer;

  g_free (data->query);
  g_free (data);
}

static gpointer
search_worker (LecternStore  *store,
               gpointer       user_data,
               GCancellable  *cancellable,
               GError       **error)
{
  SearchData *data = user_data;

  return lectern_search_sync (store, data->query, data->offset, data->limit, error);
}

void
lectern_search_async (LecternStore        *store,
                      const char          *query,
                      guint                offset,
                      guint                limit,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  SearchData *data;

  g_return_if_fail (LECTERN_IS_STORE (store));
  g_return_if_fail (query != NULL);

  data = g_new0 (SearchData, 1);
  data->query = g_strdup (query);
  data->offset = offset;
  data->limit = limit;
  lectern_store_run_async (store, search_worker, data, search_data_free,
                           (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
}

GPtrArray *
lectern_search_finish (LecternStore  *store,
                       GAsyncResult  *result,
                       GError       **error)
{
  return lectern_store_run_finish (store, result, error);
}

static gboolean
exec_locked (LecternStore  *store,
             const char    *sql,
             GError       **error)
{
  sqlite3 *db = lectern_store_lock_db (store);
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    g_set_error (error, LECTERN_SEARCH_ERROR, LECTERN_SEARCH_ERROR_FAILED,
                 _("The search index is damaged: %s."), sqlite3_errmsg (db));
  lectern_store_unlock_db (store);

  return rc == SQLITE_OK;
}

gboolean
lectern_search_update_sync (LecternStore  *store,
                            guint         *out_n_indexed,
                            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db;
  gint64 n_queued = 0;
  gboolean ok;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_n_indexed != NULL)
    *out_n_indexed = 0;

  /* A read first: searching must not take the write lock for nothing. */
  db = lectern_store_lock_db (store);
  ok = sqlite3_prepare_v2 (db, LECTERN_SEARCH_WAITING_SQL, -1, &stmt, NULL) == SQLITE_OK
       && sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    n_queued = sqlite3_column_int64 (stmt, 0);
  else
    set_index_error (db, error);
  lectern_store_unlock_db (store);
  if (!ok)
    return FALSE;
  if (n_queued == 0)
    return TRUE;

  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;
  if (!exec_locked (store, LECTERN_SEARCH_CATCH_UP_SQL, error))
    {
      lectern_store_end_batch_sync (store, FALSE, NULL);
      return FALSE;
    }
  if (!lectern_store_end_batch_sync (store, TRUE, error))
    return FALSE;

  if (out_n_indexed != NULL)
    *out_n_indexed = n_queued;
  return TRUE;
}

/* Ids read a step, at most: the list reads no text, and a step ends on
 * its byte budget long before. */
#define STEP_MAX_IDS 512

/* Whether any story waits, without counting them. */
#define STEP_WAITING_SQL \
  "SELECT EXISTS (SELECT 1 FROM search_queue)" \
  " OR EXISTS (SELECT 1 FROM stories WHERE id > (SELECT indexed_upto FROM search_state))"

/* One step of indexing at idle: the waiting stories in id order (the
 * queued ones first: they are below the mark) until about `max_bytes` of
 * text, in one short transaction, so that a write that comes meanwhile
 * waits for one step only. Each text is read once, and given to FTS5 as
 * values: a size column after the text would read its overflow pages. */
gboolean
lectern_search_update_step_sync (LecternStore  *store,
                                 gsize          max_bytes,
                                 guint         *out_n_indexed,
                                 gboolean      *out_done,
                                 GError       **error)
{
  g_autoptr(sqlite3_stmt) queued = NULL;
  g_autoptr(sqlite3_stmt) fresh = NULL;
  g_autoptr(sqlite3_stmt) read = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) dequeue = NULL;
  g_autoptr(sqlite3_stmt) mark = NULL;
  g_autoptr(sqlite3_stmt) waiting = NULL;
  g_autoptr(GArray) queued_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) fresh_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *ids[2] = { queued_ids, fresh_ids };
  sqlite3 *db;
  gsize n_bytes = 0;
  guint n_indexed = 0;
  gint64 upto = 0;
  gboolean ok;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_n_indexed != NULL)
    *out_n_indexed = 0;
  if (out_done != NULL)
    *out_done = TRUE;
  if (lectern_store_is_read_only (store))
    return TRUE;

  /* A read first: nothing waiting takes no write lock. */
  db = lectern_store_lock_db (store);
  ok = sqlite3_prepare_v2 (db, STEP_WAITING_SQL, -1, &waiting, NULL) == SQLITE_OK
       && sqlite3_step (waiting) == SQLITE_ROW;
  if (ok && sqlite3_column_int (waiting, 0) == 0)
    {
      lectern_store_unlock_db (store);
      return TRUE;
    }
  if (!ok)
    set_index_error (db, error);
  g_clear_pointer (&waiting, sqlite3_finalize);
  lectern_store_unlock_db (store);
  if (!ok)
    return FALSE;

  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;
  db = lectern_store_lock_db (store);
  ok = sqlite3_prepare_v2 (db, "SELECT story_id FROM search_queue ORDER BY story_id LIMIT ?1",
                           -1, &queued, NULL) == SQLITE_OK
       && sqlite3_prepare_v2 (db, "SELECT id FROM stories"
                              " WHERE id > (SELECT indexed_upto FROM search_state)"
                              " ORDER BY id LIMIT ?1", -1, &fresh, NULL) == SQLITE_OK
       && sqlite3_prepare_v2 (db, "SELECT title, text FROM stories WHERE id = ?",
                              -1, &read, NULL) == SQLITE_OK
       && sqlite3_prepare_v2 (db, "INSERT INTO search_stories (rowid, title, text)"
                              " VALUES (?, ?, ?)", -1, &insert, NULL) == SQLITE_OK
       && sqlite3_prepare_v2 (db, "DELETE FROM search_queue WHERE story_id = ?",
                              -1, &dequeue, NULL) == SQLITE_OK
       && sqlite3_prepare_v2 (db, "UPDATE search_state SET indexed_upto = ?",
                              -1, &mark, NULL) == SQLITE_OK
       && sqlite3_prepare_v2 (db, STEP_WAITING_SQL, -1, &waiting, NULL) == SQLITE_OK;

  /* The ids first: the queue changes as they are indexed. */
  for (int pass = 0; ok && pass < 2; pass++)
    {
      sqlite3_stmt *list = pass == 0 ? queued : fresh;
      int rc;

      sqlite3_bind_int (list, 1, STEP_MAX_IDS);
      while ((rc = sqlite3_step (list)) == SQLITE_ROW)
        g_array_append_val (ids[pass], (gint64) { sqlite3_column_int64 (list, 0) });
      ok = rc == SQLITE_DONE;
    }
  /* The queue, then the new stories; one story at least. */
  for (int pass = 0; ok && pass < 2; pass++)
    for (guint i = 0; ok && i < ids[pass]->len && n_bytes < max_bytes; i++)
      {
        gint64 id = g_array_index (ids[pass], gint64, i);

        sqlite3_bind_int64 (read, 1, id);
        ok = sqlite3_step (read) == SQLITE_ROW;
        if (ok)
          {
            n_bytes += MAX (sqlite3_column_bytes (read, 1), 1);
            sqlite3_bind_int64 (insert, 1, id);
            sqlite3_bind_value (insert, 2, sqlite3_column_value (read, 0));
            sqlite3_bind_value (insert, 3, sqlite3_column_value (read, 1));
            ok = sqlite3_step (insert) == SQLITE_DONE;
            sqlite3_reset (insert);
            sqlite3_clear_bindings (insert);
          }
        sqlite3_reset (read);
        if (ok && pass == 0)
          {
            sqlite3_bind_int64 (dequeue, 1, id);
            ok = sqlite3_step (dequeue) == SQLITE_DONE;
            sqlite3_reset (dequeue);
          }
        if (pass == 1)
          upto = id;
        n_indexed++;
      }
  if (ok && upto > 0)
    {
      sqlite3_bind_int64 (mark, 1, upto);
      ok = sqlite3_step (mark) == SQLITE_DONE;
    }
  if (ok)
    {
      ok = sqlite3_step (waiting) == SQLITE_ROW;
      if (ok && out_done != NULL)
        *out_done = sqlite3_column_int (waiting, 0) == 0;
    }
  if (!ok)
    g_set_error (error, LECTERN_SEARCH_ERROR, LECTERN_SEARCH_ERROR_FAILED,
                 _("The search index is damaged: %s."), sqlite3_errmsg (db));
  lectern_store_unlock_db (store);

  if (!ok)
    {
      lectern_store_end_batch_sync (store, FALSE, NULL);
      if (out_done != NULL)
        *out_done = TRUE;
      return FALSE;
    }
  if (!lectern_store_end_batch_sync (store, TRUE, error))
    return FALSE;

  if (out_n_indexed != NULL)
    *out_n_indexed = n_indexed;
  return TRUE;
}

gboolean
lectern_search_check_sync (LecternStore  *store,
                           GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);

  /* Queued stories are not in the index yet: the check would take them
   * for damage. */
  if (!lectern_search_update_sync (store, NULL, error))
    return FALSE;

  /* rank 1 also compares the external content (the stories table). */
  return exec_locked (store,
                      "INSERT INTO search_stories (search_stories, rank)"
                      " VALUES ('integrity-check', 1);"
                      "INSERT INTO search_notes (search_notes, rank)"
                      " VALUES ('integrity-check', 1);", error);
}

gboolean
lectern_search_rebuild_sync (LecternStore  *store,
                             GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);

  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;
  if (!exec_locked (store, LECTERN_SEARCH_REBUILD_SQL
                    "INSERT INTO search_notes (rowid, text, note, tags, names, story_id)"
                    "  SELECT st.story_id * 4, '', '', group_concat (t.name, ' '), '', st.story_id"
                    "  FROM story_tags AS st JOIN tags AS t ON t.id = st.tag_id"
                    "  GROUP BY st.story_id;"
                    "DELETE FROM search_queue;"
                    "UPDATE search_state SET indexed_upto = (SELECT coalesce (max (id), 0)"
                    " FROM stories);", error))
    {
      lectern_store_end_batch_sync (store, FALSE, NULL);
      return FALSE;
    }

  return lectern_store_end_batch_sync (store, TRUE, error);
}
