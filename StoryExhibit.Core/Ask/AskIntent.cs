namespace StoryExhibit.Core.Ask;

/// <summary>What a visitor's free request to the storyteller asks for.</summary>
public enum AskIntent
{
    /// <summary>"What if the dragon could fly?": becomes a choice the visitor can take.</summary>
    ContinueStory,
    /// <summary>"Draw the castle at night."</summary>
    Picture,
    /// <summary>"Sing a song about our hero."</summary>
    Song,
    /// <summary>"Why did the fox run away?": answered from the story itself.</summary>
    StoryQuestion,
    /// <summary>"How far away is the moon?": a factual question about the world.</summary>
    Research,
    /// <summary>Something the exhibit does not do.</summary>
    Unsupported,
}

/// <summary>
/// The router's reading of one request: its intent, the words that say what is wanted ("the castle at night"),
/// how sure the router is (0 to 1) and who decided ("offline" or the model's provider name).
/// </summary>
public sealed record AskRoute(AskIntent Intent, string Subject, double Confidence, string DecidedBy);

/// <summary>Classifies a visitor's free request. The visitor's text is checked by moderation before it gets here.</summary>
public interface IAskRouter
{
    Task<AskRoute> RouteAsync(string request, CancellationToken ct);
}
