import Drukkerij

/// What the batch page was asked for: which material(s) per client, and one file per client (in a
/// ZIP archive) or one merged PDF. The lists' values are the form's; anything else is a
/// malformed request.
struct BatchChoice: Sendable, Equatable {
    enum Materials: String, Sendable, CaseIterable {
        case werkblad, brief, bijlage, beide

        var materials: [Material] {
            switch self {
            case .werkblad: [.werkblad]
            case .brief: [.brief]
            case .bijlage: [.bijlage]
            case .beide: [.werkblad, .brief]
            }
        }

        var label: String {
            switch self {
            case .werkblad: "Werkbladen"
            case .brief: "Uitnodigingsbrieven"
            case .bijlage: "Bijlagen, voor in uw eigen brief"
            case .beide: "Allebei: een werkblad en een brief per cliënt"
            }
        }
    }

    enum Form: String, Sendable, CaseIterable {
        case apart, samen

        var label: String {
            switch self {
            case .apart: "Een PDF per cliënt, samen in een ZIP-bestand"
            case .samen: "Alles in één PDF, om in één keer af te drukken"
            }
        }
    }

    var materials = Materials.werkblad
    var form = Form.apart
    /// Werkbladen without their back side, for a printer that prints on one side only.
    var singleSided = false

    init() {}

    /// The choice in `fields`; a missing field keeps its default, an unknown value is nil.
    init?(_ fields: MultipartForm) {
        if let field = fields["materiaal"] {
            guard let text = field.text, let value = Materials(rawValue: text) else { return nil }
            materials = value
        }
        if let field = fields["vorm"] {
            guard let text = field.text, let value = Form(rawValue: text) else { return nil }
            form = value
        }
        if let field = fields[Self.singleSidedField] {
            guard let text = field.text, text == "true" else { return nil }
            singleSided = true
        }
    }

    /// The check box's name, the same on the werkblad's own page.
    static let singleSidedField = "enkelzijdig"

    /// The lists' options, with this choice selected.
    var view: [String: Any] {
        ["materiaalKeuzes": Materials.allCases.map { ["waarde": $0.rawValue, "tekst": $0.label, "gekozen": $0 == materials] },
         "vormKeuzes": Form.allCases.map { ["waarde": $0.rawValue, "tekst": $0.label, "gekozen": $0 == form] },
         "enkelzijdig": singleSided]
    }
}
