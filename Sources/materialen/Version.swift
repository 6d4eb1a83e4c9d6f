/// The tool's version: the one place it is written. `materialen --version` prints it, and the
/// packaging reads it from this file.
enum Version {
    static let current = "0.9.0"
}
