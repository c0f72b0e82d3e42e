/* lectern-names-actions.c: the names.* actions, corrections of the open
 * story's people and organizations (rename, change of type, removal,
 * split, merge) and the way from a name to its quotations.
 *
 * The Names page owns them: its rows and their menus are the only things
 * that use them, so the group is the page's (inserted on it, see
 * lectern_entities_page_get_actions()) and reaches nothing else; the
 * window fills it with what they do, here. Corrections run through the
 * core's lectern-correct.c use cases (lectern-window-entities.c) and join
 * the window's one history.
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include <glib/gi18n.h>

static LecternEntity *
find_entity (LecternWindow *self,
             const char    *form)
{
  if (self->entities == NULL)
    return NULL;

  return lectern_corrections_find_entity (self->entities, form);
}

/* The rename dialog's form, freed with its response handler. The window
 * may close first: it is held weakly. */
typedef struct
{
  GWeakRef     window;
  GtkEditable *entry;   /* the dialog's */
  char        *form;    /* the name's form, as the action got it */
} RenameForm;

static void
rename_form_free (gpointer  data,
                  GClosure *closure)
{
  RenameForm *rename_form = data;

  g_weak_ref_clear (&rename_form->window);
  g_free (rename_form->form);
  g_free (rename_form);
}

static void
on_rename_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              RenameForm       *rename_form)
{
  g_autoptr(LecternWindow) self = g_weak_ref_get (&rename_form->window);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (rename_form->entry)));

  if (self != NULL && g_strcmp0 (response, "rename") == 0 && name[0] != '\0')
    lectern_window_correct_names (self, lectern_correction_new_rename (rename_form->form, name));
}

static void
on_rename_entry_activate_cb (GtkEntry         *entry,
                             AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "rename");
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
rename_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  LecternWindow *self = user_data;
  const char *form = g_variant_get_string (parameter, NULL);
  LecternEntity *entity = find_entity (self, form);
  GtkWidget *dialog, *entry;
  g_autofree char *heading = NULL;
  RenameForm *rename_form;

  if (entity == NULL)
    return;

  /* Translators: %s is the name of a person or organization */
  heading = g_strdup_printf (_("Rename “%s”"), entity->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The new name is used in this story and in later ones."));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), entity->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New name"), -1);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_rename_entry_activate_cb), dialog, 0);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  rename_form = g_new0 (RenameForm, 1);
  g_weak_ref_init (&rename_form->window, self);
  rename_form->entry = GTK_EDITABLE (entry);
  rename_form->form = g_strdup (form);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_rename_dialog_response_cb), rename_form,
                         rename_form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
retype_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  LecternWindow *self = user_data;
  const char *form = g_variant_get_string (parameter, NULL);
  LecternEntity *entity = find_entity (self, form);
  LecternEntityType other;

  if (entity == NULL)
    return;

  other = entity->type == LECTERN_ENTITY_PERSON ? LECTERN_ENTITY_ORGANIZATION : LECTERN_ENTITY_PERSON;
  lectern_window_correct_names (self, lectern_correction_new_retype (form, other));
}

static void
remove_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  const char *form = g_variant_get_string (parameter, NULL);

  lectern_window_correct_names (user_data, lectern_correction_new_remove (form));
}

static void
split_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  const char *form = g_variant_get_string (parameter, NULL);

  lectern_window_correct_names (user_data, lectern_correction_new_split (form));
}

static void
merge_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  const char *form, *other;

  g_variant_get (parameter, "(&s&s)", &form, &other);
  lectern_window_correct_names (user_data, lectern_correction_new_merge (form, other));
}

/* The quotations of one speaker, on the Quotes page. */
static void
show_quotes_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LecternWindow *self = user_data;
  const char *speaker = g_variant_get_string (parameter, NULL);

  lectern_quotes_page_set_speaker_filter (self->quotes_page, speaker);
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "quotes");
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static const GActionEntry names_entries[] = {
  { "rename", rename_action, "s" },
  { "retype", retype_action, "s" },
  { "remove", remove_action, "s" },
  { "split", split_action, "s" },
  { "merge", merge_action, "(ss)" },
  { "show-quotes", show_quotes_action, "s" },
};

void
lectern_names_actions_init (LecternWindow *self)
{
  g_action_map_add_action_entries (lectern_entities_page_get_actions (self->entities_page),
                                   names_entries, G_N_ELEMENTS (names_entries), self);
}
