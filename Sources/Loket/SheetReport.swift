import Drukkerij

/// What is wrong with an uploaded sheet, in Dutch, worded here from Drukkerij's typed errors
/// (whose own messages are the command line's English): messages about the sheet as a whole, and
/// one table of every problem in a row, by line and column.
struct SheetReport: Sendable {
    /// One problem in one row: the line as an editor counts it, the column as the file names it.
    struct Problem: Sendable, Hashable {
        let line: Int
        let column: String
        let message: String
    }

    private(set) var messages: [String] = []
    private(set) var problems: [Problem] = []

    var isEmpty: Bool { messages.isEmpty && problems.isEmpty }

    init() {}

    init(message: String) {
        messages = [message]
    }

    /// Adds what `error` says; a problem already listed (for another material) is not repeated.
    mutating func add(_ error: ClientSheetError, material: Material) {
        switch error {
        case let .invalidRows(_, rowProblems, _):
            for problem in rowProblems {
                let entry = Problem(line: problem.line, column: problem.column ?? "hele regel", message: Self.message(problem.kind))
                if !problems.contains(entry) { problems.append(entry) }
            }
            problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        default:
            let message = Self.message(error, material: material)
            if !messages.contains(message) { messages.append(message) }
        }
    }

    static func message(_ kind: RowProblem.Kind) -> String {
        switch kind {
        case .missing(.name): "Leeg: elke cliënt heeft een naam nodig."
        case .missing: "Leeg: hier is een waarde nodig."
        case let .unreadable(_, .notADate(text)): "„\(text)” is geen datum. Schrijf de datum zo: 3-12-2026 of 2026-12-03."
        case let .unreadable(_, .notATime(text)): "„\(text)” is geen tijd. Schrijf de tijd zo: 14:30."
        case .unreadable(_, .lineBreak): "Hier staat een regeleinde in. Ontbreekt er een afsluitend aanhalingsteken (\")?"
        case let .unreadable(_, .notAYesOrNo(text)): "„\(text)” is geen ja of nee. Schrijf ja of nee, of laat het leeg."
        case let .extraCells(count):
            "Deze regel heeft \(count == 1 ? "één waarde" : "\(count) waarden") meer dan de kopregel kolommen heeft. "
                + "Zet een waarde met een puntkomma of komma erin tussen dubbele aanhalingstekens."
        }
    }

    static func message(_ error: ClientSheetError, material: Material) -> String {
        switch error {
        case .fileNotFound, .unreadable:
            return "Het bestand kon niet gelezen worden. Sla het opnieuw op als CSV en probeer het nog eens."
        case .empty:
            return "Het bestand is leeg. Het heeft een kopregel nodig (naam;datum;…) en een regel per cliënt."
        case .notText:
            return "Dit is geen CSV-bestand dat gelezen kan worden. Sla het werkblad op als CSV in UTF-8: in Excel met "
                + "Opslaan als → „CSV UTF-8 (door komma's gescheiden) (*.csv)”, in LibreOffice als „Tekst CSV” met "
                + "tekenset „Unicode (UTF-8)”."
        case let .duplicateColumn(_, column, headers):
            return "De kolommen " + headers.map { "„\($0)”" }.joined(separator: " en ")
                + " betekenen allebei „\(column.headers[0])”. Houd er één."
        case let .missingColumns(_, columns, _, found):
            return "Het bestand heeft geen kolom " + columns.map { "„\($0.headers[0])”" }.joined(separator: " en geen kolom ")
                + ", en die heeft elk\(material == .brief ? "e brief" : " werkblad") nodig. De kopregel heeft "
                + (found.isEmpty ? "geen namen." : found.map { "„\($0)”" }.joined(separator: ", ") + ".")
        case .noClients:
            return "Het bestand heeft een kopregel, maar geen cliënten eronder."
        case .invalidRows:
            return "Niet elke regel is goed ingevuld."
        }
    }
}
