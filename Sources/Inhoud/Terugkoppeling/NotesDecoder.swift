/// Turns a notes file's tree into ``ConversationNotes``, reporting every problem with its line and
/// field. Private paragraphs (`[privé] …`) are dropped here, so nothing after reading can show them.
struct NotesDecoder {
    let context: ReadContext
    /// The rule each of the notes' own problems breaks, by its index in the log; a problem the
    /// content reader reported has none here and breaks a content rule of its kind.
    let rules = RuleLog()

    var log: Diagnostics { context.log }

    /// The log's problems, sorted as a person fixes them, each with its rule.
    var problems: [NotesProblem] {
        log.sortedOffsets.map { offset in
            let problem = log.problems[offset]
            return NotesProblem(problem, rule: rules.rules[offset] ?? .content(problem.kind))
        }
    }

    /// Reports a problem of the notes' own rules (the content reader's are reported as they are).
    private func report(_ rule: NotesProblem.Rule, _ kind: InhoudProblem.Kind, at origin: Origin, _ path: NodePath,
                        _ message: String) {
        rules.rules[log.problems.count] = rule
        log.report(kind, at: origin, path, message)
    }

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
        let experienced = paragraphs(reader, "zo_ervaren")
        let reaction = paragraphs(reader, "reactie")
        let present = optionalText(reader, "aanwezig", privateDrops: true)
        let kenmerk = optionalText(reader, "kenmerk")
        let replyBy = readDate(reader, "reageren_voor", required: false)
        let sent = readDate(reader, "verzonden", required: false)
        reader.finish()
        if let date, let reply = replyBy?.value, reply <= date, let node = reader.value("reageren_voor", required: false) {
            report(.replyNotAfterConversation, .invalidValue, at: node.origin, .root.key("reageren_voor"),
                   "\(reply.dutch) is not after the conversation (\(date.dutch)). Write a later date, or leave "
                       + "the line out for \(ConversationNotes.defaultReplyWorkingDays) working days after it.")
        }
        if topicsRead, topics.values.allSatisfy(\.isEmpty) {
            report(.noTopicText, .missingField, at: root.origin, .root,
                   "none of ervaringen, behoeften and toekomst has text for the client (a [privé] paragraph "
                       + "does not count). Write what the client told under at least one of them.")
        }
        if let date, let sent = sent?.value, sent < date, let node = reader.value("verzonden", required: false) {
            report(.sentBeforeConversation, .invalidValue, at: node.origin, .root.key("verzonden"),
                   "\(sent.dutch) is before the conversation (\(date.dutch)). Write the day the sheet is sent.")
        }
        guard log.isEmpty, let name, let date, let expert, topicsRead, let agreements, let conversation,
              let experienced, let reaction, let replyBy, let sent else { return nil }
        return ConversationNotes(name: name, date: date, expert: expert, ervaringen: topics[.ervaringen] ?? [],
                                 behoeften: topics[.behoeften] ?? [], toekomst: topics[.toekomst] ?? [],
                                 agreements: agreements, conversation: conversation, experienced: experienced, reaction: reaction,
                                 present: present?.value?.text, kenmerk: kenmerk?.value?.text, replyBy: replyBy.value,
                                 sent: sent.value)
    }

    /// Required text (no je/u variants: notes are written for one client); never private.
    private func plainText(_ reader: MappingReader, _ key: String) -> String? {
        guard let node = reader.value(key) else { return nil }
        let text = MappingReader.text(of: node, path: reader.path.key(key), context: context)
        return checkNoMarker(text) ? text?.text : nil
    }

    /// Optional text: `.some(nil)` when absent (or, with `privateDrops`, private), `nil` after
    /// reporting a problem. Where `privateDrops` is false a marker is an error.
    private func optionalText(_ reader: MappingReader, _ key: String, privateDrops: Bool = false,
                              required: Bool = false) -> Box<LocatedText?>? {
        guard let node = reader.value(key, required: required) else { return required ? nil : Box(nil) }
        guard let text = MappingReader.text(of: node, path: reader.path.key(key), context: context) else { return nil }
        guard checkNoMarker(text, allowLeading: privateDrops) else { return nil }
        return Box(PrivateMarker.classify(text.text) == .leading ? nil : text)
    }

    /// A date in one of the accepted forms; `Box(nil)` when an optional one is absent.
    private func readDate(_ reader: MappingReader, _ key: String, required: Bool) -> Box<CalendarDate?>? {
        guard let node = reader.value(key, required: required) else { return required ? nil : Box(nil) }
        guard let text = MappingReader.text(of: node, path: reader.path.key(key), context: context) else { return nil }
        guard let date = CalendarDate(parsing: text.text) else {
            report(.notADate, .invalidValue, at: text.origin, text.path,
                   "'\(text.text)' is not a date. Write it as \(CalendarDate.acceptedForms).")
            return nil
        }
        return Box(date)
    }

    /// Free text as paragraphs: one text whose paragraphs are separated by an empty line, or a list
    /// of texts, one paragraph each. Line breaks inside a paragraph become spaces (the text is set
    /// again on paper). Absent or empty gives no paragraphs. A line that starts with `[privé]` starts a
    /// private paragraph, blank line before it or not, that runs to the next blank line and is left
    /// out; the marker anywhere else is an error, because what follows it would otherwise be printed.
    private func paragraphs(_ reader: MappingReader, _ key: String) -> [String]? {
        guard let node = reader.value(key, required: false) else { return [] }
        let path = reader.path.key(key)
        var paragraphs: [String] = []
        var valid = true
        if let items = node.items {
            for (index, item) in items.enumerated() {
                let itemPath = path.item(id: nil, index: index)
                guard let raw = item.text else {
                    _ = MappingReader.text(of: item, path: itemPath, context: context)
                    return nil
                }
                guard let split = split(raw, firstLine: item.origin.line, file: item.origin, path: itemPath) else {
                    valid = false
                    continue
                }
                paragraphs += split
            }
        } else if let raw = node.text {
            // A block (`key: |`) starts on the line after its key; a one-line value on the key's line.
            let firstLine = node.origin.line + (raw.contains("\n") ? 1 : 0)
            guard let split = split(raw, firstLine: firstLine, file: node.origin, path: path) else { return nil }
            paragraphs = split
        } else {
            log.report(.wrongType, at: node.origin, path,
                       "expected text (paragraphs separated by an empty line) or a list of texts, found \(node.shape).")
            return nil
        }
        return valid ? paragraphs : nil
    }

    /// Paragraphs of `text`: split at empty lines, each line break inside one made a space, private
    /// paragraphs left out; nil after reporting a misplaced or mistyped marker.
    private func split(_ text: String, firstLine: Int, file origin: Origin, path: NodePath) -> [String]? {
        var paragraphs: [String] = []
        var current: [String] = []
        var inPrivate = false
        var valid = true
        func flush() {
            if !current.isEmpty, !inPrivate { paragraphs.append(current.joined(separator: " ")) }
            current = []
            inPrivate = false
        }
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let at = Origin(file: origin.file, line: firstLine + offset)
            if trimmed.isEmpty { flush(); continue }
            switch PrivateMarker.classify(trimmed) {
            case .leading:
                flush()
                inPrivate = true
            case .misplaced:
                report(.privateMarkerInsideLine, .invalidValue, at: at, path, "[privé] stands inside a line, so the text "
                       + "around it would be printed. Put [privé] at the start of a line (and a blank line after the private part).")
                valid = false
            case .lookalike(let written):
                report(.privateMarkerLookalike, .invalidValue, at: at, path, "'\(written)' is not the private marker. "
                       + "Write [privé] at the start of the line to keep this part out of the sheet and the report.")
                valid = false
            case .none:
                break
            }
            current.append(trimmed)
        }
        flush()
        return valid ? paragraphs : nil
    }

    /// A single-line text that may not hold the private marker at all (who, when, kenmerk, …): a
    /// marker there cannot keep anything private, so it is an error.
    private func checkNoMarker(_ text: LocatedText?, allowLeading: Bool = false) -> Bool {
        guard let text else { return true }
        switch PrivateMarker.classify(text.text) {
        case .none: return true
        case .leading where allowLeading: return true
        case .leading, .misplaced:
            report(allowLeading ? .privateMarkerInsideLine : .privateMarkerInSingleField, .invalidValue, at: text.origin,
                   text.path, allowLeading ? "[privé] stands inside the text. "
                   + "Put [privé] at the start of a line." : "[privé] cannot keep a single field private. "
                   + "Put [privé] at the start of the agreement's wat to leave the whole agreement out.")
        case .lookalike(let written):
            report(.privateMarkerLookalike, .invalidValue, at: text.origin, text.path,
                   "'\(written)' is not the private marker. Write [privé] at the start of a line to keep a part out of "
                       + "the sheet and the report.")
        }
        return false
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
            // A `wat` that starts with [privé] leaves the whole agreement out.
            let what = optionalText(itemReader, "wat", privateDrops: true, required: true)
            let who = optionalText(itemReader, "wie")
            let when = optionalText(itemReader, "wanneer")
            itemReader.finish()
            guard let what, let who, let when else { complete = false; continue }
            guard let whatText = what.value else { continue }
            agreements.append(ConversationNotes.Agreement(what: whatText.text, who: who.value?.text, when: when.value?.text,
                                                          whenLine: when.value?.origin.line))
        }
        return complete ? agreements : nil
    }
}

/// The notes' rules by problem index: a class, as the decoder is a value passed around while reading.
final class RuleLog {
    var rules: [Int: NotesProblem.Rule] = [:]
}

/// Tells "absent" (a box holding nil) from "reported" (no box) for optional values.
fileprivate struct Box<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}
