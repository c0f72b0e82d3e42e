/* lectern-structure.c: plain-text structure of news stories
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-structure"

#include "config.h"

#include <string.h>

#include "lectern-structure.h"

/* Headings are short; past these a line reads as a sentence. */
#define HEADING_MAX_CHARS 80
#define HEADING_MAX_WORDS 12

/* Scraped pages leave link captions and ad labels standing alone on a line.
 * Compared case-folded, after trimming spaces and a trailing colon or
 * ellipsis. */
static const char *leftovers[] = {
  "lire aussi",
  "à lire aussi",
  "a lire aussi",
  "lire également",
  "à lire également",
  "lire la suite",
  "voir aussi",
  "à voir aussi",
  "publicité",
  "contenu sponsorisé",
  "sponsorisé",
  "abonnez-vous",
  "partager",
  "read more",
  "read also",
  "see also",
  "also read",
  "continue reading",
  "advertisement",
  "sponsored",
  "sponsored content",
  "related",
  "related articles",
  "related stories",
  "share this article",
  "subscribe",
  "you may also like",
  "you might also like",
  "don't miss",
  "don’t miss",
  "most read",
  "most popular",
  "more stories",
  "recommended for you",
  "comments",
  "ne manquez pas",
  "les plus lus",
  "sur le même sujet",
  "commentaires",
  /* A byline whose name was a link, left without it. */
  "by",
  "par",
  "por",
};

/* Link captions that carry the linked title after a colon ("Lire aussi :
 * Sam Altman quitte OpenAI"): leftovers too, whatever follows. */
static const char *leftover_prefixes[] = {
  "lire aussi",
  "à lire aussi",
  "a lire aussi",
  "lire également",
  "voir aussi",
  "read more",
  "read also",
  "see also",
  "see more",
  "related",
};

/* Bylines and datelines are short and unpunctuated like headings, but
 * they are not. Compared case-folded at the start of the line. */
static const char *not_heading_prefixes[] = {
  "par ",
  "by ",
  "publié ",
  "mis à jour",
  "modifié ",
  "published ",
  "updated ",
  "posted ",
  "photo",
  "crédit",
  "credit",
};

typedef struct
{
  gint64      start;      /* code points, trimmed */
  gint64      end;
  const char *text;       /* bytes of the trimmed line */
  gsize       len;
  gboolean    leftover;
  gboolean    candidate;  /* short enough to be a heading */
} Line;

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xFEFF || c == 0x00A0;
}

/* Normalizes a line for comparison with the leftover list. */
static char *
leftover_key (const char *line,
              gsize       len)
{
  g_autofree char *copy = g_strndup (line, len);
  g_autofree char *nfc = NULL;
  char *end;

  g_strstrip (copy);
  /* "Lire aussi :", "Read more…", "Read more >" */
  end = copy + strlen (copy);
  while (end > copy)
    {
      const char *prev = g_utf8_find_prev_char (copy, end);
      gunichar c = g_utf8_get_char (prev);

      if (c == ':' || c == 0x2026 || c == '.' || c == '>' || c == 0x203A || c == 0x00BB
          || is_space (c))
        end = (char *) prev;
      else
        break;
    }
  *end = '\0';

  nfc = g_utf8_normalize (copy, -1, G_NORMALIZE_NFC);
  if (nfc == NULL)
    return NULL;

  return g_utf8_casefold (nfc, -1);
}

gboolean
lectern_structure_is_leftover (const char *line)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (line != NULL, FALSE);

  key = leftover_key (line, strlen (line));
  if (key == NULL || *key == '\0')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (leftovers); i++)
    if (strcmp (key, leftovers[i]) == 0)
      return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (leftover_prefixes); i++)
    {
      gsize len = strlen (leftover_prefixes[i]);
      const char *rest = key + len;

      if (strncmp (key, leftover_prefixes[i], len) != 0)
        continue;
      while (*rest == ' ' || g_str_has_prefix (rest, "\xc2\xa0"))
        rest += *rest == ' ' ? 1 : 2;
      if (*rest == ':')
        return TRUE;
    }

  return FALSE;
}

static gboolean
ends_with_punctuation (const char *text,
                       gsize       len)
{
  const char *last = g_utf8_find_prev_char (text, text + len);
  gunichar c;

  if (last == NULL)
    return FALSE;

  c = g_utf8_get_char (last);
  switch (c)
    {
    case '.': case '!': case '?': case ':': case ';': case ',':
    case '"': case '\'': case ')':
    case 0x2026:  /* … */
    case 0x00BB:  /* » */
    case 0x201D:  /* ” */
    case 0x2019:  /* ’ */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_heading_candidate (const char *text,
                      gsize       len,
                      gint64      n_chars)
{
  guint words = 0;
  gboolean in_word = FALSE;
  gunichar first;

  if (n_chars >= HEADING_MAX_CHARS || ends_with_punctuation (text, len))
    return FALSE;

  /* A line starting in lower case continues a sentence; one starting with
   * a list bullet or a quotation mark is not a heading either. */
  first = g_utf8_get_char (text);
  if (g_unichar_islower (first) || first == '-' || first == '*' || first == 0x2022
      || first == 0x00AB || first == '"' || first == 0x201C)
    return FALSE;

  {
    g_autofree char *line = g_strndup (text, len);
    g_autofree char *folded = g_utf8_casefold (line, -1);

    for (guint i = 0; i < G_N_ELEMENTS (not_heading_prefixes); i++)
      if (g_str_has_prefix (folded, not_heading_prefixes[i]))
        return FALSE;
  }

  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gboolean space = is_space (g_utf8_get_char (p));

      if (!space && !in_word)
        words++;
      in_word = !space;
    }

  return words > 0 && words <= HEADING_MAX_WORDS;
}

/* Two sentences or more: "… heures. Connu pour …". */
static gboolean
is_paragraph (const char *text,
              gsize       len)
{
  guint sentence_ends = 0;

  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if ((c == '.' || c == '!' || c == '?' || c == 0x2026) && next < text + len
          && is_space (g_utf8_get_char (next)))
        {
          const char *after = g_utf8_next_char (next);

          if (after < text + len && g_unichar_isupper (g_utf8_get_char (after)))
            sentence_ends++;
        }
    }

  /* The last sentence ends the line. */
  return sentence_ends >= 1 && ends_with_punctuation (text, len);
}

GArray *
lectern_structure_detect (const char *text)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  GArray *blocks;
  const char *p = text;
  gint64 offset = 0;
  gboolean have_title = FALSE;
  gint64 title_start = -1;

  g_return_val_if_fail (text != NULL, NULL);

  blocks = g_array_new (FALSE, FALSE, sizeof (LecternBlock));

  /* First pass: the trimmed, non-empty lines with their code-point ranges. */
  while (*p != '\0')
    {
      const char *first = NULL, *last_end = NULL;
      gint64 first_offset = 0, last_offset = 0;

      while (*p != '\0' && *p != '\n')
        {
          gunichar c = g_utf8_get_char (p);

          if (!is_space (c))
            {
              if (first == NULL)
                {
                  first = p;
                  first_offset = offset;
                }
              last_end = g_utf8_next_char (p);
              last_offset = offset + 1;
            }
          p = g_utf8_next_char (p);
          offset++;
        }

      if (first != NULL)
        {
          Line line = { 0, };

          line.start = first_offset;
          line.end = last_offset;
          line.text = first;
          line.len = last_end - first;
          {
            g_autofree char *copy = g_strndup (first, line.len);

            line.leftover = lectern_structure_is_leftover (copy);
          }
          line.candidate = !line.leftover
                           && is_heading_candidate (first, line.len, line.end - line.start);
          g_array_append_val (lines, line);
        }

      if (*p == '\n')
        {
          p++;
          offset++;
        }
    }

  /* Second pass: classify. A heading needs body text on both sides, so a
   * run of short lines (a byline, a list) stays paragraphs. */
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      LecternBlock block = { LECTERN_BLOCK_PARAGRAPH, line->start, line->end };

      if (line->leftover)
        {
          block.kind = LECTERN_BLOCK_DROPPED;
        }
      else if (!have_title)
        {
          /* A story pasted without its headline starts with its lead
           * paragraph: that is no title. */
          have_title = TRUE;
          if (is_paragraph (line->text, line->len))
            block.kind = LECTERN_BLOCK_PARAGRAPH;
          else
            {
              block.kind = LECTERN_BLOCK_TITLE;
              title_start = line->start;
            }
        }
      else if (line->candidate)
        {
          const Line *prev = NULL, *next = NULL;

          for (guint j = i; j > 0; j--)
            {
              const Line *l = &g_array_index (lines, Line, j - 1);

              if (!l->leftover)
                {
                  prev = l;
                  break;
                }
            }
          for (guint j = i + 1; j < lines->len; j++)
            {
              const Line *l = &g_array_index (lines, Line, j);

              if (!l->leftover)
                {
                  next = l;
                  break;
                }
            }

          if (prev != NULL && next != NULL && !next->candidate
              && (!prev->candidate || prev->start == title_start))
            block.kind = LECTERN_BLOCK_HEADING;
        }

      g_array_append_val (blocks, block);
    }

  return blocks;
}

/* One letter per block kind, in LecternBlockKind order. */
static const char block_letters[] = "THPDQLCR";

char *
lectern_structure_serialize (GArray *blocks)
{
  GString *out;

  g_return_val_if_fail (blocks != NULL, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (blocks, LecternBlock, i);

      g_return_val_if_fail ((guint) block->kind < sizeof block_letters - 1, NULL);
      g_string_append_printf (out, "%s%c%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT,
                              i > 0 ? " " : "", block_letters[block->kind],
                              block->start, block->end);
    }

  return g_string_free (out, FALSE);
}

GArray *
lectern_structure_parse (const char *data,
                         gint64      n_chars)
{
  g_autoptr(GArray) blocks = NULL;
  const char *p = data;
  gint64 last_end = 0;

  if (data == NULL || *data == '\0')
    return NULL;

  blocks = g_array_new (FALSE, FALSE, sizeof (LecternBlock));
  while (*p != '\0')
    {
      LecternBlock block;
      const char *letter;
      char *end;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      letter = strchr (block_letters, *p);
      if (letter == NULL)
        return NULL;
      block.kind = (LecternBlockKind) (letter - block_letters);
      p++;
      if (!g_ascii_isdigit (*p))
        return NULL;
      block.start = g_ascii_strtoll (p, &end, 10);
      if (*end != '-' || !g_ascii_isdigit (end[1]))
        return NULL;
      block.end = g_ascii_strtoll (end + 1, &end, 10);
      p = end;
      if (block.start < last_end || block.end < block.start || block.end > n_chars)
        return NULL;
      last_end = block.end;
      g_array_append_val (blocks, block);
    }

  return g_steal_pointer (&blocks);
}
