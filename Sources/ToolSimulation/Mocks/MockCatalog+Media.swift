import LLM

extension MockCatalog {
    static let media: [MockFamily] = [
        MockFamily(
            "movies",
            "Movie search and details",
            keywords: "movie:1.2 film:1.2 imdb:1.3 cinema:1 showtime:1",
            hints: "title year genre",
            tool: "search_movies(title*: string, year: integer)",
            result: object([
                "results": .list(
                    object([
                        "title": .echo(["title", "query", "name"], .text(["The {Word}"])), "year": .int(1975...2025),
                        "director": .person, "genre": .choice(["drama", "comedy", "science fiction", "thriller"]),
                        "rating": .number(5.2...9.1, 1), "runtime_minutes": .int(82...175),
                    ]),
                    1...3
                )
            ])
        ),
        MockFamily(
            "tv_shows",
            "Television series",
            keywords: "tv:1.1 series:.8 show:.7 episode:.8 season:.7",
            hints: "title",
            tool: "get_tv_show(title*: string)",
            result: object([
                "title": .echo(["title", "name", "query"], .text(["{word}"])),
                "network": .choice(["HBO", "BBC One", "Netflix"]),
                "seasons": .int(1...9), "status": .choice(["running", "ended"]), "rating": .number(6...9.4, 1),
            ])
        ),
        MockFamily(
            "music",
            "Songs, artists and albums",
            keywords: "song:1.2 music:1.2 track:1 artist:.9 album:1.1 spotify:1.3",
            hints: "artist title genre",
            tool: "search_music(query*: string, type: string)",
            result: object([
                "tracks": .list(
                    object([
                        "title": .text(["{Word} Nights", "Song for {city}", "{Word} Heart"]), "artist": .person,
                        "album": .text(["{word}"]), "duration_seconds": .int(140...360),
                        "release_year": .int(1965...2025),
                    ]),
                    2...5
                )
            ])
        ),
        MockFamily(
            "playlist",
            "Manage playlists and playback",
            keywords: "playlist:1.3 play+song:1.2 playback:1.2 now+playing:1.2",
            hints: "playlist_name song_id",
            tool: "add_to_playlist(playlist_name*: string, song*: string)",
            result: object([
                "playlist_name": .echo(["playlist_name", "playlist", "name"], .text(["{Word} Mix"])),
                "status": .constant(.string("added")), "track_count": .int(3...120),
            ])
        ),
        MockFamily(
            "lyrics",
            "Song lyrics",
            keywords: "lyric:1.4",
            hints: "song artist title",
            tool: "get_lyrics(song*: string, artist: string)",
            result: object([
                "song": .echo(["song", "title", "track"], .text(["{word}"])), "artist": .echo(["artist"], .person),
                "lyrics_excerpt": .text(["Under the {word} sky, we sing of {city}…"]),
            ])
        ),
        MockFamily(
            "podcasts",
            "Podcast search",
            keywords: "podcast:1.4 episode:.6",
            hints: "query topic",
            tool: "search_podcasts(query*: string)",
            result: object([
                "podcasts": .list(
                    object([
                        "title": .text(["The {Word} Hour", "{topic} Weekly"]), "host": .person,
                        "episodes": .int(12...600),
                        "latest_episode": .date(-14...0),
                    ]),
                    1...3
                )
            ])
        ),
        MockFamily(
            "image_search",
            "Find images",
            keywords: "image:1.1 photo:1.1 picture:1.1 gif:1.1",
            hints: "query",
            tool: "search_images(query*: string, count: integer)",
            result: object([
                "images": .list(
                    object([
                        "url": .url, "width": .int(640...4000), "height": .int(480...3000),
                        "description": .text(["Photo of {arg:query|q}"]),
                    ]),
                    2...5
                )
            ])
        ),
        MockFamily(
            "video_search",
            "Find videos",
            keywords: "video:1.2 youtube:1.3 clip:.8",
            hints: "query",
            tool: "search_videos(query*: string)",
            result: object([
                "videos": .list(
                    object([
                        "title": .text(["{arg:query|q} explained", "Top 10 {arg:query|q} moments"]),
                        "channel": .text(["{Word} TV"]),
                        "url": .url, "views": .int(1000...9_000_000), "duration_seconds": .int(45...3600),
                    ]),
                    2...4
                )
            ])
        ),
        MockFamily(
            "image_generation",
            "Generate an image from a prompt",
            keywords: "generate+image:2 image+generation:2 create+image:2 dall:1.3 draw:1 text+to+image:2",
            hints: "prompt size style",
            tool: "generate_image(prompt*: string, size: string)",
            result: object([
                "image_url": .url, "prompt": .echo(["prompt", "description", "text"], .text(["{word}"])),
                "size": .echo(["size", "resolution"], .choice(["1024x1024", "512x512"])),
            ])
        ),
        MockFamily(
            "text_to_speech",
            "Speech synthesis",
            keywords: "speech:1 tts:1.3 text+to+speech:1.4 speak:1 voice:.8",
            hints: "text voice",
            tool: "text_to_speech(text*: string, voice: string)",
            result: object([
                "audio_url": .url, "duration_seconds": .number(0.8...60, 1),
                "voice": .echo(["voice"], .choice(["alloy", "nova"])),
            ])
        ),
        MockFamily(
            "transcription",
            "Speech to text",
            keywords: "transcribe:1.4 transcription:1.4 speech+to+text:1.4",
            hints: "audio_url language",
            tool: "transcribe_audio(audio_url*: string)",
            result: object([
                "text": .text(["Hello, this is a recording about {word} in {city}."]),
                "language": .choice(["en", "fr"]),
                "duration_seconds": .number(2...600, 1),
            ])
        ),
        MockFamily(
            "ocr",
            "Text in an image",
            keywords: "ocr:1.4 extract+text:2 read+text:1.5 text+from+image:2",
            hints: "image_url image",
            tool: "extract_text_from_image(image_url*: string)",
            result: object([
                "text": .text(["INVOICE #{n}{n} — Total: {n}.00", "Welcome to {city}"]),
                "confidence": .number(0.7...0.99, 2),
            ])
        ),
    ]
}
