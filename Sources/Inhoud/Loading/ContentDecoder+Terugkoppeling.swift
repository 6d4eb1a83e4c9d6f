extension ContentDecoder {
    func terugkoppeling(_ reader: MappingReader?) -> Inhoud.Terugkoppeling? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let intro = reader.template("intro")
        let status = reader.text("status")
        let headings = reader.mapping("koppen")
        let topicHeadings: [ConversationNotes.Topic: String]? = headings.flatMap { topicTexts($0) }
        let agreementsHeading = headings?.text("afspraken")
        headings?.finish()
        let columns = terugkoppelingColumns(reader.mapping("kolommen"))
        let correction = correction(reader.mapping("reageren"))
        let evaluationNode = reader.value("evaluatie", required: false)
        // Optional as a whole: `evaluatie: ~` leaves the block off the sheet.
        let evaluation: Inhoud.Terugkoppeling.Evaluation?? = evaluationNode.map {
            self.evaluation(MappingReader($0, path: reader.path.key("evaluatie"), context: context))
        }
        let report = reportSections(reader.mapping("rapport"))
        reader.finish()
        guard let title, let intro, let status, let topicHeadings, let agreementsHeading,
              let columns, let correction, let report, (evaluation.map { $0 != nil } ?? true) else { return nil }
        return Inhoud.Terugkoppeling(title: title, intro: intro, status: status, topicHeadings: topicHeadings,
                                     agreementsHeading: agreementsHeading, columns: columns, correction: correction,
                                     evaluation: evaluation ?? nil, report: report)
    }

    /// One text per onderwerp of the notes, under the onderwerp's key.
    private func topicTexts(_ reader: MappingReader) -> [ConversationNotes.Topic: String]? {
        var texts: [ConversationNotes.Topic: String] = [:]
        for topic in ConversationNotes.Topic.allCases {
            if let text = reader.text(topic.rawValue) { texts[topic] = text }
        }
        return texts.count == ConversationNotes.Topic.allCases.count ? texts : nil
    }

    private func terugkoppelingColumns(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.Columns? {
        guard let reader else { return nil }
        let what = reader.text("wat"), who = reader.text("wie"), when = reader.text("wanneer")
        reader.finish()
        guard let what, let who, let when else { return nil }
        return Inhoud.Terugkoppeling.Columns(what: what, who: who, when: when)
    }

    private func correction(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.Correction? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let text = reader.template("tekst")
        let contact = reader.textList("contact", rule: .atLeast(0), singular: "line", plural: "lines", required: false)?
            .map { MappingReader.template(from: $0, context: context) }
        reader.finish()
        guard let title, let text, let contact, !contact.contains(where: { $0 == nil }) else { return nil }
        return Inhoud.Terugkoppeling.Correction(title: title, text: text, contact: contact.compactMap { $0 })
    }

    private func evaluation(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.Evaluation? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let explanation = reader.text("uitleg")
        let choices = reader.textList("keuzes", rule: .atLeast(1), singular: "choice", plural: "choices")
        let question = reader.text("vraag")
        reader.finish()
        guard let title, let explanation, let choices, let question else { return nil }
        return Inhoud.Terugkoppeling.Evaluation(title: title, explanation: explanation,
                                                choices: choices.map(\.chosen.text), question: question)
    }

    private func reportSections(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.ReportSections? {
        guard let reader else { return nil }
        let topics = topicTexts(reader)
        let agreements = reader.text("afspraken")
        let conversation = reader.text("gesprek")
        let method = reader.text("werkwijze")
        let present = reader.text("aanwezig")
        reader.finish()
        guard let topics, let agreements, let conversation, let method, let present else { return nil }
        return Inhoud.Terugkoppeling.ReportSections(topics: topics, agreements: agreements, conversation: conversation,
                                                    method: method, present: present)
    }
}
