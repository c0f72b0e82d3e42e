/* lectern-store-private.h: store internals for tests and tools
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lectern-store.h"

G_BEGIN_DECLS

/* The schema version this build writes. */
#define LECTERN_STORE_SCHEMA_VERSION 4

/* Opens like lectern_store_new() but migrates no further than
 * `max_version`, so tests can build databases of older versions. */
LecternStore *lectern_store_new_with_version (const char  *path,
                                              int          max_version,
                                              GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* How long a write waits for another program's lock, in milliseconds. */
void          lectern_store_set_busy_timeout (LecternStore *self,
                                              int           msec);

G_END_DECLS
