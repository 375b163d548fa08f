public import Foundation

extension PersonaMarkers {
    /// The markers file beside a persona: `personas/marvin_flexible.txt` → `personas/marvin_flexible.markers.json`.
    public static func markersURL(forPersonaAt personaURL: URL) -> URL {
        let base = personaURL.deletingPathExtension()
        return base.deletingLastPathComponent().appendingPathComponent(base.lastPathComponent + ".markers.json")
    }

    /// Loads the markers declared beside the persona file at `personaURL`.
    ///
    /// - Throws: ``PersonaMarkersError`` naming the markers file when it is missing, unreadable or invalid.
    public static func load(forPersonaAt personaURL: URL) throws(PersonaMarkersError) -> PersonaMarkers {
        try load(from: markersURL(forPersonaAt: personaURL))
    }

    /// Loads a markers file.
    ///
    /// - Throws: ``PersonaMarkersError`` naming the file when it is missing, unreadable or invalid.
    public static func load(from url: URL) throws(PersonaMarkersError) -> PersonaMarkers {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PersonaMarkersError(.missing, "No persona markers file at \(url.path); see docs/PERSONA_MARKERS.md.")
        }
        return try decode(data, source: url.path)
    }

    /// Decodes markers JSON; `source` names it in errors.
    ///
    /// - Throws: ``PersonaMarkersError`` when the JSON is not a markers document or a pattern does not compile.
    public static func decode(_ data: Data, source: String) throws(PersonaMarkersError) -> PersonaMarkers {
        let markers: PersonaMarkers
        do {
            markers = try JSONDecoder().decode(PersonaMarkers.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw PersonaMarkersError(.invalid, "\(source): the key `\(key.stringValue)` is missing.")
        } catch let DecodingError.typeMismatch(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw PersonaMarkersError(
                .invalid,
                "\(source): `\(path)` has the wrong type (\(context.debugDescription))."
            )
        } catch {
            throw PersonaMarkersError(.invalid, "\(source) is not valid persona markers JSON (\(error)).")
        }
        for marker in markers.signatures + markers.antiMarkers where marker.regex {
            if (try? NSRegularExpression(pattern: marker.pattern)) == nil {
                throw PersonaMarkersError(
                    .badPattern,
                    "\(source): the pattern `\(marker.pattern)` is not a valid regular expression."
                )
            }
        }
        return markers
    }
}
