import Foundation

/// The driver appended to a function-style Python program: reads one call from standard input,
/// evaluates it and prints the result in a canonical form (JSON-like; tuples and sets as lists).
enum PythonHarness {
    static let source = #"""


        # --- bon harness: calls the function named by the test and prints its result ---
        def _bon_canon(value):
            import json as _json
            if isinstance(value, bool):
                return "true" if value else "false"
            if value is None:
                return "null"
            if isinstance(value, (list, tuple)):
                return "[" + ",".join(_bon_canon(item) for item in value) + "]"
            if isinstance(value, (set, frozenset)):
                return "[" + ",".join(sorted(_bon_canon(item) for item in value)) + "]"
            if isinstance(value, dict):
                return "{" + ",".join(_bon_canon(key) + ":" + _bon_canon(value[key]) for key in value) + "}"
            if isinstance(value, str):
                return _json.dumps(value)
            return str(value)


        if __name__ == "__main__":
            import sys as _bon_sys
            _bon_names = dict(globals())
            _bon_names.update(true=True, false=False, null=None)
            print(_bon_canon(eval(_bon_sys.stdin.read(), _bon_names)))
        """#

    /// The canonical form of an expected value written in a statement (`[0, 1]`, `True`, `'abc'`).
    static func canonical(_ literal: String) -> String {
        var result = ""
        var quote: Character?
        var word = ""
        func flushWord() {
            switch word {
            case "True": result += "true"
            case "False": result += "false"
            case "None": result += "null"
            default: result += word
            }
            word = ""
        }
        for character in literal.trimmingCharacters(in: .whitespacesAndNewlines) {
            if let open = quote {
                if character == open {
                    quote = nil
                    result.append("\"")
                } else {
                    result.append(character)
                }
                continue
            }
            if character == "\"" || character == "'" {
                flushWord()
                quote = character
                result.append("\"")
            } else if character.isLetter || character.isNumber || character == "_" || character == "."
                || character == "-"
            {
                word.append(character)
            } else {
                flushWord()
                if character == "(" {
                    result.append("[")
                } else if character == ")" {
                    result.append("]")
                } else if !character.isWhitespace {
                    result.append(character)
                }
            }
        }
        flushWord()
        return result
    }
}
