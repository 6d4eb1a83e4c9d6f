import Mustache

extension Inhoud.Template {
    /// The text with every placeholder filled. Values are not HTML-escaped (this is print); a
    /// placeholder without a value counts as empty, so `{{#telefoon}}…{{/telefoon}}` drops out.
    /// Runs of white space that YAML folding leaves behind become single spaces.
    public func filled(_ values: [Inhoud.Placeholder: String]) -> String {
        // Only values that are there: to Mustache an empty string is still "something", and
        // `{{#telefoon}}Telefoon: {{telefoon}}{{/telefoon}}` would print "Telefoon:" with no number.
        // A name left out renders as nothing, and its `{{^x}}…{{/x}}` section shows instead.
        var context: [String: String] = [:]
        for placeholder in Inhoud.Placeholder.allCases {
            if let value = values[placeholder], !value.isEmpty { context[placeholder.rawValue] = value }
        }
        // The scanner accepted this source, so it parses; an unexpected failure keeps the raw text
        // visible rather than losing the paragraph.
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source) else { return source }
        let text = template.render(context)
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
