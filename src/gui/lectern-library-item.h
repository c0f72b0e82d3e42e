/* lectern-library-item.h: one story of the library view's list
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lectern-library-list.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_LIBRARY_ITEM (lectern_library_item_get_type ())
G_DECLARE_FINAL_TYPE (LecternLibraryItem, lectern_library_item, LECTERN, LIBRARY_ITEM, GObject)

/* Takes `entry`. */
LecternLibraryItem        *lectern_library_item_new            (LecternLibraryEntry *entry) G_GNUC_WARN_UNUSED_RESULT;
/* Whether the item shows `entry` as it is (the snippet aside): a reload
 * keeps such items, and their rows. Compares every field of the entry a
 * row or the filter uses; a new field belongs here too. */
gboolean                   lectern_library_item_shows          (LecternLibraryItem        *self,
                                                                const LecternLibraryEntry *entry);
const LecternLibraryEntry *lectern_library_item_get_entry      (LecternLibraryItem  *self);
gint64                     lectern_library_item_get_id         (LecternLibraryItem  *self);
/* The site, else the author, else the file's name ("" for pasted text). */
const char                *lectern_library_item_get_origin     (LecternLibraryItem  *self);
/* (nullable): the start of its text, NULL until read (rows ask for it
 * when shown); "notify::snippet" says when it comes. */
const char                *lectern_library_item_get_snippet   (LecternLibraryItem  *self);
void                       lectern_library_item_set_snippet   (LecternLibraryItem  *self,
                                                                const char          *snippet);
/* Whether every word of `folded` (lectern_search_fold()) is in its title,
 * site, author, tags or names. */
/* The library's orders: by `sort`, ties broken newest first, then by id. */
int                        lectern_library_item_compare        (LecternLibraryItem  *a,
                                                                LecternLibraryItem  *b,
                                                                LecternLibrarySort   sort);
gboolean                   lectern_library_item_matches        (LecternLibraryItem  *self,
                                                                char               **folded_words);

G_END_DECLS
