import Inhoud
import Vormgeving

/// One option of a material that is the same for every client (paper, cut line, arrangement,
/// width), as data: what a front-end shows or parses, with the values it takes and its default.
/// The command line and the web page read the same list, so an option means the same in both.
public struct MaterialOption: Sendable, Hashable {
    /// The kinds of value an option takes.
    public enum Kind: Sendable, Hashable {
        case choice([String])
        case flag
        /// A length in millimetres, at least `minimum`.
        case millimetres(minimum: Double)
    }

    /// The option's name: `--paper` on the command line, `paper` in a form.
    public let name: String
    /// What the option is, in Dutch, for a form's label.
    public let label: String
    public let kind: Kind
    /// The value used when none is given, as text.
    public let defaultValue: String
}

extension Material {
    /// The options of the material itself; the personal materials take client fields instead
    /// (`requiredFields`, `printedFields`).
    public var options: [MaterialOption] {
        switch self {
        case .kompas:
            [MaterialOption(name: "paper", label: "Papierformaat", kind: .choice(KompasLayout.Paper.allCases.map(\.rawValue)),
                            defaultValue: KompasLayout.Paper.a3.rawValue),
             MaterialOption(name: "cut-line", label: "Snijlijn voor een rond kompas", kind: .flag, defaultValue: "false")]
        case .strip:
            [MaterialOption(name: "layout", label: "Indeling", kind: .choice(StripLayout.Arrangement.allCases.map(\.rawValue)),
                            defaultValue: StripLayout.Arrangement.row.rawValue),
             MaterialOption(name: "width", label: "Breedte (mm)",
                            kind: .millimetres(minimum: StripLayout.Arrangement.allCases.map(StripLayout.minimumDocumentWidth).min() ?? 0),
                            defaultValue: "170")]
        case .werkblad, .brief, .bijlage, .terugkoppeling:
            []
        }
    }
}

extension DocumentRequest {
    /// The request for a material that is the same for every client, from option values as text
    /// (a form's fields); options not given take their default. Unknown names and values that do
    /// not fit are an error naming the option.
    public init(_ material: Material, options values: [String: String]) throws(DrukkerijError) {
        let known = Set(material.options.map(\.name))
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
            throw .invalidRequest("the \(material.title) has no option \"\(unknown)\"; it has "
                                  + (known.isEmpty ? "none" : known.sorted().joined(separator: ", ")))
        }
        func value(_ name: String) throws(DrukkerijError) -> String {
            guard let option = material.options.first(where: { $0.name == name }) else {
                throw .invalidRequest("the \(material.title) has no option \"\(name)\"")
            }
            let text = values[name] ?? option.defaultValue
            switch option.kind {
            case let .choice(allowed) where !allowed.contains(text):
                throw .invalidRequest("\(name) \"\(text)\" is not one of " + allowed.joined(separator: ", "))
            case .flag where text != "true" && text != "false":
                throw .invalidRequest("\(name) is true or false, not \"\(text)\"")
            case let .millimetres(minimum) where Double(text).map { !($0 >= minimum && $0 < 5000) } ?? true:
                throw .invalidRequest("\(name) \"\(text)\" is not a width in millimetres from \(Int(minimum)) up")
            default:
                return text
            }
        }
        switch material {
        case .kompas:
            guard let paper = KompasLayout.Paper(rawValue: try value("paper")) else { throw .invalidRequest("paper") }
            self = .kompas(.init(paper: paper, cutLine: try value("cut-line") == "true"))
        case .strip:
            guard let arrangement = StripLayout.Arrangement(rawValue: try value("layout")),
                  let width = Double(try value("width")) else { throw .invalidRequest("layout") }
            self = .strip(.init(arrangement: arrangement, width: width))
        case .terugkoppeling:
            throw .invalidRequest("the \(material.title) is made from the notes of a conversation; give the notes instead of options")
        case .werkblad, .brief, .bijlage:
            throw .invalidRequest("the \(material.title) is made for a client; give the client's details instead of options")
        }
    }
}
