extension ContentDecoder {
    func terugkoppeling(_ reader: MappingReader?) -> Inhoud.Terugkoppeling? {
        guard let reader else { return nil }
        let kicker = reader.template("bovenregel")
        let title = reader.text("titel")
        let doctor = reader.text("arts")
        let commissioner = reader.text("opdrachtgever")
        let labels = fieldLabels(reader.mapping("velden"))
        let intro = reader.template("intro")
        let status = reader.template("status")
        let headings = reader.mapping("koppen")
        let topicHeadings: [ConversationNotes.Topic: String]? = headings.flatMap { topicTexts($0) }
        let agreementsHeading = headings?.text("afspraken")
        headings?.finish()
        // Optional as a whole: `kopvragen: ~` leaves the headings bare.
        let glosses: [ConversationNotes.Topic: String]?? = reader.value("kopvragen", required: false).map {
            MappingReader($0, path: reader.path.key("kopvragen"), context: context).flatMap { glossReader in
                defer { glossReader.finish() }
                return topicTexts(glossReader)
            }
        }
        let emptyTopic = reader.text("leeg")
        let columns = terugkoppelingColumns(reader.mapping("kolommen"))
        let roles = roleTemplates(reader.mapping("rollen"))
        let nextSteps = titledText(reader.mapping("vervolg"))
        let correction = correction(reader.mapping("reageren"))
        let evaluationNode = reader.value("evaluatie", required: false)
        // Optional as a whole: `evaluatie: ~` leaves the block off the sheet.
        let evaluation: Inhoud.Terugkoppeling.Evaluation?? = evaluationNode.map {
            self.evaluation(MappingReader($0, path: reader.path.key("evaluatie"), context: context))
        }
        let pageNumber = reader.text("pagina")
        let continues = reader.text("lees_verder")
        let report = reportSections(reader.mapping("rapport"))
        reader.finish()
        guard let kicker, let title, let doctor, let commissioner, let labels, let intro, let status, let topicHeadings,
              let agreementsHeading, let emptyTopic, let columns, let roles, let nextSteps, let correction,
              let pageNumber, let continues, let report, (evaluation.map { $0 != nil } ?? true),
              (glosses.map { $0 != nil } ?? true) else { return nil }
        return Inhoud.Terugkoppeling(kicker: kicker, title: title, doctor: doctor, commissioner: commissioner,
                                     fieldLabels: labels, intro: intro, status: status, topicHeadings: topicHeadings,
                                     topicGlosses: glosses ?? nil,
                                     agreementsHeading: agreementsHeading, emptyTopic: emptyTopic, columns: columns,
                                     roles: roles, nextSteps: nextSteps, correction: correction,
                                     evaluation: evaluation ?? nil, pageNumber: pageNumber, continues: continues,
                                     report: report)
    }

    /// One text per onderwerp of the notes, under the onderwerp's key.
    private func topicTexts(_ reader: MappingReader) -> [ConversationNotes.Topic: String]? {
        var texts: [ConversationNotes.Topic: String] = [:]
        for topic in ConversationNotes.Topic.allCases {
            if let text = reader.text(topic.rawValue) { texts[topic] = text }
        }
        return texts.count == ConversationNotes.Topic.allCases.count ? texts : nil
    }

    /// One text per role of the agreements, under the role's key (`cliënt`, `arbeidsdeskundige`, `samen`).
    private func roleTexts(_ reader: MappingReader?) -> [ConversationNotes.Agreement.Role: String]? {
        guard let reader else { return nil }
        var texts: [ConversationNotes.Agreement.Role: String] = [:]
        for role in ConversationNotes.Agreement.Role.allCases {
            if let text = reader.text(role.rawValue) { texts[role] = text }
        }
        reader.finish()
        return texts.count == ConversationNotes.Agreement.Role.allCases.count ? texts : nil
    }

    /// One template per role of the agreements, as ``roleTexts(_:)``.
    private func roleTemplates(_ reader: MappingReader?) -> [ConversationNotes.Agreement.Role: Inhoud.Template]? {
        guard let reader else { return nil }
        var templates: [ConversationNotes.Agreement.Role: Inhoud.Template] = [:]
        for role in ConversationNotes.Agreement.Role.allCases {
            if let template = reader.template(role.rawValue) { templates[role] = template }
        }
        reader.finish()
        return templates.count == ConversationNotes.Agreement.Role.allCases.count ? templates : nil
    }

    private func fieldLabels(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.FieldLabels? {
        guard let reader else { return nil }
        let name = reader.text("naam"), date = reader.text("datum"), expert = reader.text("arbeidsdeskundige")
        let present = reader.text("aanwezig"), kenmerk = reader.text("kenmerk"), sent = reader.template("verzonden")
        reader.finish()
        guard let name, let date, let expert, let present, let kenmerk, let sent else { return nil }
        return Inhoud.Terugkoppeling.FieldLabels(name: name, date: date, expert: expert, present: present,
                                                 kenmerk: kenmerk, sent: sent)
    }

    private func titledText(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.TitledText? {
        guard let reader else { return nil }
        let title = reader.text("titel"), text = reader.template("tekst")
        reader.finish()
        guard let title, let text else { return nil }
        return Inhoud.Terugkoppeling.TitledText(title: title, text: text)
    }

    private func terugkoppelingColumns(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.Columns? {
        guard let reader else { return nil }
        let what = reader.text("wat"), who = reader.text("wie"), when = reader.text("wanneer")
        reader.finish()
        guard let what, let who, let when else { return nil }
        return Inhoud.Terugkoppeling.Columns(what: what, who: who, when: when)
    }

    /// A list of templates, each written once or as je/u.
    private func templateList(_ reader: MappingReader, _ key: String, atLeast: Int) -> [Inhoud.Template]? {
        let list = reader.textList(key, rule: .atLeast(atLeast), singular: "line", plural: "lines", required: atLeast > 0)?
            .map { MappingReader.template(from: $0, context: context) }
        guard let list, !list.contains(where: { $0 == nil }) else { return nil }
        return list.compactMap { $0 }
    }

    private func correction(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.Correction? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let prompt = reader.template("kort")
        let lines = templateList(reader, "tekst", atLeast: 1)
        let contact = templateList(reader, "contact", atLeast: 0)
        reader.finish()
        guard let title, let prompt, let lines, let contact else { return nil }
        return Inhoud.Terugkoppeling.Correction(title: title, prompt: prompt, lines: lines, contact: contact)
    }

    private func evaluation(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.Evaluation? {
        guard let reader else { return nil }
        let title = reader.text("titel")
        let explanation = reader.text("uitleg")
        let questions = reader.textList("vragen", rule: .atLeast(0), singular: "question", plural: "questions", required: false)
        let choices = reader.textList("keuzes", rule: .atLeast(1), singular: "choice", plural: "choices")
        let question = reader.text("vraag")
        let returnLine = reader.template("terugsturen")
        let noInfluence = reader.optionalText("geen_invloed")
        reader.finish()
        guard let title, let explanation, let questions, let choices, let question, let returnLine else { return nil }
        return Inhoud.Terugkoppeling.Evaluation(title: title, explanation: explanation,
                                                questions: questions.map(\.chosen.text), choices: choices.map(\.chosen.text),
                                                question: question, returnLine: returnLine, noInfluence: noInfluence)
    }

    /// The health words, each a word with `*` only at its start or end; nil after reporting one that is not.
    private func checkedHealthWords(_ words: [Variants]) -> [Variants]? {
        var valid = true
        for word in words.map(\.chosen) where HealthWords.Pattern(word.text) == nil {
            valid = false
            context.log.report(.invalidValue, at: word.origin, word.path,
                               "'\(word.text)' is not a word to look for. Write one word (letters, maybe a hyphen), "
                                   + "with * at its start or end to match any beginning or ending, like *pijn or klacht*.")
        }
        return valid ? words : nil
    }

    private func reportSections(_ reader: MappingReader?) -> Inhoud.Terugkoppeling.ReportSections? {
        guard let reader else { return nil }
        let check = reader.text("controle")
        let employee = reader.text("werknemer")
        let dateLabel = reader.text("datum")
        let vision = reader.text("visie")
        let attribution = reader.template("verantwoording")
        let topics = topicTexts(reader)
        let experienced = reader.optionalText("zo_ervaren")
        let reaction = reader.text("reactie")
        let noReaction = reader.text("geen_reactie")
        let healthWords = reader.textList("gezondheidswoorden", rule: .atLeast(0), singular: "word", plural: "words",
                                          required: false).flatMap(checkedHealthWords)
        let agreements = reader.text("afspraken")
        let agreementsLead = reader.template("afgesproken")
        let method = reader.text("werkwijze")
        let methodText = reader.template("werkwijze_tekst")
        let roles = roleTexts(reader.mapping("rollen"))
        reader.finish()
        guard let check, let employee, let dateLabel, let vision, let attribution, let topics, let reaction, let noReaction,
              let healthWords, let agreements, let agreementsLead, let method, let methodText, let roles else { return nil }
        return Inhoud.Terugkoppeling.ReportSections(check: check, employee: employee, dateLabel: dateLabel, vision: vision,
                                                    attribution: attribution, topics: topics, experienced: experienced,
                                                    reaction: reaction, noReaction: noReaction,
                                                    healthWords: healthWords.map(\.chosen.text), agreements: agreements,
                                                    agreementsLead: agreementsLead, method: method,
                                                    methodText: methodText, roles: roles)
    }
}
