import LLM

extension MockCatalog {
    static let information: [MockFamily] = [
        MockFamily(
            "web_search",
            "Search the web",
            keywords: "search:.6 web+search:1.3 web:.8 google:1.2 bing:1.2 internet:.8",
            hints: "query q num_results",
            tool: "web_search(query*: string, num_results: integer)",
            result: object([
                "query": .echo(["query", "q", "search_query", "term"], .text(["{word}"])),
                "results": .list(
                    object([
                        "title": .text([
                            "{arg:query|q} – overview and latest information", "Understanding {arg:query|q}",
                        ]),
                        "url": .url,
                        "snippet": .text(["An in-depth look at {arg:query|q}, with sources and analysis."]),
                    ]),
                    3...5
                ),
            ])
        ),
        MockFamily(
            "news",
            "News headlines and articles",
            keywords: "news:1.2 headline:1.2 article:.7 press:.5",
            hints: "topic category country query",
            tool: "get_news_headlines(topic: string, country: string)",
            result: object([
                "articles": .list(
                    object([
                        "title": .text([
                            "{company} announces new {word} initiative", "{city} prepares for {word} summit",
                        ]),
                        "source": .choice(["Reuters", "Associated Press", "BBC News", "Bloomberg"]),
                        "published_at": .dateTime(-2...0), "url": .url,
                        "summary": .text(["Officials in {city} said the {topic} plan would be reviewed next month."]),
                    ]),
                    2...5
                )
            ])
        ),
        MockFamily(
            "encyclopedia",
            "Encyclopedia and Wikipedia summaries",
            keywords: "wikipedia:1.3 wiki:1.2 encyclopedia:1.2",
            hints: "title topic query",
            tool: "wikipedia_summary(title*: string)",
            result: object([
                "title": .echo(["title", "topic", "query", "page"], .text(["{word}"])),
                "summary": .text(["{arg:title|topic|query} is a subject of study with a long history in {topic}."]),
                "url": .url,
            ])
        ),
        MockFamily(
            "dictionary",
            "Word definitions",
            keywords: "define:1.2 definition:1.2 dictionary:1.2 meaning:1",
            hints: "word term",
            tool: "get_definition(word*: string)",
            result: object([
                "word": .echo(["word", "term"], .text(["{word}"])),
                "part_of_speech": .choice(["noun", "verb", "adjective"]),
                "definitions": .list(
                    .text(["A thing or quality characterised by {word}.", "To act in a {word} manner."]),
                    1...3
                ),
                "phonetic": .text(["/ˈ{word}/"]),
            ])
        ),
        MockFamily(
            "thesaurus",
            "Synonyms and antonyms",
            keywords: "synonym:1.3 antonym:1.3 thesaurus:1.3",
            hints: "word",
            tool: "get_synonyms(word*: string)",
            result: object([
                "word": .echo(["word", "term"], .text(["{word}"])),
                "synonyms": .list(.choice(["similar", "alike", "comparable", "akin", "equivalent"]), 2...4),
                "antonyms": .list(.choice(["different", "distinct", "unlike"]), 0...2),
            ])
        ),
        MockFamily(
            "translation",
            "Translate text between languages",
            keywords: "translate:1.3 translation:1.3 translator:1.3",
            hints: "text target_language source_language",
            tool: "translate_text(text*: string, target_language*: string, source_language: string)",
            result: object([
                "original_text": .echo(["text", "q", "source_text", "content"], .text(["{word}"])),
                "translated_text": .text(["[{arg:target_language|target|to}] {arg:text|q|content}"]),
                "source_language": .echo(["source_language", "source", "from"], .choice(["en", "fr", "de"])),
                "target_language": .echo(["target_language", "target", "to"], .choice(["es", "ja", "it"])),
            ])
        ),
        MockFamily(
            "language_detection",
            "Detect the language of a text",
            keywords: "detect+language:1.4 language+detection:1.4 identify+language:1.3",
            hints: "text",
            tool: "detect_language(text*: string)",
            result: object([
                "language": .choice(["en", "fr", "de", "es", "it"]), "confidence": .number(0.8...0.99, 2),
            ])
        ),
        MockFamily(
            "spell_check",
            "Spelling and grammar check",
            keywords: "spell:1.2 spelling:1.2 grammar:1.2 proofread:1.2",
            hints: "text",
            tool: "check_spelling(text*: string)",
            result: object([
                "text": .echo(["text", "content"], .text(["{word}"])),
                "corrections": .list(object(["original": .text(["{word}"]), "suggestion": .text(["{word}"])]), 0...3),
                "error_count": .int(0...3),
            ])
        ),
        MockFamily(
            "sentiment",
            "Sentiment of a text",
            keywords: "sentiment:1.3 emotion:1 tone:.7 opinion:.6",
            hints: "text",
            tool: "analyze_sentiment(text*: string)",
            result: object([
                "sentiment": .choice(["positive", "negative", "neutral", "mixed"]), "score": .number(-1...1, 2),
                "confidence": .number(0.6...0.99, 2),
            ])
        ),
        MockFamily(
            "summarization",
            "Summarise a text",
            keywords: "summarize:1.3 summarise:1.3 summary:1.1 tldr:1.2",
            hints: "text max_length url",
            tool: "summarize_text(text*: string, max_length: integer)",
            result: object([
                "summary": .text([
                    "The text discusses {word} and its effect on {topic}, concluding that more work is needed."
                ]),
                "original_length": .int(300...8000), "summary_length": .int(30...200),
            ])
        ),
        MockFamily(
            "academic_papers",
            "Search scholarly papers",
            keywords: "paper:1 arxiv:1.3 scholar:1.2 publication:1 research:.7 pubmed:1.3",
            hints: "query author year",
            tool: "search_papers(query*: string, year: integer)",
            result: object([
                "papers": .list(
                    object([
                        "title": .text([
                            "On the {word} of {arg:query|q|topic}", "A study of {arg:query|q|topic} in {topic}",
                        ]),
                        "authors": .list(.person, 1...4), "year": .int(2015...2025),
                        "venue": .choice(["NeurIPS", "Nature", "ICML", "arXiv"]),
                        "citations": .int(0...2400), "url": .url,
                    ]),
                    2...4
                )
            ])
        ),
        MockFamily(
            "books",
            "Search books",
            keywords: "book:1.1 isbn:1.3 author:.6 novel:.9 library:.6",
            hints: "title author isbn",
            tool: "search_books(query*: string)",
            result: object([
                "books": .list(
                    object([
                        "title": .text(["The {Word} of {city}", "A {Word} Life", "{word} and {word}"]),
                        "author": .person,
                        "isbn": .text(["978-0-{n}{n}-{n}{n}-1"]), "published_year": .int(1950...2024),
                        "pages": .int(120...820),
                    ]),
                    2...4
                )
            ])
        ),
        MockFamily(
            "trivia",
            "Trivia questions and facts",
            keywords: "trivia:1.3 fact:1 fun+fact:1.3 quiz:1",
            hints: "category difficulty",
            tool: "get_random_fact(category: string)",
            result: object([
                "category": .echo(["category", "topic"], .choice(MockData.topics)),
                "fact": .text([
                    "The first {word} was recorded in {city} in 18{n}.", "There are about {n} species of {word}.",
                ]),
            ])
        ),
        MockFamily(
            "quotes",
            "Famous quotations",
            keywords: "quotation:1.3 inspirational:1.2 motivational:1.2 famous+quote:1.4 quote+of:1.2",
            hints: "author category",
            tool: "get_inspirational_quote(category: string)",
            result: object([
                "quote": .text([
                    "The best way to predict the future is to create it.", "Simplicity is the ultimate sophistication.",
                ]),
                "author": .person,
            ])
        ),
        MockFamily(
            "jokes",
            "Jokes",
            keywords: "joke:1.3 pun:1.2 humor:1 funny:1",
            hints: "category",
            tool: "get_random_joke(category: string)",
            result: object([
                "setup": .text([
                    "Why did the {word} cross the road?", "What do you call a {word} with no sense of direction?",
                ]),
                "punchline": .text(["To get to the {word} side.", "A lost {word}."]),
            ])
        ),
        MockFamily(
            "weather_history",
            "Historical weather",
            keywords: "historical+weather:1.4 weather+history:1.4 past+weather:1.3",
            hints: "location date",
            tool: "get_historical_weather(location*: string, date*: string)",
            result: object([
                "location": .echo(MockContext.placeKeys, .city), "date": .echo(["date"], .date(-400 ... -1)),
                "high": .number(-2...35, 1), "low": .number(-10...22, 1), "precipitation_mm": .number(0...30, 1),
            ])
        ),
    ]
}
