/* lectern-tokenizer.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Follows the tokenization of the training corpora (see
 * ../shared/entities/corpora/wikinews_fr/LICENSE-or-ATTRIBUTION.md):
 * punctuation apart, one character per token except runs of dots; French
 * elisions (l' d' qu' …) and English 's split off; hyphenated words kept;
 * abbreviations (M. U.S. Inc.) keep their dot. Every step looks at most a
 * few characters ahead, so any input is tokenized in linear time.
 */

#define G_LOG_DOMAIN "lectern-tokenizer"

#include "config.h"

#include "lectern-tokenizer.h"

#include <string.h>

typedef struct
{
  const char *text;
  gsize       length;
  GArray     *tokens;
  guint       n_added;
  guint       sentence_len;
  gboolean    newline;
  gboolean    space;
  gboolean    boundary;   /* a sentence-final mark was seen */
  gboolean    final_abbrev; /* the last token was "Ltd." or "U.S.", which may end a sentence */
  /* Of the word scan_word last read: whether it is all ASCII (its bytes
   * are its characters) and whether it holds an apostrophe (it may start
   * with an elision), so that emit_word need not look again. */
  gboolean    word_ascii;
  gboolean    word_apostrophe;
  /* Tokens are appended to the array 256 at a time, not one by one. */
  guint       n_buf;
  LecternToken buf[256];
} Tokenizer;

static const char *abbreviations[] = {
  "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr", "Mr", "Mrs", "Ms",
  "St", "Ste", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "Cie", "Gen", "Sen", "Rep", "Gov", "Pte", "Pvt", "Cllr",
  "Prof", "Capt", "Col", "Lt", "Sgt", "Adm", "Maj", "Rev", "Mt", "Ave", "vs", "etc", "No",
  "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Dem", "av", "cf", "al", "Fig", "Vol", "Adv",
  "Hon", "Rt", "Supt", "Insp", "Det", "Cpl", "Cmdr", "Brig",
};

static const char *elisions[] = {
  "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
};

/* Most text is ASCII: a byte below 0x80 is its own character. */
static inline gunichar
char_at (const Tokenizer *tk,
         gsize            pos)
{
  guchar b = (guchar) tk->text[pos];

  return b < 0x80 ? b : g_utf8_get_char (tk->text + pos);
}

static inline gsize
next_pos (const Tokenizer *tk,
          gsize            pos)
{
  if ((guchar) tk->text[pos] < 0x80)
    return pos + 1;
  return (gsize) (g_utf8_next_char (tk->text + pos) - tk->text);
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Also the acute accent and the left quote that keyboards put in names
 * ("Le Cléac´h"); they only join letters, so quotes around words are safe. */
static inline gboolean
is_apostrophe (gunichar c)
{
  if (c < 0x80)
    return c == '\'' || c == '`';
  return c == 0x2019 || c == 0x02BC || c == 0x00B4 || c == 0x2018;
}

static inline gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gboolean
is_separator (gunichar c)
{
  if (c < 0x80)
    return c <= 0x20 || c == 0x7f;
  return g_unichar_isspace (c) || g_unichar_iscntrl (c) || c == 0xFEFF || c == 0x200B;
}

static inline gboolean
is_newline (gunichar c)
{
  return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

/* Word characters starting at pos, at most `limit`. */
static guint
segment_length (const Tokenizer *tk,
                gsize            pos,
                guint            limit)
{
  guint n = 0;

  while (pos < tk->length && n < limit && is_word_char (char_at (tk, pos)))
    {
      pos = next_pos (tk, pos);
      n++;
    }

  return n;
}

/* The end of the word starting at pos: word characters joined by hyphens,
 * apostrophes, '&', digit separators, initials' dots (U.S) and dots inside
 * lower-case host names. */
static gsize
scan_word (Tokenizer *tk,
           gsize      pos)
{
  gunichar prev = 0;
  guint seg_len = 0;

  tk->word_ascii = TRUE;
  tk->word_apostrophe = FALSE;
  while (pos < tk->length)
    {
      gunichar c;
      gsize after;
      gunichar n;

      /* A run of ASCII letters and digits, most of any text, a byte at a
       * time without decoding. */
      if (g_ascii_isalnum (tk->text[pos]))
        {
          gsize from = pos;

          do
            pos++;
          while (pos < tk->length && g_ascii_isalnum (tk->text[pos]));
          seg_len += (guint) (pos - from);
          prev = (guchar) tk->text[pos - 1];
          continue;
        }

      c = char_at (tk, pos);
      if (is_word_char (c))
        {
          if (c >= 0x80)
            {
              tk->word_ascii = FALSE;
              tk->word_apostrophe = tk->word_apostrophe || is_apostrophe (c);
            }
          pos = next_pos (tk, pos);
          prev = c;
          seg_len++;
          continue;
        }

      after = next_pos (tk, pos);
      if (after >= tk->length)
        break;
      n = char_at (tk, after);
      if (!is_word_char (n))
        break;

      if (is_hyphen (c) || is_apostrophe (c) || c == '&')
        ;
      else if (c == ',' && g_unichar_isdigit (prev) && g_unichar_isdigit (n))
        ;
      else if (c == '.' && g_unichar_isdigit (prev) && g_unichar_isdigit (n))
        ;
      else if (c == '.' && seg_len == 1 && segment_length (tk, after, 2) == 1)
        ;
      else if (c == '.' && seg_len >= 2 && g_unichar_islower (prev) && g_unichar_islower (n) &&
               segment_length (tk, after, 2) == 2)
        ;
      else
        break;

      tk->word_ascii = tk->word_ascii && c < 0x80;
      tk->word_apostrophe = tk->word_apostrophe || is_apostrophe (c);
      pos = after;
      seg_len = 0;
    }

  return pos;
}

static gboolean
is_terminal (const char *s,
             gsize       len)
{
  gsize i = 0;

  while (i < len)
    {
      if (s[i] == '.' || s[i] == '!' || s[i] == '?')
        i++;
      else if (len - i >= 3 && memcmp (s + i, "\xe2\x80\xa6", 3) == 0)
        i += 3;
      else
        return FALSE;
    }

  return len > 0;
}

/* Whether [s, s + len) is one of the n words. */
static gboolean
is_one_of (const char        *s,
           gsize              len,
           const char *const *words,
           guint              n)
{
  for (guint i = 0; i < n; i++)
    if (words[i][0] == s[0] && strlen (words[i]) == len && memcmp (words[i], s, len) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_closing (const char *s,
            gsize       len)
{
  static const char *const closing[] = { "\"", "'", ")", "]", "}", "\xc2\xbb", "\xe2\x80\x9d", "\xe2\x80\x99" };

  return is_one_of (s, len, closing, G_N_ELEMENTS (closing));
}

/* Abbreviations that often end a sentence: legal forms, "Jr." and
 * letters with dots ("U.S.", "D.C."), not titles ("Dr.", "Gen."). */
static gboolean
ends_sentences (const char *s,
                gsize       len)
{
  static const char *const words[] = { "Inc", "Corp", "Ltd", "Co", "Bros", "Cie", "Pte", "Pvt", "Jr", "Sr", "etc" };

  return (len >= 3 && s[len - 2] == '.') || is_one_of (s, len, words, G_N_ELEMENTS (words));
}

/* Capitalized function words that continue no name: after "Ltd." or
 * "U.S.", one of them starts a sentence ("… Holdings Pte Ltd. Some of
 * the funds"). */
static gboolean
is_sentence_opener (const char *s,
                    gsize       len)
{
  static const char *const words[] = {
    "The", "It", "Its", "He", "She", "His", "Her", "They", "Their", "We", "Our", "This", "That", "These",
    "Those", "But", "Some", "Many", "Most", "In", "On", "After", "When", "While", "However", "There",
    "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Mais", "Ce", "Cette", "Ces", "Selon", "Dans",
  };

  return len <= 7 && s[0] >= 'A' && s[0] <= 'Z' && is_one_of (s, len, words, G_N_ELEMENTS (words));
}

/* Inline: called once a token, and most of its arguments are known at
 * each call. */
G_ALWAYS_INLINE static inline void
push (Tokenizer *tk,
      gsize      start,
      gsize      end,
      guint32    cp_start,
      guint32    cp_len,
      gboolean   word)
{
  LecternToken token = { (guint32) start, (guint32) (end - start), cp_start, cp_len, 0 };
  const char *s = tk->text + start;
  gsize len = end - start;

  if (word)
    token.flags |= LECTERN_TOKEN_WORD;
  if (tk->space || tk->newline)
    token.flags |= LECTERN_TOKEN_SPACE_BEFORE;
  if (tk->newline)
    token.flags |= LECTERN_TOKEN_LINE_START;

  if (tk->n_added == 0 || tk->newline || tk->sentence_len >= LECTERN_TOKENIZER_MAX_SENTENCE ||
      (tk->boundary && !(!word && is_closing (s, len))))
    {
      token.flags |= LECTERN_TOKEN_SENTENCE_START;
      tk->sentence_len = 0;
      tk->boundary = FALSE;
    }

  if (!word && is_terminal (s, len))
    tk->boundary = TRUE;

  tk->sentence_len++;
  tk->newline = FALSE;
  tk->space = FALSE;
  tk->n_added++;
  tk->buf[tk->n_buf++] = token;
  if (tk->n_buf == G_N_ELEMENTS (tk->buf))
    {
      g_array_append_vals (tk->tokens, tk->buf, tk->n_buf);
      tk->n_buf = 0;
    }
}

/* Code points in valid UTF-8: the bytes that do not continue a character
 * (of a piece of the word scan_word read last). */
static guint32
count_chars (const Tokenizer *tk,
             const char      *s,
             gsize            len)
{
  guint32 n = 0;

  if (tk->word_ascii)
    return (guint32) len;

  for (gsize i = 0; i < len; i++)
    n += ((guchar) s[i] & 0xC0) != 0x80;

  return n;
}

static gboolean
ascii_equal_lower (const char *s,
                   gsize       len,
                   const char *lower)
{
  if (strlen (lower) != len)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (g_ascii_tolower (s[i]) != lower[i])
      return FALSE;

  return TRUE;
}

gboolean
lectern_tokenizer_is_abbrev (const char *word,
                             gsize       length)
{
  gboolean initials = TRUE;
  gboolean has_dot = FALSE;
  guint seg = 0;

  if (length == 0)
    return FALSE;

  /* A single capital letter: an initial. */
  if (g_utf8_next_char (word) == word + length && g_unichar_isupper (g_utf8_get_char (word)))
    return TRUE;

  /* Letter-dot sequences: U.S, e.g, D.C */
  for (const char *p = word; p < word + length; p = g_utf8_next_char (p))
    {
      if (*p == '.')
        {
          has_dot = TRUE;
          initials = initials && seg == 1;
          seg = 0;
        }
      else
        seg++;
    }
  if (has_dot && initials && seg == 1)
    return TRUE;

  /* The longest abbreviation has five letters. */
  if (length > 5)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (abbreviations[i][0] == word[0] && strlen (abbreviations[i]) == length &&
        memcmp (abbreviations[i], word, length) == 0)
      return TRUE;

  return FALSE;
}

/* Emits the word [start, end), splitting elisions and possessives, and
 * returns where scanning continues (past an abbreviation's dot). */
static gsize
emit_word (Tokenizer *tk,
           gsize      start,
           gsize      end,
           guint32   *cp)
{
  /* French elisions: "l'ONU" → "l'" "ONU", repeatedly ("qu'aujourd'hui").
   * The apostrophe must come within seven letters: most words have none
   * there, told without decoding; and most have no apostrophe at all. */
  if (!tk->word_apostrophe)
    goto possessive;
  {
    gsize p = start;

    while (p < end && p - start <= 6 && g_ascii_isalpha (tk->text[p]))
      p++;
    if (p == end || p - start > 6)
      goto possessive;
  }
  for (;;)
    {
      gsize p = start;
      gsize apos = 0;
      gboolean found = FALSE;

      while (p < end && p - start <= 6)
        {
          gunichar c = char_at (tk, p);

          if (is_apostrophe (c))
            {
              apos = p;
              found = TRUE;
              break;
            }
          if (!g_ascii_isalpha (c))
            break;
          p++;
        }
      if (!found || apos == start)
        break;

      {
        gsize after = next_pos (tk, apos);
        gboolean elision = FALSE;

        if (after >= end || !g_unichar_isalpha (char_at (tk, after)))
          break;
        for (guint i = 0; i < G_N_ELEMENTS (elisions) && !elision; i++)
          elision = ascii_equal_lower (tk->text + start, apos - start, elisions[i]);
        /* "N'Guessan" is a name, not an elision. */
        if (elision && apos - start == 1 && (tk->text[start] == 'N') &&
            g_unichar_isupper (char_at (tk, after)))
          elision = FALSE;
        if (!elision)
          break;

        push (tk, start, after, *cp, (guint32) (apos - start + 1), TRUE);
        *cp += (guint32) (apos - start + 1);
        start = after;
      }
    }

possessive:
  /* English possessive: "Microsoft's" → "Microsoft" "'s". */
  {
    gsize len = end - start;
    gsize apos_len = 0;

    if (len >= 3 && (tk->text[end - 1] == 's' || tk->text[end - 1] == 'S'))
      {
        if (tk->text[end - 2] == '\'')
          apos_len = 1;
        else if (len >= 5 && memcmp (tk->text + end - 4, "\xe2\x80\x99", 3) == 0)
          apos_len = 3;
      }
    if (apos_len > 0 && end - 1 - apos_len > start)
      {
        gsize split = end - 1 - apos_len;
        guint32 n = count_chars (tk, tk->text + start, split - start);

        push (tk, start, split, *cp, n, TRUE);
        *cp += n;
        push (tk, split, end, *cp, 2, FALSE);
        *cp += 2;
        return end;
      }
  }

  {
    guint32 n = count_chars (tk, tk->text + start, end - start);
    gboolean dot = FALSE;

    /* An abbreviation keeps its dot, unless the dot starts an ellipsis. */
    if (end < tk->length && tk->text[end] == '.' &&
        !(end + 1 < tk->length && tk->text[end + 1] == '.') &&
        lectern_tokenizer_is_abbrev (tk->text + start, end - start))
      dot = TRUE;

    push (tk, start, end + dot, *cp, n + dot, TRUE);
    *cp += n + dot;
    tk->final_abbrev = dot && ends_sentences (tk->text + start, end - start);

    return end + dot;
  }
}

guint
lectern_tokenize (const char *text,
                  gsize       length,
                  GArray     *tokens)
{
  Tokenizer tk = { text, length, tokens, 0, 0, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, 0, { { 0 } } };
  gsize pos = 0;
  guint32 cp = 0;

  g_return_val_if_fail (text != NULL || length == 0, 0);
  g_return_val_if_fail (tokens != NULL, 0);
  g_return_val_if_fail (length < LECTERN_TOKENIZER_MAX_BYTES, 0);

  /* About one token per six bytes of prose: reserve once. */
  if (tokens->len == 0 && length > 0)
    {
      g_array_set_size (tokens, (guint) MIN (length / 6 + 16, G_MAXUINT / 2));
      g_array_set_size (tokens, 0);
    }

  while (pos < length)
    {
      gunichar c = char_at (&tk, pos);

      if (is_separator (c))
        {
          if (is_newline (c))
            tk.newline = TRUE;
          tk.space = TRUE;
          pos = next_pos (&tk, pos);
          cp++;
        }
      else if (is_word_char (c))
        {
          gsize end = scan_word (&tk, pos);

          /* "… Pte Ltd. Some of the funds": see ends_sentences(). */
          if (G_UNLIKELY (tk.final_abbrev))
            {
              if (tk.space && is_sentence_opener (text + pos, end - pos))
                tk.boundary = TRUE;
              tk.final_abbrev = FALSE;
            }
          pos = emit_word (&tk, pos, end, &cp);
        }
      else
        {
          gsize end = next_pos (&tk, pos);
          guint32 n = 1;

          tk.final_abbrev = FALSE;

          if (c == '.')
            while (end < length && text[end] == '.')
              {
                end++;
                n++;
              }
          push (&tk, pos, end, cp, n, FALSE);
          cp += n;
          pos = end;
        }
    }

  g_array_append_vals (tokens, tk.buf, tk.n_buf);

  return tk.n_added;
}
