/* fuzz-extractor.c: libFuzzer target for the tokenizer and the extractor
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes: invalid UTF-8 must be refused with LECTERN_EXTRACTOR_ERROR_INPUT,
 * anything else must give entities whose mentions lie inside the text.
 * See README.md for the command.
 */

#include "config.h"

#include "lectern-extractor.h"
#include "lectern-tokenizer.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static LecternExtractor *extractor;
  g_autofree char *text = g_strndup ((const char *) data, size);
  gsize length = strlen (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  glong n_chars;

  if (extractor == NULL)
    {
      extractor = lectern_extractor_new (NULL, &error);
      if (extractor == NULL)
        g_error ("fuzz-extractor: %s", error->message);
    }

  entities = lectern_extractor_extract (extractor, text, NULL, NULL, NULL, &error);
  if (!g_utf8_validate (text, (gssize) length, NULL))
    {
      g_assert_null (entities);
      g_assert_error (error, LECTERN_EXTRACTOR_ERROR, LECTERN_EXTRACTOR_ERROR_INPUT);
      return 0;
    }
  g_assert_no_error (error);
  g_assert_nonnull (entities);

  n_chars = g_utf8_strlen (text, (gssize) length);
  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      g_assert_true (g_utf8_validate (entity->name, -1, NULL));
      g_assert_cmpuint (entity->mentions->len, >, 0);
      for (guint k = 0; k < entity->mentions->len; k++)
        {
          LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, k);

          g_assert_cmpint (0, <=, span->start);
          g_assert_cmpint (span->start, <, span->end);
          g_assert_cmpint (span->end, <=, n_chars);
        }
    }

  /* The tokenizer alone: tokens in order, inside the text. */
  {
    g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (LecternToken));
    guint32 end = 0;

    lectern_tokenize (text, length, tokens);
    for (guint i = 0; i < tokens->len; i++)
      {
        LecternToken *t = &g_array_index (tokens, LecternToken, i);

        g_assert_cmpuint (t->byte_start, >=, end);
        g_assert_cmpuint (t->byte_len, >, 0);
        end = t->byte_start + t->byte_len;
        g_assert_cmpuint (end, <=, length);
        g_assert_cmpuint (t->cp_start + t->cp_len, <=, (guint32) n_chars);
      }
  }

  return 0;
}
