/* lectern-correct.c: correcting a story's people and organizations, the
 * same way from the app and lectern-cli
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-correct"

#include "config.h"

#include "lectern-correct.h"

#include <glib/gi18n.h>
#include <inttypes.h>

/* The entry `form` names, or NULL with an error. */
static LecternEntity *
find_entry (GPtrArray   *entities,
            const char  *form,
            GError     **error)
{
  LecternEntity *entity = lectern_corrections_find_entity (entities, form);

  if (entity == NULL)
    g_set_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                 _("This story has no person or organization written “%s”."), form);
  return entity;
}

/* The entry's own spelling of a form the user typed, so that stored
 * corrections read as the story writes the name. */
static void
write_as_the_story (char                **form,
                    const LecternEntity  *entity)
{
  for (guint i = 0; i < entity->forms->len; i++)
    {
      const char *written = g_ptr_array_index (entity->forms, i);

      if (lectern_corrections_forms_equal (written, *form))
        {
          g_free (*form);
          *form = g_strdup (written);
          return;
        }
    }
}

gboolean
lectern_correct_check (LecternCorrection  *correction,
                       GPtrArray          *entities,
                       const char         *text,
                       GError            **error)
{
  LecternEntity *entity, *other;
  gboolean more = FALSE;

  g_return_val_if_fail (correction != NULL, FALSE);
  g_return_val_if_fail (entities != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!lectern_correction_validate (correction, error))
    return FALSE;

  switch (correction->kind)
    {
    case LECTERN_CORRECTION_RENAME:
    case LECTERN_CORRECTION_RETYPE:
    case LECTERN_CORRECTION_REMOVE:
      entity = find_entry (entities, correction->form, error);
      if (entity == NULL)
        return FALSE;
      write_as_the_story (&correction->form, entity);
      return TRUE;

    case LECTERN_CORRECTION_MERGE:
      entity = find_entry (entities, correction->form, error);
      other = entity != NULL ? find_entry (entities, correction->value, error) : NULL;
      if (other == NULL)
        return FALSE;
      if (entity == other)
        {
          g_set_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                       _("“%s” and “%s” are already one entry."), correction->form, correction->value);
          return FALSE;
        }
      write_as_the_story (&correction->form, entity);
      write_as_the_story (&correction->value, other);
      return TRUE;

    case LECTERN_CORRECTION_SPLIT:
      entity = find_entry (entities, correction->form, error);
      if (entity == NULL)
        return FALSE;
      for (guint i = 0; i < entity->forms->len && !more; i++)
        more = !lectern_corrections_forms_equal (g_ptr_array_index (entity->forms, i), correction->form);
      if (!more)
        {
          g_set_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                       _("“%s” is the only form of its entry: there is nothing to split."),
                       correction->form);
          return FALSE;
        }
      write_as_the_story (&correction->form, entity);
      return TRUE;

    case LECTERN_CORRECTION_ADD:
      {
        g_autoptr(GArray) found = lectern_corrections_find_occurrences (text, correction->form);

        if (found->len == 0 && lectern_corrections_find_entity (entities, correction->form) == NULL)
          {
            g_set_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                         _("“%s” does not appear as a whole word in this story."), correction->form);
            return FALSE;
          }
        return TRUE;
      }
    }

  g_assert_not_reached ();
}

GPtrArray *
lectern_correct_story_sync (LecternStore       *store,
                            LecternStory       *story,
                            LecternCorrection  *correction,
                            GCancellable       *cancellable,
                            GError            **error)
{
  g_autoptr(GPtrArray) entities = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (story != NULL && story->text != NULL, NULL);
  g_return_val_if_fail (correction != NULL, NULL);

  /* Checked against the list as the user sees it now. */
  entities = lectern_store_get_corrected_entities_sync (store, story, NULL, cancellable, error);
  if (entities == NULL)
    return NULL;
  if (!lectern_correct_check (correction, entities, story->text, error))
    return NULL;
  if (lectern_store_add_correction_sync (store, story->id, correction, error) == 0)
    return NULL;

  return lectern_store_get_corrected_entities_sync (store, story, NULL, cancellable, error);
}

GPtrArray *
lectern_correct_undo_sync (LecternStore  *store,
                           LecternStory  *story,
                           gint64         correction_id,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(LecternCorrection) old = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (story != NULL && story->text != NULL, NULL);

  old = lectern_store_get_correction_sync (store, correction_id, error);
  if (old == NULL)
    return NULL;
  if (old->story_id != story->id)
    {
      g_set_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                   _("Correction %" PRId64 " was not made in story %" PRId64 "."),
                   correction_id, story->id);
      return NULL;
    }
  if (!lectern_store_undo_correction_sync (store, correction_id, error))
    return NULL;

  return lectern_store_get_corrected_entities_sync (store, story, NULL, cancellable, error);
}

GPtrArray *
lectern_correct_redo_sync (LecternStore             *store,
                           LecternStory             *story,
                           const LecternCorrection  *correction,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (story != NULL && story->text != NULL, NULL);
  g_return_val_if_fail (correction != NULL && correction->id > 0, NULL);

  if (correction->story_id != story->id)
    {
      g_set_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                   _("Correction %" PRId64 " was not made in story %" PRId64 "."),
                   correction->id, story->id);
      return NULL;
    }
  if (!lectern_store_restore_correction_sync (store, correction, error))
    return NULL;

  return lectern_store_get_corrected_entities_sync (store, story, NULL, cancellable, error);
}
