import Drukkerij

/// What is wrong with an uploaded sheet, in Dutch, worded here from Drukkerij's typed errors
/// (whose own messages are the command line's English): messages about the sheet as a whole, and
/// one table of every problem in a row, by row and column; in a workbook, the sheet they are in.
struct SheetReport: Sendable {
    /// One problem in one row: the line of a CSV file or the row a spreadsheet shows, the column as
    /// the sheet names it.
    struct Problem: Sendable, Hashable {
        let line: Int
        let column: String
        let message: String
    }

    private(set) var messages: [String] = []
    private(set) var problems: [Problem] = []
    /// The workbook sheet the problems are in; nil for a CSV file.
    private(set) var sheet: String?

    var isEmpty: Bool { messages.isEmpty && problems.isEmpty }

    init() {}

    init(message: String) {
        messages = [message]
    }

    /// Adds what `error` says; a problem already listed (for another material) is not repeated.
    mutating func add(_ error: ClientSheetError, material: Material) {
        switch error {
        case let .invalidRows(source, rowProblems, _):
            sheet = source.sheet
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

    /// The heading above the messages: a file that cannot be read at all is not "not all good".
    static func title(for error: ClientSheetError) -> String {
        switch error {
        case .fileNotFound, .unreadable, .notText, .unsupportedFile, .damagedWorkbook: "Dit bestand kan niet gelezen worden"
        default: "Niet alles in het bestand is goed"
        }
    }

    static let dateForms = "3-12-2026, 3-12-26, 3 december 2026 of 2026-12-03"

    /// Why an address without postcode and place is refused.
    static let addressMessage = "Hier ontbreken de postcode en de plaats (zoals 1234 AB Plaats): zo komt de brief niet aan. "
        + "Zet ze in het adres of in de kolommen postcode en plaats, of zet bij een adres in het buitenland het land op de laatste regel."

    /// Why a BSN is refused, in the words of the sheet's table and of the forms.
    static let bsnMessage = "Hier staat iets dat op een BSN lijkt (negen cijfers die de elfproef halen). Een BSN hoort niet "
        + "op deze papieren, en een kenmerk mag geen BSN zijn. Haal het weg of gebruik het dossiernummer."

    static func message(_ kind: RowProblem.Kind) -> String {
        switch kind {
        case .missing(.name): "Leeg: elke cliënt heeft een naam nodig."
        case .missing(.videoLink): "Leeg: een videogesprek heeft een link nodig."
        case .missing: "Leeg: hier is een waarde nodig."
        case let .unreadable(_, .notADate(text)): "„\(text)” is geen datum. Schrijf de datum zo: \(dateForms)."
        case let .unreadable(_, .wrongWeekday(text, date)):
            "„\(text)”: \(date.dutch) is een \(date.dutchWeekday). Verbeter de dag of de datum."
        case let .unreadable(_, .notATime(text)): "„\(text)” is geen tijd. Schrijf de tijd zo: 14:30 of 9.30 uur."
        case .unreadable(_, .lineBreak): "Hier staat een regeleinde in. Ontbreekt er een afsluitend aanhalingsteken (\")?"
        case .unreadable(_, .looksLikeBSN): Self.bsnMessage
        case .unreadable(_, .addressWithoutPostcode): Self.addressMessage
        case let .unreadable(_, .notAChoice(text, known)):
            "„\(text)” kennen we hier niet. Schrijf een van deze: \(known.joined(separator: ", "))."
        case let .unreadable(_, .formNotInContent(form, _)):
            "De teksten van uw organisatie staan niet allemaal in de \(form)-vorm. Laat dit leeg, of vul de teksten aan."
        case let .unreadable(_, .notAYesOrNo(text)): "„\(text)” is geen ja of nee. Schrijf ja of nee, of laat het leeg."
        case .unreadable(_, .formulaWithoutResult):
            "Hier staat een formule zonder uitkomst. Open het bestand in Excel of LibreOffice en sla het op; dan wordt de uitkomst bewaard."
        case let .extraCells(count):
            "Deze regel heeft \(count == 1 ? "één waarde" : "\(count) waarden") meer dan de kopregel kolommen heeft. "
                + "Zet een waarde met een puntkomma of komma erin tussen dubbele aanhalingstekens."
        }
    }

    static func message(_ error: ClientSheetError, material: Material) -> String {
        switch error {
        case .fileNotFound, .unreadable:
            return "Het bestand kon niet gelezen worden. Sla het opnieuw op als Excel-werkmap (.xlsx) of CSV en probeer het nog eens."
        case .empty:
            return "Het bestand is leeg. Het heeft een kopregel nodig (naam, datum, …) en een regel per cliënt."
        case .notText:
            return "Dit is geen CSV-bestand dat gelezen kan worden. Kies het Excel-bestand (.xlsx) zelf, of sla het werkblad op als "
                + "CSV in UTF-8: in Excel met Opslaan als → „CSV UTF-8 (door komma's gescheiden) (*.csv)”, in LibreOffice als "
                + "„Tekst CSV” met tekenset „Unicode (UTF-8)”."
        case let .unsupportedFile(_, kind):
            return message(kind)
        case .damagedWorkbook:
            return "Dit Excel-bestand kon niet gelezen worden: het is beschadigd of niet helemaal opgeslagen. Open het in Excel of "
                + "LibreOffice, sla het opnieuw op als Excel-werkmap (.xlsx) en kies het nog eens."
        case let .noClientSheet(_, sheets, hiddenSheets):
            return "Geen blad in dit bestand (" + sheets.map { "„\($0)”" }.joined(separator: ", ")
                + ") heeft in de eerste \(ClientSheet.headerSearchDepth) rijen een kopregel met de kolom „naam”."
                + (hiddenSheets.isEmpty ? "" : " Verborgen bladen worden overgeslagen.")
                + " Zet boven de cliënten een kopregel: naam, datum, …"
        case let .duplicateColumn(source, column, headers):
            return inSheet(source) + "De kolommen " + headers.map { "„\($0)”" }.joined(separator: " en ")
                + " betekenen allebei „\(column.headers[0])”. Houd er één."
        case let .missingColumns(source, columns, _, found):
            return inSheet(source) + "Het bestand heeft geen kolom " + columns.map { "„\($0.headers[0])”" }.joined(separator: " en geen kolom ")
                + ", en die heeft elk\(material == .brief ? "e brief" : " werkblad") nodig. De kopregel heeft "
                + (found.isEmpty ? "geen namen." : found.map { "„\($0)”" }.joined(separator: ", ") + ".")
        case let .noClients(source):
            return inSheet(source) + "Het bestand heeft een kopregel, maar geen cliënten eronder."
        case .invalidRows:
            return "Niet elke regel is goed ingevuld."
        }
    }

    /// "In het blad „Week 49”: " before a message about a workbook's sheet.
    private static func inSheet(_ source: SheetSource) -> String {
        source.sheet.map { "In het blad „\($0)”: " } ?? ""
    }

    private static func message(_ kind: ClientSheetError.UnsupportedFile) -> String {
        switch kind {
        case .oldExcel:
            "Dit is een oud Excel-bestand (.xls, Excel 97–2003). Dat kan de pagina niet lezen. Open het in Excel of LibreOffice, "
                + "sla het op als „Excel-werkmap (*.xlsx)” en kies dat bestand."
        case .passwordProtected:
            "Dit Excel-bestand is beveiligd met een wachtwoord, dus de pagina kan het niet lezen. Open het, haal het wachtwoord "
                + "weg (in Excel: Bestand → Info → Werkmap beveiligen → Versleutelen met wachtwoord, en maak het wachtwoord leeg) "
                + "en sla het opnieuw op."
        case .oldOffice:
            "Dit is een oud Office-bestand, geen spreadsheet die de pagina kan lezen. Sla de lijst op als „Excel-werkmap (*.xlsx)” of als CSV."
        case .openDocument:
            "Dit is een OpenDocument-spreadsheet (.ods). Sla het in LibreOffice op als „Excel 2007-365 (.xlsx)” of als CSV en kies dat bestand."
        case .otherArchive:
            "Dit is een ZIP-bestand, maar geen Excel-werkmap. Kies de spreadsheet met de cliënten (.xlsx of .csv)."
        case .pdf:
            "Dit is een PDF, geen spreadsheet. Kies de spreadsheet met de cliënten (.xlsx of .csv)."
        case .markup:
            "Dit is een webpagina of XML-bestand, geen spreadsheet die de pagina kan lezen. Sla de lijst op als „Excel-werkmap (*.xlsx)” of als CSV."
        }
    }
}
