/* fuzz-import.c: libFuzzer target for text import and encodings
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a file to open (UTF-8, UTF-16, Windows-1252 detection), and
 * as pasted text. Refused with a LECTERN_IMPORT_ERROR, or a story whose
 * text is valid UTF-8 without NUL, not blank, with a title and a code
 * point count that matches.
 */

#include "config.h"

#include "lectern-import.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_story (const LecternStory *story)
{
  gsize len = strlen (story->text);

  g_assert_true (g_utf8_validate (story->text, len, NULL));
  g_assert_cmpint (story->n_chars, ==, g_utf8_strlen (story->text, len));
  g_assert_cmpint (story->n_chars, >, 0);
  g_assert_nonnull (story->title);
  g_assert_true (g_utf8_validate (story->title, -1, NULL));
  g_assert_cmpstr (story->title, !=, "");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternStory) pasted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strndup ((const char *) data, size);

  story = lectern_import_bytes (bytes, "fuzz.txt", "fuzz", &error);
  if (story == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == LECTERN_IMPORT_ERROR);
    }
  else
    {
      g_assert_no_error (error);
      check_story (story);
      /* Nothing is cut: UTF-8 comes through whole, less its BOM. */
      if (g_str_equal (story->encoding, "UTF-8"))
        g_assert_cmpuint (strlen (story->text), ==,
                          size - (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0));
    }
  g_clear_error (&error);

  /* Pasted text stops at the first NUL, as GDK hands it over. */
  pasted = lectern_import_text (text, &error);
  if (pasted != NULL)
    check_story (pasted);
  else
    g_assert_true (error->domain == LECTERN_IMPORT_ERROR);

  return 0;
}
