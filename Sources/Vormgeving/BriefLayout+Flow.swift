import Inhoud
import Tekenaar

extension BriefLayout {
    /// A piece of text or drawing that flows down the page: measured once on the measuring canvas,
    /// drawn later at the top it is given. `keepWithNext` keeps it on the page of the block after it
    /// (a paragraph that says "hieronder" stays with what is below).
    struct Block {
        var name: String
        var spaceBefore: Double
        var height: Double
        var keepWithNext = false
        /// Starts a new page, whatever room is left on the current one.
        var startsPage = false
        /// Drawn inside the page's list structure element (the numbered questions).
        var isListItem = false
        /// The structure element that wraps this block and its neighbours with the same container on
        /// a page (the rows of a table); nil for a block that stands alone.
        var container: StructureTag? = nil
        var draw: (Canvas, _ top: Double) throws -> Void
    }

    /// A block with the top it was given on its page.
    struct PlacedBlock {
        var block: Block
        var top: Double
    }

    /// Distributes `blocks` over pages: the first page's flow starts at `firstTop`, every following
    /// page's at `nextTop`; nothing goes below `bottom`. Blocks are never split or shrunk: one that
    /// does not fit starts the next page (with the blocks that must stay with it), and so does one
    /// marked `startsPage`. A block taller than
    /// a whole page is placed anyway and named in `overfull`.
    static func flow(_ blocks: [Block], firstTop: Double, nextTop: Double, bottom: Double)
        -> (pages: [[PlacedBlock]], overfull: [String]) {
        var pages: [[PlacedBlock]] = [[]]
        var overfull: [String] = []
        var y = firstTop
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let current = pages[pages.count - 1]
            // A continuation page starts flush with its first block.
            let top = current.isEmpty && pages.count > 1 ? y : y + block.spaceBefore
            let fits = top + block.height <= bottom + 0.01 && !(block.startsPage && !current.isEmpty)
            if fits || current.isEmpty {
                if top + block.height > bottom + 0.01 { overfull.append(block.name) }
                pages[pages.count - 1].append(PlacedBlock(block: block, top: top))
                y = top + block.height
                index += 1
                continue
            }
            // Take along the blocks that must stay with this one, but never empty the page.
            var page = current
            while !block.startsPage, page.count > 1, let last = page.last, last.block.keepWithNext {
                page.removeLast()
                index -= 1
            }
            pages[pages.count - 1] = page
            pages.append([])
            y = nextTop
        }
        return (pages, overfull)
    }

    /// Draws `text` as one tagged paragraph (or another structure element) and returns its frame.
    @discardableResult
    static func paragraph(_ text: String, style: TextStyle, at origin: Point, width: Double, on canvas: Canvas,
                          tag: StructureTag = .paragraph, maxLines: Int? = nil) throws -> Rect {
        try canvas.tagged(tag) {
            try canvas.text(text, style: style, at: origin, width: width, maxLines: maxLines)
        }
    }

    /// The height of `text` set in `style` at `width`.
    static func height(of text: String, style: TextStyle, width: Double, on canvas: Canvas) throws -> Double {
        try canvas.measure(text, style: style, width: width).height
    }

    /// "www.han.nl/projecten/…": a web address as people type it, without `https://` and the final `/`.
    static func displayAddress(_ url: String) -> String {
        var text = url
        for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) {
            text = String(text.dropFirst(scheme.count))
        }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
