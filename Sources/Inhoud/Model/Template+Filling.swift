import Mustache

extension Inhoud.Template {
    /// The text with every placeholder filled. Values are not HTML-escaped (this is print); a
    /// placeholder without a value counts as empty, so `{{#telefoon}}…{{/telefoon}}` drops out.
    /// Runs of white space that YAML folding leaves behind become single spaces.
    public func filled(_ values: [Inhoud.Placeholder: String]) -> String {
        var context: [String: String] = [:]
        for placeholder in Inhoud.Placeholder.allCases {
            context[placeholder.rawValue] = values[placeholder] ?? ""
        }
        // The scanner accepted this source, so it parses; an unexpected failure keeps the raw text
        // visible rather than losing the paragraph.
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source) else { return source }
        let text = template.render(context)
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
