/* fuzz-export.c: libFuzzer target for every export writer
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is cut at \x01 bytes into a story (title, text, author, url,
 * story note) and highlights (each: 3 bytes for place, colour and style,
 * then a note, a quote speaker after \x03, and tags after \x02). Each
 * format must give valid UTF-8; JSON must import back
 * (lectern_notes_import_json) with every highlight and carry every speaker
 * exactly; file names and citations must be safe to use.
 */

#include "config.h"

#include "lectern-export.h"
#include "lectern-import.h"
#include "lectern-json.h"
#include "lectern-notes.h"
#include "lectern-store.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char *const format_names[] = {
  "markdown", "html", "json", "csv", "text", "org",
};

/* Counts the "lectern:speaker" members of a JSON export, checking each is
 * the speaker of the highlight it belongs to (found by its "id"). */
static guint
check_speakers (const LecternJsonNode *node,
                GPtrArray             *highlights)
{
  guint found = 0;

  if (node == NULL || (node->type != LECTERN_JSON_ARRAY && node->type != LECTERN_JSON_OBJECT))
    return 0;
  if (node->type == LECTERN_JSON_OBJECT)
    {
      const char *speaker = lectern_json_object_get_string (node, "lectern:speaker");

      if (speaker != NULL)
        {
          gboolean matched = FALSE;

          for (guint i = 0; i < highlights->len && !matched; i++)
            {
              const LecternHighlight *highlight = g_ptr_array_index (highlights, i);

              matched = g_strcmp0 (highlight->speaker, speaker) == 0;
            }
          g_assert_true (matched);
          found++;
        }
    }
  for (guint i = 0; i < node->items->len; i++)
    {
      const LecternJsonNode *child = g_ptr_array_index (node->items, i);

      if (node->type == LECTERN_JSON_OBJECT)
        child = ((const LecternJsonMember *) g_ptr_array_index (node->items, i))->value;
      found += check_speakers (child, highlights);
    }

  return found;
}

static char *
field (char **fields,
       guint  n,
       guint  i)
{
  return g_utf8_make_valid (i < n ? fields[i] : "", -1);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *input = g_strndup ((const char *) data, size);
  g_auto(GStrv) fields = g_strsplit (input, "\x01", 64);
  guint n = g_strv_length (fields);
  g_autofree char *title = field (fields, n, 0);
  g_autofree char *text = field (fields, n, 1);
  g_autofree char *author = field (fields, n, 2);
  g_autofree char *url = field (fields, n, 3);
  g_autofree char *note = field (fields, n, 4);
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) highlights = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 3, 8, 0, 0);
  const char *const *colors = lectern_highlight_colors ();
  const char *const *styles = lectern_highlight_styles ();
  guint n_speakers = 0;

  /* Only stories Lectern stores: import refuses blank text. */
  {
    g_autoptr(LecternStory) checked = lectern_import_text (text, NULL);

    if (checked == NULL)
      return 0;
  }

  story = lectern_story_new (*title != '\0' ? title : "Untitled", "/tmp/fuzz.txt", text);
  story->id = 1;
  g_free (story->author);
  story->author = g_strdup (author);
  g_free (story->url);
  story->url = g_strdup (url);

  highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  for (guint i = 5; i < n; i++)
    {
      const guchar *spec = (const guchar *) fields[i];
      gsize len = strlen (fields[i]);
      g_autofree char *rest = NULL;
      g_auto(GStrv) parts = NULL;
      char *speaker;
      LecternHighlight *highlight;
      gint64 start, end;

      if (len < 3 || story->n_chars == 0)
        continue;
      start = spec[0] % story->n_chars;
      end = MIN (story->n_chars, start + 1 + spec[1] % 64);
      rest = g_utf8_make_valid ((const char *) spec + 3, -1);
      parts = g_strsplit (rest, "\x02", -1);
      /* A quote's speaker, as the attribution or a person typed it. */
      speaker = parts[0] != NULL ? strchr (parts[0], '\x03') : NULL;
      if (speaker != NULL)
        *speaker++ = '\0';
      highlight = lectern_highlight_new_for_range (story, start, end,
                                                   colors[spec[2] % 5], parts[0]);
      g_assert_nonnull (highlight);
      highlight->id = i;
      highlight->story_id = story->id;
      g_free (highlight->style);
      highlight->style = g_strdup (styles[(spec[2] / 5) % 2]);
      if (speaker != NULL)
        {
          highlight->speaker = g_strdup (speaker);
          if (*speaker != '\0')
            n_speakers++;
        }
      if (highlight->uuid == NULL)
        highlight->uuid = g_uuid_string_random ();
      if (parts[0] != NULL && parts[1] != NULL)
        lectern_highlight_set_tags (highlight, (const char *const *) parts + 1);
      else if (highlight->tags == NULL)
        highlight->tags = g_new0 (char *, 1);
      g_ptr_array_add (highlights, highlight);
    }

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);
  g_ptr_array_add (items, lectern_export_item_new (story, highlights, NULL, note));

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    {
      LecternExportFormat format;
      g_autofree char *out = NULL;

      if (!lectern_export_format_from_string (format_names[i], &format))
        continue;
      out = lectern_export_items (format, items, NULL, now);
      g_assert_nonnull (out);
      g_assert_true (g_utf8_validate (out, -1, NULL));

      if (format == LECTERN_EXPORT_JSON)
        {
          static LecternStore *store;
          g_autoptr(GError) error = NULL;
          g_autoptr(LecternJsonNode) root = NULL;
          LecternNotesImportCounts counts;

          /* Every speaker is there, as it was, with its highlight. */
          root = lectern_json_parse (out, -1, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (check_speakers (root, highlights), ==, n_speakers);

          /* One empty library for the run; each import is rolled back. */
          if (store == NULL)
            store = lectern_store_new (":memory:", NULL);
          g_assert_true (lectern_store_begin_batch_sync (store, &error));

          /* What we write, we read back: every highlight. */
          g_assert_true (lectern_notes_import_json (store, out, -1, &counts, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (counts.highlights_added, ==, highlights->len);
          g_assert_true (lectern_store_end_batch_sync (store, FALSE, &error));
        }
    }

  for (guint i = 0; i < highlights->len; i++)
    {
      g_autofree char *citation = lectern_export_citation (story, g_ptr_array_index (highlights, i),
                                                           TRUE);

      g_assert_true (g_utf8_validate (citation, -1, NULL));
    }

  {
    g_autofree char *name = lectern_export_suggest_filename (title, "md");

    /* A file name, never a path. */
    g_assert_nonnull (name);
    g_assert_null (strchr (name, '/'));
    g_assert_cmpstr (name, !=, ".md");
  }

  return 0;
}
