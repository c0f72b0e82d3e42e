/* lectern-locks-private.h: SQLite locks that other code cannot drop
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Once per process, before the first library is opened: SQLite's unix VFS
 * then takes open-file-description locks on registered libraries (see
 * lectern-locks.c for why and when that is right). */
void     lectern_locks_install    (void);
/* Whether the replacement is in place (not with LECTERN_POSIX_LOCKS=1). */
gboolean lectern_locks_are_ofd    (void);
/* A library (database file and its -shm) whose locks must be OFD locks,
 * from before its connection opens until after it closes. Counted. */
void     lectern_locks_register   (const char *path);
void     lectern_locks_unregister (const char *path);

G_END_DECLS
