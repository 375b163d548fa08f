/// Word lists the mocks draw plausible values from.
enum MockData {
    struct City: Sendable {
        let name: String
        let country: String
        let countryCode: String
        let latitude: Double
        let longitude: Double
        let timeZone: String
        let utcOffset: Int
        let currency: String
    }

    static let cities: [City] = [
        City(
            name: "Paris",
            country: "France",
            countryCode: "FR",
            latitude: 48.8566,
            longitude: 2.3522,
            timeZone: "Europe/Paris",
            utcOffset: 1,
            currency: "EUR"
        ),
        City(
            name: "London",
            country: "United Kingdom",
            countryCode: "GB",
            latitude: 51.5072,
            longitude: -0.1276,
            timeZone: "Europe/London",
            utcOffset: 0,
            currency: "GBP"
        ),
        City(
            name: "New York",
            country: "United States",
            countryCode: "US",
            latitude: 40.7128,
            longitude: -74.006,
            timeZone: "America/New_York",
            utcOffset: -5,
            currency: "USD"
        ),
        City(
            name: "San Francisco",
            country: "United States",
            countryCode: "US",
            latitude: 37.7749,
            longitude: -122.4194,
            timeZone: "America/Los_Angeles",
            utcOffset: -8,
            currency: "USD"
        ),
        City(
            name: "Tokyo",
            country: "Japan",
            countryCode: "JP",
            latitude: 35.6762,
            longitude: 139.6503,
            timeZone: "Asia/Tokyo",
            utcOffset: 9,
            currency: "JPY"
        ),
        City(
            name: "Berlin",
            country: "Germany",
            countryCode: "DE",
            latitude: 52.52,
            longitude: 13.405,
            timeZone: "Europe/Berlin",
            utcOffset: 1,
            currency: "EUR"
        ),
        City(
            name: "Sydney",
            country: "Australia",
            countryCode: "AU",
            latitude: -33.8688,
            longitude: 151.2093,
            timeZone: "Australia/Sydney",
            utcOffset: 10,
            currency: "AUD"
        ),
        City(
            name: "Toronto",
            country: "Canada",
            countryCode: "CA",
            latitude: 43.6532,
            longitude: -79.3832,
            timeZone: "America/Toronto",
            utcOffset: -5,
            currency: "CAD"
        ),
        City(
            name: "Mumbai",
            country: "India",
            countryCode: "IN",
            latitude: 19.076,
            longitude: 72.8777,
            timeZone: "Asia/Kolkata",
            utcOffset: 5,
            currency: "INR"
        ),
        City(
            name: "São Paulo",
            country: "Brazil",
            countryCode: "BR",
            latitude: -23.5505,
            longitude: -46.6333,
            timeZone: "America/Sao_Paulo",
            utcOffset: -3,
            currency: "BRL"
        ),
        City(
            name: "Singapore",
            country: "Singapore",
            countryCode: "SG",
            latitude: 1.3521,
            longitude: 103.8198,
            timeZone: "Asia/Singapore",
            utcOffset: 8,
            currency: "SGD"
        ),
        City(
            name: "Zurich",
            country: "Switzerland",
            countryCode: "CH",
            latitude: 47.3769,
            longitude: 8.5417,
            timeZone: "Europe/Zurich",
            utcOffset: 1,
            currency: "CHF"
        ),
    ]

    /// Units per US dollar.
    static let currencyRates: [String: Double] = [
        "USD": 1, "EUR": 0.92, "GBP": 0.79, "JPY": 151.2, "CHF": 0.88, "CAD": 1.36, "AUD": 1.52, "CNY": 7.24,
        "INR": 83.3, "BRL": 5.05, "MXN": 17.1, "SGD": 1.35, "KRW": 1352, "SEK": 10.6, "NOK": 10.8, "NZD": 1.66,
        "HKD": 7.82, "ZAR": 18.7, "TRY": 32.1, "PLN": 3.98, "DKK": 6.87, "AED": 3.67,
    ]

    static let firstNames = [
        "Alice", "Bob", "Carmen", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "James", "Keiko", "Liam",
        "Maya", "Noah", "Olivia", "Priya", "Quentin", "Rosa", "Sam", "Tara",
    ]
    static let lastNames = [
        "Anderson", "Becker", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Johnson", "Kowalski",
        "Lopez", "Martin", "Nakamura", "Okafor", "Patel", "Rossi", "Smith", "Tanaka", "Weber",
    ]
    static let companies = [
        "Acme Corp", "Globex", "Initech", "Umbrella Labs", "Stark Industries", "Wayne Enterprises", "Hooli",
        "Vandelay Industries", "Cyberdyne Systems", "Soylent Co",
    ]
    static let tickers: [(symbol: String, name: String, price: Double)] = [
        ("AAPL", "Apple Inc.", 189), ("MSFT", "Microsoft Corporation", 415), ("GOOGL", "Alphabet Inc.", 152),
        ("AMZN", "Amazon.com Inc.", 178), ("TSLA", "Tesla Inc.", 175), ("NVDA", "NVIDIA Corporation", 880),
        ("META", "Meta Platforms Inc.", 492), ("JPM", "JPMorgan Chase & Co.", 198),
    ]
    static let weatherConditions = [
        "sunny", "partly cloudy", "cloudy", "light rain", "rain", "thunderstorms", "overcast", "clear", "fog",
        "light snow",
    ]
    static let airlines = [
        "Air France", "Lufthansa", "British Airways", "Delta Air Lines", "United Airlines", "Japan Airlines",
        "Emirates", "KLM",
    ]
    static let topics = [
        "markets", "technology", "science", "health", "sports", "politics", "climate", "culture",
    ]
    static let words = [
        "alpha", "harbor", "quantum", "meadow", "signal", "vector", "summit", "ember", "orbit", "cobalt", "prairie",
        "lumen",
    ]
    static let streets = ["Main St", "Oak Avenue", "Rue de Rivoli", "High Street", "Market Street", "Elm Road"]
    static let referenceDay = (year: 2025, month: 6, day: 16)
}
