/* lectern-markdown.c: notes are CommonMark, read with libcmark
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-markdown"

#include "config.h"

#include <string.h>

#include "lectern-markdown.h"

#include <cmark.h>

gboolean
lectern_markdown_url_is_unsafe (const char *url)
{
  g_autoptr(GString) scheme = g_string_new (NULL);
  const char *p = url;

  if (url == NULL)
    return FALSE;

  /* Browsers skip leading blanks and controls and drop tabs and newlines
   * anywhere, so "java\tscript:" is still a script. */
  while (*p != '\0' && (guchar) *p <= 0x20)
    p++;
  for (; *p != '\0' && *p != ':' && scheme->len < 16; p++)
    if (*p != '\t' && *p != '\n' && *p != '\r')
      g_string_append_c (scheme, g_ascii_tolower (*p));
  if (*p != ':')
    return FALSE;

  if (g_str_equal (scheme->str, "data"))
    {
      g_autofree char *rest = g_ascii_strdown (p + 1, 16);

      return !(g_str_has_prefix (rest, "image/png") || g_str_has_prefix (rest, "image/gif")
               || g_str_has_prefix (rest, "image/jpeg") || g_str_has_prefix (rest, "image/webp"));
    }

  return g_str_equal (scheme->str, "javascript") || g_str_equal (scheme->str, "vbscript")
         || g_str_equal (scheme->str, "file");
}

gboolean
lectern_markdown_has_unsafe_links (const char *markdown)
{
  cmark_node *document;
  cmark_iter *iter;
  cmark_event_type event;
  gboolean unsafe = FALSE;

  g_return_val_if_fail (markdown != NULL, FALSE);

  document = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (document);
  while (!unsafe && (event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);

      if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE))
        unsafe = lectern_markdown_url_is_unsafe (cmark_node_get_url (node));
    }
  cmark_iter_free (iter);
  cmark_node_free (document);

  return unsafe;
}

char *
lectern_markdown_to_html (const char *markdown)
{
  char *html;
  char *copy;

  g_return_val_if_fail (markdown != NULL, NULL);

  /* Without CMARK_OPT_UNSAFE, libcmark leaves raw HTML out and empties
   * javascript:, vbscript:, file: and most data: destinations. */
  html = cmark_markdown_to_html (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  copy = g_strdup (html);
  free (html);
  return copy;
}

/* Whether what `out` ends with escapes the next character: an odd number
 * of backslashes. */
static gboolean
escaped (const GString *out)
{
  gsize n = 0;

  while (n < out->len && out->str[out->len - 1 - n] == '\\')
    n++;
  return n % 2 == 1;
}

static gboolean
blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (*text != ' ' && *text != '\t')
      return FALSE;
  return TRUE;
}

/* The backtick or tilde fence that a line opens or closes, if any:
 * up to three spaces, then three or more of the same character. */
static gboolean
fence_of_line (const char *line,
               char       *out_char,
               gsize      *out_length,
               const char **out_rest)
{
  const char *p = line;
  gsize n = 0;

  while (*p == ' ' && p - line < 4)
    p++;
  if (p - line > 3 || (*p != '`' && *p != '~'))
    return FALSE;
  while (p[n] == *p)
    n++;
  if (n < 3)
    return FALSE;
  *out_char = *p;
  *out_length = n;
  *out_rest = p + n;
  return TRUE;
}

/* Where a note's line would become an Obsidian block id: " ^word" at its
 * end. Returns the position of the caret, or NULL. */
static const char *
trailing_block_id (const char *line,
                   gsize       len)
{
  const char *end = line + len;
  const char *p;

  while (end > line && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  p = end;
  while (p > line && (g_ascii_isalnum (p[-1]) || p[-1] == '-'))
    p--;
  if (p == end || p == line || p[-1] != '^')
    return NULL;
  if (p - 1 > line && p[-2] != ' ' && p[-2] != '\t')
    return NULL;
  return p - 1;
}

char *
lectern_markdown_make_safe (const char *markdown)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  gboolean defuse_links;
  char fence = 0;
  gsize fence_length = 0;

  g_return_val_if_fail (markdown != NULL, NULL);

  /* A note with an unsafe link loses every link: brackets are escaped, so
   * neither inline links nor reference definitions form, and the text
   * still reads the same. */
  defuse_links = lectern_markdown_has_unsafe_links (markdown);
  lines = g_strsplit (markdown, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      gsize len = strlen (line);
      const char *caret;
      const char *rest;
      char c;
      gsize n;

      if (len > 0 && line[len - 1] == '\r')
        line[--len] = '\0';

      if (fence_of_line (line, &c, &n, &rest))
        {
          if (fence == 0 && (c == '~' || strchr (rest, '`') == NULL))
            {
              fence = c;
              fence_length = n;
            }
          else if (fence == c && n >= fence_length && blank (rest))
            fence = 0;
        }

      caret = fence == 0 ? trailing_block_id (line, len) : NULL;
      for (const char *p = line; *p != '\0'; p++)
        {
          gboolean defuse = fence == 0 && (*p == '<' || p == caret
                                           || (defuse_links && (*p == '[' || *p == ']')));

          /* A backslash the note already has before it may escape our
           * backslash instead ("\<" is a backslash and a live "<"). */
          if (defuse && !escaped (out))
            g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
      if (lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }

  /* An open fence would turn the rest of the file into code. */
  if (fence != 0)
    {
      if (out->len > 0 && out->str[out->len - 1] != '\n')
        g_string_append_c (out, '\n');
      for (gsize k = 0; k < fence_length; k++)
        g_string_append_c (out, fence);
    }

  /* Belt and braces: if CommonMark still finds a script link, the note
   * is written as plain text, every punctuation mark escaped. */
  if (lectern_markdown_has_unsafe_links (out->str))
    {
      g_string_truncate (out, 0);
      for (const char *p = markdown; *p != '\0'; p++)
        {
          if (g_ascii_ispunct (*p))
            g_string_append_c (out, '\\');
          if (*p != '\r')
            g_string_append_c (out, *p);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
