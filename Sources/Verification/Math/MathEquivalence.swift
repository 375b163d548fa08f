import BigInt
import Foundation

/// How two answers were found equal, or that they are not.
struct MathMatch: Sendable, Equatable {
    /// The answers are the same by the policy.
    var equal: Bool
    /// True when the decision used floating-point tolerance or random-point sampling rather than exact arithmetic.
    var numeric: Bool

    static let no = MathMatch(equal: false, numeric: false)
    static let exact = MathMatch(equal: true, numeric: false)
    static let approximate = MathMatch(equal: true, numeric: true)
}

/// Decides whether a response answer equals the gold answer under the math answer policy.
enum MathEquivalence {
    /// Relative tolerance for decimals given for golds without a finite decimal expansion.
    static let decimalTolerance = 1e-6
    /// Relative tolerance for floating-point noise between exact symbolic forms.
    static let symbolicTolerance = 1e-9

    private static let samplePoints: [Double] = [0.5377, 1.8339, 2.2588, 0.8622, 3.3188, 1.3077]

    /// Compares the gold and response trees.
    static func compare(gold: MathNode, response: MathNode) -> MathMatch {
        compare(gold, response, depth: 0)
    }

    /// Evaluates unions and intersections of finite sets: `\{1,2,3\} \cap \{2,3,4\}` is `\{2,3\}`.
    static func simplifySets(_ node: MathNode) -> MathNode {
        switch node {
        case .intersection(let items), .union(let items):
            var sets: [[MathNode]] = []
            for item in items {
                guard case .set(let elements) = simplifySets(item) else { return node }
                sets.append(elements)
            }
            guard var result = sets.first else { return node }
            for other in sets.dropFirst() {
                if case .intersection = node {
                    result = result.filter { a in other.contains { compare(a, $0, depth: 8).equal } }
                } else {
                    result += other
                }
            }
            return .set(result)
        case .setDifference(let a, let b):
            guard case .set(let x) = simplifySets(a), case .set(let y) = simplifySets(b) else { return node }
            return .set(x.filter { e in !y.contains { compare(e, $0, depth: 8).equal } })
        default:
            return node
        }
    }

    private static func compare(_ rawGold: MathNode, _ rawResponse: MathNode, depth: Int) -> MathMatch {
        guard depth < 12 else { return .no }
        let gold = depth == 0 ? simplifySets(rawGold) : rawGold
        let response = depth == 0 ? simplifySets(rawResponse) : rawResponse
        let d = depth + 1
        switch (gold, response) {
        case (.choice(let g, let value), _):
            if case .choice(let r, _) = response { return g == r ? .exact : .no }
            if let value { return compare(value, response, depth: d) }
            return .no
        case (_, .choice(_, let value)):
            guard let value else { return .no }
            return compare(gold, value, depth: d)
        case (.text(let g), _):
            if case .text(let r) = response { return g == r ? .exact : .no }
            if g == "empty", case .set(let items) = response, items.isEmpty { return .exact }
            return .no
        case (.set(let items), .text(let r)) where items.isEmpty:
            return r == "empty" ? .exact : .no
        case (.list, _), (.set, _), (.plusMinus, _):
            return compareUnordered(gold, response, depth: d)
        case (.bracket(let g, let go, let gc), _):
            return compareBracket(g, go, gc, response, depth: d)
        case (.matrix, _):
            return compareMatrix(gold, response, depth: d)
        case (.union, _), (.intersection, _), (.setBuilder, _), (.setDifference, _):
            return compareRealSets(gold, response)
        case (.relation(let nodes, let rels), _):
            if rels.contains(where: \.isOrder) || rels == [.notEqual] || rels == [.element] {
                return compareRealSets(gold, response)
            }
            if rels == [.equal] || rels == [.approximately] { return compareEquation(nodes, response, depth: d) }
            return .no
        default:
            break
        }
        // The gold is a single value.
        switch response {
        case .relation(let allNodes, let allRels) where allRels.allSatisfy({ $0 == .equal || $0 == .approximately }):
            // Drop an approximation glossed after an exact value: `sin 45° = √2/2 ≈ 0.7071`.
            if allRels.first == .approximately, allNodes[0].variables.isEmpty {
                return compare(gold, allNodes[0], depth: d)
            }
            let cut = allRels.firstIndex(of: .approximately).map { max($0, 1) } ?? allRels.count
            let nodes = Array(allNodes.prefix(cut + 1))
            let rels = Array(allRels.prefix(cut))
            // x = 3, or a chain `x = 2 + 1 = 3`: the final right-hand side, when the left is a bare variable.
            guard case .variable = nodes[0] else {
                // `5 + 6 = 11`: a computation's result.
                if let last = nodes.last, nodes.count > 2 || nodes[0].variables.isEmpty {
                    return compare(gold, last, depth: d)
                }
                return .no
            }
            guard let last = nodes.last, rels.last == .equal else { return .no }
            return compare(gold, last, depth: d)
        case .list(let items, _), .set(let items):
            // A list that repeats one value is that value.
            let first = items.first
            guard let first, items.allSatisfy({ compare(first, $0, depth: d).equal }) else { return .no }
            if case .set = response { return .no }
            return compare(gold, first, depth: d)
        case .bracket(let items, let o, let c) where items.count == 1 && o == "(" && c == ")":
            return compare(gold, items[0], depth: d)
        case .text, .bracket, .matrix, .union, .intersection, .setBuilder, .plusMinus:
            return .no
        default:
            return compareScalars(gold, response)
        }
    }

    // MARK: Scalars

    private struct Scalar {
        var node: MathNode
        var unit: MathUnit?
        var percent: Bool
    }

    private static func unwrap(_ node: MathNode) -> Scalar {
        switch node {
        case .percent(let inner): Scalar(node: inner, unit: nil, percent: true)
        case .quantity(let inner, let unit): Scalar(node: inner, unit: unit, percent: false)
        case .negate(.quantity(let inner, let unit)): Scalar(node: .negate(inner), unit: unit, percent: false)
        case .negate(.percent(let inner)): Scalar(node: .negate(inner), unit: nil, percent: true)
        default: Scalar(node: node, unit: nil, percent: false)
        }
    }

    private static func compareScalars(_ gold: MathNode, _ response: MathNode) -> MathMatch {
        let g = unwrap(gold)
        let r = unwrap(response)
        if g.percent || r.percent {
            let hundredth = MathNode.number(Rational(1, 100) ?? .one, decimal: false)
            if g.percent && r.percent { return compareValues(g.node, r.node) }
            if g.percent {
                let direct = compareValues(g.node, r.node)
                if direct.equal { return direct }
                return compareValues(.product([g.node, hundredth]), r.node)
            }
            let direct = compareValues(g.node, r.node)
            if direct.equal { return direct }
            return compareValues(g.node, .product([r.node, hundredth]))
        }
        switch (g.unit, r.unit) {
        case (let gu?, let ru?):
            guard gu.dimension == ru.dimension else { return .no }
            if let gs = gu.exactScale, let rs = ru.exactScale {
                return compareValues(withScale(g.node, gs), withScale(r.node, rs))
            }
            return compareValues(withApproximateScale(g.node, gu.scale), withApproximateScale(r.node, ru.scale))
        case (let gu?, nil):
            if gu.isAngle, response.mentionsPi {
                // A bare angle with π is in radians.
                return compareValues(withApproximateScale(g.node, gu.scale * Double.pi / 180), r.node)
            }
            return compareValues(g.node, r.node)
        case (nil, let ru?):
            if ru.isAngle, gold.mentionsPi {
                return compareValues(g.node, withApproximateScale(r.node, ru.scale * Double.pi / 180))
            }
            return compareValues(g.node, r.node)
        case (nil, nil):
            return compareValues(g.node, r.node)
        }
    }

    private static func withScale(_ node: MathNode, _ scale: Rational) -> MathNode {
        scale == .one ? node : .product([.number(scale, decimal: false), node])
    }

    private static func withApproximateScale(_ node: MathNode, _ scale: Double) -> MathNode {
        // An irrational scale (radians) as a close rational; not a decimal the response wrote.
        let q = Rational(decimal: Substring(String(format: "%.17e", scale))) ?? .one
        return .product([.number(q, decimal: false), node])
    }

    /// Compares two expressions, by exact value when both are constants, else by sampling.
    static func compareValues(_ gold: MathNode, _ response: MathNode) -> MathMatch {
        let gv = gold.variables
        let rv = response.variables
        if gv.isEmpty && rv.isEmpty {
            let evaluator = MathEvaluator()
            guard let g = evaluator.value(gold), let r = evaluator.value(response) else {
                return gold == response ? .exact : .no
            }
            return compareNumbers(g, gold.hasDecimal, r, response.hasDecimal)
        }
        guard gv == rv, gv.count <= 6 else { return .no }
        if gold == response { return .exact }
        let names = gv.sorted()
        var agreed = 0
        let tolerance =
            response.hasDecimal && !gold.hasDecimal ? decimalTolerance : symbolicTolerance * 10
        for (k, base) in samplePoints.enumerated() {
            var env: [String: Complex] = [:]
            for (j, name) in names.enumerated() {
                env[name] = Complex(base + 0.731 * Double(j) + 0.1 * Double(k * j))
            }
            let evaluator = MathEvaluator(environment: env)
            let g = evaluator.value(gold)
            let r = evaluator.value(response)
            switch (g, r) {
            case (let g?, let r?):
                guard isClose(g.complex, r.complex, tolerance: tolerance) else { return .no }
                agreed += 1
            case (nil, nil): continue
            default: return .no
            }
        }
        return agreed >= 3 ? .approximate : .no
    }

    /// The tolerance policy: exact for terminating values, relative 1e-6 for a decimal answer to a gold with no
    /// finite decimal expansion, floating-point noise only between symbolic forms.
    static func compareNumbers(_ g: MathValue, _ gDecimal: Bool, _ r: MathValue, _ rDecimal: Bool) -> MathMatch {
        switch (g, r) {
        case (.exact(let gr, let gi), .exact(let rr, let ri)):
            if gr == rr && gi == ri { return .exact }
            if rDecimal, gi.isZero, ri.isZero, !gr.isTerminating,
                isClose(g.complex, r.complex, tolerance: decimalTolerance)
            {
                return .approximate
            }
            return .no
        case (.exact, .approximate):
            if case .exact(let gr, let gi) = g, rDecimal, !(gi.isZero && gr.isTerminating) || gi.isZero == false {
                return isClose(g.complex, r.complex, tolerance: decimalTolerance) ? .approximate : .no
            }
            if case .exact(let gr, _) = g, rDecimal, !gr.isTerminating {
                return isClose(g.complex, r.complex, tolerance: decimalTolerance) ? .approximate : .no
            }
            return isClose(g.complex, r.complex, tolerance: symbolicTolerance) ? .approximate : .no
        case (.approximate, _):
            let tolerance = rDecimal && !gDecimal ? decimalTolerance : symbolicTolerance
            return isClose(g.complex, r.complex, tolerance: tolerance) ? .approximate : .no
        }
    }

    // MARK: Structures

    private static func elements(_ node: MathNode) -> [MathNode]? {
        switch node {
        case .list(let items, _), .set(let items):
            var out: [MathNode] = []
            for item in items {
                guard let e = elements(item) else { return nil }
                out += e
            }
            return out
        case .plusMinus(let a, let b):
            if case .number(let q, _) = a, q.isZero { return [b, .negate(b)] }
            return [.sum([a, b]), .sum([a, .negate(b)])]
        case .relation(let nodes, let rels) where rels == [.equal] && nodes.count == 2:
            if case .variable = nodes[0] { return elements(nodes[1]) }
            return [node]
        default:
            return [node]
        }
    }

    private static func deduplicated(_ items: [MathNode]) -> [MathNode] {
        var out: [MathNode] = []
        for item in items where !out.contains(where: { compare($0, item, depth: 6).equal }) {
            out.append(item)
        }
        return out
    }

    private static func compareUnordered(_ gold: MathNode, _ response: MathNode, depth: Int) -> MathMatch {
        // A set is not an ordered pair or an interval.
        switch response {
        case .bracket, .matrix, .union, .intersection, .setBuilder: return .no
        case .relation(_, let rels) where rels.contains(where: \.isOrder): return .no
        default: break
        }
        // A list of equations `x = 2, y = 3` against a tuple is handled by the tuple rule.
        guard let ge = elements(gold), let re = elements(response) else { return .no }
        let g = deduplicated(ge)
        let r = deduplicated(re)
        guard g.count == r.count, g.count <= 64 else { return .no }
        var used = [Bool](repeating: false, count: r.count)
        var numeric = false
        for item in g {
            var found = false
            for (j, candidate) in r.enumerated() where !used[j] {
                let m = compare(item, candidate, depth: depth)
                if m.equal {
                    used[j] = true
                    numeric = numeric || m.numeric
                    found = true
                    break
                }
            }
            if !found { return .no }
        }
        return MathMatch(equal: true, numeric: numeric)
    }

    private static func vectorEntries(_ node: MathNode) -> [MathNode]? {
        switch node {
        case .bracket(let items, let o, _) where o == "(" || o == "⟨": return items
        case .matrix(let rows):
            if rows.count == 1 { return rows[0] }
            if rows.allSatisfy({ $0.count == 1 }) { return rows.map { $0[0] } }
            return nil
        case .product(let factors):
            // A scalar factored out of a vector.
            guard let index = factors.firstIndex(where: { if case .matrix = $0 { true } else { false } }),
                let entries = vectorEntries(factors[index])
            else { return nil }
            var scalars = factors
            scalars.remove(at: index)
            return entries.map { .product(scalars + [$0]) }
        default: return nil
        }
    }

    private static func compareBracket(
        _ items: [MathNode],
        _ open: Character,
        _ close: Character,
        _ response: MathNode,
        depth: Int
    ) -> MathMatch {
        switch response {
        case .bracket(let r, let ro, let rc):
            guard r.count == items.count else { return .no }
            let sameKind = (ro == open && rc == close) || (open == "(" && ro == "⟨") || (open == "⟨" && ro == "(")
            guard sameKind else { return .no }
            var numeric = false
            for (a, b) in zip(items, r) {
                let m = compare(a, b, depth: depth)
                guard m.equal else { return .no }
                numeric = numeric || m.numeric
            }
            return MathMatch(equal: true, numeric: numeric)
        case .set, .text, .choice, .plusMinus:
            return .no
        case .list(let r, _):
            // A system's solution `x = 2, y = 3` against the point (2, 3), in variable order.
            let pairs: [(String, MathNode)] = r.compactMap {
                if case .relation(let nodes, let rels) = $0, rels == [.equal], case .variable(let v) = nodes[0] {
                    return (v, nodes[1])
                }
                return nil
            }
            guard open == "(", pairs.count == r.count, pairs.count == items.count else { return .no }
            let ordered = pairs.sorted { $0.0 < $1.0 }.map(\.1)
            return compareBracket(items, open, close, .bracket(ordered, open: "(", close: ")"), depth: depth)
        case .matrix, .product:
            guard let r = vectorEntries(response), r.count == items.count, open == "(" || open == "⟨" else {
                return .no
            }
            return compareBracket(items, open, close, .bracket(r, open: open, close: close), depth: depth)
        default:
            // An inequality or union against an interval.
            guard items.count == 2 else { return .no }
            return compareRealSets(.bracket(items, open: open, close: close), response)
        }
    }

    private static func matrixRows(_ node: MathNode) -> [[MathNode]]? {
        switch node {
        case .matrix(let rows): return rows
        case .product(let factors):
            guard let index = factors.firstIndex(where: { if case .matrix = $0 { true } else { false } }),
                case .matrix(let rows) = factors[index]
            else { return nil }
            var scalars = factors
            scalars.remove(at: index)
            guard scalars.allSatisfy({ matrixRows($0) == nil }) else { return nil }
            return rows.map { row in row.map { .product(scalars + [$0]) } }
        case .bracket(let items, let o, _) where o == "(" || o == "⟨":
            return items.map { [$0] }
        default: return nil
        }
    }

    private static func compareMatrix(_ gold: MathNode, _ response: MathNode, depth: Int) -> MathMatch {
        guard let g = matrixRows(gold), var r = matrixRows(response) else { return .no }
        if case .bracket = response, g.count == 1 { r = [r.map { $0[0] }] }
        guard g.count == r.count, zip(g, r).allSatisfy({ $0.count == $1.count }) else { return .no }
        var numeric = false
        for (a, b) in zip(g.joined(), r.joined()) {
            let m = compare(a, b, depth: depth)
            guard m.equal else { return .no }
            numeric = numeric || m.numeric
        }
        return MathMatch(equal: true, numeric: numeric)
    }

    // MARK: Equations

    private static func compareEquation(_ nodes: [MathNode], _ response: MathNode, depth: Int) -> MathMatch {
        guard nodes.count >= 2, let gRight = nodes.last else { return .no }
        let gLeft = nodes[0]
        switch response {
        case .relation(let rNodes, let rels) where rels.allSatisfy({ $0 == .equal }) && rNodes.count >= 2:
            guard let rRight = rNodes.last else { return .no }
            let rLeft = rNodes[0]
            if case .variable(let a) = gLeft, case .variable(let b) = rLeft, a == b {
                if !gRight.variables.contains(a), !rRight.variables.contains(b) {
                    return compare(gRight, rRight, depth: depth)
                }
            }
            return sameSolutionSet(.sum([gLeft, .negate(gRight)]), .sum([rLeft, .negate(rRight)]))
        case .relation, .list, .set, .bracket, .text, .union, .setBuilder:
            return .no
        default:
            // `y = expr` or `x = 3` against the bare right-hand side.
            guard case .variable(let v) = gLeft, !response.variables.contains(v) || gRight.variables.contains(v)
            else { return .no }
            return compare(gRight, response, depth: depth)
        }
    }

    /// Two equations f = 0 and g = 0 describe the same set when f/g is a nonzero constant at random points.
    private static func sameSolutionSet(_ f: MathNode, _ g: MathNode) -> MathMatch {
        let names = f.variables.union(g.variables)
        guard f.variables == g.variables, !names.isEmpty, names.count <= 6 else { return .no }
        let sorted = names.sorted()
        var ratio: Complex?
        var agreed = 0
        for (k, base) in samplePoints.enumerated() {
            var env: [String: Complex] = [:]
            for (j, name) in sorted.enumerated() {
                env[name] = Complex(base + 0.917 * Double(j) + 0.13 * Double(k * j))
            }
            let evaluator = MathEvaluator(environment: env)
            guard let a = evaluator.value(f)?.complex, let b = evaluator.value(g)?.complex else { continue }
            if b.magnitude < 1e-12 {
                if a.magnitude < 1e-12 { continue }
                return .no
            }
            let q = a / b
            if let ratio {
                guard isClose(ratio, q, tolerance: 1e-8) else { return .no }
            } else {
                guard q.magnitude > 1e-12 else { return .no }
                ratio = q
            }
            agreed += 1
        }
        return agreed >= 3 ? .approximate : .no
    }

    // MARK: Real sets

    private static func compareRealSets(_ gold: MathNode, _ response: MathNode) -> MathMatch {
        guard let g = realSet(gold), let r = realSet(response) else { return .no }
        let a = g.normalized.intervals
        let b = r.normalized.intervals
        guard a.count == b.count else { return .no }
        var numeric = false
        for (x, y) in zip(a, b) {
            for (p, q) in [(x.lower, y.lower), (x.upper, y.upper)] {
                guard p.closed == q.closed else { return .no }
                switch (p.value, q.value) {
                case (nil, nil): continue
                case (let pv?, let qv?):
                    let m = compareNumbers(pv, false, qv, false)
                    guard m.equal else { return .no }
                    numeric = numeric || m.numeric
                default: return .no
                }
            }
        }
        return MathMatch(equal: true, numeric: numeric)
    }

    private static func endpoint(_ node: MathNode) -> (value: MathValue?, infinite: Int)? {
        switch node {
        case .constant(.infinity): return (nil, 1)
        case .negate(.constant(.infinity)): return (nil, -1)
        default:
            guard let v = MathEvaluator().value(node), v.complex.isReal else { return nil }
            return (v, 0)
        }
    }

    /// The set of reals an interval, union, inequality or set-builder answer describes.
    static func realSet(_ node: MathNode) -> RealSet? {
        switch node {
        case .bracket(let items, let open, let close) where items.count == 2 && open != "⟨":
            guard let lo = endpoint(items[0]), let hi = endpoint(items[1]), lo.infinite <= 0, hi.infinite >= 0
            else { return nil }
            let interval = RealSet.Interval(
                lower: RealSet.bound(lo.value, closed: open == "[", negativeInfinity: true),
                upper: RealSet.bound(hi.value, closed: close == "]", negativeInfinity: false)
            )
            guard interval.lower.number <= interval.upper.number else { return nil }
            return RealSet(intervals: [interval])
        case .union(let items):
            var result = RealSet(intervals: [])
            for item in items {
                guard let s = realSet(item) else { return nil }
                result = result.union(s)
            }
            return result
        case .intersection(let items):
            var result = RealSet.all
            for item in items {
                guard let s = realSet(item) else { return nil }
                result = result.intersection(s)
            }
            return result
        case .setDifference(let a, let b):
            guard let x = realSet(a), let y = realSet(b) ?? finiteSet(b) else { return nil }
            return x.intersection(y.complement)
        case .setBuilder(_, let condition):
            return realSet(condition)
        case .list(let items, let conjunction):
            guard !items.isEmpty else { return nil }
            var result = conjunction ? RealSet.all : RealSet(intervals: [])
            for item in items {
                guard let s = realSet(item) else { return nil }
                result = conjunction ? result.intersection(s) : result.union(s)
            }
            return result
        case .relation(let nodes, let rels):
            return relationSet(nodes, rels)
        case .text(let t):
            return t == "all real numbers" || t == "all reals" || t == "reals" ? RealSet.all : nil
        default:
            return nil
        }
    }

    private static func finiteSet(_ node: MathNode) -> RealSet? {
        guard case .set(let items) = node else { return nil }
        var result = RealSet(intervals: [])
        for item in items {
            guard let v = MathEvaluator().value(item), v.complex.isReal else { return nil }
            let b = RealSet.bound(v, closed: true, negativeInfinity: false)
            result = result.union(RealSet(intervals: [RealSet.Interval(lower: b, upper: b)]))
        }
        return result
    }

    /// Solves a chain such as `a < x ≤ b`, `x ≥ 2`, `|x| > 1`, `2x - 4 ≥ 0`, `x ∈ [0, 1]`, `x ≠ 3`.
    private static func relationSet(_ nodes: [MathNode], _ rels: [MathRelation]) -> RealSet? {
        let vars = nodes.reduce(into: Set<String>()) { $0.formUnion($1.variables) }
        guard vars.count == 1, let variable = vars.first else { return nil }
        if rels == [.element], nodes.count == 2 {
            return realSet(nodes[1]) ?? finiteSet(nodes[1])
        }
        var result = RealSet.all
        for (k, rel) in rels.enumerated() {
            guard let piece = solve(nodes[k], rel, nodes[k + 1], variable) else { return nil }
            result = result.intersection(piece)
        }
        return result
    }

    private static func solve(_ lhs: MathNode, _ rel: MathRelation, _ rhs: MathNode, _ v: String) -> RealSet? {
        // Put the variable on the left.
        var left = lhs
        var right = rhs
        var relation = rel
        if !lhs.variables.contains(v) {
            left = rhs
            right = lhs
            relation = rel.flipped
        }
        guard !right.variables.contains(v) else { return nil }
        if case .function("abs", let args) = left, args.count == 1 {
            // |f| < c  is  -c < f < c;  |f| > c  is  f < -c or f > c.
            let inner = args[0]
            switch relation {
            case .less, .lessEqual:
                guard let a = solve(inner, relation.flipped, .negate(right), v),
                    let b = solve(inner, relation, right, v)
                else { return nil }
                return a.intersection(b)
            case .greater, .greaterEqual:
                guard let a = solve(inner, relation.flipped, .negate(right), v),
                    let b = solve(inner, relation, right, v)
                else { return nil }
                return a.union(b)
            default: return nil
            }
        }
        // Exact when the left side is the variable itself; otherwise solve a linear left side numerically.
        var bound: MathValue?
        var flip = false
        if left == .variable(v) {
            if case .constant(.infinity) = right {
                bound = nil
            } else {
                guard let b = MathEvaluator().value(right), b.complex.isReal else { return nil }
                bound = b
            }
        } else {
            guard let c = MathEvaluator().value(right)?.complex, c.isReal else { return nil }
            let f0 = MathEvaluator(environment: [v: Complex(0)]).value(left)?.complex
            let f1 = MathEvaluator(environment: [v: Complex(1)]).value(left)?.complex
            let f3 = MathEvaluator(environment: [v: Complex(3)]).value(left)?.complex
            guard let f0, let f1, let f3, f0.isReal, f1.isReal, f3.isReal else { return nil }
            let slope = f1.re - f0.re
            guard abs(slope) > 1e-12, abs(f3.re - (f0.re + 3 * slope)) < 1e-9 * max(1, abs(f3.re)) else { return nil }
            let x = (c.re - f0.re) / slope
            bound = .approximate(Complex(x))
            flip = slope < 0
        }
        if flip { relation = relation.flipped }
        let infinite = RealSet.bound(nil, closed: false, negativeInfinity: true)
        let infiniteUp = RealSet.bound(nil, closed: false, negativeInfinity: false)
        switch relation {
        case .less, .lessEqual:
            let upper = RealSet.bound(bound, closed: relation == .lessEqual, negativeInfinity: false)
            return RealSet(intervals: [RealSet.Interval(lower: infinite, upper: upper)])
        case .greater, .greaterEqual:
            let lower = RealSet.bound(bound, closed: relation == .greaterEqual, negativeInfinity: true)
            return RealSet(intervals: [RealSet.Interval(lower: lower, upper: infiniteUp)])
        case .equal:
            guard let bound else { return nil }
            let b = RealSet.bound(bound, closed: true, negativeInfinity: false)
            return RealSet(intervals: [RealSet.Interval(lower: b, upper: b)])
        case .notEqual:
            guard let bound else { return nil }
            let b = RealSet.bound(bound, closed: false, negativeInfinity: false)
            return RealSet(intervals: [
                RealSet.Interval(lower: infinite, upper: b), RealSet.Interval(lower: b, upper: infiniteUp),
            ])
        default:
            return nil
        }
    }
}
