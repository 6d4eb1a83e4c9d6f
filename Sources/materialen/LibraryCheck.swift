/// The warning, once per process, when cairo or Pango is a version the kit was not tested with.
enum LibraryCheck {
    static let warning: String? = nil
}
