/* lectern-reader-actions.c: the reader.* actions, on what the reader
 * shows: zoom, find, caret browsing, highlighting the selection, moving
 * between highlights and between mentions of a name, marking a selection
 * as a person or organization.
 *
 * They act on the open story in the article view, but the header bar's
 * buttons and menus, the Names page's arrows and the application's
 * accelerators use them too, and GTK looks actions up from the widget
 * that uses them towards the window: so the group is inserted on the
 * window, the one ancestor of all of them, under its own prefix.
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include "lectern-find-bar.h"


#define ZOOM_STEP 1.1
#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0

static void
set_zoom (LecternWindow *self,
          double         zoom)
{
  g_settings_set_double (self->settings, "zoom", CLAMP (zoom, ZOOM_MIN, ZOOM_MAX));
}

static void
zoom_in_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LecternWindow *self = user_data;

  set_zoom (self, g_settings_get_double (self->settings, "zoom") * ZOOM_STEP);
}

static void
zoom_out_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  LecternWindow *self = user_data;

  set_zoom (self, g_settings_get_double (self->settings, "zoom") / ZOOM_STEP);
}

static void
zoom_reset_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  set_zoom (user_data, 1.0);
}

/* Ctrl+F: the library and search pages have their own box. */
static void
find_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LecternWindow *self = user_data;

  if (lectern_window_library_find (self))
    return;
  lectern_find_bar_open (self->find_bar);
}

static void
highlight_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  lectern_window_highlight_selection (user_data);
}

static void
next_highlight_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  lectern_window_move_to_highlight (user_data, 1);
}

static void
previous_highlight_action (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  lectern_window_move_to_highlight (user_data, -1);
}

static void
next_mention_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  lectern_window_move_mention (user_data, 1);
}

static void
previous_mention_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  lectern_window_move_mention (user_data, -1);
}

static void
mark_person_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  lectern_window_mark_selection (user_data, LECTERN_ENTITY_PERSON);
}

static void
mark_organization_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  lectern_window_mark_selection (user_data, LECTERN_ENTITY_ORGANIZATION);
}

/* The window keeps the colour and the caret setting (bound to GSettings);
 * the actions' states follow it. Not GPropertyAction: it would hold the
 * window, and a window held is never disposed. */
static void
set_color_change_state (GSimpleAction *action,
                        GVariant      *value,
                        gpointer       user_data)
{
  g_object_set (user_data, "highlight-color", g_variant_get_string (value, NULL), NULL);
}

static void
caret_browsing_change_state (GSimpleAction *action,
                             GVariant      *value,
                             gpointer       user_data)
{
  g_object_set (user_data, "caret-browsing", g_variant_get_boolean (value), NULL);
}

static void
on_window_notify_cb (LecternWindow *self,
                     GParamSpec    *pspec,
                     gpointer       data)
{
  GActionMap *map = G_ACTION_MAP (self->reader_actions);

  if (map == NULL)
    return;
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "set-color")),
                             g_variant_new_string (self->highlight_color));
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "caret-browsing")),
                             g_variant_new_boolean (self->caret_browsing));
}

static const GActionEntry reader_entries[] = {
  { "set-color", NULL, "s", "'yellow'", set_color_change_state },
  { "caret-browsing", NULL, NULL, "false", caret_browsing_change_state },
  { "zoom-in", zoom_in_action },
  { "zoom-out", zoom_out_action },
  { "zoom-reset", zoom_reset_action },
  { "find", find_action },
  { "highlight", highlight_action },
  { "next-highlight", next_highlight_action },
  { "previous-highlight", previous_highlight_action },
  { "next-mention", next_mention_action },
  { "previous-mention", previous_mention_action },
  { "mark-person", mark_person_action },
  { "mark-organization", mark_organization_action },
};

void
lectern_reader_actions_init (LecternWindow *self)
{
  self->reader_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->reader_actions), reader_entries,
                                   G_N_ELEMENTS (reader_entries), self);
  g_signal_connect (self, "notify::highlight-color", G_CALLBACK (on_window_notify_cb), NULL);
  g_signal_connect (self, "notify::caret-browsing", G_CALLBACK (on_window_notify_cb), NULL);
  on_window_notify_cb (self, NULL, NULL);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "reader",
                                  G_ACTION_GROUP (self->reader_actions));
}

void
lectern_reader_actions_dispose (LecternWindow *self)
{
  if (self->reader_actions == NULL)
    return;
  gtk_widget_insert_action_group (GTK_WIDGET (self), "reader", NULL);
  g_clear_object (&self->reader_actions);
}

static void
set_enabled (LecternWindow *self,
             const char    *name,
             gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->reader_actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* What needs a story shown, and a name chosen on the Names page. */
void
lectern_reader_actions_update (LecternWindow *self,
                               gboolean       loaded,
                               gboolean       has_mentions)
{
  if (self->reader_actions == NULL)
    return;

  set_enabled (self, "find", loaded);
  /* The part of a long story already shown can be highlighted while the
   * rest loads. */
  set_enabled (self, "highlight",
               self->story != NULL && lectern_article_view_can_annotate (self->article_view));
  set_enabled (self, "next-highlight", loaded);
  set_enabled (self, "previous-highlight", loaded);
  set_enabled (self, "mark-person", loaded);
  set_enabled (self, "mark-organization", loaded);
  set_enabled (self, "next-mention", has_mentions);
  set_enabled (self, "previous-mention", has_mentions);
}
