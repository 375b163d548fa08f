/// What one model accepts: which sampling parameters, which token-limit field, `n`, seeds, caching.
///
/// Clients send a parameter only to a model that accepts it. ``ModelCatalog`` knows the providers'
/// current models; a config can supply its own value for a model the table does not know.
public struct ModelCapabilities: Sendable, Hashable, Codable {
    /// The provider family.
    public var provider: LLMProvider
    /// Whether `temperature` may be sent at all.
    public var acceptsTemperature: Bool
    /// The temperatures the model accepts (Anthropic 0…1, OpenAI 0…2).
    public var temperatureRange: ClosedRange<Double>
    /// The provider's default temperature (used when none is sent).
    public var defaultTemperature: Double
    /// OpenAI: send `max_completion_tokens` instead of `max_tokens` (reasoning models).
    public var usesMaxCompletionTokens: Bool
    /// OpenAI: the server returns several choices for `n > 1`.
    public var supportsN: Bool
    /// OpenAI: the model accepts a `seed`.
    public var supportsSeed: Bool
    /// The model accepts stop sequences.
    public var supportsStop: Bool
    /// Anthropic: `cache_control` breakpoints on the system prompt and tools.
    public var supportsPromptCaching: Bool

    /// Creates a capability record.
    public init(
        provider: LLMProvider,
        acceptsTemperature: Bool = true,
        temperatureRange: ClosedRange<Double>? = nil,
        defaultTemperature: Double = 1,
        usesMaxCompletionTokens: Bool = false,
        supportsN: Bool? = nil,
        supportsSeed: Bool? = nil,
        supportsStop: Bool = true,
        supportsPromptCaching: Bool? = nil
    ) {
        self.provider = provider
        self.acceptsTemperature = acceptsTemperature
        self.temperatureRange = temperatureRange ?? (provider == .anthropic ? 0...1 : 0...2)
        self.defaultTemperature = defaultTemperature
        self.usesMaxCompletionTokens = usesMaxCompletionTokens
        self.supportsN = supportsN ?? (provider == .openAI)
        self.supportsSeed = supportsSeed ?? (provider == .openAI)
        self.supportsStop = supportsStop
        self.supportsPromptCaching = supportsPromptCaching ?? (provider == .anthropic)
    }

    /// The temperature a client sends for `requested`: `nil` means the field is left out.
    ///
    /// A model that accepts only its default gets nothing (the default applies); a request for the
    /// default itself is sent only when the model accepts a temperature.
    ///
    /// - Throws: ``LLMError/Code/invalidRequest`` when the model cannot honour `requested`.
    public func temperatureToSend(_ requested: Double?, model: String) throws(LLMError) -> Double? {
        guard let requested else { return nil }
        if let problem = temperatureProblem(requested, model: model) {
            throw LLMError(.invalidRequest, problem)
        }
        return acceptsTemperature ? requested : nil
    }

    /// Why `temperature` cannot be honoured by `model`, or `nil` when it can.
    public func temperatureProblem(_ temperature: Double, model: String) -> String? {
        if !acceptsTemperature {
            if temperature == defaultTemperature { return nil }
            return "model \(model) accepts only its default temperature \(Self.format(defaultTemperature)) "
                + "(\(provider.displayName) rejects `temperature` for it), so temperature \(Self.format(temperature)) "
                + "cannot be honoured; leave temperature out or choose another model"
        }
        if !temperatureRange.contains(temperature) {
            return "temperature \(Self.format(temperature)) is outside \(Self.format(temperatureRange.lowerBound))…"
                + "\(Self.format(temperatureRange.upperBound)), the range \(provider.displayName) accepts for \(model)"
        }
        return nil
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}
