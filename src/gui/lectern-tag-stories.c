/* lectern-tag-stories.c: a tag added to or removed from many stories at
 * once (the library's selection), with Undo; the change itself is the
 * core's lectern_library_tag_stories_sync(), which lectern-cli's “tag”
 * shares
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-tag-stories"

#include "config.h"

#include "lectern-tag-stories.h"

#include "lectern-library-list.h"

#include <glib/gi18n.h>

typedef struct
{
  GtkWidget             *parent;   /* weak */
  LecternStore          *store;
  GArray                *ids;
  char                  *tag;
  gboolean               add;
  AdwToastOverlay       *overlay;
  LecternTagStoriesDone  done;
  gpointer               user_data;
  gboolean               undo;     /* this change takes an earlier one back */
} TagOp;

static void
tag_op_free (TagOp *op)
{
  g_clear_weak_pointer (&op->parent);
  g_clear_object (&op->store);
  g_clear_pointer (&op->ids, g_array_unref);
  g_free (op->tag);
  g_clear_object (&op->overlay);
  g_free (op);
}

static void run_op (TagOp *op);

static gpointer
tag_worker (LecternStore  *store,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  TagOp *op = data;
  GArray *changed = NULL;

  if (!lectern_library_tag_stories_sync (store, (const gint64 *) op->ids->data, op->ids->len,
                                         op->tag, op->add, &changed, error))
    return NULL;
  return changed;
}

/* A toast's Undo: the change that takes the toast's one back, freed with
 * the button's handler unless a click ran it. */
typedef struct
{
  TagOp *op;   /* nullable: NULL once run */
} TagUndo;

static void
tag_undo_free (gpointer  data,
               GClosure *closure)
{
  TagUndo *tag_undo = data;

  g_clear_pointer (&tag_undo->op, tag_op_free);
  g_free (tag_undo);
}

static void
on_toast_undo_cb (AdwToast *toast,
                  TagUndo  *tag_undo)
{
  /* Once: the change goes with the first click. */
  TagOp *undo = g_steal_pointer (&tag_undo->op);

  if (undo != NULL)
    run_op (undo);
}

static void
on_tagged_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  TagOp *op = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changed = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (op->parent == NULL)
    {
      tag_op_free (op);
      return;
    }
  if (changed == NULL)
    {
      adw_toast_overlay_add_toast (op->overlay, adw_toast_new (error->message));
      tag_op_free (op);
      return;
    }

  if (op->done != NULL)
    op->done (op->user_data);
  if (op->undo)
    /* Translators: a toast once the change of tags is taken back */
    title = g_strdup (_("Tags restored"));
  else if (op->add)
    /* Translators: a toast; %s is a tag */
    title = g_strdup_printf (ngettext ("Tag “%s” added to %u story", "Tag “%s” added to %u stories",
                                       changed->len), op->tag, changed->len);
  else
    /* Translators: a toast; %s is a tag */
    title = g_strdup_printf (ngettext ("Tag “%s” removed from %u story",
                                       "Tag “%s” removed from %u stories", changed->len),
                             op->tag, changed->len);
  toast = adw_toast_new (title);
  if (!op->undo && changed->len > 0)
    {
      TagOp *undo = g_new0 (TagOp, 1);
      TagUndo *tag_undo;

      g_set_weak_pointer (&undo->parent, op->parent);
      undo->store = g_object_ref (op->store);
      undo->ids = g_array_ref (changed);
      undo->tag = g_strdup (op->tag);
      undo->add = !op->add;
      undo->overlay = g_object_ref (op->overlay);
      undo->done = op->done;
      undo->user_data = op->user_data;
      undo->undo = TRUE;
      tag_undo = g_new0 (TagUndo, 1);
      tag_undo->op = undo;
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_toast_undo_cb), tag_undo,
                             tag_undo_free, 0);
    }
  adw_toast_overlay_add_toast (op->overlay, toast);
  tag_op_free (op);
}

static void
run_op (TagOp *op)
{
  lectern_store_run_async (op->store, tag_worker, op, NULL, (GDestroyNotify) g_array_unref, NULL,
                           on_tagged_cb, op);
}

void
lectern_tag_stories_apply (GtkWidget             *parent,
                           LecternStore          *store,
                           GArray                *ids,
                           const char            *tag,
                           gboolean               add,
                           AdwToastOverlay       *overlay,
                           LecternTagStoriesDone  done,
                           gpointer               user_data)
{
  TagOp *op;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (LECTERN_IS_STORE (store));
  g_return_if_fail (ids != NULL && tag != NULL);
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));

  op = g_new0 (TagOp, 1);
  g_set_weak_pointer (&op->parent, parent);
  op->store = g_object_ref (store);
  op->ids = g_array_ref (ids);
  op->tag = g_strdup (tag);
  op->add = add;
  op->overlay = g_object_ref (overlay);
  op->done = done;
  op->user_data = user_data;
  run_op (op);
}

typedef struct
{
  GtkWidget             *parent;   /* weak */
  LecternStore          *store;
  GArray                *ids;
  AdwToastOverlay       *overlay;
  LecternTagStoriesDone  done;
  gpointer               user_data;
  GtkEditable           *entry;
} AskData;

static void
ask_data_free (AskData *ask)
{
  g_clear_weak_pointer (&ask->parent);
  g_clear_object (&ask->store);
  g_clear_pointer (&ask->ids, g_array_unref);
  g_clear_object (&ask->overlay);
  g_free (ask);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                AskData          *ask)
{
  g_autofree char *tag = g_strstrip (g_strdup (gtk_editable_get_text (ask->entry)));

  if (ask->parent != NULL && *tag != '\0'
      && (g_str_equal (response, "add") || g_str_equal (response, "remove")))
    lectern_tag_stories_apply (ask->parent, ask->store, ask->ids, tag,
                               g_str_equal (response, "add"), ask->overlay, ask->done,
                               ask->user_data);
}

static void
on_entry_changed_cb (GtkEditable      *entry,
                     AdwMessageDialog *dialog)
{
  g_autofree char *tag = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add", *tag != '\0');
  adw_message_dialog_set_response_enabled (dialog, "remove", *tag != '\0');
}

void
lectern_tag_stories_ask (GtkWidget             *parent,
                         LecternStore          *store,
                         GArray                *ids,
                         AdwToastOverlay       *overlay,
                         LecternTagStoriesDone  done,
                         gpointer               user_data)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *entry;
  AskData *ask;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (ids != NULL && ids->len > 0);

  heading = g_strdup_printf (ngettext ("Tag %u Story", "Tag %u Stories", ids->len), ids->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading,
                                   _("Add a tag to the selected stories, or remove it from them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Tag"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Tag"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  on_entry_changed_cb (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed_cb), dialog);
  /* Enter adds, the default response. */
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);

  ask = g_new0 (AskData, 1);
  g_set_weak_pointer (&ask->parent, parent);
  ask->store = g_object_ref (store);
  ask->ids = g_array_ref (ids);
  ask->overlay = g_object_ref (overlay);
  ask->done = done;
  ask->user_data = user_data;
  ask->entry = GTK_EDITABLE (entry);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response_cb), ask,
                         (GClosureNotify) (void (*) (void)) ask_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}
