/* lectern-article.c: what reader mode keeps of a page
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The article and the sniffing of pages need no HTML parser, so they stay in
 * the core: the parser itself lives in the formats module (lectern-formats.c).
 */

#include "config.h"

#include <string.h>

#include "lectern-article.h"

gboolean
lectern_html_sniff (const char *data,
                    gsize       len)
{
  static const char *const markers[] = {
    "<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<div", "<p>", "<article",
    "<?xml",
  };
  gsize start = 0;
  g_autofree char *head = NULL;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    start = 3;
  while (start < len && g_ascii_isspace (data[start]))
    start++;
  if (start >= len || data[start] != '<')
    return FALSE;

  head = g_ascii_strdown (data + start, MIN (len - start, 1024));
  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    if (strstr (head, markers[i]) != NULL)
      return i < G_N_ELEMENTS (markers) - 1 || strstr (head, "<html") != NULL
             || strstr (head, "xhtml") != NULL;

  /* "<!--" comments before the doctype */
  return g_str_has_prefix (head, "<!--") && strstr (head, "<html") != NULL;
}

char *
lectern_article_get_body (const LecternArticle *article)
{
  GString *out;
  const char *p;
  gint64 offset = 0;

  g_return_val_if_fail (article != NULL, NULL);

  out = g_string_new (NULL);
  p = article->text;
  for (guint i = 0; i < article->blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (article->blocks, LecternBlock, i);
      const char *end;

      while (offset < block->start)
        {
          p = g_utf8_next_char (p);
          offset++;
        }
      end = p;
      for (gint64 j = block->start; j < block->end; j++)
        end = g_utf8_next_char (end);
      if (block->kind != LECTERN_BLOCK_CAPTION && block->kind != LECTERN_BLOCK_DROPPED)
        {
          if (out->len > 0)
            g_string_append (out, block->kind == LECTERN_BLOCK_LIST_ITEM ? "\n" : "\n\n");
          g_string_append_len (out, p, end - p);
        }
      p = end;
      offset = block->end;
    }

  return g_string_free (out, FALSE);
}

void
lectern_article_free (LecternArticle *article)
{
  if (article == NULL)
    return;

  g_free (article->title);
  g_free (article->byline);
  g_free (article->site_name);
  g_free (article->published);
  g_free (article->lang);
  g_free (article->url);
  g_free (article->encoding);
  g_free (article->text);
  if (article->blocks != NULL)
    g_array_unref (article->blocks);
  g_free (article);
}

void
lectern_article_append_block (GString          *text,
                              GArray           *blocks,
                              gint64           *n_chars,
                              LecternBlockKind  kind,
                              const char       *block)
{
  LecternBlock b = { kind, 0, 0 };
  gboolean list_run = FALSE;
  glong len;

  if (blocks->len > 0)
    {
      const LecternBlock *prev = &g_array_index (blocks, LecternBlock, blocks->len - 1);

      list_run = kind == LECTERN_BLOCK_LIST_ITEM && prev->kind == LECTERN_BLOCK_LIST_ITEM;
    }
  if (text->len > 0)
    {
      g_string_append (text, list_run ? "\n" : "\n\n");
      *n_chars += list_run ? 1 : 2;
    }

  len = g_utf8_strlen (block, -1);
  b.start = *n_chars;
  b.end = *n_chars + len;
  g_string_append (text, block);
  *n_chars += len;
  g_array_append_val (blocks, b);
}
