using StoryExhibit.Core.Generation.Songs;

namespace StoryExhibit.Core.Ask;

public enum AskReplyState { Working, Done, Stopped, Failed }

/// <summary>A picture painted in the chat: served by its id over HTTP, never inlined in the page.</summary>
public sealed record AskPicture(Guid Id, string AltText, string MediaType);

/// <summary>
/// One request and its reply. The reply grows while it streams; what was made for it (a picture, a choice to take,
/// a song) is set when it is ready. Stopping keeps the reply as far as it came.
/// </summary>
public sealed class AskExchange(string request)
{
    public Guid Id { get; } = Guid.NewGuid();
    public string Request { get; } = request;
    public AskRoute? Route { get; internal set; }
    public string Reply { get; internal set; } = "";
    public AskReplyState State { get; internal set; } = AskReplyState.Working;
    /// <summary>Short lines while something is made ("Writing the words", "Singing").</summary>
    public IReadOnlyList<string> Progress => _progress;
    internal readonly List<string> _progress = [];
    public AskPicture? Picture { get; internal set; }
    /// <summary>The picture became the scene's picture in the story.</summary>
    public bool PictureAdded { get; internal set; }
    /// <summary>Why the picture could not be added to the story, if it could not.</summary>
    public string? PictureProblem { get; internal set; }
    /// <summary>A story request as a choice the visitor can take on the story page.</summary>
    public string? Choice { get; internal set; }
    public bool ChoiceTaken { get; internal set; }
    /// <summary>Why the choice could not be taken, if it could not.</summary>
    public string? ChoiceProblem { get; internal set; }
    public Song? Song { get; internal set; }
    /// <summary>From the request to the first word of the reply.</summary>
    public TimeSpan? FirstWordAfter { get; internal set; }
    /// <summary>Written by a model (checked by moderation once complete) rather than from the exhibit's own words.</summary>
    internal bool FromModel { get; set; }

    public bool IsWorking => State == AskReplyState.Working;
}
