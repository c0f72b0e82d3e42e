/* lectern-open-link-dialog.h: Open Link… asks for the address of a web page
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LECTERN_TYPE_OPEN_LINK_DIALOG (lectern_open_link_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LecternOpenLinkDialog, lectern_open_link_dialog, LECTERN, OPEN_LINK_DIALOG, AdwWindow)

/* Emits "open" with the http(s) address typed, then closes; anything else
 * gets a sentence under the entry and the dialog stays. */
LecternOpenLinkDialog *lectern_open_link_dialog_new      (GtkWindow             *parent);
void                   lectern_open_link_dialog_set_url  (LecternOpenLinkDialog *self,
                                                          const char            *url);
/* Does what the Open button does. */
void                   lectern_open_link_dialog_activate (LecternOpenLinkDialog *self);
/* The sentence shown under the entry ("" when none). */
const char            *lectern_open_link_dialog_get_message (LecternOpenLinkDialog *self);

G_END_DECLS
