extension ContentDecoder {
    func centre(_ reader: MappingReader?) -> Inhoud.Centre? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let summary = reader.text("kort")
        reader.finish()
        guard let title, let summary else { return nil }
        return Inhoud.Centre(title: title, summary: summary)
    }

    func themas(in reader: MappingReader) -> [Inhoud.Thema]? {
        guard let items = reader.identifiedItems("themas", rule: .exactly(4), singular: "thema", plural: "thema's")
        else { return nil }
        let themas = items.compactMap { id, item -> Inhoud.Thema? in
            let title = item.text("titel")
            let summary = item.text("kort")
            let questions = item.questions("vragen", rule: .between(1, 2))
            item.finish()
            guard let title, let summary, let questions else { return nil }
            return Inhoud.Thema(id: id, title: title, summary: summary, questions: questions)
        }
        return themas.count == items.count ? themas : nil
    }

    func onderwerpen(in reader: MappingReader) -> [Inhoud.Onderwerp]? {
        guard let items = reader.identifiedItems("onderwerpen", rule: .exactly(3),
                                                 singular: "onderwerp", plural: "onderwerpen") else { return nil }
        let onderwerpen = items.compactMap { id, item -> Inhoud.Onderwerp? in
            let title = item.text("titel")
            let summary = item.text("kort")
            let description = item.optionalText("beschrijving")
            let questions = item.questions("vragen", rule: .atLeast(1))
            item.finish()
            guard let title, let summary, let questions else { return nil }
            return Inhoud.Onderwerp(id: id, title: title, summary: summary, description: description,
                                    questions: questions)
        }
        return onderwerpen.count == items.count ? onderwerpen : nil
    }

    func kompas(_ reader: MappingReader?) -> Inhoud.Kompas? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let hint = reader.text("uitleg")
        reader.finish()
        guard let title, let hint else { return nil }
        return Inhoud.Kompas(title: title, hint: hint)
    }

    func werkblad(_ reader: MappingReader?) -> Inhoud.Werkblad? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let labels = fieldLabels(reader.mapping("velden"))
        let conversation = reader.text("kop_gesprek")
        let topics = reader.text("kop_onderwerpen")
        let notes = reader.text("kop_aantekeningen")
        let backSide = reader.flag("achterkant")
        let hint = reader.text("ommezijde")
        let continued = reader.text("kop_vervolg")
        let evaluation = werkbladEvaluation(reader.mapping("evaluatie"))
        reader.finish()
        guard let title, let labels, let conversation, let topics, let notes, let backSide, let hint, let continued,
              let evaluation else { return nil }
        return Inhoud.Werkblad(title: title, fieldLabels: labels, conversationHeading: conversation,
                               topicsHeading: topics, notesHeading: notes, hasBackSide: backSide, backSideHint: hint,
                               continuedNotesHeading: continued,
                               evaluation: evaluation)
    }

    private func werkbladEvaluation(_ reader: MappingReader?) -> Inhoud.Werkblad.Evaluation? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let question = reader.text("vraag")
        reader.finish()
        guard let title, let question else { return nil }
        return Inhoud.Werkblad.Evaluation(title: title, question: question)
    }

    private func fieldLabels(_ reader: MappingReader?) -> Inhoud.Werkblad.FieldLabels? {
        guard let reader else { return nil }
        let name = reader.text("naam")
        let date = reader.text("datum")
        let expert = reader.text("arbeidsdeskundige")
        let topics = reader.text("onderwerpen")
        reader.finish()
        guard let name, let date, let expert, let topics else { return nil }
        return Inhoud.Werkblad.FieldLabels(name: name, date: date, expert: expert, topics: topics)
    }
}
