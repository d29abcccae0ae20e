using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Ask.Research;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Routing;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Ask;

public sealed partial class AskSession
{
    /// <summary>The reply to a routed request, in fragments; what it makes (a picture, a choice, a song) is set on the exchange.</summary>
    private IAsyncEnumerable<string> RepliesFor(AskExchange exchange, CancellationToken ct) => exchange.Route!.Intent switch
    {
        AskIntent.StoryQuestion => AnswerAboutStoryAsync(exchange, ct),
        AskIntent.ContinueStory => OfferChoiceAsync(exchange, ct),
        AskIntent.Picture => PaintAsync(exchange, ct),
        AskIntent.Song => SingAsync(exchange, ct),
        AskIntent.Research => ResearchAsync(exchange, ct),
        _ => Told(AskReplies.WhatICanDo, ct),
    };

    private async IAsyncEnumerable<string> AnswerAboutStoryAsync(AskExchange exchange, [EnumeratorCancellation] CancellationToken ct)
    {
        if (Story is not { } story)
        {
            await foreach (var word in Told(StoryAnswers.NoStory, ct)) yield return word;
            yield break;
        }
        if (storyteller.ProviderName == OfflineStoryteller.ProviderName)
        {
            await foreach (var word in Told(StoryAnswers.Answer(story, exchange.Request, exchange.Route!.Subject), ct)) yield return word;
            yield break;
        }
        exchange.FromModel = true;
        List<ChatMessage> messages =
        [
            new(ChatRole.System, $"""
                You are the storyteller of an interactive story exhibit, chatting with the visitor who is reading this story.
                Answer their question about the story in two or three short sentences, in words that suit
                {story.Seed.Audience.ToString().ToLowerInvariant()}, keeping to a {story.Seed.Rating.ToString().ToLowerInvariant()} rating.
                Answer only from the story below; if it has not said, say so kindly and do not invent. Never write the next scene.

                {story.Describe()}
                """),
            .. History(exchange),
            new(ChatRole.User, exchange.Request),
        ];
        await foreach (var update in storyteller.GetStreamingResponseAsync(messages, new ChatOptions { Temperature = 0.4f, MaxOutputTokens = 200 }, ct))
            if (!string.IsNullOrEmpty(update.Text)) yield return update.Text;
    }

    private async IAsyncEnumerable<string> OfferChoiceAsync(AskExchange exchange, [EnumeratorCancellation] CancellationToken ct)
    {
        if (Story is null || TakePath is null)
        {
            await foreach (var word in Told(AskReplies.NoStoryForChoice, ct)) yield return word;
            yield break;
        }
        exchange.Choice = ChoiceText(exchange.Request);
        await foreach (var word in Told(AskReplies.ChoiceOffer(exchange.Choice), ct)) yield return word;
    }

    /// <summary>The request as a choice: as the visitor put it, first letter up, within the own-choice length.</summary>
    internal static string ChoiceText(string request)
    {
        var text = Stories.StoryRules.NormalizeChoice(request).TrimEnd('!', ' ');
        if (text.Length > Stories.StoryLimits.ChoiceMax) text = text[..Stories.StoryLimits.ChoiceMax].TrimEnd();
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private async IAsyncEnumerable<string> PaintAsync(AskExchange exchange, [EnumeratorCancellation] CancellationToken ct)
    {
        var subject = exchange.Route!.Subject;
        var what = subject.Length > 0 ? subject : Story?.Scenes.Count > 0 ? "this part of the story" : "your idea";
        var prompt = subject.Length > 0 ? subject : Story?.Scenes.LastOrDefault() ?? exchange.Request;
        exchange._progress.Add("Painting\u2026");
        yield return "";
        ReplyChanged?.Invoke();
        var seed = Story?.Seed;
        var request = new ImageRequest
        {
            Prompt = prompt.Length > ImageRequest.MaxPromptLength ? prompt[..ImageRequest.MaxPromptLength] : prompt,
            Style = seed?.ArtStyle ?? ArtStyle.Storybook,
            Genre = seed?.Genre,
            Characters = seed is null ? [] : [.. seed.Characters.Where(c => Mentions(prompt, c)).Take(ImageRequest.MaxNames)],
            Seed = StableHash.Seed(exchange.Request),
            Width = 1024,
            Height = 768,
        };
        GeneratedImage image;
        try
        {
            image = await kernel.PaintPictureAsync(request, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "A chat picture could not be painted");
            exchange._progress.Clear();
            throw new Generation.GenerationException("chat", AskReplies.PictureFailed, ex);
        }
        exchange._progress.Clear();
        exchange.Picture = pictures.Add(image);
        await foreach (var word in Told(AskReplies.PictureDone(what), ct)) yield return word;
    }

    private async IAsyncEnumerable<string> SingAsync(AskExchange exchange, [EnumeratorCancellation] CancellationToken ct)
    {
        var progress = new LineProgress(line => { exchange._progress.Add(line); ReplyChanged?.Invoke(); });
        var song = await songs.MakeAsync(new SongRequest(exchange.Request, StoryId), progress, ct);
        exchange.Song = song;
        await foreach (var word in Told($"Here is my song, \u201C{song.Title}\u201D.", ct)) yield return word;
    }

    private async IAsyncEnumerable<string> ResearchAsync(AskExchange exchange, [EnumeratorCancellation] CancellationToken ct)
    {
        exchange.FromModel = true;
        var (audience, rating) = Limits;
        // Answers come in whole (offline) or in whole sentences (a model's, held for moderation): told word by word like the rest.
        var first = true;
        await foreach (var fragment in research.AnswerAsync(new ResearchQuestion(exchange.Request, audience, rating), ct))
        {
            var words = AnswerFragments.Words(fragment).ToList();
            if (words.Count == 0) { yield return fragment; continue; }
            words[^1] += fragment[words.Sum(w => w.Length)..]; // the whitespace after the last word (a paragraph break) stays
            foreach (var word in words)
            {
                if (!first && WordPace > TimeSpan.Zero) await Task.Delay(WordPace, ct);
                first = false;
                yield return word;
            }
        }
    }

    /// <summary>A reply the exhibit writes itself, told word by word.</summary>
    private async IAsyncEnumerable<string> Told(string text, [EnumeratorCancellation] CancellationToken ct)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (i > 0 && WordPace > TimeSpan.Zero) await Task.Delay(WordPace, ct);
            yield return i == 0 ? words[i] : " " + words[i];
        }
    }

    private static bool Mentions(string text, string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(part => part.Length > 2 && text.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>Progress reported straight away, in order, on the caller's thread.</summary>
    private sealed class LineProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
