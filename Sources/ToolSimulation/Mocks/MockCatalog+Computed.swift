import Foundation
import LLM

/// Families whose results are computed from the arguments (arithmetic, conversions), not drawn.
extension MockCatalog {
    static let computed: [MockFamily] = [
        MockFamily(
            "calculator",
            "Evaluate an arithmetic expression",
            keywords:
                "calculate:1.2 calculator:1.3 math:1 evaluate:1 arithmetic:1.2 compute:1 expression:.8 add:.6 multiply:.8",
            hints: "expression expr a b operation operator x y",
            tool: "calculate(expression*: string)",
            result: .custom(numbersObject([], strings: ["expression"], nullableNumbers: ["result"])) { context in
                let expression = calculatorExpression(context)
                let value = ExpressionEvaluator.evaluate(expression).map { SeededRandom.round($0, decimals: 10) }
                var members: [String: JSONValue] = [
                    "expression": .string(expression), "result": value.map(JSONValue.number) ?? .null,
                ]
                if value == nil { members["error"] = .string("Could not evaluate the expression '\(expression)'.") }
                return .object(members)
            }
        ),
        MockFamily(
            "unit_conversion",
            "Convert between units",
            keywords: "convert:.7 conversion:.9 unit:1.1 unit+conversion:1.4 convert+unit:1.4",
            hints: "value from_unit to_unit amount from to",
            tool: "convert_units(value*: number, from_unit*: string, to_unit*: string)",
            result: .custom(numbersObject(["value"], strings: ["from_unit", "to_unit"], nullableNumbers: ["result"])) {
                context in
                let value = context.number(["value", "amount", "quantity", "number"]) ?? 1
                let from = context.string(["from_unit", "from", "source_unit", "unit_from"]) ?? "m"
                let to = context.string(["to_unit", "to", "target_unit", "unit_to"]) ?? "ft"
                let converted = UnitTable.convert(value, from: from, to: to).map { SeededRandom.round($0, decimals: 6) }
                var members: [String: JSONValue] = [
                    "value": .number(value), "from_unit": .string(from), "to_unit": .string(to),
                    "result": converted.map(JSONValue.number) ?? .null,
                ]
                if converted == nil { members["error"] = .string("Cannot convert from '\(from)' to '\(to)'.") }
                return .object(members)
            }
        ),
        MockFamily(
            "currency_conversion",
            "Convert money between currencies",
            keywords: "currency:1.3 exchange:1 forex:1.1 money+convert:1.2 convert+currency:1.4",
            hints: "amount from to from_currency to_currency base target",
            tool: "convert_currency(amount*: number, from_currency*: string, to_currency*: string)",
            result: .custom(
                numbersObject(
                    ["amount", "rate", "converted_amount"],
                    strings: ["from_currency", "to_currency", "date"]
                )
            ) { context in
                let amount = context.number(["amount", "value", "quantity"]) ?? 1
                let from = (context.string(["from_currency", "from", "base", "source_currency", "source"]) ?? "USD")
                    .uppercased()
                let to = (context.string(["to_currency", "to", "target", "target_currency", "quote"]) ?? "EUR")
                    .uppercased()
                var local = SeededRandom(text: from + to)
                let fromRate = MockData.currencyRates[from] ?? local.double(0.5...50, decimals: 3)
                let toRate = MockData.currencyRates[to] ?? local.double(0.5...50, decimals: 3)
                let rate = SeededRandom.round(toRate / fromRate, decimals: 6)
                return .object([
                    "amount": .number(amount), "from_currency": .string(from), "to_currency": .string(to),
                    "rate": .number(rate),
                    "converted_amount": .number(SeededRandom.round(amount * rate, decimals: 2)),
                    "date": .string(MockContext.date(offsetDays: 0)),
                ])
            }
        ),
        MockFamily(
            "statistics",
            "Descriptive statistics of numbers",
            keywords: "statistic:1.3 mean:1.2 median:1.2 average:1.2 standard+deviation:1.4 variance:1.3",
            hints: "numbers data values",
            tool: "calculate_statistics(numbers*: [number])",
            result: .custom(numbersObject(["count", "mean", "median", "min", "max", "std_dev"], strings: [])) {
                context in
                var numbers = numberList(context)
                if numbers.isEmpty { numbers = (0..<5).map { _ in Double(context.random.int(1...100)) } }
                let sorted = numbers.sorted()
                let mean = numbers.reduce(0, +) / Double(numbers.count)
                let middle = sorted.count / 2
                let median = sorted.count % 2 == 0 ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
                let variance = numbers.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(numbers.count)
                return .object([
                    "count": .number(Double(numbers.count)), "mean": .number(SeededRandom.round(mean, decimals: 6)),
                    "median": .number(median), "min": .number(sorted.first ?? 0), "max": .number(sorted.last ?? 0),
                    "std_dev": .number(SeededRandom.round(variance.squareRoot(), decimals: 6)),
                ])
            }
        ),
        MockFamily(
            "random_number",
            "Random numbers, dice and coins",
            keywords: "random:1.2 dice:1.3 roll:1 coin+flip:1.4 flip+coin:1.4",
            hints: "min max count sides",
            tool: "generate_random_number(min*: integer, max*: integer)",
            result: .custom(numbersObject(["value", "min", "max"], strings: [])) { context in
                let low = Int(context.number(["min", "minimum", "low", "from", "start"]) ?? 1)
                let high = Int(context.number(["max", "maximum", "high", "to", "end", "sides"]) ?? 100)
                let range = min(low, high)...max(low, high)
                return .object([
                    "value": .number(Double(context.random.int(range))), "min": .number(Double(range.lowerBound)),
                    "max": .number(Double(range.upperBound)),
                ])
            }
        ),
        MockFamily(
            "number_theory",
            "Primes, factors and sequences",
            keywords: "prime:1.4 factor:1.2 factorize:1.4 fibonacci:1.4 gcd:1.4 lcm:1.4 divisor:1.3",
            hints: "number n",
            tool: "check_prime(number*: integer)",
            result: .custom(
                .object([
                    "type": .string("object"),
                    "required": .array([.string("number"), .string("is_prime"), .string("factors")]),
                    "properties": .object([
                        "number": .object(["type": .string("integer")]),
                        "is_prime": .object(["type": .string("boolean")]),
                        "factors": .object(["type": .string("array"), "items": .object(["type": .string("integer")])]),
                    ]),
                ])
            ) { context in
                let number = Int(
                    max(1, min(1e12, (context.number(["number", "n", "value", "num", "x"]) ?? 97).rounded()))
                )
                let factors = primeFactors(number)
                return .object([
                    "number": .number(Double(number)), "is_prime": .bool(number > 1 && factors == [number]),
                    "factors": .array(factors.map { .number(Double($0)) }),
                ])
            }
        ),
        MockFamily(
            "quadratic_solver",
            "Solve equations",
            keywords: "solve:1.1 equation:1.3 quadratic:1.4 root:.8",
            hints: "a b c equation",
            tool: "solve_quadratic(a*: number, b*: number, c*: number)",
            result: .custom(
                .object([
                    "type": .string("object"), "required": .array([.string("roots")]),
                    "properties": .object([
                        "roots": .object(["type": .string("array"), "items": .object(["type": .string("number")])]),
                        "discriminant": .object(["type": .string("number")]),
                    ]),
                ])
            ) { context in
                let a = context.number(["a"]) ?? 1
                let b = context.number(["b"]) ?? 0
                let c = context.number(["c"]) ?? -1
                let discriminant = b * b - 4 * a * c
                var roots: [JSONValue] = []
                if a != 0 && discriminant >= 0 {
                    let root = discriminant.squareRoot()
                    roots = Array(Set([(-b + root) / (2 * a), (-b - root) / (2 * a)])).sorted().map {
                        .number(SeededRandom.round($0, decimals: 8))
                    }
                } else if a == 0 && b != 0 {
                    roots = [.number(-c / b)]
                }
                return .object(["roots": .array(roots), "discriminant": .number(discriminant)])
            }
        ),
        MockFamily(
            "tip_calculator",
            "Tips and bill splitting",
            keywords: "tip:1.4 gratuity:1.4 split+bill:1.4",
            hints: "bill_amount tip_percentage people",
            tool: "calculate_tip(bill_amount*: number, tip_percentage*: number)",
            result: .custom(
                numbersObject(["bill_amount", "tip_percentage", "tip_amount", "total", "per_person"], strings: [])
            ) { context in
                let bill = context.number(["bill_amount", "bill", "amount", "total"]) ?? 50
                let percent = context.number(["tip_percentage", "tip_percent", "percentage", "tip"]) ?? 15
                let people = max(1, context.number(["people", "split", "number_of_people", "party_size"]) ?? 1)
                let tip = SeededRandom.round(bill * percent / 100, decimals: 2)
                return .object([
                    "bill_amount": .number(bill), "tip_percentage": .number(percent), "tip_amount": .number(tip),
                    "total": .number(SeededRandom.round(bill + tip, decimals: 2)),
                    "per_person": .number(SeededRandom.round((bill + tip) / people, decimals: 2)),
                ])
            }
        ),
        MockFamily(
            "loan_calculator",
            "Loan and mortgage payments",
            keywords: "loan:1.3 mortgage:1.4 amortization:1.4 interest:1 emi:1.3",
            hints: "principal interest_rate years term months",
            tool: "calculate_mortgage(principal*: number, annual_interest_rate*: number, years*: integer)",
            result: .custom(
                numbersObject(
                    ["principal", "annual_interest_rate", "months", "monthly_payment", "total_interest"],
                    strings: []
                )
            ) {
                context in
                let principal = context.number(["principal", "loan_amount", "amount"]) ?? 200_000
                let rateInput = context.number(["annual_interest_rate", "interest_rate", "rate", "interest"]) ?? 5
                let annual = rateInput > 1 ? rateInput / 100 : rateInput
                let months =
                    context.number(["months", "term_months"])
                    ?? (context.number(["years", "term", "loan_term", "duration"]) ?? 30) * 12
                let monthlyRate = annual / 12
                let payment =
                    monthlyRate == 0
                    ? principal / months : principal * monthlyRate / (1 - pow(1 + monthlyRate, -months))
                return .object([
                    "principal": .number(principal), "annual_interest_rate": .number(rateInput),
                    "months": .number(months),
                    "monthly_payment": .number(SeededRandom.round(payment, decimals: 2)),
                    "total_interest": .number(SeededRandom.round(payment * months - principal, decimals: 2)),
                ])
            }
        ),
        MockFamily(
            "bmi",
            "Body mass index",
            keywords: "bmi:1.4 body+mass:1.4",
            hints: "weight height weight_kg height_cm",
            tool: "calculate_bmi(weight_kg*: number, height_cm*: number)",
            result: .custom(numbersObject(["bmi"], strings: ["category"])) { context in
                let weight = context.number(["weight_kg", "weight", "mass"]) ?? 70
                var height = context.number(["height_cm", "height", "height_m"]) ?? 175
                if height > 3 { height /= 100 }
                let bmi = SeededRandom.round(weight / max(0.3, height * height), decimals: 1)
                let category = bmi < 18.5 ? "underweight" : bmi < 25 ? "normal" : bmi < 30 ? "overweight" : "obese"
                return .object(["bmi": .number(bmi), "category": .string(category)])
            }
        ),
        MockFamily(
            "date_calculator",
            "Days between dates and date arithmetic",
            keywords: "days+between:1.4 date+difference:1.4 date+diff:1.4 age:1.1 add+day:1.3 duration:.7",
            hints: "start_date end_date birth_date",
            tool: "days_between(start_date*: string, end_date*: string)",
            result: .custom(numbersObject(["days"], strings: ["start_date", "end_date"])) { context in
                let start =
                    context.string(["start_date", "from", "date1", "birth_date", "birthdate", "start"])
                    ?? MockContext.date(offsetDays: 0)
                let end = context.string(["end_date", "to", "date2", "end"]) ?? MockContext.date(offsetDays: 0)
                let days = daysBetween(start, end) ?? 0
                return .object(["start_date": .string(start), "end_date": .string(end), "days": .number(Double(days))])
            }
        ),
        MockFamily(
            "percentage",
            "Percentages and percentage change",
            keywords: "percentage:1.3 percent:1.3 percentage+change:1.4",
            hints: "value total part old_value new_value",
            tool: "calculate_percentage(part*: number, total*: number)",
            result: .custom(numbersObject(["part", "total", "percentage"], strings: [])) { context in
                let part = context.number(["part", "value", "new_value", "amount"]) ?? 1
                let total = context.number(["total", "whole", "old_value", "base"]) ?? 1
                return .object([
                    "part": .number(part), "total": .number(total),
                    "percentage": .number(total == 0 ? 0 : SeededRandom.round(part / total * 100, decimals: 4)),
                ])
            }
        ),
        MockFamily(
            "text_statistics",
            "Count words and characters",
            keywords: "word+count:1.4 count+word:1.4 character+count:1.4 text+statistic:1.4",
            hints: "text",
            tool: "count_words(text*: string)",
            result: .custom(numbersObject(["words", "characters", "sentences"], strings: [])) { context in
                let text = context.string(["text", "content", "input", "string"]) ?? ""
                let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).count
                let sentences = text.split(whereSeparator: { ".!?".contains($0) }).filter {
                    !$0.trimmingCharacters(in: .whitespaces).isEmpty
                }.count
                return .object([
                    "words": .number(Double(words)), "characters": .number(Double(text.count)),
                    "sentences": .number(Double(sentences)),
                ])
            }
        ),
    ]

    static func calculatorExpression(_ context: MockContext) -> String {
        if let text = context.string([
            "expression", "expr", "equation", "formula", "input", "query", "calculation", "problem",
        ]) {
            return text
        }
        let first = context.number(["a", "x", "num1", "number1", "first", "operand1", "left"]) ?? 0
        let second = context.number(["b", "y", "num2", "number2", "second", "operand2", "right"]) ?? 0
        let operation = (context.string(["operation", "op", "operator"]) ?? context.toolName).lowercased()
        let symbol =
            operation.contains("sub") || operation == "-"
            ? "-"
            : operation.contains("mul") || operation == "*" || operation == "x"
                ? "*"
                : operation.contains("div") || operation == "/"
                    ? "/"
                    : operation.contains("pow") || operation == "^" ? "^" : "+"
        return "\(JSONSchemaValidator.format(first)) \(symbol) \(JSONSchemaValidator.format(second))"
    }

    static func numberList(_ context: MockContext) -> [Double] {
        switch context.argument(["numbers", "data", "values", "list", "nums", "dataset"]) {
        case .array(let items):
            return items.compactMap { $0.numberValue ?? $0.stringValue.flatMap(Double.init) }
        case .string(let text):
            return text.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Double($0) }
        default:
            return []
        }
    }

    static func primeFactors(_ number: Int) -> [Int] {
        var factors: [Int] = []
        var rest = number
        var divisor = 2
        while divisor * divisor <= rest {
            while rest % divisor == 0 {
                factors.append(divisor)
                rest /= divisor
            }
            divisor += 1
        }
        if rest > 1 { factors.append(rest) }
        return factors
    }

    static func daysBetween(_ start: String, _ end: String) -> Int? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let from = formatter.date(from: String(start.prefix(10))),
            let to = formatter.date(from: String(end.prefix(10)))
        else {
            return nil
        }
        return Int((to.timeIntervalSince(from) / 86400).rounded())
    }
}
