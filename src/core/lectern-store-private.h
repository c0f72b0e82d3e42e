/* lectern-store-private.h: store internals for tests and tools
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "lectern-store.h"

G_BEGIN_DECLS

/* The schema version this build writes. */
#define LECTERN_STORE_SCHEMA_VERSION 13

/* The versions that brought a feature's tables, for tests that build the
 * library as the build before wrote it. */
#define LECTERN_STORE_VERSION_QUOTES 7
#define LECTERN_STORE_VERSION_SEARCH 8
#define LECTERN_STORE_VERSION_SEARCH_QUEUE 9
#define LECTERN_STORE_VERSION_LIBRARY_INDEX 10
#define LECTERN_STORE_VERSION_STORY_QUOTES 11

/* Opens like lectern_store_new() but migrates no further than
 * `max_version`, so tests can build databases of older versions. */
LecternStore *lectern_store_new_with_version (const char  *path,
                                              int          max_version,
                                              GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* How long a write waits for another program's lock, in milliseconds. */
void          lectern_store_set_busy_timeout (LecternStore *self,
                                              int           msec);

/* Caps the file at `n_pages` pages (PRAGMA max_page_count) so tests can
 * make the disk "full". */
void          lectern_store_set_max_pages    (LecternStore *self,
                                              gint64        n_pages);
/* The connection, for core modules that run their own SQL (search,
 * dossiers): lock_db takes the store's lock and returns it; every call
 * needs its unlock_db. Writes go inside lectern_store_begin_batch_sync(). */
sqlite3      *lectern_store_lock_db          (LecternStore *self);
void          lectern_store_unlock_db        (LecternStore *self);
/* The store's message for people about an SQLite failure. */
void          lectern_store_set_sqlite_error (LecternStore  *self,
                                              int            rc,
                                              GError       **error);

G_END_DECLS
