// A small reader and writer for PDF files (ISO 32000-1, §7.2–7.5), just enough to post-process what
// cairo writes (`PDF.PostProcessor`) and to join such files (`PDF.Merger`): it tokenises and parses
// the objects the cross-reference data points at and serialises (modified) dictionaries again. It
// looks inside no stream but object streams and cross-reference streams.

/// The namespace of the PDF layer: object model, reader, writer, post-processor and merger. Nested
/// here so the short names (`Value`, `Dict`, `File`, …) cannot clash with other types in the module.
enum PDF {}
