/* lectern-epub.h: EPUB books as stories
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-story.h"

G_BEGIN_DECLS

/* An unsaved story from the bytes of an EPUB: chapters in spine order with
 * their structure, the book's title, author, language, date and publisher.
 * Zip bombs, entries outside the book, XML entity declarations and DRM are
 * refused with a LECTERN_SOURCE_ERROR. */
LecternStory *lectern_epub_read (const char  *data,
                                 gsize        len,
                                 const char  *source,
                                 const char  *display_name,
                                 GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
