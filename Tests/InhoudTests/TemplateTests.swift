import Inhoud
import Testing

@Suite("Letter templates")
struct TemplateTests {
    @Test func listsPlaceholdersOnceInOrderOfUse() throws {
        let template = try #require(Inhoud.Template("{{naam}}, bel {{#telefoon}}{{telefoon}}{{/telefoon}} of {{{naam}}}"))
        #expect(template.placeholders == [.naam, .telefoon])
        #expect(template.source.hasPrefix("{{naam}}"))
    }

    @Test func acceptsCommentsAndUnescapedVariables() throws {
        let template = try #require(Inhoud.Template("{{! uitleg }}Op {{& datum}} om {{ tijd }}{{^email}}.{{/email}}"))
        #expect(template.placeholders == [.datum, .tijd, .email])
        #expect(try #require(Inhoud.Template("Geen invulvelden.")).placeholders.isEmpty)
    }

    @Test(arguments: ["{{roepnaam}}", "{{naam", "{{#naam}}open", "{{/naam}}", "{{#naam}}{{/email}}", "{{> kop}}",
                      "{{=<% %>=}}", "{{Naam}}"])
    func refusesWhatCannotBeFilled(_ source: String) {
        #expect(Inhoud.Template(source) == nil)
    }

    @Test func anEmptyValueDropsItsSectionAndShowsTheInvertedOne() throws {
        let template = try #require(Inhoud.Template(
            "Vragen? {{#telefoon}}Bel {{telefoon}}.{{/telefoon}}{{^telefoon}}{{#email}}Mail {{email}}.{{/email}}{{/telefoon}}"))
        #expect(template.filled([.telefoon: "06 12", .email: "a@b.nl"]) == "Vragen? Bel 06 12.")
        #expect(template.filled([.telefoon: "", .email: "a@b.nl"]) == "Vragen? Mail a@b.nl.")
        #expect(template.filled([.email: "a@b.nl"]) == "Vragen? Mail a@b.nl.")
        #expect(template.filled([:]) == "Vragen?")
        #expect(try #require(Inhoud.Template("Bakker & {{naam}}")).filled([.naam: "Zn <1>"]) == "Bakker & Zn <1>")
    }

    @Test func everyPlaceholderIsExplained() {
        #expect(Inhoud.Placeholder.allCases.count == 29)
        #expect(Inhoud.Placeholder.allCases.allSatisfy { !$0.meaning.isEmpty })
    }
}
