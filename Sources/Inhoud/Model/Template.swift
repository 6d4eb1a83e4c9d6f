import Foundation

extension Inhoud {
    /// A letter text with named Mustache placeholders (`{{naam}}`), stored unfilled.
    ///
    /// Only variables (`{{x}}`, `{{{x}}}`, `{{&x}}`), sections (`{{#x}}…{{/x}}`, `{{^x}}…{{/x}}`) and
    /// comments (`{{! …}}`) are allowed, and only with the names in ``Placeholder``; partials, pragmas and
    /// delimiter changes are refused so that every template can be filled by the letter with known data.
    /// Whoever fills it should not HTML-escape values: the output is print, and an organisation called
    /// "Bakker & Zn" must not come out as "Bakker &amp; Zn".
    public struct Template: Sendable, Equatable, CustomStringConvertible {
        /// The Mustache source, exactly as in the content file (outer whitespace trimmed).
        public let source: String
        /// The placeholders the template uses, in order of first use, each once.
        public let placeholders: [Placeholder]

        /// A template from Mustache source; `nil` when it is malformed or uses an unknown placeholder.
        public init?(_ source: String) {
            guard case .success(let placeholders) = TemplateScanner.scan(source) else { return nil }
            self.source = source
            self.placeholders = placeholders
        }

        init(source: String, placeholders: [Placeholder]) {
            self.source = source
            self.placeholders = placeholders
        }

        public var description: String { source }
    }

    /// The data a letter template may ask for. Whoever fills a ``Template`` supplies each of these
    /// (empty when unknown, so that `{{#x}}…{{/x}}` sections drop out).
    public enum Placeholder: String, Sendable, Equatable, CaseIterable {
        case naam
        case datum
        case tijd
        case locatie
        case arbeidsdeskundige
        case telefoon
        case email
        case organisatie
        case kenmerk
        case aanwezig
        case verzonden
        case reagerenVoor = "reageren_voor"
        case arts
        case opdrachtgever
        case werknemer
        case reden
        case duur
        case voornaam
        case achternaam
        case naamAanhef = "naam_aanhef"
        case datumKort = "datum_kort"
        case aanwezigLeidinggevende = "aanwezig_leidinggevende"
        case aanwezigTolk = "aanwezig_tolk"
        case keuzehulp
        case pagina
        case paginas
        case videolink
        case functie
        case bereikbaar

        /// What the filler puts in, for documentation and error messages.
        public var meaning: String {
            switch self {
            case .naam: "the client's name"
            case .datum: "the date of the conversation, written the Dutch way (3 december 2026)"
            case .tijd: "the time of the conversation, written the Dutch way (10.30)"
            case .locatie: "where the conversation takes place"
            case .arbeidsdeskundige: "the arbeidsdeskundige's name"
            case .telefoon: "the phone number for questions (the appointment's, else the staff list's, else the organisation's)"
            case .email: "the e-mail address for questions (the appointment's, else the staff list's, else the organisation's)"
            case .organisatie: "the organisation's name"
            case .kenmerk: "the dossier or case number (kenmerk)"
            case .aanwezig: "who else is (or was) at the conversation"
            case .verzonden: "the day the terugkoppeling is sent, written the Dutch way"
            case .reagerenVoor: "the last day to react to the terugkoppeling, with its weekday"
            case .arts: "who else advises, as the content names them (bedrijfsarts)"
            case .opdrachtgever: "who gets the report (je werkgever)"
            case .werknemer: "how the report names the client (werknemer, cliënt, kandidaat)"
            case .reden: "why the conversation takes place, as words after \"een gesprek over\" (the reden column)"
            case .duur: "how long the conversation takes (brief.duur)"
            case .voornaam: "the client's first given name, when the name starts with one (not with initials)"
            case .achternaam: "the client's surname with its tussenvoegsel (van den Heuvel)"
            case .naamAanhef: "the client's name for a salutation without a first name: 'mevrouw Van den Berg' when the name starts with a title, else the name as written"
            case .datumKort: "the date of the conversation without its weekday (14 januari 2027)"
            case .aanwezigLeidinggevende: "filled when 'aanwezig' already names the leidinggevende, so a text need not name them twice"
            case .aanwezigTolk: "filled when 'aanwezig' names a tolk, for a word on what a tolk does"
            case .keuzehulp: "set when the letter carries the keuzehulp, for {{#keuzehulp}}…{{/keuzehulp}}"
            case .pagina: "the number of this page"
            case .paginas: "how many pages the letter has, its enclosure included"
            case .videolink: "the link of a video call (the videolink column)"
            case .functie: "the arbeidsdeskundige's job title (organisatie.medewerkers, else Arbeidsdeskundige)"
            case .bereikbaar: "when the arbeidsdeskundige can be reached (organisatie.medewerkers), empty when not known"
            }
        }
    }
}

/// What can be wrong with a template's Mustache source.
enum TemplateIssue: Error, Equatable {
    case unknownPlaceholder(String)
    case unsupportedTag(String)
    case unclosedTag
    case unclosedSection(String)
    case unexpectedClose(String)
}

/// Reads the tags of a Mustache template without rendering it: enough to list the placeholders and to
/// catch mistakes an organisation can make when editing a letter.
enum TemplateScanner {
    static func scan(_ source: String) -> Result<[Inhoud.Placeholder], TemplateIssue> {
        var used: [Inhoud.Placeholder] = []
        var openSections: [String] = []
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            let isTriple = rest[open.upperBound...].hasPrefix("{")
            let bodyStart = isTriple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = rest[bodyStart...].range(of: isTriple ? "}}}" : "}}") else {
                return .failure(.unclosedTag)
            }
            let body = rest[bodyStart..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]

            let sigil = isTriple ? nil : body.first.flatMap { "#^/!&>=%".contains($0) ? $0 : nil }
            let name = (sigil == nil ? body : String(body.dropFirst())).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!":
                continue
            case ">", "=", "%":
                return .failure(.unsupportedTag("{{\(body)}}"))
            case "/":
                guard openSections.last == name else { return .failure(.unexpectedClose(name)) }
                openSections.removeLast()
                continue
            case "#", "^":
                openSections.append(name)
            default:
                break
            }
            guard let placeholder = Inhoud.Placeholder(rawValue: name) else {
                return .failure(.unknownPlaceholder(name))
            }
            if !used.contains(placeholder) { used.append(placeholder) }
        }
        if let unclosed = openSections.last { return .failure(.unclosedSection(unclosed)) }
        return .success(used)
    }
}
