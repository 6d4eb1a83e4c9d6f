import Drukkerij
import Inhoud

/// The form of a personal material (werkblad, brief): its fields, what was entered, and what is
/// wrong. Reading goes through `ClientRow(fields:)`, so the page reads a value exactly as a
/// spreadsheet row is read, and checks it with `Material.fieldProblems`, as a batch does.
struct ClientForm: Sendable {
    let material: Material
    /// The values as entered, by field name, kept to show them again.
    let values: [String: String]
    let row: ClientRow
    /// The werkblad without its back side (the check box `enkelzijdig`).
    let singleSided: Bool
    private(set) var problems: [ClientColumn: ClientFieldProblem]
    /// The content the letter is made from: its presets are the choices of the soort field.
    let inhoud: Inhoud

    /// The fields the material prints, in the CSV contract's order.
    static func fields(for material: Material) -> [ClientField] {
        ClientColumn.allCases.filter(material.printedFields.contains).map(ClientField.init)
    }

    var fields: [ClientField] { Self.fields(for: material) }

    /// An empty form, as first shown: nothing entered yet, so no message says a field is wrong
    /// (they come when it is posted).
    init(material: Material, inhoud: Inhoud) {
        self.init(material: material, values: FormValues(), inhoud: inhoud)
        problems = [:]
    }

    /// The form as posted. One-line fields lose their line breaks, as a browser's `<input>`
    /// removes them before sending (a hand-made request gets what a browser would have sent).
    init(material: Material, values form: FormValues, inhoud: Inhoud) {
        self.material = material
        self.inhoud = inhoud
        var values: [String: String] = [:]
        var fields: [ClientColumn: String] = [:]
        for field in Self.fields(for: material) {
            guard var value = form[field.name] else { continue }
            if !field.isMultiline { value.removeAll(where: \.isNewline) }
            values[field.name] = value
            fields[field.column] = value
        }
        self.values = values
        singleSided = material == .werkblad && form[BatchChoice.singleSidedField] == "true"
        row = ClientRow(fields: fields)
        problems = material.fieldProblems(in: row, inhoud: inhoud)
    }

    var isValid: Bool { problems.isEmpty }

    /// The document the form asks for; the letter is dated `letterDate`.
    func request(letterDate: CalendarDate) -> DocumentRequest? {
        DocumentRequest.personal(material, for: row.appointment, letterDate: letterDate, singleSided: singleSided)
    }

    /// The download's name: as the same client's file in a batch.
    func fileName(extension fileExtension: String = "pdf") -> String {
        BatchFileName.name(for: row.appointment, material: material, extension: fileExtension)
    }

    /// The template's view of the form: fields with values and messages, and the summary of errors.
    func view(path: String, introduction: String) -> [String: Any] {
        let required = Set(material.requiredFields(for: row.appointment))
        let fieldViews: [[String: Any]] = fields.map { field in
            var view: [String: Any] = ["naam": field.name, "label": field.label, "type": field.inputType,
                                       "waarde": values[field.name] ?? "", "meerRegels": field.isMultiline,
                                       "verplicht": required.contains(field.column)]
            if let hint = field.hint { view["hint"] = hint }
            if let choices = field.choices(inhoud) {
                let chosen = values[field.name] ?? ""
                view["lijst"] = true
                view["keuzes"] = choices.map { ["waarde": $0.value, "tekst": $0.text, "gekozen": $0.value == chosen] as [String: Any] }
            }
            // The staff list's names to pick from; any other name can still be typed.
            if field.column == .expert, !inhoud.organisation.staff.isEmpty {
                view["namenlijst"] = true
                view["namen"] = inhoud.organisation.staff.map(\.name)
            }
            if let problem = problems[field.column] { view["melding"] = field.message(for: problem) }
            return view
        }
        let errors = fieldViews.filter { $0["melding"] != nil }
        // The letter's fields in groups with a legend, as they appear in the letter; a form
        // of a few fields stays one list.
        var groups: [[String: Any]] = []
        if material == .brief {
            for group in ClientField.Group.allCases {
                let members = zip(fields, fieldViews).filter { $0.0.group == group }.map(\.1)
                if !members.isEmpty { groups.append(["legenda": group.title, "velden": members]) }
            }
        } else {
            groups = [["velden": fieldViews]]
        }
        return ["titel": material.title, "uitleg": introduction, "pad": path, "groepen": groups,
                "fouten": errors, "heeftFouten": !errors.isEmpty,
                "enkelzijdigKeuze": material == .werkblad, "enkelzijdig": singleSided]
    }
}
