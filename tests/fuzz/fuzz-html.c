/* fuzz-html.c: libFuzzer target for the reader mode (issue 7)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a web page: the reader never fails, its text and metadata
 * are valid UTF-8, and its blocks lie in order inside its text. The first
 * byte also picks an HTTP charset, so the decoders are fuzzed too; then
 * the same bytes go through the whole import path (MHTML, Markdown, text).
 * See README.md for the command.
 */

#include "config.h"

#include "lectern-html.h"
#include "lectern-source.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *const charsets[] = { NULL, "utf-8", "windows-1252", "shift_jis", "bogus" };
  const char *charset = size > 0 ? charsets[data[0] % G_N_ELEMENTS (charsets)] : NULL;
  g_autoptr(LecternArticle) article = NULL;
  g_autofree char *body = NULL;
  gint64 n_chars, last_end = 0;

  /* A critical warning is a bug, like a crash. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  article = lectern_html_read ((const char *) data, size, charset);
  g_assert_nonnull (article);
  g_assert_true (g_utf8_validate (article->text, -1, NULL));
  g_assert_true (g_utf8_validate (article->title, -1, NULL));
  g_assert_true (g_utf8_validate (article->byline, -1, NULL));
  g_assert_true (g_utf8_validate (article->site_name, -1, NULL));
  g_assert_true (g_utf8_validate (article->published, -1, NULL));
  g_assert_true (g_utf8_validate (article->lang, -1, NULL));
  g_assert_true (g_utf8_validate (article->url, -1, NULL));

  n_chars = g_utf8_strlen (article->text, -1);
  for (guint i = 0; i < article->blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (article->blocks, LecternBlock, i);

      g_assert_cmpint (block->start, >=, last_end);
      g_assert_cmpint (block->end, >, block->start);
      g_assert_cmpint (block->end, <=, n_chars);
      last_end = block->end;
    }

  body = lectern_article_get_body (article);
  g_assert_true (g_utf8_validate (body, -1, NULL));

  /* The whole import path on the same bytes: detection, MHTML, Markdown,
   * text. A story, or an error, never both. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new (data, size);
    g_autoptr(GError) error = NULL;
    g_autoptr(LecternStory) story = NULL;
    const char *name = size > 1 && data[1] % 2 ? "page.md" : "page.html";

    story = lectern_source_read_bytes (bytes, name, name, NULL, charset, NULL, &error);
    g_assert_true ((story == NULL) != (error == NULL));
    if (story != NULL)
      g_assert_true (g_utf8_validate (story->text, -1, NULL));
  }

  return 0;
}
