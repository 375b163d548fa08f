import LLM
import Testing

@Suite struct JSONValueTests {
    @Test func canonicalTextSortsKeysAndRoundTrips() throws {
        let value = try JSONValue(parsing: #"{"b": [1, true, null], "a": "x"}"#)
        #expect(value.jsonString() == #"{"a":"x","b":[1,true,null]}"#)
        #expect(try JSONValue(parsing: value.jsonString()) == value)
        #expect(value["a"]?.stringValue == "x")
    }
}
