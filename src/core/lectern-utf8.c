/* lectern-utf8.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-utf8"

#include "config.h"

#include "lectern-utf8.h"

char *
lectern_utf8_substring (const char *text,
                        gint64      start,
                        gint64      end)
{
  const char *p = text;
  const char *from;
  gint64 i = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (start < 0)
    start = 0;
  if (end < start)
    end = start;

  /* One pass, so callers can cut from large texts without counting twice. */
  while (*p != '\0' && i < start)
    {
      p = g_utf8_next_char (p);
      i++;
    }
  from = p;
  while (*p != '\0' && i < end)
    {
      p = g_utf8_next_char (p);
      i++;
    }

  return g_strndup (from, p - from);
}
