/* fuzz-epub.c: libFuzzer target for the EPUB reader (issue 7)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as an e-book: refused with a LECTERN_SOURCE_ERROR, or a story
 * whose blocks lie in order inside its valid UTF-8 text. Seeds: the corpus
 * of test-sources builds valid and hostile books; see README.md.
 */

#include "config.h"

#include "lectern-epub.h"
#include "lectern-source.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
on_preview (LecternStory *preview,
            gpointer      user_data)
{
  LecternStory **out = user_data;

  g_assert_null (*out);
  *out = lectern_story_ref (preview);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GArray) blocks = NULL;
  gint64 last_end = 0;

  /* A critical warning is a bug, like a crash. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  story = lectern_epub_read ((const char *) data, size, "fuzz.epub", "fuzz.epub", &error);
  if (story == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == LECTERN_SOURCE_ERROR);
      return 0;
    }

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (story->text, -1, NULL));
  blocks = lectern_story_get_blocks (story);
  for (guint i = 0; i < blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (blocks, LecternBlock, i);

      g_assert_cmpint (block->start, >=, last_end);
      g_assert_cmpint (block->end, >=, block->start);
      g_assert_cmpint (block->end, <=, story->n_chars);
      last_end = block->end;
    }

  /* Read first chapters first, the book is the same story, and what was
   * shown of it is its start. */
  {
    g_autoptr(GError) preview_error = NULL;
    g_autoptr(LecternStory) preview = NULL;
    g_autoptr(LecternStory) again = lectern_epub_read_with_preview ((const char *) data, size,
                                                                    "fuzz.epub", "fuzz.epub",
                                                                    on_preview, &preview,
                                                                    &preview_error);

    g_assert_no_error (preview_error);
    g_assert_cmpstr (again->text, ==, story->text);
    if (preview != NULL)
      {
        g_autoptr(GArray) first = lectern_story_get_blocks (preview);

        g_assert_true (g_str_has_prefix (story->text, preview->text));
        g_assert_cmpuint (first->len, <=, blocks->len);
        for (guint i = 0; i < first->len; i++)
          g_assert_true (memcmp (&g_array_index (first, LecternBlock, i),
                                 &g_array_index (blocks, LecternBlock, i), sizeof (LecternBlock)) == 0);
      }
  }

  return 0;
}
