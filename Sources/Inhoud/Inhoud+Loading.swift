import Foundation

extension Inhoud {
    /// The bundled default content, validated.
    public static func loadDefault() throws(InhoudError) -> Inhoud {
        try ContentLoader.load(override: nil)
    }

    /// The default content with an organisation's file (`--content`) merged over it, validated;
    /// just the default when `contentFile` is `nil`.
    ///
    /// Merge rule: mappings merge key by key; a non-empty list whose items all have an `id` merges by id
    /// (a known id changes that item in place, a new id is appended, `verwijder: ja` removes the item);
    /// any other value, including a list without ids or an empty list, replaces the default. A null value
    /// clears an optional field. Validation then runs on the merged whole, and every problem names the
    /// file and line it came from.
    public static func load(contentFile: URL?) throws(InhoudError) -> Inhoud {
        guard let contentFile else { return try loadDefault() }
        let name = contentFile.relativePath
        let text = try ContentLoader.read(contentFile, name: name)
        let file = SourceFile(name: name, directory: contentFile.deletingLastPathComponent())
        return try ContentLoader.load(override: (text, file))
    }

    /// Like ``load(contentFile:)`` with the organisation's YAML given as text: `name` is what messages
    /// call it, and `directory` is where a relative logo path starts (the working directory if `nil`).
    public static func load(overrideYAML: String, named name: String, directory: URL? = nil) throws(InhoudError)
        -> Inhoud {
        let base = directory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return try ContentLoader.load(override: (overrideYAML, SourceFile(name: name, directory: base)))
    }

    /// The text of the bundled `inhoud.yaml`, e.g. to show an organisation what it can override.
    public static func defaultYAML() throws(InhoudError) -> String {
        try ContentLoader.defaultSource().text
    }
}
