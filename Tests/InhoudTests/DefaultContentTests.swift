import Foundation
import Inhoud
import Testing

@Suite("The bundled default content")
struct DefaultContentTests {
    let inhoud: Inhoud

    init() throws {
        inhoud = try Inhoud.loadDefault()
    }

    @Test func fixedTermsOfTheMethodAreExact() {
        #expect(inhoud.centre.title == "Ons gesprek")
        #expect(inhoud.themas.map(\.title) == ["Richting en kader", "Onze openheid", "Gezien en gehoord", "Dit gesprek"])
        #expect(inhoud.onderwerpen.map(\.title) == ["Jouw ervaringen", "Jouw behoeften", "Jouw toekomst"])
        #expect(inhoud.onderwerpen.map(\.id) == ["ervaringen", "behoeften", "toekomst"])
        #expect(inhoud.strip.panels.map(\.title) == ["Ons gesprek", "Jouw ervaringen", "Jouw behoeften", "Jouw toekomst"])
        #expect(inhoud.kompas.title == "Gesprekskompas · Gezien & Gehoord")
        #expect(inhoud.keuzehulp.title == "Keuzehulp Re-integratie bij psychische klachten voor werkenden")
        #expect(inhoud.keuzehulp.url.absoluteString
            == "https://www.han.nl/projecten/2023/keuzehulp-re-integratie-bij-psychische-klachten/")
    }

    @Test func shapesTheLayoutsRelyOn() {
        #expect(inhoud.formOfAddress == .je)
        #expect(inhoud.themas.allSatisfy { (1...2).contains($0.questions.count) })
        #expect(inhoud.onderwerpen.allSatisfy { !$0.questions.isEmpty && $0.description != nil })
        #expect(inhoud.strip.panels.map(\.belongsTo)
            == [.centre, .onderwerp("ervaringen"), .onderwerp("behoeften"), .onderwerp("toekomst")])
        // Three paragraphs carry the seed's five attention points (informeren; inleven and
        // verwachtingen; voorbereiden and benaderbaar zijn): fewer paragraph breaks keep the
        // letter and its full-width Strip on one page.
        #expect(inhoud.brief.paragraphs.map(\.id) == ["lezen", "informeren", "rapport", "verwachtingen", "bijlage", "voorbereiden"])
        #expect(inhoud.brief.appointment.rows.map(\.id) == ["datum", "tijd", "duur", "plaats", "met-wie", "aanwezig"])
        #expect(inhoud.brief.extraAfter == "bijlage")
        #expect(inhoud.brief.duration == "ongeveer een uur")
        #expect(inhoud.enclosure.title == "Zo gaat ons gesprek · Gezien & Gehoord")
        #expect(inhoud.keuzehulp.sendByDefault == false)
        #expect(inhoud.preparation.questions.count == 6, "the seed's six preparatory questions")
        #expect(inhoud.usage.steps.map(\.title) == ["Voorbereiding", "Start van het gesprek", "Gebruik van het Werkblad"])
        #expect(inhoud.organisation.envelopeWindow == Inhoud.EnvelopeWindow(x: 22, y: 50, width: 85, height: 30))
        #expect(inhoud.organisation.logo == nil)
    }

    @Test func werkbladLabels() {
        let labels = inhoud.werkblad.fieldLabels
        #expect([labels.name, labels.date, labels.expert] == ["Naam", "Datum", "Arbeidsdeskundige"])
        #expect(labels.topics.hasPrefix("Waar wil je het over hebben"))
    }

    /// Plain language for anxious readers: short captions and compass lines, as the issues ask.
    @Test func clientTextsAreShort() {
        for panel in inhoud.strip.panels {
            let words = panel.caption.split(whereSeparator: \.isWhitespace).count
            #expect(words <= 20, "caption of \(panel.id) has \(words) words")
            #expect(panel.bubble.text.count <= 30, "bubble of \(panel.id)")
        }
        let compassLines = inhoud.onderwerpen.map(\.summary) + inhoud.themas.map(\.summary) + [inhoud.centre.summary]
        for line in compassLines {
            #expect(line.count <= 60, "compass line too long: \(line)")
        }
        #expect(inhoud.keuzehulp.explanation.contains("werkgever"))
        #expect(inhoud.keuzehulp.explanation.contains("andere klachten"))
        #expect(!inhoud.keuzehulp.explanation.contains(";"), "short sentences, not one joined by a semicolon")
        #expect(inhoud.keuzehulp.scanHint.contains("telefoon"))
        // Short sentences in the letter (B1), and a body short enough for one page at 12 pt: measured
        // as printed for a usual appointment (a phone number, nobody else there), and with a tolk.
        let usual: [Inhoud.Placeholder: String] = [.arbeidsdeskundige: "Anna de Vries", .organisatie: inhoud.organisation.name,
                                                   .telefoon: "012 345 67 89", .reden: "werken na de ziekmelding"]
        var withTolk = usual
        withTolk[.aanwezig] = "een tolk Arabisch"
        withTolk[.aanwezigTolk] = "ja"
        for values in [usual, withTolk] {
            for paragraph in inhoud.brief.paragraphs {
                let text = paragraph.text.filled(values)
                #expect(text.count <= 300, "paragraph \(paragraph.id) is \(text.count) characters")
                for sentence in text.split(whereSeparator: { ".?!".contains($0) }) {
                    let words = sentence.split(whereSeparator: \.isWhitespace).count
                    #expect(words <= 15, "a long sentence in \(paragraph.id): \(sentence)")
                }
            }
        }
        // Without the Strip (it moved to the enclosure) the page holds more; still one page at 12 pt.
        #expect(inhoud.brief.paragraphs.reduce(0) { $0 + $1.text.filled(usual).count } <= 1250)
    }

    /// The texts the client's choices bring (soorten, gespreksvormen) keep the letter's B1 measure:
    /// sentences of at most 15 words, paragraphs of at most 420 characters, in both forms.
    @Test(arguments: Inhoud.FormOfAddress.allCases)
    func theChoicesTextsAreShortSentences(_ form: Inhoud.FormOfAddress) throws {
        let inhoud = try Inhoud.load(overrideYAML: "aanspreekvorm: \(form.rawValue)\n", named: "vorm.yaml")
        var texts: [(id: String, source: String)] = []
        for soort in inhoud.brief.soorten {
            texts += soort.paragraphs.map { (soort.id, $0.source) }
        }
        for meeting in inhoud.brief.meetings {
            let own: [Inhoud.Template] = [meeting.change.text].compactMap { $0 }
            texts += (own + meeting.change.paragraphs.map { $0.text }).map { (meeting.id.rawValue, $0.source) }
        }
        for variant in inhoud.brief.variants {
            texts += variant.change.paragraphs.map { (variant.id.rawValue, $0.text.source) }
        }
        #expect(texts.count >= 17)
        for (id, source) in texts {
            #expect(source.count <= 420, "a text of \(id) is \(source.count) characters")
            for sentence in source.split(whereSeparator: { ".?!".contains($0) }) {
                #expect(sentence.split(whereSeparator: \.isWhitespace).count <= 15, "a long sentence in \(id): \(sentence)")
            }
        }
    }

    @Test func letterTemplatesUseOnlyKnownPlaceholders() throws {
        let used = Set(inhoud.brief.allTemplates.flatMap(\.placeholders))
        #expect(used == Set(Inhoud.Placeholder.allCases.prefix(8).dropFirst() + [.aanwezig, .aanwezigTolk, .reden, .duur, .voornaam, .naamAanhef, .pagina, .paginas,
                                                                          .functie, .bereikbaar]),
                "the default letter shows every piece of an appointment")
        let informeren = try #require(inhoud.brief.paragraphs.first { $0.id == "informeren" })
        #expect(informeren.text.placeholders == [.reden, .arbeidsdeskundige, .organisatie])
        #expect(inhoud.brief.salutation.placeholders == [.voornaam, .naamAanhef],
                "Beste and the first name, else mevrouw or meneer and the surname, else the name")
        // The appointment at a glance: date, time, how long, place, with whom, and who else is there (when anyone is).
        #expect(inhoud.brief.appointment.rows.map(\.label) == ["Datum", "Tijd", "Duur", "Plaats", "Met wie", "Ook erbij"])
        #expect(inhoud.brief.appointment.rows.flatMap(\.value.placeholders) == [.datum, .tijd, .duur, .locatie, .arbeidsdeskundige, .aanwezig])
        #expect(inhoud.preparation.header.placeholders == [.naam, .kenmerk, .datumKort])
        #expect(inhoud.enclosure.header.placeholders == [.naam, .kenmerk, .datumKort])
        // The closing names who signs and how to reach them (and when, from the staff list).
        #expect(inhoud.brief.signature.flatMap(\.placeholders) == [.arbeidsdeskundige, .functie, .telefoon, .email, .bereikbaar])
    }

    @Test func formOfAddressSwitchesWithOneField() throws {
        let formal = try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml")
        #expect(formal.formOfAddress == .u)
        let texts = formal.brief.paragraphs.map(\.text.source) + formal.strip.panels.map(\.caption)
            + formal.preparation.questions.map(\.text) + [formal.preparation.intro, formal.keuzehulp.explanation]
            + [formal.brief.appointment.title, formal.keuzehulp.heading, formal.keuzehulp.scanHint]
            + [formal.enclosure.intro.source, formal.brief.salutation.source]
        let fixedTerms = inhoud.onderwerpen.map(\.title)
        for text in texts {
            let withoutFixedTerms = fixedTerms.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
            let words = Set(withoutFixedTerms.lowercased().split { !$0.isLetter }.map(String.init))
            #expect(words.isDisjoint(with: ["je", "jij", "jou", "jouw", "jezelf"]), "informal address left in: \(text)")
        }
        #expect(formal.brief.paragraphs[3].text.source.hasPrefix("Vindt u het gesprek spannend?"))
        #expect(inhoud.brief.paragraphs[3].text.source.hasPrefix("Vind je het gesprek spannend?"))
        // The formal imperative: "Belt u mij gerust", not "Bel me gerust".
        #expect(formal.brief.paragraphs[5].text.source.contains("Belt u mij gerust: {{telefoon}}."))
        #expect(inhoud.brief.paragraphs[5].text.source.contains("Bel me gerust: {{telefoon}}."))
        #expect(formal.brief.paragraphs[0].text.source.contains("Belt u mij op {{telefoon}}"))
        #expect(formal.brief.appointment.title == "Uw afspraak" && inhoud.brief.appointment.title == "Je afspraak")
        #expect(formal.werkblad == inhoud.werkblad, "the Werkblad keeps the method's je")
    }

    @Test func defaultYAMLIsTheBundledFile() throws {
        let text = try Inhoud.defaultYAML()
        #expect(text.contains("aanspreekvorm: je"))
    }
}
