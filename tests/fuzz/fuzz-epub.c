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

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

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

  return 0;
}
