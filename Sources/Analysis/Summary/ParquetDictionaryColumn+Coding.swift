import Parquet

extension ParquetDictionaryColumn {
    /// Codes `values` (in order of first use; `nil` is -1), comparing with the previous row first, as equal
    /// values come in runs.
    init(coding values: some Collection<String?>) {
        var codes: [String: Int32] = [:]
        var dictionary: [String] = []
        var rowCodes: [Int32] = []
        rowCodes.reserveCapacity(values.count)
        var previous: String?
        var previousCode: Int32 = -1
        for value in values {
            guard let value else {
                rowCodes.append(-1)
                continue
            }
            if value != previous {
                if let known = codes[value] {
                    previousCode = known
                } else {
                    previousCode = Int32(dictionary.count)
                    codes[value] = previousCode
                    dictionary.append(value)
                }
                previous = value
            }
            rowCodes.append(previousCode)
        }
        self.init(dictionary: dictionary, codes: rowCodes)
    }

    /// Appends `other`'s rows, recoding them against this column's dictionary (new values keep their order
    /// of first use).
    ///
    /// `known` maps this column's values to their codes; keep it between appends (it is filled on first use),
    /// so that appending row group after row group costs the new rows, not the whole dictionary each time.
    mutating func append(_ other: ParquetDictionaryColumn, known: inout [String: Int32]) {
        if codes.isEmpty && dictionary.isEmpty {
            self = other
            known = [:]
            return
        }
        if known.count != dictionary.count {
            known = [:]
            known.reserveCapacity(dictionary.count)
            for (code, value) in dictionary.enumerated() { known[value] = Int32(code) }
        }
        if known.count + other.dictionary.count > known.capacity {
            known.reserveCapacity(max(known.count + other.dictionary.count, 2 * known.capacity))
        }
        let remap = other.dictionary.map { value -> Int32 in
            if let code = known[value] { return code }
            let code = Int32(dictionary.count)
            known[value] = code
            dictionary.append(value)
            return code
        }
        codes += other.codes.lazy.map { $0 < 0 ? -1 : remap[Int($0)] }
    }

    /// This column with nulls read as `value` (as the required text columns read them: `""`).
    func replacingNulls(with value: String) -> ParquetDictionaryColumn {
        guard codes.contains(-1) else { return self }
        var result = self
        var code = dictionary.firstIndex(of: value).map(Int32.init)
        if code == nil {
            code = Int32(dictionary.count)
            result.dictionary.append(value)
        }
        let replacement = code ?? 0
        for row in result.codes.indices where result.codes[row] < 0 { result.codes[row] = replacement }
        return result
    }

    /// Row counts per code for each group (`groups`, one per row), with nulls counted under `nullName`, as
    /// ``ValueCounter``s.
    func counters(groups: ArraySlice<Int32>, groupCount: Int, nullName: String) -> [ValueCounter] {
        let width = dictionary.count + 1
        var counts = [Int](repeating: 0, count: groupCount * width)
        for (code, group) in zip(codes, groups) {
            counts[Int(group) * width + (code < 0 ? dictionary.count : Int(code))] += 1
        }
        return (0..<groupCount).map { group in
            var counter = ValueCounter()
            for code in 0..<width {
                let count = counts[group * width + code]
                if count > 0 { counter.add(code < dictionary.count ? dictionary[code] : nullName, count: count) }
            }
            return counter
        }
    }
}
