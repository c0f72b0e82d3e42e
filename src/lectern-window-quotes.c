/* lectern-window-quotes.c: the Quotes page of the window: quotations
 * found after the entities, highlighted in one step, and corrected
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include "lectern-quote-row.h"
#include "lectern-quotes.h"
#include "lectern-quotes-page.h"
#include "lectern-store.h"

#include <glib/gi18n.h>


typedef struct
{
  LecternStory           *story;
  GPtrArray              *entities;      /* nullable */
  GPtrArray              *corrections;   /* LecternQuoteCorrection */
  GPtrArray              *quotes;        /* result: LecternQuote */
  GPtrArray              *items;         /* result: the page's rows */
  GArray                 *spans;         /* result: LecternSpan of the quotations */
  LecternQuoteCorrection *correction;    /* to store; NULL to undo undo_id or redo `redo` */
  gint64                  undo_id;
  LecternQuoteCorrection *redo;          /* an undone one to put back */
  LecternQuoteCorrection *made;          /* result: a copy of the stored one */
} QuotesData;

static void
quotes_data_free (gpointer data)
{
  QuotesData *quotes = data;

  g_clear_pointer (&quotes->story, lectern_story_unref);
  g_clear_pointer (&quotes->entities, g_ptr_array_unref);
  g_clear_pointer (&quotes->corrections, g_ptr_array_unref);
  g_clear_pointer (&quotes->quotes, g_ptr_array_unref);
  g_clear_pointer (&quotes->items, g_ptr_array_unref);
  g_clear_pointer (&quotes->spans, g_array_unref);
  g_clear_pointer (&quotes->correction, lectern_quote_correction_free);
  g_clear_pointer (&quotes->redo, lectern_quote_correction_free);
  g_clear_pointer (&quotes->made, lectern_quote_correction_free);
  g_free (quotes);
}

static QuotesData *
quotes_data_new (LecternStory *story)
{
  QuotesData *data = g_new0 (QuotesData, 1);

  data->story = lectern_story_ref (story);

  return data;
}

static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

static LecternQuote *
find_quote (LecternWindow *self,
            gint64         start,
            gint64         end)
{
  for (guint i = 0; self->quotes != NULL && i < self->quotes->len; i++)
    {
      LecternQuote *quote = g_ptr_array_index (self->quotes, i);

      if (quote->start == start && quote->end == end)
        return quote;
    }

  return NULL;
}

/* Finding quotations */

/* What the finder's results need to be shown, made on its thread: the
 * page's rows and the spans to mark, which took 1.3 s on the main thread
 * for a 12 MB story. */
static void
prepare_show (QuotesData *data)
{
  data->spans = g_array_sized_new (FALSE, FALSE, sizeof (LecternSpan), data->quotes->len);
  for (guint i = 0; i < data->quotes->len; i++)
    {
      const LecternQuote *quote = g_ptr_array_index (data->quotes, i);
      LecternSpan span = { quote->start, quote->end };

      g_array_append_val (data->spans, span);
    }
  data->items = lectern_quotes_page_group (data->story->text, data->quotes, data->entities);
}

static void
show_quotes (LecternWindow *self,
             QuotesData    *data)
{
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  self->quotes = g_ptr_array_ref (data->quotes);
  lectern_article_view_set_quotations (self->article_view, data->spans);
  lectern_quotes_page_set_items (self->quotes_page, data->items);
}

/* Runs in a worker thread: the finder needs no database, and takes up to
 * a tenth of a second on a 1 MB story, about a second on a 20 MB book. */
static void
find_quotes_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  QuotesData *input = task_data;
  QuotesData *data = quotes_data_new (input->story);
  gint64 start_us = g_get_monotonic_time ();

  data->entities = input->entities != NULL ? g_ptr_array_ref (input->entities) : NULL;
  /* Books are read a million characters at a time; opening another
   * story stops the search between two of them. */
  data->quotes = lectern_quotes_find_cancellable (input->story->text, input->entities, cancellable);
  if (data->quotes == NULL)
    {
      quotes_data_free (data);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
      return;
    }
  lectern_quotes_apply_corrections (data->quotes, input->story->text, input->corrections);
  if (timing_enabled ())
    g_printerr ("lectern-timing: quotes-found ms=%.1f quotes=%u\n",
                (g_get_monotonic_time () - start_us) / 1000.0, data->quotes->len);
  if (!g_cancellable_is_cancelled (cancellable))
    prepare_show (data);
  if (g_task_return_error_if_cancelled (task))
    {
      quotes_data_free (data);
      return;
    }
  g_task_return_pointer (task, data, quotes_data_free);
}

static void
on_quotes_found_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  QuotesData *data;
  g_autoptr(GError) error = NULL;

  data = g_task_propagate_pointer (G_TASK (result), &error);
  if (data != NULL && self->story != NULL && self->story->id == data->story->id)
    {
      gint64 start_us = g_get_monotonic_time ();

      show_quotes (self, data);
      if (timing_enabled ())
        g_printerr ("lectern-timing: quotes-shown ms=%.1f\n",
                    (g_get_monotonic_time () - start_us) / 1000.0);
    }
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not find quotations: %s", error->message);

  g_clear_pointer (&data, quotes_data_free);
  lectern_window_op_finish (op);
}

static gpointer
list_corrections_worker (LecternStore  *store,
                         gpointer       data,
                         GCancellable  *cancellable,
                         GError       **error)
{
  QuotesData *input = data;
  QuotesData *result = quotes_data_new (input->story);

  result->corrections = lectern_store_list_quote_corrections_sync (store, input->story->id, error);
  if (result->corrections == NULL)
    {
      quotes_data_free (result);
      return NULL;
    }
  result->entities = input->entities != NULL ? g_ptr_array_ref (input->entities) : NULL;

  return result;
}

static void
on_corrections_listed_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  QuotesData *data;

  data = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (g_cancellable_is_cancelled (self->quotes_cancellable) || self->story == NULL ||
      (data != NULL && self->story->id != data->story->id))
    {
      g_clear_pointer (&data, quotes_data_free);
      lectern_window_op_finish (op);
      return;
    }
  if (data == NULL)
    {
      /* The quotations as found are still worth showing. */
      g_warning ("Could not read quotation corrections: %s", error->message);
      data = quotes_data_new (self->story);
      data->entities = self->entities != NULL ? g_ptr_array_ref (self->entities) : NULL;
    }

  task = g_task_new (self, self->quotes_cancellable, on_quotes_found_cb,
                     lectern_window_op_new_unheld (self));
  g_task_set_source_tag (task, on_corrections_listed_cb);
  g_task_set_task_data (task, data, quotes_data_free);
  g_task_run_in_thread (task, find_quotes_thread);
  lectern_window_op_finish (op);
}

void
lectern_window_load_quotes (LecternWindow *self)
{
  QuotesData *data;

  /* Entities can still be reset while the window is disposed. */
  if (self->quotes_disposed)
    return;

  g_cancellable_cancel (self->quotes_cancellable);
  g_clear_object (&self->quotes_cancellable);
  self->quotes_cancellable = g_cancellable_new ();

  lectern_quotes_page_set_progress (self->quotes_page, _("Finding quotations…"));
  if (self->story == NULL || self->store == NULL)
    {
      g_clear_pointer (&self->quotes, g_ptr_array_unref);
      lectern_article_view_set_quotations (self->article_view, NULL);
      return;
    }

  data = quotes_data_new (self->story);
  data->entities = self->entities != NULL ? g_ptr_array_ref (self->entities) : NULL;
  lectern_store_run_async (self->store, list_corrections_worker, data, quotes_data_free,
                           quotes_data_free, self->quotes_cancellable,
                           on_corrections_listed_cb, lectern_window_op_new_unheld (self));
}

/* Corrections */

static LecternQuoteCorrection *
quote_correction_copy (const LecternQuoteCorrection *correction)
{
  LecternQuoteCorrection *copy = lectern_quote_correction_new (correction->kind, correction->start,
                                                               correction->end, correction->speaker);

  copy->id = correction->id;
  copy->story_id = correction->story_id;
  copy->created_at = correction->created_at;
  return copy;
}

static gpointer
correct_worker (LecternStore  *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  QuotesData *input = data;
  QuotesData *result = quotes_data_new (input->story);

  if (input->correction != NULL)
    {
      if (lectern_store_add_quote_correction_sync (store, input->story->id,
                                                   input->correction, error) == 0)
        {
          quotes_data_free (result);
          return NULL;
        }
      result->made = quote_correction_copy (input->correction);
    }
  else if (input->redo != NULL)
    {
      if (!lectern_store_restore_quote_correction_sync (store, input->redo, error))
        {
          quotes_data_free (result);
          return NULL;
        }
    }
  else if (!lectern_store_undo_quote_correction_sync (store, input->undo_id, error))
    {
      quotes_data_free (result);
      return NULL;
    }

  return result;
}

static void
on_correct_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GError) error = NULL;
  QuotesData *done;

  done = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (done == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        lectern_window_show_error (self, _("Could Not Correct the Quotation"), error->message);
      lectern_window_op_finish (op);
      return;
    }

  if (self->story != NULL && self->story->id == done->story->id && !self->quotes_disposed)
    {
      if (done->made != NULL)
        {
          AdwToast *toast = adw_toast_new (_("Quotation corrected"));
          guint serial = lectern_window_record_correction (self, NULL, g_steal_pointer (&done->made));

          /* Its Undo undoes this correction only, while it is the newest edit. */
          adw_toast_set_button_label (toast, _("_Undo"));
          adw_toast_set_action_name (toast, "win.undo-edit");
          adw_toast_set_action_target_value (toast, g_variant_new_uint32 (serial));
          adw_toast_overlay_add_toast (self->toast_overlay, toast);
        }
      lectern_window_load_quotes (self);
    }

  lectern_window_update_actions (self);
  quotes_data_free (done);
  lectern_window_op_finish (op);
}

static void
run_quote_correction (LecternWindow          *self,
                      LecternQuoteCorrection *correction,
                      gint64                  undo_id,
                      LecternQuoteCorrection *redo)
{
  QuotesData *data;

  if (self->store == NULL || self->story == NULL)
    {
      g_clear_pointer (&correction, lectern_quote_correction_free);
      g_clear_pointer (&redo, lectern_quote_correction_free);
      return;
    }

  data = quotes_data_new (self->story);
  data->correction = correction;
  data->undo_id = undo_id;
  data->redo = redo;
  lectern_store_run_async (self->store, correct_worker, data, quotes_data_free,
                           quotes_data_free, NULL, on_correct_done_cb, lectern_window_op_new (self));
}

static gboolean
span_is_valid (LecternWindow *self,
               gint64         start,
               gint64         end)
{
  return self->story != NULL && start >= 0 && end > start && end <= self->story->n_chars;
}

/* Another speaker (NULL or empty: nobody) for the quotation at
 * [start, end), or not a quotation. */
void
lectern_window_correct_quote_speaker (LecternWindow *self,
                                      gint64         start,
                                      gint64         end,
                                      const char    *name)
{
  g_autofree char *speaker = g_strdup (name != NULL ? name : "");

  if (!span_is_valid (self, start, end))
    return;

  g_strstrip (speaker);
  run_quote_correction (self, lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_SPEAKER,
                                                            start, end,
                                                            speaker[0] != '\0' ? speaker : NULL),
                        0, NULL);
}

void
lectern_window_correct_not_quote (LecternWindow *self,
                                  gint64         start,
                                  gint64         end)
{
  if (!span_is_valid (self, start, end))
    return;

  run_quote_correction (self, lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_NOT_QUOTE,
                                                            start, end, NULL),
                        0, NULL);
}

/* Undo or redo reached a quotation correction in the window's history. */
void
lectern_window_replay_quote_correction (LecternWindow                *self,
                                        const LecternQuoteCorrection *correction,
                                        gboolean                      undo)
{
  if (undo)
    run_quote_correction (self, NULL, correction->id, NULL);
  else
    run_quote_correction (self, NULL, 0, quote_correction_copy (correction));
}

/* Highlighting a quotation */

/* The colour whose category is called Quote (yellow unless the person
 * renamed the categories). */
static const char *
quote_color (LecternWindow *self)
{
  const char *const *colors = lectern_highlight_colors ();
  const char *quote_name = lectern_highlight_default_category_name ("yellow");

  for (guint i = 0; colors[i] != NULL; i++)
    if (g_utf8_collate (lectern_window_category_name (self, colors[i]), quote_name) == 0)
      return colors[i];

  return "yellow";
}

/* The quotation at [start, end) highlighted in one step, with the Quote
 * category and its speaker. */
void
lectern_window_highlight_quote (LecternWindow *self,
                                gint64         start,
                                gint64         end)
{
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(GPtrArray) highlights = NULL;
  const LecternQuote *quote;

  quote = find_quote (self, start, end);
  if (quote == NULL || self->annotations == NULL || !span_is_valid (self, start, end))
    return;

  highlights = lectern_annotations_list_highlights (self->annotations);
  for (guint i = 0; i < highlights->len; i++)
    {
      const LecternHighlight *other = g_ptr_array_index (highlights, i);

      if (!other->orphaned && other->start == start && other->end == end)
        {
          lectern_window_add_toast (self, _("This quotation is already highlighted"));
          return;
        }
    }

  highlight = lectern_highlight_new_for_range (self->story, start, end, quote_color (self), "");
  if (highlight == NULL)
    return;
  highlight->speaker = g_strdup (lectern_quote_get_display_speaker (quote));
  self->highlight_asked_us = g_get_monotonic_time ();
  lectern_annotations_add (self->annotations, g_steal_pointer (&highlight));
}

/* Navigation */

static void
on_quotes_page_quote_activated_cb (LecternWindow *self,
                                   gint64         start,
                                   gint64         end)
{
  if (span_is_valid (self, start, end))
    lectern_article_view_select_range (self->article_view, start, end);
}

/* Quotations are marked in the text while their page is open, so the
 * text stays plain for reading. */
static void
on_sidebar_page_changed_cb (LecternWindow *self)
{
  lectern_article_view_set_quotations_shown (self->article_view,
                                             g_strcmp0 (adw_view_stack_get_visible_child_name (self->sidebar_stack),
                                                        "quotes") == 0);
}

void
lectern_window_quotes_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (LECTERN_TYPE_QUOTES_PAGE);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, quotes_page);
  gtk_widget_class_bind_template_callback (widget_class, on_quotes_page_quote_activated_cb);
}

void
lectern_window_quotes_init (LecternWindow *self)
{
  g_signal_connect_object (self->sidebar_stack, "notify::visible-child-name",
                           G_CALLBACK (on_sidebar_page_changed_cb), self, G_CONNECT_SWAPPED);
  on_sidebar_page_changed_cb (self);
}

void
lectern_window_quotes_dispose (LecternWindow *self)
{
  g_cancellable_cancel (self->quotes_cancellable);
  g_clear_object (&self->quotes_cancellable);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  self->quotes_disposed = TRUE;
}

LecternQuotesPage *
lectern_window_get_quotes_page (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->quotes_page;
}

GPtrArray *
lectern_window_get_quotes (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->quotes;
}
