import Foundation

/// Inline SVG charts for the HTML report: grouped bars with intervals, lines, and a forest plot.
///
/// Every chart is a self-contained `<svg>` element with a legend; no scripts, no external resources.
enum SVGChart {
    /// One bar: a value with an optional interval.
    struct Bar {
        var value: Double
        var lower: Double?
        var upper: Double?
    }

    static let palette = ["#3b6ea8", "#d9822b", "#3f9c5a", "#b8423f", "#7f5fa8", "#8a6d3b", "#4a9aa8", "#c05a9e"]
    static let width = 720.0
    static let height = 300.0
    static let left = 56.0
    static let right = 16.0
    static let top = 16.0
    static let bottom = 48.0

    /// Grouped bars: one group per category, one bar per series; `values[series][category]`.
    static func bars(
        categories: [String],
        series: [String],
        values: [[Bar?]],
        yMax: Double,
        format: (Double) -> String
    ) -> String {
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let scaleMax = yMax > 0 ? yMax : 1
        func y(_ v: Double) -> Double { top + plotHeight * (1 - min(max(v / scaleMax, 0), 1)) }
        var svg = open(height: height + legendHeight(series.count))
        svg += axes(plotWidth: plotWidth, plotHeight: plotHeight, yMax: scaleMax, format: format)
        let groupWidth = plotWidth / Double(max(categories.count, 1))
        let barWidth = min(48, groupWidth * 0.8 / Double(max(series.count, 1)))
        for (c, category) in categories.enumerated() {
            let groupStart = left + groupWidth * Double(c) + (groupWidth - barWidth * Double(series.count)) / 2
            for s in series.indices {
                guard let bar = values[s][c] else { continue }
                let x = groupStart + barWidth * Double(s)
                let top = y(bar.value)
                svg += rect(x: x + 1, y: top, width: barWidth - 2, height: y(0) - top, fill: color(s))
                if let lower = bar.lower, let upper = bar.upper {
                    let mid = x + barWidth / 2
                    svg += line(x1: mid, y1: y(lower), x2: mid, y2: y(upper), stroke: "#222")
                    svg += line(x1: mid - 4, y1: y(lower), x2: mid + 4, y2: y(lower), stroke: "#222")
                    svg += line(x1: mid - 4, y1: y(upper), x2: mid + 4, y2: y(upper), stroke: "#222")
                }
                // Above the interval's upper whisker when there is one, so the whisker never crosses the text.
                let labelY = min(top, bar.upper.map(y) ?? top) - 4
                svg += text(
                    x: x + barWidth / 2,
                    y: labelY,
                    format(bar.value),
                    anchor: "middle",
                    size: 10
                )
            }
            svg += text(x: left + groupWidth * (Double(c) + 0.5), y: top + plotHeight + 18, category, anchor: "middle")
        }
        svg += legend(series, y: height)
        return svg + "</svg>\n"
    }

    /// Lines over numeric x positions (drawn evenly spaced by their order), one per series.
    static func lines(xLabels: [String], series: [String], values: [[Double?]], yMax: Double) -> String {
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func y(_ v: Double) -> Double { top + plotHeight * (1 - min(max(v / yMax, 0), 1)) }
        func x(_ i: Int) -> Double {
            xLabels.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(xLabels.count - 1)
        }
        var svg = open(height: height + legendHeight(series.count))
        svg += axes(plotWidth: plotWidth, plotHeight: plotHeight, yMax: yMax, format: Format.percent)
        for (i, label) in xLabels.enumerated() {
            svg += text(x: x(i), y: top + plotHeight + 18, label, anchor: "middle")
        }
        for s in series.indices {
            let points = values[s].enumerated().compactMap { i, v in v.map { (x(i), y($0)) } }
            let path = points.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(color(s))\" stroke-width=\"2\" points=\"\(path)\"/>\n"
            for point in points {
                svg += String(
                    format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%@\"/>\n",
                    point.0,
                    point.1,
                    color(s)
                )
            }
        }
        svg += legend(series, y: height)
        return svg + "</svg>\n"
    }

    /// A forest plot of differences with intervals around a zero line (values are fractions).
    static func forest(labels: [String], differences: [(value: Double, lower: Double, upper: Double)]) -> String {
        let rowHeight = 28.0
        let chartHeight = top + rowHeight * Double(labels.count) + 36
        let labelWidth = 200.0
        let plotWidth = width - labelWidth - right
        let extent = max(differences.map { max(abs($0.lower), abs($0.upper)) }.max() ?? 0.05, 0.05) * 1.1
        func x(_ v: Double) -> Double { labelWidth + plotWidth * (v + extent) / (2 * extent) }
        var svg = open(height: chartHeight)
        svg += line(x1: x(0), y1: top, x2: x(0), y2: chartHeight - 28, stroke: "#888", dash: true)
        for tick in [-extent, -extent / 2, 0, extent / 2, extent] {
            svg += text(x: x(tick), y: chartHeight - 10, Format.points(tick), anchor: "middle", size: 10)
        }
        for (i, label) in labels.enumerated() {
            let cy = top + rowHeight * (Double(i) + 0.5)
            let d = differences[i]
            svg += text(x: labelWidth - 8, y: cy + 4, label, anchor: "end")
            svg += line(x1: x(d.lower), y1: cy, x2: x(d.upper), y2: cy, stroke: color(0), width: 2)
            svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%@\"/>\n", x(d.value), cy, color(0))
        }
        return svg + "</svg>\n"
    }

    // MARK: Pieces

    static func color(_ index: Int) -> String { palette[index % palette.count] }

    private static func legendHeight(_ count: Int) -> Double { count > 1 ? 20 * Double((count + 2) / 3) : 0 }

    private static func open(height: Double) -> String {
        String(
            format: "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                + " role=\"img\" font-family=\"sans-serif\" font-size=\"12\">\n",
            width,
            height,
            width,
            height
        )
    }

    private static func axes(plotWidth: Double, plotHeight: Double, yMax: Double, format: (Double) -> String) -> String
    {
        var svg = ""
        for step in 0...4 {
            let v = yMax * Double(step) / 4
            let y = top + plotHeight * (1 - Double(step) / 4)
            svg += line(x1: left, y1: y, x2: left + plotWidth, y2: y, stroke: "#e3e3e3")
            svg += text(x: left - 6, y: y + 4, format(v), anchor: "end", size: 10)
        }
        svg += line(x1: left, y1: top + plotHeight, x2: left + plotWidth, y2: top + plotHeight, stroke: "#444")
        return svg
    }

    private static func legend(_ series: [String], y: Double) -> String {
        guard series.count > 1 else { return "" }
        var svg = ""
        for (i, name) in series.enumerated() {
            let x = left + Double(i % 3) * 220
            let row = y + 4 + Double(i / 3) * 20
            svg += rect(x: x, y: row, width: 12, height: 12, fill: color(i))
            svg += text(x: x + 18, y: row + 11, name, anchor: "start")
        }
        return svg
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String) -> String {
        String(
            format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%@\"/>\n",
            x,
            y,
            max(width, 0),
            max(height, 0),
            fill
        )
    }

    static func line(
        x1: Double,
        y1: Double,
        x2: Double,
        y2: Double,
        stroke: String,
        width: Double = 1,
        dash: Bool = false
    ) -> String {
        String(
            format: "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%@\" stroke-width=\"%.1f\"%@/>\n",
            x1,
            y1,
            x2,
            y2,
            stroke,
            width,
            dash ? " stroke-dasharray=\"4 3\"" : ""
        )
    }

    static func text(x: Double, y: Double, _ content: String, anchor: String, size: Int = 12) -> String {
        String(format: "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%@\" font-size=\"%d\">", x, y, anchor, size)
            + HTML.escape(content) + "</text>\n"
    }
}
