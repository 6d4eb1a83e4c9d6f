extension ContentDecoder {
    static let centreKey = "centrum"

    func strip(_ reader: MappingReader?, onderwerpIDs: [String]?) -> Inhoud.Strip? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let items = reader.identifiedItems("panelen", rule: .exactly(4), singular: "panel", plural: "panels")
        var claimed: [Inhoud.KompasPart: Origin] = [:]
        let panels = items?.compactMap { id, item in
            panel(id: id, item, onderwerpIDs: onderwerpIDs, claimed: &claimed)
        }
        reader.finish()
        guard let title, let items, let panels, panels.count == items.count else { return nil }
        return Inhoud.Strip(title: title, panels: panels)
    }

    private func panel(id: String, _ item: MappingReader, onderwerpIDs: [String]?,
                       claimed: inout [Inhoud.KompasPart: Origin]) -> Inhoud.StripPanel? {
        let part = kompasPart(item, onderwerpIDs: onderwerpIDs, claimed: &claimed)
        let title = item.text("titel")
        let caption = item.text("bijschrift")
        let bubble = bubble(item.mapping("ballon"))
        let scene = item.text("tekening")
        item.finish()
        guard let part, let title, let caption, let bubble, let scene else { return nil }
        return Inhoud.StripPanel(id: id, belongsTo: part, title: title, caption: caption, bubble: bubble, scene: scene)
    }

    /// Each panel takes the colour of one compass part, and the four panels tell the four steps, so every
    /// part (the centre and each onderwerp) belongs to exactly one panel.
    private func kompasPart(_ item: MappingReader, onderwerpIDs: [String]?,
                            claimed: inout [Inhoud.KompasPart: Origin]) -> Inhoud.KompasPart? {
        guard let located = item.locatedText("hoort_bij") else { return nil }
        let part: Inhoud.KompasPart
        if located.text == Self.centreKey {
            part = .centre
        } else if let onderwerpIDs {
            guard onderwerpIDs.contains(located.text) else {
                let choices = ([Self.centreKey] + onderwerpIDs).joined(separator: ", ")
                log.report(.unknownId, at: located.origin, located.path,
                           "'\(located.text)' is neither the centre nor an onderwerp. Write one of: \(choices).")
                return nil
            }
            part = .onderwerp(located.text)
        } else {
            return nil  // the onderwerpen are broken and reported already; nothing to check against
        }
        if let first = claimed[part] {
            log.report(.duplicateId, at: located.origin, located.path,
                       "'\(located.text)' already has a panel (at \(first.file.name):\(first.line)). "
                           + "Give each panel a different part: centrum and each onderwerp once.")
            return nil
        }
        claimed[part] = located.origin
        return part
    }

    private func bubble(_ reader: MappingReader?) -> Inhoud.Bubble? {
        guard let reader else { return nil }
        let text = reader.text("tekst")
        let speaker: Inhoud.Bubble.Speaker? = choice(reader, "spreker", [
            "arbeidsdeskundige": .arbeidsdeskundige, "client": .client, "cliënt": .client,
        ])
        let kind: Inhoud.Bubble.Kind? = choice(reader, "soort", ["zegt": .speech, "denkt": .thought])
        reader.finish()
        guard let text, let speaker, let kind else { return nil }
        return Inhoud.Bubble(text: text, speaker: speaker, kind: kind)
    }

    /// A value from a closed set of words, with the allowed words in the message when it is not one.
    func choice<Value>(_ reader: MappingReader, _ key: String, _ options: [String: Value]) -> Value? {
        guard let located = reader.locatedText(key) else { return nil }
        guard let value = options[located.text.lowercased()] else {
            log.report(.invalidValue, at: located.origin, located.path,
                       "'\(located.text)' is not allowed here. Write one of: \(options.keys.sorted().joined(separator: ", ")).")
            return nil
        }
        return value
    }
}
