import Foundation

/// Column chunk statistics: null count and min/max in the encodings pyarrow trusts.
enum StatisticsBuilder {
    /// Values longer than this get no min/max (as Arrow C++).
    static let maximumValueLength = 4096

    static func build(_ values: ColumnValues, column: LeafColumn, nullCount: Int64) -> Statistics {
        var statistics = Statistics()
        statistics.nullCount = nullCount
        func set(_ minimum: [UInt8], _ maximum: [UInt8], signed: Bool) {
            statistics.minValue = minimum
            statistics.maxValue = maximum
            if signed {
                statistics.min = minimum
                statistics.max = maximum
            }
        }
        func bytes<T>(_ value: T) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }
        switch values.physical {
        case .boolean:
            guard !values.booleans.isEmpty else { break }
            let hasTrue = values.booleans.contains(true)
            let hasFalse = values.booleans.contains(false)
            set([hasFalse ? 0 : 1], [hasTrue ? 1 : 0], signed: true)
        case .int32:
            guard let low = values.int32s.min(), let high = values.int32s.max() else { break }
            if case .integer(_, false) = column.type { break }
            set(bytes(low.littleEndian), bytes(high.littleEndian), signed: true)
        case .int64:
            guard let low = values.int64s.min(), let high = values.int64s.max() else { break }
            if case .integer(_, false) = column.type { break }
            set(bytes(low.littleEndian), bytes(high.littleEndian), signed: true)
        case .float:
            let finite = values.floats.filter { !$0.isNaN }
            guard var low = finite.min(), var high = finite.max() else { break }
            if low == 0 { low = -0.0 }
            if high == 0 { high = 0.0 }
            set(bytes(low.bitPattern.littleEndian), bytes(high.bitPattern.littleEndian), signed: true)
        case .double:
            let finite = values.doubles.filter { !$0.isNaN }
            guard var low = finite.min(), var high = finite.max() else { break }
            if low == 0 { low = -0.0 }
            if high == 0 { high = 0.0 }
            set(bytes(low.bitPattern.littleEndian), bytes(high.bitPattern.littleEndian), signed: true)
        case .byteArray, .fixedLenByteArray:
            guard values.count > 0 else { break }
            var low = values.byteRange(0)
            var high = low
            values.bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                // Unsigned lexicographic order, as Parquet's min/max for byte arrays. The first 8 bytes, as a
                // big-endian number (zero-padded), decide most comparisons without a call.
                func prefix(_ range: Range<Int>) -> UInt64 {
                    if range.count >= 8 {
                        return UInt64(
                            bigEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self)
                        )
                    }
                    var key: UInt64 = 0
                    for index in 0..<8 {
                        key <<= 8
                        if index < range.count { key |= UInt64(base[range.lowerBound + index]) }
                    }
                    return key
                }
                func precedes(_ left: Range<Int>, _ leftKey: UInt64, _ right: Range<Int>, _ rightKey: UInt64) -> Bool {
                    if leftKey != rightKey { return leftKey < rightKey }
                    let common = min(left.count, right.count)
                    let order = common == 0 ? 0 : memcmp(base + left.lowerBound, base + right.lowerBound, common)
                    return order < 0 || (order == 0 && left.count < right.count)
                }
                var lowKey = prefix(low)
                var highKey = lowKey
                for index in 1..<values.count {
                    let range = values.byteRange(index)
                    let key = prefix(range)
                    if key <= lowKey && precedes(range, key, low, lowKey) {
                        low = range
                        lowKey = key
                    }
                    if key >= highKey && precedes(high, highKey, range, key) {
                        high = range
                        highKey = key
                    }
                }
            }
            guard low.count <= maximumValueLength, high.count <= maximumValueLength else { break }
            set(Array(values.bytes[low]), Array(values.bytes[high]), signed: false)
        case .int96:
            break
        }
        return statistics
    }
}
