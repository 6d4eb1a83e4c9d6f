/// Turns a notes file's tree into ``ConversationNotes``, reporting every problem with its line and
/// field. Private paragraphs (`[privé] …`) are dropped here, so nothing after reading can show them.
struct NotesDecoder {
    let context: ReadContext

    var log: Diagnostics { context.log }

    func notes(_ root: SourceNode) -> ConversationNotes? {
        guard let reader = MappingReader(root, path: .root, context: context) else { return nil }
        let name = plainText(reader, "naam")
        let date = readDate(reader, "datum", required: true)?.value ?? nil
        let expert = plainText(reader, "arbeidsdeskundige")
        var topics: [ConversationNotes.Topic: [String]] = [:]
        var topicsRead = true
        for topic in ConversationNotes.Topic.allCases {
            if let paragraphs = paragraphs(reader, topic.rawValue) { topics[topic] = paragraphs } else { topicsRead = false }
        }
        let agreements = agreements(reader)
        let conversation = paragraphs(reader, "gesprek")
        let present = optionalText(reader, "aanwezig")
        let kenmerk = optionalText(reader, "kenmerk")
        let replyBy = readDate(reader, "reageren_voor", required: false)
        reader.finish()
        if let date, let reply = replyBy?.value, reply <= date, let node = reader.value("reageren_voor", required: false) {
            log.report(.invalidValue, at: node.origin, .root.key("reageren_voor"),
                       "\(reply.dutch) is not after the conversation (\(date.dutch)). Write a later date, or leave "
                           + "the line out for \(ConversationNotes.defaultReplyWorkingDays) working days after it.")
        }
        if topicsRead, topics.values.allSatisfy(\.isEmpty) {
            log.report(.missingField, at: root.origin, .root,
                       "none of ervaringen, behoeften and toekomst has text for the client (a [privé] paragraph "
                           + "does not count). Write what the client told under at least one of them.")
        }
        guard log.isEmpty, let name, let date, let expert, topicsRead, let agreements, let conversation,
              let replyBy else { return nil }
        return ConversationNotes(name: name, date: date, expert: expert, ervaringen: topics[.ervaringen] ?? [],
                                 behoeften: topics[.behoeften] ?? [], toekomst: topics[.toekomst] ?? [],
                                 agreements: agreements, conversation: conversation, present: present?.value ?? nil,
                                 kenmerk: kenmerk?.value ?? nil, replyBy: replyBy.value)
    }

    /// Required text (no je/u variants: notes are written for one client).
    private func plainText(_ reader: MappingReader, _ key: String) -> String? {
        guard let node = reader.value(key) else { return nil }
        return MappingReader.text(of: node, path: reader.path.key(key), context: context)?.text
    }

    /// Optional text: `.some(nil)` when absent or private, `nil` after reporting a problem.
    private func optionalText(_ reader: MappingReader, _ key: String) -> Box<String?>? {
        guard let node = reader.value(key, required: false) else { return Box(nil) }
        guard let text = MappingReader.text(of: node, path: reader.path.key(key), context: context) else { return nil }
        return Box(ConversationNotes.isPrivate(text.text) ? nil : text.text)
    }

    /// A date in one of the accepted forms; `Box(nil)` when an optional one is absent.
    private func readDate(_ reader: MappingReader, _ key: String, required: Bool) -> Box<CalendarDate?>? {
        guard let node = reader.value(key, required: required) else { return required ? nil : Box(nil) }
        guard let text = MappingReader.text(of: node, path: reader.path.key(key), context: context) else { return nil }
        guard let date = CalendarDate(parsing: text.text) else {
            log.report(.invalidValue, at: text.origin, text.path,
                       "'\(text.text)' is not a date. Write it as \(CalendarDate.acceptedForms).")
            return nil
        }
        return Box(date)
    }

    /// Free text as paragraphs: one text whose paragraphs are separated by an empty line, or a list
    /// of texts, one paragraph each. Line breaks inside a paragraph become spaces (the text is set
    /// again on paper). Absent or empty gives no paragraphs; private ones are left out.
    private func paragraphs(_ reader: MappingReader, _ key: String) -> [String]? {
        guard let node = reader.value(key, required: false) else { return [] }
        let path = reader.path.key(key)
        var texts: [String] = []
        if let items = node.items {
            for (index, item) in items.enumerated() {
                guard let text = MappingReader.text(of: item, path: path.item(id: nil, index: index), context: context)
                else { return nil }
                texts.append(text.text)
            }
        } else if let text = node.text {
            texts = Self.split(text)
        } else {
            log.report(.wrongType, at: node.origin, path,
                       "expected text (paragraphs separated by an empty line) or a list of texts, found \(node.shape).")
            return nil
        }
        return texts.flatMap(Self.split).filter { !ConversationNotes.isPrivate($0) }
    }

    /// Paragraphs of `text`: split at empty lines, each line break inside one made a space.
    static func split(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    private func agreements(_ reader: MappingReader) -> [ConversationNotes.Agreement]? {
        guard reader.value("afspraken", required: false) != nil else { return [] }
        guard let list = reader.list("afspraken", required: false) else { return nil }
        var agreements: [ConversationNotes.Agreement] = []
        var complete = true
        for (index, item) in list.items.enumerated() {
            let path = reader.path.key("afspraken").item(id: nil, index: index)
            guard let itemReader = MappingReader(item, path: path, context: context,
                                                 expecting: "a block with wat, wie and wanneer") else {
                complete = false
                continue
            }
            let what = plainText(itemReader, "wat")
            let who = optionalText(itemReader, "wie")
            let when = optionalText(itemReader, "wanneer")
            itemReader.finish()
            guard let what, let who, let when else { complete = false; continue }
            if ConversationNotes.isPrivate(what) { continue }
            agreements.append(ConversationNotes.Agreement(what: what, who: who.value, when: when.value))
        }
        return complete ? agreements : nil
    }
}

/// Tells "absent" (a box holding nil) from "reported" (no box) for optional values.
fileprivate struct Box<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}
