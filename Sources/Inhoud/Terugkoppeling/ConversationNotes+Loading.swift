import Foundation

extension ConversationNotes {
    /// Reads and validates a notes file. Problems name the file as `file.relativePath`, the line and
    /// the field; all of them are reported at once.
    public static func load(file: URL) throws(NotesError) -> ConversationNotes {
        let name = file.relativePath
        let text: String
        do {
            text = try ContentLoader.read(file, name: name)
        } catch {
            throw NotesError(error)
        }
        return try load(yaml: text, named: name)
    }

    /// Reads and validates notes given as text (from stdin, or a web form); `name` is what messages
    /// call it, e.g. `<stdin>`.
    public static func load(yaml text: String, named name: String) throws(NotesError) -> ConversationNotes {
        let file = SourceFile(name: name, directory: nil)
        let root: SourceNode?
        do {
            root = try SourceNode.parse(text, file: file)
        } catch {
            throw NotesError(error)
        }
        let log = Diagnostics()
        guard let root else {
            let problem = InhoudProblem(kind: .missingField, file: name, line: 1, field: "(top level)",
                                        message: "the notes are empty. Write at least naam, datum, arbeidsdeskundige "
                                            + "and what the client told under ervaringen, behoeften or toekomst.")
            throw .invalid([NotesProblem(problem, rule: .emptyFile)])
        }
        // The notes file is its own "default": no hint about keeping a default applies to it.
        let context = ReadContext(log: log, form: .je, defaultFile: file)
        let decoder = NotesDecoder(context: context)
        let notes = decoder.notes(root)
        guard log.isEmpty, let notes else {
            let unexplained = InhoudProblem(kind: .invalidValue, file: name, line: 1, field: "(top level)",
                                            message: "the notes could not be read.")
            throw .invalid(log.isEmpty ? [NotesProblem(unexplained, rule: .content(.invalidValue))] : decoder.problems)
        }
        return notes
    }
}
