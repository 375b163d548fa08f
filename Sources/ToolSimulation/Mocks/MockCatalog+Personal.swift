import LLM

extension MockCatalog {
    static let personal: [MockFamily] = [
        MockFamily(
            "fitness",
            "Workouts and activity",
            keywords: "workout:1.3 exercise:1.2 fitness:1.3 step:.9 activity:.8",
            hints: "date user_id type",
            tool: "log_workout(type*: string, duration_minutes*: integer)",
            result: object([
                "workout_id": .id("wk_"),
                "type": .echo(["type", "activity", "exercise"], .choice(["running", "cycling", "yoga"])),
                "duration_minutes": .echo(["duration_minutes", "duration", "minutes"], .int(15...90)),
                "calories_burned": .int(60...900), "steps": .int(0...16000),
            ])
        ),
        MockFamily(
            "sleep",
            "Sleep tracking",
            keywords: "sleep:1.4",
            hints: "date",
            tool: "get_sleep_data(date*: string)",
            result: object([
                "date": .echo(["date"], .date(-1...0)), "hours": .number(4.5...9.5, 1),
                "deep_sleep_hours": .number(0.5...2.5, 1),
                "quality": .choice(["poor", "fair", "good", "excellent"]),
            ])
        ),
        MockFamily(
            "medication",
            "Drug information",
            keywords: "drug:1.3 medication:1.4 medicine:1.3 dosage:1.3 pharmacy:1",
            hints: "name drug",
            tool: "get_drug_info(drug_name*: string)",
            result: object([
                "name": .echo(["drug_name", "name", "drug", "medication"], .choice(["ibuprofen", "paracetamol"])),
                "typical_dose": .text(["200–400 mg every 4–6 hours", "500 mg up to four times a day"]),
                "common_side_effects": .list(.choice(["nausea", "headache", "dizziness", "drowsiness"]), 1...3),
                "requires_prescription": .flag(0.3),
            ])
        ),
        MockFamily(
            "symptom_checker",
            "Possible conditions for symptoms",
            keywords: "symptom:1.4 diagnose:1.2 diagnosis:1.2 medical:.9",
            hints: "symptoms age",
            tool: "check_symptoms(symptoms*: [string], age: integer)",
            result: object([
                "possible_conditions": .list(
                    object([
                        "name": .choice(["common cold", "influenza", "allergic rhinitis", "migraine"]),
                        "likelihood": .choice(["low", "medium", "high"]),
                    ]),
                    1...3
                ),
                "advice": .constant(.string("This is not a diagnosis. See a doctor if symptoms persist or worsen.")),
            ])
        ),
        MockFamily(
            "healthcare_providers",
            "Find doctors and clinics",
            keywords: "doctor:1.3 physician:1.3 clinic:1.2 hospital:1.2 dentist:1.3",
            hints: "specialty location",
            tool: "find_doctors(specialty*: string, location*: string)",
            result: object([
                "providers": .list(
                    object([
                        "name": .text(["Dr. {name}"]), "specialty": .echo(["specialty"], .choice(["general practice"])),
                        "address": .address, "accepting_new_patients": .flag(0.6),
                    ]),
                    1...3
                )
            ])
        ),
        MockFamily(
            "sports_scores",
            "Sports scores and fixtures",
            keywords: "score:1 sport:1.1 game:.8 match:.8 nba:1.3 nfl:1.3 football:1.1 soccer:1.2 fixture:1.1",
            hints: "team league date",
            tool: "get_sports_scores(league*: string, date: string)",
            result: object([
                "games": .list(
                    object([
                        "home_team": .text(["{city} {word}s"]), "away_team": .text(["{city} United"]),
                        "home_score": .int(0...120),
                        "away_score": .int(0...120), "status": .choice(["final", "in progress", "scheduled"]),
                    ]),
                    1...4
                )
            ])
        ),
        MockFamily(
            "sports_standings",
            "League tables",
            keywords: "standing:1.4 league+table:1.4 ranking:1.1 leaderboard:1.2",
            hints: "league season",
            tool: "get_league_standings(league*: string, season: string)",
            result: object([
                "league": .echo(["league", "competition"], .choice(["Premier League", "NBA"])),
                "standings": .list(
                    object([
                        "position": .int(1...20), "team": .text(["{city} FC"]), "points": .int(0...95),
                        "played": .int(1...38),
                    ]),
                    3...6
                ),
            ])
        ),
        MockFamily(
            "horoscope",
            "Horoscopes",
            keywords: "horoscope:1.4 zodiac:1.4 astrology:1.3",
            hints: "sign",
            tool: "get_horoscope(sign*: string)",
            result: object([
                "sign": .echo(["sign", "zodiac_sign"], .choice(["aries", "leo", "virgo"])),
                "horoscope": .text(["A good day to start a {word} project; trust your instincts."]),
                "lucky_number": .int(1...99),
            ])
        ),
        MockFamily(
            "lottery",
            "Lottery results",
            keywords: "lottery:1.4 lotto:1.4 jackpot:1.2",
            hints: "game date",
            tool: "get_lottery_results(game*: string)",
            result: object([
                "draw_date": .date(-6...0), "numbers": .list(.int(1...59), 6...6),
                "jackpot_usd": .int(1_000_000...400_000_000),
            ])
        ),
        MockFamily(
            "jobs",
            "Job listings",
            keywords: "job:1.3 career:1.2 vacancy:1.3 hiring:1.2 employment:1.1",
            hints: "title location",
            tool: "search_jobs(title*: string, location: string)",
            result: object([
                "jobs": .list(
                    object([
                        "job_id": .id("J"),
                        "title": .echo(["title", "query", "role", "keywords"], .text(["{Word} Engineer"])),
                        "company": .company,
                        "location": .city, "salary_range": .text(["$9{n},000–$1{n}0,000"]), "posted": .date(-20...0),
                    ]),
                    2...4
                )
            ])
        ),
        MockFamily(
            "vehicle_info",
            "Vehicle details from a VIN or plate",
            keywords: "vin:1.4 vehicle:1.1 car:.8 license+plate:1.3",
            hints: "vin make model",
            tool: "decode_vin(vin*: string)",
            result: object([
                "vin": .echo(["vin"], .id("1HG")), "make": .choice(["Toyota", "Ford", "BMW", "Honda"]),
                "model": .choice(["Corolla", "Focus", "X3", "Civic"]),
                "year": .int(2005...2025), "fuel_type": .choice(["gasoline", "hybrid", "electric"]),
            ])
        ),
        MockFamily(
            "smart_home",
            "Control smart-home devices",
            keywords: "light:1 thermostat:1.4 smart+home:1.4 device:.8 lock:1 switch:.8",
            hints: "device_id state brightness temperature",
            tool: "set_device_state(device_id*: string, state*: string)",
            result: object([
                "device_id": .echo(["device_id", "device", "name"], .text(["{word}_light"])),
                "state": .echo(["state", "power", "action"], .choice(["on", "off"])),
                "success": .constant(.bool(true)), "updated_at": .dateTime(0...0),
            ])
        ),
        MockFamily(
            "sensors",
            "IoT sensor readings",
            keywords: "sensor:1.4 reading:.9 telemetry:1.3 iot:1.3",
            hints: "sensor_id metric",
            tool: "get_sensor_reading(sensor_id*: string)",
            result: object([
                "sensor_id": .echo(["sensor_id", "sensor", "device_id"], .id("sn_")), "value": .number(0...100, 2),
                "unit": .choice(["°C", "%", "ppm", "kPa"]), "timestamp": .dateTime(0...0),
            ])
        ),
        MockFamily(
            "pets",
            "Pets and animal breeds",
            keywords: "pet:1.3 dog:1.2 cat:1.1 breed:1.3 animal:1",
            hints: "breed species",
            tool: "get_breed_info(breed*: string)",
            result: object([
                "breed": .echo(["breed", "name"], .choice(["Labrador Retriever", "Siamese"])),
                "life_span_years": .text(["10–14"]),
                "temperament": .list(.choice(["friendly", "active", "calm", "loyal", "curious"]), 2...3),
                "size": .choice(["small", "medium", "large"]),
            ])
        ),
        MockFamily(
            "restaurant_reservation",
            "Book a restaurant table",
            keywords: "reservation:1.1 book+table:2 table+reservation:2 reserve+table:2 restaurant+reservation:2",
            hints: "restaurant party_size time date",
            tool: "make_restaurant_reservation(restaurant*: string, party_size*: integer, time*: string)",
            result: object([
                "reservation_id": .id("R"),
                "restaurant": .echo(["restaurant", "restaurant_name", "venue"], .text(["{Word} Bistro"])),
                "party_size": .echo(["party_size", "guests", "people"], .int(1...8)),
                "time": .echo(["time", "datetime", "date"], .dateTime(1...10)),
                "status": .constant(.string("confirmed")),
            ])
        ),
    ]
}
