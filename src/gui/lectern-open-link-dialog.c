/* lectern-open-link-dialog.c: Open Link… asks for the address of a web page
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lectern-open-link-dialog.h"

#include "lectern-source.h"

#include <string.h>

#include <glib/gi18n.h>

struct _LecternOpenLinkDialog
{
  AdwWindow  parent_instance;

  GtkEntry  *entry;
  GtkLabel  *message_label;
  GtkButton *open_button;
};

G_DEFINE_FINAL_TYPE (LecternOpenLinkDialog, lectern_open_link_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_message (LecternOpenLinkDialog *self,
              const char            *message)
{
  gtk_label_set_text (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message[0] != '\0');
}

static void
on_entry_changed_cb (LecternOpenLinkDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), text[0] != '\0');
  show_message (self, "");
}

void
lectern_open_link_dialog_activate (LecternOpenLinkDialog *self)
{
  g_autofree char *url = NULL;

  g_return_if_fail (LECTERN_IS_OPEN_LINK_DIALOG (self));

  url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  if (url[0] == '\0')
    return;

  /* People paste "example.org/story" as often as the full address. */
  if (!lectern_source_is_url (url) && strstr (url, "://") == NULL && strchr (url, ' ') == NULL
      && strchr (url, '.') != NULL)
    {
      char *full = g_strconcat ("https://", url, NULL);

      g_free (url);
      url = full;
    }

  if (!lectern_source_is_url (url) || strpbrk (url, " \t\n") != NULL)
    {
      show_message (self, _("Lectern opens web addresses that start with http:// or https://."));
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      return;
    }

  g_signal_emit (self, signals[SIGNAL_OPEN], 0, url);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_cancel_clicked_cb (LecternOpenLinkDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
lectern_open_link_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LECTERN_TYPE_OPEN_LINK_DIALOG);

  G_OBJECT_CLASS (lectern_open_link_dialog_parent_class)->dispose (object);
}

static void
lectern_open_link_dialog_class_init (LecternOpenLinkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_open_link_dialog_dispose;

  /**
   * LecternOpenLinkDialog::open:
   * @url: the http(s) address asked for
   */
  signals[SIGNAL_OPEN] = g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-open-link-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternOpenLinkDialog, entry);
  gtk_widget_class_bind_template_child (widget_class, LecternOpenLinkDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, LecternOpenLinkDialog, open_button);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, lectern_open_link_dialog_activate);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lectern_open_link_dialog_init (LecternOpenLinkDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The address is typed or pasted as soon as the dialog shows. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->entry));
}

LecternOpenLinkDialog *
lectern_open_link_dialog_new (GtkWindow *parent)
{
  return g_object_new (LECTERN_TYPE_OPEN_LINK_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}

void
lectern_open_link_dialog_set_url (LecternOpenLinkDialog *self,
                                  const char            *url)
{
  g_return_if_fail (LECTERN_IS_OPEN_LINK_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), url != NULL ? url : "");
}

const char *
lectern_open_link_dialog_get_message (LecternOpenLinkDialog *self)
{
  g_return_val_if_fail (LECTERN_IS_OPEN_LINK_DIALOG (self), "");

  return gtk_label_get_text (self->message_label);
}
