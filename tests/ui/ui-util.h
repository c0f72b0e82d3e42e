/* ui-util.h: helpers the UI tests share
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gtk/gtk.h>

#include "lectern-window.h"

/* A test's own library in a fresh temporary folder. */
typedef struct
{
  char *dir;
  char *db_path;
} UiFixture;

/* Makes the folder and resets the settings a window reads at start, so
 * every test begins like a first run (the sample story). */
void           ui_fixture_setup            (UiFixture     *fixture,
                                            gconstpointer  data);
void           ui_fixture_teardown         (UiFixture     *fixture,
                                            gconstpointer  data);

/* Runs what the main loop has pending, without waiting. */
void           ui_util_flush               (void);
/* Waits, running the main loop, until the window has no work in flight
 * (fails the test after a minute). */
void           ui_util_wait_until_idle     (LecternWindow *window);
/* Runs the main loop for `ms` milliseconds. */
void           ui_util_wait_ms             (guint          ms);
/* A window on `db_path`, shown, idle and drawn; a width of 0 keeps the
 * default size. */
LecternWindow *ui_util_open_window         (const char    *db_path,
                                            int            width,
                                            int            height);
/* Closes it as a person does, and waits for its last writes. */
void           ui_util_close_window        (LecternWindow *window);
/* (nullable) (transfer none): the first visible toplevel of `type`. */
GtkWindow     *ui_util_find_toplevel       (GType          type);
/* (nullable) (transfer none): the question the app is asking, if any. */
AdwMessageDialog *ui_util_find_message_dialog (void);
/* The first column of the first row of `sql`, read as another program
 * would (a read-only connection of its own); `id` fills the statement's
 * parameter if it has one. */
gint64         ui_util_query_int           (const char    *db_path,
                                            const char    *sql,
                                            gint64         id);

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
