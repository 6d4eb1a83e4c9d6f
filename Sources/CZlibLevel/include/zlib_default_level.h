#ifndef ZLIB_DEFAULT_LEVEL_H
#define ZLIB_DEFAULT_LEVEL_H

// Nothing to call: deflate_default_level.c defines zlib's deflateInit_ for the whole process, so
// that cairo's Z_DEFAULT_COMPRESSION means level 1. See the comment there.

#endif
