/// Splits tool names and descriptions into comparable word tokens.
enum ToolTokens {
    /// Lower-case word tokens of `text`: `getCurrentWeather`, `get_current_weather` and "get current weather"
    /// all give `get current weather`.
    static func tokens(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character.isLetter || character.isNumber {
                if character.isUppercase, let last = previous, last.isLowercase || last.isNumber, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }

    /// True when `phrase` occurs in `tokens` as consecutive tokens (singular and plural forms match).
    static func contains(_ tokens: [String], phrase: [String]) -> Bool {
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return false }
        for start in 0...(tokens.count - phrase.count) {
            if zip(tokens[start..<(start + phrase.count)], phrase).allSatisfy({ sameWord($0, $1) }) { return true }
        }
        return false
    }

    /// True when two words are equal up to a plural ending (`review`/`reviews`, `movie`/`movies`,
    /// `category`/`categories`, `address`/`addresses`).
    static func sameWord(_ left: String, _ right: String) -> Bool {
        left == right || !forms(left).isDisjoint(with: forms(right))
    }

    private static func forms(_ word: String) -> Set<String> {
        var forms: Set<String> = [word]
        guard word.count > 3 else { return forms }
        if word.hasSuffix("s") && !word.hasSuffix("ss") { forms.insert(String(word.dropLast())) }
        if word.hasSuffix("es") { forms.insert(String(word.dropLast(2))) }
        if word.hasSuffix("ies") { forms.insert(String(word.dropLast(3)) + "y") }
        return forms
    }
}
