/* fuzz-notes.c: libFuzzer target for the JSON notes import
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a notes file ("Import notes…", lectern-cli import-notes),
 * into an empty library in memory. It must be refused with
 * LECTERN_IMPORT_ERROR_INVALID (or a store error), or imported so that
 * every placed highlight lies inside its story and quotes it exactly.
 */

#include "config.h"

#include "lectern-import.h"
#include "lectern-notes.h"
#include "lectern-store.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_library (LecternStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = lectern_store_list_stories_sync (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < stories->len; i++)
    {
      LecternStory *story = g_ptr_array_index (stories, i);
      g_autoptr(GPtrArray) highlights = lectern_store_list_highlights_sync (store, story->id,
                                                                           &error);

      g_assert_no_error (error);
      g_assert_true (g_utf8_validate (story->text, -1, NULL));
      for (guint j = 0; j < highlights->len; j++)
        {
          LecternHighlight *highlight = g_ptr_array_index (highlights, j);
          g_autofree char *quote = NULL;
          const char *start;

          g_assert_cmpint (highlight->start, >=, 0);
          g_assert_cmpint (highlight->end, >, highlight->start);
          g_assert_true (g_utf8_validate (highlight->note, -1, NULL));
          if (highlight->orphaned)
            continue;
          g_assert_cmpint (highlight->end, <=, story->n_chars);
          start = g_utf8_offset_to_pointer (story->text, highlight->start);
          quote = g_strndup (start, g_utf8_offset_to_pointer (start, highlight->end
                                                              - highlight->start) - start);
          g_assert_cmpstr (quote, ==, highlight->quote);
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static LecternStore *store;
  g_autoptr(GError) error = NULL;
  LecternNotesImportCounts counts;

  /* One library for the whole run (creating one per input costs more than
   * the import); each input runs in a batch that is rolled back, so every
   * input starts from the empty library. */
  if (store == NULL)
    {
      store = lectern_store_new (":memory:", &error);
      g_assert_no_error (error);
    }
  g_assert_true (lectern_store_begin_batch_sync (store, &error));

  if (lectern_notes_import_json (store, (const char *) data, (gssize) size, &counts, &error))
    {
      g_assert_no_error (error);
      check_library (store);
      /* Importing the same file again adds no highlight. */
      g_assert_true (lectern_notes_import_json (store, (const char *) data, (gssize) size,
                                                &counts, &error));
      g_assert_cmpuint (counts.highlights_added, ==, 0);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == LECTERN_IMPORT_ERROR
                     || error->domain == LECTERN_STORE_ERROR);
      g_clear_error (&error);
    }

  g_assert_true (lectern_store_end_batch_sync (store, FALSE, &error));
  return 0;
}
