// The XMP metadata stream (ISO 16684-1) PDF/UA-1 asks for in the catalog (ISO 14289-1 §7.1,
// Matterhorn checkpoint 06): the `pdfuaid:part` identifier, and the title, author, subject,
// language, dates, creator tool and producer, taken from the document information dictionary so
// the two always agree. No random instance or document IDs: the same document gives the same bytes.

extension PDF {
    /// Builds the XMP packet and its metadata stream for a document.
    enum XMPMetadata {
        /// The metadata stream object `number 0 obj … endobj`, uncompressed (PDF/UA expects
        /// metadata a reader can find without inflating it, and it is small).
        static func streamObject(number: Int, packet: [UInt8]) -> [UInt8] {
            let dictionary: Dict = ["Type": .name("Metadata"), "Subtype": .name("XML"), "Length": .integer(packet.count)]
            return Array("\(number) 0 obj\n".utf8) + Writer.topLevel(dictionary) + Array("\nstream\n".utf8) + packet
                + Array("\nendstream\nendobj\n".utf8)
        }

        /// The XMP packet for a document with the information dictionary `info` and language
        /// `language` (BCP 47, or nil); `claimsUniversalAccessibility` adds `pdfuaid:part 1`, which
        /// only a tagged document may claim.
        static func packet(info: Dict, language: String?, claimsUniversalAccessibility: Bool) -> [UInt8] {
            // XMP is XML, as Pango markup is: the same escaping serves.
            func text(_ key: Name) -> String? {
                guard case .string(let string)? = info[key] else { return nil }
                // XML 1.0 has no place for control characters other than tab and line breaks.
                let text = String(String.UnicodeScalarView(string.text.unicodeScalars.filter { $0.value >= 0x20 || "\t\n\r".unicodeScalars.contains($0) }))
                return text.isEmpty ? nil : Markup.escape(text)
            }
            func date(_ key: Name) -> String? {
                guard case .string(let string)? = info[key] else { return nil }
                return xmpDate(pdfDate: string.text)
            }

            var properties: [String] = []
            if claimsUniversalAccessibility { properties.append("<pdfuaid:part>1</pdfuaid:part>") }
            if let title = text("Title") { properties.append(alternative("dc:title", title)) }
            if let author = text("Author") {
                properties.append("<dc:creator><rdf:Seq><rdf:li>\(author)</rdf:li></rdf:Seq></dc:creator>")
            }
            if let subject = text("Subject") { properties.append(alternative("dc:description", subject)) }
            if let language, !language.isEmpty {
                properties.append("<dc:language><rdf:Bag><rdf:li>\(Markup.escape(language))</rdf:li></rdf:Bag></dc:language>")
            }
            if let keywords = text("Keywords") { properties.append("<pdf:Keywords>\(keywords)</pdf:Keywords>") }
            if let producer = text("Producer") { properties.append("<pdf:Producer>\(producer)</pdf:Producer>") }
            if let creator = text("Creator") { properties.append("<xmp:CreatorTool>\(creator)</xmp:CreatorTool>") }
            if let created = date("CreationDate") { properties.append("<xmp:CreateDate>\(created)</xmp:CreateDate>") }
            if let modified = date("ModDate") {
                properties.append("<xmp:ModifyDate>\(modified)</xmp:ModifyDate>")
                properties.append("<xmp:MetadataDate>\(modified)</xmp:MetadataDate>")
            }

            // The BOM in `begin` is part of the XMP packet syntax (ISO 16684-1 §7.3.2); the id is the fixed one it prescribes.
            let packet = """
                <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" \
                xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                \(properties.joined(separator: "\n"))
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="r"?>
                """
            return Array(packet.utf8)
        }

        private static func alternative(_ property: String, _ text: String) -> String {
            "<\(property)><rdf:Alt><rdf:li xml:lang=\"x-default\">\(text)</rdf:li></rdf:Alt></\(property)>"
        }

        /// The XMP (ISO 8601) form of a PDF date (§7.9.4): `D:20260315093000+01'00'` becomes
        /// `2026-03-15T09:30:00+01:00`; nil when it is not a PDF date. A date without a time zone
        /// is written without one, as XMP allows.
        static func xmpDate(pdfDate: String) -> String? {
            let pattern = /(?:D:)?([0-9]{4})([0-9]{2})?([0-9]{2})?([0-9]{2})?([0-9]{2})?([0-9]{2})?(?:(Z)|([+-])([0-9]{2})'?(?:([0-9]{2})'?)?)?/
            guard let match = pdfDate.wholeMatch(of: pattern) else { return nil }
            let (_, year, month, day, hour, minute, second, utc, sign, zoneHour, zoneMinute) = match.output
            var date = "\(year)-\(month ?? "01")-\(day ?? "01")"
            guard hour != nil else { return date }
            date += "T\(hour ?? "00"):\(minute ?? "00"):\(second ?? "00")"
            if utc != nil {
                date += "Z"
            } else if let sign, let zoneHour {
                date += "\(sign)\(zoneHour):\(zoneMinute ?? "00")"
            }
            return date
        }
    }
}
