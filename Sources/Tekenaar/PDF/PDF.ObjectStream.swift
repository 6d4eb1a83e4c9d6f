extension PDF {
    /// A decoded object stream (§7.5.7) of the input: where each object packed in it starts and
    /// ends, so the objects can be parsed or copied as they are.
    struct ObjectStream {
        /// The decoded stream data.
        let data: [UInt8]
        /// By index in the stream: the object's number and its bytes' range in `data`.
        let members: [(number: Int, range: Range<Int>)]

        init(dictionary: Dict, data encoded: ArraySlice<UInt8>, number: Int) throws(PDFError) {
            guard case .integer(let count)? = dictionary["N"], case .integer(let first)? = dictionary["First"],
                  count >= 0, first >= 0
            else { throw .unexpectedObject("object stream \(number) has no valid /N and /First") }
            let data = try StreamFilter.decoded(encoded, dictionary: dictionary)
            guard first <= data.count, count <= data.count / 2 else {
                throw .unexpectedObject("object stream \(number) is shorter than its /First and /N say")
            }
            var lexer = Lexer(bytes: Array(data[..<first]), position: 0)
            var starts: [(number: Int, start: Int)] = []
            for _ in 0..<count {
                guard case .integer(let member) = try lexer.nextToken(), case .integer(let offset) = try lexer.nextToken(),
                      offset <= data.count - first, offset >= (starts.last.map { $0.start - first } ?? 0)
                else { throw .unexpectedObject("object stream \(number) has a malformed index") }
                starts.append((member, first + offset))
            }
            self.data = data
            members = starts.enumerated().map { index, entry in
                (entry.number, entry.start..<(index + 1 < starts.count ? starts[index + 1].start : data.count))
            }
        }

        /// The bytes of the object at `index`, which must be object `number`, without surrounding whitespace.
        func value(at index: Int, number: Int) throws(PDFError) -> ArraySlice<UInt8> {
            guard index < members.count, members[index].number == number else {
                throw .objectNotFound(number: number, generation: 0)
            }
            let member = data[members[index].range]
            guard let first = member.firstIndex(where: { !Lexer.isWhitespace($0) }),
                  let last = member.lastIndex(where: { !Lexer.isWhitespace($0) })
            else { throw .syntax(offset: 0, "object \(number) in an object stream is empty") }
            return data[first...last]
        }
    }
}
