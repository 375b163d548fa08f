import LLM

extension MockCatalog {
    static let travel: [MockFamily] = [
        MockFamily(
            "flight_search",
            "Search flights between airports",
            keywords: "flight:1.1 airfare:1.1 airline:.8 fly:.6",
            hints: "origin destination departure_date passengers",
            tool: "search_flights(origin*: string, destination*: string, departure_date*: string, passengers: integer)",
            result: object([
                "flights": .list(
                    object([
                        "flight_number": .text(["AF{n}{n}", "LH{n}0", "BA{n}7", "DL{n}4"]),
                        "airline": .choice(MockData.airlines),
                        "origin": .echo(["origin", "from", "departure_airport"], .text(["CDG", "JFK", "LHR"])),
                        "destination": .echo(["destination", "to", "arrival_airport"], .text(["NRT", "SFO", "FRA"])),
                        "departure": .dateTime(1...30), "arrival": .dateTime(1...31), "price": .number(89...1450, 2),
                        "currency": .constant(.string("USD")), "stops": .int(0...2),
                    ]),
                    2...4
                )
            ])
        ),
        MockFamily(
            "flight_status",
            "Status of a flight",
            keywords: "flight+status:2 flight+track:2 arrival+time:.8",
            hints: "flight_number date",
            tool: "get_flight_status(flight_number*: string, date: string)",
            result: object([
                "flight_number": .echo(["flight_number", "flight", "flight_id"], .text(["UA{n}1"])),
                "status": .choice(["scheduled", "on time", "delayed", "boarding", "landed"]),
                "gate": .text(["A{n}", "B{n}", "C{n}"]),
                "scheduled_departure": .dateTime(0...0), "estimated_departure": .dateTime(0...0),
                "delay_minutes": .int(0...95),
            ])
        ),
        MockFamily(
            "flight_booking",
            "Book a flight",
            keywords: "book+flight:2 flight+booking:2 reserve+flight:2",
            hints: "flight_id passenger_name seat",
            tool: "book_flight(flight_id*: string, passenger_name*: string)",
            result: object([
                "booking_reference": .id(""), "status": .constant(.string("confirmed")),
                "flight_id": .echo(["flight_id", "flight_number", "flight"], .id("FL")),
                "passenger_name": .echo(["passenger_name", "passenger", "name"], .person),
                "seat": .text(["{n}A", "{n}C"]),
                "total_price": .number(120...1600, 2),
            ])
        ),
        MockFamily(
            "hotel_search",
            "Search hotels",
            keywords: "hotel:1.1 accommodation:1 lodging:1 stay:.5",
            hints: "location check_in check_out guests",
            tool: "search_hotels(location*: string, check_in*: string, check_out*: string, guests: integer)",
            result: object([
                "hotels": .list(
                    object([
                        "hotel_id": .id("HTL"),
                        "name": .text(["Hotel {Word}", "The {Word} Inn", "{Word} Grand Hotel"]),
                        "address": .address, "stars": .int(2...5), "price_per_night": .number(65...480, 2),
                        "rating": .number(6.8...9.6, 1), "available": .flag(0.85),
                    ]),
                    2...5
                )
            ])
        ),
        MockFamily(
            "hotel_booking",
            "Book a hotel room",
            keywords: "book+hotel:2 hotel+reservation:2 reserve+room:2 hotel+booking:2",
            hints: "hotel_id check_in check_out guest_name",
            tool: "book_hotel(hotel_id*: string, check_in*: string, check_out*: string, guest_name*: string)",
            result: object([
                "confirmation_number": .id("HB"), "status": .constant(.string("confirmed")),
                "hotel_id": .echo(["hotel_id", "hotel"], .id("HTL")),
                "check_in": .echo(["check_in", "checkin"], .date(3...20)),
                "check_out": .echo(["check_out", "checkout"], .date(21...30)), "total_price": .number(180...2400, 2),
            ])
        ),
        MockFamily(
            "car_rental",
            "Rental cars",
            keywords: "car+rental:1.3 rent+car:1.3 rental+car:1.3 vehicle+rental:1.3",
            hints: "pickup_location pickup_date dropoff_date",
            tool: "search_car_rentals(pickup_location*: string, pickup_date*: string, dropoff_date*: string)",
            result: object([
                "cars": .list(
                    object([
                        "company": .choice(["Hertz", "Avis", "Europcar", "Sixt"]),
                        "model": .choice(["Toyota Corolla", "VW Golf", "Ford Focus", "Tesla Model 3"]),
                        "category": .choice(["economy", "compact", "SUV", "premium"]),
                        "price_per_day": .number(28...140, 2),
                    ]),
                    2...4
                )
            ])
        ),
        MockFamily(
            "public_transit",
            "Public transport departures and routes",
            keywords: "transit:1.2 bus:1 train:1 subway:1.1 metro:1.1 tram:1 timetable:1",
            hints: "station stop line",
            tool: "get_transit_departures(station*: string)",
            result: object([
                "station": .echo(["station", "stop", "origin", "from"], .text(["{city} Central"])),
                "departures": .list(
                    object([
                        "line": .text(["{n}", "S{n}", "M{n}"]),
                        "destination": .text(["{Word} Terminal", "{city} Airport"]),
                        "departure_time": .time, "platform": .text(["{n}"]), "delay_minutes": .int(0...12),
                    ]),
                    2...5
                ),
            ])
        ),
        MockFamily(
            "ride_hailing",
            "Ride estimates and requests",
            keywords: "ride:1 taxi:1.2 uber:1.2 lyft:1.2 cab:1",
            hints: "pickup dropoff",
            tool: "request_ride(pickup*: string, dropoff*: string)",
            result: object([
                "ride_id": .id("RIDE"), "driver_name": .person,
                "vehicle": .text(["Toyota Prius", "Honda Civic", "Kia Niro"]),
                "eta_minutes": .int(2...14), "estimated_fare": .number(8...75, 2),
            ])
        ),
        MockFamily(
            "parking",
            "Parking availability",
            keywords: "parking:1.2 garage:.8 park+car:1",
            hints: "location",
            tool: "find_parking(location*: string)",
            result: object([
                "lots": .list(
                    object([
                        "name": .text(["{Word} Garage", "{Word} Street Parking"]), "available_spaces": .int(0...240),
                        "hourly_rate": .number(1.5...9, 2),
                    ]),
                    1...3
                )
            ])
        ),
        MockFamily(
            "ev_charging",
            "Electric vehicle charging stations",
            keywords: "charging:1.1 charger:1.1 ev:1 charging+station:1.3",
            hints: "location connector",
            tool: "find_charging_stations(location*: string)",
            result: object([
                "stations": .list(
                    object([
                        "name": .text(["{Word} Supercharger", "{company} EV Hub"]), "address": .address,
                        "connector": .choice(["CCS", "CHAdeMO", "Type 2"]), "power_kw": .choice(["50", "150", "250"]),
                        "available": .int(0...8),
                    ]),
                    1...4
                )
            ])
        ),
        MockFamily(
            "visa_requirements",
            "Visa requirements between countries",
            keywords: "visa:1.3 passport:1 entry+requirement:1",
            hints: "nationality destination citizenship",
            tool: "check_visa_requirements(nationality*: string, destination*: string)",
            result: object([
                "nationality": .echo(["nationality", "citizenship", "passport_country"], .country),
                "destination": .echo(["destination", "country"], .country),
                "visa_required": .flag(0.4), "max_stay_days": .choice(["30", "90", "180"]).asText,
                "notes": .text([
                    "Passport must be valid for 6 months beyond the stay.",
                    "An electronic travel authorisation is needed.",
                ]),
            ])
        ),
        MockFamily(
            "attractions",
            "Tourist attractions",
            keywords: "attraction:1.2 sightseeing:1.2 landmark:1 tourist:1 things+to+do:1",
            hints: "city location category",
            tool: "get_tourist_attractions(city*: string)",
            result: object([
                "city": .echo(MockContext.placeKeys, .city),
                "attractions": .list(
                    object([
                        "name": .text(["{Word} Cathedral", "Old Town {Word}", "{Word} Gardens", "Museum of {word}"]),
                        "category": .choice(["museum", "park", "historic site", "viewpoint"]),
                        "rating": .number(4...4.9, 1),
                    ]),
                    3...5
                ),
            ])
        ),
        MockFamily(
            "airport_info",
            "Airport details",
            keywords: "airport:1.2 iata:1 terminal:.6",
            hints: "code iata",
            tool: "get_airport_info(iata_code*: string)",
            result: object([
                "iata_code": .echo(["iata_code", "code", "airport"], .text(["CDG", "JFK", "HND"])),
                "name": .text(["{city} International Airport"]), "city": .city, "country": .country,
                "terminals": .int(1...5),
            ])
        ),
    ]
}

extension MockField {
    /// The same choice, typed as plain text in the schema (no enum).
    var asText: MockField { .custom(.object(["type": .string("string")]), { self.generate(&$0) }) }
}
