extension ContentDecoder {
    /// The texts per kind of meeting: one block for every ``Appointment/Meeting``, by its id.
    func meetings(in reader: MappingReader, paragraphIDs: [String]?) -> [Inhoud.Brief.MeetingTexts]? {
        guard let items = blocksPerCase("gespreksvormen", of: Appointment.Meeting.self, singular: "gespreksvorm", in: reader)
        else { return nil }
        let meetings = items.compactMap { kind, item -> Inhoud.Brief.MeetingTexts? in
            guard let kind else { return nil }
            let name = item.text("naam")
            let change = change(in: item, paragraphIDs: paragraphIDs)
            item.finish()
            guard let name, let change else { return nil }
            return Inhoud.Brief.MeetingTexts(id: kind, name: name, change: change)
        }
        return meetings.count == items.count ? meetings : nil
    }

    /// A list with one block per case of `Choice`, by its id (`gespreksvormen`, `varianten`): each
    /// block's reader with its case, nil (after reporting, naming the cases) for an id that is none.
    private func blocksPerCase<Choice>(_ key: String, of _: Choice.Type, singular: String, in reader: MappingReader)
        -> [(Choice?, MappingReader)]? where Choice: RawRepresentable & CaseIterable, Choice.RawValue == String {
        let cases = Choice.allCases.map(\.rawValue)
        guard let items = reader.identifiedItems(key, rule: .exactly(cases.count), singular: singular, plural: key)
        else { return nil }
        return items.map { id, item in
            guard let choice = Choice(rawValue: id) else {
                log.report(.unknownId, at: item.node.origin, item.path,
                           "there is no \(singular) '\(id)'. Use these ids: " + cases.joined(separator: ", ") + ".")
                return (nil, item)
            }
            return (choice, item)
        }
    }

    /// The texts per letter variant: one block for every ``Appointment/LetterVariant``, by its id.
    func variants(in reader: MappingReader, paragraphIDs: [String]?) -> [Inhoud.Brief.VariantTexts]? {
        guard let items = blocksPerCase("varianten", of: Appointment.LetterVariant.self, singular: "variant", in: reader)
        else { return nil }
        let variants = items.compactMap { kind, item -> Inhoud.Brief.VariantTexts? in
            guard let kind else { return nil }
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
