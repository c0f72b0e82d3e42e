/* ui-util.h: helpers the UI tests share
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

/* Deletes `path` and everything below it (a test's temporary folder). */
void       ui_util_remove_tree (const char *path);
/* (nullable): the first label or inscription (the lists' rows use them)
 * under `widget` (itself included) showing exactly `text`. */
GtkWidget *ui_util_find_label  (GtkWidget  *widget,
                                const char *text);
/* (nullable): the first button under `widget` whose label is `label`, as
 * written with its mnemonic ("_Cancel"). */
GtkWidget *ui_util_find_button (GtkWidget  *widget,
                                const char *label);
