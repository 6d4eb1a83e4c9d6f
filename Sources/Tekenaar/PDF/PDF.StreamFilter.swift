extension PDF {
    /// Decodes the data of the streams the reader looks inside (object and cross-reference streams,
    /// §7.4): no filter or `/FlateDecode`, with or without a PNG predictor (§7.4.4.4), which is
    /// what cairo 1.17/1.18 and qpdf write. Other filters are reported as unsupported.
    enum StreamFilter {
        static func decoded(_ data: ArraySlice<UInt8>, dictionary: Dict) throws(PDFError) -> [UInt8] {
            var filter = dictionary["Filter"]
            if case .array(let filters)? = filter {
                guard filters.count <= 1 else { throw .unsupported("a stream with more than one filter") }
                filter = filters.first
            }
            let inflated: [UInt8]
            switch filter {
            case nil, .null?: inflated = Array(data)
            case .name("FlateDecode")?: inflated = try Zlib.decompressed(data)
            case let other?: throw .unsupported("the stream filter \(other.kindDescription)")
            }
            var parameters = dictionary["DecodeParms"]
            if case .array(let list)? = parameters { parameters = list.first }
            guard case .dictionary(let decodeParameters)? = parameters else { return inflated }
            return try unpredicted(inflated, parameters: decodeParameters)
        }

        /// Undoes a PNG predictor (10–15: a filter-type byte per row). Rows are `/Columns` bytes
        /// wide: one byte per sample, as in every cross-reference stream.
        private static func unpredicted(_ data: [UInt8], parameters: Dict) throws(PDFError) -> [UInt8] {
            func integer(_ key: Name, default value: Int) -> Int {
                if case .integer(let number)? = parameters[key] { return number }
                return value
            }
            let predictor = integer("Predictor", default: 1)
            if predictor == 1 { return data }
            guard (10...15).contains(predictor) else { throw .unsupported("the TIFF predictor \(predictor)") }
            guard integer("Colors", default: 1) == 1, integer("BitsPerComponent", default: 8) == 8 else {
                throw .unsupported("a PNG predictor with more than one byte per sample")
            }
            let columns = integer("Columns", default: 1)
            guard columns > 0, columns < 1 << 16 else { throw .unsupported("a predictor with /Columns \(columns)") }
            var output: [UInt8] = []
            output.reserveCapacity(data.count)
            var previous = [UInt8](repeating: 0, count: columns)
            var row = [UInt8](repeating: 0, count: columns)
            var index = 0
            while index < data.count {
                let type = data[index]
                guard index + 1 + columns <= data.count else { throw .streamData("a predictor row is cut short") }
                for column in 0..<columns {
                    let raw = data[index + 1 + column]
                    let left = column > 0 ? row[column - 1] : 0
                    let up = previous[column]
                    let upLeft = column > 0 ? previous[column - 1] : 0
                    switch type {
                    case 0: row[column] = raw
                    case 1: row[column] = raw &+ left
                    case 2: row[column] = raw &+ up
                    case 3: row[column] = raw &+ UInt8((Int(left) + Int(up)) / 2)
                    case 4: row[column] = raw &+ paeth(left, up, upLeft)
                    default: throw .streamData("unknown PNG predictor row type \(type)")
                    }
                }
                output += row
                swap(&previous, &row)
                index += 1 + columns
            }
            return output
        }

        private static func paeth(_ left: UInt8, _ up: UInt8, _ upLeft: UInt8) -> UInt8 {
            let estimate = Int(left) + Int(up) - Int(upLeft)
            let (toLeft, toUp, toUpLeft) = (abs(estimate - Int(left)), abs(estimate - Int(up)), abs(estimate - Int(upLeft)))
            if toLeft <= toUp && toLeft <= toUpLeft { return left }
            return toUp <= toUpLeft ? up : upLeft
        }
    }
}
