/// The non-null values of one leaf column, stored by physical type.
///
/// Only the array matching ``physical`` is used. Byte arrays (and fixed-length and INT96 values)
/// are concatenated in ``bytes`` with ``offsets`` marking the boundaries (`offsets.count == count + 1`).
struct ColumnValues: Sendable {
    var physical: PhysicalType
    var typeLength: Int
    var booleans: [Bool] = []
    var int32s: [Int32] = []
    var int64s: [Int64] = []
    var floats: [Float] = []
    var doubles: [Double] = []
    var bytes: [UInt8] = []
    var offsets: [Int] = [0]

    init(physical: PhysicalType, typeLength: Int = 0) {
        self.physical = physical
        self.typeLength = physical == .int96 ? 12 : typeLength
    }

    var count: Int {
        switch physical {
        case .boolean: booleans.count
        case .int32: int32s.count
        case .int64: int64s.count
        case .float: floats.count
        case .double: doubles.count
        case .byteArray, .fixedLenByteArray, .int96: offsets.count - 1
        }
    }

    /// The bytes of byte-array value `index`.
    @inline(__always)
    func byteRange(_ index: Int) -> Range<Int> {
        offsets[index]..<offsets[index + 1]
    }

    mutating func reserve(_ extra: Int) {
        switch physical {
        case .boolean: booleans.reserveGrowing(extra)
        case .int32: int32s.reserveGrowing(extra)
        case .int64: int64s.reserveGrowing(extra)
        case .float: floats.reserveGrowing(extra)
        case .double: doubles.reserveGrowing(extra)
        case .byteArray, .fixedLenByteArray, .int96: offsets.reserveGrowing(extra)
        }
    }

    /// Appends a byte-array value.
    @inline(__always)
    mutating func appendBytes<C: Collection>(_ value: C) where C.Element == UInt8 {
        bytes.append(contentsOf: value)
        offsets.append(bytes.count)
    }

    /// Appends the values of `other` (same physical type).
    mutating func append(contentsOf other: ColumnValues) {
        switch physical {
        case .boolean: booleans += other.booleans
        case .int32: int32s += other.int32s
        case .int64: int64s += other.int64s
        case .float: floats += other.floats
        case .double: doubles += other.doubles
        case .byteArray, .fixedLenByteArray, .int96:
            let base = bytes.count
            bytes += other.bytes
            offsets.reserveGrowing(other.offsets.count - 1)
            for offset in other.offsets.dropFirst() { offsets.append(base + offset) }
        }
    }
}

extension ColumnValues {
    /// Removes every value, keeping the buffers' capacity.
    mutating func clear() {
        booleans.removeAll(keepingCapacity: true)
        int32s.removeAll(keepingCapacity: true)
        int64s.removeAll(keepingCapacity: true)
        floats.removeAll(keepingCapacity: true)
        doubles.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        offsets.append(0)
    }

    /// Drops values after the first `count`.
    mutating func truncate(to count: Int) {
        guard count < self.count else { return }
        switch physical {
        case .boolean: booleans.removeLast(booleans.count - count)
        case .int32: int32s.removeLast(int32s.count - count)
        case .int64: int64s.removeLast(int64s.count - count)
        case .float: floats.removeLast(floats.count - count)
        case .double: doubles.removeLast(doubles.count - count)
        case .byteArray, .fixedLenByteArray, .int96:
            offsets.removeLast(offsets.count - count - 1)
            bytes.removeLast(bytes.count - (offsets.last ?? 0))
        }
    }
}

extension Array {
    /// Makes room for `extra` more elements, growing geometrically (an exact `reserveCapacity` per page
    /// would copy the whole array every time).
    @inline(__always)
    mutating func reserveGrowing(_ extra: Int) {
        let needed = count + extra
        if needed > capacity { reserveCapacity(Swift.max(needed, capacity * 2)) }
    }
}
