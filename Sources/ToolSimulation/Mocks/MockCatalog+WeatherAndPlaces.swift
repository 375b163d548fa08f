import LLM

extension MockCatalog {
    static let weatherAndPlaces: [MockFamily] = [
        MockFamily(
            "weather",
            "Current weather conditions for a place",
            keywords: "weather:1 temperature:.8 condition:.4 climate:.5",
            hints: "city location units place",
            tool: "get_current_weather(location*: string, units: string)",
            result: object([
                "location": .echo(MockContext.placeKeys, .city), "temperature": .number(-5...34, 1),
                "feels_like": .number(-8...36, 1),
                "units": .echo(["units", "unit"], .choice(["celsius", "fahrenheit"])),
                "conditions": .choice(MockData.weatherConditions), "humidity": .int(20...95),
                "wind_speed_kmh": .number(0...45, 1), "observed_at": .dateTime(0...0),
            ])
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
            result: object([
                "origin": .echo(["origin", "from", "start"], .address),
                "destination": .echo(["destination", "to", "end"], .address),
                "mode": .echo(["mode", "travel_mode"], .choice(["driving", "walking", "transit", "bicycling"])),
                "distance_km": .number(0.8...420, 1), "duration_minutes": .int(4...360),
                "steps": .list(
                    .text(["Head north on {word} St", "Turn left onto {word} Avenue", "Continue for {n} km"]),
                    2...5
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
                        "name": .text(["The {word} Café", "{word} Park", "{word} Museum", "{word} Pharmacy"]),
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
                        "name": .text(["{word} Bistro", "Trattoria {word}", "The {word} Kitchen", "{word} Sushi Bar"]),
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
                "incidents": .list(.text(["Accident on {word} Road", "Roadworks near {word} Bridge"]), 0...2),
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
                "latitude": .latitude, "longitude": .longitude, "isp": .text(["{word} Networks", "{company} Telecom"]),
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
