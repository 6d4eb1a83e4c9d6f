import Foundation

/// Reads the bundled default and an organisation's file, merges them and decodes the result.
enum ContentLoader {
    /// How messages name the bundled default: its place in the repository, so it is never confused with
    /// an organisation's file that is also called inhoud.yaml.
    static let defaultName = "Sources/Inhoud/Resources/inhoud.yaml"

    static func defaultSource() throws(InhoudError) -> (text: String, file: SourceFile) {
        guard let url = Bundle.module.url(forResource: "inhoud", withExtension: "yaml") else {
            throw .fileNotFound(path: defaultName)
        }
        let text = try read(url, name: defaultName)
        return (text, SourceFile(name: defaultName, directory: url.deletingLastPathComponent()))
    }

    static func load(override: (text: String, file: SourceFile)?) throws(InhoudError) -> Inhoud {
        let (defaultText, defaultFile) = try defaultSource()
        let log = Diagnostics()
        guard var merged = try SourceNode.parse(defaultText, file: defaultFile) else {
            throw .invalid([InhoudProblem(kind: .missingField, file: defaultName, line: 1, field: "(top level)",
                                          message: "the default content is empty.")])
        }
        if let override, let node = try SourceNode.parse(override.text, file: override.file) {
            merged = Merger(log: log).merge(merged, node, at: .root)
        }
        let decoded = ContentDecoder.decode(merged, defaultFile: defaultFile, log: log)
        guard log.isEmpty, var inhoud = decoded else {
            throw .invalid(log.isEmpty ? [unexplained(merged)] : log.sorted)
        }
        // The other form of address too, for a client whose row asks for it; an organisation that
        // wrote its texts in one form only gets to know when such a row comes.
        let other: Inhoud.FormOfAddress = inhoud.formOfAddress == .je ? .u : .je
        let otherLog = Diagnostics()
        if let otherInhoud = ContentDecoder.decode(merged, defaultFile: defaultFile, log: otherLog, form: other),
           otherLog.isEmpty {
            inhoud.otherForm = Inhoud.OtherForm(.success(otherInhoud))
        } else {
            inhoud.otherForm = Inhoud.OtherForm(.failure(.invalid(otherLog.isEmpty ? [unexplained(merged)] : otherLog.sorted)))
        }
        return inhoud
    }

    /// The text of a content file; the encoding check is here because office tools like to save
    /// Windows-1252.
    static func read(_ url: URL, name: String) throws(InhoudError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: name)
        }
        guard !isDirectory.boolValue else {
            throw .unreadable(path: name, reason: "it is a folder. Give the path of a .yaml file.")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: name, reason: "\(error.localizedDescription). Check that you may read it.")
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let body = data.starts(with: bom) ? data.dropFirst(bom.count) : data[...]
        guard let text = String(data: body, encoding: .utf8) else {
            throw .unreadable(path: name, reason: "it is not UTF-8 text. Save it again as UTF-8 "
                                  + "(in Notepad: Save as, Encoding: UTF-8).")
        }
        return text
    }

    /// Decoding only fails after reporting, so this is a safety net that still names a file.
    private static func unexplained(_ root: SourceNode) -> InhoudProblem {
        InhoudProblem(kind: .invalidValue, file: root.origin.file.name, line: root.origin.line, field: "(top level)",
                      message: "the content could not be read. Compare it with the default inhoud.yaml.")
    }
}
