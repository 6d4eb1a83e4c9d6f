import Inhoud
import Testing

/// Field paths print as the content file (or the client sheet) spells them, so a message tells an
/// organisation exactly which line to change.
@Suite struct FieldPathTests {
    @Test func pathsAreSpelledLikeTheContentFile() {
        let expected: [(FieldPath, String)] = [
            (.centre(.title), "centrum.titel"),
            (.thema("richting-en-kader", .title), "themas[richting-en-kader].titel"),
            (.thema("onze-openheid", .summary), "themas[onze-openheid].kort"),
            (.onderwerp("behoeften", .questions), "onderwerpen[behoeften].vragen"),
            (.stripPanel("ervaringen", .caption), "strip.panelen[ervaringen].bijschrift"),
            (.stripPanel("behoeften", .bubble), "strip.panelen[behoeften].ballon.tekst"),
            (.kompas(.hint), "kompas.uitleg"),
            (.werkblad(.nameLabel), "werkblad.velden.naam"),
            (.werkblad(.notesHeading), "werkblad.kop_aantekeningen"),
            (.brief(.paragraphs), "brief.alineas"),
            (.preparation(.questions), "voorbereiding.vragen"),
            (.organisation(.colour), "organisatie.kleur"),
            (.client(.name), "naam"),
            (.client(.address), "adres"),
        ]
        for (path, text) in expected { #expect(path.description == text) }
        #expect(FieldPath.client(.city).isClient && !FieldPath.organisation(.name).isClient)
    }
}
