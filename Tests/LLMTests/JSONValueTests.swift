import Foundation
import LLM
import TestSupport
import Testing

@Suite struct JSONValueTests {
    @Test func canonicalTextSortsKeysAndRoundTrips() throws {
        let value = try JSONValue(parsing: #"{"b": [1, true, null], "a": "x"}"#)
        #expect(value.jsonString() == #"{"a":"x","b":[1,true,null]}"#)
        #expect(try JSONValue(parsing: value.jsonString()) == value)
        #expect(value["a"]?.stringValue == "x")
    }

    /// Cache and cassette keys hash this text; they were first made with `JSONEncoder`, so the fast writer must
    /// produce the same bytes or every stored answer would be missed.
    @Test(arguments: 0..<4) func textEqualsJSONEncoderByteForByte(seed: UInt64) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var random = Random(generator: SplitMix64(seed: seed &+ 0x9E37_79B9))
        for _ in 0..<300 {
            let value = random.value(depth: 3)
            let expected = String(decoding: try encoder.encode(value), as: UTF8.self)
            #expect(value.jsonString() == expected)
            #expect(value.jsonBytes() == Array(expected.utf8))
        }
    }

    /// Strings are scanned for bytes to escape eight at a time: one at every offset of a word still matches.
    @Test(arguments: ["\"", "\\", "\n", "\u{01}", "\u{1f}", " ", "\u{7f}", "é"])
    func escapesAtEveryOffsetMatchJSONEncoder(special: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for offset in 0..<18 {
            let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 17 - offset)
            let value = JSONValue.object([text: .string(text)])
            #expect(value.jsonString() == String(decoding: try encoder.encode(value), as: UTF8.self))
        }
    }

    @Test func numbersAndEscapesMatchJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let numbers: [Double] = [
            0, -0.0, 1, -3, 0.7, 1e-7, 0.1 + 0.2, 9e15, 9_007_199_254_740_992, 1e16, 1.5e300, -2.5, 123456.5,
        ]
        let controls = String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }) + "\"\\/\u{7f}\u{2028}é😀"
        let value = JSONValue.array(numbers.map(JSONValue.number) + [.string(controls)])
        #expect(value.jsonString() == String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

/// A small deterministic generator of JSON values with awkward keys, strings and numbers.
private struct Random {
    var generator: SplitMix64

    mutating func next() -> UInt64 { generator.next() }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func string() -> String {
        let alphabet = Array("aAbBzZ_-09 é\u{1}\n\t\"\\/😀.")
        return String((0..<below(8)).map { _ in alphabet[below(alphabet.count)] })
    }

    mutating func number() -> Double {
        switch below(5) {
        case 0: Double(below(2000)) - 1000
        case 1: Double(bitPattern: next() & 0x7FEF_FFFF_FFFF_FFFF) * (below(2) == 0 ? 1 : -1)
        case 2: Double(below(100_000)) / 1000
        case 3: [0, -0.0, 9_007_199_254_740_992, 1e16, 1e-9, 0.1][below(6)]
        default: Double(next() >> 11) / 7
        }
    }

    mutating func value(depth: Int) -> JSONValue {
        switch below(depth > 0 ? 7 : 5) {
        case 0: .null
        case 1: .bool(below(2) == 0)
        case 2: .number(number())
        case 3, 4: .string(string())
        case 5: .array((0..<below(4)).map { _ in value(depth: depth - 1) })
        default:
            .object(Dictionary((0..<below(5)).map { _ in (string(), value(depth: depth - 1)) }) { first, _ in first })
        }
    }
}
