/* fuzz-quotes.c: libFuzzer target for the quotation finder
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any valid UTF-8 as a story (other bytes are skipped, as the callers check
 * the encoding first): the quotes must lie inside the text, in order and
 * apart, with speakers and speaker phrases that are valid UTF-8 inside the
 * text. Runs with the extractor's entities and with none. See README.md.
 */

#include "config.h"

#include "lectern-extractor.h"
#include "lectern-quotes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_quotes (GPtrArray *quotes,
              glong      n_chars)
{
  gint64 end = 0;

  for (guint i = 0; i < quotes->len; i++)
    {
      const LecternQuote *quote = g_ptr_array_index (quotes, i);

      g_assert_cmpint (quote->start, >=, end);
      g_assert_cmpint (quote->start, <, quote->end);
      g_assert_cmpint (quote->end, <=, n_chars);
      end = quote->end;
      g_assert_true (quote->speaker == NULL || g_utf8_validate (quote->speaker, -1, NULL));
      if (quote->speaker_text != NULL)
        {
          g_assert_true (g_utf8_validate (quote->speaker_text, -1, NULL));
          g_assert_cmpint (0, <=, quote->speaker_start);
          g_assert_cmpint (quote->speaker_start, <, quote->speaker_end);
          g_assert_cmpint (quote->speaker_end, <=, n_chars);
        }
      else
        g_assert_cmpint (quote->speaker_start, ==, -1);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static LecternExtractor *extractor;
  g_autofree char *text = g_strndup ((const char *) data, size);
  gsize length = strlen (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) quotes = NULL;
  g_autofree char *json = NULL;
  glong n_chars;

  if (!g_utf8_validate (text, (gssize) length, NULL))
    return 0;
  if (extractor == NULL)
    {
      extractor = lectern_extractor_new (NULL, &error);
      if (extractor == NULL)
        g_error ("fuzz-quotes: %s", error->message);
    }
  n_chars = g_utf8_strlen (text, (gssize) length);

  quotes = lectern_quotes_find (text, NULL);
  check_quotes (quotes, n_chars);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  entities = lectern_extractor_extract (extractor, text, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  quotes = lectern_quotes_find (text, entities);
  check_quotes (quotes, n_chars);
  json = lectern_quotes_to_json (quotes);
  g_assert_true (g_utf8_validate (json, -1, NULL));

  return 0;
}
