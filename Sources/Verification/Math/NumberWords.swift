/// Reads number words: `twelve`, `twenty-one`, `one hundred five`, `one half`, `three quarters`, `two and a half`.
enum NumberWords {
    private static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
    ]
    private static let scales: [String: Int] = ["hundred": 100, "thousand": 1000, "million": 1_000_000]
    private static let fractions: [String: Int] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    ]

    /// The value of `text` when it is only number words, else nil.
    static func value(_ text: String) -> Rational? {
        let words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "," }.map(String.init)
        guard !words.isEmpty, words.count <= 12, words.contains(where: { !["a", "an", "and"].contains($0) }) else {
            return nil
        }
        var negative = false
        var index = 0
        if words[0] == "negative" || words[0] == "minus" {
            negative = true
            index = 1
        }
        var total = 0
        var current = 0
        var sawNumber = false
        var result: Rational?
        while index < words.count {
            let w = words[index]
            if let u = units[w] {
                if w == "a" || w == "an", sawNumber { return nil }
                current += u
                sawNumber = true
            } else if let s = scales[w], sawNumber {
                if s == 100 {
                    current *= 100
                } else {
                    total += current * s
                    current = 0
                }
            } else if w == "and" {
                if sawNumber, index + 1 < words.count, words[index + 1] == "a" || words[index + 1] == "an" {
                    // "two and a half": whole plus a unit fraction.
                    guard index + 2 < words.count, let d = fractions[words[index + 2]], index + 3 == words.count else {
                        return nil
                    }
                    result = Rational(total + current) + (Rational(1).dividing(by: Rational(d)) ?? .zero)
                    index = words.count
                    break
                }
            } else if let d = fractions[w], sawNumber, index == words.count - 1 {
                let n = total + current
                guard n > 0, d != 2 || w.hasPrefix("hal") else { return nil }
                result = Rational(n).dividing(by: Rational(d))
                index = words.count
                break
            } else {
                return nil
            }
            index += 1
        }
        guard sawNumber else { return nil }
        var value = result ?? Rational(total + current)
        if negative { value = -value }
        return value
    }
}
