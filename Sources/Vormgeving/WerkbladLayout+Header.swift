import Inhoud
import Tekenaar

extension WerkbladLayout {
    /// The title, the personal block (printed values, or labelled lines to write on) and the marked
    /// box for what the client wants to discuss.
    static func drawHeader(_ inhoud: Inhoud, _ appointment: Appointment, plan: Plan, on canvas: Canvas,
                           warnings: LayoutWarnings) throws {
        // The brand lock-up: Gezien & Gehoord small above the material's name. An organisation's
        // longer name is set smaller, down to 18 pt, before it is cut off.
        let title = inhoud.werkblad.title
        let lockup = Lockup(title)
        var nameBox = plan.title
        if let brand = lockup.brand {
            let frame = try canvas.tagged(.paragraph) {
                try label(brand, style: Typography.brand, in: plan.title, maxLines: 1, field: .werkblad(.title), on: canvas,
                          warnings: warnings)
            }
            nameBox = Rect(x: plan.title.minX, y: frame.maxY, width: plan.title.width, height: plan.title.maxY - frame.maxY)
        }
        let fitted = try fit(lockup.name, style: Typography.title, in: nameBox, minimumSize: 18, preferOneLine: true, on: canvas)
        try canvas.tagged(.heading1) {
            // The bookmark names the client, so a merged batch can be found by name in a viewer.
            canvas.outline(appointment.name.map { "\($0) · \(title)" } ?? title, at: plan.title.centre)
            try label(lockup.name, style: fitted.style, in: nameBox, maxLines: 1, field: .werkblad(.title), on: canvas,
                      warnings: warnings)
        }
        let labels = inhoud.werkblad.fieldLabels
        let values: [(label: String, labelField: FieldPath.Werkblad, value: String?, field: FieldPath.Client, name: String)] = [
            (labels.name, .nameLabel, appointment.name, .name, "the client's name"),
            (labels.date, .dateLabel, appointment.date?.dutch, .date, "the date"),
            (labels.expert, .expertLabel, appointment.expert, .expert, "the arbeidsdeskundige's name"),
        ]
        for (index, entry) in values.enumerated() {
            try drawField(label: entry.label, labelField: .werkblad(entry.labelField), value: entry.value,
                          fitted: plan.fieldValues[index], field: .client(entry.field), named: entry.name, in: plan.fields[index],
                          on: canvas, warnings: warnings)
        }
        try drawTopics(label: labels.topics, text: appointment.topics, plan: plan, on: canvas, warnings: warnings)
    }

    /// A label above a writing line; the value, when given, sits on the line (set as the plan fitted it).
    static func drawField(label: String, labelField: FieldPath, value: String?, fitted: FittedText?, field: FieldPath,
                          named name: String, in box: Rect, on canvas: Canvas, warnings: LayoutWarnings) throws {
        let labelFrame = try canvas.tagged(.paragraph) {
            try self.label(label, style: Typography.fieldLabel, in: box, maxLines: 1, field: labelField, on: canvas,
                           warnings: warnings)
        }
        canvas.stroke(.line(from: Point(box.minX, box.maxY), to: Point(box.maxX, box.maxY)),
                      Stroke(Stijl.inkSoft, width: Stijl.hairline))
        guard let value, let fitted else { return }
        let valueBox = Rect(x: box.minX, y: labelFrame.maxY, width: box.width,
                            height: box.maxY - Metrics.fieldValueClearance - labelFrame.maxY)
        if fitted.isCut {
            warnings.add(.werkblad, field, "\(name) (\(value.count) characters) does not fit its box; "
                         + "it is printed at \(points(fitted.style.size)) on \(lines(fitted.maxLines)) and ends in \"…\"")
        }
        try canvas.tagged(.paragraph) {
            try canvas.text(value, style: fitted.style, in: valueBox, vertical: .bottom, maxLines: fitted.maxLines)
        }
    }

    /// The client's own words about what they want to discuss, in a tinted box with the centre's
    /// pictogram (the plan has made the box as tall as the text needs, where the page allows);
    /// writing lines when nothing was given.
    static func drawTopics(label: String, text: String?, plan: Plan, on canvas: Canvas, warnings: LayoutWarnings) throws {
        let box = plan.topicsBox, textBox = plan.topicsTextBox
        let colours = Stijl.colours(.centre)
        let shape = Path.roundedRect(box, radius: Stijl.cornerRadius)
        canvas.fill(shape, colours.tint)
        // A bar down the left edge, following the box's rounded corners, marks the client's own words.
        canvas.scoped {
            canvas.clip(to: shape)
            canvas.fill(.rect(Rect(x: box.minX, y: box.minY, width: 1.8, height: box.height)), colours.strong)
        }
        let chrome = try topicsChrome(label, on: canvas)
        let inner = box.inset(top: Metrics.padding - 0.5, left: chrome.left, bottom: chrome.bottom, right: chrome.right)
        let iconSize = topicsIconSize
        let labelWidth = inner.width - iconSize - 2
        let rowHeight = chrome.labelRow
        canvas.figure(alternativeText: label) {
            Pictogram.draw(.centre, on: canvas, in: Rect(x: inner.minX, y: inner.minY + (rowHeight - iconSize) / 2,
                                                          width: iconSize, height: iconSize), colour: colours.strong)
        }
        try canvas.tagged(.heading2) {
            try self.label(keepingLastWordsTogether(label), style: Typography.topicsLabel,
                           in: Rect(x: inner.minX + iconSize + 2, y: inner.minY, width: labelWidth, height: rowHeight),
                           vertical: .middle, maxLines: 2, field: .werkblad(.topicsLabel), on: canvas, warnings: warnings)
        }
        for y in plan.topicsWritingLines {
            canvas.stroke(.line(from: Point(textBox.minX, y), to: Point(textBox.maxX, y)), Stroke(Stijl.ruleOnTint, width: Stijl.hairline))
        }
        guard let text, let fitted = plan.topicsText else { return }
        if fitted.isCut {
            warnings.add(.werkblad, .client(.topics), "what the client wants to discuss (topics, \(text.count) characters) does not fit its box; "
                         + "it is printed at \(points(fitted.style.size)) on \(lines(fitted.maxLines)) and ends in \"…\"")
        }
        try canvas.tagged(.paragraph) {
            try canvas.text(text, style: fitted.style, in: textBox, maxLines: fitted.maxLines)
        }
    }

    /// How a text is set to fit its box: the style (maybe smaller), and a line limit when it had to be cut.
    struct FittedText {
        var style: TextStyle
        var maxLines: Int?
        var isCut: Bool
    }

    /// Shrinks within limits (down to `minimumSize`), then wraps, then cuts off with "…" (see the
    /// type's documentation). With `preferOneLine`, a text first tries to stay on one line by shrinking.
    static func fit(_ text: String, style: TextStyle, in box: Rect, minimumSize: Double = Typography.minimumFittedSize,
                    preferOneLine: Bool, on canvas: Canvas) throws -> FittedText {
        let minimum = minimumSize
        if preferOneLine {
            let oneLine = try canvas.measure("Xg", style: style).height
            let single = try canvas.fit(text, style: style, in: Rect(x: box.minX, y: box.minY, width: box.width, height: oneLine),
                                        minimumSize: minimum)
            if single.fits && single.metrics.lineCount == 1 { return FittedText(style: single.style, maxLines: nil, isCut: false) }
        }
        let wrapped = try canvas.fit(text, style: style, in: box, minimumSize: minimum)
        if wrapped.fits { return FittedText(style: wrapped.style, maxLines: nil, isCut: false) }
        // Even the smallest size does not fit: as many lines as the box holds, the last ending in "…".
        let smallest = style.sized(minimum)
        let lineHeight = try canvas.measure("Xg\nXg", style: smallest).height / 2
        var lines = max(1, Int((box.height + 0.01) / lineHeight))
        // A word wider than the box runs over on any line but an ellipsised last one.
        if try canvas.measure(text, style: smallest, width: box.width, maxLines: lines).overflowsWidth { lines = 1 }
        return FittedText(style: smallest, maxLines: lines, isCut: true)
    }

    /// Draws a fixed text from the content file (a label, a heading) in its place, and warns, naming
    /// the content field, when an organisation's wording is too long for it and had to be cut off.
    @discardableResult
    static func label(_ text: String, style: TextStyle, in box: Rect, vertical: VerticalAlignment = .top, maxLines: Int,
                      field: FieldPath, on canvas: Canvas, warnings: LayoutWarnings) throws -> Rect {
        let metrics = try canvas.measure(text, style: style, width: box.width, maxLines: maxLines)
        if metrics.isEllipsized || metrics.overflowsWidth {
            warnings.add(.werkblad, field, "\"\(text)\" is too long for its place and is cut off; shorten it in the content file")
        }
        return try canvas.text(text, style: style, in: box, vertical: vertical, maxLines: maxLines)
    }

    static func lines(_ count: Int?) -> String {
        let count = count ?? 1
        return count == 1 ? "1 line" : "\(count) lines"
    }

    static func points(_ size: Double) -> String {
        size == size.rounded() ? "\(Int(size)) pt" : "\((size * 10).rounded() / 10) pt"
    }
}
