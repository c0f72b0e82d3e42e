/* lectern-export-dialog.c: Export… asks what to export, in which format,
 * and where to: the clipboard or a file
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-export-dialog"

#include "config.h"

#include "lectern-export-dialog.h"

#include <glib/gi18n.h>

/* The rows of the .ui, in its order. */
enum
{
  ROW_MARKDOWN,
  ROW_HTML,
  ROW_ORG,
  ROW_CSV,
  ROW_JSON,
  ROW_PDF,
  ROW_TEXT,
  N_ROWS
};

/* The names of lectern_export_format_from_string(), `lectern-cli export
 * --format` and the export-format setting; also the rows' ids in the .ui. */
static const char *const row_names[N_ROWS] = {
  [ROW_MARKDOWN] = "markdown", [ROW_HTML] = "html", [ROW_ORG] = "org", [ROW_CSV] = "csv",
  [ROW_JSON] = "json", [ROW_PDF] = "pdf", [ROW_TEXT] = "text",
};

struct _LecternExportDialog
{
  AdwWindow             parent_instance;

  AdwActionRow         *contents_row;
  GtkLabel             *count_label;
  GtkWidget            *rows[N_ROWS];
  GtkCheckButton       *checks[N_ROWS];
  GtkButton            *copy_button;
  GtkButton            *save_button;

  LecternExportScope    scope;
  char                 *stem;
  GFile                *folder;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (LecternExportDialog, lectern_export_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_COPY,
  SIGNAL_SAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Markdown is one file per story, for notes vaults: not for several. */
static gboolean
scope_offers (LecternExportScope scope,
              int                row)
{
  return scope == LECTERN_EXPORT_SCOPE_STORY || row != ROW_MARKDOWN;
}

static int
row_of_format (const char *name)
{
  for (int i = 0; i < N_ROWS; i++)
    if (g_strcmp0 (row_names[i], name) == 0)
      return i;

  return -1;
}

static int
checked_row (LecternExportDialog *self)
{
  for (int i = 0; i < N_ROWS; i++)
    if (gtk_check_button_get_active (self->checks[i]))
      return i;

  return -1;
}

/* The focus follows the format chosen, by click or mnemonic too, so that
 * Enter (which picks the focused row's) keeps it. */
static void
on_check_active_cb (GtkCheckButton      *check,
                    GParamSpec          *pspec,
                    LecternExportDialog *self)
{
  for (int i = 0; i < N_ROWS; i++)
    if (self->checks[i] == check && gtk_check_button_get_active (check))
      {
        gtk_widget_grab_focus (self->rows[i]);
        /* A PDF is no text to paste. */
        gtk_widget_set_sensitive (GTK_WIDGET (self->copy_button), i != ROW_PDF);
      }
}

/* Enter saves, wherever the focus is but on a button (which Enter
 * presses): on a format's row it picks that format first. */
static gboolean
on_key_pressed_cb (LecternExportDialog   *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  GtkWidget *focus;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus != NULL && GTK_IS_BUTTON (focus))
    return FALSE;

  for (int i = 0; focus != NULL && i < N_ROWS; i++)
    if (focus == self->rows[i] || gtk_widget_is_ancestor (focus, self->rows[i]))
      gtk_check_button_set_active (self->checks[i], TRUE);

  lectern_export_dialog_save_as (self);
  return TRUE;
}

static void
on_chooser_response_cb (GtkNativeDialog     *chooser,
                        int                  response,
                        LecternExportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  /* Cancelled: back to the dialog, to pick another format or the
   * clipboard. */
  if (file == NULL)
    return;

  g_signal_emit (self, signals[SIGNAL_SAVE], 0, file, lectern_export_dialog_get_format (self));
  gtk_window_close (GTK_WINDOW (self));
}

static void
lectern_export_dialog_dispose (GObject *object)
{
  LecternExportDialog *self = LECTERN_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->folder);
  gtk_widget_dispose_template (GTK_WIDGET (object), LECTERN_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (lectern_export_dialog_parent_class)->dispose (object);
}

static void
lectern_export_dialog_finalize (GObject *object)
{
  LecternExportDialog *self = LECTERN_EXPORT_DIALOG (object);

  g_free (self->stem);

  G_OBJECT_CLASS (lectern_export_dialog_parent_class)->finalize (object);
}

static void
lectern_export_dialog_class_init (LecternExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_export_dialog_dispose;
  object_class->finalize = lectern_export_dialog_finalize;

  /**
   * LecternExportDialog::copy:
   * @format: the name of the format chosen, never "pdf"
   */
  signals[SIGNAL_COPY] = g_signal_new ("copy", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * LecternExportDialog::save:
   * @file: the file chosen, as typed (its extension is the caller's to fix)
   * @format: the name of the format chosen
   */
  signals[SIGNAL_SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternExportDialog, contents_row);
  gtk_widget_class_bind_template_child (widget_class, LecternExportDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, LecternExportDialog, copy_button);
  gtk_widget_class_bind_template_child (widget_class, LecternExportDialog, save_button);
  for (int i = 0; i < N_ROWS; i++)
    {
      g_autofree char *row = g_strconcat (row_names[i], "_row", NULL);
      g_autofree char *check = g_strconcat (row_names[i], "_check", NULL);

      gtk_widget_class_bind_template_child_full (widget_class, row, FALSE,
                                                 G_STRUCT_OFFSET (LecternExportDialog, rows[i]));
      gtk_widget_class_bind_template_child_full (widget_class, check, FALSE,
                                                 G_STRUCT_OFFSET (LecternExportDialog, checks[i]));
    }
  gtk_widget_class_bind_template_callback (widget_class, lectern_export_dialog_copy);
  gtk_widget_class_bind_template_callback (widget_class, lectern_export_dialog_save_as);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lectern_export_dialog_init (LecternExportDialog *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the focused row or check button takes Enter for itself. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  for (int i = 0; i < N_ROWS; i++)
    g_signal_connect_object (self->checks[i], "notify::active", G_CALLBACK (on_check_active_cb), self, 0);
  gtk_check_button_set_active (self->checks[ROW_MARKDOWN], TRUE);
}

LecternExportDialog *
lectern_export_dialog_new (GtkWindow          *parent,
                           LecternExportScope  scope)
{
  LecternExportDialog *self = g_object_new (LECTERN_TYPE_EXPORT_DIALOG,
                                            "transient-for", parent,
                                            NULL);

  self->scope = scope;
  if (scope != LECTERN_EXPORT_SCOPE_STORY)
    {
      for (int i = 0; i < N_ROWS; i++)
        gtk_widget_set_visible (self->rows[i], scope_offers (scope, i));
      /* Several stories read best as one web page. */
      lectern_export_dialog_set_format (self, "html");
    }
  lectern_export_dialog_set_contents (self, NULL, 0, 0);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contents_row),
                                 scope == LECTERN_EXPORT_SCOPE_STORY ? _("This story")
                                 : scope == LECTERN_EXPORT_SCOPE_SELECTED ? _("The selected stories")
                                 : _("The whole library"));

  return self;
}

LecternExportScope
lectern_export_dialog_get_scope (LecternExportDialog *self)
{
  g_return_val_if_fail (LECTERN_IS_EXPORT_DIALOG (self), LECTERN_EXPORT_SCOPE_STORY);

  return self->scope;
}

void
lectern_export_dialog_set_contents (LecternExportDialog *self,
                                    const char          *title,
                                    guint                n_stories,
                                    guint                n_highlights)
{
  g_autofree char *highlights = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (LECTERN_IS_EXPORT_DIALOG (self));

  if (title == NULL && n_stories == 0)
    {
      gtk_label_set_text (self->count_label, _("Counting…"));
      return;
    }

  highlights = g_strdup_printf (ngettext ("%u highlight", "%u highlights", n_highlights), n_highlights);
  gtk_label_set_text (self->count_label, highlights);
  if (title != NULL)
    /* Translators: a story's title, in the export dialog */
    subtitle = g_strdup_printf (_("“%s”"), title);
  else
    subtitle = g_strdup_printf (ngettext ("%u story", "%u stories", n_stories), n_stories);
  /* Titles are the story's own words, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->contents_row), FALSE);
  adw_action_row_set_subtitle (self->contents_row, subtitle);
}

void
lectern_export_dialog_set_format (LecternExportDialog *self,
                                  const char          *format)
{
  int row;

  g_return_if_fail (LECTERN_IS_EXPORT_DIALOG (self));

  row = row_of_format (format);
  if (row < 0 || !scope_offers (self->scope, row))
    return;

  gtk_check_button_set_active (self->checks[row], TRUE);
}

const char *
lectern_export_dialog_get_format (LecternExportDialog *self)
{
  int row;

  g_return_val_if_fail (LECTERN_IS_EXPORT_DIALOG (self), "markdown");

  row = checked_row (self);
  return row_names[row >= 0 ? row : ROW_MARKDOWN];
}

void
lectern_export_dialog_set_suggested_name (LecternExportDialog *self,
                                          const char          *stem)
{
  g_return_if_fail (LECTERN_IS_EXPORT_DIALOG (self));

  g_free (self->stem);
  self->stem = g_strdup (stem);
}

void
lectern_export_dialog_set_folder (LecternExportDialog *self,
                                  GFile               *folder)
{
  g_return_if_fail (LECTERN_IS_EXPORT_DIALOG (self));

  g_set_object (&self->folder, folder);
}

char *
lectern_export_dialog_get_file_name (LecternExportDialog *self)
{
  g_return_val_if_fail (LECTERN_IS_EXPORT_DIALOG (self), NULL);

  return g_strconcat (self->stem != NULL && self->stem[0] != '\0' ? self->stem : _("Notes"),
                      lectern_export_dialog_get_extension (self), NULL);
}

const char *
lectern_export_dialog_get_extension (LecternExportDialog *self)
{
  LecternExportFormat format = LECTERN_EXPORT_MARKDOWN;
  const char *name;

  g_return_val_if_fail (LECTERN_IS_EXPORT_DIALOG (self), ".md");

  name = lectern_export_dialog_get_format (self);
  if (g_strcmp0 (name, "pdf") == 0)
    return ".pdf";
  lectern_export_format_from_string (name, &format);
  return lectern_export_format_extension (format);
}

void
lectern_export_dialog_copy (LecternExportDialog *self)
{
  g_return_if_fail (LECTERN_IS_EXPORT_DIALOG (self));

  if (checked_row (self) == ROW_PDF)
    return;

  g_signal_emit (self, signals[SIGNAL_COPY], 0, lectern_export_dialog_get_format (self));
  gtk_window_close (GTK_WINDOW (self));
}

void
lectern_export_dialog_save_as (LecternExportDialog *self)
{
  g_autofree char *name = NULL;

  g_return_if_fail (LECTERN_IS_EXPORT_DIALOG (self));

  if (self->chooser != NULL)
    return;

  name = lectern_export_dialog_get_file_name (self);
  self->chooser = gtk_file_chooser_native_new (_("Save Notes As"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  if (self->folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), self->folder, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}
