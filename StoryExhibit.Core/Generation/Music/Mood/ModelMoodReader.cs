using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StoryExhibit.Core.Generation.Music.Mood;

/// <summary>
/// Asks the configured storyteller model for a scene's mood, in one word from <see cref="MusicMood"/>. Anything else it
/// answers, a failure or a slow answer gives null, and the offline reader decides instead.
/// </summary>
public sealed class ModelMoodReader(IChatClient model, TimeSpan? timeout = null, ILogger? log = null)
{
    private static readonly string Moods = string.Join(", ", Enum.GetNames<MusicMood>());
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(10);
    private readonly ILogger _log = log ?? NullLogger.Instance;

    public async Task<MusicMood?> ReadAsync(string prose, CancellationToken ct)
    {
        using var overdue = CancellationTokenSource.CreateLinkedTokenSource(ct);
        overdue.CancelAfter(_timeout);
        try
        {
            var response = await model.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, $"You choose the background music for a scene of a story. Answer with exactly one word, one of: {Moods}."),
                new ChatMessage(ChatRole.User, prose),
            ], new ChatOptions { Temperature = 0, MaxOutputTokens = 5 }, overdue.Token).ConfigureAwait(false);
            var word = new string([.. response.Text.Trim().TakeWhile(char.IsLetter)]);
            return Enum.TryParse<MusicMood>(word, ignoreCase: true, out var mood) && Enum.IsDefined(mood) ? mood : null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _log.LogWarning(ex, "The model could not read a scene's mood; the offline reader does");
            return null;
        }
    }
}
