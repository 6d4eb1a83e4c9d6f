extension ContentDecoder {
    /// The texts per kind of meeting: one block for every ``Appointment/Meeting``, by its id.
    func meetings(in reader: MappingReader, paragraphIDs: [String]?) -> [Inhoud.Brief.MeetingTexts]? {
        let kinds = Appointment.Meeting.allCases
        guard let items = reader.identifiedItems("gespreksvormen", rule: .exactly(kinds.count), singular: "gespreksvorm",
                                                 plural: "gespreksvormen") else { return nil }
        let meetings = items.compactMap { id, item -> Inhoud.Brief.MeetingTexts? in
            guard let kind = Appointment.Meeting(rawValue: id) else {
                log.report(.unknownId, at: item.node.origin, item.path,
                           "there is no gespreksvorm '\(id)'. The kinds are: "
                               + kinds.map(\.rawValue).joined(separator: ", ") + ".")
                return nil
            }
            let name = item.text("naam")
            let change = change(in: item, paragraphIDs: paragraphIDs)
            item.finish()
            guard let name, let change else { return nil }
            return Inhoud.Brief.MeetingTexts(id: kind, name: name, change: change)
        }
        return meetings.count == items.count ? meetings : nil
    }

    /// The texts per letter variant: one block for every ``Appointment/LetterVariant``, by its id.
    func variants(in reader: MappingReader, paragraphIDs: [String]?) -> [Inhoud.Brief.VariantTexts]? {
        let kinds = Appointment.LetterVariant.allCases
        guard let items = reader.identifiedItems("varianten", rule: .exactly(kinds.count), singular: "variant",
                                                 plural: "varianten") else { return nil }
        let variants = items.compactMap { id, item -> Inhoud.Brief.VariantTexts? in
            guard let kind = Appointment.LetterVariant(rawValue: id) else {
                log.report(.unknownId, at: item.node.origin, item.path,
                           "there is no variant '\(id)'. The variants are: " + kinds.map(\.rawValue).joined(separator: ", ") + ".")
                return nil
            }
            let name = item.text("naam")
            // Without `strip:` the enclosure keeps its Strip.
            let strip: Bool?
            if item.node["strip"] != nil { strip = item.flag("strip") } else { _ = item.entry("strip"); strip = true }
            let change = change(in: item, paragraphIDs: paragraphIDs, ownText: false)
            item.finish()
            guard let name, let strip, let change else { return nil }
            return Inhoud.Brief.VariantTexts(id: kind, name: name, change: change, includesStrip: strip)
        }
        return variants.count == items.count ? variants : nil
    }

    /// The optional parts of a ``Inhoud/Brief/Change`` in `item`: `afspraak` (facts rows), `alineas`
    /// (paragraphs replaced by id, which must be the letter's), `tekst` (a paragraph of its own, where
    /// `ownText`), `onderwerp` and `afspraak_titel`.
    func change(in item: MappingReader, paragraphIDs: [String]?, ownText: Bool = true) -> Inhoud.Brief.Change? {
        var change = Inhoud.Brief.Change()
        var complete = true
        if let rows = factRows("afspraak", in: item, rule: .atLeast(1), required: false) { change.rows = rows } else { complete = false }
        if let items = item.identifiedItems("alineas", rule: .atLeast(1), singular: "paragraph", plural: "paragraphs",
                                            required: false) {
            for (id, paragraph) in items {
                let text = paragraph.template("tekst")
                paragraph.finish()
                if let paragraphIDs, !paragraphIDs.contains(id) {
                    log.report(.unknownId, at: paragraph.node.origin, paragraph.path,
                               "there is no paragraph '\(id)' in the letter to replace. Its paragraphs: "
                                   + paragraphIDs.joined(separator: ", ") + ".")
                    complete = false
                } else if let text {
                    change.paragraphs.append(Inhoud.Brief.Paragraph(id: id, text: text))
                } else {
                    complete = false
                }
            }
        } else if item.node["alineas"] != nil {
            complete = false
        }
        let templates = [("tekst", \Inhoud.Brief.Change.text), ("onderwerp", \Inhoud.Brief.Change.subject)]
        for (key, keyPath) in templates where ownText || key != "tekst" {
            guard item.node[key] != nil else { _ = item.entry(key); continue }
            if let template = item.template(key) { change[keyPath: keyPath] = template } else { complete = false }
        }
        if item.node["afspraak_titel"] != nil {
            if let title = item.text("afspraak_titel") { change.factsTitle = title } else { complete = false }
        } else {
            _ = item.entry("afspraak_titel")
        }
        return complete ? change : nil
    }
}
