/* lectern-window.c: the main window
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include "lectern-anchor.h"
#include "lectern-annotations.h"
#include "lectern-article-view.h"
#include "lectern-corrections.h"
#include "lectern-export.h"
#include "lectern-extractor.h"
#include "lectern-highlight-popover.h"
#include "lectern-import.h"
#include "lectern-notes.h"
#include "lectern-print.h"
#include "lectern-store.h"
#include "lectern-story.h"
#include "lectern-utf8.h"

#include <glib/gi18n.h>



G_DEFINE_FINAL_TYPE (LecternWindow, lectern_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_DB_PATH, PROP_HIGHLIGHT_COLOR, PROP_CARET_BROWSING, PROP_BUSY, N_PROPS };
static GParamSpec *properties[N_PROPS];


static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

void
lectern_window_show_data_free (gpointer data)
{
  ShowData *show = data;

  g_clear_pointer (&show->story, lectern_story_unref);
  g_clear_pointer (&show->highlights, g_ptr_array_unref);
  g_clear_pointer (&show->blocks, g_array_unref);
  g_free (show->story_note);
  g_free (show);
}

/* Busy state: tests and --screenshot wait for it to drop. */
static void
begin_op (LecternWindow *self,
          gboolean       hold)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  /* Hold the application so a write finishes before the process exits,
   * even after the window closed. Work whose result only the window shows
   * (extraction) does not hold it: quitting used to wait for the
   * extractor to finish a 25 MB story. */
  if (hold && self->pending_holds++ == 0 && app != NULL)
    {
      self->held_app = g_object_ref (G_APPLICATION (app));
      g_application_hold (self->held_app);
    }
  if (self->pending_ops++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
end_op (LecternWindow *self,
        gboolean       hold)
{
  g_assert (self->pending_ops > 0);
  if (hold && --self->pending_holds == 0 && self->held_app != NULL)
    {
      g_application_release (self->held_app);
      g_clear_object (&self->held_app);
    }
  if (--self->pending_ops > 0)
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

OpData *
lectern_window_op_new (LecternWindow *self)
{
  OpData *op = g_new0 (OpData, 1);

  op->self = g_object_ref (self);
  op->started_us = g_get_monotonic_time ();
  op->hold = TRUE;
  begin_op (self, TRUE);

  return op;
}

OpData *
lectern_window_op_new_unheld (LecternWindow *self)
{
  OpData *op = g_new0 (OpData, 1);

  op->self = g_object_ref (self);
  op->started_us = g_get_monotonic_time ();
  begin_op (self, FALSE);

  return op;
}

void
lectern_window_op_finish (OpData *op)
{
  end_op (op->self, op->hold);
  g_object_unref (op->self);
  g_free (op);
}

void
lectern_window_add_toast (LecternWindow *self,
                          const char    *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

void
lectern_window_show_error (LecternWindow *self,
                           const char    *heading,
                           const char    *body)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lectern_window_update_actions (LecternWindow *self)
{
  gboolean ready = self->store != NULL;
  gboolean has_story = ready && self->story != NULL;
  gboolean loaded = has_story && !lectern_article_view_get_loading (self->article_view);
  gboolean has_entity = self->current_entity != NULL && self->current_entity->mentions->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-link", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-story", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-library", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.paste-story", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-notes", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-library", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-stories", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-categories", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-notes", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->annotations != NULL && lectern_annotations_can_undo (self->annotations));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->annotations != NULL && lectern_annotations_can_redo (self->annotations));
  lectern_reader_actions_update (self, loaded, has_entity);
}

const char *
lectern_window_category_name (LecternWindow *self,
                              const char    *color)
{
  return lectern_category_name_for (self->categories, color);
}

void
lectern_window_entities_changed (LecternWindow *self)
{
  lectern_notes_page_set_entities (self->notes_page, self->entities);
  lectern_window_load_quotes (self);
}

/* Everything typed is queued for writing, before any later store work
 * (an export reads the library after it). */
void
lectern_window_flush_annotations (LecternWindow *self)
{
  if (self->popover != NULL)
    lectern_highlight_popover_flush_note (self->popover);
  if (self->annotations != NULL)
    lectern_annotations_flush (self->annotations);
}

/* Showing stories */

static void
on_article_view_loaded_cb (LecternWindow      *self,
                           LecternArticleView *view)
{
  if (timing_enabled ())
    g_printerr ("lectern-timing: text-in-view ms=%.1f at-ms=%" G_GINT64_FORMAT "\n",
                (g_get_monotonic_time () - self->shown_at_us) / 1000.0, g_get_monotonic_time () / 1000);

  lectern_window_update_actions (self);
  if (self->pending_ops == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The model of the story's annotations */

static void
update_actions_cb (LecternWindow *self)
{
  lectern_window_update_actions (self);
}

/* Writes keep the window and the application alive until they land. */
static void
on_annotations_busy_cb (LecternAnnotations *annotations,
                        GParamSpec         *pspec,
                        LecternWindow      *self)
{
  if (lectern_annotations_get_busy (annotations))
    {
      g_object_ref (self);
      begin_op (self, TRUE);
    }
  else
    {
      end_op (self, TRUE);
      g_object_unref (self);
    }
}

static void
on_annotations_items_changed_cb (LecternWindow *self)
{
  lectern_window_update_actions (self);
}

static void
on_annotations_edited_cb (LecternWindow           *self,
                          LecternAnnotationsEvent  event,
                          LecternAnnotation       *annotation)
{
  AdwToast *toast;

  /* The popover's edits build on those of ours, not on another program's. */
  if (annotation != NULL && self->popover != NULL &&
      lectern_annotation_get_id (annotation) == lectern_highlight_popover_get_highlight_id (self->popover))
    self->popover_revision = lectern_annotation_get_highlight (annotation)->revision;

  switch (event)
    {
    case LECTERN_ANNOTATIONS_ADDED:
      if (timing_enabled () && annotation != NULL)
        g_printerr ("lectern-timing: highlight-commit ms=%.2f id=%" G_GINT64_FORMAT "\n",
                    (g_get_monotonic_time () - self->highlight_asked_us) / 1000.0,
                    lectern_annotation_get_id (annotation));
      lectern_window_add_toast (self, _("Highlighted"));
      /* One step to a note: H opens the new highlight with its note field
       * focused. */
      if (annotation != NULL && self->open_after_add)
        lectern_window_show_highlight (self, lectern_annotation_get_id (annotation));
      self->open_after_add = FALSE;
      break;
    case LECTERN_ANNOTATIONS_DELETED:
      /* Its Undo undoes this deletion only: after Ctrl+Z it does nothing. */
      toast = adw_toast_new (_("Highlight deleted"));
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo-edit");
      adw_toast_set_action_target_value (toast, g_variant_new_uint32 (lectern_annotations_get_undo_serial (self->annotations)));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      break;
    case LECTERN_ANNOTATIONS_CHANGED:
    case LECTERN_ANNOTATIONS_UNDONE:
    case LECTERN_ANNOTATIONS_REDONE:
    case LECTERN_ANNOTATIONS_STORY_NOTE:
    default:
      break;
    }
}

static void
on_annotations_failed_cb (LecternAnnotations      *annotations,
                          LecternAnnotationsEvent  event,
                          const GError            *error,
                          LecternWindow           *self)
{
  const char *heading;

  switch (event)
    {
    case LECTERN_ANNOTATIONS_DELETED:
      heading = _("Could Not Delete the Highlight");
      break;
    case LECTERN_ANNOTATIONS_UNDONE:
    case LECTERN_ANNOTATIONS_REDONE:
      heading = _("Could Not Undo");
      break;
    case LECTERN_ANNOTATIONS_STORY_NOTE:
      heading = _("Could Not Save the Story Note");
      break;
    case LECTERN_ANNOTATIONS_ADDED:
    case LECTERN_ANNOTATIONS_CHANGED:
    default:
      heading = _("Could Not Save the Highlight");
      break;
    }
  lectern_window_show_error (self, heading, error->message);
}

static void
set_annotations (LecternWindow      *self,
                 LecternAnnotations *annotations)
{
  self->annotations = annotations;
  g_signal_connect (annotations, "notify::busy", G_CALLBACK (on_annotations_busy_cb), self);
  /* Failures are reported even after the story closed. */
  g_signal_connect_object (annotations, "failed", G_CALLBACK (on_annotations_failed_cb), self, 0);
  g_signal_connect_object (annotations, "edited", G_CALLBACK (on_annotations_edited_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (annotations, "items-changed", G_CALLBACK (on_annotations_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (annotations, "notify::can-undo", G_CALLBACK (update_actions_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (annotations, "notify::can-redo", G_CALLBACK (update_actions_cb), self,
                           G_CONNECT_SWAPPED);

  lectern_window_watch_annotations (self, annotations);
  lectern_window_history_attach (self, annotations);

  lectern_article_view_set_annotations (self->article_view, annotations);
  lectern_notes_page_set_annotations (self->notes_page, annotations);
}

static void
close_story (LecternWindow *self)
{
  lectern_window_progress_flush (self);
  /* Extraction of a story nobody reads any more is wasted work. */
  g_cancellable_cancel (self->entities_cancellable);

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  lectern_window_flush_annotations (self);

  /* Its writes go on; only the busy count still listens to it. */
  if (self->annotations != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_edited_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, update_actions_cb, self);
      lectern_window_unwatch_annotations (self, self->annotations);
    }
  lectern_article_view_set_annotations (self->article_view, NULL);
  lectern_notes_page_set_annotations (self->notes_page, NULL);
  g_clear_object (&self->annotations);
  g_clear_pointer (&self->story, lectern_story_unref);
  lectern_window_show_entities (self, NULL);
  lectern_contents_page_set_story (self->contents_page, NULL, NULL);
}

void
lectern_window_forget_story (LecternWindow *self)
{
  close_story (self);
  lectern_article_view_set_story (self->article_view, NULL, NULL);
  adw_window_title_set_title (self->window_title, _("Lectern"));
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_window_set_title (GTK_WINDOW (self), _("Lectern"));
  g_settings_reset (self->settings, "last-story");
  lectern_window_update_actions (self);
}

static void
on_changed_banner_dismiss_cb (LecternWindow *self)
{
  gtk_revealer_set_reveal_child (self->changed_banner, FALSE);
}

/* Says that a story changed since it was annotated, and what that did to
 * its highlights. */
static void
show_changed_banner (LecternWindow  *self,
                     const ShowData *show)
{
  g_autofree char *text = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *orphaned = NULL;
  guint n_moved = show->counts.moved + show->counts.fuzzy;

  if (!show->replaced || show->counts.total == 0)
    {
      gtk_revealer_set_reveal_child (self->changed_banner, FALSE);
      return;
    }

  moved = g_strdup_printf (ngettext ("%u highlight moved", "%u highlights moved", n_moved), n_moved);
  orphaned = g_strdup_printf (ngettext ("%u could not be placed and is listed in Notes",
                                        "%u could not be placed and are listed in Notes",
                                        show->counts.orphaned),
                              show->counts.orphaned);
  if (show->counts.orphaned > 0)
    /* Translators: the two parts are "N highlights moved" and "N could not be placed …" */
    text = g_strdup_printf (_("This story changed since you annotated it: %s, %s."), moved, orphaned);
  else if (n_moved > 0)
    /* Translators: %s is "N highlights moved" */
    text = g_strdup_printf (_("This story changed since you annotated it: %s; every highlight was found again."),
                            moved);
  else
    text = g_strdup (_("This story changed since you annotated it; every highlight is still in place."));
  gtk_label_set_text (self->changed_label, text);
  gtk_revealer_set_reveal_child (self->changed_banner, TRUE);
}

void
lectern_window_show_story (LecternWindow *self,
            ShowData      *show)
{
  const char *source;

  close_story (self);

  self->shown_at_us = g_get_monotonic_time ();
  self->story = lectern_story_ref (show->story);

  lectern_article_view_set_story (self->article_view, self->story, show->blocks);
  lectern_contents_page_set_story (self->contents_page, self->story, show->blocks);
  /* The model takes the highlights the store read: the only copy. */
  set_annotations (self, lectern_annotations_new (self->store, self->story,
                                                  show->highlights != NULL
                                                  ? g_steal_pointer (&show->highlights)
                                                  : g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free),
                                                  show->story_note));
  if (show->restore_position)
    lectern_article_view_set_position (self->article_view,
                                       g_settings_get_double (self->settings, "last-scroll"));

  gtk_stack_set_visible_child_name (self->main_stack, "article");

  adw_window_title_set_title (self->window_title, self->story->title);
  source = self->story->source;
  if (source != NULL && source[0] != '\0')
    {
      g_autofree char *basename = g_path_get_basename (source);

      adw_window_title_set_subtitle (self->window_title, basename);
    }
  else
    adw_window_title_set_subtitle (self->window_title, _("Pasted text"));
  gtk_window_set_title (GTK_WINDOW (self), self->story->title);

  g_settings_set_int64 (self->settings, "last-story", self->story->id);
  if (!show->restore_position)
    g_settings_set_double (self->settings, "last-scroll", 0.0);
  lectern_window_progress_story_shown (self, show->restore_position);

  if (show->imported && self->story->encoding != NULL &&
      g_ascii_strcasecmp (self->story->encoding, "UTF-8") != 0 &&
      g_ascii_strcasecmp (self->story->encoding, "UTF8") != 0)
    {
      g_autofree char *notice = NULL;

      /* Translators: %s is the name of a character encoding */
      notice = g_strdup_printf (_("Converted from %s"), self->story->encoding);
      lectern_window_add_toast (self, notice);
    }

  show_changed_banner (self, show);
  lectern_window_load_entities (self);
  lectern_window_update_actions (self);
}

/* The first part of a long story still being read: shown to read, with
 * nothing to annotate until the whole story is stored and shown. */
void
lectern_window_show_preview (LecternWindow *self,
                             LecternStory  *preview)
{
  close_story (self);
  self->shown_at_us = g_get_monotonic_time ();
  lectern_article_view_show_preview (self->article_view, preview);
  {
    g_autoptr(GArray) blocks = lectern_story_get_blocks (preview);

    lectern_contents_page_set_story (self->contents_page, preview, blocks);
  }
  gtk_stack_set_visible_child_name (self->main_stack, "article");
  adw_window_title_set_title (self->window_title, preview->title);
  gtk_window_set_title (GTK_WINDOW (self), preview->title);
  lectern_window_update_actions (self);
}

static void
on_sidebar_action_activate_cb (GSimpleAction *action,
                               GVariant      *parameter,
                               LecternWindow *self)
{
  gboolean reveal = !adw_flap_get_reveal_flap (self->flap);

  adw_flap_set_reveal_flap (self->flap, reveal);
  if (!adw_flap_get_folded (self->flap))
    g_settings_set_boolean (self->settings, "show-sidebar", reveal);
}

static void
on_flap_reveal_changed_cb (AdwFlap       *flap,
                           GParamSpec    *pspec,
                           GSimpleAction *action)
{
  g_simple_action_set_state (action, g_variant_new_boolean (adw_flap_get_reveal_flap (flap)));
}

static void
on_settings_zoom_changed_cb (LecternWindow *self,
                             const char    *key,
                             GSettings     *settings)
{
  lectern_article_view_set_zoom (self->article_view, g_settings_get_double (settings, "zoom"));
}

/* GObject */

static gboolean
lectern_window_close_request (GtkWindow *window)
{
  LecternWindow *self = LECTERN_WINDOW (window);
  int width, height;

  lectern_highlight_popover_flush_note (self->popover);
  lectern_window_flush_annotations (self);
  /* A popover still up while its window goes away asks GDK for a pointer
   * position on a dead surface. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (GTK_POPOVER (self->popover));

  if (self->story != NULL)
    g_settings_set_double (self->settings, "last-scroll",
                           lectern_article_view_get_position (self->article_view));

  lectern_window_indexer_quit (self);
  lectern_window_progress_flush (self);

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (lectern_window_parent_class)->close_request (window);
}

static void
lectern_window_constructed (GObject *object)
{
  LecternWindow *self = LECTERN_WINDOW (object);
  g_autofree char *path = NULL;

  G_OBJECT_CLASS (lectern_window_parent_class)->constructed (object);

  path = self->db_path != NULL ? g_strdup (self->db_path) : lectern_store_default_path ();
  g_free (self->db_path);
  self->db_path = g_steal_pointer (&path);

  lectern_window_open_library (self);
}

static void
lectern_window_dispose (GObject *object)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->entities_cancellable);
  g_cancellable_cancel (self->fetch_cancellable);

  /* A note typed a moment ago is written all the same. */
  lectern_window_flush_annotations (self);
  lectern_window_watch_dispose (self);
  lectern_window_quotes_dispose (self);
  lectern_reader_actions_dispose (self);
  lectern_window_indexer_dispose (self);
  lectern_window_progress_dispose (self);
  if (self->annotations != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_edited_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, update_actions_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_failed_cb, self);
    }
  if (self->article_view != NULL)
    lectern_article_view_set_annotations (self->article_view, NULL);
  if (self->notes_page != NULL)
    lectern_notes_page_set_annotations (self->notes_page, NULL);
  g_clear_object (&self->annotations);

  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_WINDOW);
  self->popover = NULL;

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->story, lectern_story_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  self->current_entity = NULL;

  G_OBJECT_CLASS (lectern_window_parent_class)->dispose (object);
}

static void
lectern_window_finalize (GObject *object)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->entities_cancellable);
  g_clear_object (&self->fetch_cancellable);
  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->highlight_color, g_free);

  G_OBJECT_CLASS (lectern_window_parent_class)->finalize (object);
}

static void
lectern_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      g_value_set_string (value, self->db_path);
      break;
    case PROP_HIGHLIGHT_COLOR:
      g_value_set_string (value, self->highlight_color);
      break;
    case PROP_CARET_BROWSING:
      g_value_set_boolean (value, self->caret_browsing);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, lectern_window_is_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      g_free (self->db_path);
      self->db_path = g_value_dup_string (value);
      break;
    case PROP_HIGHLIGHT_COLOR:
      {
        const char *color = g_value_get_string (value);

        if (!lectern_highlight_color_is_valid (color) || g_strcmp0 (color, self->highlight_color) == 0)
          break;
        g_free (self->highlight_color);
        self->highlight_color = g_strdup (color);
        g_object_notify_by_pspec (object, pspec);
        /* Say which category H now uses (the digits 1–5 change it silently
         * otherwise). */
        if (self->toast_overlay != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
          {
            g_autofree char *message = NULL;

            /* Translators: %s is a highlight category, like "Quote" */
            message = g_strdup_printf (_("Highlighting as “%s”"), lectern_window_category_name (self, color));
            lectern_window_add_toast (self, message);
          }
      }
      break;
    case PROP_CARET_BROWSING:
      if (self->caret_browsing != g_value_get_boolean (value))
        {
          self->caret_browsing = g_value_get_boolean (value);
          lectern_article_view_set_caret_browsing (self->article_view, self->caret_browsing);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_window_class_init (LecternWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lectern_window_constructed;
  object_class->dispose = lectern_window_dispose;
  object_class->finalize = lectern_window_finalize;
  object_class->get_property = lectern_window_get_property;
  object_class->set_property = lectern_window_set_property;
  window_class->close_request = lectern_window_close_request;

  properties[PROP_DB_PATH] =
    g_param_spec_string ("db-path", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HIGHLIGHT_COLOR] =
    g_param_spec_string ("highlight-color", NULL, NULL, "yellow",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CARET_BROWSING] =
    g_param_spec_boolean ("caret-browsing", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LECTERN_TYPE_ARTICLE_VIEW);
  g_type_ensure (LECTERN_TYPE_ENTITIES_PAGE);
  g_type_ensure (LECTERN_TYPE_NOTES_PAGE);
  g_type_ensure (LECTERN_TYPE_CONTENTS_PAGE);
  g_type_ensure (LECTERN_TYPE_FIND_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, entities_page);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, import_spinner);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, color_button);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, changed_banner);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, changed_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_banner_dismiss_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_article_view_loaded_cb);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, notes_page);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, find_bar);

  lectern_window_entities_class_init (widget_class);
  lectern_window_open_class_init (widget_class);
  lectern_window_categories_class_init (widget_class);
  lectern_window_highlights_class_init (widget_class);
  lectern_window_library_class_init (widget_class);
  lectern_window_export_class_init (widget_class);
  lectern_window_watch_class_init (widget_class);
  lectern_window_entity_class_init (widget_class);
  lectern_window_quotes_class_init (widget_class);

}

static void
lectern_window_init (LecternWindow *self)
{
  g_autoptr(GSimpleAction) sidebar_action = NULL;

  self->highlight_color = g_strdup ("yellow");
  self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
  self->entities_cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  lectern_window_watch_init (self);
  lectern_reader_actions_init (self);
  lectern_names_actions_init (self);
  lectern_quotes_actions_init (self);


  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "highlight-color", self, "highlight-color", G_SETTINGS_BIND_DEFAULT);
  /* One way only: the flap hides itself when the window gets narrow, and
   * that must not be remembered as the person's choice. */
  g_settings_bind (self->settings, "show-sidebar", self->flap, "reveal-flap", G_SETTINGS_BIND_GET);
  /* The toggle follows what is on screen, folded or not; only a person's
   * choice on a wide window is remembered. */
  sidebar_action = g_simple_action_new_stateful ("show-sidebar", NULL,
                                                 g_variant_new_boolean (adw_flap_get_reveal_flap (self->flap)));
  g_signal_connect_object (sidebar_action, "activate", G_CALLBACK (on_sidebar_action_activate_cb), self, 0);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (on_flap_reveal_changed_cb),
                           sidebar_action, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (sidebar_action));

  g_signal_connect_object (self->settings, "changed::zoom",
                           G_CALLBACK (on_settings_zoom_changed_cb), self, G_CONNECT_SWAPPED);
  lectern_article_view_set_zoom (self->article_view, g_settings_get_double (self->settings, "zoom"));

  lectern_window_highlights_init (self);
  lectern_window_library_init (self);
  lectern_window_rebuild_color_menu (self);
  lectern_window_entities_init (self);
  lectern_window_entity_init (self);
  lectern_window_quotes_init (self);

  lectern_window_open_init (self);
  lectern_window_progress_init (self);
  lectern_find_bar_set_text_view (self->find_bar, lectern_article_view_get_text_view (self->article_view));

  lectern_window_update_actions (self);
}

LecternWindow *
lectern_window_new (GtkApplication *application,
                    const char     *db_path)
{
  return g_object_new (LECTERN_TYPE_WINDOW,
                       "application", application,
                       "db-path", db_path,
                       NULL);
}

gboolean
lectern_window_is_busy (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), FALSE);

  return self->pending_ops > 0 || lectern_article_view_get_loading (self->article_view) ||
         lectern_entities_page_get_filling (self->entities_page) ||
         lectern_window_library_is_busy (self);
}

gboolean
lectern_window_is_story_shown (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), FALSE);

  return self->story != NULL && !lectern_article_view_get_loading (self->article_view);
}

gboolean
lectern_window_get_story_changed (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->changed_banner);
}

LecternStore *
lectern_window_get_store (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->store;
}

LecternStory *
lectern_window_get_story (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->story;
}

LecternFindBar *
lectern_window_get_find_bar (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->find_bar;
}

LecternContentsPage *
lectern_window_get_contents_page (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->contents_page;
}

LecternNotesPage *
lectern_window_get_notes_page (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->notes_page;
}

LecternAnnotations *
lectern_window_get_annotations (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->annotations;
}

GPtrArray *
lectern_window_get_entities (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->entities;
}

LecternArticleView *
lectern_window_get_article_view (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->article_view;
}


GtkTextView *
lectern_window_get_story_note_view (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return lectern_notes_page_get_story_note_view (self->notes_page);
}

