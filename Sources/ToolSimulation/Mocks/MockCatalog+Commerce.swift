import LLM

extension MockCatalog {
    static let commerce: [MockFamily] = [
        MockFamily(
            "product_search",
            "Search a product catalogue",
            keywords: "product:1.2 shop:1 shopping:1.1 catalog:1 amazon:1.2 buy:.8",
            hints: "query category max_price",
            tool: "search_products(query*: string, max_price: number)",
            result: object([
                "products": .list(
                    object([
                        "product_id": .id("P"),
                        "name": .text(["{arg:query|q|keyword} – {word} edition", "{company} {arg:query|q|keyword}"]),
                        "price": .number(4.99...899, 2), "currency": .constant(.string("USD")),
                        "rating": .number(3.1...4.9, 1),
                        "in_stock": .flag(0.8),
                    ]),
                    2...5
                )
            ])
        ),
        MockFamily(
            "price_comparison",
            "Compare prices across stores",
            keywords: "compare+price:1.4 price+comparison:1.4 cheapest:1.2 deal:.8",
            hints: "product",
            tool: "compare_prices(product*: string)",
            result: object([
                "product": .echo(["product", "query", "item"], .text(["{word}"])),
                "offers": .list(
                    object([
                        "store": .choice(["Amazon", "Walmart", "Best Buy", "Target"]), "price": .number(9...900, 2),
                    ]),
                    2...4
                ),
            ])
        ),
        MockFamily(
            "order_tracking",
            "Order and shipment status",
            keywords: "order:1 tracking:1.2 shipment:1.2 track+package:1.4 delivery:.9 parcel:1.2",
            hints: "order_id tracking_number",
            tool: "track_order(order_id*: string)",
            result: object([
                "order_id": .echo(["order_id", "tracking_number", "order_number", "id"], .id("ORD")),
                "status": .choice(["processing", "shipped", "in transit", "out for delivery", "delivered"]),
                "carrier": .choice(["UPS", "FedEx", "DHL", "USPS"]), "estimated_delivery": .date(0...6),
                "last_location": .city,
            ])
        ),
        MockFamily(
            "inventory",
            "Stock levels in a warehouse",
            keywords: "inventory:1.3 stock+level:1.4 warehouse:1.1 sku:1.1",
            hints: "sku product_id warehouse",
            tool: "check_inventory(sku*: string)",
            result: object([
                "sku": .echo(["sku", "product_id", "item_id"], .id("SKU")), "quantity_available": .int(0...850),
                "warehouse": .text(["{city} DC"]), "restock_date": .date(3...21),
            ])
        ),
        MockFamily(
            "shopping_cart",
            "Cart and checkout",
            keywords: "cart:1.3 checkout:1.3 basket:1.2 add+to+cart:1.4",
            hints: "product_id quantity",
            tool: "add_to_cart(product_id*: string, quantity: integer)",
            result: object([
                "cart_id": .id("CART"), "items": .int(1...8), "subtotal": .number(5...1200, 2),
                "currency": .constant(.string("USD")),
            ])
        ),
        MockFamily(
            "coupons",
            "Discount codes",
            keywords: "coupon:1.4 promo:1.3 discount:1.1 voucher:1.3",
            hints: "code store",
            tool: "apply_coupon(code*: string)",
            result: object([
                "code": .echo(["code", "coupon", "promo_code"], .text(["SAVE{n}"])), "valid": .flag(0.7),
                "discount_percent": .int(5...40), "expires": .date(5...60),
            ])
        ),
        MockFamily(
            "reviews",
            "Product or business reviews",
            keywords: "review:1.3 rating:.9 feedback:.8",
            hints: "product_id business_id",
            tool: "get_reviews(product_id*: string)",
            result: object([
                "average_rating": .number(2.8...4.9, 1), "review_count": .int(3...12000),
                "reviews": .list(
                    object([
                        "author": .person, "rating": .int(1...5),
                        "text": .text(["Great {Word}, would buy again.", "Arrived late but works."]),
                    ]),
                    1...3
                ),
            ])
        ),
        MockFamily(
            "shipping_rates",
            "Shipping cost estimates",
            keywords: "shipping:1.2 postage:1.2 shipping+cost:1.4 freight:1.1",
            hints: "weight destination origin",
            tool: "get_shipping_rates(origin*: string, destination*: string, weight_kg*: number)",
            result: object([
                "rates": .list(
                    object([
                        "carrier": .choice(["UPS", "FedEx", "DHL"]),
                        "service": .choice(["ground", "express", "overnight"]),
                        "price": .number(6...140, 2), "estimated_days": .int(1...8),
                    ]),
                    2...3
                )
            ])
        ),
        MockFamily(
            "real_estate",
            "Property listings",
            keywords: "property:1.1 real+estate:1.4 listing:.9 house:.9 apartment:1 rent:.8",
            hints: "location bedrooms max_price",
            tool: "search_properties(location*: string, bedrooms: integer, max_price: number)",
            result: object([
                "listings": .list(
                    object([
                        "listing_id": .id("L"), "address": .address, "price": .int(900...2_500_000),
                        "bedrooms": .int(1...5),
                        "bathrooms": .int(1...3), "area_m2": .int(35...320),
                    ]),
                    2...4
                )
            ])
        ),
        MockFamily(
            "event_tickets",
            "Concert and event tickets",
            keywords: "ticket:1.2 concert:1.3 ticketmaster:1.4 gig:1",
            hints: "event location date",
            tool: "search_event_tickets(query*: string, location: string)",
            result: object([
                "events": .list(
                    object([
                        "event_id": .id("EV"), "name": .text(["{name} Live", "{Word} Festival"]),
                        "venue": .text(["{city} Arena"]),
                        "date": .date(5...90), "min_price": .number(25...180, 2),
                    ]),
                    1...4
                )
            ])
        ),
        MockFamily(
            "recipes",
            "Recipes",
            keywords: "recipe:1.4 cook:1.1 cooking:1.1 ingredient:1 dish:.9",
            hints: "ingredients cuisine diet",
            tool: "search_recipes(query*: string, diet: string)",
            result: object([
                "recipes": .list(
                    object([
                        "title": .text([
                            "{arg:query|ingredients|q} {word} bowl", "Easy {arg:query|ingredients|q} pasta",
                        ]),
                        "ready_in_minutes": .int(10...120), "servings": .int(1...6),
                        "ingredients": .list(
                            .choice(["garlic", "olive oil", "tomato", "onion", "rice", "lemon"]),
                            3...6
                        ),
                    ]),
                    1...3
                )
            ])
        ),
        MockFamily(
            "nutrition",
            "Nutrition facts",
            keywords: "nutrition:1.4 calorie:1.3 nutrient:1.3 macro:1.1",
            hints: "food quantity",
            tool: "get_nutrition_info(food*: string, quantity: string)",
            result: object([
                "food": .echo(["food", "item", "query", "ingredient"], .text(["{word}"])), "calories": .int(20...800),
                "protein_g": .number(0...40, 1), "carbs_g": .number(0...90, 1), "fat_g": .number(0...45, 1),
            ])
        ),
    ]
}
