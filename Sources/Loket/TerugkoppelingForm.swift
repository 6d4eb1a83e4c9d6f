import Drukkerij
import Foundation
import Inhoud
import Yams

/// The form of the terugkoppeling: the notes of a conversation, typed in the page. What is posted
/// is written as a notes file (YAML, with Yams' serializer) and read with
/// `ConversationNotes.load(yaml:named:)`, so the page and the command line read notes the same way
/// and check them with the same rules. Nothing of it is logged or stored.
struct TerugkoppelingForm: Sendable {
    /// One row of the agreements table, as entered.
    struct AgreementRow: Sendable, Equatable {
        var what = ""
        var who = ""
        var when = ""

        var isEmpty: Bool { [what, who, when].allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
    }

    /// The single fields, in the page's order (the agreements table comes after them).
    static let fields: [TerugkoppelingField] = TerugkoppelingField.all

    /// The values as entered, by field name (line breaks as `\n`).
    private(set) var values: [String: String] = [:]
    /// The agreements as entered, empty rows too (they are ignored when reading).
    private(set) var agreements: [AgreementRow]
    /// A Dutch message per field name (`naam`, `afspraken[2][wat]`, …) that is wrong.
    private(set) var messages: [String: String] = [:]
    /// Messages that belong to no single field.
    private(set) var generalMessages: [String] = []
    /// The notes, when what was posted is valid.
    private(set) var notes: ConversationNotes?

    /// The most agreement rows a form may post; more is not a form from this page (400).
    static let maximumAgreements = 50

    /// An empty form, as first shown: one empty agreement row, and no messages.
    init() {
        agreements = [AgreementRow()]
    }

    /// The form as posted; `nil` when the agreement rows are not this page's (too many, bad numbers).
    /// One-line fields lose their line breaks, as a browser's `<input>` does.
    init?(values form: FormValues) {
        for field in Self.fields {
            guard var value = form[field.name] else { continue }
            value = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            if !field.isMultiline { value.removeAll(where: \.isNewline) }
            values[field.name] = value
        }
        var rows: [Int: AgreementRow] = [:]
        for (name, value) in form.values {
            guard let (index, part) = Self.agreementField(name) else { continue }
            guard index >= 1, index <= Self.maximumAgreements else { return nil }
            let line = value.filter { !$0.isNewline }
            switch part {
            case "wat": rows[index, default: AgreementRow()].what = line
            case "wie": rows[index, default: AgreementRow()].who = line
            default: rows[index, default: AgreementRow()].when = line
            }
        }
        agreements = rows.keys.sorted().compactMap { rows[$0] }
        if agreements.isEmpty { agreements = [AgreementRow()] }
    }

    /// `afspraken[3][wie]` → (3, "wie").
    static func agreementField(_ name: String) -> (Int, String)? {
        guard name.hasPrefix("afspraken["), name.hasSuffix("]") else { return nil }
        let inner = name.dropFirst("afspraken[".count).dropLast()
        let parts = inner.split(separator: "][", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), ["wat", "wie", "wanneer"].contains(String(parts[1])) else {
            return nil
        }
        return (index, String(parts[1]))
    }

    /// The field name of agreement row `row` (1-based) and `part`.
    static func agreementName(_ row: Int, _ part: String) -> String { "afspraken[\(row)][\(part)]" }

    /// One more empty agreement row at the end (the button "Nog een afspraak").
    mutating func addAgreement() {
        guard agreements.count < Self.maximumAgreements else { return }
        agreements.append(AgreementRow())
    }

    var isValid: Bool { notes != nil }

    /// Whether the user gave the day the sheet goes out.
    var hasSentDate: Bool {
        !(values["verzonden"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// Reads the form as notes, sent on `sent` (today, for the sheet; nil for the bouwstenen, which
    /// name the day only when the form does) unless the form says otherwise; fills `notes`, or the
    /// messages.
    mutating func validate(sent: CalendarDate?) {
        let filled = agreements.indices.filter { !agreements[$0].isEmpty }
        do {
            notes = try ConversationNotes.load(yaml: try yaml(sent: sent, rows: filled), named: "formulier")
        } catch let error as NotesError {
            notes = nil
            record(error, rows: filled)
        } catch {
            notes = nil
            generalMessages.append("Het formulier kon niet gelezen worden. Probeer het opnieuw.")
        }
    }

    /// The notes file the form stands for: every filled field under its key, the filled agreement
    /// rows (`rows`, indices into `agreements`) as the list `afspraken`, and `verzonden` as `sent`
    /// when the form leaves it empty.
    func yaml(sent: CalendarDate?, rows: [Int]) throws -> String {
        func scalar(_ text: String) -> Node { Node(text, Tag(.str), .doubleQuoted) }
        var pairs: [(Node, Node)] = []
        for field in Self.fields {
            let value = (values[field.name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { pairs.append((scalar(field.name), scalar(value))) }
        }
        if !rows.isEmpty {
            let items = rows.map { index -> Node in
                let row = agreements[index]
                var entries: [(Node, Node)] = []
                for (key, value) in [("wat", row.what), ("wie", row.who), ("wanneer", row.when)] {
                    let text = value.trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty { entries.append((scalar(key), scalar(text))) }
                }
                return Node(entries)
            }
            pairs.append((scalar("afspraken"), Node(items)))
        }
        if let sent, !hasSentDate { pairs.append((scalar("verzonden"), scalar(sent.iso))) }
        return try Yams.serialize(node: Node(pairs), allowUnicode: true)
    }

    /// Puts each problem beside its field: the notes' field paths are the form's names.
    private mutating func record(_ error: NotesError, rows: [Int]) {
        guard case .invalid = error else {
            generalMessages.append("Het formulier kon niet gelezen worden. Probeer het opnieuw.")
            return
        }
        for entry in error.notesProblems {
            let problem = entry.problem
            let path = problem.field
            if entry.rule == .noTopicText {
                for topic in ConversationNotes.Topic.allCases {
                    messages[topic.rawValue] = TerugkoppelingField.noTopicMessage
                }
                continue
            }
            if path == "(top level)" {
                generalMessages.append("Het formulier kon niet gelezen worden. Probeer het opnieuw.")
                continue
            }
            if path.hasPrefix("afspraken[") {
                let rest = path.dropFirst("afspraken[".count)
                guard let close = rest.firstIndex(of: "]"), let number = Int(rest[..<close]),
                      number >= 1, number <= rows.count else { continue }
                let part = rest[rest.index(after: close)...].drop(while: { $0 == "." })
                let key = ["wie", "wanneer"].first { part.hasPrefix($0) } ?? "wat"
                let name = Self.agreementName(rows[number - 1] + 1, key)
                if messages[name] == nil { messages[name] = TerugkoppelingField.agreementMessage(key, entry.rule) }
                continue
            }
            let key = String(path.prefix(while: { $0 != "[" && $0 != "." }))
            // A `verzonden` the form filled in is today: a conversation after it has a date in the future.
            let name = key == "verzonden" && !hasSentDate ? "datum" : key
            guard let field = Self.fields.first(where: { $0.name == name }) else {
                generalMessages.append("Het formulier kon niet gelezen worden. Probeer het opnieuw.")
                continue
            }
            if messages[name] == nil { messages[name] = field.message(for: entry.rule) }
        }
    }

    /// The download's name: `{date}_{name-slug}_terugkoppeling.pdf`, or with the kenmerk instead of the
    /// name (then no name in the file name). ASCII only.
    func fileName(extension fileExtension: String) -> String {
        guard let notes else { return "terugkoppeling.\(fileExtension)" }
        let slug = BatchFileName.slug(notes.kenmerk ?? notes.name)
        return "\(notes.date.iso)_\(slug.isEmpty ? "client" : slug)_\(Material.terugkoppeling.fileStem).\(fileExtension)"
    }
}
