import LLM

extension MockCatalog {
    static let weatherSchema: JSONValue = numbersObject(
        ["temperature", "feels_like", "humidity", "wind_speed_kmh"],
        strings: ["location", "units", "conditions", "observed_at"]
    )
    static let directionsSchema: JSONValue = .object([
        "type": .string("object"),
        "required": .array(
            ["origin", "destination", "mode", "distance_km", "duration_minutes", "steps"].map { .string($0) }
        ),
        "properties": .object([
            "origin": .object(["type": .string("string")]), "destination": .object(["type": .string("string")]),
            "mode": .object(["type": .string("string")]),
            "distance_km": .object(["type": .string("number"), "minimum": .number(0)]),
            "duration_minutes": .object(["type": .string("number"), "minimum": .number(1)]),
            "steps": .object(["type": .string("array"), "items": .object(["type": .string("string")])]),
        ]),
    ])

    static let weatherAndPlaces: [MockFamily] = [
        MockFamily(
            "weather",
            "Current weather conditions for a place",
            keywords: "weather:1 temperature:.8 condition:.4 climate:.5",
            hints: "city location units place",
            tool: "get_current_weather(location*: string, units: string)",
            result: .custom(weatherSchema) { context in
                let celsius = context.random.double(-5...34, decimals: 1)
                let feels = SeededRandom.round(celsius + context.random.double(-3...2, decimals: 1), decimals: 1)
                let units = context.string(["units", "unit", "temperature_unit", "scale"]) ?? "celsius"
                let fahrenheit = units.lowercased().hasPrefix("f") || units.lowercased() == "imperial"
                let scale = { (value: Double) -> Double in
                    fahrenheit ? SeededRandom.round(value * 9 / 5 + 32, decimals: 1) : value
                }
                let conditions =
                    celsius < 1
                    ? context.random.pick(["light snow", "overcast", "clear", "fog"])
                    : context.random.pick([
                        "sunny", "partly cloudy", "cloudy", "light rain", "rain", "thunderstorms", "clear",
                    ])
                return .object([
                    "location": .string(context.city().name), "temperature": .number(scale(celsius)),
                    "feels_like": .number(scale(feels)), "units": .string(fahrenheit ? "fahrenheit" : "celsius"),
                    "conditions": .string(conditions), "humidity": .number(Double(context.random.int(20...95))),
                    "wind_speed_kmh": .number(context.random.double(0...45, decimals: 1)),
                    "observed_at": .string(MockContext.date(offsetDays: 0) + "T14:00:00Z"),
                ])
            }
        ),
        MockFamily(
            "weather_forecast",
            "Multi-day weather forecast",
            keywords: "forecast:1.1 weather+forecast:1.2",
            hints: "city location days",
            tool: "get_weather_forecast(location*: string, days: integer)",
            result: object([
                "location": .echo(MockContext.placeKeys, .city),
                "forecast": .list(
                    object([
                        "date": .date(1...7), "high": .number(10...34, 1), "low": .number(-3...18, 1),
                        "conditions": .choice(MockData.weatherConditions), "precipitation_chance": .int(0...100),
                    ]),
                    3...5
                ),
            ])
        ),
        MockFamily(
            "air_quality",
            "Air quality index and pollutants",
            keywords: "air+quality:1.2 aqi:1.2 pollution:1 pollen:.8",
            hints: "city location",
            tool: "get_air_quality(city*: string)",
            result: object([
                "location": .echo(MockContext.placeKeys, .city), "aqi": .int(12...180),
                "category": .choice(["Good", "Moderate", "Unhealthy for Sensitive Groups", "Unhealthy"]),
                "pm2_5": .number(2...85, 1), "pm10": .number(5...120, 1),
                "dominant_pollutant": .choice(["pm2.5", "o3", "no2"]),
            ])
        ),
        MockFamily(
            "sun_times",
            "Sunrise and sunset times",
            keywords: "sunrise:1.2 sunset:1.2 daylight:1 sun:.6",
            hints: "date location latitude longitude",
            tool: "get_sunrise_sunset(location*: string, date: string)",
            result: object([
                "location": .echo(MockContext.placeKeys, .city), "date": .echo(["date"], .date(0...0)),
                "sunrise": .text(["05:4{n}"]), "sunset": .text(["21:1{n}"]), "day_length_hours": .number(9...16.5, 2),
            ])
        ),
        MockFamily(
            "earthquakes",
            "Recent earthquakes",
            keywords: "earthquake:1.2 seismic:1 quake:1",
            hints: "magnitude region radius",
            tool: "get_recent_earthquakes(region: string, min_magnitude: number)",
            result: object([
                "earthquakes": .list(
                    object([
                        "magnitude": .number(2.5...6.8, 1), "place": .text(["{n} km SW of {city}"]),
                        "depth_km": .number(1...70, 1),
                        "time": .dateTime(-3...0),
                    ]),
                    1...4
                )
            ])
        ),
        MockFamily(
            "geocoding",
            "Coordinates for an address or place name",
            keywords: "geocode:1.2 geocoding:1.2 coordinate:1 latlng:1 forward+geocode:1.2",
            hints: "address query place",
            tool: "geocode_address(address*: string)",
            result: object([
                "query": .echo(["address", "query", "place", "location"], .address), "latitude": .latitude,
                "longitude": .longitude, "formatted_address": .address, "country": .country,
            ])
        ),
        MockFamily(
            "reverse_geocoding",
            "Address for coordinates",
            keywords: "reverse+geocode:2 reverse:.7 address+lookup:1.5",
            hints: "latitude longitude lat lon lng",
            tool: "reverse_geocode(latitude*: number, longitude*: number)",
            result: object([
                "latitude": .echo(["latitude", "lat"], .latitude),
                "longitude": .echo(["longitude", "lon", "lng"], .longitude),
                "formatted_address": .address, "city": .city, "country": .country, "postal_code": .text(["{n}0{n}"]),
            ])
        ),
        MockFamily(
            "directions",
            "Route and travel time between two places",
            keywords: "direction:1.2 route:1 navigate:1 navigation:1 itinerary:.5",
            hints: "origin destination mode start end",
            tool: "get_directions(origin*: string, destination*: string, mode: string)",
            result: .custom(directionsSchema) { context in
                let mode = (context.string(["mode", "travel_mode", "transport"]) ?? "driving").lowercased()
                let range: ClosedRange<Double>
                let speed: Double
                if mode.hasPrefix("walk") {
                    (range, speed) = (0.4...6, 5)
                } else if mode.hasPrefix("bicycl") || mode.hasPrefix("cycl") {
                    (range, speed) = (1...25, 15)
                } else if mode.hasPrefix("transit") {
                    (range, speed) = (2...40, 25)
                } else {
                    (range, speed) = (3...400, 70)
                }
                let distance = context.random.double(range, decimals: 1)
                let templates = [
                    "Head north on {Word} St", "Turn left onto {Word} Avenue", "Continue straight for {n}0 m",
                    "Turn right at {Word} Square",
                ]
                var steps: [JSONValue] = []
                for _ in 0..<context.random.int(2...4) {
                    steps.append(.string(MockField.fill(context.random.pick(templates), &context)))
                }
                steps.append(.string("Arrive at destination"))
                return .object([
                    "origin": .string(context.string(["origin", "from", "start"]) ?? context.city().name),
                    "destination": .string(context.string(["destination", "to", "end"]) ?? context.city().name),
                    "mode": .string(mode), "distance_km": .number(distance),
                    "duration_minutes": .number(max(1, (distance / speed * 60).rounded())), "steps": .array(steps),
                ])
            }
        ),
        MockFamily(
            "calendar_list",
            "List calendar events",
            keywords: "list+event:2 list+calendar:2 get+event:2 upcoming+event:2 agenda:1.3",
            hints: "date start_date end_date",
            tool: "list_calendar_events(date*: string)",
            result: object([
                "date": .echo(["date", "day", "start_date"], .date(0...7)),
                "events": .list(
                    object([
                        "event_id": .id("evt_"),
                        "title": .text(["{Word} sync", "Lunch with {name}", "{Word} review", "Dentist"]),
                        "start_time": .time, "duration_minutes": .choice(["30", "45", "60"]).asText,
                        "location": .text(["Room {n}", "{city}", "Video call"]),
                    ]),
                    0...4
                ),
            ])
        ),
        MockFamily(
            "distance",
            "Distance between two places or points",
            keywords: "distance:1.1 how+far:1",
            hints: "origin destination from to point",
            tool: "calculate_distance(origin*: string, destination*: string, unit: string)",
            result: object([
                "origin": .echo(["origin", "from", "start", "point1"], .city),
                "destination": .echo(["destination", "to", "end", "point2"], .city), "distance": .number(1...9500, 1),
                "unit": .echo(["unit", "units"], .choice(["km", "miles"])),
            ])
        ),
        MockFamily(
            "places_nearby",
            "Points of interest near a place",
            keywords: "nearby:1.1 place:.6 poi:1 point+of+interest:1.2 find+place:1",
            hints: "location radius type keyword",
            tool: "search_nearby_places(location*: string, type: string, radius: integer)",
            result: object([
                "results": .list(
                    object([
                        "name": .text(["The {Word} Café", "{Word} Park", "{Word} Museum", "{Word} Pharmacy"]),
                        "address": .address, "rating": .number(3.2...4.9, 1), "distance_m": .int(80...3000),
                        "open_now": .flag(0.7),
                    ]),
                    2...5
                )
            ])
        ),
        MockFamily(
            "restaurants",
            "Restaurant search",
            keywords: "restaurant:1.2 dining:1 eatery:1 food:.5 cuisine:.8",
            hints: "cuisine location price",
            tool: "find_restaurants(location*: string, cuisine: string)",
            result: object([
                "restaurants": .list(
                    object([
                        "name": .text(["{Word} Bistro", "Trattoria {Word}", "The {Word} Kitchen", "{Word} Sushi Bar"]),
                        "cuisine": .echo(
                            ["cuisine", "food_type"],
                            .choice(["Italian", "Japanese", "French", "Mexican", "Indian"])
                        ),
                        "rating": .number(3.5...4.9, 1), "price_level": .choice(["$", "$$", "$$$"]),
                        "address": .address,
                    ]),
                    2...5
                )
            ])
        ),
        MockFamily(
            "traffic",
            "Traffic conditions",
            keywords: "traffic:1.2 congestion:1 commute:.6",
            hints: "route location",
            tool: "get_traffic_info(location*: string)",
            result: object([
                "location": .echo(MockContext.placeKeys, .city),
                "congestion_level": .choice(["light", "moderate", "heavy"]), "average_speed_kmh": .int(12...85),
                "incidents": .list(.text(["Accident on {Word} Road", "Roadworks near {Word} Bridge"]), 0...2),
            ])
        ),
        MockFamily(
            "elevation",
            "Elevation of a point",
            keywords: "elevation:1.2 altitude:1.1 height+above+sea:1",
            hints: "latitude longitude",
            tool: "get_elevation(latitude*: number, longitude*: number)",
            result: object([
                "latitude": .echo(["latitude", "lat"], .latitude),
                "longitude": .echo(["longitude", "lon", "lng"], .longitude),
                "elevation_m": .number(-20...3200, 1),
            ])
        ),
        MockFamily(
            "ip_geolocation",
            "Location of an IP address",
            keywords: "ip:1 ip+address:1.2 geolocate:1 geoip:1.2",
            hints: "ip address",
            tool: "lookup_ip_location(ip*: string)",
            result: object([
                "ip": .echo(["ip", "ip_address", "address"], .text(["203.0.113.{n}"])), "city": .city,
                "country": .country,
                "latitude": .latitude, "longitude": .longitude, "isp": .text(["{Word} Networks", "{company} Telecom"]),
            ])
        ),
        MockFamily(
            "country_info",
            "Facts about a country",
            keywords: "country:1 nation:.8 capital:.8",
            hints: "country name code",
            tool: "get_country_info(country*: string)",
            result: object([
                "name": .echo(["country", "name", "country_name"], .country), "capital": .city,
                "population": .int(500_000...340_000_000), "currency": .currency,
                "languages": .list(
                    .choice(["English", "French", "German", "Spanish", "Japanese", "Portuguese"]),
                    1...2
                ),
                "area_km2": .int(700...9_800_000),
            ])
        ),
        MockFamily(
            "population",
            "Population statistics",
            keywords: "population:1.2 demographic:1 census:1",
            hints: "city country year",
            tool: "get_population(location*: string, year: integer)",
            result: object([
                "location": .echo(MockContext.placeKeys, .city), "year": .echo(["year"], .int(2020...2025)),
                "population": .int(50_000...38_000_000), "growth_rate_percent": .number(-1.2...2.8, 2),
            ])
        ),
    ]
}
