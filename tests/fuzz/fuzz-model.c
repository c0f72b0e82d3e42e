/* fuzz-model.c: libFuzzer target for the model loader
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any file must be refused with LECTERN_EXTRACTOR_ERROR_MODEL or load and
 * tag safely. The checksum is recomputed over the mutated payload, so that
 * mutations of data/entities.model (the seed) reach the structural checks
 * that guard against crafted files.
 */

#include "config.h"

#include "lectern-extractor.h"
#include "lectern-ner.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternExtractor) extractor = NULL;
  g_autofree guint8 *copy = g_memdup2 (data, size);

  if (path == NULL)
    path = g_strdup_printf ("%s/lectern-fuzz-model-%d", g_get_tmp_dir (), (int) getpid ());
  if (size >= sizeof (LecternNerHeader))
    {
      LecternNerHeader header;

      memcpy (&header, copy, sizeof header);
      header.checksum = lectern_ner_checksum (copy + sizeof header, size - sizeof header);
      memcpy (copy, &header, sizeof header);
    }
  if (!g_file_set_contents (path, (const char *) copy, (gssize) size, &error))
    g_error ("fuzz-model: %s", error->message);

  extractor = lectern_extractor_new (path, &error);
  if (extractor == NULL)
    {
      g_assert_error (error, LECTERN_EXTRACTOR_ERROR, LECTERN_EXTRACTOR_ERROR_MODEL);
      return 0;
    }

  {
    g_autoptr(GPtrArray) entities = lectern_extractor_extract (extractor,
                                                               "Sam Altman a rejoint Microsoft.",
                                                               NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (entities);
  }

  return 0;
}
