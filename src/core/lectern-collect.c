/* lectern-collect.c: what an export holds, read the same way by the app and
 * lectern-cli
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-collect"

#include "config.h"

#include "lectern-collect.h"

#include <glib/gi18n.h>

gboolean
lectern_collect_format_lists_entities (LecternExportFormat format)
{
  return format == LECTERN_EXPORT_MARKDOWN || format == LECTERN_EXPORT_HTML;
}

LecternExportItem *
lectern_collect_story (LecternStore  *store,
                       LecternStory  *story,
                       gboolean       with_entities,
                       GCancellable  *cancellable,
                       GPtrArray     *warnings,
                       GError       **error)
{
  g_autoptr(GPtrArray) highlights = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autofree char *note = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (story != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  highlights = lectern_store_list_highlights_sync (store, story->id, error);
  if (highlights == NULL)
    return NULL;
  note = lectern_store_get_story_note_sync (store, story->id, error);
  if (note == NULL)
    return NULL;

  if (with_entities)
    {
      g_autoptr(GError) local_error = NULL;

      entities = lectern_store_get_corrected_entities_sync (store, story, NULL, cancellable,
                                                            &local_error);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (entities == NULL && warnings != NULL)
        /* Translators: %s says why the extractor failed */
        g_ptr_array_add (warnings, g_strdup_printf (_("people and organizations left out: %s"),
                                                    local_error->message));
    }

  return lectern_export_item_new (story, highlights, entities, note);
}

GPtrArray *
lectern_collect_stories (LecternStore  *store,
                         const gint64  *ids,
                         gsize          n_ids,
                         gboolean       with_entities,
                         GCancellable  *cancellable,
                         GPtrArray     *warnings,
                         GError       **error)
{
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (ids == NULL)
    {
      stories = lectern_store_list_stories_sync (store, error);
      if (stories == NULL)
        return NULL;
    }
  else
    {
      stories = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_story_unref);
      for (gsize i = 0; i < n_ids; i++)
        {
          LecternStory *story = lectern_store_get_story_sync (store, ids[i], error);

          if (story == NULL)
            return NULL;
          g_ptr_array_add (stories, story);
        }
    }

  for (guint i = 0; i < stories->len; i++)
    {
      LecternExportItem *item;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      item = lectern_collect_story (store, g_ptr_array_index (stories, i), with_entities,
                                    cancellable, warnings, error);
      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }

  return g_steal_pointer (&items);
}
