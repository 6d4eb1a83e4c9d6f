extension Canvas {
    /// The cap height of `style` in millimetres, measured from the ink of "H": the height that
    /// `textAlongArc` centres on its radius. Layouts use it to know where an arc line's letters
    /// start and end.
    public func capHeight(of style: TextStyle) throws(TekenaarError) -> Double {
        try capHeight(style) / pointsPerMillimetre
    }
}
