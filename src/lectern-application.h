/* lectern-application.h
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LECTERN_TYPE_APPLICATION (lectern_application_get_type ())
G_DECLARE_FINAL_TYPE (LecternApplication, lectern_application, LECTERN, APPLICATION, AdwApplication)

LecternApplication *lectern_application_new (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
