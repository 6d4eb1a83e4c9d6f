import CCairo

/// The size of a laid-out text, in millimetres.
public struct TextMetrics: Sendable, Hashable {
    /// Width of the widest line.
    public var width: Double
    /// Height of all lines.
    public var height: Double
    /// Distance from the top of the block to the first baseline.
    public var firstBaseline: Double
    public var lineCount: Int
    /// Whether lines were cut off with "…" because of `maxLines`.
    public var isEllipsized: Bool
    /// Whether a single word is wider than the available width (Pango then lets it run over).
    public var overflowsWidth: Bool
}

/// The outcome of fitting text into a box: the style it fits at, or the fact that it does not.
public struct TextFit: Sendable, Hashable {
    /// The style at the size that was chosen (the minimum size when nothing fits).
    public var style: TextStyle
    public var metrics: TextMetrics
    /// Whether the text fits the box at `style.size`.
    public var fits: Bool
    /// Whether the size had to be reduced below the requested one.
    public var wasShrunk: Bool
}

/// Where a text block sits vertically inside a box.
public enum VerticalAlignment: Sendable, Hashable { case top, middle, bottom }

/// One text block as it was placed on a page, for tests that check margins and overlaps.
public struct PlacedText: Sendable, Hashable {
    public var text: String
    /// The page-space bounding box of the block's logical extents, in millimetres.
    public var frame: Rect
    public var pageIndex: Int
}

extension Canvas {
    /// Lays out `text` without drawing it. `width` wraps at word boundaries; `maxLines` ellipsises.
    public func measure(_ text: String, style: TextStyle, width: Double? = nil, maxLines: Int? = nil,
                        markup: Bool = false) throws(TekenaarError) -> TextMetrics {
        let layout = try textLayout(text, style: style, width: width, maxLines: maxLines, markup: markup)
        return metrics(of: layout, width: width)
    }

    /// Draws `text` with its block's top-left corner at `origin` and returns where it landed (mm).
    /// With a `width`, lines wrap at spaces and alignment works within that width.
    @discardableResult
    public func text(_ text: String, style: TextStyle, at origin: Point, width: Double? = nil, maxLines: Int? = nil,
                     markup: Bool = false) throws(TekenaarError) -> Rect {
        let layout = try textLayout(text, style: style, width: width, maxLines: maxLines, markup: markup)
        return try draw(layout, style: style, at: origin, width: width)
    }

    /// Draws `text` inside `box`, wrapped to its width and aligned vertically. Text taller than the
    /// box is drawn anyway (never silently cut): use `fit` first when that must not happen.
    @discardableResult
    public func text(_ text: String, style: TextStyle, in box: Rect, vertical: VerticalAlignment = .top,
                     maxLines: Int? = nil, markup: Bool = false) throws(TekenaarError) -> Rect {
        let layout = try textLayout(text, style: style, width: box.width, maxLines: maxLines, markup: markup)
        let height = layout.logicalExtents.height / pointsPerMillimetre
        let y: Double
        switch vertical {
        case .top: y = box.minY
        case .middle: y = box.midY - height / 2
        case .bottom: y = box.maxY - height
        }
        return try draw(layout, style: style, at: Point(box.minX, y), width: box.width)
    }

    /// Finds the largest size between `minimumSize` and `style.size` at which `text` fits `box`
    /// (height and width: a long word must not run over). Draws nothing; when even the minimum
    /// does not fit, `fits` is false and the caller decides (ellipsise, report, enlarge the box).
    public func fit(_ text: String, style: TextStyle, in box: Rect, minimumSize: Double,
                    markup: Bool = false) throws(TekenaarError) -> TextFit {
        func attempt(_ size: Double) throws(TekenaarError) -> (TextMetrics, Bool) {
            let metrics = try measure(text, style: style.sized(size), width: box.width, markup: markup)
            let fits = metrics.height <= box.height + 0.001 && !metrics.overflowsWidth
            return (metrics, fits)
        }
        let (fullMetrics, fullFits) = try attempt(style.size)
        if fullFits { return TextFit(style: style, metrics: fullMetrics, fits: true, wasShrunk: false) }
        let floor = min(minimumSize, style.size)
        let (floorMetrics, floorFits) = try attempt(floor)
        if !floorFits { return TextFit(style: style.sized(floor), metrics: floorMetrics, fits: false, wasShrunk: floor < style.size) }
        // Binary search to a quarter point: sizes that fit lie below the first that does not.
        var low = floor, high = style.size, best = floorMetrics
        while high - low > 0.25 {
            let middle = (low + high) / 2
            let (metrics, fits) = try attempt(middle)
            if fits { low = middle; best = metrics } else { high = middle }
        }
        return TextFit(style: style.sized(low), metrics: best, fits: true, wasShrunk: true)
    }

    private func metrics(of layout: TextLayout, width: Double?) -> TextMetrics {
        let extents = layout.logicalExtents
        return TextMetrics(
            width: extents.width / pointsPerMillimetre,
            height: extents.height / pointsPerMillimetre,
            firstBaseline: layout.firstBaseline / pointsPerMillimetre,
            lineCount: layout.lineCount,
            isEllipsized: layout.isEllipsized,
            overflowsWidth: layout.overflowsWidth(width))
    }

    private func draw(_ layout: TextLayout, style: TextStyle, at origin: Point, width: Double?) throws(TekenaarError) -> Rect {
        let x = origin.x * pointsPerMillimetre, y = origin.y * pointsPerMillimetre
        setSource(style.colour)
        cairo_move_to(cr, x, y)
        // What pango_cairo_update_layout did, without re-shaping every kept layout when nothing changed.
        textContext.sync(to: cr)
        pango_cairo_show_layout(cr, layout.layout)
        try checkStatus("drawing the text \"\(layout.text.prefix(40))\"")
        let extents = layout.logicalExtents
        if record.keepsPlacedText {
            let frame = pageRect(ofUserRectInPoints: (x + extents.x, y + extents.y, extents.width, extents.height))
            record.placedText.append(PlacedText(text: layout.text, frame: frame, pageIndex: pageIndex))
        }
        return Rect(x: origin.x + extents.x / pointsPerMillimetre, y: origin.y + extents.y / pointsPerMillimetre,
                    width: extents.width / pointsPerMillimetre, height: extents.height / pointsPerMillimetre)
    }
}

/// Escaping for Pango markup, so user text can sit between markup tags.
public enum Markup {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "'": result += "&#39;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
