/// A text that may be written once, or twice as `je:` and `u:` so the organisation's aanspreekvorm can
/// pick one. `all` holds every variant that was written, so both get checked even though one is used.
struct Variants {
    let chosen: LocatedText
    let all: [LocatedText]
}

extension MappingReader {
    func variants(_ key: String, required: Bool = true) -> Variants? {
        guard let value = value(key, required: required) else { return nil }
        return Self.variants(of: value, path: path.key(key), context: context)
    }

    /// The text under `key` in the organisation's form of address.
    func locatedText(_ key: String, required: Bool = true) -> LocatedText? {
        variants(key, required: required)?.chosen
    }

    func text(_ key: String) -> String? {
        locatedText(key)?.text
    }

    func optionalText(_ key: String) -> String? {
        locatedText(key, required: false)?.text
    }

    static func variants(of node: SourceNode, path: NodePath, context: ReadContext) -> Variants? {
        let forms = Inhoud.FormOfAddress.allCases.map(\.rawValue)
        guard let entries = node.entries, entries.allSatisfy({ forms.contains($0.key) }), !entries.isEmpty else {
            if let entries = node.entries {
                let hint = quotingHint(node)
                let keys = hint.isEmpty && !entries.isEmpty ? " with " + entries.map { "'\($0.key)'" }.joined(separator: ", ") : ""
                context.log.report(.wrongType, at: node.origin, path,
                                   "expected text, or texts under 'je:' and 'u:', found \(node.shape)\(keys).\(hint)")
                return nil
            }
            return text(of: node, path: path, context: context).map { Variants(chosen: $0, all: [$0]) }
        }
        var written: [Inhoud.FormOfAddress: LocatedText] = [:]
        var complete = true
        for form in Inhoud.FormOfAddress.allCases {
            guard let entry = entries.first(where: { $0.key == form.rawValue }) else { continue }
            if let text = text(of: entry.value, path: path.key(form.rawValue), context: context) {
                written[form] = text
            } else {
                complete = false
            }
        }
        guard complete else { return nil }
        guard let chosen = written[context.form] else {
            context.log.report(.missingField, at: node.origin, path.key(context.form.rawValue),
                               "missing. The aanspreekvorm is '\(context.form.rawValue)', so write a "
                                   + "'\(context.form.rawValue):' text here (or one text without je:/u: for both).")
            return nil
        }
        return Variants(chosen: chosen, all: Inhoud.FormOfAddress.allCases.compactMap { written[$0] })
    }

    // MARK: Templates

    func template(_ key: String) -> Inhoud.Template? {
        variants(key).flatMap { Self.template(from: $0, context: context) }
    }

    /// Checks every variant's Mustache tags and returns the chosen one.
    static func template(from variants: Variants, context: ReadContext) -> Inhoud.Template? {
        var chosen: Inhoud.Template?
        var valid = true
        for variant in variants.all {
            switch TemplateScanner.scan(variant.text) {
            case .success(let placeholders):
                if variant.origin == variants.chosen.origin, variant.path == variants.chosen.path {
                    chosen = Inhoud.Template(source: variant.text, placeholders: placeholders)
                }
            case .failure(let issue):
                valid = false
                report(issue, in: variant, log: context.log)
            }
        }
        return valid ? chosen : nil
    }

    private static func report(_ issue: TemplateIssue, in text: LocatedText, log: Diagnostics) {
        let known = Inhoud.Placeholder.allCases.map { "{{\($0.rawValue)}}" }.joined(separator: ", ")
        switch issue {
        case .unknownPlaceholder(let name):
            let suggestion = Suggestion.closest(to: name, in: Inhoud.Placeholder.allCases.map(\.rawValue))
                .map { " Did you mean {{\($0)}}?" } ?? ""
            log.report(.unknownPlaceholder, at: text.origin, text.path,
                       "unknown placeholder {{\(name)}}.\(suggestion) Use only: \(known).")
        case .unsupportedTag(let tag):
            log.report(.invalidTemplate, at: text.origin, text.path,
                       "\(tag) is not supported in letter texts. Use only placeholders: \(known).")
        case .unclosedTag:
            log.report(.invalidTemplate, at: text.origin, text.path,
                       "a '{{' has no closing '}}'. Write placeholders like {{naam}}.")
        case .unclosedSection(let name):
            log.report(.invalidTemplate, at: text.origin, text.path,
                       "the part {{#\(name)}} is not closed. Add {{/\(name)}} where it ends.")
        case .unexpectedClose(let name):
            log.report(.invalidTemplate, at: text.origin, text.path,
                       "{{/\(name)}} closes a part that was not opened. Add {{#\(name)}} before it, or remove it.")
        }
    }
}
