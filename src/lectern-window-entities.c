/* lectern-window-entities.c: the People & Organizations page of the
 * window: extraction, the lists, mentions and corrections
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include "lectern-correct.h"

#include "lectern-corrections.h"
#include "lectern-extractor.h"
#include "lectern-store.h"
#include "lectern-utf8.h"

#include <glib/gi18n.h>

static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

typedef struct
{
  LecternStory *story;
  char         *version;
  GPtrArray    *entities;
  gboolean      cached;    /* in results: whether the cache had a list */
} EntitiesData;

static void
entities_data_free (gpointer data)
{
  EntitiesData *entities = data;

  g_clear_pointer (&entities->story, lectern_story_unref);
  g_free (entities->version);
  g_clear_pointer (&entities->entities, g_ptr_array_unref);
  g_free (entities);
}

static EntitiesData *
entities_data_new (LecternStory *story)
{
  EntitiesData *data = g_new0 (EntitiesData, 1);

  data->story = lectern_story_ref (story);

  return data;
}

/* People and organizations */

static void
set_mention_text (LecternWindow *self,
                  const char    *text)
{
  lectern_entities_page_set_mention_text (self->entities_page, text);
}

static void
show_current_mention (LecternWindow *self)
{
  const LecternSpan *span;
  g_autofree char *text = NULL;
  guint n;

  if (self->current_entity == NULL || self->current_entity->mentions->len == 0)
    {
      lectern_article_view_set_mentions (self->article_view, NULL, -1);
      set_mention_text (self, "");
      lectern_window_update_actions (self);
      return;
    }

  n = self->current_entity->mentions->len;
  span = &g_array_index (self->current_entity->mentions, LecternSpan, self->current_mention);
  lectern_article_view_set_mentions (self->article_view, self->current_entity->mentions,
                                     self->current_mention);
  lectern_article_view_scroll_to_range (self->article_view, span->start, span->end);

  /* Translators: a position among the mentions of a person in the text */
  text = g_strdup_printf (_("Mention %d of %u"), self->current_mention + 1, n);
  set_mention_text (self, text);
  lectern_window_update_actions (self);
}

void
lectern_window_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

void
lectern_window_show_entities (LecternWindow *self,
                              GPtrArray     *entities)
{
  self->current_entity = NULL;
  self->current_mention = 0;
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  self->entities = entities != NULL ? g_ptr_array_ref (entities) : NULL;
  show_current_mention (self);

  lectern_entities_page_set_entities (self->entities_page, entities);
  lectern_window_entities_changed (self);
}

typedef struct
{
  LecternWindow *self;
  double         fraction;
} ProgressData;

static gboolean
show_extract_progress_cb (gpointer user_data)
{
  ProgressData *progress = user_data;
  g_autofree char *text = NULL;

  /* Translators: %d is a percentage */
  text = g_strdup_printf (_("Finding people and organizations… %d %%"), (int) (progress->fraction * 100));
  lectern_entities_page_set_progress (progress->self->entities_page, text);

  return G_SOURCE_REMOVE;
}

static void
progress_data_free (gpointer data)
{
  ProgressData *progress = data;

  g_object_unref (progress->self);
  g_free (progress);
}

typedef struct
{
  LecternWindow *self;
  int            last_percent;
} ExtractContext;

static void
extract_progress_cb (double   fraction,
                     gpointer user_data)
{
  ExtractContext *context = user_data;
  ProgressData *progress;
  int percent = (int) (fraction * 100);

  if (percent == context->last_percent)
    return;
  context->last_percent = percent;

  progress = g_new0 (ProgressData, 1);
  progress->self = g_object_ref (context->self);
  progress->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_extract_progress_cb,
                              progress, progress_data_free);
}

/* Runs in a worker thread: the extractor needs no database. */
static void
extract_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LecternStory *story = task_data;
  ExtractContext context = { source_object, -1 };
  LecternExtractor *extractor;
  GPtrArray *entities;
  GError *error = NULL;

  extractor = lectern_extractor_get_default (&error);
  if (extractor == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  entities = lectern_extractor_extract (extractor, story->text, cancellable,
                                        extract_progress_cb, &context, &error);
  if (entities == NULL && error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, entities != NULL ? entities : g_ptr_array_new (),
                           (GDestroyNotify) g_ptr_array_unref);
}

/* Caches the extractor's own result and makes the story's list for the
 * library (its filter then finds these names), then returns it with the
 * user's corrections applied, as the sidebar shows it. */
static gpointer
store_entities_worker (LecternStore  *store,
                       gpointer       data,
                       GCancellable  *cancellable,
                       GError       **error)
{
  EntitiesData *entities = data;
  g_autoptr(GError) local_error = NULL;
  EntitiesData *result;

  result = entities_data_new (entities->story);
  if (!lectern_library_store_story_sync (store, entities->story, entities->version,
                                         entities->entities, &result->entities, &local_error))
    {
      /* The cache and the list only save time and find names later: not
       * worth interrupting the reader for. */
      g_warning ("Could not cache entities: %s", local_error->message);
      result->entities = lectern_store_correct_entities_sync (store, entities->story,
                                                             entities->entities, error);
    }
  if (result->entities == NULL)
    {
      entities_data_free (result);
      return NULL;
    }

  return result;
}

static void
on_entities_stored_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GError) error = NULL;
  EntitiesData *corrected;

  corrected = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (corrected != NULL)
    {
      if (self->story != NULL && self->story->id == corrected->story->id)
        {
          gint64 start_us = g_get_monotonic_time ();

          lectern_window_show_entities (self, corrected->entities);
          if (timing_enabled ())
            g_printerr ("lectern-timing: entities-shown apply-ms=%.1f entities=%u at-ms=%"
                        G_GINT64_FORMAT "\n",
                        (g_get_monotonic_time () - start_us) / 1000.0, corrected->entities->len,
                        g_get_monotonic_time () / 1000);
        }
      entities_data_free (corrected);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not apply corrections: %s", error->message);

  lectern_window_op_finish (op);
}

static void
on_extract_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GError) error = NULL;
  LecternExtractor *extractor;

  entities = g_task_propagate_pointer (G_TASK (result), &error);
  if (entities == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Extraction failed: %s", error->message);
          lectern_window_show_entities (self, NULL);
        }
      lectern_window_op_finish (op);
      return;
    }

  if (timing_enabled ())
    g_printerr ("lectern-timing: extract ms=%.1f entities=%u\n",
                (g_get_monotonic_time () - op->started_us) / 1000.0, entities->len);

  extractor = lectern_extractor_get_default (NULL);
  if (extractor != NULL && self->store != NULL && self->story != NULL)
    {
      EntitiesData *data = entities_data_new (self->story);

      data->version = g_strdup (lectern_extractor_get_version (extractor));
      data->entities = g_ptr_array_ref (entities);
      lectern_store_run_async (self->store, store_entities_worker, data, entities_data_free,
                               entities_data_free, self->entities_cancellable,
                               on_entities_stored_cb, lectern_window_op_new_unheld (self));
    }
  else
    lectern_window_show_entities (self, entities);

  lectern_window_op_finish (op);
}

static void
start_extraction (LecternWindow *self)
{
  g_autoptr(GTask) task = NULL;

  task = g_task_new (self, self->entities_cancellable, on_extract_done_cb, lectern_window_op_new_unheld (self));
  g_task_set_source_tag (task, start_extraction);
  g_task_set_task_data (task, lectern_story_ref (self->story), (GDestroyNotify) lectern_story_unref);
  g_task_run_in_thread (task, extract_thread);
}

static gpointer
get_entities_worker (LecternStore  *store,
                     gpointer       data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  EntitiesData *entities = data;
  LecternExtractor *extractor;
  g_autoptr(GPtrArray) cached = NULL;
  g_autoptr(GError) local_error = NULL;
  EntitiesData *result;

  extractor = lectern_extractor_get_default (&local_error);
  if (extractor == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  cached = lectern_store_get_entities_sync (store, entities->story->id,
                                            lectern_extractor_get_version (extractor),
                                            &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  result = entities_data_new (entities->story);
  if (cached != NULL)
    {
      result->cached = TRUE;
      result->entities = lectern_store_correct_entities_sync (store, entities->story, cached, error);
      if (result->entities == NULL)
        {
          entities_data_free (result);
          return NULL;
        }
    }

  return result;
}

static void
on_cached_entities_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  EntitiesData *cached;
  g_autoptr(GError) error = NULL;

  cached = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_cancellable_is_cancelled (self->entities_cancellable))
    {
      g_clear_pointer (&cached, entities_data_free);
      lectern_window_op_finish (op);
      return;
    }

  if (cached != NULL && cached->cached)
    lectern_window_show_entities (self, cached->entities);
  else if (error != NULL && error->domain == LECTERN_EXTRACTOR_ERROR)
    {
      g_warning ("No extractor: %s", error->message);
      lectern_window_show_entities (self, NULL);
    }
  else
    start_extraction (self);

  g_clear_pointer (&cached, entities_data_free);
  lectern_window_op_finish (op);
}

void
lectern_window_load_entities (LecternWindow *self)
{
  EntitiesData *data;

  g_cancellable_cancel (self->entities_cancellable);
  g_clear_object (&self->entities_cancellable);
  self->entities_cancellable = g_cancellable_new ();

  lectern_entities_page_set_progress (self->entities_page, _("Finding people and organizations…"));

  data = entities_data_new (self->story);
  lectern_store_run_async (self->store, get_entities_worker, data, entities_data_free,
                           entities_data_free, self->entities_cancellable,
                           on_cached_entities_cb, lectern_window_op_new_unheld (self));
}

/* Corrections of the people and organizations */

typedef struct
{
  LecternStory      *story;
  LecternCorrection *correction;   /* to add; NULL to undo undo_id or redo `redo` */
  gint64             undo_id;
  LecternCorrection *redo;         /* an undone one to put back */
  GPtrArray         *entities;     /* result: corrected list */
  LecternCorrection *made;         /* result: a copy of the stored one */
} CorrectionData;

static void
correction_data_free (gpointer data)
{
  CorrectionData *correction = data;

  g_clear_pointer (&correction->story, lectern_story_unref);
  g_clear_pointer (&correction->correction, lectern_correction_free);
  g_clear_pointer (&correction->redo, lectern_correction_free);
  g_clear_pointer (&correction->made, lectern_correction_free);
  g_clear_pointer (&correction->entities, g_ptr_array_unref);
  g_free (correction);
}

static gpointer
correction_worker (LecternStore  *store,
                   gpointer       data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  CorrectionData *input = data;
  CorrectionData *result;

  result = g_new0 (CorrectionData, 1);
  result->story = lectern_story_ref (input->story);

  /* The use case lectern-cli runs too: the same checks, the same list. */
  if (input->correction != NULL)
    {
      result->entities = lectern_correct_story_sync (store, input->story, input->correction,
                                                     cancellable, error);
      if (result->entities != NULL)
        {
          result->made = lectern_correction_copy (input->correction);
          result->made->story_id = input->story->id;
        }
    }
  else if (input->redo != NULL)
    result->entities = lectern_correct_redo_sync (store, input->story, input->redo,
                                                  cancellable, error);
  else
    result->entities = lectern_correct_undo_sync (store, input->story, input->undo_id,
                                                  cancellable, error);
  if (result->entities == NULL)
    {
      correction_data_free (result);
      return NULL;
    }

  return result;
}

static void
on_correction_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  CorrectionData *done;
  g_autoptr(GError) error = NULL;

  done = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (done == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        lectern_window_show_error (self, _("Could Not Correct the List"), error->message);
      lectern_window_op_finish (op);
      return;
    }

  if (self->story != NULL && self->story->id == done->story->id)
    lectern_window_show_entities (self, done->entities);
  /* The lists it marked stale are made again at idle. */
  lectern_window_indexer_poke (self);

  if (done->made != NULL && self->story != NULL && self->story->id == done->story->id)
    {
      AdwToast *toast = adw_toast_new (_("List corrected"));
      guint serial = lectern_window_record_correction (self, g_steal_pointer (&done->made), NULL);

      /* Its Undo undoes this correction only, while it is the newest edit. */
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo-edit");
      adw_toast_set_action_target_value (toast, g_variant_new_uint32 (serial));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }

  lectern_window_update_actions (self);
  correction_data_free (done);
  lectern_window_op_finish (op);
}

static void
run_correction (LecternWindow     *self,
                LecternCorrection *correction,
                gint64             undo_id,
                LecternCorrection *redo)
{
  CorrectionData *data;

  if (self->store == NULL || self->story == NULL)
    {
      g_clear_pointer (&correction, lectern_correction_free);
      g_clear_pointer (&redo, lectern_correction_free);
      return;
    }

  data = g_new0 (CorrectionData, 1);
  data->story = lectern_story_ref (self->story);
  data->correction = correction;
  data->undo_id = undo_id;
  data->redo = redo;
  lectern_store_run_async (self->store, correction_worker, data, correction_data_free,
                           correction_data_free, NULL, on_correction_done_cb, lectern_window_op_new (self));
}

/* A correction asked for on the Names page (lectern-names-actions.c). */
void
lectern_window_correct_names (LecternWindow     *self,
                              LecternCorrection *correction)
{
  run_correction (self, correction, 0, NULL);
}

/* Ctrl+Shift+P and Ctrl+Shift+O: the selection is a name the extractor
 * missed. */
void
lectern_window_mark_selection (LecternWindow     *self,
                               LecternEntityType  type)
{
  g_autofree char *text = NULL;
  gint64 start, end;

  if (self->story == NULL || !lectern_article_view_get_selection (self->article_view, &start, &end))
    {
      lectern_window_add_toast (self, _("Select a name in the text first"));
      return;
    }

  text = lectern_utf8_substring (self->story->text, start, end);
  g_strstrip (text);
  if (text[0] == '\0')
    return;

  lectern_article_view_clear_selection (self->article_view);
  run_correction (self, lectern_correction_new_add (text, type), 0, NULL);
}

/* Undo or redo reached this correction in the window's history. */
void
lectern_window_replay_entity_correction (LecternWindow           *self,
                                         const LecternCorrection *correction,
                                         gboolean                 undo)
{
  if (undo)
    run_correction (self, NULL, correction->id, NULL);
  else
    run_correction (self, NULL, 0, lectern_correction_copy (correction));
}

static void
on_entities_page_entity_activated_cb (LecternWindow *self,
                                      LecternEntity *entity)
{
  lectern_window_select_entity (self, entity);
}

void
lectern_window_move_mention (LecternWindow *self,
                             int            delta)
{
  int n;

  if (self->current_entity == NULL || self->current_entity->mentions->len == 0)
    return;

  n = self->current_entity->mentions->len;
  self->current_mention = ((self->current_mention + delta) % n + n) % n;
  show_current_mention (self);
}

void
lectern_window_select_entity (LecternWindow *self,
                              LecternEntity *entity)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));

  self->current_entity = entity;
  self->current_mention = 0;
  show_current_mention (self);
}

const char *
lectern_window_get_mention_text (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return lectern_entities_page_get_mention_text (self->entities_page);
}

LecternEntitiesPage *
lectern_window_get_entities_page (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->entities_page;
}

void
lectern_window_entities_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_entities_page_entity_activated_cb);
}

void
lectern_window_entities_init (LecternWindow *self)
{
}
