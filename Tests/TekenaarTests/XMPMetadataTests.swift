import Testing

@testable import Tekenaar

/// `PDF.XMPMetadata`: the packet repeats the information dictionary, escaped as XML, with XMP dates,
/// and claims PDF/UA-1 only when asked to (for a tagged document).
@Suite struct XMPMetadataTests {
    @Test(arguments: [
        ("D:20260101000000Z", "2026-01-01T00:00:00Z"),
        ("D:20260315093000+01'00'", "2026-03-15T09:30:00+01:00"),
        ("20260315093000+01'00", "2026-03-15T09:30:00+01:00"),
        ("D:20261203", "2026-12-03"),
        ("D:2026", "2026-01-01"),
    ])
    func pdfDatesBecomeXMPDates(_ pdf: String, _ xmp: String) {
        #expect(PDF.XMPMetadata.xmpDate(pdfDate: pdf) == xmp)
    }

    @Test func notADateIsLeftOut() {
        #expect(PDF.XMPMetadata.xmpDate(pdfDate: "gisteren") == nil)
    }

    @Test func thePacketRepeatsTheInformationDictionary() {
        let info: PDF.Dict = ["Title": .string(PDF.textString("Cliënt & <werk>")), "Author": .string(PDF.textString("Bureau")),
                              "Producer": .string(PDF.textString("cairo")), "CreationDate": .string(PDF.textString("D:20260101000000Z")),
                              "Subject": .string(PDF.textString("\u{1}"))]
        let packet = String(decoding: PDF.XMPMetadata.packet(info: info, language: "nl-NL", claimsUniversalAccessibility: true),
                            as: UTF8.self)
        for expected in ["<pdfuaid:part>1</pdfuaid:part>", "<rdf:li xml:lang=\"x-default\">Cliënt &amp; &lt;werk&gt;</rdf:li>",
                         "<rdf:Seq><rdf:li>Bureau</rdf:li></rdf:Seq>", "<rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag>",
                         "<pdf:Producer>cairo</pdf:Producer>", "<xmp:CreateDate>2026-01-01T00:00:00Z</xmp:CreateDate>"] {
            #expect(packet.contains(expected), "\(expected)")
        }
        #expect(!packet.contains("dc:description"), "a subject of control characters only is left out")
        #expect(!packet.contains("ModifyDate") && !packet.contains("xmpMM:"))
        let untagged = PDF.XMPMetadata.packet(info: info, language: nil, claimsUniversalAccessibility: false)
        #expect(!String(decoding: untagged, as: UTF8.self).contains("pdfuaid:part"))
    }
}
