import LLM

extension MockCatalog {
    static let finance: [MockFamily] = [
        MockFamily(
            "stock_quote",
            "Current stock price",
            keywords: "stock:1.1 share+price:1.2 ticker:1 equity:.8 quote:.6",
            hints: "symbol ticker",
            tool: "get_stock_price(symbol*: string)",
            result: .custom(stockSchema) { context in
                let symbol = (context.string(["symbol", "ticker", "stock", "company"]) ?? "AAPL").uppercased()
                let known = MockData.tickers.first { $0.symbol == symbol }
                let base = known?.price ?? context.random.double(12...600, decimals: 2)
                let change = context.random.double(-3.5...3.5, decimals: 2)
                let price = SeededRandom.round(base * (1 + change / 100), decimals: 2)
                return .object([
                    "symbol": .string(symbol), "name": .string(known?.name ?? "\(symbol) Holdings"),
                    "price": .number(price),
                    "change_percent": .number(change), "currency": .string("USD"),
                    "volume": .number(Double(context.random.int(200_000...60_000_000))),
                    "timestamp": .string(MockContext.date(offsetDays: 0) + "T20:00:00Z"),
                ])
            }
        ),
        MockFamily(
            "stock_history",
            "Historical prices",
            keywords: "historical:1.2 price+history:2 stock+history:2 ohlc:1.3 candle:1.1 chart:.6",
            hints: "symbol start_date end_date interval",
            tool: "get_stock_history(symbol*: string, start_date: string, end_date: string)",
            result: object([
                "symbol": .echo(["symbol", "ticker"], .choice(["AAPL", "MSFT"])),
                "prices": .list(
                    object([
                        "date": .date(-30...0), "open": .number(90...420, 2), "high": .number(95...430, 2),
                        "low": .number(85...410, 2), "close": .number(90...420, 2),
                        "volume": .int(100_000...40_000_000),
                    ]),
                    3...6
                ),
            ])
        ),
        MockFamily(
            "crypto_price",
            "Cryptocurrency prices",
            keywords: "crypto:1.3 cryptocurrency:1.3 bitcoin:1.3 ethereum:1.3 btc:1.2 token+price:1",
            hints: "symbol coin",
            tool: "get_crypto_price(symbol*: string, currency: string)",
            result: object([
                "symbol": .echo(["symbol", "coin", "crypto", "id"], .choice(["BTC", "ETH"])),
                "price_usd": .number(0.5...68000, 2),
                "change_24h_percent": .number(-9...9, 2), "market_cap_usd": .number(1e8...1.3e12, 0),
            ])
        ),
        MockFamily(
            "company_financials",
            "Company financial statements",
            keywords: "financial:1.1 earning:1.1 revenue:1 balance+sheet:1.3 income+statement:1.3 fundamental:1",
            hints: "symbol company period",
            tool: "get_company_financials(symbol*: string, period: string)",
            result: object([
                "symbol": .echo(["symbol", "ticker", "company"], .choice(["AAPL", "MSFT"])),
                "period": .echo(["period", "fiscal_period"], .choice(["Q1 2025", "FY2024"])),
                "revenue_usd": .number(1e8...1e11, 0), "net_income_usd": .number(-1e9...3e10, 0),
                "eps": .number(-2...12, 2),
            ])
        ),
        MockFamily(
            "market_index",
            "Stock market indices",
            keywords: "index:.7 market:.7 nasdaq:1.3 dow:1.2 s&p:1.2 sp500:1.3",
            hints: "index",
            tool: "get_market_index(index*: string)",
            result: object([
                "index": .echo(["index", "name", "symbol"], .choice(["S&P 500", "NASDAQ Composite", "Dow Jones"])),
                "value": .number(4000...42000, 2), "change_percent": .number(-2.5...2.5, 2),
            ])
        ),
        MockFamily(
            "bank_balance",
            "Account balances",
            keywords: "balance:1.2 bank+account:1.2 account:.5",
            hints: "account_id",
            tool: "get_account_balance(account_id*: string)",
            result: object([
                "account_id": .echo(["account_id", "account", "account_number"], .id("ACC")),
                "available_balance": .number(0...25000, 2), "currency": .constant(.string("USD")),
                "as_of": .dateTime(0...0),
            ])
        ),
        MockFamily(
            "transactions",
            "Transaction history",
            keywords: "transaction:1.3 statement:.8 spending:1 expense:1",
            hints: "account_id start_date end_date",
            tool: "list_transactions(account_id*: string, start_date: string, end_date: string)",
            result: object([
                "transactions": .list(
                    object([
                        "id": .id("TX"), "date": .date(-30...0),
                        "description": .text(["{company}", "Grocery store", "Coffee shop"]),
                        "amount": .number(-450...1200, 2),
                        "category": .choice(["groceries", "dining", "salary", "transport"]),
                    ]),
                    3...6
                )
            ])
        ),
        MockFamily(
            "payments",
            "Send a payment or transfer money",
            keywords: "payment:1.1 transfer:1 pay:1 send+money:1.3 wire:1 refund:1",
            hints: "amount recipient currency",
            tool: "send_payment(recipient*: string, amount*: number, currency: string)",
            result: object([
                "transaction_id": .id("PAY"), "status": .choice(["completed", "pending"]),
                "recipient": .echo(["recipient", "to", "payee"], .person),
                "amount": .echo(["amount"], .number(1...500, 2)),
                "currency": .echo(["currency"], .constant(.string("USD"))),
            ])
        ),
        MockFamily(
            "invoices",
            "Invoices and billing",
            keywords: "invoice:1.3 billing:1.1 bill:.9",
            hints: "customer amount due_date",
            tool: "create_invoice(customer*: string, amount*: number, due_date: string)",
            result: object([
                "invoice_id": .id("INV-"), "customer": .echo(["customer", "client", "customer_id"], .company),
                "amount": .echo(["amount", "total"], .number(50...9000, 2)), "status": .choice(["draft", "sent"]),
                "due_date": .echo(["due_date"], .date(14...30)),
            ])
        ),
        MockFamily(
            "credit_score",
            "Credit score",
            keywords: "credit+score:1.4 credit:.8 fico:1.3",
            hints: "user_id",
            tool: "get_credit_score(user_id*: string)",
            result: object([
                "score": .int(540...830), "rating": .choice(["fair", "good", "very good", "excellent"]),
                "as_of": .date(-10...0),
            ])
        ),
        MockFamily(
            "exchange_rates",
            "Exchange rate table",
            keywords: "exchange+rate:1.3 forex:1.2 fx+rate:1.3 rate:.5",
            hints: "base symbols",
            tool: "get_exchange_rates(base*: string)",
            result: .custom(
                .object([
                    "type": .string("object"), "required": .array([.string("base"), .string("rates")]),
                    "properties": .object([
                        "base": .object(["type": .string("string")]), "date": .object(["type": .string("string")]),
                        "rates": .object([
                            "type": .string("object"), "additionalProperties": .object(["type": .string("number")]),
                        ]),
                    ]),
                ])
            ) { context in
                let base = (context.string(["base", "base_currency", "from", "currency"]) ?? "USD").uppercased()
                let perDollar = MockData.currencyRates[base] ?? 1
                var rates: [String: JSONValue] = [:]
                for code in ["USD", "EUR", "GBP", "JPY", "CHF", "CAD"] where code != base {
                    rates[code] = .number(
                        SeededRandom.round((MockData.currencyRates[code] ?? 1) / perDollar, decimals: 4)
                    )
                }
                return .object([
                    "base": .string(base), "date": .string(MockContext.date(offsetDays: 0)), "rates": .object(rates),
                ])
            }
        ),
        MockFamily(
            "tax",
            "Tax calculation",
            keywords: "tax:1.2 vat:1.3 sales+tax:1.4",
            hints: "amount rate region income",
            tool: "calculate_tax(amount*: number, region: string)",
            result: .custom(taxSchema) { context in
                let amount =
                    context.number(["amount", "income", "price", "subtotal"]) ?? Double(context.random.int(50...5000))
                let rate =
                    context.number(["rate", "tax_rate"]).map { $0 > 1 ? $0 / 100 : $0 }
                    ?? context.random.pick([0.05, 0.08, 0.2])
                let tax = SeededRandom.round(amount * rate, decimals: 2)
                return .object([
                    "amount": .number(amount), "tax_rate": .number(rate), "tax": .number(tax),
                    "total": .number(SeededRandom.round(amount + tax, decimals: 2)),
                ])
            }
        ),
    ]

    static let stockSchema: JSONValue = numbersObject(
        ["price", "change_percent", "volume"],
        strings: ["symbol", "name", "currency", "timestamp"]
    )
    static let taxSchema: JSONValue = numbersObject(["amount", "tax_rate", "tax", "total"], strings: [])

    /// An object schema whose named members are all required numbers and strings.
    static func numbersObject(_ numbers: [String], strings: [String], nullableNumbers: [String] = []) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for name in numbers { properties[name] = .object(["type": .string("number")]) }
        for name in strings { properties[name] = .object(["type": .string("string")]) }
        for name in nullableNumbers {
            properties[name] = .object(["type": .array([.string("number"), .string("null")])])
        }
        return .object([
            "type": .string("object"), "properties": .object(properties),
            "required": .array((numbers + strings).map { .string($0) }),
        ])
    }
}
