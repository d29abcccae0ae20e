using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Moderation;

namespace StoryExhibit.Core.Generation.Songs.Lyrics;

/// <summary>
/// The words of a song: from the configured storyteller model when there is one and today's text budget allows it
/// (its calls are recorded by the storyteller's own cost accounting), otherwise, or when the model fails or answers
/// with something unusable, from the offline <see cref="LyricWriter"/>. Whatever is chosen is checked against the
/// story's rating and audience; words that fail are replaced by offline words, and those that fail too by a song about
/// the story's own hero.
/// </summary>
public sealed class SongWordsWriter(CurrentStoryteller storyteller, BudgetGuard budget, ContentModerator moderator, IOptionsMonitor<SongOptions> options,
    ILogger<SongWordsWriter> log)
{
    public async Task<SongLyrics> WriteAsync(SongKind kind, SongStory story, int seed, CancellationToken ct)
    {
        if (options.CurrentValue.LyricsFromModel && storyteller.ProviderName != Offline.OfflineStoryteller.ProviderName && budget.AllowsPaidCall(GeneratorService.Text))
        {
            var fromModel = await FromModelAsync(kind, story, ct).ConfigureAwait(false);
            if (fromModel is not null && await AllowedAsync(fromModel, story, ct).ConfigureAwait(false)) return fromModel;
        }
        var offline = LyricWriter.Write(kind, story, seed);
        if (await AllowedAsync(offline, story, ct).ConfigureAwait(false)) return offline;
        log.LogInformation("Offline song words with the wish's name were refused by moderation; the story's own hero is sung instead");
        var plain = LyricWriter.Write(kind, story with { Hero = story.Cast.FirstOrDefault() ?? "our hero", Deeds = [] }, seed);
        if (await AllowedAsync(plain, story, ct).ConfigureAwait(false)) return plain;
        throw new GenerationException("songs", "That song could not be written for this story. Please ask for another one.");
    }

    private async Task<bool> AllowedAsync(SongLyrics lyrics, SongStory story, CancellationToken ct) =>
        (await moderator.CheckAsync(lyrics.Title + "\n" + lyrics.Text, story.Rating, story.Audience, ct).ConfigureAwait(false)).Allowed;

    private async Task<SongLyrics?> FromModelAsync(SongKind kind, SongStory story, CancellationToken ct)
    {
        try
        {
            var response = await storyteller.GetResponseAsync([new ChatMessage(ChatRole.System, SystemPrompt), new ChatMessage(ChatRole.User, Brief(kind, story))],
                new ChatOptions { ResponseFormat = ChatResponseFormat.Json, MaxOutputTokens = 600 }, ct).ConfigureAwait(false);
            return Parse(response.Text, kind);
        }
        catch (Exception ex) when (ex is GenerationException or JsonException or HttpRequestException || ex is OperationCanceledException && !ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "The model could not write song words; the offline lyric engine writes them");
            return null;
        }
    }

    private const string SystemPrompt =
        "You write short song lyrics for an interactive storytelling exhibit. Answer with JSON only: " +
        "{\"title\": string, \"verses\": [[4 lines], [4 lines]], \"chorus\": [4 lines]}. Lines of about eight syllables, " +
        "rhyming, singable, kind, suitable for the audience given, never frightening for children.";

    internal static string Brief(SongKind kind, SongStory story) =>
        $"A {kind.ToString().ToLowerInvariant()} song for {story.Hero}. Story genre: {story.Genre}. Audience: {story.Audience}; rating: {story.Rating}. " +
        $"Characters: {string.Join(", ", story.Cast.DefaultIfEmpty(story.Hero))}. Place: {story.Place}." +
        (story.Thing is null ? "" : $" An important thing: {story.Thing}.") +
        (story.Deeds.Count == 0 ? "" : $" What happened, in order: {string.Join("; ", story.Deeds)}.") +
        (story.Ended ? " The story has reached its ending." : "");

    /// <summary>The model's JSON as lyrics, or null when it is not the shape asked for (garbage is not an error the visitor sees).</summary>
    internal static SongLyrics? Parse(string? json, SongKind kind)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        var start = json.IndexOf('{');
        var end = json.LastIndexOf('}');
        if (start < 0 || end <= start) return null;
        try
        {
            using var doc = JsonDocument.Parse(json[start..(end + 1)]);
            var root = doc.RootElement;
            if (!root.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String) return null;
            if (!root.TryGetProperty("verses", out var verses) || verses.ValueKind != JsonValueKind.Array) return null;
            if (!root.TryGetProperty("chorus", out var chorus) || Lines(chorus) is not { Count: > 0 } chorusLines) return null;
            var verseLines = verses.EnumerateArray().Select(Lines).ToList();
            if (verseLines.Count == 0 || verseLines.Any(v => v is null or { Count: 0 })) return null;
            return new SongLyrics(Clip(title.GetString()!, 80), kind, verseLines.Take(4).Select(v => (IReadOnlyList<string>)v!.Take(8).ToList()).ToList(), chorusLines.Take(8).ToList());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string>? Lines(JsonElement e) => e.ValueKind != JsonValueKind.Array ? null
        : e.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => Clip(l.GetString()!.Trim(), 80)).Where(l => l.Length > 0).ToList();

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}
