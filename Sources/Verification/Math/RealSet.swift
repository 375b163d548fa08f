/// A union of real intervals, for comparing intervals, inequalities and set-builder answers.
struct RealSet: Sendable {
    /// One end of an interval; nil value means infinite.
    struct Bound: Sendable {
        var value: MathValue?
        var closed: Bool
        var number: Double
    }

    struct Interval: Sendable {
        var lower: Bound
        var upper: Bound
    }

    var intervals: [Interval]

    static let all = RealSet(intervals: [
        Interval(
            lower: Bound(value: nil, closed: false, number: -.infinity),
            upper: Bound(value: nil, closed: false, number: .infinity)
        )
    ])

    static func bound(_ value: MathValue?, closed: Bool, negativeInfinity: Bool) -> Bound {
        guard let value else {
            return Bound(value: nil, closed: false, number: negativeInfinity ? -.infinity : .infinity)
        }
        return Bound(value: value, closed: closed, number: value.complex.re)
    }

    /// Sorted, with overlapping pieces merged.
    var normalized: RealSet {
        let sorted = intervals.filter {
            $0.lower.number < $0.upper.number
                || ($0.lower.number == $0.upper.number
                    && $0.lower.closed && $0.upper.closed)
        }
        .sorted { $0.lower.number < $1.lower.number }
        var result: [Interval] = []
        for piece in sorted {
            if var last = result.last,
                piece.lower.number < last.upper.number
                    || (piece.lower.number == last.upper.number && (piece.lower.closed || last.upper.closed))
            {
                if piece.upper.number > last.upper.number
                    || (piece.upper.number == last.upper.number && piece.upper.closed)
                {
                    last.upper = piece.upper
                }
                result[result.count - 1] = last
            } else {
                result.append(piece)
            }
        }
        return RealSet(intervals: result)
    }

    func union(_ other: RealSet) -> RealSet { RealSet(intervals: intervals + other.intervals).normalized }

    func intersection(_ other: RealSet) -> RealSet {
        var result: [Interval] = []
        for a in intervals {
            for b in other.intervals {
                let lower: Bound =
                    a.lower.number > b.lower.number
                    ? a.lower
                    : b.lower.number > a.lower.number
                        ? b.lower
                        : Bound(value: a.lower.value, closed: a.lower.closed && b.lower.closed, number: a.lower.number)
                let upper: Bound =
                    a.upper.number < b.upper.number
                    ? a.upper
                    : b.upper.number < a.upper.number
                        ? b.upper
                        : Bound(value: a.upper.value, closed: a.upper.closed && b.upper.closed, number: a.upper.number)
                result.append(Interval(lower: lower, upper: upper))
            }
        }
        return RealSet(intervals: result).normalized
    }

    var complement: RealSet {
        var result: [Interval] = []
        var previous = Bound(value: nil, closed: false, number: -.infinity)
        for piece in normalized.intervals {
            let upper = Bound(value: piece.lower.value, closed: !piece.lower.closed, number: piece.lower.number)
            result.append(Interval(lower: previous, upper: upper))
            previous = Bound(value: piece.upper.value, closed: !piece.upper.closed, number: piece.upper.number)
        }
        result.append(Interval(lower: previous, upper: Bound(value: nil, closed: false, number: .infinity)))
        return RealSet(intervals: result).normalized
    }
}
