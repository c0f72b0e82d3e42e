/* lectern-tag-stories.h: a tag added to or removed from many stories at
 * once, with Undo
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lectern-store.h"

G_BEGIN_DECLS

/* Called on the main thread after each change (and its undo). */
typedef void (*LecternTagStoriesDone) (gpointer user_data);

/* Asks for a tag (a dialog over `parent`'s window: Add or Remove) for the
 * stories `ids` (gint64), then changes them on the store's thread; a toast
 * on `overlay` says how many changed and offers Undo. `done` (nullable)
 * runs with `user_data`, which must outlive the dialog and the toast (the
 * caller's widget: they are tied to it). */
void lectern_tag_stories_ask   (GtkWidget              *parent,
                                LecternStore           *store,
                                GArray                 *ids,
                                AdwToastOverlay        *overlay,
                                LecternTagStoriesDone   done,
                                gpointer                user_data);
/* The same without the dialog. */
void lectern_tag_stories_apply (GtkWidget              *parent,
                                LecternStore           *store,
                                GArray                 *ids,
                                const char             *tag,
                                gboolean                add,
                                AdwToastOverlay        *overlay,
                                LecternTagStoriesDone   done,
                                gpointer                user_data);

G_END_DECLS
