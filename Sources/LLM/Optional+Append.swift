/// In-place text accumulation for streamed fields that start absent.
extension Optional<String> {
    /// Appends `piece` in place (`nil` becomes `piece`), without copying the text so far.
    mutating func append(_ piece: String) {
        switch self {
        case .none:
            self = piece
        case .some(var text):
            // Take the text out first so that it is uniquely referenced while it grows.
            self = nil
            text.append(piece)
            self = text
        }
    }
}
